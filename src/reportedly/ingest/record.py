"""The typed record every loader returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawDocument:
    """An article's text and what its container said about it, before any analysis.

    `text` follows the contract: first line the headline, paragraphs separated by blank lines.
    """

    text: str
    name: str = ""                       # what the user gave: a path, URL or "-"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site_name: str | None = None
    hostname: str | None = None
    metadata_source: str | None = None  # "html" when title/site came from page metadata
    warnings: list[str] = field(default_factory=list)
