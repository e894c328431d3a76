"""English language layer: same interface, coarse quality."""

from __future__ import annotations

from reportedly.language.annotate import annotate_tokens


def test_english_verbs_and_entities():
    rows = annotate_tokens("Gen. Mark Milley told reporters in Washington that the Pentagon would wait .".split(), "en")
    by = {r["text"]: r for r in rows}
    assert "VerbForm=Fin" in by["told"]["morph"] and "Tense=Past" in by["told"]["morph"]
    assert by["told"]["lemma"] == "tell"
    assert by["Mark"]["ent"] == "B-PER" and by["Milley"]["ent"] == "I-PER"
    assert by["Washington"]["ent"] == "B-LOC"
    assert by["Pentagon"]["ent"] == "B-ORG"
    assert by["the"]["pos"] == "DET"
    assert by["Milley"]["dep"] == "nsubj"
