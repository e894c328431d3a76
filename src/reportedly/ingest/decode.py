"""Bytes to text without mojibake: BOMs, declared charsets, then UTF-8, then Windows-1252."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def detect_charset(data: bytes, content_type: str | None = None, html: bool = False) -> str | None:
    """The charset the bytes declare: BOM first, then the HTTP header, then `<meta charset>`."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if content_type:
        m = _CONTENT_TYPE_CHARSET.search(content_type)
        if m and _codec(m.group(1)):
            return _codec(m.group(1))
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m and _codec(m.group(1).decode("ascii", "ignore")):
            return _codec(m.group(1).decode("ascii", "ignore"))
    return None


def decode_bytes(data: bytes, content_type: str | None = None, html: bool = False) -> str:
    """Decode and normalise line ends; refuse binary junk with a clear error."""
    declared = detect_charset(data, content_type, html)
    text = None
    if declared:
        # A page that declares latin-1 but is valid UTF-8 is a common lie; UTF-8 validity wins.
        if declared in {"latin-1", "iso8859-1", "cp1252", "ascii"}:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
        else:
            text = data.decode(declared, errors="replace")
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError("input looks binary (NUL bytes), not text or HTML")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise InputError("input looks binary (many control characters), not text or HTML")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
