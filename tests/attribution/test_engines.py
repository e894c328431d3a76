"""Engine names and lexicon variants: "rules" (default, open data only) and "rules-news" (adds the
CC BY-NC-SA news counts). Sentences written here."""

from __future__ import annotations

from importlib import resources

from reportedly.analysis.attribution.cues import (
    lexicon_for,
    load_lexicon,
    mined_lemmas_de,
    using_lexicon,
    verb_cue,
)
from reportedly.analysis.attribution.engine import engine_lexicon
from reportedly.api import to_raw
from reportedly.config import DEFAULT_STEPS, build_registry
from reportedly.language.doc import Token
from reportedly.pipeline import Context, Pipeline
from reportedly.settings import DEFAULT_SETTINGS, Settings

DATA = resources.files("reportedly.data").joinpath("attribution")


def pipeline(engine: str) -> Pipeline:
    reg = build_registry()
    return Pipeline([reg.get(n) for n in DEFAULT_STEPS], settings=Settings(attribution_engine=engine))


def verb(text: str, lemma: str) -> Token:
    tok = Token(0, 0, len(text), text)
    tok.pos, tok.lemma = "VERB", lemma
    return tok


def test_default_engine_is_rules_with_the_open_lexicon():
    assert DEFAULT_SETTINGS.attribution_engine == "rules"
    assert lexicon_for("rules") == "open" and lexicon_for(None) == "open"
    assert lexicon_for("rules-news") == "news" and lexicon_for("learned-news") == "news"
    assert lexicon_for("learned-gepade") == "open"
    assert engine_lexicon(None).name == "open"


def test_open_lexicon_files_hold_no_news_counts():
    for name in ("cues_de.open.tsv", "cue_lemmas_de.open.tsv"):
        lines = DATA.joinpath(name).read_text("utf-8").splitlines()
        assert "news" not in lines[0] and "GePaDe" in lines[0]
        assert all(len(line.split("\t")) == 3 for line in lines[1:] if line.strip())


def test_news_variant_adds_lemmas_news_annotators_mark():
    assert "weitersagen" in mined_lemmas_de("news") and "weitersagen" not in mined_lemmas_de("open")
    tok = verb("x", "weitersagen")
    with using_lexicon(load_lexicon("news")):
        assert verb_cue(tok, "de")
    with using_lexicon(load_lexicon("open")):
        assert not verb_cue(tok, "de")
    assert not verb_cue(tok, "de")  # outside a run: the open default


def test_open_variant_blocks_parliament_only_non_speech_lemmas():
    assert verb_cue(verb("sagte", "sagen"), "de")
    for lemma in ("zeigen", "beschäftigen", "verstehen"):
        assert not verb_cue(verb("x", lemma), "de")


def test_engine_reads_the_setting_and_loads_the_lexicon_once():
    news, rules = pipeline("rules-news"), pipeline("rules")
    for _ in range(2):
        news(to_raw("Meldung\n\nDie Partei beschuldigte den Minister, er habe gelogen.\n"))
        rules(to_raw("Meldung\n\nDie Partei beschuldigte den Minister, er habe gelogen.\n"))
    assert list(news.context.resources) == ["attribution_lexicon:news"]
    assert list(rules.context.resources) == ["attribution_lexicon:open"]
    ctx = Context(Settings(attribution_engine="rules-news"))
    assert engine_lexicon(ctx) is engine_lexicon(ctx) and engine_lexicon(ctx).name == "news"


def test_hand_listed_accusation_verbs_work_in_both_variants():
    for engine in ("rules", "rules-news"):
        an = pipeline(engine)(to_raw("Meldung\n\nDie Partei beschuldigte den Minister, er habe gelogen.\n"))
        assert [(a.cue.text, a.message.text) for a in an.attributions] == [("beschuldigte", "er habe gelogen")]
        an = pipeline(engine)(to_raw("Meldung\n\nDer Minister beschäftigte sich mit der Frage, ob das reiche.\n"))
        assert not an.attributions


def test_rules_news_runs_the_rule_step_through_the_public_api():
    from reportedly.api import analyze

    an = analyze(
        "Meldung\n\nDie Partei beschuldigte den Minister, er habe gelogen.\n",
        settings=Settings(attribution_engine="rules-news"),
    )
    assert not an.warnings and [a.message.text for a in an.attributions] == ["er habe gelogen"]
