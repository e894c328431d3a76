"""Mine first names (data/attribution/first_names.tsv) from GermEval 2014's person names.

The attribution engine types a source as a person or an organisation. A name the entity tagger missed
("Joël Niederlaender", "mit Detlev") looks like a company to it; a known first name in front, or alone,
says person. The hand list in first_names_de.py holds common German names; this one adds the first
words of multi-word PER spans in GermEval's NER training split (the part of dev + test the language
layer trains on, `corpora.germeval_split`), keeping a word only when it is never part of an ORG/LOC/OTH
span nor the last word of a person's name, and is no ordinary word (it never occurs lower-cased).
Written lower-cased and without accents ("joel" for "Joël"), with its count.

    nice .venv/bin/python training/attribution_first_names.py
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import germeval_split, spans  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src/reportedly/data/attribution/first_names.tsv"
MIN_LENGTH = 3
"""Shorter first words are initials or particles ("Ed", "Du", "Mc")."""
NOT_NAMES = frozenset("chr lady little miss praise".split())
"""First words of GermEval person spans that are titles, abbreviations or English words ("Lady Gaga",
"Little Richard"), read off the mined list by hand."""


def fold(word: str) -> str:
    """Lower-cased, accents removed: the form the engine looks up ("Joël" -> "joel")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def main() -> None:
    train, _held_out = germeval_split(full=True)
    first, last, other, lower = Counter(), Counter(), Counter(), Counter()
    for sent in train:
        words = [w for w, _ in sent]
        for w in words:
            if w.islower():
                lower[fold(w)] += 1
        for typ, a, b in spans([label for _, label in sent]):
            if typ != "PER":
                for w in words[a:b]:
                    other[fold(w)] += 1
            elif b - a >= 2:
                first[words[a]] += 1
                last[fold(words[b - 1])] += 1
    names = Counter()
    for w, n in first.items():
        f = fold(w)
        if len(w) >= MIN_LENGTH and w.isalpha() and w[0].isupper() and not w.isupper() and not (
            last[f] or other[f] or lower[f] or f in NOT_NAMES
        ):
            names[f] += n
    lines = ["# first name (lower-cased, no accents)\tcount (GermEval 2014 NER training split, CC BY 4.0)"]
    lines += [f"{w}\t{n}" for w, n in sorted(names.items(), key=lambda x: (-x[1], x[0]))]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(names)} first names -> {OUT}")


if __name__ == "__main__":
    main()
