"""English tag repairs for the words of names: capitalised words the tagger read as verbs, adverbs or adjectives
inside a name ("Severnside (AV0) Water (VVB) said", "Doctors Without (PRP) Borders", "Harrow (VVB) & Finch").
Split from english_retags.py in session 34; its OPENING_RULES try them with the others."""

from __future__ import annotations

from .lexicon import CLUB_WORDS
from .speakers import is_person_noun, is_person_role

PLURAL_PEOPLE = frozenset(
    "critics analysts experts officials observers economists residents witnesses opponents supporters campaigners "
    "activists lawmakers investigators scientists researchers".split()
)
"""S9: plural words for people the tagger may read as a name at the start of a sentence ("Critics argue …")."""


def _capital(t) -> bool:
    """A word of letters only that starts with a capital, whatever the tagger read it as."""
    return t.text[:1].isupper() and t.text.isalpha()


def capitalised_name_opening(toks, k: int, first: int, end: int) -> dict | None:
    """S29: "The National (AJ0) Elections Jury (JNE) said", "The National Unity Government": a capitalised adjective
    after "the" that opens a run of two more capitalised words is the first word of the name."""
    t = toks[k]
    if t.pos != "ADJ" or not _capital(t) or k == first or k + 2 >= end:
        return None
    if toks[k - 1].text.lower() != "the":
        return None
    a, b = toks[k + 1], toks[k + 2]
    if all(_capital(w) and w.pos in ("NOUN", "PROPN") for w in (a, b)):
        return {"pos": "PROPN", "tag": "NP0"}
    return None


INSTITUTION_WORDS = frozenset("Senate House Congress Parliament Assembly Council Cabinet Treasury Pentagon".split())


def institution_title(toks, k: int, first: int, end: int) -> dict | None:
    """S29: '"…," Senate (VVB) Majority Leader Tom Harlan, R-Iowa, told reporters': an institution's name read as a
    verb before the capitalised words of a title."""
    t = toks[k]
    if t.pos != "VERB" or t.text not in INSTITUTION_WORDS or k + 2 >= end:
        return None
    if all(_capital(w) for w in toks[k + 1 : k + 3]):
        return {"pos": "PROPN", "tag": "NP0"}
    return None


def capitalised_link(toks, k: int, first: int, end: int) -> dict | None:
    """S29: "Doctors Without (PRP) Borders", "Reporters Without Borders": a capitalised preposition between two
    capitalised words inside a sentence is a word of a name."""
    t = toks[k]
    if t.pos not in ("ADP", "SCONJ", "CCONJ") or not t.text[:1].isupper() or k == first or k + 1 >= end:
        return None
    if _capital(toks[k - 1]) and _capital(toks[k + 1]):
        return {"pos": "PROPN", "tag": "NP0"}
    return None


def club_name_opening(toks, k: int, first: int, end: int) -> dict | None:
    """S32: "Ashbourne (AV0) United confirmed", "Dunmore (DT0) Athletic said": a capitalised word before a club's
    last name word is the first word of its name."""
    t = toks[k]
    if t.pos not in ("ADV", "DET", "ADJ", "VERB") or not _capital(t) or k + 1 >= end:
        return None
    return {"pos": "PROPN", "tag": "NP0"} if toks[k + 1].text.lower() in CLUB_WORDS and toks[k + 1].text[
        :1].isupper() else None


NAME_RUN_VERBS = frozenset("said says told tells announced reported wrote added confirmed warned".split())
"""S34: reporting verbs a company's name ends before ("Severnside Water said")."""


def name_before_said(toks, k: int, first: int, end: int) -> dict | None:
    """S34: "Severnside (AV0) Water (VVB) said", "Harrow (VVB) & Finch (VVB) said": a run of two or more capitalised
    words (or "&" between two) right before a reporting verb is a name, whatever the tagger read; not a run with a
    role in it ("Prime Minister Keir Starmer said"), nor a sentence-opening "The"."""
    t = toks[k]
    if t.pos not in ("ADV", "ADJ", "VERB") or not _capital(t):
        return None
    a = k
    while a > first and (_capital(toks[a - 1]) or toks[a - 1].text == "&" and a - 1 > first and _capital(toks[a - 2])):
        a -= 1
    a += toks[a].text in ("The", "A", "An", "But", "And")
    b = k + 1
    while b < end and (_capital(toks[b]) or toks[b].text == "&" and b + 1 < end and _capital(toks[b + 1])):
        b += 1
    if b - a < 2 or b >= end or toks[b].text.lower() not in NAME_RUN_VERBS or k < a:
        return None
    if any(is_person_noun(w.text) or is_person_role(w.text) or w.text.lower() in PLURAL_PEOPLE for w in toks[a:b]):
        return None
    return {"pos": "PROPN", "tag": "NP0"}


def ampersand_name(toks, k: int, first: int, end: int) -> dict | None:
    """S34: "Harrow (VVB) & Finch (VVB), the engineering group, has rejected …": a capitalised word beside an "&"
    with a capitalised word on its other side is a word of a firm's name."""
    t = toks[k]
    if t.pos not in ("ADV", "ADJ", "VERB", "NOUN") or not _capital(t):
        return None
    after = k + 2 < end and toks[k + 1].text == "&" and _capital(toks[k + 2])
    before = k - 2 >= first and toks[k - 1].text == "&" and _capital(toks[k - 2])
    return {"pos": "PROPN", "tag": "NP0"} if after or before else None
