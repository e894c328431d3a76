"""Round 16 (German): "sein der Ansicht/Meinung/Auffassung" as a cue ("Der WWF ist der Ansicht, die
Konferenz habe ihr Ziel verfehlt"; moved out of patterns.py to keep it under 500 lines), and "X hält Y für Z"
(moved here in session 19)."""

from __future__ import annotations

from . import messages as M
from .cues import is_finite
from .event import Event
from .lexicon import SEIN_FORMS

OPINION_NOUNS = frozenset("ansicht meinung auffassung überzeugung".split())


def opinion_event(doc, i: int, first: int, end: int, si: int, subject_of) -> Event | None:
    """Round 16: "Der WWF ist der Ansicht, die Konferenz habe ihr Ziel verfehlt", "37 Prozent sind der
    gegenteiligen Auffassung, dass …": "sein der Ansicht" is a cue (the noun, with the verb, article and
    adjective as its parts, as SpkAtt marks it); the message is the clause after it."""
    toks = doc.tokens
    k = i - 1
    while k > first and toks[k].tag == "ADJA":
        k -= 1
    fv = k - 1
    while fv > first and toks[fv].tag in ("ADV", "PTKNEG"):  # "sind jedoch der gegenteiligen Auffassung"
        fv -= 1
    if fv < first or toks[k].text.lower() != "der" or toks[fv].text.lower() not in SEIN_FORMS:
        return None
    msg = M.right_message(toks, i + 1, first, end, "de")
    if msg is None:
        return None
    return Event([i, fv, *range(k, i)], subject_of(doc, fv, first, msg[0], "de"), [msg], "indirect", si)


def held_against(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """S18: "Kritiker halten dagegen, dass die Anträge zu kompliziert seien", "hielt entgegen, …": a finite
    "halten" with "dagegen"/"entgegen" right after it (or its subject) is a cue of both; the message is the
    clause after it. The caller sets the source."""
    toks = doc.tokens
    if (toks[i].lemma or "").lower() != "halten" or not is_finite(toks[i]):
        return None
    k = next((j for j in range(i + 1, min(end, i + 4)) if toks[j].text.lower() in ("dagegen", "entgegen")), None)
    if k is None or any(t.text in (",", ";", ":") for t in toks[i + 1 : k]):
        return None  # s33: "X, der drei Prozent an Vireon hält, schrieb dagegen, …": "dagegen" is the next verb's
    msg = M.right_message(toks, k + 1, first, end, "de")
    return Event([i, k], None, [msg], "indirect", si) if msg else None


def halten_fuer(toks, i: int, first: int, end: int) -> int | None:
    """Index of "für" when token i is a finite "halten" with "für" later in its clause ("X hält die
    Reform für einen Fehler", "hält es für wahrscheinlich, dass …"), else None."""
    if (toks[i].lemma or "").lower() != "halten" or not is_finite(toks[i]):
        return None
    for k in range(i + 1, min(end, i + 10)):
        if toks[k].text in (",", ":", ";") or toks[k].quote:
            break
        if toks[k].text.lower() == "für":
            return k
    if i + 1 < end and toks[i + 1].text not in (",", ".", ";"):
        return None
    for k in range(i - 1, max(first - 1, i - 10), -1):  # s19: "Während das IW die Bremse für wirkungslos hält, …"
        if toks[k].text in (",", ":", ";") or toks[k].quote or is_finite(toks[k]):
            return None
        if toks[k].text.lower() == "für":
            return k
    return None


def halten_event(doc, i: int, fuer: int, src, first: int, end: int, si: int) -> Event | None:
    """ "X hält Y für Z": a thought report; the message is a following dass-clause ("hält es für
    wahrscheinlich, dass …") or else what is held for what ("die Reform für einen Fehler")."""
    toks = doc.tokens
    if fuer < i:  # s19: a verb-final clause: what is held for what lies between the subject and the verb
        a = src[1] if src is not None and src[1] <= fuer else fuer
        if a + 2 < fuer and toks[a].text == "(" and toks[a + 2].text == ")":
            src, a = (src[0], a + 3), a + 3  # "das Institut der deutschen Wirtschaft (IW)": its acronym
        return Event([i, fuer], src, [(a, i)], "indirect", si) if i - a >= 3 else None
    msg = M.right_message(toks, fuer + 1, first, end, "de")
    if msg is None:
        a = i + 1
        if src is not None and src[0] == a:
            a = src[1]
        while a < fuer and toks[a].text.lower() in ("dagegen", "hingegen", "jedoch", "aber", "allerdings"):
            a += 1  # s19: "halten dagegen eine Reform für überfällig": the contrast is the narrator's
        stop = M.content_end(toks, first, end)
        stop = next((k for k in range(fuer + 1, stop - 1) if toks[k].text == "," and (  # s24: "hält die Daten für
            is_finite(toks[k + 1]) and not toks[k + 1].quote)), stop)  # solide, warnt aber vor …": another verb
        if stop - a < 3 or toks[a].text.lower() == "es":
            return None
        msg = (a, stop)
    return Event([i, fuer], src, [msg], "indirect", si)
