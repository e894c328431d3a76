"""Round 18 (German): a speech noun with its speaker and a clause in apposition — "Die Behauptung des
Ministers, es gebe keine Probleme, sorgte für Empörung", "wies die Klage ab mit der Begründung, der Link
verweise nur auf ein Werk". The noun is the cue, the genitive or von-phrase after it (or, after "mit
der/dem", the clause's subject) the source, the clause the message."""

from __future__ import annotations

from . import messages as M
from .cues import is_finite, konjunktiv
from .event import Event
from .phrases import np_tokens

CUE_NOUNS = frozenset(
    """behauptung behauptungen forderung forderungen vorwurf vorwürfe warnung warnungen aussage aussagen
    ankündigung begründung argument hinweis feststellung befürchtung versicherung zusage drohung
    einschätzung mahnung appell bitte kommentar""".split()
)
"""Nouns of saying that take a clause in apposition ("der Vorwurf, X habe gelogen")."""
GENITIVE_OPENERS = frozenset("des der eines einer von vom".split())


def noun_cue_event(doc, i: int, first: int, end: int, si: int, subject_of) -> Event | None:
    """The event of the speech noun at i, or None when no source or no reported clause goes with it."""
    toks = doc.tokens
    j, src = i + 1, None
    if j + 1 < end and toks[j].text.lower() in GENITIVE_OPENERS:
        head = next((k for k in range(j + 1, min(end, j + 5)) if toks[k].pos in ("NOUN", "PROPN")), None)
        if head is not None:
            src = np_tokens(toks, head, j + (toks[j].text.lower() in ("von", "vom")), end)  # "des Ministers"
            j = src[1]
    if j + 2 >= end or toks[j].text != ",":
        return None
    msg = _clause(toks, j + 1, first, end)
    if msg is None:
        return None
    if src is None and i - 2 >= first and toks[i - 2].text.lower() == "mit" and toks[i - 1].text.lower() in (
        "der", "dem"
    ):  # "lehnte ab mit der Begründung, …": the speaker is the clause's subject
        fv = next((k for k in range(first, i - 2) if is_finite(toks[k]) and not toks[k].quote), None)
        src = subject_of(doc, fv, first, i - 2, "de") if fv is not None else None
    if src is None and (where := _circulating(doc.tokens, first, i)) is not None:
        ev = Event([i], where or None, [msg], "indirect", si, passive=not where)  # s19: "In sozialen Netzwerken
        return ev  # kursiert die Behauptung, …": the claim a fact-check is about, and where it spreads
    if src is None:
        return None  # "das Gerücht, …", "die Forderung, …" with no one named: not attributed here
    return Event([i], src, [msg], "indirect", si)


CIRCULATE = frozenset("kursieren zirkulieren verbreiten".split())


def _circulating(toks, first: int, i: int) -> tuple[int, int] | tuple[()] | None:
    """S19: the speech noun is the subject of "kursieren"/"sich verbreiten" before it: the place an opening
    "In/Im/Auf …" phrase names (empty when none), else None."""
    if not any(t.lemma in CIRCULATE and is_finite(t) for t in toks[first:i]):
        return None
    if toks[first].text.lower() not in ("in", "im", "auf"):
        return ()
    head = next((k for k in range(first + 1, min(i, first + 5)) if toks[k].pos in ("NOUN", "PROPN")), None)
    return (first + 1, head + 1) if head is not None else ()


def _clause(toks, a: int, first: int, end: int) -> tuple[int, int] | None:
    """The reported clause at a: a dass/ob-clause, a V2 clause in Konjunktiv or an infinitive, up to the comma that
    hands back to the main clause (a finite verb after it) or the sentence end."""
    stop = M.content_end(toks, first, end)
    close = next((k for k in range(a + 2, stop - 1) if toks[k].text == "," and is_finite(toks[k + 1])), stop)
    clause = toks[a:close]
    if not clause or any(t.quote for t in clause):
        return None
    if clause[0].tag in ("PRELS", "PRELAT") and len(clause) > 1 and clause[1].pos not in ("NOUN", "PROPN"):
        return None  # s19: "Aussagen von Kronzeugen, die selbst ein Interesse … hätten": the witnesses, not what
    if clause[0].text.lower() in ("dass", "ob") or any(is_finite(t) and konjunktiv(t, "de") for t in clause):
        return (a, close) if close - a >= 3 else None
    if not any(is_finite(t) for t in clause) and any(t.tag in ("PTKZU", "VVIZU") for t in clause):
        return (a, close) if close - a >= 2 else None  # "die Forderung des X, auf die SPD zuzugehen"
    return None
