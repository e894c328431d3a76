"""German mood of a sentence: reported speech in Konjunktiv I (which continues the speaker), a Konjunktiv
II, or indicative."""

from __future__ import annotations

from .clause_kinds import past_focus_word
from .cues import ADJECTIVE_KONJUNKTIV_II, is_finite, konjunktiv

VERB_POS = frozenset({"VERB", "AUX", ""})
"""Round 13: only a verb (or an untagged word) is read as a Konjunktiv: the form list also has nouns and
adjectives ("Teile", "weite", "Folge")."""


def sentence_konjunktiv(tokens, first: int, last: int, lang: str) -> int:
    """Mood of the sentence's first finite verb outside quotes (1, 2 or 0 for indicative/none); after a
    fronted subordinate clause, a Konjunktiv I main clause counts ("Erst wenn sich nicht genug melden, solle
    …"; a Konjunktiv II one is the condition's "wäre", no reported speech)."""
    main = _after_fronted_clause(tokens, first, last) if lang == "de" else first
    if main > first and _first_mood(tokens, main, last, lang) == 1:
        return 1
    return _first_mood(tokens, first, last, lang)


def _first_mood(tokens, first: int, last: int, lang: str) -> int:
    for t in tokens[first:last]:
        if t.quote or (t.pos not in VERB_POS and t.text.lower() not in ADJECTIVE_KONJUNKTIV_II):
            continue  # round 13: "Für weite Teile …" is no Konjunktiv sentence; s28: "bräuchten" read as ADJA
        k = konjunktiv(t, lang)
        if k == 2 and _comparison_clause(tokens, first, t.i):
            return 0  # session 11: "…, nicht so weit entfernt, wie man denken könnte": no one's speech
        if k:
            return k
        if is_finite(t) and t.pos in ("VERB", "AUX"):
            return 0
    return 0


def _after_fronted_clause(toks, first: int, last: int) -> int:
    """Round 18: where the main clause starts after a fronted subordinate clause (its comma followed by the
    finite verb); `first` when the sentence does not open with one."""
    k = past_focus_word(toks, first, last)
    if toks[k].tag != "KOUS" and not (k == first and toks[k].text.lower() in V1_CONDITIONS):
        return first  # s29: also a verb-first condition ("Sollte sich der Verdacht erhärten, werde …")
    comma = next((j for j in range(k + 2, min(last - 1, k + 30)) if toks[j].text == ","), None)
    return comma + 1 if comma is not None and is_finite(toks[comma + 1]) else first


V1_CONDITIONS = frozenset("sollte sollten würde würden wäre wären hätte hätten käme kämen gäbe".split())
"""Finite verbs that open a sentence with a condition (verb first) before its main clause."""


def _comparison_clause(tokens, first: int, k: int) -> bool:
    """The verb at k closes a comparison opened by ", wie" or ", als" after a main clause without a
    finite verb of its own ("Eine schöne Vision – aber nicht so weit entfernt, wie man denken könnte")."""
    j = k - 1
    while j > first and tokens[j].text not in (",", ";", ":", "–"):
        j -= 1
    return j > first and tokens[j].text == "," and tokens[j + 1].text.lower() in ("wie", "als")


SINGULAR_KONJUNKTIV_II = frozenset("könnte hätte wäre würde müsste dürfte möchte sollte".split())
"""S12: Konjunktiv II forms of the singular, whose Konjunktiv I differs ("könne", "habe", "sei", "werde"): no
stand-in for reported speech, so a sentence led by one ("Am Dienstag könnte dann eine Abstimmung anstehen")
is the writer's guess, no continuation of the last speaker. The plural "könnten", "hätten" stand in for the
Konjunktiv I that equals the indicative and go on. Measured: SpkAtt news tune +0.0010 (dev -0.0004), GePaDe
tune +0.0029, dev +0.0042."""


def writers_konjunktiv_ii(tokens, first: int, last: int) -> bool:
    """Is the sentence's first finite verb outside quotes a singular Konjunktiv II (`SINGULAR_KONJUNKTIV_II`)?"""
    fin = next((t for t in tokens[first:last] if not t.quote and "VerbForm=Fin" in (t.morph or "")), None)
    return fin is not None and fin.text.lower() in SINGULAR_KONJUNKTIV_II
