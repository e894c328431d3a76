"""Direct quotations in every common typographic style, nested and across paragraphs.

German „…“ and ‚…‘, guillemets »…« and «…», English “…” and ‘…’, straight "…" and '…'.
A multi-paragraph quotation re-opens at each paragraph start and closes once at its end; an
unbalanced mark produces a warning and is otherwise ignored, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass

_MAX_QUOTE_PARAGRAPHS = 6
"""A quote left open longer than this many paragraphs is treated as an unbalanced mark."""


@dataclass(slots=True)
class _Open:
    mark: str
    closers: str
    pos: int
    paragraph: int
    depth: int


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(doc, ctx) -> None:
    """Record (open, content_start, content_end, close_end) for every quotation; mark token depth."""
    text = doc.text
    guillemets_german = _guillemet_style(text)
    stack: list[_Open] = []
    quotes: list[tuple[int, int, int, int]] = []
    paragraphs = doc.paragraphs or [(0, len(text))]
    unbalanced = 0
    for p_index, (ps, pe) in enumerate(paragraphs):
        # Quotes still open from an earlier paragraph: continued if this paragraph re-opens with
        # the same mark (typographic convention), otherwise allowed to close here.
        reopened = False
        if stack and ps < pe and text[ps] == stack[-1].mark:
            reopened = True
        for k in range(ps, pe):
            ch = text[k]
            if ch not in _ALL_MARKS:
                continue
            if reopened and k == ps:
                continue
            prev = text[k - 1] if k > ps else " "
            nxt = text[k + 1] if k + 1 < pe else " "
            top = stack[-1] if stack else None
            if (
                top is not None
                and top.mark in "'‘"
                and ch not in top.closers
                and len(stack) > 1
                and ch in stack[-2].closers
                and _can_close(ch, prev, nxt)
            ):  # s11: '"… 'Cause that's what I would run on."': the single mark was an apostrophe
                stack.pop()
                top = stack[-1]
            if top is not None and ch in top.closers and _can_close(ch, prev, nxt):
                stack.pop()
                if k > top.pos + 1:
                    quotes.append((top.pos, top.pos + 1, k, k + 1))
                continue
            opener = _opener(ch, prev, nxt, guillemets_german, top)
            if opener is not None:
                stack.append(_Open(ch, opener, k, p_index, len(stack) + 1))
        # drop quotes that have been open too long: they were apostrophes or stray marks
        kept = []
        for o in stack:
            if p_index - o.paragraph >= _MAX_QUOTE_PARAGRAPHS or (o.mark in "'‘’" and o.paragraph < p_index):
                unbalanced += o.mark not in "'‘’"
            else:
                kept.append(o)
        stack = kept
    unbalanced += sum(1 for o in stack if o.mark not in "'‘’")
    if unbalanced:
        doc.warn(f"{unbalanced} unbalanced quotation mark(s); the text after them was not treated as a quote")
    quotes.sort()
    doc.quotes = [_trimmed(text, q) for q in quotes if text[q[1]:q[2]].strip()]
    _mark_depth(doc)


def _trimmed(text: str, q: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The content without the spaces of spaced marks („ Eagle “): it starts and ends on a token."""
    o, cs, ce, c = q
    inner = text[cs:ce]
    return o, cs + len(inner) - len(inner.lstrip()), ce - len(inner) + len(inner.rstrip()), c


_ALL_MARKS = frozenset("\"'„“”‚‘’»«")


def _guillemet_style(text: str) -> bool:
    """True when » opens (German »…«), False when « opens (French/Swiss «…»)."""
    a, b = text.find("»"), text.find("«")
    if a < 0 or b < 0:
        return a >= 0
    return a < b


def _can_close(ch: str, prev: str, nxt: str) -> bool:
    if ch in "'’":
        # an apostrophe inside a word ("Kyiv’s", "don't") never closes
        return not (_is_word(prev) and _is_word(nxt))
    if ch == "\"":
        return not prev.isspace() or not nxt.isalnum()
    return True


def _opener(ch: str, prev: str, nxt: str, guillemets_german: bool, top: _Open | None) -> str | None:
    """The marks that close a quote opened by `ch` here, or None when `ch` does not open one."""
    if nxt.isspace() and ch not in "„":
        return None
    if ch == "„":
        return "“”\""
    if ch == "‚":
        return "‘’'"
    if ch == "»":
        return "«" if guillemets_german else None
    if ch == "«":
        return None if guillemets_german else "»"
    if ch == "“":
        return "”\"" if not _is_word(prev) else None
    if ch == "‘":
        return "’'" if not _is_word(prev) else None
    if ch == "\"":
        return "\"“”" if not _is_word(prev) else None
    if ch == "'":
        return "'’" if prev.isspace() or prev in "([—–-:" else None
    return None


def _mark_depth(doc) -> None:
    if not doc.quotes or not doc.tokens:
        return
    for _o, cs, ce, _c in doc.quotes:
        t = doc.token_at(cs)
        i = t.i if t is not None else 0
        while i < len(doc.tokens) and doc.tokens[i].start < ce:
            if doc.tokens[i].start >= cs:
                doc.tokens[i].quote += 1
            i += 1
