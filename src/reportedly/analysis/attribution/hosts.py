"""Within one sentence, which event is reported inside which: "X berichtet unter Berufung auf Insider",
"Wie die Zeitung aus Regierungskreisen erfuhr" (moved out of patterns.py in round 16)."""

from __future__ import annotations

from ..outlets import outlet_registry
from .cues import is_finite, konjunktiv
from .event import Event
from .patterns import BERUFUNG_NOUNS


def berufung_hosts(toks, found: list[Event]) -> None:
    """ "Reuters berichtete unter Berufung auf Insider, dass …", "Wie die Zeitung unter Berufung auf
    zwei Beamte berichtet, …": the cited sources said what the outlet reports. Their event takes the
    report's message and is reported inside it (chain: outlet → Insider), rather than the whole
    sentence around the phrase as its message with the outlet inside it."""
    for ev in found:
        fv = ev.extra.get("quoted_by")
        if fv is not None:
            ev.extra["host"] = next((o for o in found if o is not ev and o.cue and o.cue[0] == fv and o.msg), None)
            continue
        if len(ev.cue) != 3 or toks[ev.cue[1]].text.lower() not in BERUFUNG_NOUNS or not ev.msg:
            continue
        host = next(
            (
                o
                for o in found
                if o is not ev and o.cue and o.msg and o.src is not None and o.cue[0] not in ev.cue
                and not (o.msg[0][0] <= ev.cue[0] < o.msg[-1][1])
            ),
            None,
        )
        if host is not None:
            ev.msg = list(host.msg)
            ev.extra["host"] = host


def learned_from(found: list[Event]) -> list[Event]:
    """Round 16: "Wie die Zeitung aus Regierungskreisen erfuhr, …": the circles told the paper, and the
    paper reports it. For each such event a report by the one who learned it, which hosts the event
    (chain: Zeitung → Regierungskreise)."""
    out = []
    for ev in found:
        by = ev.extra.pop("learned_by", None)
        if by is not None and ev.msg:
            host = Event(list(ev.cue), by, list(ev.msg), ev.mode, ev.sent)
            ev.extra["host"] = host
            out.append(host)
    return out


def konjunktiv_cue_hosts(toks, complete: list[Event], teller) -> None:
    """Round 16: "Das teilten die Fraktionschefs mit. Die Einigung sehe vor, dass …": a cue in Konjunktiv I
    is itself reported by the speaker who goes on (`teller()`, asked only when needed), so its event is
    reported inside theirs (chain: Fraktionschefs → Einigung)."""
    for ev in complete:
        cue_tok = toks[ev.cue[0]] if ev.cue else None
        perfect = cue_tok is not None and not is_finite(cue_tok) and cue_tok.tag == "VVPP"
        if perfect:
            cue_tok = _perfect_auxiliary(toks, ev.cue[0])  # s24: "Noch im Dezember habe ihm das Management
            # zugesichert, …": the auxiliary carries the mood
        if ev.src is not None and cue_tok is not None and is_finite(cue_tok) and konjunktiv(cue_tok, "de") == 1:
            if any(o is not ev and o.msg[0][0] <= ev.cue[0] < o.msg[-1][1] for o in complete):
                continue  # s7: "Er gehe davon aus, dass …, sagte er": inside this sentence's own report
            host = teller()
            while host is not None and host.extra.get("host") is not None:
                host = host.extra["host"]  # s16: the report that one is nested in: its teller goes on
            ev.extra["host"] = host if host is not None and host.source is not ev.source else None
            ev.extra["konjunktiv_cue"] = perfect and ev.extra["host"] is not None  # the teller goes on after it


def _perfect_auxiliary(toks, k: int):
    """The finite "habe"/"sei" of the clause a participle at k closes (back to the clause start), else None."""
    for j in range(k - 1, max(-1, k - 14), -1):
        if toks[j].text in (",", ";", ":", ".") or toks[j].quote:
            return None
        if is_finite(toks[j]):
            return toks[j] if toks[j].lemma in ("haben", "sein") else None
    return None


def common_teller(complete: list[Event], events: list[Event]) -> int | None:
    """Session 16: the index in `events` of the one earlier report that hosts every report of a Konjunktiv
    sentence (set by `konjunktiv_cue_hosts`): its speaker goes on, so the whole sentence is their continued
    speech too, as SpkAtt marks it ("Der Minister sagte … . Die Einigung sehe vor, dass …": the minister's)."""
    hosts = [ev.extra.get("host") for ev in complete]
    first = hosts[0] if hosts else None
    if first is None or any(h is not first for h in hosts):
        return None
    return next((k for k, e in enumerate(events) if e is first), None)


def outlet_before(doc, first: int, aus: int) -> tuple[int, int] | None:
    """S21: the outlet that learned something "aus …" when the subject search found none (quotation marks
    around it, "t-online" in lower case): a known outlet between the clause start and "aus", with its article
    and closing mark, as token range."""
    toks = doc.tokens
    if aus - first < 1:
        return None
    base = toks[first].start
    for s, e, _entry in outlet_registry().mentions(doc.text[base : toks[aus - 1].end]):
        a = next((k for k in range(first, aus) if toks[k].start >= base + s), None)
        b = next((k for k in range(aus - 1, first - 1, -1) if toks[k].end <= base + e), None)
        if a is None or b is None or b < a:
            continue
        while a - 1 >= first and (toks[a - 1].text in OPEN_MARKS or toks[a - 1].tag == "ART"):
            a -= 1
        b += 1
        while b < aus and toks[b].text in CLOSE_MARKS:
            b += 1
        return a, b
    return None


OPEN_MARKS = frozenset('„"»‚“')
CLOSE_MARKS = frozenset('“"«‘”')
