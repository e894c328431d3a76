"""One reported speech event while the engine works on it (token indices; made into an Attribution last)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Attribution
from .mentions_de import appositive_end
from .verb_complex import verb_complex


@dataclass(slots=True)
class Event:
    cue: list[int]
    src: tuple[int, int] | None
    msg: list[tuple[int, int]]
    mode: str
    sent: int
    source: object = None
    parent: int | None = None
    continues: int | None = None
    is_outlet: bool = False
    passive: bool = False
    via_media: bool = False
    continues_scope: bool = False
    co_sources: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def to_model(doc, k: int, ev: Event, events: list[Event]) -> Attribution:
    """The Attribution for event k. With no source phrase of its own (``ev.src`` None: the source is
    the current speaker) the mention is ``extra["mention"]`` when a pattern set one: the anaphoric
    words that stand for the speaker ("Demnach", "Seiner Meinung nach", "…, muss man sagen"), as
    SpkAtt and GePaDe annotate them."""
    toks = doc.tokens
    pieces = [doc.trimmed_span(toks[a].start, toks[b - 1].end) for a, b in ev.msg]
    message = doc.trimmed_span(pieces[0].start, pieces[-1].end)
    cue, parts = cue_spans(doc, ev)
    src = ev.src or ev.extra.get("mention")
    if ev.src is not None and (tail := appositive_end(doc, ev)) is not None:
        src = (src[0], tail)  # round 13: '…, sagte Reinhard B., Geschäftsführer des Bauernbundes.'
    mention = doc.trimmed_span(toks[src[0]].start, toks[src[1] - 1].end) if src else None
    return Attribution(
        id=f"a{k + 1}",
        mode=ev.mode,
        source=ev.source.id if ev.source is not None else None,
        source_mention=mention,
        cue=cue,
        message=message,
        cue_parts=parts,
        message_parts=pieces if len(pieces) > 1 else [],
        parent=f"a{ev.parent + 1}" if ev.parent is not None else None,
        co_sources=[s.id for s in ev.co_sources],
        continues=f"a{ev.continues + 1}" if ev.continues is not None and not ev.cue else None,
        quotes=[doc.span(toks[a].start, toks[b - 1].end) for a, b in ev.extra.get("quotes", ())],
    )


def cue_spans(doc, ev: Event) -> tuple:
    """The cue's first word and its other pieces (particle, auxiliaries, "sich"), as spans."""
    toks = doc.tokens
    if not ev.cue:
        return None, []
    cue = doc.span(toks[ev.cue[0]].start, toks[ev.cue[0]].end)
    return cue, [doc.span(toks[c].start, toks[c].end) for c in sorted(ev.cue[1:] + verb_complex(doc, ev))]


def speaking_sources(events: list[Event]) -> list:
    """The distinct Sources the events give, in the order they first speak."""
    return list({id(e.source): e.source for e in events if e.source is not None}.values())


def merge_source(events: list[Event], table, src, into) -> None:
    """`src` is `into` after all: its events and mentions move over (`src` then speaks no more, so the
    output leaves it out)."""
    for ev in events:
        if ev.source is src:
            ev.source = into
    for m in src.mentions:
        table.mention(into, m)
