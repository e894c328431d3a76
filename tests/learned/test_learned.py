"""The learned attribution engines: selectable by name, exact spans, clear errors."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reportedly import analyze
from reportedly.analysis.learned.group import spans
from reportedly.analysis.learned.model import ENGINE_NAMES, load_engine
from reportedly.analysis.learned.step import engine_name
from reportedly.config import build_pipeline
from reportedly.pipeline import Context
from reportedly.settings import DEFAULT_SETTINGS

TEXT = (
    "Berlin. Der Minister sagte am Montag, dass die Regierung die Steuern senken werde. "
    "„Wir haben keine Wahl“, erklärte die Sprecherin des Ministeriums. "
    "Laut der Zeitung ist der Plan umstritten."
)


def settings(name: str):
    return replace(DEFAULT_SETTINGS, attribution_engine=name)


@pytest.mark.parametrize("name", ["learned-gepade", "learned-news"])
def test_step_runs_and_spans_are_exact(name):
    result = analyze(TEXT, settings=settings(name), strict=True)
    text = result.article.text
    assert result.attributions, name
    ids = {s.id for s in result.sources}
    for a in result.attributions:
        for sp in [a.message, *a.message_parts, *([a.cue] if a.cue else []), *a.cue_parts,
                   *([a.source_mention] if a.source_mention else [])]:
            assert text[sp.start : sp.end] == sp.text and sp.text.strip() == sp.text and sp.text
        assert a.source is None or a.source in ids
    messages = " | ".join(a.message.text for a in result.attributions)
    assert "die Regierung die Steuern senken werde" in messages


def test_setting_selects_the_step_and_the_model():
    assert "reportedly.attribution.v1" in build_pipeline().step_names
    assert "reportedly.attribution.v1" in build_pipeline(settings=settings("rules-news")).step_names
    for name in ("learned-gepade", "learned-news"):
        steps = build_pipeline(settings=settings(name)).step_names
        assert "reportedly.attribution_learned.v1" in steps and "reportedly.attribution.v1" not in steps
        ctx = Context(settings(name))
        assert engine_name(ctx) == name
    assert load_engine("learned-gepade").W.shape != load_engine("learned-news").W.shape


def test_unknown_engine_name_is_a_clear_error():
    with pytest.raises(ValueError, match="rules, rules-news, learned-gepade, learned-news"):
        engine_name(Context(settings("learned-foo")))
    with pytest.raises(ValueError, match="rules"):
        load_engine("nope")
    assert ENGINE_NAMES == ("rules", "rules-news", "learned-gepade", "learned-news")


def test_english_keeps_the_rule_engine():
    text = "The minister said on Monday that taxes would fall, according to officials."
    rules = analyze(text, strict=True)
    learned = analyze(text, settings=settings("learned-news"), strict=True)
    assert [a.message for a in learned.attributions] == [a.message for a in rules.attributions]


def test_bio_spans():
    assert spans(["O", "B-CUE", "I-CUE", "B-MSG", "B-MSG", "I-MSG", "I-SRC"]) == [
        ("CUE", 1, 3), ("MSG", 3, 4), ("MSG", 4, 6), ("SRC", 6, 7)]
