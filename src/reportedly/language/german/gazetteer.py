"""Name lists for the entity tagger.

Two kinds:
- a *token* gazetteer (word -> set of entity types it occurred in, in the NER training split of
  GermEval 2014 plus the curated list below), used as a model feature (jackknifed in training);
- a *curated* list of multi-word names news text keeps mentioning (outlets, agencies, institutions,
  places), matched inflection-tolerantly ("Vereinigten Generalstabs" = "Vereinigter Generalstab")
  and applied after the model unless the model found a longer name around the match.
  The curated list is our own (project licence).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import repeat

import numpy as np

TYPES = ("PER", "ORG", "LOC")
N_COMBOS = 8  # bit set over TYPES
OFFSETS = (0, -1, 1)

CURATED = {
    "ORG": """
    Politico; Reuters; dpa; AFP; AP; Associated Press; Bloomberg; CNN; BBC; Fox News; NBC; CBS; ABC News; NPR;
    New York Times; Washington Post; Wall Street Journal; Financial Times; Guardian; Economist;
    Spiegel; Der Spiegel; FAZ; Frankfurter Allgemeine Zeitung; Süddeutsche Zeitung; Bild-Zeitung;
    taz; Handelsblatt; ARD; ZDF; Tagesschau; Deutschlandfunk; RT; RT DE;
    Sputnik; TASS; RIA Nowosti; Interfax; Xinhua; CGTN; Al Jazeera; Kyiv Independent; Ukrajinska Prawda;
    Vereinigter Generalstab; Pentagon; Kreml; Weißes Haus; NATO; Nato; UN; UNO; Vereinte Nationen;
    EU; Europäische Union; EU-Kommission; Europäische Kommission; Europäisches Parlament; Bundestag;
    Bundesrat; Bundeswehr; Bundesverfassungsgericht; Bundesamt für Verfassungsschutz;
    Verfassungsschutz; BND; Bundesnachrichtendienst; CIA; FBI; NSA; US-Kongress; US-Senat;
    Repräsentantenhaus; Verteidigungsministerium; Außenministerium; Innenministerium;
    Finanzministerium; Gesundheitsministerium; Auswärtiges Amt; Kanzleramt; Bundeskanzleramt;
    Internationaler Währungsfonds; IWF; Weltbank; WHO; Weltgesundheitsorganisation; OSZE; IAEA;
    Rotes Kreuz; Internationales Komitee vom Roten Kreuz; Amnesty International; Human Rights Watch;
    CDU; CSU; SPD; FDP; AfD; Die Grünen; Die Linke; BSW;
    Wagner-Gruppe; Gazprom; Rosneft; Hamas; Hisbollah; Taliban; Europäische Zentralbank; EZB;
    Deutsche Bahn; Lufthansa; Volkswagen; Siemens; Google; Apple; Microsoft; Amazon; Meta; Facebook;
    Twitter; Telegram; YouTube; Tiktok; TikTok; Institute for the Study of War; ISW
    """,
    "LOC": """
    Moskau; Kiew; Kyjiw; Washington; Berlin; Brüssel; Paris; London; Peking; Warschau; Wien; Bern; Rom;
    Minsk; Charkiw; Cherson; Bachmut; Awdijiwka; Saporischschja; Donezk; Luhansk; Donbass; Krim; Odessa;
    Mariupol; Belgorod; Sankt Petersburg; Russland; Ukraine; Deutschland; USA; Vereinigte Staaten;
    Frankreich; Großbritannien; China; Polen; Belarus; Weißrussland; Israel; Gaza; Gazastreifen; Iran;
    Türkei; Syrien; Europa; Österreich; Schweiz; Italien; Spanien; Japan; Indien; Nordkorea; Südkorea;
    Taiwan; Kanada; Litauen; Lettland; Estland; Finnland; Schweden; Norwegen; Dänemark; Niederlande;
    Belgien; Ungarn; Rumänien; Moldau; Georgien; Afghanistan; Irak; Libanon; Ägypten; New York; Bayern;
    Sachsen; Thüringen; Brandenburg; Hamburg; München; Köln; Frankfurt
    """,
}

_SUFFIXES = ("es", "en", "er", "em", "e", "s", "n")


@lru_cache(maxsize=65536)
def norm(w: str) -> str:
    """The word lower-cased without its inflection suffix (cached: called per capitalised token)."""
    lw = w.lower()
    if len(lw) > 4:
        for s in _SUFFIXES:
            if lw.endswith(s):
                return lw[: -len(s)]
    return lw


def curated_entries() -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for typ, block in CURATED.items():
        for name in block.replace("\n", " ").split(";"):
            name = name.strip()
            if name:
                out.append((typ, tuple(name.split())))
    return out


class Curated:
    """Longest-match lookup of the curated names: multi-word names inflection-tolerantly
    ("Vereinigten Generalstabs"), single words exactly or with a genitive -s ("Moskaus")."""

    def __init__(self):
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for typ, words in curated_entries():
            if len(words) == 1:
                keys = [(words[0],), (words[0] + "s",)]
            else:
                keys = [tuple(norm(w) for w in words)]
            for key in keys:
                self.index.setdefault(key[0] if len(key) == 1 else "~" + key[0], []).append((key, typ))
        for v in self.index.values():
            v.sort(key=lambda e: -len(e[0]))
        self._multi_first = {k[1:] for k in self.index if k.startswith("~")}

    def _match(self, words, i: int):
        n = len(words)
        for key, typ in self.index.get("~" + norm(words[i]), ()):
            k = len(key)
            if i + k <= n and all(norm(words[i + j]) == key[j] for j in range(k)):
                return k, typ
        for _key, typ in self.index.get(words[i], ()):
            return 1, typ
        return None

    def apply(self, words, ents: list[str]) -> None:
        n = len(words)
        index, multi = self.index, self._multi_first
        # the words `_match` can match at all (its two look-ups, done first): most match nothing
        starts = [i for i, w in enumerate(words) if w[:1].isupper() and (w in index or norm(w) in multi)]
        i = 0
        for c in starts:
            if c < i:  # inside a name matched before
                continue
            hit = self._match(words, c)
            if hit is None:
                continue
            k, typ = hit
            inside_bigger = ents[c].startswith("I-") or (c + k < n and ents[c + k].startswith("I-"))
            if not inside_bigger:  # the curated name wins unless the model found a longer name around it
                ents[c:c + k] = ["B-" + typ] + ["I-" + typ] * (k - 1)
            i = c + k


def token_gazetteer(sents_labels, min_ratio: float = 0.5) -> dict[str, int]:
    """word -> bit set of entity types, from (words, BIO labels) pairs and the curated list."""
    total: dict[str, int] = {}
    per_type: dict[tuple[str, int], int] = {}
    for words, labels in sents_labels:
        for w, lab in zip(words, labels):
            total[w] = total.get(w, 0) + 1
            if lab != "O":
                t = TYPES.index(lab[2:])
                per_type[(w, t)] = per_type.get((w, t), 0) + 1
    out: dict[str, int] = {}
    for (w, t), c in per_type.items():
        if c / total[w] >= min_ratio:
            out[w] = out.get(w, 0) | (1 << t)
    for typ, words in curated_entries():
        for w in words:
            out[w] = out.get(w, 0) | (1 << TYPES.index(typ))
    return out


def gaz_matrix(words, first: np.ndarray, last: np.ndarray, gaz: dict[str, int], base: int) -> np.ndarray:
    """Feature ids (n x 3): the gazetteer bit set of the word and of its left/right neighbours."""
    n = len(words)
    g = np.fromiter(map(gaz.get, words, repeat(0)), dtype=np.int64, count=n)
    pos = np.arange(n)
    cols = []
    for k, off in enumerate(OFFSETS):
        j = pos + off
        v = np.where((j < first) | (j > last), 0, g[np.clip(j, 0, max(n - 1, 0))])
        cols.append(base + k * N_COMBOS + v)
    return np.stack(cols, axis=1).astype(np.int32)


GAZ_SIZE = len(OFFSETS) * N_COMBOS

