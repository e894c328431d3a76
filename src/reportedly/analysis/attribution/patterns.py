"""Prepositional and adverbial cues: "laut X", "nach Angaben der Polizei", "Seiner Meinung nach",
"according to X", "demnach", "Berichte, wonach …", "ein Bericht, demzufolge …".

Each builder returns an Event (cue, source tokens, message pieces) or None; all work on one
sentence's token range, so they cost one pass over it.
"""

from __future__ import annotations

from . import messages as M
from . import names as N
from .citations import citable, coordinated_end, inserted_end
from .clauses_de import clause_pieces
from .cues import SOURCE_NOUNS_DE, is_finite, konjunktiv
from .event import Event
from .inserted import DAY_WORDS
from .lexicon import FINDING_LEMMAS, OBTAINED_WORDS
from .mentions_de import circle_clause_end, label_end, open_title_end, platform_end, title_end
from .nach_phrases import poll_among
from .phrases import GENITIVE_POSSESSIVES, GENITIVE_QUANTIFIERS
from .sources import np_tokens
from .speakers import is_person_noun
from .vorfeld_de import apposition_end, date_tail_end, name_tail, vorfeld_end


def prep_event(doc, cue: list[int], start: int, first: int, end: int, si: int) -> Event | None:
    toks = doc.tokens
    head = start
    while head < end and not (
        toks[head].pos in ("NOUN", "PROPN")
        or (not toks[head].pos and toks[head].text[:1].isupper())
        or (doc.language == "en" and is_person_noun(toks[head].text))  # "a senior official" (tagged ADJ)
    ):
        head += 1
        if toks[head - 1].text in (",", ".") or head - start > (6 if _modifiers(toks, start, head) else 4):
            return None  # round 18: 6 words of modifiers ("two current and one former employee")
    if head >= end:
        return None
    if toks[head].text in '„“"»«':  # round 10: 'laut „Bild“-Zeitung': the noun after the quoted name
        close = next((k for k in range(head + 1, min(end, head + 6)) if toks[k].text in '„“"»«'), None)
        if close is not None and close + 2 < end and toks[close + 1].text == "-":
            head = close + 2
        elif close is not None and close - head <= 4:  # 'laut „Spiegel“': the quoted name, quotes included
            b = vorfeld_end(toks, cue[0], first, close + 1, end) if doc.language == "de" else close + 1  # s26: 'Laut
            # dem neuen „Rheinland-Pfalz-Trend“ von Infratest dimap im Auftrag des SWR kommt …': the whole Vorfeld
            return _prep(doc, cue, start, b, first, end, si)
    if toks[head].tag == "TRUNC" or (head + 2 < end and toks[head + 1].text == "-" and toks[head + 2].tag == "KON"):
        whole = next((k for k in range(head + 2, min(end, head + 6)) if toks[k].tag in ("NN", "NE")), None)
        if whole is not None:  # s19: "Laut der Dokumentations- und Beratungsstelle des Bundes": one body
            return _prep(doc, cue, start, np_tokens(toks, whole, start, end)[1], first, end, si)
    if any(toks[k].pos == "ADP" for k in range(start, head)):  # "laut einer mit den Gesprächen vertrauten Person"
        later = next(
            (k for k in range(head + 1, min(end, head + 6)) if toks[k].pos == "NOUN" and toks[k - 1].tag == "ADJA"),
            None,
        )
        if later is not None:
            _, b = np_tokens(toks, later, later, end)
            if toks[later].text in '„»' and (close := title_end(toks, later, end)) > later:
                b = max(b, close)  # s24: 'Laut dem am Donnerstag veröffentlichten „Brandenburg-Trend“ des Instituts
            if doc.language == "de":  # Trendwerk Politik im Auftrag der „…“ kommt die AfD …': the whole Vorfeld
                b = vorfeld_end(toks, cue[0], first, b, end)
            return _prep(doc, cue, start, b, first, end, si)
    a, b = np_tokens(toks, head, start, end)
    if doc.language == "de" and start < a and toks[a].tag == "ADJA" and all(
            toks[k].tag in ("ADV", "PTKNEG", "ADJD") for k in range(start, a)):
        a = start  # s22: "unter Berufung auf nicht weiter bezeichnete Quellen", "laut namentlich nicht genannten …"
    if doc.language == "en" and start < a and (_modifiers(toks, start, a) or all(
            t.text.isalpha() and t.text.islower() and t.pos not in ("ADP", "PRON") for t in toks[start:a])):
        a = start  # round 18: "two current and one former employee"; s18: "court (tagged a verb) documents"
    poll = b if doc.language == "de" and b + 1 < end and poll_among(toks, head, b) else None  # the poll speaks
    if doc.language == "de" and b + 1 < end and (toks[b].text.lower() in ("von", "vom", "aus") and (
        toks[head].text.lower() in SOURCE_NOUNS_DE
    ) or poll):  # round 10: "Laut Aussagen von Zeugen"; round 12: "Laut Angaben aus Militärkreisen"
        _, b = np_tokens(toks, b + 1, b + 1, end)
    if doc.language == "de":  # "laut Polizei und …"; s14: 'laut „Ärzte ohne Grenzen“'
        b = coordinated_end(toks, open_title_end(toks, start, title_end(toks, b, end), end), end)
    b = (label_end(toks, b) or b) if doc.language == "de" and b < end else b  # round 13: "laut Fonds (MIF)"
    core, b = b, (vorfeld_end(toks, cue[0], first, b, end) if doc.language == "de" else b)  # round 16
    core = b if doc.language == "de" and name_tail(toks, core, b) else core
    b = apposition_end(toks, cue[0], first, b, end) if doc.language == "de" else b  # s14
    seen = None
    if cue[0] == first and doc.language == "en":  # "According to people familiar with the talks, …"
        comma = next((k for k in range(b, min(end, b + 14)) if toks[k].text == ","), None)  # s27: 14, not 8:
        # "According to a later report by Breaking Defense that cited two Army officials, …"
        if comma is not None and comma + 2 < end and toks[comma + 1].text.lower() in SEEN_BY:  # s26: "According
            seen, comma = comma, next((k for k in range(comma + 2, min(end, comma + 9)) if toks[k].text == ","),
                                      comma)  # to a report, seen by the Guardian, …": the phrase is the source's,
            # the report (not the paper) speaks
        second = _apposition_comma(toks, comma, end) if comma is not None and seen is None else None
        if second is not None:
            seen, comma = comma, second  # s27: "According to an analysis by Ledgerlight, a blockchain analytics firm,"
        b = comma if comma is not None else b
        rel = next((k for k in range(a + 1, b - 1) if toks[k].text.lower() in ("that", "which") and toks[
            k + 1].pos in ("VERB", "AUX")), None)
        if rel is not None and seen is None:  # s27: "According to a later report by X that cited two officials, …"
            ev = _prep(doc, cue, a, b, first, end, si)
            if ev is not None:
                ev.src = (a, rel)
            return ev
    elif doc.language == "en" and cue[0] > first and (toks[cue[0] - 1].text == "," or (  # s27: ',"' too
            cue[0] - 1 > first and toks[cue[0] - 1].text in ('"', "”") and toks[cue[0] - 2].text == ",")):
        # "…, according to people familiar with the matter." / "…, according to a survey by X.": the tail
        stop = M.content_end(toks, first, end)
        comma = next((k for k in range(b, stop) if toks[k].text in (",", ";") or (
            toks[k].text.lower() in ("that", "which") and k + 1 < stop and toks[k + 1].pos in ("VERB", "AUX"))), None)
        comma = _named_tail(toks, comma if comma is not None else stop, end) or comma  # s27: "…, according to the
        # report's author, economist Lydia Fenwick.": her name too
        b0, b = b, comma if comma is not None else max(b, stop)  # s22: not "a new poll that suggests …"
        ev = _prep(doc, cue, a, b, first, end, si)
        if ev is not None and (any(t.text.lower() == "by" for t in toks[b0:b]) or (
                b0 < b and toks[b0].text.islower() and toks[b0].text.endswith("ed"))):
            ev.extra["resolve"] = (a, b0)  # "economists polled by Reuters": the economists, not Reuters; s18:
            # "court documents unsealed on Tuesday": the documents
        if ev is not None and b < end and toks[b].text.lower() in ("that", "which") and len(ev.msg) > 1:
            ev.msg = [m for m in ev.msg if m[1] <= cue[0]]  # s22: "…, according to a poll that suggests …"
        if ev is not None and b + 1 < end and (toks[b + 1].text.lower() in (
                "who", "which", "though", "although", "but", "while", "whereas") or _and_clause(toks, b + 1, end)) and (
                len(ev.msg) > 1):
            ev.msg = [m for m in ev.msg if m[1] <= cue[0]]  # s18: "…, according to one of the people, who spoke on
        return ev  # condition of anonymity": the relative clause is about the source; s24: "…, though aid groups say"
    ev = _prep(doc, cue, a, b, first, end, si)
    if ev is not None and seen is not None:
        ev.extra["resolve"] = (a, seen)
    if ev is not None and doc.language == "de" and (core < b or poll):
        ev.extra["resolve"] = (a, poll or core)  # round 16: "Laut Polizei in Köln wurden …": the police
    return ev


def _and_clause(toks, k: int, end: int) -> bool:
    """S30: "…, according to media buyers, and the company warned …": "and" opening a clause of its own (a subject
    and its finite verb within five words), which the according-to does not tell."""
    return toks[k].text.lower() == "and" and any(
        "VerbForm=Fin" in (t.morph or "") and t.pos in ("VERB", "AUX") for t in toks[k + 2 : min(end, k + 6)])


def _named_tail(toks, comma: int, end: int) -> int | None:
    """Where a short named apposition after `comma` closes the sentence (", economist Lydia Fenwick."), else None."""
    tail = end
    while tail > comma and toks[tail - 1].text in ('.', '!', '?', '"', "”"):
        tail -= 1
    if comma >= tail or toks[comma].text != "," or not 2 <= tail - comma - 1 <= 4:
        return None
    words = toks[comma + 1 : tail]
    return tail if all(t.text.isalpha() for t in words) and all(t.text[:1].isupper() for t in words[-2:]) else None


def _apposition_comma(toks, comma: int, end: int) -> int | None:
    """The comma closing an apposition that opens with "a"/"an" right after `comma` and has no verb, else None."""
    if comma + 2 >= end or toks[comma + 1].text.lower() not in ("a", "an"):
        return None
    second = next((k for k in range(comma + 2, min(end, comma + 9)) if toks[k].text == ","), None)
    if second is None or any(t.pos in ("VERB", "AUX") for t in toks[comma + 1 : second]):
        return None
    return second


SEEN_BY = (OBTAINED_WORDS - {"heard"}) | {"published", "released"}
"""S26: participles whose phrase after a source's comma belongs to the source ("According to a report, seen by the
Guardian, …")."""


def _modifiers(toks, a: int, b: int) -> bool:
    return all(t.pos in ("NUM", "ADJ", "DET", "CCONJ", "ADV") for t in toks[a:b])


def after_colon(toks, i: int, first: int) -> int:
    """S28: "Anders sieht das das IfW: Laut dessen Herbstprognose birgt …": a cue right after a colon opens the
    clause it reports; the words before the colon are the writer's. The sentence's new first token."""
    return i if i > first and toks[i - 1].text == ":" else first


def _prep(doc, cue: list[int], a: int, b: int, first: int, end: int, si: int) -> Event | None:
    first = after_colon(doc.tokens, min(cue[0], a), first)
    skip = inserted_end(doc.tokens, date_tail_end(doc.tokens, cue[0], first, b, end), end) if (
        doc.language == "de") else b
    inner = clause_pieces(doc.tokens, min(cue[0], a), skip, first, end) if doc.language == "de" else None
    msg = inner or M.rest_pieces(doc.tokens, first, end, cue[0], skip)
    return Event(cue, (a, b), msg, "according_to", si) if msg else None


"""Pronouns after the verb of "Das bestätigt …" that are not its speaker ("Das bestätigt uns der Sprecher")."""
FIRST_PERSON_POSSESSIVES = frozenset("meiner meinen meinem unserer unseren unserem".split())


def nach_event(doc, i: int, found: tuple[str, int], first: int, end: int, si: int) -> Event | None:
    """ "Nach Angaben der Polizei", "nach einer Studie der WHO", "nach Brancheninformationen",
    "Seiner Meinung nach": cue "nach", the noun phrase is the source mention (as SpkAtt annotates
    it); the Source is resolved from its genitive or von-complement when there is one."""
    toks = doc.tokens
    where, h = found
    first = after_colon(toks, i, first) if where == "pre" else first
    if where == "post":
        a, b = np_tokens(toks, h, first, i)
        msg = M.rest_pieces(toks, first, end, a, i + 1)
        ev = Event([i], (a, i), msg, "according_to", si) if msg else None
        if ev is not None and toks[a].text.lower() in ("seiner", "ihrer", "dem", "seinen", "ihren"):
            ev.src = (a, i) if toks[a].text.lower() == "dem" else None  # "Seiner Meinung nach": the speaker
            ev.extra["mention"] = (a, i)
        elif ev is not None and toks[a].text.lower() in FIRST_PERSON_POSSESSIVES:
            ev.src, ev.passive = None, not toks[a].quote  # s12: "Unserer Meinung nach": the writer's, not a
            ev.extra["mention"] = (a, i)  # source (inside a quotation, the one quoted)
        return ev
    a, b = np_tokens(toks, h, i + 1, end)
    poll = b if b + 1 < end and poll_among(toks, h, b) else None  # s20: "Nach einer Umfrage unter 400 Kliniken"
    if poll or b + 1 < end and toks[b].text.lower() in ("von", "vom", "aus") and toks[b].tag != "PTKVZ" and not (
        toks[b].text.lower() == "aus" and b - 1 != h  # s31: not "nach Angaben des Sprechers aus einer Linie"
    ) and not (
        toks[b + 1].text.lower().startswith(DAY_WORDS) or toks[b + 1].text[:1].isdigit() or toks[b + 1].pos == "PUNCT"
    ):  # "Informationen aus Kreisen"; round 14: "Angaben der Polizei vom Dienstag": the date is no source; s22:
        c, b = b + 1, np_tokens(toks, b + 1, b + 1, end)[1]  # not the particle of "fallen nach Angaben des X aus."
        if b == c + 2 and toks[c].tag == "NN" and toks[c + 1].tag == "NN":
            b = c + 1  # s22: "gibt es nach Angaben von Vermittlern Bewegung": the second noun is the object
        b = next((k + 1 for k in range(c, b - 1) if toks[k].text.lower().endswith("kreisen")), b)  # s20: not "…
        # aus Regierungskreisen Kürzungen": a circle is a whole source, the noun after it the sentence's object
    b = open_title_end(toks, i + 1, title_end(toks, b, end), end)  # s14: 'von „Ärzte ohne Grenzen“'
    b = coordinated_end(toks, b, end)  # round 10: "Nach Informationen von NDR, WDR und SZ"
    b = label_end(toks, b) or circle_clause_end(toks, b, end)  # round 13: "(MIF)"; s7: "Personen, die … vertraut …,"
    core, b = b, vorfeld_end(toks, i, first, b, end)  # round 16: "Nach Angaben der Behörden in Gaza beläuft sich"
    core = b if name_tail(toks, core, b) else core
    b = apposition_end(toks, i, first, b, end)  # s14: "Nach Meinung von X, Professor am Caltech, könnte"
    skip = inserted_end(toks, date_tail_end(toks, i, first, b, end), end)
    msg = clause_pieces(toks, i, skip, first, end) or M.rest_pieces(toks, first, end, i, skip)  # round 13
    if not msg:
        return None
    ev = Event([i], (i + 1, b), msg, "according_to", si)
    links = ("der", "des", "eines", "einer", "von", "vom", "aus", *GENITIVE_QUANTIFIERS,  # s21: "Angaben mehrerer X"
             *GENITIVE_POSSESSIVES, "dieser", "dieses")  # s22: "nach Angaben seines Anwalts", "dieser Zeitung"
    g = next((k for k in range(h + 1, b) if toks[k].text.lower() in links or (  # s23: "Nach Angaben örtlicher
        k == h + 1 and toks[k].tag == "ADJA" and toks[k].text.endswith("er") and toks[k].text.islower())),
        None)  # Behörden": a genitive plural
    g = g if g is None or g < core else None
    if poll:
        ev.extra["resolve"] = (i + 1, poll)  # the poll speaks, not whom it asked
    elif g is not None and core - g >= 2 and not N.doc_noun(toks[h].text):  # "nach einer Studie der WHO": the study
        ev.extra["resolve"] = (g + 1 if toks[g].text.lower() in ("von", "vom", "aus") else g, core)
    elif toks[i + 1].text.lower() in ("seinen", "ihren", "deren", "dessen", "seiner", "ihrer"):
        ev.src = None  # "Nach deren Angaben": whoever was cited
        ev.extra["mention"] = (i + 1, b)
    elif core < b:
        ev.extra["resolve"] = (i + 1, core)  # the place after the source phrase names no one
    return ev


def anaphoric_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ "Die Hersteller dürfen demnach …" (the source is whoever was cited: current speaker);
    "ein Reuters-Bericht, demzufolge …" / "Berichte, wonach …" (the noun before the comma)."""
    toks = doc.tokens
    low = toks[i].text.lower()
    if i > first and toks[i - 1].text == "," and i - 2 >= first and toks[i - 2].pos in ("NOUN", "PROPN"):
        a, b = np_tokens(toks, i - 2, first, i - 1)
        stop = M.content_end(toks, first, end)
        for k in range(i + 2, stop - 1):  # "…, wonach Kim erkrankt sein soll, hatte der Berater …"
            if toks[k].text == "," and is_finite(toks[k + 1]):
                stop = k
                break
        if stop - i < 3:
            return None
        return Event([i], (a, b), [(i + 1, stop)], "according_to" if low != "wonach" else "indirect", si)
    if low == "wonach":
        return None
    msg = M.rest_pieces(doc.tokens, first, end, i, i + 1)
    if not msg:
        return None
    ev = Event([i], None, msg, "according_to", si)
    ev.extra["mention"] = (i, i + 1)  # "Demnach" stands for whoever was cited (SpkAtt's source token)
    if i - 3 >= first and toks[i - 1].text == ":" and i - first <= 9 and toks[first].pos == "DET":
        head = next((k for k in range(first + 1, i - 1) if toks[k].pos in ("NOUN", "PROPN")), None)
        if head is not None:  # s24: "Die „Daily Mail“ legt nach: Demnach soll …": the paper before the colon
            a, b = np_tokens(toks, head, first, i - 1)
            ev.msg = [(i + 1, m[1]) if m[0] <= i < m[1] else m for m in msg if m[1] > i]
            ev.src = (first if a == first + 1 else a, b)
    return ev


def es_heisst_event(doc, i: int, first: int, end: int, si: int, cue: list[int] | None = None) -> Event | None:
    """ "Es heißt, der Präsident sei krank": reported with no source, and not the current speaker's."""
    if i + 1 >= end or doc.tokens[i + 1].text not in (",", ":"):
        return None
    msg = M.right_message(doc.tokens, i + 1, first, end, "de")
    return Event(cue or [i, first], None, [msg], "indirect", si, passive=True) if msg else None


def past_participial(toks, head: int | None, lo: int, hi: int) -> int | None:
    """S26: "einem am Abend veröffentlichten Beitrag": the noun after an attributive phrase, not the noun inside it
    (a preposition before the first noun, an adjective and a noun after it)."""
    k = head - 1 if head is not None else lo
    while k > lo and toks[k].tag == "ADJA":
        k -= 1  # s34: "In dem mit großer Mehrheit beschlossenen Leitantrag"
    if head is not None and k >= lo and toks[k].tag in ("APPR", "APPRART", "CARD") and head + 2 < hi and (
            _attribute_word(toks[head + 1]) and toks[head + 2].pos == "NOUN"):  # s34: "in dem rund 140 Seiten starken
        return head + 2  # Beschluss"
    if head is not None and head - 2 >= lo and toks[head - 1].pos == "DET" and toks[head - 2].pos == "DET" and (
            head + 2 < hi and _attribute_word(toks[head + 1]) and toks[head + 2].pos == "NOUN"):
        return head + 2  # s27: "einem der Zeitung vorliegenden Vermerk": the dative inside the attribute
    return head


def _attribute_word(t) -> bool:
    """An inflected adjective or participle, also where the tagger read the participle as a finite verb (s34: "in
    dem am Freitag verkündeten (VVFIN) Urteil")."""
    return t.tag == "ADJA" or t.tag in ("VVFIN", "VVPP") and t.text.islower() and t.text.endswith(("en", "em", "er"))


CHANNEL_TAILS = ("kanal", "account", "konto", "seite", "profil", "homepage", "website", "plattform")
"""S28: where a post is, after "auf": "Auf dem X-Kanal der Landesregierung hieß es, …"."""


def _on_channel(toks, first: int, i: int) -> bool:
    """The sentence opens with "auf" and a channel or page ("Auf dem Telegram-Kanal der Stadtverwaltung"),
    not a place or an occasion ("Auf der Pressekonferenz hieß es")."""
    return toks[first].text.lower() == "auf" and any(
        t.pos == "NOUN" and t.text.lower().endswith(CHANNEL_TAILS) for t in toks[first + 1 : i])


def heisst_es_event(doc, i: int, first: int, end: int, si: int, cue: list[int] | None = None) -> Event | None:
    """ "…, heißt es in dem Bericht", "In der Erklärung heißt es, …", "so hieß es bei mehreren
    Personen": cue "heißt es"; the source is the noun phrase after in/bei/aus (or the fronted "In
    der Erklärung"), else the current speaker; the message is the clause before or after the cue."""
    toks = doc.tokens
    cue = cue or [i, i + 1]
    i, past = min(cue), max(cue) - 1  # s9: "Aus dem Kanzleramt hatte es zuvor geheißen, …": [hatte, es, geheißen]
    src = None
    fronted = ("in", "im", "bei", "beim", "aus", "von", "vom", "seitens")  # s21: "Beim DFB hieß es, …"
    named_after = past + 2 < end and toks[past + 2].text.lower() in fronted  # "…, heißt es im Monatsbericht"
    comma = next((j for j in range(first, i) if toks[j].text == ","), i)
    clause_first = toks[i - 1].text == "," and any(is_finite(t) for t in toks[first:comma])  # s34: "Beim Bürgergeld
    # sollen …, heißt es darin": the clause before the cue is its message, no source (but "In der Angebotsunterlage,
    # die … eingereicht wurde, heißt es", "Im Buch ist …, beispielsweise heißt es: …")
    opens = (toks[first].text.lower() in fronted or _on_channel(toks, first, i)) and not clause_first
    if i - 1 > first and opens and not (named_after and any(
        t.text == "," or is_finite(t) for t in toks[first:i]
    )) and not (named_after and all(t.ent.endswith("LOC") for t in toks[first + 1 : i])):  # "In der Erklärung heißt
        # es: …", "Aus Kreisen hieß es"; s19: not "Im Quartal dürfte …, heißt es im …"; s31: nor "In Berlin hieß es
        # aus dem Auswärtigen Amt, …" (a place; the speaker follows)
        head = next((j for j in range(first + 1, i) if toks[j].pos in ("NOUN", "PROPN")), None)
        head = past_participial(toks, head, first + 1, i)  # s26: "In einem am Abend veröffentlichten Beitrag"
        if head is not None:
            src = np_tokens(toks, head, first + 1, i)
            src = (src[0], platform_end(toks, src[1], i))
            msg = M.right_message(toks, past + 2, first, end, "de")
            return Event(cue, src, [msg], "indirect", si) if msg else None
    k = i - 1
    while k > first and toks[k].text.lower() in ("so", "dazu", "auch", "weiter", "zudem"):
        k -= 1  # "…, so heißt es"
    after_preps = ("in", "im", "bei", "beim", "aus", "von", "vom", "seitens")  # "…, hieß es vom Sprecher Mark Toner"
    prep = next((j for j in range(cue[1] + 1, min(end, past + 8)) if toks[j].text.lower() in after_preps), None)
    if prep is not None and prep > past + 4 and any(t.text in (",", ":") or t.quote or t.pos in ("VERB", "AUX")
                                                     for t in toks[cue[1] + 1 : prep]):
        prep = None  # s27: "hieß es dagegen am Abend in einem Post des Bündnisses": past a time phrase, not a clause
    if prep is not None:
        head = next((j for j in range(prep + 1, min(end, prep + 7)) if toks[j].pos in ("NOUN", "PROPN") and not (
            toks[j].text == "-")), None)  # s25: "in dem 34-seitigen Beschluss" (number, hyphen, adjective, noun)
        if head is not None and toks[head - 1].tag == "CARD" and head + 2 < end and toks[head + 1].tag == "ADJA":
            head = next((j for j in range(head + 2, min(end, head + 4)) if toks[j].pos == "NOUN"), head)  # s24: "in
            # der rund 900 Seiten starken Untersuchung": the study, not its pages
        head = past_participial(toks, head, prep + 1, end)  # s26: "in dem am Mittwoch veröffentlichten Report"
        if head is not None:
            src = np_tokens(toks, head, prep + 1, end)
    stop = M.content_end(toks, first, end)
    after = max(src[1], past + 2) if src else past + 2
    close = next((j for j in range(after, min(stop, after + 8)) if toks[j].text == ","), None)
    if close is not None and close + 1 < stop and toks[close + 1].tag in ("PRELS", "PRELAT"):
        close = None  # "…, heißt es in einem Schreiben, das der Zeitung vorliegt": the source's relative clause
    if toks[k].text == "," and close is not None and (
        any(is_finite(t) for t in toks[close + 1 : stop]) or _verb_tail(toks, first, k, close + 1, stop)
    ):
        pieces = M.rest_pieces(toks, first, end, k, close + 1)  # "Die Stimmung, so hieß es bei …, sei schlecht"
        return Event(cue, src, pieces, "indirect", si) if pieces else None
    msg = M.left_message(toks, k + 1, first, "de") if toks[k].text == "," else None
    msg = msg or M.right_message(toks, after, first, end, "de")
    return Event(cue, src, [msg], "indirect", si) if msg else None


def _verb_tail(toks, first: int, k: int, a: int, b: int) -> bool:
    """Round 18: "Die Regierung werde, so hieß es, bald entscheiden": [a, b) ends the verb of the clause
    before the cue (a finite auxiliary there, an infinitive or participle here)."""
    return any(is_finite(t) for t in toks[first:k]) and any(
        t.tag in ("VVINF", "VVPP", "VAINF", "VMINF", "VVIZU", "VAPP") for t in toks[a:b]
    )


SHOWING_LEMMAS = FINDING_LEMMAS - {"bestätigen"}


FINDING_NOUNS = frozenset("ergebnis schluss schluß fazit".split())


def finding_cue(toks, i: int, end: int) -> bool:
    """ "Der Bericht zeigt, dass …", "Die Studie kommt zu dem Schluss, dass …": a finding verb (not a
    speech verb on its own: "zeigen" is rarely a cue in news) with a dass-clause."""
    if toks[i].pos != "VERB" or not is_finite(toks[i]):
        return False
    lemma = (toks[i].lemma or "").lower()
    stop = min(end, i + 7)
    dass = next((k for k in range(i + 1, stop) if toks[k].text.lower() == "dass"), None)
    if dass is None or toks[dass - 1].text != ",":
        return False
    if lemma in SHOWING_LEMMAS:
        return all(toks[k].pos in ("ADV", "ADJ", "PRON", "PUNCT") for k in range(i + 1, dass))
    if lemma == "machen":  # round 10: "machte deutlich, dass …", "machte klar, dass …"
        return any(toks[k].text.lower() in ("deutlich", "klar") for k in range(i + 1, dass))
    return lemma == "kommen" and any(toks[k].text.lower() in FINDING_NOUNS for k in range(i + 1, dass))


BERUFUNG_NOUNS = frozenset("berufung verweis bezug bezugnahme hinweis".split())
"""Round 10: "unter Berufung auf", "unter/mit Verweis auf", "mit Bezug auf", "unter Hinweis auf" X: X is cited."""


CITING_LEMMAS = frozenset("berufen stützen beziehen".split())
"""Round 10: "Das Blatt beruft sich auf zwei Beamte", "stützt sich auf Quellen im Ministerium": the cited."""


def citing_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """Round 10: "X beruft sich (dabei) auf vier mit der Sache vertraute Personen." — a cue without a
    message of its own whose speaker is the cited source: what the next Konjunktiv sentences report is
    theirs (the engine's floor), not the outlet's."""
    toks = doc.tokens
    if (toks[i].lemma or "").lower() not in CITING_LEMMAS or toks[i].pos != "VERB":
        return None
    if toks[i].tag == "VVPP" and (late := _cited_before_participle(toks, i, first)) is not None:
        auf = late  # s20: "Die Zeitung hatte sich auf drei Personen aus dem Umfeld des Präsidenten berufen."
    elif not any(t.text.lower() == "sich" for t in toks[i + 1 : min(end, i + 3)]):
        return None
    else:
        auf = next((k for k in range(i + 1, min(end, i + 5)) if toks[k].text.lower() == "auf"), None)
    if auf is None or not citable(toks, auf + 1, end):
        return None
    ev = prep_event(doc, [i, auf], auf + 1, first, end, si)
    if ev is None or ev.src is None:
        return None
    if any(konjunktiv(t, "de") == 1 or t.text.lower() in ("dass", ":") for t in toks[ev.src[1] : end]):
        return None  # a message follows: "…, wonach …", ": …" (the usual patterns handle it)
    ev.msg, ev.mode = [], "indirect"
    return ev


def _cited_before_participle(toks, i: int, first: int) -> int | None:
    """The "auf" of "hatte sich auf X berufen": "sich" right after the finite auxiliary, "auf" after it, the
    participle at i closing the clause; None otherwise."""
    fv = next((k for k in range(i - 1, first - 1, -1) if toks[k].tag in ("VAFIN", "VMFIN")), None)
    if fv is None or fv + 2 >= i or toks[fv + 1].text.lower() != "sich":
        return None
    if any(t.text in (",", ";", ":") or t.quote for t in toks[fv:i]):
        return None
    return next((k for k in range(fv + 2, i - 1) if toks[k].text.lower() == "auf"), None)


def is_berufung(toks, ev: Event) -> bool:
    """ "unter Berufung auf X" and its kin (BERUFUNG_NOUNS)."""
    return len(ev.cue) == 3 and toks[ev.cue[1]].text.lower() in BERUFUNG_NOUNS


def is_citing(toks, ev: Event) -> bool:
    """A loose cue of "sich berufen auf X" (citing_event) or of "zitieren" whose speaker is the cited."""
    return bool(ev.cue) and (toks[ev.cue[0]].lemma or "").lower() in CITING_LEMMAS | {"zitieren"} and not ev.msg


def own_account_event(toks, i: int, n: int, own, msg, si: int) -> Event:
    """Round 15: "Die Feuerwehr hat nach eigenen Angaben …", "Seinen Angaben nach …": the cue is "nach",
    the words "eigenen Angaben" stand for the speaker (the mention, as SpkAtt annotates them: 8 of 8
    in the tune split) and the source is the clause's subject, else the current speaker."""
    at = i if toks[i].text.lower() == "nach" else i + n - 1
    words = (i + 1, i + n) if at == i else (i, i + n - 1)
    ev = Event([at], words if own is not None else None, msg, "according_to", si)
    if own is not None:
        ev.extra["resolve"] = own
    else:
        ev.extra["mention"] = words
    return ev
