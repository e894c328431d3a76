"""English wire-style word order: the message first, then the cue and the speaker.

    "The plan will fail," said Jane Roe, a senior analyst.   (inverted: cue, then source)
    The plan will fail, officials said on Monday.             (source, then cue, at the end)

In both the message is the part before the cue phrase; after a closing quotation mark the
engine's quotation pass attaches the quote to this cue (the event keeps no message of its own).
"""

from __future__ import annotations

from . import messages as M
from .lexicon import ANON_HEADS
from .sources import np_tokens
from .speakers import is_person_noun

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ"})


def _has_finite(toks, a: int, b: int) -> bool:
    return any(
        t.tag in _FINITE_TAGS or ("VerbForm=Fin" in t.morph and t.pos in ("VERB", "AUX"))
        for t in toks[a:b]
        if not t.quote
    )


def _fronted(toks, k: int, first: int) -> str | None:
    """What ends right before token k: "quote" (a closing mark), "clause" (", " after a clause)."""
    if k <= first:
        return None
    prev = toks[k - 1].text
    if prev in M.QUOTE_MARKS and k - 1 > first:
        return "quote"
    if prev == "," and _has_finite(toks, first, k - 1):
        return "clause"
    return None


def apposition_subject(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said …":
    the cue follows a comma, and the sentence opens with a noun phrase whose first segment (up to
    its first comma) has no finite verb — that opening noun phrase is the speaker."""
    if i - 1 <= first or toks[i - 1].text != ",":
        return None
    comma = next((k for k in range(first + 1, i - 1) if toks[k].text == ","), None)
    if comma is None or comma - first > 6 or _has_finite(toks, first, comma):
        return None
    if not any(t.text[:1].isupper() or t.pos in ("NOUN", "PROPN") for t in toks[first:comma]):
        return None
    appo = toks[comma + 1 : i - 1]
    if 0 < len(appo) <= 4 and all(t.text[:1].isupper() for t in appo):
        return first, i - 1  # "Ofgem's chief executive, Jonathan Example, said": the name joins the mention
    return first, comma


def inverted(toks, i: int, first: int, end: int, src: tuple[int, int] | None):
    """(source tokens, message tokens or None) when the cue at i follows its message, else None."""
    if toks[i].text.lower().endswith("ing"):  # "…, saying the money …": a participle reports rightwards
        return None
    kind = _fronted(toks, i, first)
    if kind is not None:  # '"…," said Jane Roe' / '…, said one official'
        head = next(
            (
                k
                for k in range(i + 1, min(end, i + 4))
                if toks[k].pos in ("NOUN", "PROPN", "PRON") or (toks[k].text[:1].isupper() and toks[k].text.isalpha())
            ),
            None,
        )
        if head is None or any(toks[k].text in (",", ".") for k in range(i + 1, head)):
            return None
        if not all(toks[k].pos in _SPEAKER_POS or not toks[k].pos for k in range(i + 1, head)):
            return None
        a, b = np_tokens(toks, head, i + 1, end)
        while b < end and toks[b].text.isalpha() and toks[b].text.islower() and is_person_noun(toks[b].text):
            b += 1  # "said one GOP operative": the tagger called "operative" an adjective
        return (a, b), (M.left_message(toks, i, first, "en") if kind == "clause" else None)
    if (  # "The plan, officials say, is to finish by June": a parenthetical cue, two message pieces
        src is not None
        and src[1] == i
        and src[0] - 1 > first + 1
        and toks[src[0] - 1].text == ","
        and i + 1 < end
        and toks[i + 1].text == ","
    ):
        stop = M.content_end(toks, first, end)
        if stop - (i + 2) >= 2 and any(t.pos in ("VERB", "AUX") for t in toks[i + 2 : stop]):
            return src, [(first, src[0] - 1), (i + 2, stop)]
    if src is not None and src[1] == i and src[0] > first:  # '…, officials said.'
        kind = _fronted(toks, src[0], first)
        if kind is not None:
            return src, (M.left_message(toks, src[0], first, "en") if kind == "clause" else None)
    return None


def extend_left(toks, a: int, b: int, first: int) -> tuple[int, int]:
    """ "a spokesperson for the Universities and Colleges Employers' Association (UCEA) said": from
    "Association" back over the name to the noun the prepositional phrase belongs to."""
    for _ in range(3):
        k = a - 1
        while k > first and (
            toks[k].text[:1].isupper() or toks[k].text.lower() in ("and", "the", "’", "'", "'s", "’s", "&")
        ):
            k -= 1
        if k - 1 < first or toks[k].text.lower() not in ("for", "of", "at", "from", "with", "to"):
            break
        before = toks[k - 1].text.lower()
        if toks[k].text.lower() == "to" and not (is_person_noun(before) or before in ANON_HEADS or before == "close"):
            break  # "an aide to the senator", "people close to the prince"; not "went to the city"
        if toks[k - 1].text.lower() == "close" and k - 2 >= first:
            k -= 1  # "people close to …": the noun before "close"
            if toks[k - 1].text.lower() == "those":  # "Those close to the president said"
                a = k - 1
                break
        if not (
            toks[k - 1].pos in ("NOUN", "PROPN")
            or is_person_noun(toks[k - 1].text)
            or toks[k - 1].text.lower() in ANON_HEADS
        ):
            break
        a, _ = np_tokens(toks, k - 1, first, k)
    return a, b


def main_subject(toks, first: int, i: int) -> tuple[int, int] | None:
    """The subject opening the sentence, for a participle cue after a comma ("Critics have questioned
    the price, saying …"): the first noun phrase if a noun or pronoun starts it."""
    head = next((k for k in range(first, min(i, first + 4)) if toks[k].pos in ("NOUN", "PROPN", "PRON")), None)
    if head is None or any(toks[k].pos == "ADP" for k in range(first, head)):
        return None
    return np_tokens(toks, head, first, i)


NOT_A_VERB_BEFORE = frozenset("a an the his her their its final no any my our your this that".split())


def noun_tagged_said(toks, i: int, first: int) -> bool:
    """ "Biden says US will …" in a headline, tagged as a plural noun: "says/said/tells" are verbs
    unless a determiner makes them nouns ("the final say")."""
    t = toks[i]
    if t.text.lower() not in ("says", "said", "tells", "warns", "say") or t.pos != "NOUN" or i <= first:
        return False
    prev = toks[i - 1]
    if prev.text.lower() in NOT_A_VERB_BEFORE or prev.pos == "ADJ":
        return False
    return prev.text[:1].isupper() or prev.pos == "NOUN"

