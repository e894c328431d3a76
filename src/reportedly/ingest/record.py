"""The typed record every loader returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(slots=True)
class RawDocument:
    """An article's text and what its container said about it, before any analysis.

    `text` follows the contract: first line the headline, paragraphs separated by blank lines.
    """

    text: str
    name: str = ""                       # what the user gave: a path, URL or "-"
    id: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    site_name: Optional[str] = None
    hostname: Optional[str] = None
    metadata_source: Optional[str] = None  # "html" when title/site came from page metadata
    warnings: list[str] = field(default_factory=list)
