"""Mood, tense, person and number of German finite verbs from the full-form lexicon plus agreement.

The lexicon lists every finite form with its analyses (indicative present/past, Konjunktiv I/II,
person, number). Most forms that matter for reported speech are unambiguous ("sei", "seien",
"habe" with a 3rd-person subject, "hätten", "würde", "könne"). The ambiguous ones are settled by
the subject found in the clause:

- a nominative personal pronoun in the same clause (between punctuation marks) picks the
  matching person/number ("ich stelle" -> 1st singular indicative; "stelle" with no pronoun ->
  3rd singular, Konjunktiv I -- a noun-phrase subject is 3rd person);
- a form that is indicative and Konjunktiv with the *same* person/number ("stellen" 3rd plural,
  "ich stelle") is indicative, as in UD;
- a form that is both past indicative and Konjunktiv II (weak verbs: "sollte", "stellte") is
  indicative unless the GSD-derived prior (mood_prior.tsv) says the form is mostly Konjunktiv
  or "als ob"/"als wenn" precedes it.
"""

from __future__ import annotations

from .lexicon import Lexicon

FIN_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
CLAUSE_BREAK = frozenset(",;:–—-()[]\"„“”«»‚‘'…!?.")
PRONOUNS = {
    "ich": ("1s",), "du": ("2s",), "wir": ("1p",), "ihr": ("2p",),
    "er": ("3s",), "es": ("3s",), "man": ("3s",), "sie": ("3s", "3p"),
}
CONDITIONAL_KII = True
"""The conditional rule of `_context_kii` (neutral on GSD, which has no such sentence)."""
READINGS_CACHE = 100_000
"""Finite-verb forms whose lexicon readings are cached (bounded for long-running processes)."""
FEATS = {"I": ("Ind", "Pres"), "T": ("Ind", "Past"), "K": ("Sub", "Pres"), "Q": ("Sub", "Past")}


class MoodRules:
    def __init__(self, lexicon: Lexicon, prior: dict[str, float]):
        self.lex = lexicon
        self.prior = prior  # lower-cased form -> share of Konjunktiv readings (only forms > 0.5 listed)
        self._readings: dict[str, list[tuple[str, str]]] = {}

    def subject_person(self, words: list[str], tags: list[str], i: int, depth: int = 0
                       ) -> tuple[str, ...] | None:
        """Person/number codes of a nominative pronoun in the clause of the verb at `i`.

        A verb right after "und"/"oder" with no subject of its own shares the subject of the
        previous finite verb ("ich habe und werde", "bin zufrieden und werde"). (Tried and
        dropped: reading a subject-less sentence-initial verb as a dropped "ich" -- GSD marks
        most of those "Habe ..." as Konjunktiv, and the rule lost on dev and test.)
        """
        own = self._own_subject(words, tags, i)
        if own is not None:
            return own
        if depth < 3 and i > 0 and tags[i - 1] == "KON":
            for p in range(i - 2, -1, -1):
                if tags[p] in FIN_TAGS:
                    inherited = self.subject_person(words, tags, p, depth + 1)
                    if inherited is not None:
                        return inherited
                    codes = {c for _, c, _ in self.lex.verb(words[p].lower()) if len(c) == 3 and c[0] in "IT"}
                    if codes and {c[1:] for c in codes} == {"1s"}:
                        return ("1s",)
                    break
        return None

    def _own_subject(self, words: list[str], tags: list[str], i: int) -> tuple[str, ...] | None:
        n = len(words)
        j = i - 1
        steps = 0
        while j >= 0 and steps < 8 and words[j] not in CLAUSE_BREAK:
            if tags[j] == "PPER" and (p := PRONOUNS.get(words[j].lower())):  # tag first: cheaper
                return p
            if tags[j] in FIN_TAGS:
                break
            j -= 1
            steps += 1
        j = i + 1
        steps = 0
        while j < n and steps < 3 and words[j] not in CLAUSE_BREAK:
            if tags[j] == "PPER" and (p := PRONOUNS.get(words[j].lower())):
                return p
            j += 1
            steps += 1
        return None

    def analyse(self, words: list[str], tags: list[str], i: int) -> tuple[str, str, str, str]:
        """(Mood, Tense, Person, Number) of the finite verb at `i`.

        (Tried and dropped: reading a 3rd-plural past/Konjunktiv II form as Konjunktiv II when
        the previous sentence has Konjunktiv I -- on GSD it added false positives only.)
        """
        w = words[i]
        fin = self._readings.get(w)
        if fin is None:
            if len(self._readings) >= READINGS_CACHE:
                self._readings.clear()
            fin = self._readings[w] = self._finite_readings(w)
        if not fin:
            return self._guess(w)
        subj = self.subject_person(words, tags, i)
        cands = fin
        matched = [a for a in fin if a[1][1:] in subj] if subj else []
        if matched:
            cands = matched
        else:  # no pronoun subject, or one the form does not agree with ("P. habe ihr gesagt": a dative "ihr")
            third = [a for a in fin if a[1][1] == "3"]
            if third:
                cands = third
        kinds = {c[1][0] for c in cands}
        if kinds <= {"K", "Q"}:
            mood_kind = "K" if "K" in kinds else "Q"
        elif kinds <= {"I", "T"}:
            mood_kind = "I" if "I" in kinds else "T"
        elif "Q" in kinds and "T" in kinds and not kinds & {"I", "K"}:
            mood_kind = "Q" if (self.prior.get(w.lower(), 0.0) > 0.5 or self._irrealis(words, tags, i)
                                or self._context_kii(words, tags, i)) else "T"
        else:
            mood_kind = "I" if "I" in kinds else ("T" if "T" in kinds else sorted(kinds)[0])
        code = next(c[1] for c in cands if c[1][0] == mood_kind)
        mood, tense = FEATS[mood_kind]
        return mood, tense, code[1], "Sing" if code[2] == "s" else "Plur"

    def _finite_readings(self, w: str) -> list[tuple[str, str]]:
        """(lemma, code) of every finite reading of the form, e.g. ("sagen", "K3s")."""
        fin = [(lem, code) for lem, code, _sep in self.lex.verb(w) if len(code) == 3 and code[0] in FEATS]
        if not fin and w[:1].isupper():
            lw = w.lower()
            fin = [(lem, code) for lem, code, _sep in self.lex.verb(lw) if len(code) == 3 and code[0] in FEATS]
        if not fin:  # unknown particle/prefix verb: use its known last part ("entgegen|schlage")
            lw = w.lower()
            for k in range(2, len(lw) - 3):
                fin = [(lem, code) for lem, code, _sep in self.lex.verb(lw[k:]) if len(code) == 3 and code[0] in FEATS]
                if fin:
                    break
        return fin

    def _irrealis(self, words: list[str], tags: list[str], i: int) -> bool:
        """A past-or-Konjunktiv-II form after "als ob"/"als wenn" reads as Konjunktiv II.

        (Tried and dropped: "Konjunktiv II when the sentence has an unambiguous Konjunktiv II
        elsewhere" -- on GSD it cost more precision than it gained recall; "sollte(n) is
        Konjunktiv II in a sentence without other past-tense verbs" -- it helped GSD test, where
        it was found, and hurt GSD dev.)"""
        for j in range(max(0, i - 6), i):
            if words[j].lower() == "als" and j + 1 < len(words) and words[j + 1].lower() in ("ob", "wenn"):
                return True
        return False

    def _kinds(self, w: str, person: str = "") -> set[str]:
        """Mood/tense kinds (I, T, K, Q) of a finite form, optionally only of its `person` readings."""
        an = [c for _, c, _ in self.lex.verb(w) if len(c) == 3 and c[0] in FEATS]
        if not an and w[:1].isupper():
            an = [c for _, c, _ in self.lex.verb(w.lower()) if len(c) == 3 and c[0] in FEATS]
        return {c[0] for c in an if c[1] == person or not person}

    def _context_kii(self, words: list[str], tags: list[str], i: int) -> bool:
        """Context rule for a form that is both past indicative and Konjunktiv II:

        - a conditional: the form's clause or the clause before/after it has "wenn"/"falls", and
          one of the two clauses an unambiguous Konjunktiv II ("wenn wir das machten, wäre ...";
          "wenn sie Geld hätten, kauften sie ...").

        Tried on GSD dev and dropped (each lost on dev; both gained on test, where GSD marks more
        past forms Konjunktiv): Ersatzkonjunktiv -- a plural/1st-person past form in a sentence
        with an unambiguous 3rd-person Konjunktiv I is Konjunktiv II (dev Sub F1 0.910 -> 0.893,
        test 0.922 -> 0.917); "sollte(n)" without a past-tense verb, past adverb or year in the
        sentence is Konjunktiv II (dev 0.910 -> 0.897, test 0.922 -> 0.930). GSD's own labels
        disagree here ("Die SPD sollte ... stellen" Sub, "Die Menschen sollten lieber ..." Ind).
        """
        if CONDITIONAL_KII:
            # a conditional: the form's clause or the clause next to it opens with "wenn"/"falls",
            # and one of the two has an unambiguous Konjunktiv II
            seg, k = [], 0
            for w in words:
                seg.append(k)
                if w in CLAUSE_BREAK:
                    k += 1
            me = seg[i]

            def conditional(c: int) -> bool:
                return any(words[j].lower() in ("wenn", "falls") for j in range(len(words)) if seg[j] == c)

            def has_kii(c: int) -> bool:
                return any(j != i and seg[j] == c and tags[j] in FIN_TAGS and self._kinds(words[j]) == {"Q"}
                           for j in range(len(words)))

            for a, b in ((me, me + 1), (me - 1, me)):
                if conditional(a) and (has_kii(a) or has_kii(b)):
                    return True
        return False

    @staticmethod
    def _guess(w: str) -> tuple[str, str, str, str]:
        lw = w.lower()
        tense = "Past" if lw.endswith(("te", "ten", "test", "tet")) else "Pres"
        if lw.endswith("en"):
            return "Ind", tense, "3", "Plur"
        if lw.endswith("st"):
            return "Ind", tense, "2", "Sing"
        return "Ind", tense, "3", "Sing"
