"""English annotations with the same interface as the German layer (quality is a later issue).

- Tags: CLAWS5 (the tagset of HanTa's English model, whose output on the English pages of
  html-pages is the silver training data), by the same two-pass linear tagger as German; UPOS and
  verb features (Mood/Tense/Person/Number/VerbForm) are derived from the CLAWS5 tag.
- Lemmas: a table from the silver data, then lower-cased form.
- Entities: rules over proper-noun runs (titles -> PER, organisation words / known outlets -> ORG,
  known places or "in/from/to X" -> LOC, remaining multi-word names -> PER).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .german.annotator import Annotation
from .german.linear import FeatureSpace, Linear, Stack, load_vocab, sentence_bounds_arrays

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "en"

CLOSED = {
    "the": "DET", "a": "DET", "an": "DET", "and": "CC", "or": "CC", "but": "CC", "of": "P", "to": "TO",
    "in": "P", "on": "P", "at": "P", "for": "P", "with": "P", "from": "P", "by": "P", "that": "THAT",
    "is": "BE", "are": "BE", "was": "BE", "were": "BE", "be": "BE", "been": "BE", "being": "BE", "am": "BE",
    "has": "HAVE", "have": "HAVE", "had": "HAVE", "do": "DO", "does": "DO", "did": "DO", "not": "NEG",
    "will": "MD", "would": "MD", "can": "MD", "could": "MD", "may": "MD", "might": "MD", "shall": "MD",
    "should": "MD", "must": "MD", "he": "PRON", "she": "PRON", "it": "PRON", "they": "PRON", "we": "PRON",
    "i": "PRON", "you": "PRON", "said": "SAID", "says": "SAID", "say": "SAID",
}


def lexclass(w: str) -> str:
    return CLOSED.get(w.lower(), "-")


UPOS = {
    "AJ0": "ADJ", "AJC": "ADJ", "AJS": "ADJ", "AT0": "DET", "AV0": "ADV", "AVP": "ADP", "AVQ": "ADV",
    "CJC": "CCONJ", "CJS": "SCONJ", "CJT": "SCONJ", "CRD": "NUM", "DPS": "PRON", "DT0": "DET", "DTQ": "DET",
    "EX0": "PRON", "ITJ": "INTJ", "NN0": "NOUN", "NN1": "NOUN", "NN2": "NOUN", "NP0": "PROPN", "ORD": "ADJ",
    "PNI": "PRON", "PNP": "PRON", "PNQ": "PRON", "PNX": "PRON", "POS": "PART", "PRF": "ADP", "PRP": "ADP",
    "PUL": "PUNCT", "PUN": "PUNCT", "PUQ": "PUNCT", "PUR": "PUNCT", "TO0": "PART", "UNC": "X", "VM0": "AUX",
    "XX0": "PART", "ZZ0": "SYM",
}
FIN_PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
FEATS = {"D": FIN_PAST, "Z": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
         "B": "Mood=Ind|Tense=Pres|VerbForm=Fin", "I": "VerbForm=Inf", "G": "VerbForm=Ger",
         "N": "Tense=Past|VerbForm=Part", "0": "VerbForm=Fin"}

TITLES = frozenset("mr mrs ms dr president gen general senator sen rep secretary minister chancellor "
                   "governor mayor judge prince king queen pope sir lord lady adm col lt sgt capt".split())
ORG_WORDS = frozenset("inc corp corporation company co ltd ministry department agency council committee "
                      "university times post news journal party bank association organization organisation "
                      "institute foundation commission office army navy force forces police union "
                      "court parliament congress senate government pentagon kremlin nato un eu fbi cia "
                      "reuters ap afp bbc cnn politico fox bloomberg dpa tass sputnik rt guardian "
                      "telegraph economist nbc cbs abc npr msnbc".split())
PLACES = frozenset("germany russia ukraine us usa america china france britain uk england israel iran iraq "
                   "syria india japan poland italy spain europe africa asia moscow kyiv kiev berlin london "
                   "paris washington beijing brussels gaza london york california texas crimea donbas "
                   "bakhmut vienna rome tokyo canada mexico brazil turkey".split())
LOC_PREP = frozenset("in from to at near across".split())


class EnglishAnnotator:
    def __init__(self, model_dir: Path = MODEL_DIR):
        vocab = load_vocab(model_dir / "vocab.txt.gz")
        self.space = FeatureSpace(vocab, lexclass)
        with np.load(model_dir / "weights.npz", allow_pickle=False) as z:
            self.tags = [str(x) for x in z["tag_labels"]]
            self.m1 = Linear(z["tag1"].astype(np.float32), self.tags)
            self.m2 = Linear(z["tag2"].astype(np.float32), self.tags)
        self.stack = Stack(len(self.tags), len(vocab) + 1)
        self.lemmas: dict[tuple[str, str], str] = {}
        with gzip.open(model_dir / "lemmas.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                w, t, lem = line.rstrip("\n").split("\t")
                self.lemmas[(w, t)] = lem

    def annotate_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[Annotation]]:
        words = [w for s in sents for w in s]
        bounds, k = [], 0
        for s in sents:
            bounds.append((k, k + len(s)))
            k += len(s)
        if not words:
            return [[] for _ in sents]
        X = self.space.matrix(words, bounds)
        first, last = sentence_bounds_arrays(len(words), bounds)
        p1 = self.m1.predict(X)
        p2 = self.m2.predict(np.hstack([X, self.stack.matrix(p1, first, last)]))
        out = []
        for a, b in bounds:
            tags = [self.tags[x] for x in p2[a:b]]
            sw = words[a:b]
            rows = []
            for w, t in zip(sw, tags):
                pos, morph = self._pos_morph(t)
                lemma = self.lemmas.get((w, t)) or (w if t == "NP0" else w.lower())
                rows.append(Annotation(t, pos, lemma, morph, "O"))
            self._entities(sw, rows)
            out.append(rows)
        return out

    @staticmethod
    def _pos_morph(t: str) -> tuple[str, str]:
        if t in UPOS:
            return UPOS[t], FEATS["0"] if t == "VM0" else ""
        if len(t) == 3 and t[0] == "V":
            pos = "VERB" if t[1] == "V" else "AUX"
            return pos, FEATS.get(t[2], "")
        return "X", ""

    @staticmethod
    def _entities(words: Sequence[str], rows: list[Annotation]) -> None:
        n = len(words)
        i = 0
        while i < n:
            if rows[i].pos != "PROPN" or not words[i][:1].isupper():
                i += 1
                continue
            j = i
            while j < n and rows[j].pos == "PROPN" and words[j][:1].isupper():
                j += 1
            low = [w.lower().rstrip(".") for w in words[i:j]]
            prev = words[i - 1].lower().rstrip(".") if i else ""
            start = i
            if low[0] in TITLES and j - i > 1:
                start += 1
                typ = "PER"
            elif prev in TITLES:
                typ = "PER"
            elif any(w in ORG_WORDS for w in low):
                typ = "ORG"
            elif any(w in PLACES for w in low) or (prev in LOC_PREP and j - i <= 2):
                typ = "LOC"
            elif j - i >= 2:
                typ = "PER"
            else:
                typ = ""
            if typ:
                for k in range(start, j):
                    rows[k].ent = ("B-" if k == start else "I-") + typ
            i = j
