"""Turn whatever the user names (path, URL, "-", bytes) into a `RawDocument`."""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from ..errors import InputError, InputTooLarge
from ..settings import DEFAULT_SETTINGS, Settings
from .decode import decode_bytes
from .fetch import fetch_url
from .html import load_html
from .record import RawDocument

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<article", b"<p>")


def sniff_is_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return any(head.startswith(m) for m in _HTML_MARKERS) or b"<html" in head[:1024]


def load_text(text: str, name: str = "", url: str | None = None) -> RawDocument:
    """Plain text: the first line is the headline, blank lines separate paragraphs."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("input is empty")
    title = text.lstrip().split("\n", 1)[0].strip()
    return RawDocument(text=text, name=name, url=url, title=title)


def load_bytes(data: bytes, name: str = "", url: str | None = None,
               content_type: str | None = None, html: bool | None = None) -> RawDocument:
    if not data.strip():
        raise InputError("input is empty")
    is_html = sniff_is_html(data) if html is None else html
    if content_type and "html" in content_type.lower():
        is_html = True
    if is_html:
        return load_html(data, url=url, name=name, content_type=content_type)
    return load_text(decode_bytes(data, content_type), name=name, url=url)


def _read_capped(stream: BinaryIO, settings: Settings, name: str) -> bytes:
    data = stream.read(settings.max_input_bytes + 1)
    if len(data) > settings.max_input_bytes:
        raise InputTooLarge(f"{name} is larger than {settings.max_input_bytes:,} bytes "
                            "(setting max_input_bytes)")
    return data


def load_input(name: str, settings: Settings = DEFAULT_SETTINGS) -> RawDocument:
    """Load a path, an http(s) URL, or "-" (standard input)."""
    if name == "-":
        return load_bytes(_read_capped(sys.stdin.buffer, settings, "standard input"), name="-")
    if name.startswith(("http://", "https://")):
        fetched = fetch_url(name, settings)
        return load_bytes(fetched.body, name=name, url=fetched.url, content_type=fetched.content_type)
    if not os.path.exists(name):
        raise InputError(f"no such file: {name}")
    if os.path.isdir(name):
        raise InputError(f"{name} is a directory (use `reportedly batch` for folders)")
    size = os.path.getsize(name)
    if size > settings.max_input_bytes:
        raise InputTooLarge(f"{name} is {size:,} bytes; the limit is {settings.max_input_bytes:,} "
                            "(setting max_input_bytes)")
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}") from None
    lower = name.lower()
    html = True if lower.endswith((".html", ".htm", ".xhtml")) else None
    return load_bytes(data, name=name, html=html)
