"""English message ends, round 10: where a report's message stops because another report begins —
"…, but added that …", "…, while the opposition called it …", "Although X said …, Y …", "…, which said
…", "— said …" — and fronted messages set off by dashes. Sentences in
tests/attribution/test_english_round10.py.
"""

from __future__ import annotations

from .cues import PLURAL_PRESENT_EN, SPEECH_EN
from .english_clauses import (
    CALL_VERBS,
    CONJOINED,
    CONJOINED_CUES,
    FINITE_TAGS,
    PROMISE_VERBS,
    SHARED_ADVERBS,
    TRAILING_AUX,
)
from .english_stances import CLAIM_NOUNS, CONTACT_VERBS


def conjoined_end(toks, a: int, b: int) -> int:
    """ "said the plan was working, but added that …": the second report is an event of its own and
    no part of the first message (returns b when there is none)."""
    for k in range(a + 2, b - 1):
        if toks[k].text.lower() not in CONJOINED or toks[k].quote:
            continue
        j = k + 1
        while j < b and toks[j].text.lower() in SHARED_ADVERBS:
            j += 1
        if j < b and _conjoined_cue(toks[j]) and toks[j - 1].text.lower() != "that":
            return k - 1 if toks[k - 1].text == "," else k
    return b


CONTRAST = frozenset("while whereas as though although but".split())


def contrast_end(toks, a: int, b: int) -> int:
    """ "Labour said the plan was a shambles, while the Liberal Democrats called it a disgrace": a
    second speaker's report after ", while" is no part of the first message."""
    for k in range(a + 2, b - 2):
        if toks[k].text == "," and toks[k + 1].text.lower() in CONTRAST and not toks[k].quote:
            words = {t.text.lower() for t in toks[k + 2 : min(b, k + 9)]}
            if words & (SPEECH_EN | CONJOINED_CUES | {"called", "calls"}):
                return k
        if toks[k].text == "," and toks[k + 1].text.lower() == "and" and not toks[k].quote and toks[k + 2].pos in (
                "DET", "PROPN") and any(t.text.lower() in SPEECH_EN and t.text.endswith("ed") for t in toks[k + 3 : min(
                    b, k + 8)]):  # s25: "…, and the governor's office announced late Tuesday that …": a second report
            return k
        if toks[k].text == "," and toks[k + 1].text.lower() in ("a", "an") and toks[k + 2].text.lower() in (
                CLAIM_NOUNS) and any(t.text.lower() in CONTACT_VERBS for t in toks[k + 3 : min(b, k + 9)]):
            return k  # s26: "…, a claim Judge Patricia Lund rejected in September": another speaker's answer
    return b


def _conjoined_cue(tok) -> bool:
    """A past-tense reporting verb after "and"/"but": "… and urged the union to …"."""
    low = tok.text.lower()
    if tok.tag in ("VVB", "VVZ", "VVI") and low in SPEECH_EN | PLURAL_PRESENT_EN:
        return True  # s7: "welcomed the cut but argue it does not go far enough"
    return low in CONJOINED_CUES or low in ("declined", "refused") or (  # s7: "… but declined to give details"
        low.endswith("ed") and (low in SPEECH_EN or low in PROMISE_VERBS or low in CALL_VERBS) and tok.pos != "NOUN"
    )


CONDITIONALS = frozenset("if unless once until when".split())


SUBORDINATORS = frozenset("although though while whereas because since after before when if as unless once".split())


def subordinate_end(toks, first: int, a: int, b: int) -> int:
    """ "Although the company said profits would rise, analysts remain sceptical": a report inside an
    opening subordinate clause ends at the comma that closes the clause (b when there is none)."""
    if toks[first].text.lower() not in SUBORDINATORS or a <= first:
        return b
    if any(t.text == "," for t in toks[first:a]):
        return b  # "While X, Y said …": the report is in the main clause
    return next((k for k in range(a + 1, b) if toks[k].text == "," and not toks[k].quote), b)


def relative_end(toks, a: int, b: int) -> int:
    """ "…, according to the fire service, which said crews were …": the relative clause's report is
    an event of its own and no part of this message."""
    for k in range(a + 2, b - 2):
        if toks[k].text == "," and toks[k + 1].text.lower() in ("which", "who") and not toks[k].quote:
            j = k + 2
            while j < b and toks[j].text.lower() in TRAILING_AUX:
                j += 1
            if j < b and toks[j].text.lower() in SPEECH_EN | CONJOINED_CUES:
                return k
    return b


def relative_report(toks, a: int, b: int) -> bool:
    """Does the piece [a, b) open with "which said …" / "who told …" (a relative clause's own report)?"""
    if b - a < 3 or toks[a].text.lower() not in ("which", "who"):
        return False
    j = a + 1
    while j < b and toks[j].text.lower() in TRAILING_AUX:
        j += 1
    return j < b and toks[j].text.lower() in SPEECH_EN | CONJOINED_CUES


DASHES = frozenset("— – --".split())


def dash_fronted(toks, a: int, first: int, i: int, end: int) -> tuple[int, int] | None:
    """ "The strikes will continue — and may get worse — union leaders warned.": a fronted message that
    a dash (not a comma) separates from its speaker and a cue that ends the sentence."""
    if a - 1 <= first + 1 or toks[a - 1].text not in DASHES:
        return None
    if any(t.text not in (".", "!", "?") and not t.quote for t in toks[i + 1 : end]):
        return None  # the cue must close the sentence: "…, X said."
    if not any(t.tag in FINITE_TAGS or "VerbForm=Fin" in t.morph for t in toks[first : a - 1]):
        return None
    if any(t.quote for t in toks[first : a - 1]):
        return None
    return first, a - 1


def dash_end(toks, a: int, b: int) -> int:
    """ "who has denied any wrongdoing — said he would …": a message ends at a dash after which another
    report starts within three words."""
    for k in range(a + 2, b - 1):
        if toks[k].text in DASHES and any(t.text.lower() in SPEECH_EN for t in toks[k + 1 : min(b, k + 4)]):
            return k
    return b


SECOND_REPORT_VERBS = frozenset(
    "said says told tells added adds warned warns argued argues insisted insists suggested suggest claimed".split()
)  # s21: "…, but reports suggested …"
NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def second_speaker_end(toks, a: int, b: int) -> int:
    """Round 11: "Smith said the plan would work and Roe said it would fail", "The union says 3,000 jobs
    are at risk; the company says …": another speaker's report after "and"/"but"/";" is an event of its
    own and no part of the first message (returns b when there is none)."""
    for k in range(a + 2, b - 2):
        if toks[k].text.lower() not in ("and", "but", ";") or toks[k].quote:
            continue
        j = k + 1
        while j < b and j - k <= 5 and (toks[j].pos in NP_POS or toks[j].text[:1].isupper()):
            j += 1
        if k + 1 < j < b and toks[j].text.lower() in SECOND_REPORT_VERBS:
            return k - 1 if toks[k - 1].text == "," else k
    return b


ASKED_OPENERS = frozenset("Asked Pressed Questioned Quizzed Challenged".split())
"""Participles that open a question put to the speaker: "Asked what he thought of it, Walter said, …"."""


def asked_clause(toks, first: int, end: int) -> range:
    """S11: the opening "Asked what he thought …," clause: the question put to the speaker, neither a
    report of its own ("what he thought") nor the message of the cue after it. Empty when there is none."""
    if toks[first].text not in ASKED_OPENERS or first + 2 >= end:
        return range(0)
    comma = next((k for k in range(first + 1, min(end, first + 40)) if toks[k].text == ","), None)
    return range(first, comma + 1) if comma is not None else range(0)
