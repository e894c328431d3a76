"""Round 19 (German): cue constructions of several words — "so" with a finite cue verb inserted in the
report ("In zehn Jahren, so schätzen die Forscher, soll …"), "wurde bekannt", the perfect "hatte es
geheißen", a fronted "Danach" that cites the paper named just before, and (moved from patterns.py)
"mit den Worten" with the quotation after or, s9, before it ("„…“ – mit diesen Worten eröffnete X …"), and
(s15, moved from sentence_events.py) "so" with its source closing or inserted in the report ("…, so X.")."""

from __future__ import annotations

from . import inserted as IN
from . import messages as M
from .cues import is_finite, konjunktiv, verb_cue
from .event import Event
from .phrases import np_tokens


def so_verb_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ ", so schätzen die Forscher, …" / "…, so bestätigt das Gericht.": "so", a finite cue verb and its
    subject inserted in or closing the reported clause; the message is the clause around them."""
    toks = doc.tokens
    if i <= first or toks[i - 1].text != "," or i + 2 >= end:
        return None
    if not (is_finite(toks[i + 1]) and verb_cue(toks[i + 1], "de")):
        return None
    start = i + 2 + (toks[i + 2].text.lower() == "es")  # "so sagte es NATO-Generalsekretär Stoltenberg"
    if toks[start].text.lower() in ("ich", "wir"):
        return None  # "…, so fürchte ich, …": the speaker's own aside, which the plain cue reads
    if toks[start].tag in ("PPER", "PDS"):  # "…, so schrieb sie in einer Stellungnahme", "so schrieb diese"
        a, b = start, start + 1
    else:
        head = next((k for k in range(start, min(end, start + 4)) if toks[k].pos in ("NOUN", "PROPN")
                     or toks[k].tag in ("APPR", "APPRART")), None)
        if head is None or toks[head].tag in ("APPR", "APPRART"):
            return None
        a, b = np_tokens(toks, head, start, end)
    stop = M.content_end(toks, first, end)
    if b < stop and toks[b].text == "," and any(is_finite(w) for w in toks[b + 1 : stop]):
        pieces = M.rest_pieces(toks, first, end, i - 1, b + 1)
    elif not any(is_finite(w) for w in toks[b:stop]):  # "…, so betonte der Minister am Montag."
        pieces = [p for p in [M.left_message(toks, i, first, "de")] if p]
    else:
        return None
    return Event([i, i + 1], (a, b), pieces, "indirect", si) if pieces else None


WERDEN_FORMS = frozenset("wurde wird wurden werden worden geworden".split())


def bekannt_werden(toks, i: int, first: int, end: int) -> list[int] | None:
    """The cue "bekannt wurde" / "wurde bekannt" / "bekannt geworden" (the adjective, not "gab bekannt"): a
    form of "werden" right before or after "bekannt"."""
    if toks[i].tag not in ("ADJD", "VVPP"):  # s16: "nachdem bekannt geworden war" is tagged a participle
        return None
    k = i - 1
    while k > first and k > i - 4 and toks[k].tag == "ADV":
        k -= 1  # s16: "wurde dann bekannt", "wurde inzwischen auch bekannt"
    near = [k for k in (k, i + 1, i + 2) if first <= k < end and toks[k].text.lower() in WERDEN_FORMS]
    if not near or (toks[i].tag == "VVPP" and near[0] != i + 1):
        return None
    if near[0] == i + 1 and i + 2 < end and toks[i + 2].lemma in ("sein", "werden") and is_finite(toks[i + 2]):
        return [i, i + 1, i + 2]  # "bekannt geworden war", "bekannt geworden ist"
    return sorted([i, near[0]])


def geheissen_cue(toks, i: int, first: int) -> list[int] | None:
    """The cue of the perfect "hatte es geheißen" ("es" after the auxiliary, or first: "Es hat geheißen")."""
    for k in range(i - 1, max(first, i - 4) - 1, -1):
        if toks[k].text.lower() == "es" and k - 1 >= first and toks[k - 1].lemma == "haben" and is_finite(toks[k - 1]):
            return [k - 1, k, i]
        if toks[k].text.lower() == "es" and k == first and k + 1 < i and toks[k + 1].lemma == "haben":
            return [k, k + 1, i]
    return None


PAPER_ENDS = ("studie", "bericht", "umfrage", "gesetz", "entwurf", "urteil", "statistik", "analyse", "gutachten",
              "erhebung", "auswertung", "papier", "dokument", "plan", "vertrag", "prognose", "report", "befragung")


def paper_before(doc, si: int, verb) -> bool:
    """S9: the sentence before names a study, report or bill, so a fronted indicative "Danach" reads "according
    to it" ("Das Institut legte eine Studie vor. Danach ist jedes dritte Kind betroffen"), not "afterwards"
    (the verb after it must not be past: "Danach wurde er verkauft")."""
    if si == 0 or "Past" in (verb.morph or ""):
        return False
    sent = doc.sentences[si - 1]
    return any(t.pos == "NOUN" and t.text.lower().endswith(PAPER_ENDS) for t in doc.tokens[sent.first : sent.last])


def mit_den_worten(doc, i: int, first: int, end: int, si: int, subject) -> Event | None:
    """ "Der Minister reagierte mit den Worten: „…“" / "… mit den Worten, man werde …": cue "mit den
    Worten", the source is the clause's subject (`subject(fv)`), the message what follows."""
    toks = doc.tokens
    if i + 3 >= end or toks[i + 1].text.lower() not in ("den", "diesen") or toks[i + 2].text.lower() != "worten":
        return None
    for k in range(i + 3, end):  # "wird mit den Worten zitiert, …": the verb is the cue
        if toks[k].text in (",", ":") or toks[k].quote:
            break
        if verb_cue(toks[k], "de"):
            return None
    before = _quote_before(toks, first, i)
    if before is not None and toks[i + 1].text.lower() == "diesen":  # s9: "„…“ – mit diesen Worten eröffnete X"
        fv = next((k for k in range(i + 3, end) if is_finite(toks[k])), None)
        src = subject(doc, fv, i + 3, end, "de") if fv is not None else None
        return Event([i, i + 1, i + 2], src, [before], "direct", si) if src is not None else None
    fv = next((k for k in range(first, i) if is_finite(toks[k]) and not toks[k].quote), None)
    src = subject(doc, fv, first, i, "de") if fv is not None else None
    obj = None
    zv = next((k for k in range(i - 1, first - 1, -1) if is_finite(toks[k]) and not toks[k].quote), None)
    if zv is not None and (toks[zv].lemma or "").lower() == "zitieren":  # "X zitierte Minister Y mit den Worten"
        k = next((k for k in range(i - 1, zv, -1) if toks[k].pos in ("NOUN", "PROPN") or _object_pronoun(toks[k])),
                 None)
        if k is not None:  # s25: also the second verb ("griff den Fall auf und zitierte die 71-jährige Hovland")
            obj = (k, k + 1) if _object_pronoun(toks[k]) else np_tokens(toks, k, zv + 1, i)
        fv = zv
    if toks[i + 3].quote or toks[i + 3].text in M.QUOTE_MARKS:
        a = i + 3
        while a < end and toks[a].text in M.QUOTE_MARKS:
            a += 1
        b = a
        while b < end and toks[b].quote and toks[b].text not in M.QUOTE_MARKS:
            b += 1
        msg = (a, b) if b - a >= 2 else None
    else:
        msg = M.right_message(toks, i + 3, first, end, "de")
    if not msg:
        return None
    ev = Event([i, i + 1, i + 2], obj or src, [msg], "indirect", si)
    if obj is not None:
        ev.extra["quoted_by"] = fv  # reported inside the quoting outlet's or ministry's own event
    return ev


def _quote_before(toks, first: int, i: int) -> tuple[int, int] | None:
    """The quotation that fills the sentence before "mit diesen Worten" ("„…“ – mit diesen Worten"), else None."""
    k = i - 1
    if k <= first or toks[k].text not in ("–", "-", ","):
        return None
    a, b = first, k
    while a < b and toks[a].text in M.QUOTE_MARKS:
        a += 1
    while b > a and toks[b - 1].text in M.QUOTE_MARKS:
        b -= 1
    return (a, b) if b - a >= 2 and all(t.quote for t in toks[a:b]) else None


def _object_pronoun(tok) -> bool:
    """Round 15: "Tass zitierte ihn mit den Worten, …": the quoted person as a pronoun."""
    return tok.pos == "PRON" and tok.text.lower() in ("ihn", "sie", "ihm", "ihr", "diesen", "diese")


REACTION_NOUNS = frozenset("kritik widerspruch lob zustimmung unterstützung ablehnung protest applaus".split())


def from_whom(toks, fv: int, colon: int) -> tuple[int, int] | None:
    """S9: "Kritik kam auch von der Opposition: Die Reform sei unsozial": a reaction noun as the subject of
    "kommen" and the von-phrase names who speaks after the colon."""
    if (toks[fv].lemma or "") != "kommen":
        return None
    if not any(t.text.lower() in REACTION_NOUNS for t in toks[max(0, fv - 2) : colon]):
        return None
    von = next((k for k in range(fv + 1, colon) if toks[k].text.lower() in ("von", "vom")), None)
    if von is None:
        return None
    head = next((k for k in range(von + 1, colon) if toks[k].pos in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    return np_tokens(toks, head, von + 1 if toks[von].text.lower() == "von" else von, colon)


CERTAIN_WORDS = frozenset(
    "klar sicher ausgemacht offensichtlich unstrittig fraglich entscheidend unverständlich".split()
)


def fuer_klar_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """S9: "Für die Union ist klar, dass die Reform scheitert": the für-phrase opening the sentence names whose
    view the dass- or V2-clause after "ist klar" is."""
    toks = doc.tokens
    if i != first:
        return None
    verb = next((k for k in range(i + 2, min(end, i + 8)) if is_finite(toks[k])), None)
    if verb is None or toks[verb].lemma != "sein" or verb + 2 >= end:
        return None
    adj = verb + 1 + (toks[verb + 1].text.lower() in ("es", "doch", "aber", "jedoch", "nun", "längst", "schon"))
    if adj >= end or toks[adj].text.lower() not in CERTAIN_WORDS or toks[adj + 1].text != ",":
        return None
    head = next((k for k in range(i + 1, verb) if toks[k].pos in ("NOUN", "PROPN")), None)
    msg = M.right_message(toks, adj + 1, first, end, "de")
    if head is None or msg is None:
        return None
    return Event([verb, adj], np_tokens(toks, head, i + 1, verb), [msg], "indirect", si)


def so_source_event(doc, i: int, first: int, end: int, si: int, used: set[int]) -> Event | None:
    """ ", so die Polizei." / "Der Täter sei, so die Ermittler, polizeibekannt.": "so" and a source closing or
    inserted in the report; the message is the clause around them (its Konjunktiv verbs go into `used`)."""
    toks = doc.tokens
    ev = None
    head = i + 1
    if toks[head].pos == "DET" and i + 4 < end and toks[i + 2].text.isdigit() and toks[i + 3].text == "-":
        head = i + 4  # s22: "so die 41-Jährige" (tokenised 41 | - | Jährige)
    elif toks[head].pos == "DET" and i + 2 < end and toks[i + 2].tag == "ADJA":  # s14: "so die
        # nicaraguanische Frauenrechtlerin X": the noun, not "die" (but "so einer von X" stays)
        head = next((k for k in range(i + 2, min(end, i + 6)) if toks[k].pos in ("NOUN", "PROPN")), head)
    a, b = np_tokens(toks, head, i + 1, end)
    msg = M.left_message(toks, i, first, "de")
    stop = M.content_end(toks, first, end)
    while stop > b and toks[stop - 1].text in (":", ",", "weiter"):
        stop -= 1
    c = b + (b < stop and toks[b].text.lower() in ("weiter", "zudem", "außerdem"))  # "so Obama weiter,"
    c = IN.pp_to_comma(toks, c, stop)  # s15: ", so X in einem Blogeintrag auf der Website von Y, …"
    if c < stop and toks[c].text == "," and IN.relative_clause(toks, c + 1, stop):  # s15: "so X, der …"
        c = stop if any(is_finite(w) for w in toks[first:i]) else IN.relative_end(toks, c + 1, stop)
    rel = c >= stop  # the relative clause after the source (and all after it) is neither source nor message
    if msg and not rel and c + 2 < stop and toks[c].text == "," and toks[c + 1].text in ("„", "»", '"'):
        used.update(k for k in range(first, end) if konjunktiv(toks[k], "de") == 1)  # s22: „Verdi nimmt“, so der
        return Event([i], (a, b), [msg, (c + 2, stop)], "direct", si)  # Sprecher, „Tausende … in Geiselhaft.“
    if not rel and c < stop and toks[c].text == "," and (
        any(is_finite(w) for w in toks[c + 1 : stop])
        or (c + 1 < stop and toks[c + 1].text.islower() and any(is_finite(w) for w in toks[first:i]) and (
            toks[c + 1].pos in ("ADJ", "VERB", "ADV", "ADP")
            or toks[stop - 1].pos in ("VERB", "AUX")))  # s15: "…, ein Fehler gewesen", no apposition
    ):  # parenthetical: "Die Ukraine, so die FPÖ-Sprecherin, befinde sich …", "Er sei, so X, krank."
        pieces = M.rest_pieces(toks, first, end, i - 1, c + 1)
        if len(pieces) == 1 and stop - (c + 1) == 1 and pieces[0][1] <= i:
            pieces.append((c + 1, stop))  # round 16: "…, so die Ermittler, polizeibekannt."
        if pieces:
            ev = Event([i], (a, b), pieces, "indirect", si)
            used.update(k for k in range(first, end) if konjunktiv(toks[k], "de") == 1)  # the message's verbs
    elif msg and (rel or b >= stop - 1 or not any(is_finite(w) and not w.quote for w in toks[b:stop])):
        # ", so Ursula Castrup, die Leiterin der Fachstelle": the whole tail names the source
        ev = Event([i], (a, b if rel else max(b, IN.mention_end(toks, b, stop))), [msg], "indirect", si)
        ev.extra["resolve"] = (a, b)
    return ev


def dative_holder(toks, first: int, fv: int | None) -> tuple[int, int] | None:
    """S25: "Den Medien liegen nach eigenen Angaben interne E-Mails vor": with "vorliegen" the dative opening the
    sentence holds the papers, and "eigenen" is theirs; None otherwise."""
    if fv is None or fv - first < 2 or toks[first].text.lower() not in ("den", "dem", "der") or (
            toks[fv].lemma or "").lower() not in ("liegen", "vorliegen"):
        return None
    head = next((k for k in range(first + 1, fv) if toks[k].pos in ("NOUN", "PROPN")), None)
    if head is None or not any(t.tag == "PTKVZ" and t.text.lower() == "vor" for t in toks[fv:fv + 25]):
        return None
    return first, head + 1
