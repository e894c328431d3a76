"""Where an English clause's subject starts after what opens the sentence: a time phrase ("Last night,"), a
prepositional phrase ("In a post on Telegram,"), an adverbial clause ("But as X asked how …,"), a participle
("Reached by phone,"), a when-clause ("…, when Defense One, citing …, reported"). Moved out of english.py in
session 27, which had passed 500 lines."""

from __future__ import annotations

from .english_inverted import _has_finite

WHEN_WORDS = frozenset("when after as while because since until".split())


def when_clause(toks, first: int, i: int) -> int:
    """S27: the cue's clause opens after a comma with "when" ("…, when Defense One, citing an Army memo,
    reported"): its subject starts after "when"; `first` when there is no such clause."""
    k = next((k for k in range(i - 3, first, -1) if toks[k].text == "," and toks[k + 1].text.lower() in WHEN_WORDS),
             None)
    if k is None or _has_finite(toks, k + 2, i) or not (toks[k + 2].text[:1].isupper() or toks[k + 2].pos == "DET"):
        return first
    return k + 2


TIME_NOUNS_EN = frozenset(
    "night week weekend month year morning afternoon evening today yesterday tonight monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)


def past_time_opener(toks, first: int, i: int) -> int:
    """S11: after an opening time phrase and its comma ("Last night,", "On Monday,", "Yesterday,"), where
    the sentence's subject starts; `first` when there is none."""
    comma = next((k for k in range(first + 1, min(i, first + 5)) if toks[k].text == ","), None)
    if comma is None or not any(t.text.lower() in TIME_NOUNS_EN for t in toks[first:comma]):
        return first
    plain = all(t.pos in ("ADJ", "DET", "ADP", "NOUN", "PROPN", "ADV") for t in toks[first:comma])
    return comma + 1 if plain else first


PP_OPENERS = frozenset("in on at via during after with through".split())


def prepositional_opener(toks, first: int, i: int) -> int:
    """S20: after an opening prepositional phrase and its comma ("In a post on Telegram,", "In an interview
    with the BBC,"), where the subject and its apposition start; `first` when there is none. Stricter than
    `english_subjects.after_fronted_pp` (noun-phrase words only, the comma within eight tokens): the looser
    one, tried here, also skipped "While an earlier presentation assured …," and moved two pages' speakers."""
    if toks[first].pos != "ADP" or toks[first].text.lower() not in PP_OPENERS:
        return first
    comma = next((k for k in range(first + 2, min(i - 1, first + 12)) if toks[k].text == ","), None)
    if comma is None or not all(t.pos in ("ADJ", "DET", "ADP", "NOUN", "PROPN", "NUM") or _reduced_relative(
            toks, t.i) for t in toks[first:comma]):
        return first
    if comma - first > 7 and not any(_reduced_relative(toks, k) for k in range(first, comma)):
        return first  # s30: longer only with a participle ("In a victim impact statement read to the court,")
    if toks[comma + 1].tag == "VVN" and toks[comma + 1].text.islower() and (after := next(
            (k for k in range(comma + 2, min(i - 1, comma + 7)) if toks[k].text == ","), None)) is not None and (
            not _has_finite(toks, comma + 1, after)):
        return after + 1  # s27: "In one email, dated March 2022, a senior engineer … told": the date is the email's
    return comma + 1


def _reduced_relative(toks, k: int) -> bool:
    """A past participle right after a noun, before "to" or "by" ("a statement read to the court")."""
    return toks[k].tag == "VVN" and toks[k - 1].pos == "NOUN" and k + 1 < len(toks) and toks[k + 1].text in ("to", "by")


ADVERBIAL_OPENERS = frozenset("as when while after before because although though since once".split())


def adverbial_clause_opener(toks, first: int, i: int) -> int:
    """S13: after an opening adverbial clause and its comma ("But as a trustee asked how …, Alex Barrios,
    assistant director, explained …"), where the sentence's subject starts; `first` when there is none."""
    k = first + (toks[first].text.lower() in ("but", "and"))
    if k + 1 < i and participle_opener(toks[k]):  # s14: "Reached last week by phone, Bennett … asked if …"
        comma = next((c for c in range(k + 1, min(i - 1, k + 14)) if toks[c].text == ","), None)
        return comma + 1 if comma is not None and not _has_finite(toks, k + 1, comma) else first
    if k + 1 >= i or toks[k].text.lower() not in ADVERBIAL_OPENERS or toks[k + 1].pos in ("VERB", "AUX"):
        return first  # not "When asked if he would resign, Tom Smith replied": no clause of its own
    comma = next((c for c in range(k + 2, i - 1) if toks[c].text == ","), None)
    return comma + 1 if comma is not None and _has_finite(toks, k, comma) else first


PARTICIPLE_OPENERS = frozenset("reached contacted asked pressed questioned interviewed approached".split())
"""S14: past participles that open a clause about how someone was asked ("Reached by phone, …")."""


def participle_opener(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() in PARTICIPLE_OPENERS
