"""Where a noun phrase's prepositional tail ends (moved out of phrases.py in session 25): the body or place after an
anonymous head ("ein Sprecher von Greenpeace"), the place of an organisation ("die Provinzregierung in Helmand"), a
role's phrase before a name in apposition, and the "für …" part of an organisation's name."""

from __future__ import annotations

from .anonymous import extra_person_noun
from .lexicon import ANON_HEADS
from .names import org_word
from .next_phrase import capitalised
from .speakers import is_person_noun


def pp_end(tokens, head: int, b: int, last: int) -> int | None:
    """End of a prepositional phrase after an anonymous head ("Sprecher", "official") that names an
    organisation or place: determiners and adjectives, then capitalised nouns or names; else None."""
    h = tokens[head].text.lower().rsplit("-", 1)[-1]
    if h not in ANON_HEADS or tokens[head].pos not in ("NOUN", ""):
        return None
    c = b + 1
    while c < last and c < b + 5 and (
        tokens[c].pos in ("DET", "ADJ") or (tokens[c].pos == "NOUN" and not capitalised(tokens[c]))
    ):
        c += 1  # round 16: lower-case nouns too ("a spokesperson for the consumer group Pro Bahn")
    if c >= last or not (capitalised(tokens[c]) and tokens[c].pos in ("NOUN", "PROPN", "")):
        return None
    while c < last and capitalised(tokens[c]) and tokens[c].pos in ("NOUN", "PROPN", ""):
        c += 1
    return c


PLACE_PREPS = frozenset("in im aus".split())


def place_of_org(tokens, heads: list, k: int) -> bool:
    """S17: is the name at k the place in a place phrase after the organisation noun among `heads` last before it
    ("die Provinzregierung in Helmand": the speaker is the government, not Helmand; s31: "Einem Bericht der
    UN-Mission in der Ukraine")?"""
    head = max((h.i for h in heads if h.i < k), default=heads[0].i)
    return k > head + 1 and place_of_org_end(tokens, head, head + 1, k + 1) == k + 1


def place_of_org_end(tokens, head: int, b: int, last: int) -> int | None:
    """S17: the end of a place phrase after a German organisation noun, which says which body speaks ("die
    Provinzregierung in Helmand", "die Mission der Vereinten Nationen im Sudan"); None unless the phrase
    names a place the tagger marked ("die Regierung in einer Erklärung" says how it spoke)."""
    if tokens[head].tag != "NN" or not org_word(tokens[head].text):
        return None
    c = b + 1
    while c < last and c < b + 4 and tokens[c].tag in ("ART", "ADJA"):
        c += 1
    if c >= last or not tokens[c].ent.endswith("LOC"):
        return None
    c += 1
    while c < last and tokens[c].ent == "I-LOC":
        c += 1
    return c


def pp_before_name(tokens, head: int, b: int, last: int) -> int | None:
    """S13: the end of a short phrase with a preposition after a person noun when a name in apposition follows
    it (", Sharon Hayes"); None otherwise, as the phrase may say where or when someone spoke."""
    if not (is_person_noun(tokens[head].text) or extra_person_noun(tokens[head].text.lower())):
        return None
    c = b + 1
    while c < last and c < b + 6 and tokens[c].pos in ("DET", "ADJ", "NOUN", "PROPN"):
        c += 1
    if c + 1 < last and c > b + 1 and tokens[c].text == "," and tokens[c + 1].ent.endswith("PER"):
        return c
    return None


def fuer_end(tokens, b: int, last: int) -> int | None:
    """End of the "für …" part of an organisation's name: after an organisation noun ("Institut",
    "Bundesamt", "Ministerium"), capitalised nouns, adjectives and one "und"; else None."""
    if not org_word(tokens[b - 1].text) or b + 1 >= last:
        return None
    c = b + 1
    while c < last and (
        tokens[c].pos == "ADJ" and capitalised(tokens[c])
        or tokens[c].pos in ("NOUN", "PROPN") and capitalised(tokens[c])
        or tokens[c].text.lower() == "und" and c + 1 < last and capitalised(tokens[c + 1]) and c > b + 1
        or tokens[c].text == "-" and c + 2 < last and tokens[c + 1].text == "und" and tokens[c].start == tokens[
            c - 1].end  # s19: "für Arbeitsmarkt- und Berufsforschung"
        or tokens[c].text == "," and c > b + 1 and c + 2 < last and capitalised(tokens[c + 1]) and tokens[
            c + 2].text in ("und", ",")  # s32: "für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr"
    ):
        c += 1
    if c + 3 < last and tokens[c].text in ("der", "des") and capitalised(tokens[c + 1]) and tokens[c + 2].text == "(":
        c += 2  # … "der Bundeswehr (BAAINBw)": the genitive before the name's label
    if c + 3 < last and tokens[c].text.lower() in ("in", "im") and (  # s21: "Bundesamt für Sicherheit in der
        label := next((j for j in range(c + 1, min(last, c + 4)) if tokens[j].text == "("), None)  # Informations-
    ) is not None and all(capitalised(t) or t.pos == "DET" for t in tokens[c + 1 : label]):  # technik (BSI)"
        c = label  # the phrase belongs to the name when the name's label follows it
    return c if c > b + 1 and tokens[c - 1].text.lower() != "und" else None
