"""Round 14 (German): a name before an apposition whose closing comma is missing.

"Stephen S., ein Klimaexperte vom WWF erklärte, …" — news copy often drops the comma that closes the
apposition. The subject link then finds only "ein Klimaexperte vom WWF" (an anonymous source), while the
speaker is the named person; SpkAtt marks name and apposition together as the source.
"""

from __future__ import annotations

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
