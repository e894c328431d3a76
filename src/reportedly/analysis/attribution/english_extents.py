"""How far an English subject reaches when the parser links only part of it: the list after "A coalition
of …", the speakers or paper before "polled by Reuters" / "a report by X", the body before "… on Climate
Change". Moved out of english_subjects.py in session 27, which had reached 500 lines."""

from __future__ import annotations

from .english_clauses import PEOPLE_WORDS
from .names import doc_noun
from .names_en import ORG_RUN_WORDS

LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


def of_list_subject(toks, src: tuple[int, int], first: int) -> tuple[int, int] | None:
    """Round 18: the subject opens the sentence as "a head of a list" ("A powerful alliance of chefs,
    celebrities and charities", "A coalition of health groups and doctors") and the parser's subject is
    one item of the list: the whole phrase, from the sentence start to the list's last noun."""
    a, b = src
    k = a - 1
    while k > first and (toks[k].pos in LIST_POS or toks[k].text in (",", "and", "or")):
        k -= 1
    if k <= first or toks[k].text.lower() != "of" or not all(t.pos in LIST_POS for t in toks[first:k]):
        return None
    if not any(t.pos == "NOUN" for t in toks[first:k]) or toks[first].pos not in ("DET", "ADJ", "NUM"):
        return None
    while b + 1 < len(toks) and toks[b].text in ("and", "or") and toks[b + 1].pos in ("NOUN", "ADJ"):
        b += 2  # "… of health groups and doctors said"
        while b < len(toks) and toks[b].pos == "NOUN" and toks[b].text.lower() not in DAY_WORDS_EN:
            b += 1
    return first, b


DAY_WORDS_EN = frozenset("today yesterday tonight tomorrow".split())


POLLED = frozenset("polled surveyed interviewed questioned asked contacted".split())


def with_author(toks, src: tuple[int, int], first: int) -> tuple[int, int]:
    """S18: "Economists polled by Reuters had expected …", "…, a report by the think tank Chatham House says":
    the language layer links the agent after "by"; the subject runs back over the speakers or the paper."""
    a = src[0]
    if a - 3 >= first and toks[a - 1].text.lower() in ("in", "by") and toks[a - 2].tag == "VVN" and doc_noun(
            toks[a - 3].text.lower()) and toks[a - 3].pos == "NOUN":
        head = a - 3  # s29: "…, a national survey published in the Medical Journal of Australia has found."
    elif a - 2 < first or toks[a - 1].text.lower() != "by":
        return src
    elif doc_noun(toks[a - 2].text.lower()) and toks[a - 2].pos == "NOUN":
        head = a - 2
    elif a - 3 >= first and toks[a - 2].text.lower() in POLLED:
        head = a - 3
    else:
        return src
    if toks[head].pos not in ("NOUN", "PROPN") and toks[head].text.lower() not in PEOPLE_WORDS:
        return src
    start = head
    while start - 1 >= first and toks[start - 1].pos in ("ADJ", "NUM", "DET", "NOUN") and (
        toks[start - 1].text.isalnum()
    ):
        start -= 1
    return start, src[1]


def authored_part(toks, src: tuple[int, int]) -> tuple[int, int] | None:
    """The speakers' or the paper's noun phrase of a subject `with_author` extended ("Economists", "a
    report"): what the Source is resolved from; None when no "by" (or "for" after a paper) follows one inside it."""
    for k in range(src[0] + 1, src[1] - 1):
        if toks[k].text.lower() not in ("by", "for", "with"):
            continue  # s27: "the filing with the National Highway Traffic Safety Administration": the filing
        before = toks[k - 1].text.lower()
        if doc_noun(before):
            return src[0], k  # "a report"; s20: "a new YouGov poll for The Times": the poll, not the paper
        if before in POLLED and toks[k].text.lower() == "by":
            return src[0], k - 1  # "Economists"
        if toks[k].text.lower() == "by" and toks[k - 1].tag == "VVN" and k - 2 > src[0] and doc_noun(
                toks[k - 2].text.lower()):
            return src[0], k - 1  # s27: "a brief filed by a coalition of consumer groups": the brief
    return None


def body_name_start(toks, src: tuple[int, int]) -> tuple[int, int]:
    """S19: a capitalised mention after "on"/"of"/"for" that ends a body's name ("Panel on Climate Change",
    "Institute for Fiscal Studies") starts with the body: the preposition and the name before it join."""
    a, b = src
    if a < 2 or toks[a - 1].text not in ("on", "of", "for") or not toks[a].text[:1].isupper():
        return src
    k = a - 2
    if not (toks[k].text[:1].isupper() and toks[k].text.lower() in ORG_RUN_WORDS):
        return src
    while k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() and toks[k - 1].sent == toks[a].sent:
        k -= 1
    if k > 0 and toks[k - 1].text.lower() == "the":
        k -= 1
    return k, b


POST_HEADS = frozenset("post posts video videos clip clips screenshot graphic image photo reel tweet".split())
"""Nouns for a post that a participle phrase ending in its platform follows ("A video viewed … on TikTok")."""


def post_on_platform(toks, src: tuple[int, int]) -> tuple[int, int]:
    """S34: "A post shared more than 9,000 times on Facebook claims …", "A video viewed 1.3 million times on TikTok
    claims …": the subject is the post, whose participle phrase ends in the platform the parser took for it."""
    from .anonymous import SOCIAL_PLATFORMS  # anonymous imports modules that import this one

    a, b = src
    if b - a != 1 or toks[a].text.lower() not in SOCIAL_PLATFORMS or a < 3 or toks[a - 1].text.lower() != "on":
        return src
    for k in range(a - 2, max(-1, a - 12), -1):
        if toks[k].text in (",", ";", ":", ".") or toks[k].quote:
            return src
        if toks[k].text.lower() in POST_HEADS and k > 0 and toks[k - 1].pos == "DET" and toks[k + 1].tag in (
                "VVN", "VVD"):
            return k - 1, b
    return src
