"""German "nach" as a cue (moved out of messages.py in session 11): "nach einer Studie der WHO", "Seiner
Meinung nach", and when "nach" is a time instead ("nach der Veröffentlichung des Berichts", "kurz nach …");
and "X zufolge" (moved out of sentence_events.py in session 13)."""

from __future__ import annotations

from ..outlets import outlet_registry
from . import citations as C
from . import messages as M
from . import source_frames as SF
from .cues import SOURCE_NOUNS_DE
from .event import Event
from .phrases import anonymous_pp_start, np_tokens
from .speakers import is_person_noun

PLAN_NOUNS = ("plan", "entwurf", "vorschlag", "papier")
"""S9: papers that "nach" cites ("Nach einem Plan der EU müssen …"), with an article: not the idiom "nach
Plan", nor with a possessive, the addressee's ("nach Ihrem Vorschlag soll …", GePaDe dev)."""
INFO_NOUN_ENDINGS = (
    "angaben", "ansicht", "aussage", "aussagen", "meinung", "auffassung", "worten", "bericht", "berichten",
    "einschätzung", "nachricht", "nachrichten", "informationen", "ankündigung", "schätzung", "schätzungen",
    "ermittlungen", "studie", "stellungnahme", "analyse", "erkenntnissen", "erkenntnisstand", "berechnungen",
    "auskunft", "veröffentlichung", "vorhersage", "darstellung", "sicht", "überzeugung", "recherchen",
    "umfrage", "daten", "prognose", "prognosen", "vernehmen", "quellenlage", "medien", "augenzeugenberichten",
    "ergebnis", "hochrechnung", "hochrechnungen", "planungen", "plänen", "wunsch", "vorstellungen",
    "dokument", "dokumenten",  # round 16: "Nach einem EU-Dokument leben …"
    "zahlen",  # s17: "Nach BDH-Zahlen wurden …", "nach offiziellen Zahlen"
    *PLAN_NOUNS,
)
"""Heads after (or before) "nach" that make it a cue, as annotated in the SpkAtt training split."""


def nach_source(tokens, i: int, first: int, last: int) -> tuple[str, int] | None:
    """("pre", noun) for "nach einer Studie der WHO", ("post", noun) for "Seiner Meinung nach"."""
    if (k := _quoted_compound(tokens, i, last)) is not None:
        return "pre", k  # s20: "Nach „Spiegel“-Informationen"
    for k in range(i + 1, min(last, i + 4)):
        t = tokens[k]
        if t.pos in ("NOUN", "PROPN") or (not t.pos and t.text[:1].isupper()) or (t.tag in ("NN", "NE") and k == i + 1):
            # s20: "Nach dpa-Informationen" (the compound tagged NE, but a pronoun)
            if t.text.lower().rsplit("-", 1)[-1] in PLAN_NOUNS and (k == i + 1 or tokens[k - 1].tag == "PPOSAT"):
                return None  # s9: "nach Plan verlaufen", "nach Ihrem Vorschlag soll …"; not "nach dem Plan der EU"
            return ("pre", k) if _info_noun(t.text) and not _temporal_nach(tokens, k, i) else None
        if t.pos and t.pos not in ("DET", "ADJ", "PRON", "NUM") or t.text in (",", "."):
            break
    if i - 1 >= first and _info_noun(tokens[i - 1].text) and (i - 2 < first or tokens[i - 2].pos in ("DET", "PRON")):
        if tokens[i - 1].text.lower() == "voraussicht":  # round 14: "aller Voraussicht nach" is a hedge here too
            return None
        if i - 2 >= first and tokens[i - 2].text.lower() in WRITERS_OWN:
            return None  # s16: "Unserer Meinung nach ist das eine Frechheit": the writer's view, no one cited
        return "post", i - 1
    return None


def _quoted_compound(tokens, i: int, last: int) -> int | None:
    """The information noun of a compound with a quoted outlet name right after "nach" ("Nach
    „Spiegel“-Informationen", "nach „Bild“-Recherchen"), or None."""
    if i + 4 >= last or tokens[i + 1].text not in ("„", "»", '"', "“"):
        return None
    close = next((j for j in range(i + 2, min(last - 2, i + 6)) if tokens[j].text in ("“", "«", '"', "”")), None)
    if close is None or tokens[close + 1].text != "-" or not _info_noun(tokens[close + 2].text):
        return None
    return close + 2


WRITERS_OWN = frozenset(("meiner", "unserer"))
"""First-person possessives before "Meinung/Ansicht nach": the voice of the text itself."""


def _temporal_nach(tokens, k: int, i: int) -> bool:
    """Round 13: "nach der Veröffentlichung des Berichts" is a time ("after"; SpkAtt tune marks none of 3),
    "nach aller Voraussicht" a hedge; "nach einer Veröffentlichung der Zeitung" still cites. Round 14:
    "erst nach umfangreichen Ermittlungen", "kurz nach …" are times as well."""
    low = tokens[k].text.lower()
    if i > 0 and tokens[i - 1].text.lower() in ("erst", "kurz", "gleich", "unmittelbar", "bald", "schon", "bereits"):
        return True
    if low in AFTER_NEWS and k == i + 2 and tokens[i + 1].text.lower() in ("dem", "der") and _midfield(tokens, i) and (
        k + 1 < len(tokens) and tokens[k + 1].text.lower() not in ("des", "der", "von", "vom", "zufolge")
        and tokens[k + 1].pos != "PROPN" and not tokens[k + 1].quote
    ):
        return True  # s18: "legte die Aktie nach dem Bericht um 2,3 Prozent zu": after the news came out
    if k == i + 2 and tokens[i + 1].text.lower().rstrip("r") in THOROUGH:
        return True  # s32: "die Entscheidung sei nach eingehender Analyse … gefallen": after analysing, not a paper
    return low == "voraussicht" or (low.endswith("veröffentlichung") and tokens[k - 1].text.lower() == "der")


THOROUGH = frozenset("eingehende gründliche sorgfältige intensive ausführliche reifliche umfassende genaue".split())
"""Adjectives of the work itself: "nach eingehender Prüfung" is a time ("after"), never whose analysis."""


AFTER_NEWS = frozenset("bericht meldung ankündigung".split())
"""News that "nach dem/der …" in the middle of a clause follows in time, when no author is named."""


def _midfield(tokens, i: int) -> bool:
    """Does a finite verb stand before "nach" in its clause (not the Vorfeld "Nach dem Bericht soll …")?"""
    k = i - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":", ".") and tokens[k].sent == tokens[i].sent:
        if tokens[k].tag.endswith("FIN"):
            return True
        k -= 1
    return False


def _info_noun(word: str) -> bool:
    w = word.lower().rsplit("-", 1)[-1]
    return w.endswith(INFO_NOUN_ENDINGS) or w in SOURCE_NOUNS_DE


POLL_NOUNS = ("umfrage", "befragung", "erhebung")


def poll_among(toks, head: int, b: int) -> bool:
    """S20: "einer Umfrage unter 400 Kliniken": whom a poll asked is part of its noun phrase (the poll speaks)."""
    return toks[b].text.lower() == "unter" and toks[head].text.lower().endswith(POLL_NOUNS)


NO_DATIVE = frozenset("die das ein eine".split())
"""Articles no dative noun phrase opens with: the phrase before "zufolge" starts at a later article."""


def _outlet_across(doc, k: int, a: int) -> bool:
    """S34: tokens k…a are an outlet's name in the registry ("Welt am Sonntag", "Bild am Sonntag"): the preposition
    inside the name does not end the source phrase."""
    toks = doc.tokens
    return any(s == toks[k].start and e == toks[a].end for s, e, _ in outlet_registry().mentions(
        doc.text, toks[k].start, toks[a].end))


def zufolge_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ "Der Polizei zufolge …", "Einer Umfrage von X, einem Netzwerk, zufolge", "Gerüchten zu Folge": the
    source phrase before the postposition at i, the rest of the sentence as the message."""
    toks = doc.tokens
    z = i - 1 if toks[i].text.lower() == "folge" else i  # s10: "Gerüchten zu Folge", the old spelling
    c = SF.apposition_open(toks, first, z)  # round 18: "Einer Umfrage von X, einem Netzwerk, zufolge"
    stop = c if c is not None else z
    o = SF.bracket_open(toks, stop - 1, first)  # s13: "des Verbandes Deutscher Realschullehrer (VDR) zufolge"
    stop = o if o is not None else stop  # the source phrase ends before the apposition or the bracket
    a, _ = np_tokens(toks, stop - 1, first, stop)
    a = anonymous_pp_start(toks, a, first)  # "Quellen im Verteidigungsministerium zufolge"
    if a - 2 >= first and toks[a].text == "Auftrag" and toks[a - 1].text.lower() == "im":
        a = np_tokens(toks, a - 2, first, a - 1)[0]  # s22: "Einer Umfrage des Instituts X im Auftrag des Y zufolge"
    if toks[a].text.lower() in NO_DATIVE:  # s19: "liegt die AfD einer neuen Umfrage zufolge": the subject
        a = next((k for k in range(a + 1, z) if toks[k].pos == "DET"), a)  # is no part of the dative phrase
    a = _dative_people(toks, a, z)
    if a - 2 >= first and (toks[a - 1].text.lower() in ("von", "vom", "für", "in") or toks[a - 1].text == "am" and (
            _outlet_across(doc, a - 2, a))) and toks[a - 2].pos in ("NOUN", "PROPN"):
        a = np_tokens(toks, a - 2, first, a - 1)[0]  # round 18: "Einer Umfrage von Afrobarometer zufolge"; s31:
        # "des … Instituts für Soziologie zufolge", "Einem Bericht der UN-Mission in der Ukraine zufolge"; s34:
        # "Einem Bericht der Zeitung Welt am Sonntag zufolge"
    poll = a - 1 if a - 2 >= first and poll_among(toks, a - 2, a - 1) else None
    if poll is not None:  # s20: "Einer Umfrage unter 1000 Deutschen zufolge": the poll speaks
        a = np_tokens(toks, a - 2, first, a - 1)[0]
    if z - a == 1 and (rel := _relative_zufolge(toks, a, i, first, end, si)) is not None:
        return rel
    src = (a, z if c is None else z - 1) if not SF.anaphoric_source(toks, a, z) else None
    msg = M.rest_pieces(toks, first, end, a, i + 1) if z > a else []
    ev = Event([z] + ([i] if z < i else []), src, msg, "according_to", si) if msg else None
    if ev is not None and src is not None and (stop != z or poll is not None):
        ev.extra["resolve"] = (a, poll if poll is not None else stop)
    if ev is not None and src is None:
        ev.extra["mention"] = (a, z)  # s19: "den Angaben zufolge" stands for whoever was cited, like "demnach"
    return ev


def _relative_zufolge(toks, a: int, i: int, first: int, end: int, si: int) -> Event | None:
    """S17: "eine Studie, der zufolge die Preise steigen": the relative pronoun at a is the mention (resolved to
    the noun phrase before the comma), the relative clause after "zufolge" the message, not the sentence."""
    if toks[a].text.lower() not in C.RELATIVE_SOURCE_PRONOUNS or a - 2 < first or toks[a - 1].text != ",":
        return None
    if toks[a - 2].pos not in ("NOUN", "PROPN"):
        return None
    stop = C.relative_message_end(toks, i + 1, first, end)
    if stop - (i + 1) < 2:
        return None
    ev = Event([i], (a, a + 1), [(i + 1, stop)], "according_to", si)
    ev.extra["resolve"] = np_tokens(toks, a - 2, first, a - 1)
    return ev


def _dative_people(toks, a: int, z: int) -> int:
    """S33: "Mehrere Fonds stehen einem Verkauf Beobachtern zufolge skeptisch gegenüber": a bare plural of people
    in the dative right after another noun opens the source phrase (the object before it names no one); a genitive
    plural ("den Angaben Beteiligter zufolge") stays part of the phrase."""
    if toks[a].pos != "DET":
        return a
    for k in range(a + 2, z):
        w = toks[k]
        if w.tag == "NN" and toks[k - 1].tag == "NN" and w.text.endswith("n") and is_person_noun(w.text):
            return k
    return a
