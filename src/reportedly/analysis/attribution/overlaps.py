"""Round 11 (German): an event whose message is its own source mention ("Der Vorstandschef von
Siemens, Roland Busch, äußerte sich am Montag.": the apposition before the verb read as a fronted
message) reports nothing; nor does one whose source mention names no one ("Ein Sprecher bestätigte,
dass …, nannte aber keine Details.": "keine Details" is no speaker). Both are dropped; so is (round 13)
a cue-less continuation in the first person, the writer's or speaker's own voice (`own_voice`). S15: a message
that runs on into a later report of its sentence ends before it (`cut_at_next_report`)."""

from __future__ import annotations

from .cues import is_finite, konjunktiv
from .event import Event

CLAUSE_LINKS = frozenset("doch aber jedoch und sondern".split())
"""Words that may open a new main clause after a comma: "…, doch UN-Sprecher X erklärte, …"."""


def self_message(ev: Event) -> bool:
    """Does the message lie within the event's own source mention?"""
    if ev.src is None or not ev.msg:
        return False
    a, b = ev.src
    return a <= ev.msg[0][0] and ev.msg[-1][1] <= b


def no_one(toks, ev: Event) -> bool:
    """Round 11: a source mention that opens with "kein" names no one ("nannte aber keine Details")."""
    return ev.src is not None and toks[ev.src[0]].text.lower() in ("kein", "keine", "keinen", "keinerlei")


FIRST_PERSON = frozenset("ich wir uns mir mich unser unsere unserer unseren unserem unseres".split())


def own_voice(toks, ev: Event) -> bool:
    """Round 13: reported speech shifts "ich"/"wir" to the third person, so a cue-less Konjunktiv or "soll"
    sentence with a first-person word outside quotes ("Wir hätten das anders machen müssen.") is the
    speaker's own voice, not a continuation of someone reported (GePaDe tune: +0.003 joint)."""
    if ev.cue or ev.src is not None or ev.mode != "indirect" or not ev.msg:
        return False
    return any(t.text.lower() in FIRST_PERSON and not t.quote for t in toks[ev.msg[0][0] : ev.msg[-1][1]])


def reflexive_only(toks, ev: Event) -> bool:
    """Round 15: "Die Ministerin meldete sich am Abend zu Wort", "Das Projekt nennt sich „X“": a message
    that opens with the verb's reflexive "sich" and holds no verb of its own is part of the verb phrase
    ("sich … zu bewerben", an infinitive, stays)."""
    if not ev.msg or toks[ev.msg[0][0]].text.lower() != "sich":
        return False
    words = toks[ev.msg[0][0] + 1 : ev.msg[-1][1]]
    return not any(t.pos in ("VERB", "AUX") or t.quote for t in words)


def drop_self_messages(events: list[Event], toks) -> list[Event]:
    """The events without those whose message is their own mention, whose mention names no one, that
    are a first-person continuation, whose message is only the verb's reflexive phrase, or that are the
    speaker's own view inside another's report (`own_view`)."""
    return [
        ev
        for ev in events
        if not self_message(ev) and not no_one(toks, ev) and not own_voice(toks, ev) and not reflexive_only(toks, ev)
        and not own_view(toks, ev, events) and not as_clause(toks, ev, events)
    ]


def as_clause(toks, ev: Event, events: list[Event]) -> bool:
    """S31: "Der Mann habe die Trennung nicht akzeptieren wollen, wie Suchanfragen belegten": the "wie" clause is
    another event's according-to (Suchanfragen → the sentence), never a message of the verb before it."""
    if len(ev.msg) != 1 or toks[ev.msg[0][0]].text.lower() != "wie":
        return False
    a, b = ev.msg[0]
    return any(other is not ev and other.mode == "according_to" and other.cue and a < other.cue[0] < b and (
        toks[other.cue[0]].lemma or "").lower() in AS_REPORTED for other in events)  # not "wie die Lage nach
    # Einschätzung des Amtes aussieht", "legt dar, wie er sich die Zukunft vorstellt" (a question)


AS_REPORTED = frozenset(
    "belegen zeigen mitteilen berichten sagen melden schreiben hervorgehen heißen erklären ausdrücken bestätigen "
    "ergeben".split())
"""Verbs of an "as X reported" clause ("wie Suchanfragen belegten", "wie Lindner sich ausdrückte")."""


THIRD_PERSON_POSSESSIVES = frozenset("seiner ihrer seinen ihren".split())


def own_view(toks, ev: Event, events: list[Event]) -> bool:
    """S28: "erklärte X, Nordkorea besitze seiner Meinung nach vier Atomwaffen": "seiner Meinung nach" inside
    the message of a cue of its sentence is that speaker's own hedge, no report of its own (before, its
    message ran over the whole sentence, the cue and its speaker included)."""
    mention = ev.extra.get("mention")
    if ev.mode != "according_to" or ev.src is not None or mention is None:
        return False
    if toks[mention[0]].text.lower() not in THIRD_PERSON_POSSESSIVES:
        return False
    return any(
        e is not ev and e.cue and e.sent == ev.sent and any(
            a <= ev.cue[0] < b and not any(t.text == "," for t in toks[a : ev.cue[0]]) for a, b in e.msg
        )
        for e in events
    )  # not in a clause of its own inside the message: 'fordert eine Untersuchung des Vorfalls, bei dem es sich
    # seiner Meinung nach um einen Angriff gehandelt haben könne' (SpkAtt news annotates that one)


def cut_at_next_report(events: list[Event], toks) -> None:
    """S15: "Der Sprecher sagte, die Lage sei ruhig, doch UN-Sprecher X erklärte, …", "Die Zeitung berichtet,
    dass zwei starben, die Polizei spricht von drei Toten": a later report in the indicative, its speaker
    opening a new main clause after a comma, ends the earlier message there (no nesting: a report inside
    a message is in the Konjunktiv, "Beamte hätten erklärt")."""
    for ev in events:
        if not ev.msg:
            continue
        a, b = ev.msg[-1]
        for other in events:
            if other is ev or not other.cue or other.src is None or not (a < other.src[0] and other.cue[0] < b):
                continue
            if other.src[1] != other.cue[0] or konjunktiv(toks[other.cue[0]], "de") == 1:
                continue  # "…, die Polizei spricht": the speaker right before the indicative verb
            if toks[other.src[0]].tag in ("PRELS", "PRELAT", "PWS", "PWAT"):
                continue  # "Eltern, welche feststellen, dass …": a relative clause inside the message
            k = other.src[0] - 1
            while k > a and toks[k].text.lower() in CLAUSE_LINKS:
                k -= 1
            if k > a + 1 and toks[k].text == "," and any(is_finite(t) for t in toks[a:k]):  # a whole clause
                ev.msg[-1] = (a, k)
                a, b = ev.msg[-1]


def past_source_phrases(events: list[Event]) -> None:
    """S20: "Mehrere Landesvorsitzende fordern nach Informationen der „taz“ einen Sonderparteitag": a message that
    opens with another event's source phrase ("nach Informationen der „taz“", "laut X") starts after it; the
    phrase says who reports the demand, it is no part of what is demanded."""
    for ev in events:
        if not ev.msg:
            continue
        a, b = ev.msg[0]
        for other in events:
            if other is ev or other.mode != "according_to" or not other.cue or other.src is None:
                continue
            if other.cue[0] == a and other.src[0] == a + 1 and other.src[1] < b:
                ev.msg[0] = (other.src[1], b)
                break
