"""Readers for the shared corpora and the fixed splits used by training and benchmarks.

Splits (so every figure is on text the models never saw):
- POS/morphology: train on UD German-GSD *dev* (gold) + HanTa silver; evaluate on GSD *test*.
- NER: train on GermEval 2014 dev + the first 60% of test sentences; evaluate on the last 40%
  of test sentences (2,040 sentences). Their text is also kept out of the silver POS data.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

DATA = SHARED / "data"
NER_TRAIN_FRACTION = 0.6
ENTITY_TYPES = ("PER", "ORG", "LOC")

_HANTA_RE = re.compile(r"^([A-Z]+)\(([A-Z]+)\)$")
HANTA_TAGS = {"NNA": "NN", "NNI": "NN", "PROAV": "PAV", "PPOSS": "PPOSS"}


def norm_hanta(tag: str) -> str:
    m = _HANTA_RE.match(tag)
    if m:
        return m.group(1) + m.group(2)
    return HANTA_TAGS.get(tag, tag)


def read_conllu(path: Path):
    """Sentences as lists of (form, lemma, upos, xpos, feats) over syntactic words."""
    sent = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        p = line.split("\t")
        if len(p) == 10 and p[0].isdigit():
            sent.append((p[1], p[2], p[3], p[4], p[5]))
    if sent:
        yield sent


def gsd(split: str, data: Path = DATA):
    return list(read_conllu(data / "ud-german-gsd" / f"de_gsd-ud-{split}.conllu"))


def read_germeval(path: Path, full: bool = False):
    """Sentences as lists of (token, BIO) with only PER/ORG/LOC (no -deriv/-part, no OTH).

    With `full`, OTH stays OTH and every -deriv/-part label becomes DRV (extra training classes,
    mapped to O at prediction time).
    """
    sent = []
    for line in path.open(encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 3:
            if sent:
                yield sent
            sent = []
            continue
        tag = p[2]
        if tag != "O" and tag[2:] in ENTITY_TYPES:
            sent.append((p[1], tag))
        elif full and tag != "O":
            sent.append((p[1], tag[:2] + ("OTH" if tag[2:] == "OTH" else "DRV")))
        else:
            sent.append((p[1], "O"))
    if sent:
        yield sent


def germeval_split(data: Path = DATA, full: bool = False):
    dev = list(read_germeval(data / "germeval2014" / "NER-de-dev.tsv", full))
    test = list(read_germeval(data / "germeval2014" / "NER-de-test.tsv", full))
    k = int(len(test) * NER_TRAIN_FRACTION)
    return dev + test[:k], test[k:]


def read_silver(path: Path, exclude: set[str]):
    for line in path.open(encoding="utf-8"):
        toks, tags, lemmas = line.rstrip("\n").split("\t")
        if toks in exclude:
            continue
        toks = toks.split(" ")
        yield toks, [norm_hanta(t) for t in tags.split(" ")], lemmas.split(" ")


def spans(labels):
    """Entity spans (type, start, end) from BIO labels."""
    out = []
    start = None
    typ = None
    for i, lab in enumerate(list(labels) + ["O"]):
        if lab.startswith("B-") or lab == "O" or (lab.startswith("I-") and lab[2:] != typ):
            if typ is not None:
                out.append((typ, start, i))
                typ = None
            if lab != "O":
                typ, start = lab[2:], i
    return out
