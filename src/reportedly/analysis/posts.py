"""Embedded social posts, recognised by the signature line platforms put under an embed.

Twitter/X embeds end in "— Name (@handle) Month D, YYYY" after the post text and its link;
when the embed is flattened into article text the post text is usually the quotation right
before that signature.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..model import EmbeddedPost

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|Mai)")
_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<author>[^\n()—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>" + _MONTH + r"\s+\d{1,2},\s+\d{4}|\d{1,2}\.\s*" + _MONTH + r"\s+\d{4})"
)
_LINK_BEFORE = re.compile(r"(?:https?://)?(?:t\.co|pic\.twitter\.com|twitter\.com|x\.com)/\S+\s*$")
_QUOTE_PAIRS = {"\"": "\"", "“": "”", "„": "“", "»": "«", "«": "»"}
_MONTHS_EN = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS_DE = {"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
              "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}


def _parse_date(raw: str) -> str | None:
    raw = raw.strip()
    m = re.match(r"(\w+)\s+(\d{1,2}),\s+(\d{4})", raw)
    if m and m.group(1).lower() in _MONTHS_EN:
        month, day, year = _MONTHS_EN[m.group(1).lower()], int(m.group(2)), int(m.group(3))
    else:
        m = re.match(r"(\d{1,2})\.\s*(\w+)\s+(\d{4})", raw)
        if not m or m.group(2).lower() not in _MONTHS_DE:
            return None
        day, month, year = int(m.group(1)), _MONTHS_DE[m.group(2).lower()], int(m.group(3))
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def _post_text(text: str, para_start: int, sig_start: int) -> tuple[int, int, int, str | None]:
    """Where the embed starts, where the post's own text lies, and the link glued to it."""
    end = sig_start
    while end > para_start and text[end - 1].isspace():
        end -= 1
    url = None
    m = _LINK_BEFORE.search(text, para_start, end)
    if m:
        url = m.group(0).strip()
        if not url.startswith("http"):
            url = "https://" + url
        end = m.start()
    while end > para_start and text[end - 1].isspace():
        end -= 1
    closing = text[end - 1] if end > para_start else ""
    opener = next((o for o, c in _QUOTE_PAIRS.items() if c == closing), None)
    if opener is not None:
        start = text.rfind(opener, para_start, end - 1)
        if closing == "\"" and start >= 0:
            start = text.rfind("\"", para_start, end - 1)
        if start >= 0:
            return start, start + 1, end - 1, url
    # no quote marks: the post is the paragraph (or the sentence) before the signature
    start = max(text.rfind(". ", para_start, end - 1) + 2, para_start) if end - para_start > 600 else para_start
    return start, start, end, url


def find_embedded_posts(doc, ctx) -> None:
    """Posts with their author, handle, date and link; their signature ends a sentence."""
    text = doc.text
    extents = doc.user_data.setdefault("post_extents", [])
    for ps, pe in doc.paragraphs:
        for m in _SIGNATURE.finditer(text, ps, pe):
            outer, start, end, url = _post_text(text, ps, m.start())
            if end <= start:
                continue
            post = EmbeddedPost(
                platform="twitter", author=m.group("author").strip(), handle=m.group("handle"),
                date=_parse_date(m.group("date")), url=url, span=doc.span(start, end),
            )
            doc.analysis.embedded_posts.append(post)
            extents.append((outer, m.end()))
