"""Round 14 (German): a name before an apposition whose closing comma is missing.

"Stephen S., ein Klimaexperte vom WWF erklärte, …" — news copy often drops the comma that closes the
apposition. The subject link then finds only "ein Klimaexperte vom WWF" (an anonymous source), while the
speaker is the named person; SpkAtt marks name and apposition together as the source.

Also (moved from anonymous.py in session 30) the tests for a name that an apposition or titles describe
("die 24-jährige Studentin Lea Bonasera", "der Publizist und Philosoph Richard David Precht").
"""

from __future__ import annotations

from .lexicon import MILITARY_RANKS

NAME_POS = frozenset({"PROPN", "NOUN", "X"})


def with_name(toks, a: int, b: int, first: int, fv: int) -> tuple[int, int]:
    """(first, b) when [first, a - 1) is a short name and a comma joins it to the subject [a, b) (and a
    prepositional phrase) right before the verb; else (a, b) unchanged."""
    c = a - 1
    if c - first < 1 or c - first > 4 or toks[c].text != "," or toks[first].pos != "PROPN" or fv - b > 4:
        return a, b
    if b < fv and (toks[b].pos != "ADP" or any(t.pos in ("VERB", "AUX", "PUNCT") for t in toks[b:fv])):
        return a, b  # only a prepositional phrase may follow the apposition's noun ("vom WWF")
    if not all(t.pos in NAME_POS and t.text[:1].isupper() for t in toks[first:c]):
        return a, b
    return first, fv


def labelled_subject(toks, fv: int, first: int) -> tuple[int, int] | None:
    """Round 15: "Verkehrsminister Volker Wissing (FDP) rief …": a name with its party label in brackets
    fills the Vorfeld; the parser, misled by the brackets, links another noun to the verb."""
    if fv - first < 4 or toks[fv - 1].text != ")":
        return None
    o = next((k for k in range(fv - 2, max(first, fv - 6), -1) if toks[k].text == "("), None)
    if o is None or o - first < 1 or not any(t.pos == "PROPN" or t.ent.endswith("PER") for t in toks[first:o]):
        return None
    if any(t.pos in ("VERB", "AUX", "ADP") or t.text in (",", ";", ":") or t.quote for t in toks[first:o]):
        return None
    return first, fv


def named_apposition(toks, x: int, y: int) -> bool:
    """S19: an article, a name and no verb between two commas ("Der Betreiber, die Entega AG, teilte mit"): an
    apposition, even where the tagger read the article as a relative pronoun."""
    return toks[x].text.lower() in ("der", "die", "das") and any(t.pos == "PROPN" for t in toks[x + 1 : y]) and (
        not any(t.pos in ("VERB", "AUX") for t in toks[x:y]))


def described_name(toks, comma: int, k: int) -> bool:
    """Round 18: an apposition of article, age or adjectives and a person noun before the name k ("die
    24-jährige Studentin Lea Bonasera"; s29: "Ihr Sprecher, der Landwirt Georg Maier,"): the name is the speaker's."""
    between = toks[comma + 1 : k]
    return 2 <= len(between) <= 6 and toks[k].ent.endswith("PER") and between[-1].pos == "NOUN" and all(
        t.pos in ("DET", "ADJ", "NUM", "NOUN") or t.text == "-" for t in between
    )


def titles_then_name(toks, h: int, k: int) -> bool:
    """Round 18: between the head noun h and the name k only "und" and more nouns ("der Publizist und
    Philosoph Richard David Precht"): the nouns are the name's titles; s30: or one military rank ("Armeesprecher
    Oberst Khalid Osman")."""
    if k - h == 2 and toks[h + 1].text.lower() in MILITARY_RANKS:
        return True
    return k - h >= 3 and toks[h + 1].text == "und" and all(
        toks[j].text in ("und", ",") or toks[j].pos == "NOUN" for j in range(h + 1, k)
    )
