"""Round 13 (German): the source mention of a cue that closes its sentence keeps the apposition after
the name: '„…“, sagte Reinhard B., Geschäftsführer des Bauernbundes.', '…, sagte Ministerin Anna K. (SPD).',
'…, sagte Theo K. vom Bankhaus X.' — the words that say who the speaker is, as SpkAtt marks them; and a
short label in brackets or a quoted name after any mention ("Thomas M. (CDU) sagte", "nach Angaben des
Fonds (MIF)", 'die Nachrichtenagentur „Xinhua“ meldet'). Only the mention grows; the Source is still
resolved from the name alone. A prepositional phrase between a sentence-opening mention and the finite
verb belongs to the mention too ("Die US-Botschaft im Irak empfahl").
"""

from __future__ import annotations

from . import messages as M
from .cues import is_finite
from .inserted import mention_end, told
from .names import media_noun

OPENING = frozenset({"„", "»", '"'})
CLOSING = frozenset({"“", "”", "«", '"'})
LINKS = frozenset({"vom", "von", "der", "des"})
NO_APPOSITION = frozenset({"PRELS", "PRELAT", "KOUS", "KON", "ADV", "PTKNEG", "ADJD", "PPER", "PDS"})


OPEN_QUOTES = frozenset('„"»')
CLOSE_QUOTES = frozenset('“"«')


def title_end(toks, b: int, end: int) -> int:
    """S7: past an outlet's quoted title at b that the noun phrase before it left out: the rest of a
    quoted compound ("der „Bild“-Zeitung") or the title after a media noun ("dem Fachmagazin „Kicker“")."""
    if b + 1 < end and toks[b].text == "-" and toks[b - 1].text in CLOSE_QUOTES and toks[b + 1].text[:1].isupper():
        return b + 2
    if b < end and toks[b].text in OPEN_QUOTES and media_noun(toks[b - 1].text):
        close = next((k for k in range(b + 1, min(end, b + 6)) if toks[k].text in CLOSE_QUOTES), None)
        return close + 1 if close is not None else b
    return b


def short_title_close(toks, k: int, end: int) -> int:
    """S29: the closing mark of a quoted title of up to five words, no verb or comma inside, that opens at k; else -1
    ("teilte der „Kölner Stadt-Anzeiger“ am Montag mit": the particle after it)."""
    for j in range(k + 1, min(end, k + 7)):
        if toks[j].text in ("“", "”", '"', "«"):
            return j if j > k + 1 else -1
        if toks[j].pos in ("VERB", "AUX") or toks[j].text in (",", ".", ":", ";"):
            return -1
    return -1


def open_title_end(toks, a: int, b: int, end: int) -> int:
    """S14: a source phrase [a, b) that stops inside a quoted name ('von „Ärzte ohne Grenzen“', where "ohne"
    ended the noun phrase) reaches past its closing mark; `b` unless so."""
    o = next((k for k in range(b - 1, max(a, b - 6) - 1, -1) if toks[k].text in OPEN_QUOTES | CLOSE_QUOTES), None)
    if o is None or toks[o].text not in ("„", "»"):  # a plain '"' may open or close
        return b
    close = next((k for k in range(b, min(end, o + 7)) if toks[k].text in CLOSE_QUOTES), None)
    return close + 1 if close is not None else b


CIRCLE_WORDS = frozenset("vertraut vertrauten eingeweiht eingeweihten anonym namentlich genannt informiert".split())


def circle_clause_end(toks, b: int, end: int) -> int:
    """S7: past a relative clause that says who the unnamed are ("Personen, die mit den Ermittlungen vertraut
    sind,"): it belongs to the source's description. The clause must close with a comma before the rest."""
    if b + 2 >= end or toks[b].text != "," or toks[b + 1].tag != "PRELS":
        return b
    close = next((k for k in range(b + 2, min(end, b + 14)) if toks[k].text == ","), None)
    if close is None or not any(t.text.lower() in CIRCLE_WORDS for t in toks[b + 2 : close]):
        return b
    return close


def label_end(toks, b: int) -> int | None:
    """The end of a short capitalised label in brackets at b ("(CDU)", "(MIF)"), else None."""
    if b + 2 >= len(toks) or toks[b].text != "(":
        return None
    close = next((k for k in range(b + 1, min(len(toks), b + 5)) if toks[k].text == ")"), None)
    if close is None or close == b + 1 or not all(t.text[:1].isupper() for t in toks[b + 1 : close]):
        return None
    return close + 1


def appositive_end(doc, ev) -> int | None:
    """The end of the mention with its closing apposition, or None when there is none."""
    if doc.language != "de" or ev.src is None:
        return None
    toks = doc.tokens
    b = ev.src[1]
    label = label_end(toks, b)
    if label is not None and not _in_message(ev, b, label - 1):  # "Thomas M. (CDU) sagte": a short label
        return label
    if b + 2 < len(toks) and toks[b].text in OPENING and (toks[b - 1].pos == "NOUN" or toks[b - 1].text in LINKS):
        close = next((k for k in range(b + 2, min(len(toks), b + 8)) if toks[k].text in CLOSING), None)
        if close is not None and toks[b + 1].text[:1].isupper() and not _in_message(ev, b, close):
            return close + 1  # 'die Nachrichtenagentur „Xinhua“', 'Johanna M. vom „Queer Kollektiv“': the name
    if ev.mode == "according_to" and (dative := _dative_apposition(toks, ev, b)) is not None:
        return dative
    front = _prefield_end(doc, ev.src[0], b)
    if front is not None:
        return front
    if not ev.cue or ev.cue[0] > ev.src[0]:
        return None
    if b >= len(toks) or toks[b].text not in (",", "(", "vom", "von") or ev.msg[-1][1] > ev.src[0]:
        return None
    sent = doc.sentences[toks[b].sent]
    stop = M.content_end(toks, sent.first, sent.last)
    if stop - b < 2:
        return None
    tail = toks[b + 1 : stop] if toks[b].text in (",", "(") else toks[b:stop]
    if tail[0].tag in NO_APPOSITION or any(is_finite(t) or t.quote or t.text in M.QUOTE_MARKS for t in tail):
        return None
    if tail[0].text.lower() in ("dem", "den") and any(t.pos == "NOUN" and media_noun(t.text) for t in tail[1:3]):
        return None  # s19: "…, Klaus R., den Zeitungen der Funke Mediengruppe": told to them, no apposition
    if tail[0].pos == "DET" and tail[-1].pos in ("VERB", "AUX"):
        return None  # s15: "das SITE-Institut, das Extremisten-Websites begutachtet.": a relative clause
    if toks[b].text == "(" and toks[stop - 1].text != ")":
        return None
    if toks[b].text == "," and not (tail[0].pos in ("NOUN", "PROPN", "DET") or tail[0].tag == "ADJA"):
        return None
    if toks[b].text == "," and tail[0].text.lower() in ("der", "dem") and told(toks, b + 2, stop):
        return None  # round 15: "…, sagte X, der Deutschen Presse-Agentur": the outlet told, no apposition
    end = mention_end(toks, b + 1, stop)
    while end > b and toks[end - 1].text in (",", "("):
        end -= 1
    return end if end > b + 1 else None


def _in_message(ev, a: int, b: int) -> bool:
    """Does [a, b] touch the event's message ('sagte der Sprecher „Wir …“': the quotation is what he said)?"""
    return any(x <= b and a < y for x, y in ev.msg)


def _prefield_end(doc, a: int, b: int) -> int | None:
    """A mention that opens a main clause and a prepositional phrase up to its finite verb: in German V2
    only one phrase precedes the verb, so the phrase is part of the mention ("Die US-Botschaft im Irak
    empfahl", "einige Abgeordnete aus der Koalition haben angekündigt")."""
    toks = doc.tokens
    if b >= len(toks) or toks[b].tag not in ("APPR", "APPRART") or a != doc.sentences[toks[a].sent].first:
        return None  # cheap tests first
    for k in range(b + 1, min(len(toks), b + 8)):
        t = toks[k]
        if t.tag.endswith("FIN"):
            end = mention_end(toks, b, k)  # not "am Montag", "bei einer Pressekonferenz"
            return end if end > b + 1 else None
        if t.pos in ("VERB", "AUX", "PUNCT") or t.quote or t.tag in ("KOUS", "PRELS", "APPR", "APPRART"):
            return None
    return None


def _dative_apposition(toks, ev, b: int) -> int | None:
    """Round 14: "Nach Angaben von Sam M., dem Direktor der Wetterbehörde, wurden …": the apposition set off
    by commas between the source phrase and the message names the source too (SpkAtt marks it so)."""
    if b + 3 >= len(toks) or toks[b].text != "," or toks[b + 1].tag != "ART" or not ev.msg:
        return None
    close = next((k for k in range(b + 2, min(len(toks), b + 16)) if toks[k].text == ","), None)
    if close is None or ev.msg[0][0] != close + 1 or any(is_finite(t) or t.quote for t in toks[b + 1 : close]):
        return None
    return close


def platform_end(toks, b: int, end: int) -> int:
    """S33: "In einem Beitrag auf der Plattform X, der …, hieß es": the platform after a post noun belongs to the
    mention (it makes the post a social-media post); the end after it, else b."""
    from .anonymous import SOCIAL_PLATFORMS  # late: anonymous imports this module's users

    if b + 1 >= end or toks[b].text.lower() != "auf":
        return b
    for k in range(b + 1, min(end, b + 4)):
        if toks[k].text.lower() in SOCIAL_PLATFORMS:
            return k + 1
    return b
