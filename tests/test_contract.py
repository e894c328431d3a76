"""Every output validates against the shipped JSON Schema and every span points into the text."""

import json

import jsonschema
import pytest
from conftest import SAMPLES

from reportedly import analyze, json_schema
from reportedly.model import SCHEMA_ID, Analysis

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

TEXTS = [
    "Titel\n\n„Wir werden kämpfen“, sagte er. Laut Polizei gab es 20 bis 30 Verletzte.",
    "Headline: officials say\n\n\"We will not give up,\" said Jane Doe, according to Reuters.",
    "Nur eine Zeile ohne Absatz",
    "Titel\n\nEr sagte: „Das ist ‚nicht‘ wahr.\n\nOffen bleibt alles.",
    "Gipfel\n\nOlaf Scholz und Emmanuel Macron sagten, man stehe zusammen. Man sei sich einig.",
    "Titel\n\nEr sei überzeugt, die Wende zu schaffen, sagte der Trainer nach dem Spiel.",
]


def iter_spans(obj, path="$"):
    if isinstance(obj, dict):
        if set(obj) == {"start", "end", "text"}:
            yield path, obj
        for k, v in obj.items():
            yield from iter_spans(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from iter_spans(v, f"{path}[{i}]")


def check_contract(analysis: Analysis) -> dict:
    data = json.loads(analysis.to_json())
    VALIDATOR.validate(data)
    assert data["schema"] == SCHEMA_ID
    text = data["article"]["text"]
    for path, span in iter_spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"]:span["end"]] == span["text"], path
    ids = {a["id"] for a in data["attributions"]}
    source_ids = {s["id"] for s in data["sources"]}
    for a in data["attributions"]:
        assert a["parent"] is None or a["parent"] in ids
        assert a["source"] is None or a["source"] in source_ids
        assert set(a["co_sources"]) <= source_ids and a["source"] not in a["co_sources"]
        assert not a["co_sources"] or a["source"] is not None
        for q in a["quotes"]:  # verbatim words inside the paraphrase
            assert a["mode"] in ("mixed", "according_to")
            assert a["message"]["start"] <= q["start"] < q["end"] <= a["message"]["end"]
        if a["continues"] is not None:  # a cue-less sentence goes on with an attribution that has a cue
            assert a["cue"] is None and a["continues"] in ids and a["continues"] != a["id"]
    speaking = {a["source"] for a in data["attributions"]} | {s for a in data["attributions"] for s in a["co_sources"]}
    cues = {(c["start"], c["end"]) for a in data["attributions"] for c in [a["cue"], *a["cue_parts"]] if c}
    for e in data["speech_acts"]:  # a cue without a message: never also an attribution's cue
        assert e["source"] is None or e["source"] in source_ids
        assert not {(c["start"], c["end"]) for c in [e["cue"], *e["cue_parts"]]} & cues
        speaking |= {e["source"], *e["co_sources"]}
    assert source_ids == speaking - {None}  # every source speaks
    parents = {a["id"]: a["parent"] for a in data["attributions"]}
    for a in data["attributions"]:  # every chain ends: no attribution is its own ancestor
        seen, k = {a["id"]}, a["parent"]
        while k is not None:
            assert k not in seen, f"parent cycle through {a['id']}"
            seen.add(k)
            k = parents[k]
    for c in data["claims"]:
        assert c["attribution"] is None or c["attribution"] in ids
    return data


@pytest.mark.parametrize("text", TEXTS)
def test_contract_on_written_texts(text):
    check_contract(analyze(text, strict=True))


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_contract_on_bundled_samples(path):
    data = check_contract(analyze(path.read_text("utf-8"), strict=True))
    assert data["article"]["text"] == path.read_text("utf-8")


def test_contract_on_seed(seed_analysis):
    check_contract(seed_analysis)


def test_roundtrip_json_is_lossless(seed_analysis):
    again = Analysis.from_json(seed_analysis.to_json())
    assert again == seed_analysis


def test_schema_lists_contract_fields():
    schema = json_schema()
    defs = schema["$defs"]
    assert set(defs["Analysis"]["properties"]) >= {
        "schema", "article", "sources", "attributions", "claims", "hedges", "dates", "links",
        "embedded_posts", "headline", "boilerplate", "warnings"}
    assert set(defs["Attribution"]["properties"]) >= {
        "id", "mode", "source", "source_mention", "cue", "cue_parts", "message", "message_parts", "parent", "quotes"}
    assert set(defs["Source"]["properties"]["type"]["enum"]) == {
        "person", "organization", "media", "anonymous", "social_post", "document", "unknown"}
