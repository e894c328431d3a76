"""What kind of clause a German sentence or its cue is: reportative "sollen" (a report without a cue,
"Er soll zwei Menschen verletzt haben"), a cue closing a fronted temporal or causal clause ("Als er
ihn darauf angesprochen habe, …"). Moved out of messages.py in round 16."""

from __future__ import annotations

from .cues import is_finite


def reportative_sollen(tokens, first: int, last: int) -> bool:
    """Is the sentence's first finite verb outside quotes "soll"/"sollen" (reportative: "Er soll den
    Mann erschossen haben")? SpkAtt annotates such a sentence after a cited source as its report."""
    for t in tokens[first:last]:
        if t.quote:
            continue
        if is_finite(t) and t.pos in ("VERB", "AUX"):
            if t.text.lower() in ("sollte", "sollten"):  # round 16: "X sollte an dem Angriff beteiligt gewesen sein"
                return _perfect_infinitive_end(tokens, t.i + 1, last)
            return t.text.lower() in ("soll", "sollen") and not _schedule_end(tokens, t.i + 1, last)
    return False


SCHEDULE_VERBS = frozenset("beginnen dauern stattfinden starten enden anlaufen erscheinen gelten treten".split())
"""s7: "Der Prozess soll bis Ende des Jahres dauern", "soll im Mai beginnen", "soll 2027 in Kraft treten":
"sollen" with these plain infinitives states a plan, not what someone is said to have done."""


def _schedule_end(tokens, a: int, last: int) -> bool:
    k = _last_word(tokens, a, last)
    return k > a and tokens[k].tag == "VVINF" and tokens[k].text.lower() in SCHEDULE_VERBS


def _last_word(tokens, a: int, last: int) -> int:
    """The index of the clause's last token that is no punctuation (`a` when there is none after it)."""
    k = last - 1
    while k > a and tokens[k].pos == "PUNCT":
        k -= 1
    return k


def _perfect_infinitive_end(tokens, a: int, last: int) -> bool:
    """The clause ends in a participle plus "haben"/"sein" ("beteiligt gewesen sein"), the past of reportative
    "sollen"; "sollte" with a plain infinitive is a Konjunktiv II ("should") and reports nothing."""
    k = _last_word(tokens, a, last)
    if k > a and tokens[k].text.lower() in ("haben", "sein") and tokens[k - 1].tag in ("VVPP", "VAPP", "VMPP"):
        return not any(t.text in (",", ";", ":") for t in tokens[a:k])
    return False


FOCUS_WORDS = frozenset("erst nur auch selbst gerade schon sogar".split())
ADVERBIAL_KOUS = frozenset("als nachdem wenn weil bevor während obwohl da seit seitdem sobald falls damit".split())


def adverbial_clause_cue(toks, i: int, first: int, after: int, end: int) -> bool:
    """Round 16: "Als er seinen Chef darauf angesprochen habe, sei er gekündigt worden": a cue at the end of
    a fronted temporal or causal clause; the main clause after it (finite verb first) is no message of it."""
    if after >= end or toks[after].text != "," or after + 1 >= end or not is_finite(toks[after + 1]):
        return False
    k = first + 1 if toks[first].text.lower() in FOCUS_WORDS else first  # round 18: "Erst wenn …"
    return toks[k].text.lower() in ADVERBIAL_KOUS and not any(t.text in (",", ";", ":") for t in toks[first:i])
