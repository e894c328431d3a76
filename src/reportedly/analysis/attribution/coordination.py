"""Joint statements: "Olaf Scholz und Emmanuel Macron sagten", "Amnesty International and Human Rights
Watch said" report two speakers at once. The first conjunct becomes the attribution's source and the
others its `co_sources`; each conjunct is a mention of its own source, so that Macron is not listed
as a way of naming Scholz.

The split is conservative: one "und"/"sowie"/"and" at the top of the mention, a plain noun phrase
before it (no preposition or genitive that the coordination could belong to: "Politiker von CDU und
SPD", "der Sprecher der Grünen und der Linken", "das Ministerium für Umwelt und Verbraucherschutz"
stay one speaker), and someone named or described on both sides.
"""

from __future__ import annotations

from ..outlets import outlet_registry
from .lexicon import ANON_HEADS, BODY_TAILS_EN
from .names import doc_noun, org_word
from .speakers import is_person_noun, is_person_role

CONJUNCTIONS = frozenset("und sowie and".split())
GENITIVE_ARTICLES = frozenset("der des".split())


def conjuncts(toks, a: int, b: int, english: bool = False) -> list[tuple[int, int]]:
    """The speakers' token ranges in the source mention [a, b); [(a, b)] when it names one speaker."""
    joins = [k for k in range(a + 1, b - 1) if toks[k].text.lower() in CONJUNCTIONS]
    if len(joins) != 1 or any(t.text in ",;()„“”\"«»" for t in toks[a:b]):
        return [(a, b)]
    k = joins[0]
    if toks[k - 1].text.endswith("-") or toks[k - 1].text == "-":
        return [(a, b)]  # s28: "Regierungs- und Sicherheitskreise": one compound shared by both
    left, right = toks[a:k], toks[k + 1 : b]
    if any(t.pos == "ADP" for t in left) or _genitive_inside(left):
        return [(a, b)]
    if right[0].pos not in ("DET", "PROPN", "NOUN", "NUM") and not right[0].text[:1].isupper():  # s17: "zwei …"
        return [(a, b)]
    if english and _one_body_name(left, right):
        return [(a, b)]  # s18: "The Food and Drink Federation", "the Food and Drug Administration"
    if _one_outlet(toks, a, b):
        return [(a, b)]  # s31: "The Globe and Mail reported": one outlet's name
    if _titles_of_one(left, right):
        return [(a, b)]  # s24: "Der Wildbiologe und Mitautor Stefan Kleemann": two titles of one named person
    who = _someone(left, english), _someone(right, english)
    if not all(w or _paper(side) for w, side in zip(who, (left, right))) or not any(who):
        return [(a, b)]  # s17: a paper beside someone ("interne Unterlagen und zwei Mitarbeiter") is two
    return [(a, k), (k + 1, b)]


def _one_outlet(toks, a: int, b: int) -> bool:
    """The outlet registry knows a name with "and" that spans the conjunction ("The Globe and Mail")."""
    text = " ".join(t.text for t in toks[a:b])
    return any(" and " in text[s:e] or " und " in text[s:e] for s, e, _o in outlet_registry().mentions(text))


def joined_after_verb(toks, np: tuple[int, int], fv: int, end: int) -> tuple[int, int]:
    """S19: "teilten Zollfahndung und Staatsanwaltschaft mit": the parser links only the first conjunct of a
    subject after a plural verb; the phrase takes in the second when "und" joins two speakers' nouns."""
    a, b = np
    if a <= fv or b + 1 >= end or toks[b].text.lower() not in ("und", "sowie") or "Number=Plur" not in toks[fv].morph:
        return np
    head = next((k for k in range(b + 1, min(end, b + 4)) if toks[k].pos in ("NOUN", "PROPN")), None)
    if head is None or any(t.pos not in ("DET", "ADJ") for t in toks[b + 1 : head]):
        return np
    whole = (a, head + 1)
    return whole if len(conjuncts(toks, *whole)) == 2 else np


def _titles_of_one(left, right) -> bool:
    """An article and one person noun, "und", then a bare title noun (no article) and the name; s30: a bare role
    before "and" and titles before the name ("Co-founder and Chief Executive Priya Raman")."""
    if len(left) == 1 and left[0].pos != "DET" and is_person_role(left[0].text) and len(right) >= 3 and all(
            t.text[:1].isupper() for t in right) and is_person_role(right[-3].text):
        return True
    return (len(left) == 2 and left[0].pos == "DET" and left[1].pos == "NOUN" and len(right) >= 3
            and right[0].pos == "NOUN" and right[0].text[:1].isupper() and all(
                t.pos == "PROPN" or t.ent.endswith("PER") for t in right[1:]))


def _one_body_name(left, right) -> bool:
    """One organisation's name with "and" inside: one capitalised word (after "the") before it, and after it
    capitalised words ending in a word for a body, with no article of their own."""
    words = [t for t in left if t.text.lower() != "the"]
    if len(words) == 2 and "." in words[0].text and words[0].text.replace(".", "").isupper():
        words = words[1:]  # s22: "the U.S. Food and Drug Administration"
    return (
        1 <= len(words) <= 3 and all(w.text[:1].isupper() and w.text.isalpha() for w in words) and not any(
            org_word(w.text) for w in words)  # s28: "North Yorkshire Fire and Rescue Service": a place first
        and 2 <= len(right) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() for t in right)
        and right[-1].text.lower() in BODY_TAILS_EN
    )


def _paper(side) -> bool:
    """S17: a document noun heads this side ("interne Unterlagen", "einen Bericht")."""
    return any(t.pos == "NOUN" and doc_noun(t.text) for t in side)


def _genitive_inside(left) -> bool:
    """ "der Sprecher der Grünen": a genitive after the first noun, which "und" may continue."""
    nouns = [j for j, t in enumerate(left) if t.pos in ("NOUN", "PROPN")]
    return bool(nouns) and any(t.text.lower() in GENITIVE_ARTICLES for t in left[nouns[0] + 1 :])


def _someone(side, english: bool = False) -> bool:
    """A name, an organisation or a people noun heads this side ("Präsident Emmanuel Macron",
    "die Feuerwehr", "Experten"), not a date, place-less adjective or number. English capitalises
    names only, whatever the tagger calls them ("Amnesty" as an adverb). Narrower on purpose than
    `names.names_someone` (no lexicon people nouns, no outlets): a split needs both sides to be sure."""
    for t in side:
        low = t.text.lower()
        if english and t.text[:1].isupper() and t.text.isalpha() and t.pos not in ("DET", "PRON", "CCONJ"):
            return True
        if t.pos == "PROPN" or t.ent.endswith(("PER", "ORG")):
            return True
        if t.pos == "NOUN" and (low in ANON_HEADS or is_person_noun(low) or org_word(low)):
            return True
    return False


def resolve_speakers(table, doc, a: int, b: int):
    """The Source of the mention [a, b) and the other speakers of a joint statement (distinct Sources)."""
    parts = conjuncts(doc.tokens, a, b, doc.language == "en")
    if len(parts) == 1:
        return table.resolve(doc, a, b), []
    found = [table.resolve(doc, x, y) for x, y in parts]
    others = []
    for src in found[1:]:
        if src is not found[0] and all(src is not o for o in others):
            others.append(src)
    return found[0], others
