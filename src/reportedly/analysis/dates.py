"""Date mentions, absolute and relative, resolved against the publication date.

When the publication date is unknown, the latest fully specified date in the text (often an
embedded post's date) stands in for it, so "18. August" still gets its year. Values keep the
granularity the text gives: "im November 2022" is "2022-11", "Anfang August" a month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import DateMention

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12, "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "okt.": 10, "oct.": 10,
    "nov.": 11, "dez.": 12, "dec.": 12,
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
                 "yesterday": -1, "today": 0, "tomorrow": 1}
PART_OF_MONTH = ("Anfang", "Mitte", "Ende", "early", "mid", "late")
BEFORE_MONTH = ("im", "seit", "bis", "ab", "in", "since", "until", "by", "vom")
BEFORE_WEEKDAY = ("am", "vergangenen", "letzten", "diesen", "kommenden", "on", "last", "next", "this")


def _alt(words, capture: bool = True) -> str:
    """An alternation of `words` behind a lookahead on their first letters: without it Python's
    regex engine tries every alternative at every word start (3x slower on news text)."""
    letters = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    body = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return f"(?=[{letters}])" + (f"({body})" if capture else f"(?:{body})")


_MONTH = _alt(MONTHS)
_PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy_num", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
    ("dm_y", re.compile(rf"\b(\d{{1,2}})\.?\s+{_MONTH}(?:\s+(\d{{4}}))?(?!\w)", re.I)),
    ("part_month", re.compile(rf"\b{_alt(PART_OF_MONTH)}[\s-]+{_MONTH}(?:\s+(\d{{4}}))?(?!\w)", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I)),
    ("in_month", re.compile(rf"\b{_alt(BEFORE_MONTH, False)}\s+{_MONTH}(?!\w)", re.I)),
    ("weekday", re.compile(rf"\b{_alt(BEFORE_WEEKDAY, False)}\s+{_alt(WEEKDAYS)}\b", re.I)),
    ("relday", re.compile(rf"\b{_alt(RELATIVE_DAYS)}\b", re.I)),
    ("year", re.compile(r"\b(?:im Jahr(?:e)?|seit|bis|in|since|Jahr)\s+((?:19|20)\d{2})\b")),
]


def _parse_published(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _year_for(month: int, ref: date | None) -> int | None:
    """The year of a month named without one: the reference year, or the previous year when the
    month lies well after the reference month (news reports the past)."""
    if ref is None:
        return None
    return ref.year - 1 if month > ref.month + 1 else ref.year


def _safe_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower()) or MONTHS.get(name.lower().rstrip("."))


def find_dates(doc, ctx) -> None:
    """Absolute and relative dates, each resolved as far as the text and publication date allow."""
    text = doc.text
    found: list[tuple[int, int, str, tuple]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken) or doc.is_boilerplate(s, e):
                continue
            taken.append((s, e))
            found.append((s, e, kind, m.groups()))
    found.sort()
    ref = _parse_published(doc.article.published)
    explicit: list[date] = []
    for _s, _e, kind, g in found:
        v = _absolute(kind, g)
        if v and len(v) == 10:
            explicit.append(date.fromisoformat(v))
    if ref is None and explicit:
        ref = max(explicit)
    for s, e, kind, g in found:
        value = _absolute(kind, g) or _relative(kind, g, ref)
        if kind == "year" and value is None:
            continue
        doc.analysis.dates.append(DateMention(span=doc.span(s, e), value=value))


def _absolute(kind: str, g: tuple) -> str | None:
    if kind == "iso":
        return _safe_date(int(g[0]), int(g[1]), int(g[2]))
    if kind == "dmy_num":
        y = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
        return _safe_date(y, int(g[1]), int(g[0]))
    if kind == "mdy" and _month(g[0]):
        return _safe_date(int(g[2]), _month(g[0]), int(g[1]))
    if kind == "dm_y" and g[2] and _month(g[1]):
        return _safe_date(int(g[2]), _month(g[1]), int(g[0]))
    if kind in ("month_year",) and _month(g[0]):
        return f"{int(g[1]):04d}-{_month(g[0]):02d}"
    if kind == "part_month" and g[2] and _month(g[1]):
        return f"{int(g[2]):04d}-{_month(g[1]):02d}"
    if kind == "year":
        return g[0]
    return None


def _relative(kind: str, g: tuple, ref: date | None) -> str | None:
    if ref is None:
        return None
    if kind == "dm_y" and _month(g[1]):
        month = _month(g[1])
        return _safe_date(_year_for(month, ref), month, int(g[0]))
    if kind == "part_month" and _month(g[1]):
        month = _month(g[1])
        return f"{_year_for(month, ref):04d}-{month:02d}"
    if kind == "in_month" and _month(g[0]):
        month = _month(g[0])
        return f"{_year_for(month, ref):04d}-{month:02d}"
    if kind == "weekday":
        wd = WEEKDAYS[g[0].lower()]
        delta = (ref.weekday() - wd) % 7
        return (ref - timedelta(days=delta)).isoformat()
    if kind == "relday":
        return (ref + timedelta(days=RELATIVE_DAYS[g[0].lower()])).isoformat()
    return None
