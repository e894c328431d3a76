"""The language layer as one pipeline step: fills pos, tag, lemma, morph, head/dep, ent on every token.

    from reportedly.language.annotate import annotate
    annotate(doc)        # doc.language "de" or "en"; other languages are left untouched

    annotate_sentences([["Die", "Regierung", "stelle", "sich", "die", "Frage", "."]], "de")
    -> [[{"text": "Die", "pos": "DET", "tag": "ART", "lemma": "die", "morph": "", "ent": "O", ...}, ...]]

Works on any tokenisation (the pipeline's, or pre-tokenised CoNLL-U): it only reads
`doc.tokens[i].text` and `doc.sentences[k].first/last`. Models load once per process
(`annotator(lang)` caches them) and are reused for every document.

Requires: tokens, sentences. Assigns: token.pos, token.tag, token.lemma, token.morph, token.ent,
token.head, token.dep (subject heuristic only: see `subjects.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .subjects import attach_subjects

REQUIRES = ("tokens", "sentences")
ASSIGNS = ("token.pos", "token.tag", "token.lemma", "token.morph", "token.ent", "token.head", "token.dep")
SUPPORTED = ("de", "en")


@lru_cache(maxsize=4)
def annotator(lang: str):
    """The (cached) annotator for `lang`, or None when the language is not supported."""
    if lang == "de":
        from .german.annotator import GermanAnnotator
        return GermanAnnotator()
    if lang == "en":
        from .english import EnglishAnnotator
        return EnglishAnnotator()
    return None


def prime(langs: Sequence[str] = SUPPORTED) -> None:
    """Load the annotators of `langs` and fill their word caches with the frequent words: for
    long-running processes (batch parents before they fork), not for one-off analyses."""
    for lang in langs:
        ann = annotator(lang)
        if ann is not None:
            ann.prime()


def _ranges(n: int, sentences) -> list[tuple[int, int]]:
    """Token ranges of the sentences, with any tokens outside every sentence as ranges of their own."""
    out = []
    pos = 0
    for s in sorted(sentences, key=lambda s: s.first):
        first, last = max(s.first, pos), min(s.last, n)
        if first > pos:
            out.append((pos, first))
        if last > first:
            out.append((first, last))
            pos = last
    if pos < n:
        out.append((pos, n))
    return out


def annotate(doc: Any) -> None:
    """Annotate every token of `doc` in place (no-op for unsupported languages or no tokens)."""
    ann = annotator(doc.language)
    if ann is None or not doc.tokens:
        return
    tokens = doc.tokens
    ranges = _ranges(len(tokens), doc.sentences)
    sents = [[t.text for t in tokens[a:b]] for a, b in ranges]
    lang = doc.language
    if hasattr(ann, "annotate_tokens"):  # writes onto the tokens: no Annotation per token to copy
        ann.annotate_tokens(sents, [tokens[a:b] for a, b in ranges],
                            lambda k: attach_subjects(tokens, *ranges[k], lang))
        return
    for (a, b), rows in zip(ranges, ann.annotate_sentences(sents)):
        for tok, r in zip(tokens[a:b], rows):
            tok.pos = r.pos
            tok.tag = r.tag
            tok.lemma = r.lemma
            tok.morph = r.morph
            tok.ent = r.ent
        attach_subjects(tokens, a, b, lang)  # before the next sentence is annotated


def annotate_sentences(sents: Sequence[Sequence[str]], lang: str) -> list[list[dict]]:
    """Annotations for pre-tokenised sentences as plain dicts (for the CLI and benchmarks)."""
    from .doc import Token

    ann = annotator(lang)
    out = []
    if ann is None:
        return [[{"text": w, "pos": "", "tag": "", "lemma": "", "morph": "", "ent": "O", "head": -1, "dep": ""}
                 for w in s] for s in sents]
    for s, rows in zip(sents, ann.annotate_sentences(sents)):
        toks = [Token(i, 0, 0, w) for i, w in enumerate(s)]
        for t, r in zip(toks, rows):
            t.pos, t.tag, t.lemma, t.morph, t.ent = r.pos, r.tag, r.lemma, r.morph, r.ent
        attach_subjects(toks, 0, len(toks), lang)
        out.append([{"text": t.text, "pos": t.pos, "tag": t.tag, "lemma": t.lemma, "morph": t.morph,
                     "ent": t.ent, "head": t.head, "dep": t.dep} for t in toks])
    return out


def annotate_tokens(words: Sequence[str], lang: str) -> list[dict]:
    """One sentence of words -> one dict per word (see `annotate_sentences`)."""
    return annotate_sentences([list(words)], lang)[0]
