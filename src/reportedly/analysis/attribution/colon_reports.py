"""A clause that ends in a colon before Konjunktiv I ("Machtlinger veranschaulichte die Dynamik: Weltweit seien …"):
reported speech whatever the verb (moved out of messages.py in session 24, which had passed 500 lines)."""

from __future__ import annotations

from .cues import is_finite, konjunktiv
from .messages import content_end
from .mood_de import sentence_konjunktiv


def colon_konjunktiv(tokens, first: int, last: int, lang: str) -> tuple[int, tuple[int, int]] | None:
    """A clause ending in a colon followed by Konjunktiv I: (finite verb before the colon, message).

    "Machtlinger veranschaulichte die Dynamik: Weltweit seien …" reports speech although the verb
    is no speech verb; the Konjunktiv after the colon is the evidence."""
    end = content_end(tokens, first, last)
    colon = next((k for k in range(first + 2, end - 2) if tokens[k].text == ":" and not tokens[k].quote), None)
    if colon is None or sentence_konjunktiv(tokens, colon + 1, end, lang) != 1:
        return None
    kon = next((k for k in range(colon + 1, end) if konjunktiv(tokens[k], lang) == 1 and not tokens[k].quote), end)
    if tokens[colon + 1].tag != "KOUS" and any(t.text == "," for t in tokens[colon + 1 : kon]):
        return None  # s11: "…: Aufträge verlieren, weil Partner hören, der Konzern werde …": a clause inside
    fv = next((k for k in range(first, colon) if is_finite(tokens[k]) and not tokens[k].quote), None)
    if fv is not None and (later := _last_clause_verb(tokens, fv, colon)) is not None:
        fv = later  # s11: "Recherchen sind schwierig, kein Wunder, dass eine Mail kommt: …": the mail's clause
    if fv is None:  # "Der Vorwurf Sardanas: Die Gesellschaft habe …": the noun that opens it is the cue (s14:
        # "Hauptargument Berlusconis beim Vorwurf des Amtsmissbrauchs:", not the last noun)
        fv = next((k for k in range(first, colon) if tokens[k].pos == "NOUN"), None)
        if fv is None or colon - first > 6:
            return None
    elif konjunktiv(tokens[fv], lang):
        return None
    elif fv + 1 < colon and tokens[fv + 1].text == "sich" and not _speaker_before(tokens, first, colon):
        return None  # s25: "Zudem überschnitten sich die Kundenstämme kaum: Aaretal sei …": the speaker goes on
    return fv, (colon + 1, end)


def _speaker_before(tokens, first: int, colon: int) -> bool:
    """Someone who can speak before the colon: a name, a word for people or a body, a personal pronoun."""
    from .vorfeld_de import can_speak  # late: vorfeld_de imports modules that import this one

    return any(can_speak(t) or t.tag == "PPER" for t in tokens[first:colon])


def _last_clause_verb(tokens, fv: int, colon: int) -> int | None:
    """The finite verb of the last clause before the colon, when a comma separates it from the first."""
    comma = next((k for k in range(colon - 1, fv, -1) if tokens[k].text == ","), None)
    if comma is None:
        return None
    return next((k for k in range(comma + 1, colon) if is_finite(tokens[k]) and not tokens[k].quote), None)
