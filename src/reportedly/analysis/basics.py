"""Layout, language, links and tokens: the cheap steps every analysis starts with."""

from __future__ import annotations

import re

from ..language.detect import SUPPORTED, detect_language
from ..language.tokenize import tokenize
from ..model import Link

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_URL = re.compile(r"""(?:https?://|www\.)[^\s"“”„»«<>]+|\b(?:t\.co|bit\.ly|youtu\.be)/[A-Za-z0-9_\-]+""")
_URL_TRAIL = ".,;:!?)]}'\"’"


def layout(doc, ctx) -> None:
    """Paragraphs (blank-line separated) with the headline line as paragraph 0."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    nl = text.find("\n", lead)
    head_end = len(text) if nl < 0 else nl
    paras = [(lead, head_end)] if head_end > lead else []
    pos = head_end
    for m in _PARA_BREAK.finditer(text, pos):
        if m.start() > pos and text[pos:m.start()].strip():
            paras.append(_strip(text, pos, m.start()))
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        paras.append(_strip(text, pos, len(text)))
    doc.paragraphs = paras
    doc.headline_end = head_end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def language_id(doc, ctx) -> None:
    """Detect the language; unsupported ones still get the language-independent steps."""
    lang = detect_language(doc.text)
    doc.article.language = lang
    if lang not in SUPPORTED:
        doc.warn(f"language {lang!r} is not supported for attribution (supported: de, en); "
                 "only language-independent extraction was done")


def find_links(doc, ctx) -> None:
    """URLs in the text, including bare t.co links glued to a closing quote mark."""
    text = doc.text
    links = doc.analysis.links
    for m in _URL.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1] in _URL_TRAIL:
            e -= 1
        url = text[s:e]
        if not url.startswith("http"):
            url = "https://" + url
        links.append(Link(url=url, span=doc.span(s, e)))


def tokens(doc, ctx) -> None:
    """Tokens and sentences; paragraphs and embedded-post signatures always end a sentence."""
    breaks = [offset for extent in doc.user_data.get("post_extents", ()) for offset in extent]
    toks, sents = tokenize(doc.text, paragraphs=doc.paragraphs, breaks=breaks)
    if doc.boilerplate:
        for t in toks:
            if doc.is_boilerplate(t.start, t.end):
                t.boilerplate = True
    doc.tokens = toks
    doc.sentences = sents
