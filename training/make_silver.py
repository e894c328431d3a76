"""Tag the unlabelled sentences of the shared corpora with HanTa (silver STTS tags and lemmas).

Writes one sentence per line to build/silver_de.tsv: tokens, tags and lemmas joined by spaces,
the three columns separated by tabs.  Sources: gepade/train (CC0) and the GermEval 2014 dev+test
text (CC BY 4.0; text only -- the NER labels are not used here; train_german.py drops the NER
evaluation sentences).  Never the UD GSD test text, which is our POS evaluation set, and not
spkatt-news (CC BY-NC-SA: a model trained on it would inherit the non-commercial licence;
pass --with-spkatt to include it for experiments).

    nice python training/make_silver.py [DATA_DIR] [OUT]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
WITH_SPKATT = "--with-spkatt" in sys.argv
DATA = Path(ARGS[0] if ARGS else SHARED / "data")
OUT = Path(ARGS[1] if len(ARGS) > 1 else "build/silver_de.tsv")


def sentences():
    for sub in (("spkatt-news/train",) if WITH_SPKATT else ()) + ("gepade/train",):
        for f in sorted((DATA / sub).glob("*.json")):
            doc = json.loads(f.read_text(encoding="utf-8"))
            for s in doc["Sentences"]:
                toks = [t for t in s["Tokens"] if t and not any(c.isspace() for c in t)]
                if toks:
                    yield toks
    for f in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        toks = []
        for line in (DATA / "germeval2014" / f).open(encoding="utf-8"):
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) < 2:
                if toks:
                    yield toks
                toks = []
            else:
                toks.append(p[1])
        if toks:
            yield toks


def main() -> None:
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with OUT.open("w", encoding="utf-8") as out:
        for toks in sentences():
            res = tagger.tag_sent(toks, taglevel=1)
            tags = [r[2] for r in res]
            lemmas = [r[1].replace(" ", "_") or "_" for r in res]
            out.write(" ".join(toks) + "\t" + " ".join(tags) + "\t" + " ".join(lemmas) + "\n")
            n += len(toks)
    print(f"{n} tokens -> {OUT}")


if __name__ == "__main__":
    main()
