"""One reported speech event while the engine works on it (token indices; made into an Attribution last)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    extra: dict = field(default_factory=dict)
