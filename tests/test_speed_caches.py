"""The speed round's shortcuts give exactly what the plain code gives, and the caches stay bounded."""

from __future__ import annotations

import re
from types import SimpleNamespace

import numpy as np
import pytest

from reportedly.language import tokenize as tk
from reportedly.language.annotate import annotator
from reportedly.language.german import linear

WORDS = ["Die", "Regierung", "stelle", "sich", "die", "Frage", ".", "Generalstabschefin", "1.831", "z.", "=",
         "a=b", "lxl=", "ÄRZTE", "E-Mail-Adresse", "x" * 40, "<S>x", "NATO-Gipfel", "İstanbul", "said", "US$"]
SENTS = [["Die", "Ministerin", "sagte", "am", "Montag", ",", "die", "Lage", "sei", "ernst", "."],
         ["Der", "Vereinigte", "Generalstab", "teilte", "mit", ",", "er", "habe", "nichts", "gewusst", "."],
         ["Laut", "Moskaus", "Angaben", "starben", "43", "Kämpferinnen", "."]]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_block_rows_equal_the_per_word_rows(lang):
    """`_rows` (value-keyed look-ups) is an optimisation of `_row` (feature strings): same ids."""
    space = annotator(lang).space
    assert np.array_equal(np.array(space._rows(WORDS), dtype=np.int32), np.stack([space._row(w) for w in WORDS]))


def _fresh(space) -> linear.FeatureSpace:
    return linear.FeatureSpace(space.vocab, space.lexclass, space.extra, space.n_extra)


def test_feature_cache_is_bounded_and_never_reset_inside_a_document(monkeypatch):
    space = _fresh(annotator("de").space)
    monkeypatch.setattr(linear, "MAX_CACHE", 40)
    reference = _fresh(space)
    for k in range(12):  # 12 documents of ~20 new word types each: the cache resets between them
        sents = [[f"{w}{k}" if i % 2 else w for i, w in enumerate(s)] for s in SENTS]
        words, bounds = linear.flatten(sents)
        monkeypatch.setattr(linear, "MAX_CACHE", 10**9)
        expected = reference.matrix(words, bounds)  # uncapped cache: the plain computation
        monkeypatch.setattr(linear, "MAX_CACHE", 40)
        assert np.array_equal(space.matrix(words, bounds), expected)
        assert len(space.types) <= 40 + len(words)
    assert len(space.types) < len(reference.types)


def test_tagging_the_same_text_twice_gives_the_same_annotations():
    de = annotator("de")
    cold = de.annotate_sentences([[w + "q" for w in s] for s in SENTS])
    warm = de.annotate_sentences([[w + "q" for w in s] for s in SENTS])
    assert [[vars_of(a) for a in s] for s in cold] == [[vars_of(a) for a in s] for s in warm]


def vars_of(a) -> tuple:
    return a.tag, a.pos, a.lemma, a.morph, a.ent


def test_annotating_tokens_in_place_equals_copying_annotations(monkeypatch):
    """`annotate` writes onto the tokens and attaches subjects sentence by sentence, as the copy did."""
    import reportedly.language.annotate as mod
    from reportedly.language.doc import Doc, Token

    text = " ".join(w for s in SENTS for w in s)
    docs = []
    for use_tokens in (True, False):
        pos, tokens = 0, []
        for w in text.split(" "):
            tokens.append(Token(len(tokens), pos, pos + len(w), w))
            pos += len(w) + 1
        analysis = SimpleNamespace(article=SimpleNamespace(language="de"), warnings=[])
        doc = Doc(text=text, analysis=analysis, tokens=tokens)
        doc.sentences = tk.split_sentences(text, tokens, [(0, len(text))], ())
        ann = annotator("de")
        if not use_tokens:  # the copying path, as for annotators without annotate_tokens
            ann = SimpleNamespace(annotate_sentences=ann.annotate_sentences)
        monkeypatch.setattr(mod, "annotator", lambda lang, ann=ann: ann)
        mod.annotate(doc)
        docs.append([(t.tag, t.pos, t.lemma, t.morph, t.ent, t.head, t.dep) for t in doc.tokens])
    assert docs[0] == docs[1]
    assert any(row[6] == "nsubj" for row in docs[0])


@pytest.mark.parametrize("text", [
    "Der Minister sagte am 3. Mai, z. B. in Berlin... Dann: 1.831 Tote.",
    "Mehr unter https://example.org/a.b. und www.test.de, Mail an presse@example.org!",
    "Kontakt: @reportedly und #Wahl, aber keine Adresse. Siehe t.co/abc.",
    "Nur ein Satz ohne Marker",
    "",
])
def test_narrow_token_patterns_give_the_full_patterns_tokens(text):
    assert tk._token_offsets(text, 0, len(text)) == list(tk.iter_token_offsets(text))


def _merge_every_token(text, offsets):
    merged = []
    for k, (s, e) in enumerate(offsets):
        if e - s == 1 and text[s] == "." and k and merged[-1][1] == s and tk._attach_period(text, offsets, k):
            merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    return merged


def test_period_merging_visits_only_periods_but_merges_the_same():
    text = "Am 18. August kam Gen. Milley, d. h. der Chef. U. S. Army... 3. Tag. Ende."
    offsets = list(tk.iter_token_offsets(text))
    assert tk._merge_periods(text, offsets) == _merge_every_token(text, offsets)
    assert "Gen." in [text[s:e] for s, e in tk._merge_periods(text, offsets)]


def test_sentences_end_at_paragraphs_and_breaks():
    text = "Erster Satz. Zweiter Satz\n\nNeuer Absatz ohne Punkt und Signatur Ende"
    paragraphs = [(0, 25), (27, len(text))]
    toks, sents = tk.tokenize(text, paragraphs=paragraphs, breaks=[text.index("Signatur")])
    got = [text[s.start:s.end] for s in sents]
    assert got == ["Erster Satz.", "Zweiter Satz", "Neuer Absatz ohne Punkt und", "Signatur Ende"]
    assert [s.paragraph for s in sents] == [0, 0, 1, 1]


def test_curated_names_still_match_after_the_prefilter():
    from reportedly.language.german.gazetteer import Curated

    words = ["Die", "Vereinigten", "Generalstabs", "in", "Moskaus", "Norden", "und", "das", "Rote", "Kreuz"]
    ents = ["O"] * len(words)
    Curated().apply(words, ents)
    assert ents == ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O", "O", "O"]


def test_sentence_keys_equal_the_offset_based_keys(pipeline):
    from reportedly.analysis.claims.headline import _keys, _sentence_keys
    from reportedly.ingest.loader import load_text

    text = ("Regierung verpasst Chance auf Einigung\n\nDie Regierung hat nach Angaben des Ministers die "
            "Gelegenheit versäumt. Gespräche mit der Opposition sollen am Montag weitergehen.")
    doc = pipeline.make_doc(load_text(text))
    pipeline.run(doc)
    for s in doc.sentences:
        assert _sentence_keys(doc.tokens, s) == _keys(doc, s.start, s.end)
    assert any("versau" in _sentence_keys(doc.tokens, s) for s in doc.sentences)


def test_no_email_pattern_is_only_used_without_an_at_sign():
    assert "email" not in tk._PLAIN_RE.pattern and "url" not in tk._PLAIN_RE.pattern
    assert re.search(r"\(\?P<email>", tk._TOKEN_RE.pattern)
