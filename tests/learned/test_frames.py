"""Per-cue frames, cue conventions and the model file that carries them."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from reportedly import analyze
from reportedly.analysis.learned.frames import FRAME_LABELS, candidate_cues, frame_spans
from reportedly.analysis.learned.group import aux_of, cue_companions
from reportedly.analysis.learned.model import Frames, Labeller, load_engine
from reportedly.settings import DEFAULT_SETTINGS

ALL = frozenset({"aux-participle", "aux-infinitive", "reflexive"})  # the cue conventions


def tokens(tagged: str, sent: int = 0) -> list[SimpleNamespace]:
    """'Er/PPER hatte/VAFIN berichtet/VVPP' -> tokens with text, tag and sentence."""
    return [SimpleNamespace(text=w, tag=t, sent=sent) for w, t in (x.rsplit("/", 1) for x in tagged.split())]


def test_auxiliary_before_a_participle_cue():
    toks = tokens("Der/ART Minister/NN hatte/VAFIN am/APPRART Montag/NN berichtet/VVPP ,/$, dass/KOUS")
    assert aux_of(toks, 5) == 2
    assert cue_companions(toks, [5], ALL) == [2]
    assert cue_companions(toks, [5], frozenset()) == []  # a corpus that leaves auxiliaries out


def test_auxiliary_after_a_participle_in_a_verb_final_clause():
    toks = tokens(",/$, wie/PWAV er/PPER berichtet/VVPP worden/VAPP war/VAFIN ./$.")
    assert aux_of(toks, 3) == 5


def test_no_auxiliary_across_a_comma_or_another_verb():
    assert aux_of(tokens("Er/PPER hat/VAFIN gewarnt/VVPP ,/$, bekannt/ADJD gemacht/VVPP"), 5) is None
    assert aux_of(tokens("Sie/PPER sagt/VVFIN es/PPER gemacht/VVPP"), 3) is None


def test_infinitive_convention_is_its_own():
    toks = tokens("Er/PPER will/VMFIN nichts/PIS wissen/VVINF")
    assert cue_companions(toks, [3], frozenset({"aux-participle"})) == []
    assert cue_companions(toks, [3], frozenset({"aux-infinitive"})) == [1]


def test_reflexive_after_the_cue_verb():
    assert cue_companions(tokens("Sie/PPER äußerte/VVFIN sich/PRF kritisch/ADJD"), [1], ALL) == [2]
    assert cue_companions(tokens("Dazu/PAV äußerte/VVFIN er/PPER sich/PRF nicht/PTKNEG"), [1], ALL) == [3]
    assert cue_companions(tokens("Sie/PPER äußerte/VVFIN den/ART Wunsch/NN sich/PRF"), [1], ALL) == []


def test_frame_spans_are_document_ranges():
    y = np.array([FRAME_LABELS.index(x) for x in ["O", "B-SRC", "I-SRC", "O", "B-MSG", "I-MSG", "B-MSG"]])
    assert frame_spans((10, 17), y) == [("SRC", 11, 13), ("MSG", 14, 16), ("MSG", 16, 17)]


def test_candidate_cues_are_untaken_words_with_a_cue_lemma():
    toks = [SimpleNamespace(text=w, lemma=w, tag="NN", sent=0) for w in "Das Gutachten kommt zu dem Schluss".split()]
    view = SimpleNamespace(doc=SimpleNamespace(tokens=toks), ranges={0: (0, 6)})
    assert candidate_cues(view, {5}, frozenset({"gutachten", "schluss"})) == [[1]]
    assert candidate_cues(view, set(), frozenset()) == []


def test_model_file_keeps_frames_and_conventions(tmp_path):
    rng = np.random.default_rng(1)
    frames = Frames({"a": 1, "b": 2}, rng.normal(size=(3, 5)).astype(np.float32), np.zeros((6, 5), np.float32),
                    frozenset({"gutachten", "sagen"}))
    model = Labeller({"x": 1}, rng.normal(size=(2, 7)).astype(np.float32), np.zeros((8, 7), np.float32),
                     frames=frames, conventions=frozenset({"reflexive"}))
    model.save(tmp_path / "m.npz")
    back = Labeller.load(tmp_path / "m.npz")
    assert back.conventions == frozenset({"reflexive"}) and back.W2 is None
    assert back.frames is not None and back.frames.vocab == {"a": 1, "b": 2}
    assert back.frames.cue_lemmas == frozenset({"gutachten", "sagen"})
    assert np.allclose(back.frames.W, frames.W, atol=1e-2)


def test_shipped_models_say_what_they_learned():
    gepade, news = load_engine("learned-gepade"), load_engine("learned-news")
    assert gepade.frames is not None and news.frames is None  # chosen on the inner split (MODEL_CARD.md)
    assert {"sagen", "betonen"} <= gepade.frames.cue_lemmas
    assert "aux-participle" in news.conventions and "aux-participle" not in gepade.conventions
    assert "reflexive" in news.conventions


@pytest.mark.parametrize("name", ["learned-gepade", "learned-news"])
def test_participle_cue_takes_its_auxiliary_where_the_corpus_does(name):
    text = "Berlin. Der Minister hatte am Montag berichtet, dass die Regierung die Steuern senken werde."
    result = analyze(text, settings=replace(DEFAULT_SETTINGS, attribution_engine=name), strict=True)
    cues = [(a.cue.text, [p.text for p in a.cue_parts]) for a in result.attributions if a.cue]
    if "aux-participle" in load_engine(name).conventions:
        assert ("hatte", ["berichtet"]) in cues
    else:
        assert all(c != "hatte" for c, _ in cues)


def test_cached_frame_scores_equal_the_plain_feature_sum():
    """FrameScorer sums cached parts; it must give what the training-time feature strings give."""
    from reportedly.analysis.learned.features import rule_roles
    from reportedly.analysis.learned.frames import DocView, frame_features, frame_keys, rule_frame
    from reportedly.analysis.learned.group import RuleEvents
    from reportedly.analysis.learned.model import feature_ids
    from reportedly.config import build_pipeline
    from reportedly.ingest import RawDocument

    st = replace(DEFAULT_SETTINGS, attribution_engine="learned-gepade")
    text = ("Berlin. Die Ministerin sagte am Montag, dass der Haushalt stehe. „Wir sind zufrieden“, erklärte sie. "
            "Der Abgeordnete warnte: Die Schulden würden steigen.")
    pipeline = build_pipeline(settings=st)
    doc = pipeline.run(pipeline.make_doc(RawDocument(text=text)), strict=True)
    model = load_engine("learned-gepade")
    roles = rule_roles(doc)
    first, _ = model.label(doc, roles)
    view = DocView(doc, first, roles, model.frames.window)
    rules = RuleEvents(doc)
    cues = [[i] for i, t in enumerate(doc.tokens) if t.text in ("sagte", "erklärte", "warnte")]
    assert len(cues) == 3
    for cue in cues:
        _, rows = frame_features(view, cue, rule_frame(rules, cue))
        plain = model.frames.W[feature_ids(model.frames.vocab, rows)].sum(1)
        _, keys = frame_keys(view, cue, rule_frame(rules, cue))
        assert np.allclose(model.frames.scorer.rows(view, keys), plain, atol=1e-4)


def _doc(text: str):
    from reportedly.config import build_pipeline
    from reportedly.ingest import RawDocument

    pipe = build_pipeline()
    return pipe.run(pipe.make_doc(RawDocument(text=text)), strict=True)


def test_a_quotation_inside_a_paraphrase_is_in_quotes_not_a_second_attribution():
    from reportedly.analysis.learned.group import Event, RuleEvents, finish

    doc = _doc("Titel\n\nDer Minister sagte, der Pilot trage die „volle Verantwortung“ für die Landung.")
    toks = [t.text for t in doc.tokens]
    cue, src = toks.index("sagte"), (toks.index("Der"), toks.index("Minister") + 1)
    doc.analysis.attributions, doc.analysis.sources = [], []
    ev = Event([cue], src, [(cue + 2, len(toks) - 1)], "indirect", doc.tokens[cue].sent)
    finish(doc, [ev], RuleEvents(doc), frozenset({"aux-participle", "reflexive"}))
    (att,) = doc.analysis.attributions
    assert att.mode == "mixed"
    assert [q.text for q in att.quotes] == ["volle Verantwortung"]


def test_a_cue_without_a_message_becomes_a_speech_act_of_the_learned_engine():
    from reportedly.analysis.learned.group import Event, RuleEvents, finish

    doc = _doc("Titel\n\nDer Minister äußerte sich am Montag im Ausschuss.")
    toks = [t.text for t in doc.tokens]
    cue, src = toks.index("äußerte"), (toks.index("Der"), toks.index("Minister") + 1)
    doc.analysis.attributions, doc.analysis.sources = [], []
    ev = Event([cue], src, [], "indirect", doc.tokens[cue].sent)
    finish(doc, [ev], RuleEvents(doc), frozenset({"aux-participle", "reflexive"}))
    assert doc.analysis.attributions == []
    (act,) = doc.analysis.speech_acts
    assert (act.cue.text, act.source_mention.text) == ("äußerte", "Der Minister")
    assert act.source in {s.id for s in doc.analysis.sources}


def test_a_candidate_cue_word_whose_frame_has_no_message_becomes_a_speech_act():
    from reportedly.analysis.learned.group import RuleEvents, build_events, finish

    doc = _doc("Titel\n\nDer Antrag der Fraktion liegt dem Ausschuss vor.")
    toks = [t.text for t in doc.tokens]
    cue, src = toks.index("Antrag"), toks.index("Fraktion")
    window = (0, len(toks))
    y = np.zeros(len(toks), dtype=np.int64)
    y[src] = FRAME_LABELS.index("B-SRC")  # the frame reads a source and no message
    frames = SimpleNamespace(candidates=lambda taken: [[cue]], decode=lambda cands, origins=None: [(window, y)])
    labels = ["O"] * len(toks)
    events = build_events(doc, labels, RuleEvents(doc), frames)
    finish(doc, events, RuleEvents(doc))
    assert doc.analysis.attributions == []
    (act,) = doc.analysis.speech_acts
    assert (act.cue.text, act.source_mention.text) == ("Antrag", "Fraktion")
