"""The German full-form lexicon (verbs and nouns from LanguageTool's german-pos-dict).

See training/build_lexicon.py for the file format. Loaded once per process (about 0.5 s, ~80 MB).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

VERB_FIN = frozenset("ITKQ")


class Lexicon:
    def __init__(self, path: Path):
        entries: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                form, _, rest = line.rstrip("\n").partition("\t")
                entries[form] = rest
        self.entries = entries
        self._class_cache: dict[str, str] = {}
        self._verb_cache: dict[str, tuple] = {}

    def __contains__(self, form: str) -> bool:
        return form in self.entries

    def _raw(self, form: str) -> str | None:
        """The form's analyses; s32: a Swiss spelling with "ss" for "ß" ("liess", "heisst", "Grössenordnung") reads
        as the spelling the dictionary has, when only that one is in it (not "Lass", the capitalised "lass")."""
        raw = self.entries.get(form)
        if raw is None and "ss" in form and (k := form.find("ss")) > 0 and form.lower() not in self.entries:
            raw = self.entries.get(form[:k] + "ß" + form[k + 2 :])
        return raw

    def lexclass(self, form: str) -> str:
        """A short summary of the form's analyses, used as a tagger feature ("N+VFIN", "-")."""
        c = self._class_cache.get(form)
        if c is None:
            raw = self._raw(form)
            if raw is None:
                c = "Nc" if form[:1].isupper() and self._known_tail(form) else "-"
            else:
                kinds = set()
                for a in raw.split(";"):
                    parts = a.split("|")
                    if parts[0] == "N":
                        kinds.add("N")
                    else:
                        code = parts[2].rstrip("~")
                        if code[0] in VERB_FIN and len(code) == 3:
                            kinds.add("VF" + ("k" if code[0] in "KQ" else ""))
                        else:
                            kinds.add("V" + code)
                c = "+".join(sorted(kinds))
            if len(self._class_cache) < 500_000:
                self._class_cache[form] = c
        return c

    def _known_tail(self, form: str) -> bool:
        """Whether an unknown capitalised word ends in a known noun (a compound: "Panzerfahrzeuge")."""
        for i in range(2, len(form) - 3):
            if form[i].isalpha():
                raw = self.entries.get(form[i].upper() + form[i + 1:])
                if raw and "N|" in raw:
                    return True
        return False

    def verb(self, form: str) -> tuple[tuple[str, str, str, bool], ...]:
        """Verb analyses of a form: (lemma, code, ..., separated) e.g. ("haben", "K3s", False)."""
        r = self._verb_cache.get(form)
        if r is None:
            raw = self._raw(form) or ""
            out = []
            for a in raw.split(";") if raw else ():
                parts = a.split("|")
                if parts[0] != "V":
                    continue
                code = parts[2]
                sep = code.endswith("~")
                out.append((parts[1], code.rstrip("~"), sep))
            if not out and ("ä" in form or "ö" in form or "ü" in form):
                out = self._umlaut_subjunctive(form)
            r = tuple(out)
            if len(self._verb_cache) < 200_000:
                self._verb_cache[form] = r
        return r

    def _umlaut_subjunctive(self, form: str) -> list[tuple[str, str, bool]]:
        """S31: a Konjunktiv II the dictionary lacks, its preterite with the stem's vowel umlauted ("bräuchten",
        "wüssten" from "brauchten", "wussten"): the preterite's analyses as Konjunktiv II ("Q")."""
        i = next(k for k, c in enumerate(form) if c in "äöü")
        plain = form[:i] + {"ä": "a", "ö": "o", "ü": "u"}[form[i]] + form[i + 1 :]
        return [(lemma, "Q" + code[1:], sep) for lemma, code, sep in self.verb(plain) if code[:1] == "T"]

    def noun_lemma(self, form: str) -> str | None:
        raw = self._raw(form)
        if not raw:
            return None
        for a in raw.split(";"):
            if a.startswith("N|"):
                return a.split("|")[1]
        return None

    def is_infinitive(self, form: str) -> bool:
        return any(code == "INF" and not sep for _, code, sep in self.verb(form))


@lru_cache(maxsize=2)
def load_lexicon(path: str) -> Lexicon:
    return Lexicon(Path(path))
