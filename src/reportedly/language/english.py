"""English annotations with the same interface as the German layer (quality is a later issue).

- Tags: CLAWS5 (the tagset of HanTa's English model, whose output on the English pages of
  html-pages is the silver training data), by the same two-pass linear tagger as German; UPOS and
  verb features (Mood/Tense/Person/Number/VerbForm) are derived from the CLAWS5 tag.
- Lemmas: a table from the silver data, then lower-cased form.
- Entities: rules over proper-noun runs (titles -> PER, organisation words / known outlets -> ORG,
  known places or "in/from/to X" -> LOC, remaining multi-word names -> PER).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .german.annotator import Annotation
from .german.linear import FeatureSpace, Linear, Stack, flatten, load_vocab, sentence_bounds_arrays

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "en"

CLOSED = {
    "the": "DET", "a": "DET", "an": "DET", "and": "CC", "or": "CC", "but": "CC", "of": "P", "to": "TO",
    "in": "P", "on": "P", "at": "P", "for": "P", "with": "P", "from": "P", "by": "P", "that": "THAT",
    "is": "BE", "are": "BE", "was": "BE", "were": "BE", "be": "BE", "been": "BE", "being": "BE", "am": "BE",
    "has": "HAVE", "have": "HAVE", "had": "HAVE", "do": "DO", "does": "DO", "did": "DO", "not": "NEG",
    "will": "MD", "would": "MD", "can": "MD", "could": "MD", "may": "MD", "might": "MD", "shall": "MD",
    "should": "MD", "must": "MD", "he": "PRON", "she": "PRON", "it": "PRON", "they": "PRON", "we": "PRON",
    "i": "PRON", "you": "PRON", "said": "SAID", "says": "SAID", "say": "SAID",
}


IRREGULAR = {  # past tense / past participle -> lemma (our own list)
    "said": "say", "told": "tell", "went": "go", "gone": "go", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "came": "come", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "thought": "think", "began": "begin", "begun": "begin", "got": "get", "gotten": "get", "made": "make",
    "found": "find", "left": "leave", "felt": "feel", "kept": "keep", "held": "hold", "brought": "bring",
    "wrote": "write", "written": "write", "stood": "stand", "heard": "hear", "met": "meet", "ran": "run",
    "paid": "pay", "sent": "send", "built": "build", "spent": "spend", "fell": "fall", "fallen": "fall",
    "led": "lead", "lost": "lose", "meant": "mean", "sold": "sell", "spoke": "speak", "spoken": "speak",
    "became": "become", "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose",
    "drove": "drive", "driven": "drive", "fought": "fight", "flew": "fly", "flown": "fly", "forgot": "forget",
    "grew": "grow", "grown": "grow", "hid": "hide", "hidden": "hide", "rose": "rise", "risen": "rise",
    "shot": "shoot", "sought": "seek", "struck": "strike", "taught": "teach", "threw": "throw",
    "thrown": "throw", "understood": "understand", "woke": "wake", "won": "win", "wore": "wear",
    "worn": "wear", "bought": "buy", "caught": "catch", "drew": "draw", "drawn": "draw", "ate": "eat",
    "eaten": "eat", "forgave": "forgive", "froze": "freeze", "frozen": "freeze", "slept": "sleep",
    "stole": "steal", "stolen": "steal", "swore": "swear", "sworn": "swear", "withdrew": "withdraw",
    "withdrawn": "withdraw", "admitted": "admit", "warned": "warn", "denied": "deny", "claimed": "claim",
    "added": "add", "insisted": "insist", "argued": "argue", "stated": "state", "noted": "note",
}


def lexclass(w: str) -> str:
    lw = w.lower()
    if lw in CLOSED:
        return CLOSED[lw]
    if lw in IRREGULAR:
        return "PAST"
    return "-"


UPOS = {
    "AJ0": "ADJ", "AJC": "ADJ", "AJS": "ADJ", "AT0": "DET", "AV0": "ADV", "AVP": "ADP", "AVQ": "ADV",
    "CJC": "CCONJ", "CJS": "SCONJ", "CJT": "SCONJ", "CRD": "NUM", "DPS": "PRON", "DT0": "DET", "DTQ": "DET",
    "EX0": "PRON", "ITJ": "INTJ", "NN0": "NOUN", "NN1": "NOUN", "NN2": "NOUN", "NP0": "PROPN", "ORD": "ADJ",
    "PNI": "PRON", "PNP": "PRON", "PNQ": "PRON", "PNX": "PRON", "POS": "PART", "PRF": "ADP", "PRP": "ADP",
    "PUL": "PUNCT", "PUN": "PUNCT", "PUQ": "PUNCT", "PUR": "PUNCT", "TO0": "PART", "UNC": "X", "VM0": "AUX",
    "XX0": "PART", "ZZ0": "SYM",
}
FIN_PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
FEATS = {"D": FIN_PAST, "Z": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
         "B": "Mood=Ind|Tense=Pres|VerbForm=Fin", "I": "VerbForm=Inf", "G": "VerbForm=Ger",
         "N": "Tense=Past|VerbForm=Part", "0": "VerbForm=Fin"}

TITLES = frozenset("mr mrs ms dr president gen general senator sen rep secretary minister chancellor "
                   "governor mayor judge prince king queen pope sir lord lady adm col lt sgt capt".split())
ORG_WORDS = frozenset("inc corp corporation company co ltd ministry department agency council committee "
                      "university times post news journal party bank association organization organisation "
                      "institute foundation commission office army navy force forces police union "
                      "court parliament congress senate government pentagon kremlin nato un eu fbi cia "
                      "reuters ap afp bbc cnn politico fox bloomberg dpa tass sputnik rt guardian "
                      "telegraph economist nbc cbs abc npr msnbc authority authorities administration bureau "
                      "service services board group fund trust alliance federation league network airlines "
                      "airways holdings plc llc securities capital partners exchange reserve tribunal assembly "
                      "cabinet coalition movement hamas hezbollah taliban institution centre center society "
                      "college school hospital museum charity secretariat regulator watchdog".split())
PLACES = frozenset("germany russia ukraine us usa america china france britain uk england israel iran iraq "
                   "syria india japan poland italy spain europe africa asia moscow kyiv kiev berlin london "
                   "paris washington beijing brussels gaza london york california texas crimea donbas "
                   "bakhmut vienna rome tokyo canada mexico brazil turkey".split())
AUX_BEFORE_PARTICIPLE = frozenset("has have had having is are was were be been being".split())
LOC_PREP = frozenset("in from to at near across".split())


POSSESSIVES = {"his": "DPS", "their": "DPS", "its": "DPS", "our": "DPS", "my": "DPS", "your": "DPS"}
NOUNISH = ("NN", "AJ", "NP", "OR", "CR")


def fix_tags(words: Sequence[str], tags: list[str]) -> None:
    """Rules over the tagger's output for closed-class words and verbs it misreads:
    possessive determiners ("her office said": "her" is no conjunction; "her" before a noun or
    adjective is DPS, else PNP), and a past form in -ed between a noun or pronoun and a
    preposition, "that" or a pronoun is a finite verb ("The company announced on Monday that …",
    not an adjective; "the alleged attack" stays)."""
    n = len(words)
    for k, w in enumerate(words):
        lw = w.lower()
        nxt = tags[k + 1] if k + 1 < n else ""
        if lw in POSSESSIVES and tags[k] != "DPS" and nxt.startswith(NOUNISH):
            tags[k] = "DPS"
        elif lw == "her" and tags[k] not in ("DPS", "PNP"):
            tags[k] = "DPS" if nxt.startswith(NOUNISH) else "PNP"
        elif (
            tags[k] in ("AJ0", "NN1", "NN2", "NP0")
            and lw.endswith("ed")
            and len(lw) > 4
            and 0 < k < n - 1
            and w[:1].islower()
            and tags[k - 1][:2] in ("NN", "NP", "PN")
            and (words[k + 1].lower() in ("that", "on", "in", "to", "last", "this", "it", "he", "she", "they", "we"))
        ):
            tags[k] = "VVD"


class EnglishAnnotator:
    def __init__(self, model_dir: Path = MODEL_DIR):
        vocab = load_vocab(model_dir / "vocab.txt.gz")
        self.space = FeatureSpace(vocab, lexclass)
        with np.load(model_dir / "weights.npz", allow_pickle=False) as z:
            self.tags = [str(x) for x in z["tag_labels"]]
            self.m1 = Linear(z["tag1"].astype(np.float32), self.tags)
            self.m2 = Linear(z["tag2"].astype(np.float32), self.tags)
        self.stack = Stack(len(self.tags), len(vocab) + 1)
        self.lemmas: dict[tuple[str, str], str] = {}
        with gzip.open(model_dir / "lemmas.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                w, t, lem = line.rstrip("\n").split("\t")
                self.lemmas[(w, t)] = lem
        self.known = frozenset(self.lemmas.values())

    def prime(self) -> int:
        """Cache the tagger features of the words the model has word features for."""
        return self.space.prime()

    def annotate_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[Annotation]]:
        words, bounds = flatten(sents)
        if not words:
            return [[] for _ in sents]
        X = self.space.matrix(words, bounds)
        first, last = sentence_bounds_arrays(len(words), bounds)
        p1 = self.m1.predict(X)
        p2 = self.m2.predict(np.hstack([X, self.stack.matrix(p1, first, last)]))
        out = []
        for a, b in bounds:
            tags = [self.tags[x] for x in p2[a:b]]
            sw = words[a:b]
            fix_tags(sw, tags)
            rows = []
            for k, (w, t) in enumerate(zip(sw, tags)):
                lw = w.lower()
                if lw in IRREGULAR and t[:1] in ("V", "N") and t not in ("VVD", "VVN"):
                    prev = sw[k - 1].lower() if k else ""
                    t = "VVN" if prev in AUX_BEFORE_PARTICIPLE else "VVD"
                pos, morph = self._pos_morph(t)
                lemma = self.lemmas.get((w, t)) or IRREGULAR.get(lw) or self._lemma(w, t)
                rows.append(Annotation(t, pos, lemma, morph, "O"))
            self._entities(sw, rows)
            out.append(rows)
        return out

    def _lemma(self, w: str, t: str) -> str:
        lw = w.lower()
        if t == "NP0":
            return w
        if t == "NN2" and lw.endswith("s") and len(lw) > 3:
            if lw.endswith("ies"):
                return lw[:-3] + "y"
            if lw.endswith(("ches", "shes", "sses", "xes")):
                return lw[:-2]
            return lw[:-1]
        if t in ("VVD", "VVN") and lw.endswith("ed") and len(lw) > 4:
            if lw.endswith("ied"):
                return lw[:-3] + "y"
            stem = lw[:-2]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]
            if stem in self.known or stem.endswith(("ll", "ss", "sh", "ch", "er", "en", "ow", "ay", "ey")):
                return stem
            return lw[:-1] if lw[:-1] in self.known or stem.endswith(("at", "iz", "us", "ov", "ac", "uc")) else stem
        if t == "VVZ" and lw.endswith("s") and len(lw) > 3:
            return lw[:-2] if lw.endswith(("ches", "shes", "sses", "xes")) else lw[:-1]
        return lw

    @staticmethod
    def _pos_morph(t: str) -> tuple[str, str]:
        if t in UPOS:
            return UPOS[t], FEATS["0"] if t == "VM0" else ""
        if len(t) == 3 and t[0] == "V":
            pos = "VERB" if t[1] == "V" else "AUX"
            return pos, FEATS.get(t[2], "")
        return "X", ""

    @staticmethod
    def _entities(words: Sequence[str], rows: list[Annotation]) -> None:
        n = len(words)

        def name_like(k: int) -> bool:
            w = words[k]
            if not w[:1].isupper():
                return False
            if rows[k].pos == "PROPN":
                return True
            lw = w.lower().rstrip(".")
            return k > 0 and (lw in ORG_WORDS or lw in PLACES) and rows[k].pos in ("NOUN", "ADJ", "X")

        i = 0
        while i < n:
            if not name_like(i):
                i += 1
                continue
            j = i
            while j < n and name_like(j):
                j += 1
            low = [w.lower().rstrip(".") for w in words[i:j]]
            prev = words[i - 1].lower().rstrip(".") if i else ""
            start = i
            if low[0] in TITLES and j - i > 1:
                start += 1
                typ = "PER"
            elif prev in TITLES:
                typ = "PER"
            elif any(w in ORG_WORDS for w in low):
                typ = "ORG"
            elif any(w in PLACES for w in low) or (prev in LOC_PREP and j - i <= 2):
                typ = "LOC"
            elif j - i >= 2:
                typ = "PER"
            else:
                typ = ""
            if typ:
                for k in range(start, j):
                    rows[k].ent = ("B-" if k == start else "I-") + typ
            i = j
