"""HTML pages to article text and metadata, with trafilatura doing the extraction."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from html import unescape

from ..errors import InputError
from .decode import decode_bytes
from .record import RawDocument

log = logging.getLogger(__name__)

MAX_TREE_SIZE = 500_000
"""Elements in one page's tree; beyond this trafilatura gives up instead of spending seconds."""


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return config

_BLANK_LINES = re.compile(r"\n{2,}")
_CANONICAL = re.compile(r"""<link[^>]+rel=["']?canonical["']?[^>]*>""", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)


def canonical_url(html: str) -> str | None:
    m = _CANONICAL.search(html[:200_000])
    if m:
        h = _HREF.search(m.group(0))
        if h and h.group(1).startswith(("http://", "https://")):
            return h.group(1)
    return None


def _page_title(html: str) -> str | None:
    m = _TITLE.search(html[:200_000])
    return " ".join(unescape(m.group(1)).split()) if m else None


_WRAP = re.compile(r"[ \t\r]*\n[ \t\r\n]*")


def unwrapped_text(body) -> str:
    """Trafilatura's text of its output tree with the line breaks of the HTML source turned into spaces:
    a page that wraps a paragraph over several source lines ("Kris de Decker kennt das aus\neigener
    Erfahrung.") keeps it one paragraph, as a browser shows it. Line breaks the page marks up (<br>,
    paragraphs, list items) and the lines of code blocks stay. Rewrites `body` in place."""
    from trafilatura.xml import xmltotxt

    for el in body.iter():
        in_code = any(p.tag == "code" for p in el.iterancestors())
        if el.text and "\n" in el.text and el.tag != "code" and not in_code:
            el.text = _WRAP.sub(" ", el.text)
        if el.tail and "\n" in el.tail and not in_code:
            el.tail = _WRAP.sub(" ", el.tail)
    return xmltotxt(body, include_formatting=False)


def load_html(data: bytes | str, url: str | None = None, name: str = "",
              content_type: str | None = None) -> RawDocument:
    """Extract the main text with trafilatura and lay it out as headline + paragraphs."""
    import trafilatura

    html = data if isinstance(data, str) else decode_bytes(data, content_type, html=True)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_links=False, config=_trafilatura_config(),
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.warning("trafilatura failed on %s: %r", name or url, exc)
        doc = None
    text_out = (doc.text or "") if doc is not None else ""
    warnings = []
    if not text_out.strip():
        warnings.append("main-text extraction found nothing; used all paragraph text of the page")
        # Short or unusual pages: trafilatura's baseline takes all paragraph-like text.
        try:
            _tree, text_out, _length = trafilatura.baseline(html)
        except Exception:  # noqa: BLE001 - any parser failure means "no text"
            text_out = ""
    if not text_out.strip():
        raise InputError("no article text could be extracted from the HTML")
    if doc is not None and doc.body is not None and doc.text:
        text_out = unwrapped_text(doc.body) or text_out
    body = "\n\n".join(p.strip() for p in text_out.split("\n") if p.strip())
    title = ((doc.title if doc is not None else None) or _page_title(html) or "").strip()
    if title and not body.startswith(title):
        text = f"{title}\n\n{body}"
    else:
        text = body
    canonical = canonical_url(html)
    page_url = url or canonical or (doc.url if doc is not None else None)
    return RawDocument(
        text=text,
        name=name,
        url=page_url,
        title=title or body.split("\n", 1)[0],
        published=doc.date if doc is not None else None,
        author=doc.author if doc is not None else None,
        site_name=doc.sitename if doc is not None else None,
        hostname=doc.hostname if doc is not None else None,
        metadata_source="html",
        warnings=warnings,
    )
