"""One Source per real-world speaker, collecting every mention of it."""

from __future__ import annotations

from typing import Optional

from ...model import Source, SourceType, Span


class SourceTable:
    """Creates and merges Sources while the engine runs; ids are stable within an article."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._by_key: dict[str, Source] = {}

    def add(self, key: str, name: Optional[str], type_: SourceType, mention: Optional[Span],
            description: Optional[str] = None, role: Optional[str] = None) -> Source:
        src = self._by_key.get(key)
        if src is None:
            src = Source(id=f"s{len(self.sources) + 1}", name=name, type=type_, mentions=[],
                         description=description, role=role)
            self.sources.append(src)
            self._by_key[key] = src
        if mention is not None and all(m.start != mention.start for m in src.mentions):
            src.mentions.append(mention)
            src.mentions.sort(key=lambda m: m.start)
        if role and not src.role:
            src.role = role
        return src

    def get(self, key: str) -> Optional[Source]:
        return self._by_key.get(key)
