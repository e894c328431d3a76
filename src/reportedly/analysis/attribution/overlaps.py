"""Round 11 (German): an event whose message is its own source mention ("Der Vorstandschef von
Siemens, Roland Busch, äußerte sich am Montag.": the apposition before the verb read as a fronted
message) reports nothing; nor does one whose source mention names no one ("Ein Sprecher bestätigte,
dass …, nannte aber keine Details.": "keine Details" is no speaker). Both are dropped."""

from __future__ import annotations

from .event import Event


def self_message(ev: Event) -> bool:
    """Does the message lie within the event's own source mention?"""
    if ev.src is None or not ev.msg:
        return False
    a, b = ev.src
    return a <= ev.msg[0][0] and ev.msg[-1][1] <= b


def no_one(toks, ev: Event) -> bool:
    """Round 11: a source mention that opens with "kein" names no one ("nannte aber keine Details")."""
    return ev.src is not None and toks[ev.src[0]].text.lower() in ("kein", "keine", "keinen", "keinerlei")


def drop_self_messages(events: list[Event], toks) -> list[Event]:
    """The events without those whose message is their own mention or whose mention names no one."""
    return [ev for ev in events if not self_message(ev) and not no_one(toks, ev)]
