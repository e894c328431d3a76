"""Mine German speech-verb lemmas (data/attribution/cue_lemmas_de.tsv) from the SpkAtt/GePaDe TUNE splits.

For every verb token the language layer lemmatises (separable particles joined: "gab … an" =
angeben), count how often its lemma occurs and how often annotators marked it as a Cue. The
engine adds lemmas that are cues often enough (cues.py: MIN_LEMMA_COUNT, MIN_LEMMA_RATE) to its
hand list. Two files: cue_lemmas_de.tsv (news and parliament; news columns CC BY-NC-SA, engine
"rules-news") and cue_lemmas_de.open.tsv (GePaDe only, CC0, the default engine "rules"). Only the
tune split is read (files sorted, index % 5 != 4); dev stays held out.

    nice .venv/bin/python training/attribution_lemmas.py
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from attribution import build_doc, split_files  # noqa: E402

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

OUT = Path(__file__).resolve().parents[1] / "src/reportedly/data/attribution/cue_lemmas_de.tsv"
OUT_OPEN = OUT.with_name("cue_lemmas_de.open.tsv")
"""GePaDe (CC0) counts only: the default engine "rules" (see CARD.md)."""


def main() -> None:
    counts = {"spkatt-news": (Counter(), Counter()), "gepade": (Counter(), Counter())}
    for corpus, roles in (("spkatt-news", ("Cue",)), ("gepade", ("Cue", "PTC"))):
        cue, total = counts[corpus]
        for f in split_files((SHARED / "data") / corpus / "train", "tune"):
            d = json.loads(f.read_text("utf-8"))
            doc, ids = build_doc([(s["SentenceId"], s["Tokens"]) for s in d["Sentences"]])
            marked = {r for ann in d["Annotations"] for role in roles for r in ann.get(role, [])}
            for t in doc.tokens:
                if t.pos != "VERB" or not t.lemma:
                    continue
                lemma = t.lemma.lower()
                total[lemma] += 1
                if ids[t.i] in marked:
                    cue[lemma] += 1
    (nc, nt), (pc, pt) = counts["spkatt-news"], counts["gepade"]
    lines = ["# lemma\tnews_cue\tnews_total\tparl_cue\tparl_total (verb tokens, SpkAtt news / GePaDe tune splits)"]
    for lemma in sorted(set(nc) | set(pc), key=lambda w: (-(nc[w] + pc[w]), w)):
        if nc[lemma] + pc[lemma] >= 2:
            lines.append(f"{lemma}\t{nc[lemma]}\t{nt[lemma]}\t{pc[lemma]}\t{pt[lemma]}")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    open_lines = ["# lemma\tparl_cue\tparl_total (verb tokens, GePaDe tune split only, CC0)"]
    open_lines += [f"{w}\t{pc[w]}\t{pt[w]}" for w in sorted(pc, key=lambda w: (-pc[w], w)) if pc[w] >= 2]
    OUT_OPEN.write_text("\n".join(open_lines) + "\n", "utf-8")
    print(f"{len(open_lines) - 1} lemmas (GePaDe only) -> {OUT_OPEN}")

    print(f"{len(lines) - 1} lemmas -> {OUT}")


if __name__ == "__main__":
    main()
