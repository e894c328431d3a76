"""German reports that point back: "Das bestätigte ein Polizeisprecher." — the sentence before is the message
(`pointer_event`); "Das bestätigte auch X" adds a source (`also_confirmed`), and after a report that names no one
("nach palästinensischen Angaben") the pointer sentence says whose it was (`names_no_one`)."""

from __future__ import annotations

from ...language.subjects import OBLIQUE_PRONOUNS
from . import messages as M
from .cues import is_finite, verb_cue
from .datelines import dateline_end_de, time_stamp_end
from .event import Event
from .lexicon import FINDING_LEMMAS
from .sources import np_tokens

OBLIQUE_OR_ES = OBLIQUE_PRONOUNS | {"sich", "es"}

POINTER_SUBJECTS = frozenset("das dies".split())


NEW_CLAUSE = frozenset("das dies und aber doch denn".split())
"""S11: words that open the narrator's next clause after a pointer report ("…, das tun die Betriebe")."""
POINTER_FROM = frozenset({"erfahren", "verlauten"})
"""Pointer verbs whose source is the aus-phrase: "Das erfuhr die Zeitung aus Regierungskreisen." (round 10)."""
POINTER_VERBS = FINDING_LEMMAS | POINTER_FROM


def _before_relative(toks, a: int, end: int) -> int:
    """Where a relative clause on the last noun starts ("Das geht aus einem Lagebild hervor, das der
    Zeitung vorliegt"): its verb is not the sentence's. `end` when there is none."""
    for k in range(a, end - 1):
        nxt = toks[k + 1]
        if toks[k].text == "," and (nxt.tag in ("PRELS", "PRELAT") or (nxt.pos == "ADP" and k + 2 < end
                                                                       and toks[k + 2].tag == "PRELS")):
            return k
    return end


def pointer_vorfeld(toks, first: int, fv: int) -> bool:
    """S11: the cue's object stands before it and points back ("Das sagt die Politik, …", "So verlangt es
    die Regierung."): what was said is the sentence before (`pointer_event`), not what follows the cue."""
    if fv != first + 1:
        return False
    if toks[first].text == "So":
        return toks[fv + 1].text == "es"
    return toks[first].text.lower() in POINTER_SUBJECTS and toks[fv + 1].text not in (",", ":") and toks[
        fv + 1].pos != "PRON"  # "Dies verdeutlicht, dass …": the subject; "Das sage ich Ihnen, wir …": ahead


def pointer_event(doc, first: int, end: int, si: int, prev) -> Event | None:
    """ "Das sagte der Minister am Montag.", "Das ergaben Recherchen des Magazins.", "Dies teilte die
    Polizei mit.": the cue's message is the sentence before (`prev`, a Sentence)."""
    toks = doc.tokens
    while first < end and toks[first].text in M.QUOTE_MARKS:  # the closing mark of the quotation before
        first += 1
    if end - first < 3 or prev is None:
        return None
    words = [t.text.lower() for t in toks[first : min(end, first + 3)]]
    lead = 3 if words[:1] == ["mit"] and words[1:3] in (["diesen", "worten"], ["den", "worten"]) else 1
    finding = words[:1] == ["zu"] and words[1:2] in (["diesem"], ["dem"]) and words[2:3] in (["ergebnis"], ["schluss"])
    lead = 3 if finding else lead  # round 18: "Zu diesem Ergebnis kommt eine Studie der Universität X."
    if words[0] not in POINTER_SUBJECTS and lead == 1 and words[0] != "so":
        return None
    so_es = words[0] == "so" and words[2:3] == ["es"]  # s11: "So verlangt es die Regierung.": like "Das"
    any_verb = words[0] not in POINTER_SUBJECTS and not finding and not so_es  # "„…“ So äußerte sich X."
    v = toks[first + lead]
    if finding and (v.lemma or "").lower() != "kommen":
        return None
    modal = None
    if lead == 1 and not any_verb and v.tag in ("VMFIN", "VAFIN"):  # s10: "Das musste X einräumen", "Das hat X
        modal = next((k for k in range(end - 1, first + 1, -1) if toks[k].tag in ("VVINF", "VVPP")), None)  # bestätigt"
        if modal is None or not verb_cue(toks[modal], "de") or any(
                t.text.lower() in ("nicht", "kein", "keine", "nie") for t in toks[first:end]):
            return None
        v = toks[modal]
    elif lead == 3 and v.text.isalpha() and v.text.islower():
        pass  # "Mit diesen Worten eröffnete X …", "Zu diesem Ergebnis kommt X": whatever the tagger calls the verb
    elif not is_finite(v) or not (
        any_verb or verb_cue(v, "de") or (v.lemma or "").lower() in POINTER_VERBS
    ):
        return None
    end = _before_relative(toks, first + lead + 1, end)  # round 16: "…, das der Zeitung vorliegt."
    end = next((k for k in range(first + lead + 2, end - 2) if toks[k].text == "," and toks[k + 1].text.lower()
                in NEW_CLAUSE and is_finite(toks[k + 2])), end)  # s11: "Das sagt die Politik, das tun die Betriebe."
    if any(t.text == ":" or t.text.lower() in ("dass", "ob") or is_finite(t) for t in toks[first + lead + 1 : end]):
        return None  # commas are fine: "Dies teilte der Vorsitzende, Magdalena C., mit."
    cands = [
        k
        for k in range(first + lead + 1, min(end, first + lead + 9))
        if toks[k].pos in ("NOUN", "PROPN", "PRON") and toks[k].text.lower() not in OBLIQUE_OR_ES  # s12: not "uns"
    ]
    free = [  # round 10: "Dies bestätigten mehrere mit der Sache vertraute Personen": "Personen"
        k for k in cands
        if toks[k].text.lower() not in ("mehrere", "einige", "zahlreiche", "viele")
        and not (toks[k - 1].pos == "ADP" or (toks[k - 1].pos == "DET" and toks[k - 2].pos == "ADP"))
    ]
    near = cands[0] if cands and cands[0] - first - lead <= 4 else None  # the first noun within four words
    aus_phrase = near is not None and "aus" in (toks[near - 1].text.lower(), toks[near - 2].text.lower())
    head = free[0] if free and not aus_phrase else near  # "Das geht aus dem Urteil hervor": the aus-phrase
    if head is None:
        return None
    src = np_tokens(toks, head, first + lead + 1, end)
    if modal is not None and toks[head].pos == "PRON":
        return None  # "Das muss man klar sagen", "Das kann ich bestätigen": the speaker's own aside
    aus = next((k for k in range(src[1], end - 1) if toks[k].text.lower() == "aus"), None)
    if (v.lemma or "").lower() in POINTER_FROM and aus is not None:  # round 10: "Das erfuhr X aus Kreisen."
        src = np_tokens(toks, aus + 1, aus + 1, end)
    if any_verb and not all(t.quote for t in toks[prev.first : prev.last] if t.text not in M.QUOTE_MARKS | {"."}):
        return None  # only after a quotation
    a = time_stamp_end(toks, dateline_end_de(toks, prev.first, prev.last), prev.last)  # s7: no dateline, no time
    b = M.content_end(toks, prev.first, prev.last)
    while a < b and toks[a].text in M.QUOTE_MARKS:
        a += 1
    while b > a and toks[b - 1].text in M.QUOTE_MARKS:
        b -= 1
    if b - a < 3:
        return None
    cue = [modal] if modal is not None else [first + 1] if lead == 1 else list(range(first, first + 3))
    cue = [first + 3, *cue] if finding else cue  # "kommt … Zu diesem Ergebnis": the verb first
    cue += [k for k in range(src[1], end) if toks[k].tag == "PTKVZ"][:1]
    quoted = all(t.quote for t in toks[a:b] if t.text not in M.QUOTE_MARKS)
    if quoted:  # a quotation keeps its own final punctuation: „Wir geben nicht auf.“
        b = prev.last
        if b - 2 > a and toks[b - 1].text == "." and toks[b - 2].text in M.QUOTE_MARKS:
            b -= 1  # s10: „Ja, es gibt Zumutungen“.
        while b > a and toks[b - 1].text in M.QUOTE_MARKS:
            b -= 1
    return Event(cue, src, [(a, b)], "direct" if quoted else "indirect", si)


def also_confirmed(toks, ev: Event) -> bool:
    """S20: "Das bestätigte auch die Verbraucherzentrale": "auch" right after the cue of a sentence pointing back
    adds a source; the words before remain the speaker's who said them (their Konjunktiv continuation)."""
    k = max(ev.cue) + 1 if ev.cue else None
    return k is not None and k < len(toks) and toks[k].text.lower() in ("auch", "ebenfalls")


def names_no_one(toks, ev: Event) -> bool:
    """An according-to report that names no one, so that a pointer sentence after it says whose it was: an
    unnamed media report (round 16: "X erwägt Medienberichten zufolge …. Das berichteten mehrere Zeitungen unter
    …") or, s20, adjectives and the information noun alone ("nach palästinensischen Angaben …. Das teilte die
    Gesundheitsbehörde mit")."""
    if ev.mode != "according_to":
        return False
    if ev.source is not None and ev.source.type == "media" and not ev.source.name:
        return True
    if ev.src is None:
        return False
    words = toks[ev.src[0] : ev.src[1]]
    return words[-1].text.lower() in ("angaben", "informationen") and all(t.pos == "ADJ" for t in words[:-1])
