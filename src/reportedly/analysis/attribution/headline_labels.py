"""Headline labels: "Politico: USA versäumten …", "Selenskyj: „…“", "Summit chief: “…” as …", and a second
label after a dash ("… – Bahn: „…“"). Moved out of patterns.py in session 27, which had passed 500 lines."""

from __future__ import annotations

from ..outlets import outlet_registry
from . import anonymous as A
from . import messages as M
from . import names as N
from .bodies import PARTIES_DE
from .cues import SPEECH_LEMMAS_DE, is_finite
from .event import Event
from .full_names import full_names_of
from .lexicon import KNOWN_ORGS
from .mood_de import sentence_konjunktiv
from .speakers import is_person_noun, lexicon_person_noun


def headline(doc, first: int, end: int) -> list[Event]:
    """Headline attribution by colon: "Politico: USA versäumten …"."""
    toks = doc.tokens
    for k in range(first + 1, min(end, first + 5)):
        if (
            toks[k].text == ":"
            and end - k > 2  # s25: two words may follow ("Polizei: Acht Festnahmen")
            and (all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in toks[first:k]) or (
                doc.language == "en" and toks[first].text[:1].isupper() and k - first <= 3
                and all(t.pos in ("NOUN", "PROPN", "ADJ") for t in toks[first:k])))  # s27: "Summit chief: “…”"
            and headline_source(doc, first, k, end)
        ):  # "Politico: USA versäumten …" — not "Zähne zusammenbeißen: …", "Zugverkehr: …"
            a, b = k + 1, M.content_end(toks, first, end)
            close = next((j for j in range(a + 2, b) if toks[j].text in M.QUOTE_MARKS), None) if toks[
                a].text in M.QUOTE_MARKS else None
            if close is not None and close + 1 < b and (toks[close + 1].text in ("–", "—", "-") or toks[
                    close + 1].text.lower() in ("as", "amid", "after", "while")):
                b = close + 1  # s26: 'Ökonomin: „Die Stagnation verfestigt sich“ – Institute senken Prognose'; s27:
                # 'Summit chief: “We are not there yet” as climate talks run into overtime'
            if b - a > 2 and toks[a].text in M.QUOTE_MARKS and toks[b - 1].text in M.QUOTE_MARKS and all(
                t.quote for t in toks[a + 1 : b - 1]
            ):  # round 16: 'Selenskyj: „Wir brauchen mehr Luftabwehr“': a quotation, without its marks
                return [Event([k], (_described_surname(doc, first, k), k), [(a + 1, b - 1)], "direct", 0)]
            laut = toks[first].text.lower() in ("laut", "nach") and k - first > 1  # s9: "Laut Studie: …"
            return [Event([first] if laut else [k], (first + laut, k), [(a, b)], "according_to", 0)]
    framed = _name_in_frame(doc, first, end)
    if framed is not None:
        return [framed]  # s24: "Kühnel im Rentenstreit: „Wer 45 Jahre gearbeitet hat, verdient Respekt“"
    dash = next((k for k in range(first + 2, end - 3) if toks[k].text in ("–", "—", "-") and toks[k].start > toks[
        k - 1].end), None)  # s23: "Innenminister will Kontrollen verlängern – Grüne: „Symbolpolitik“"
    return headline(doc, dash + 1, end) if dash is not None else []


HEADLINE_BODIES = frozenset("kreml pentagon nato polizei regierung bundesregierung staatsanwaltschaft".split())
HEADLINE_BODY_ENDS = ("ministerium", "regierung", "polizei", "staatsanwaltschaft", "behörde", "gericht")
"""Bodies a German headline quotes before its colon; countries ("Ukraine: …") label a topic instead."""


def _described_surname(doc, first: int, colon: int) -> int:
    """S27: "Unterlegener Kessler: „…“": an adjective (tagged a name) before a surname the body names in full is
    no part of the name; the label starts at the surname."""
    toks = doc.tokens
    if colon - first == 2 and toks[colon - 1].text in full_names_of(doc) and not N.known_first_name(
            toks[first].text) and toks[first].text.lower().endswith(("er", "e", "es", "en")) and not is_person_noun(
            toks[first].text):  # not "Ortsbürgermeister Keßler: „…“"
        return first + 1
    return first


def _name_in_frame(doc, first: int, end: int) -> Event | None:
    """A surname the body names in full, a short prepositional frame and a colon before one quotation: the person's
    words, direct ("Kühnel im Rentenstreit: „…“", "Lenz in Jerusalem: „…“")."""
    toks = doc.tokens
    if first + 3 >= end or toks[first + 1].text.lower() not in FRAME_PREPS:
        return None
    if toks[first].text not in full_names_of(doc):
        return None
    k = next((j for j in range(first + 2, min(end, first + 6)) if toks[j].text == ":"), None)
    b = M.content_end(toks, first, end)
    if k is None or b - k < 4 or toks[k + 1].text not in M.QUOTE_MARKS or toks[b - 1].text not in M.QUOTE_MARKS:
        return None
    return Event([k], (first, first + 1), [(k + 2, b - 1)], "direct", 0)


FRAME_PREPS = frozenset("im in beim bei vor zum zur nach über".split())


def headline_source(doc, first: int, colon: int, end: int) -> bool:
    """Is the part before a headline colon a speaker? An outlet, a report noun ("Medienbericht",
    "Correctiv-Recherche"), or a person's name or role when quotes or Konjunktiv I follow."""
    toks = doc.tokens
    text = doc.text[toks[first].start : toks[colon - 1].end]
    if any(True for _ in outlet_registry().mentions(text)):
        return True
    last = toks[colon - 1].text.lower().rsplit("-", 1)[-1]
    if last.endswith(("bericht", "recherche", "recherchen", "studie", "umfrage", "medien", "insider", "kreise")):
        return True
    if colon - first <= 2 and (last in A.ANON_HEADS or A.anonymous_tail(last)):
        return True  # round 10: "Diplomaten: Gespräche gescheitert", "US-Beamte: Angriff steht bevor"
    if colon - first <= 2 and (last in HEADLINE_BODIES | PARTIES_DE or (last.endswith(HEADLINE_BODY_ENDS) and len(
            last) > 6)):  # s23: "Grüne: „Symbolpolitik“"
        return True  # round 16: "Kreml: Keine Gespräche geplant", "Polizei: Keine Hinweise auf Terror"
    if colon - first == 1 and colon + 2 < end and toks[colon + 1].text in M.QUOTE_MARKS and (
            N.org_word(toks[first].text) or last in KNOWN_ORGS):
        return True  # s27: "… – Bahn: „Völlig unverhältnismäßig“": a body's words in quotation marks
    person = any(t.ent.endswith("PER") or is_person_noun(t.text) for t in toks[first:colon]) or (
        colon - first <= 2 and toks[colon - 1].text in full_names_of(doc)  # s17: "Nagelsmann: „…“", named in full
    ) or (colon - first == 1 and lexicon_person_noun(toks[first].text.lower()))  # s25: "Apothekerin: „…“"
    # (s17: the body says "Bundestrainer Julian Nagelsmann" though the tagger missed him in the headline)
    reported = any(t.quote for t in toks[colon + 1 : end]) or sentence_konjunktiv(toks, colon + 1, end, "de") == 1
    return person and (reported or _stated(toks, colon + 1, end)) and not _own_speaker(toks, colon + 1, end)


def _own_speaker(toks, a: int, end: int) -> bool:
    """S34: "Sudan: Helfer warnen vor Hungersnot", "Ukraine: Selenskyj fordert …": after the label, a subject and a
    speech verb say who speaks; the label (a place the tagger took for a person) is the topic."""
    k = a + 1
    while k < min(end, a + 4) and toks[k].pos in ("NOUN", "PROPN", "ADJ", "DET") and not is_finite(toks[k]):
        k += 1
    return k < end and k > a and is_finite(toks[k]) and (toks[k].lemma or "").lower() in SPEECH_LEMMAS_DE and not any(
        t.quote for t in toks[a:k])


SPEAKER_PRONOUNS = frozenset("ich wir mir mich uns du ihr sie".split())
NEGATION_OPENERS = frozenset("kein keine keinen keinem keiner nicht nie niemals".split())


def _stated(toks, a: int, end: int) -> bool:
    """S21: what follows a person's headline colon is a statement, not a topic: it opens with a negation
    ("Merz: Keine Zusammenarbeit mit der AfD"), holds a speaker's pronoun ("Scholz: Wir schaffen das") or is
    a main clause with its verb second ("Nato-Chef: Russland bereitet Angriff vor"); not "Merz: Der lange Weg
    ins Kanzleramt", "Merz: Wie der CDU-Chef die Partei umbaut"."""
    if a >= end or toks[a].tag in ("PWAV", "PWS", "PWAT"):
        return False
    if toks[a].text.lower() in NEGATION_OPENERS or any(t.text.lower() in SPEAKER_PRONOUNS for t in toks[a:end]):
        return True
    return any(is_finite(toks[k]) and toks[k].tag != "VAFIN" for k in range(a + 1, min(end, a + 3)))
