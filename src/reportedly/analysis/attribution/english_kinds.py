"""English source kinds by the head noun, round 12: papers and posts that speak ("According to court
filings", "a memo seen by Reuters", "a poll by Gallup", "A tweet from the embassy said").

The shared typing took the name inside the modifier for the speaker ("seen by Reuters" -> Reuters,
"a poll by Gallup" -> a person Gallup) or left the noun untyped ("filings", "a transcript of the call",
"The complaint"). A mention whose first noun is a word for a document or a post is that document or
post: typed `document` or `social_post`, no name, its words the description. Called from
`english_roles.EnglishTable.resolve`, so English only.

Also the edges of an English subject (session 26, moved out of english.py): the words before its verb that are no
part of it (`without_trailing_adverb`) and the agent of a participle inside it (`agent_owner`).
"""

from __future__ import annotations

import re

from .lexicon import ANON_HEADS, ANON_HEADS_EN

DOCUMENT_HEADS = frozenset(
    """filing filings document documents transcript transcripts complaint memo memos memorandum records
    minutes figures statistics poll polls survey surveys letter letters email emails cable cables lawsuit
    affidavit dossier assessment assessments ruling indictment report reports statement statements study
    studies analysis data readout research estimate estimates legislation manifesto trial trials paper papers
    findings results guidance guidelines census recording recordings advisory advisories bulletin
    form forms application applications submission submissions motion petition
    judgment audit agreement decision verdict note notes invitation invitations draft drafts review reviews""".split()
)
"""Nouns for papers and numbers that "say" or "show" something (s29: "Disclosure forms filed with the Office of
Government Ethics show", "A search warrant application … states"; s31: "a preliminary inspection note prepared by …
and accessed by IANS", "an invitation obtained by POLITICO")."""

SOCIAL_HEADS = frozenset("tweet tweets post posts posting message retweet screenshot screenshots video videos".split())
"""Nouns for a post on a platform ("A tweet from the embassy said …", "a post on X")."""

NAMED_POLLS = frozenset(("poll",))
"""Document heads that close a pollster's name ("a Marist Poll"; not "the U.S. Geological Survey", a body)."""
def _named_poll(toks, k: int, b: int) -> int | None:
    """The "Poll" closing a run of capitalised words from k ("Marist Poll"), or None."""
    j = k
    while j < b and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1
    return j - 1 if j - 1 > k and toks[j - 1].text.lower() in NAMED_POLLS else None


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
_COUNTED = re.compile(r"\d+-[a-z]+")
_DETS = frozenset("a an the one two this that these those its their his her".split())
_PREPOSITIONS = frozenset("with of on in from by to about at for over".split())
PEOPLE_HEADS = ANON_HEADS | ANON_HEADS_EN
_AFTER_HEAD = frozenset("by from of on in seen obtained published released posted issued sent shared to".split())


def kind(toks, a: int, b: int) -> str | None:
    """"document" or "social_post" when the mention [a, b) opens (after a determiner and lowercase
    modifiers) with such a noun and nothing but its modifiers follow; else None."""
    k = a
    if toks[k].text.lower() in _DETS:
        k += 1
    head, spread = None, 0
    while k < b and k - a <= 4 + spread:
        t = toks[k]
        low = t.text.lower()
        if (low in DOCUMENT_HEADS or low in SOCIAL_HEADS) and (k == a or t.text.islower()):  # not "John Trial"
            head = k
            break
        if k != a and (t.text.endswith(("'s", "’s")) or _DOTTED.fullmatch(t.text) or (
                t.text.isupper() and 2 <= len(t.text) <= 5)) and k + 1 < b:  # s24: "an internal FDA memo"
            k += 1  # s24: "the DOJ's complaint", "a U.N. analysis": whose paper
            continue
        if (t.text in ("'", "’") and k != a and toks[k - 1].text.endswith("s")) or _COUNTED.fullmatch(t.text):
            k += 1  # s29: "The stewards' decision", "The tribunal's 42-page decision"
            continue
        if t.text.isdigit() and k + 2 < b and toks[k + 1].text == "-" and toks[k + 2].text.isalpha():
            k, spread = k + 3, 2  # s30: "42 - page" tokenised apart, one modifier
            continue
        if t.text[:1].isupper() and (poll := _named_poll(toks, k, b)) is not None:
            head = poll  # s31: "a Marist Poll released Wednesday": the poll speaks
            break
        if not t.text.isalpha() or (t.text[:1].isupper() and k != a):
            return None  # "a Pentagon memo", "Statistics Canada": named bodies stay with the shared rules
        if low in _PREPOSITIONS and k != a and any(w.text.lower() in PEOPLE_HEADS for w in toks[a:k]):
            return None  # s33: "people familiar with the decision": the people speak (but "details of the legislation")
        k += 1
    if head is None:
        return None
    if toks[head].text.lower() == "reports" and (head == a or toks[a].text.lower() == "media") and head + 1 == b:
        return None  # s7: "Reports suggest …", "Media reports say …": the press, not a document
    if head + 1 < b and toks[head + 1].text.lower() not in _AFTER_HEAD and toks[head + 1].tag not in ("VVN", "VVD"):
        return None  # "the report card", "post office" (s23: but "a court filing unsealed last month")
    if head == a and toks[a].text[:1].isupper() and head + 1 < b and toks[head + 1].text[:1].isupper():
        return None
    low = toks[head].text.lower()
    if low == "message" and head + 1 < b and toks[head + 1].text.lower() != "on":
        return None  # "the message from the union" is what someone said, not a post
    return "social_post" if low in SOCIAL_HEADS else "document"


_PASSIVE = frozenset("was were been is are be being".split())
_NO_COMPLEMENT = frozenset("for about of against in on at by with . ;".split())


def after_according(toks, i: int, first: int, end: int) -> bool:
    """ "According to court filings, the company was warned in 2019", "…, the president asked for a
    favour": a verb after a fronted "According to X," with no reported clause of its own (a passive or a
    preposition next) is no speech event — else the "according to" phrase became its message."""
    if end - first < 4 or toks[first].text.lower() != "according" or toks[first + 1].text.lower() != "to":
        return False
    comma = next((k for k in range(first + 2, i) if toks[k].text == ","), None)
    if comma is None:
        return False
    return toks[i - 1].text.lower() in _PASSIVE or (i + 1 >= end or toks[i + 1].text.lower() in _NO_COMPLEMENT)


def agent_owner(toks, src: tuple[int, int]) -> tuple[int, int]:
    """S26: "… said an independent autopsy commissioned by the family found that …": the noun phrase after "by" in a
    participle phrase is the agent of the participle; the verb's subject is the noun phrase before the participle."""
    a, b = src
    if a < 3 or toks[a - 1].text.lower() != "by" or not toks[a - 2].text.endswith("ed") or (
            toks[a - 3].pos != "NOUN" or not toks[a - 3].text.islower()):
        return src  # not "Actor Colton Brandt sued by former assistant who says …": the assistant speaks
    k = a - 3
    while k - 1 >= 0 and toks[k - 1].pos in ("ADJ", "DET", "NOUN", "NUM") and toks[k - 1].text.lower() not in (
            "that", "which"):
        k -= 1
    return k, a - 2


TRAILING_ADVERBS = frozenset(
    "now also still previously later too meanwhile however already reportedly allegedly".split())
TRAILING_NON_SUBJECT = TRAILING_ADVERBS | frozenset(
    "have has had will would can cannot could may might must should shall do does did not n't who which that".split()
)
"""S11: words the subject search took up before the verb ("Details of the legislation have revealed",
"Employers cannot claim", "Tory MPs who said"): auxiliaries, "not" and a relative pronoun."""


def without_trailing_adverb(toks, src: tuple[int, int]) -> tuple[int, int]:
    """S9: "Scientists now think …": an adverb between the subject and its verb is no part of the speaker,
    nor (s11) an auxiliary or a relative pronoun, nor (s12) the "there" of "Is there a factor that …"."""
    a, b = src
    while b - a > 1 and toks[b - 1].text.lower() in TRAILING_NON_SUBJECT:
        b -= 1
        if b - a > 1 and toks[b - 1].text == "," and toks[b].text.lower() in TRAILING_ADVERBS:
            b -= 1  # s19: "Civil liberties groups, meanwhile, argued": the comma before the adverb
    while b - a > 1 and toks[a].text.lower() in ("there", "what"):
        a += 1  # s12: "Is there a single factor … that predicts": not "there"; s19: "in what the government says"
    return agent_owner(toks, (a, b))
