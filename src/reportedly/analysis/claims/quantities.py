"""Quantities: the numbers a verification desk checks, with what they count and how exact they are.

A quantity is a number in the text together with its scale ("1,5 Millionen"), its currency or
percent sign, its range partner ("20 bis 30"), the approximation words in front of it ("mehr als",
"nearly") and the counted thing after it ("Kämpfer", "ukrainische Panzerfahrzeuge"). Dates, clock
times, ages, identifiers ("Nr. 5", "COVID-19") and list numbering are not quantities: they are
not what a desk verifies as a figure, and the dates step already owns dates.

Works on characters with regular expressions so that it runs without the language layer; when
tokens carry part-of-speech tags, they sharpen the counted thing.
"""

from __future__ import annotations

import re

from ...model import Quantity
from ..dates import MONTHS
from .numerals import (
    _DE_SMALL,
    _DE_TENS,
    _EN_SMALL,
    DIGITS,
    FRACTIONS,
    GLUED_SCALES,
    SCALES,
    VAGUE,
    parse_digits,
    word_value,
)
from .units import _STOP, counted_thing

_CUR_SIGN = r"(?:US-?\$|US\$|A\$|C\$|[$€£¥])"
_DIGITS_RX = re.compile(DIGITS)
_CUR_BEFORE = re.compile(rf"({_CUR_SIGN})\s?$")
_WORD_RX = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_SCALE_RX = re.compile(
    r"[\s-]?(tausend|tsd\.?|mio\.?|millionen|million|millions|mrd\.?|milliarden|milliarde|billionen|bio\.|"
    r"billions|billion|trillion|thousand|bn|mn|tn)(?![\w])",
    re.I,
)
_GLUED_RX = re.compile(r"(bn|mn|tn|m|b|k)(?![\w])", re.I)
_CURRENCY_RX = re.compile(
    r"[\s-]?(US-Dollar|Dollar|Dollars|dollars|Euro|Euros|euros|EUR|USD|GBP|CHF|Cents?|cents?|Pfund|pounds?|"
    r"Franken|Rubel|Yuan|Yen|Rupien|Lira|Kronen|Zloty|€|\$|£)(?![\w])"
)
_PERCENT_RX = re.compile(
    r"\s?(%|Prozentpunkte[n]?|Prozent|percentage points?|percent|per cent|Basispunkte[n]?|basis points?)"
    r"(?![\w])",
    re.I,
)
_RANGE_RX = re.compile(rf"\s*(?:bis(?: zu)?|to|–|-|—)\s*({_CUR_SIGN}\s?)?({DIGITS})(?![\w.,]\d)")
_BETWEEN_RX = re.compile(rf"\s+(?:und|and)\s+({_CUR_SIGN}\s?)?({DIGITS})")
_FRACTION_RX = re.compile(
    r"\s+(Hälfte|Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel|halves|half|thirds?|"
    r"quarters?|fifths?|tenths?)(?![\w])",
    re.I,
)

# Words in front of a number and what they make of it; longest phrases first.
APPROX = {
    "more_than": [
        "deutlich mehr als", "weit mehr als", "mehr als", "weit über", "über", "gut", "mindestens",
        "wenigstens", "more than", "at least", "upwards of", "in excess of", "over", "topped",
    ],
    "less_than": [
        "weniger als", "bis zu", "unter", "knapp", "fast", "beinahe", "nahezu", "höchstens", "maximal",
        "less than", "fewer than", "under", "up to", "nearly", "almost", "at most", "just under",
        "no more than",
    ],
    "about": [
        "rund", "etwa", "ungefähr", "circa", "ca.", "zirka", "schätzungsweise", "geschätzt", "annähernd",
        "um die", "about", "around", "roughly", "approximately", "approx.", "some", "an estimated",
        "estimated", "an die",
    ],
}
_APPROX_RX = re.compile(
    r"(?:^|(?<=[\s(„\"“]))("
    + "|".join(sorted((re.escape(p) for ps in APPROX.values() for p in ps), key=len, reverse=True))
    + r")\s+$",
    re.I,
)
_APPROX_KIND = {p: k for k, ps in APPROX.items() for p in ps}

# Words after which a number names a thing rather than counts it.
IDENTIFIER_BEFORE = {
    "nr.", "nr", "nummer", "no.", "no", "number", "platz", "rang", "artikel", "art.", "§", "paragraf",
    "paragraph", "absatz", "abs.", "kapitel", "seite", "s.", "folge", "staffel", "episode", "teil",
    "runde", "section", "page", "chapter", "article", "rule", "kanal", "gleis", "linie", "flug", "flight",
    "zimmer", "raum", "room", "minute", "route", "highway", "interstate", "level", "stufe", "phase",
    "covid", "windows", "iphone", "gruppe", "version", "v", "tag", "day", "woche", "week", "jahrgang",
    "klasse", "grade", "generation", "heft", "band",
}
_AGE_AFTER = re.compile(
    r"(?:[\s-]*(?:jährige?[nrms]?|Jährige?[nrms]?|year-olds?|years? old|jahre alt|Jahre alt)"
    r"|-?jährig)(?!\w)"
)
_AGE_BEFORE = re.compile(r"\b(?:im Alter von|Alter von|aged|age of|im Alter|Alters von)\s+$", re.I)
_TIME_AFTER = re.compile(r"[\s-]?(?:Uhr|h\b|a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.I)
_MONTH_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(m.rstrip(".")) for m in MONTHS), key=len, reverse=True))
    + r")\.?\s+$",
    re.I,
)
_MONTH_AFTER = re.compile(
    r"\.?\s+(?:"
    + "|".join(sorted((re.escape(m.rstrip(".")) for m in MONTHS), key=len, reverse=True))
    + r")\b",
    re.I,
)
# "in den letzten zwei Jahren", "over the past three weeks": a time reference, like a date.
_RELATIVE_TIME = re.compile(
    r"(?:letzten|vergangenen|nächsten|kommenden|ersten|seit|last|past|next|coming|first)\s+$", re.I
)
_DURATION_AFTER = re.compile(
    r"\s+(?:Jahr\w*|Monat\w*|Woche\w*|Tag\w*|Stunde\w*|Jahrzehnt\w*|Minute\w*|"
    r"years?|months?|weeks?|days?|hours?|decades?|minutes?)\b",
    re.I,
)
_RATE_BASE = re.compile(r"(?:\bper|\bpro|\bje|\bje\s+\w+|\bout of|\bvon je)\s+$", re.I)


def find_quantities(doc) -> list[Quantity]:
    """All quantities in the article body (headline included), in text order."""
    text, lang = doc.text, doc.language
    blocked = [(d.span.start, d.span.end) for d in doc.analysis.dates]
    blocked += [(x.span.start, x.span.end) for x in doc.analysis.links if x.span]
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    cores = list(_digit_cores(text, lang)) + list(_word_cores(doc, text, lang))
    cores.sort(key=lambda c: c[0])
    for s, e, value, cur, vague in cores:
        if any(a < e and s < b for a, b in taken) or any(a < e and s < b for a, b in blocked):
            continue
        if doc.is_boilerplate(s, e) or _excluded(doc, text, s, e, value, cur):
            continue
        q = _extend(doc, text, s, e, value, cur, vague)
        if q is None:
            continue
        taken.append((q.span.start, q.span.end))
        found.append(q)
    found.sort(key=lambda q: q.span.start)
    return found


def _digit_cores(text: str, lang: str):
    for m in _DIGITS_RX.finditer(text):      # starts with a digit: far faster than an optional prefix
        value = parse_digits(m.group(0), lang)
        if value is None:
            continue
        s = m.start()
        cm = _CUR_BEFORE.search(text, max(0, s - 4), s)
        if cm:
            s = cm.start()
        yield s, m.end(), value, (cm.group(1) if cm else None), False


_VAGUE_MULTI = re.compile(r"\b(hundreds|tens) of thousands\b|\b(hundreds|tens) of millions\b", re.I)


def _candidate_words(doc, text: str):
    """Words that start like a number word: from the tokens (cheap), or by regex without them."""
    if not doc.tokens:
        yield from ((m.start(), m.end(), m.group(0)) for m in _NUMWORD_RX.finditer(text))
        return
    for t in doc.tokens:
        if t.text[:3].lower() in _NUM_PREFIX3 and t.text[:1].isalpha():
            yield t.start, t.end, t.text


# Only words that start like a number word are looked up.
_NUM_PREFIX3 = frozenset(w[:3] for w in (*_DE_SMALL, *_DE_TENS, *_EN_SMALL, *VAGUE, "hundert", "tausend",
                                         "anderthalb"))
_NUMWORD_RX = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_NUM_PREFIX3)) + r")[^\W\d_]*(?:-[^\W\d_]+)?", re.I
)


def _word_cores(doc, text: str, lang: str):
    multi = [(m.start(), m.end()) for m in _VAGUE_MULTI.finditer(text)] if "s of " in text else []
    for a, b in multi:
        words = text[a:b].lower().split()
        yield (
            a, b,
            (100.0 if words[0] == "hundreds" else 10.0) * (1e3 if words[-1] == "thousands" else 1e6),
            None, True,
        )
    for start, end, w in _candidate_words(doc, text):
        if any(a <= start < b for a, b in multi):
            continue
        low = w.lower()
        if low in VAGUE and not (low == "millionen" and _prev_is_number(text, start)):
            yield start, end, float(VAGUE[low]), None, True
            continue
        value = word_value(w, lang)
        if value is None:
            continue
        if w[0].isupper() and not _sentence_initial(text, start):
            continue  # "die Acht", "Sieben" as a name
        if value == 1 and not (_SCALE_RX.match(text, end) or _FRACTION_RX.match(text, end)):
            continue  # "ein", "eine", "one": articles and pronouns
        yield start, end, value, None, False


def _prev_is_number(text: str, pos: int) -> bool:
    before = text[max(0, pos - 12) : pos].rstrip()
    return bool(before) and (
        before[-1].isdigit() or before.split()[-1:] != [] and word_value(before.split()[-1], "de") is not None
    )


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(' \t"„“«»(')
    return not before or before[-1] in ".!?:\n"


def _excluded(doc, text: str, s: int, e: int, value: float, cur: str | None) -> bool:
    """Dates, times, ages, identifiers and list numbers: numbers that do not state an amount."""
    prev = text[s - 1] if s > 0 else " "
    nxt = text[e] if e < len(text) else " "
    if prev.isalnum() or prev in "@#/_\\" or (prev == "-" and s > 1 and text[s - 2].isalpha()):
        return True  # "COVID-19", "F16", "@user1", URL parts
    if prev in ":.," and s > 1 and text[s - 2].isdigit():
        return True  # the minutes of "12:38", the tail of "1.2.3"
    if (
        nxt.isalpha()
        and not (cur and _GLUED_RX.match(text, e))
        and not (nxt in "x×" and e + 1 < len(text) and not text[e + 1].isalpha())
    ):
        return True  # "1st", "3D", "5G"
    if nxt == "." and e + 1 < len(text) and text[e + 1].isdigit():
        return True  # dotted numbers the digit pattern did not take
    if nxt == ":" and e + 2 < len(text) and text[e + 1 : e + 3].isdigit():
        hh, mm = value, text[e + 1 : e + 3]
        if 0 <= hh <= 24 and int(mm) < 60 and "." not in text[s:e]:
            return True  # "14:30"
    if _TIME_AFTER.match(text, e) and value <= 24:
        return True  # "14 Uhr", "9 a.m."
    if _AGE_AFTER.match(text, e) or _AGE_BEFORE.search(text[max(0, s - 20) : s]):
        return True
    before = text[max(0, s - 24) : s]
    if value < 32 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, e)):
        return True  # "Dec. 19", "19. Dez" the dates step missed
    if (
        prev == " "
        and text[s - 2 : s] == ", "
        and nxt == ","
        and value < 120
        and _capitalised_before(text, s - 2)
    ):
        return True  # "Montoya-Lewis, 51, …": an age in apposition
    if prev in "-–/" and re.search(r"(?:19|20)\d\d[-–/]$", text[max(0, s - 5) : s]):
        return True  # the tail of "2017-18"
    if _RATE_BASE.search(before):
        return True  # "per 100,000 people": the base of a rate
    if _RELATIVE_TIME.search(before) and _DURATION_AFTER.match(text, e):
        return True  # "in den letzten zwei Jahren"
    if value == 100 and re.search(r"\bzu\s+$", before) and _PERCENT_RX.match(text, e):
        return True  # "zu 100 Prozent": an idiom for "entirely"
    if cur is None and _identifier_name(text, s, e):
        return True  # "Stage 3", "Tempo 300", "Windows 11"
    if prev == "(" and nxt == ")" and value < 120 and _capitalised_before(text, s - 1):
        return True  # "Kim Yo Jong (32)"
    if (
        cur is None
        and 1900 <= value <= 2100
        and value.is_integer()
        and e - s == 4
        and not (_SCALE_RX.match(text, e) or _CURRENCY_RX.match(text, e) or _PERCENT_RX.match(text, e))
    ):
        return True  # a year the dates step did not claim
    word_before = text[max(0, s - 16) : s].split()[-1:] if text[max(0, s - 16) : s].strip() else []
    if word_before and word_before[0].lower().strip("(") in IDENTIFIER_BEFORE and text[s - 1] == " ":
        return True
    if nxt == "." and (e + 1 >= len(text) or text[e + 1] in " \n") and _is_ordinal(doc, text, e):
        return True  # "3. Liga", "am 18. des Monats"
    if nxt in ".)" and _line_start(text, s) and e + 1 < len(text) and text[e + 1] == " ":
        return True  # list numbering "1. …", "2) …"
    return False


def _identifier_name(text: str, s: int, e: int) -> bool:
    """A capitalised word straight before a number with nothing counted after it names a thing."""
    if re.search(r"[.,]", text[s:e]) or text[e : e + 1] in ",;":
        return False  # "Italy 143,600, while …" counts
    m = re.search(r"([A-ZÄÖÜ][\w-]*)\s$", text[max(0, s - 30) : s])
    if not m or _sentence_initial(text, s - len(m.group(0))) or m.group(1).lower() in _APPROX_KIND:
        return False
    if any(rx.match(text, e) for rx in (_SCALE_RX, _CURRENCY_RX, _PERCENT_RX, _RANGE_RX)):
        return False
    nxt = re.match(r"\s+([^\W\d_][\w-]*)", text[e : e + 40])
    return not nxt or nxt.group(1)[0].islower() or nxt.group(1).lower() in _STOP


def _capitalised_before(text: str, pos: int) -> bool:
    words = text[max(0, pos - 30) : pos].split()
    return bool(words) and words[-1][:1].isupper()


def _line_start(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _is_ordinal(doc, text: str, e: int) -> bool:
    """A German ordinal ends in "." inside the sentence; a cardinal's "." ends the sentence."""
    if doc.language == "en":
        return False
    j = e + 1
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or text[j] == "\n":
        return False
    if text[j].islower():
        return True
    sent = doc.sentence_at(e)
    return sent is not None and sent.end > e + 1


def _extend(doc, text: str, s: int, e: int, value: float, cur: str | None, vague: bool) -> Quantity | None:
    """Grow a bare number into the quantity phrase: approximation, scale, range, currency, unit."""
    unit: str | None = cur
    approx: str | None = "more_than" if vague else None
    upper: float | None = None
    if cur:
        g = _GLUED_RX.match(text, e)
        if g:
            value *= GLUED_SCALES[g.group(1).lower()]
            e = g.end()
    m = _SCALE_RX.match(text, e)
    if m and not vague:
        value *= SCALES[m.group(1).lower()]
        e = m.end()
    fm = _FRACTION_RX.match(text, e)
    if fm and not vague and value < 10:
        value = round(value / FRACTIONS[fm.group(1).lower()], 4)
        unit, e = fm.group(1), fm.end()
    rm = _RANGE_RX.match(text, e) if not vague else None
    if rm is None and re.search(r"(?:zwischen|between)\s+\S*$", text[max(0, s - 14) : s], re.I):
        rm = _BETWEEN_RX.match(text, e)
    if rm is not None:
        hi = parse_digits(rm.group(2), doc.language)
        if hi is not None and hi > value and not (1900 <= hi <= 2100 and 1900 <= value <= 2100):
            scale = _SCALE_RX.match(text, rm.end())
            factor = SCALES[scale.group(1).lower()] if scale else 1.0
            if scale and value * factor / hi < 1:
                value *= factor
            upper, approx, e = hi * factor, "range", scale.end() if scale else rm.end()
    if unit is None:
        for rx in (_CURRENCY_RX, _PERCENT_RX):
            um = rx.match(text, e)
            if um:
                unit, e = um.group(1), um.end()
                break
    elif unit and not cur:
        pass
    elif cur:
        um = _CURRENCY_RX.match(text, e)
        if um:
            e = um.end()
    if text[e : e + 1] == "-" and unit is None:  # "4-wöchiger", "300-Millionen-Euro-Anleihe"
        cm = re.match(r"-([^\W\d_][\w-]*)", text[e:])
        if cm:
            unit = cm.group(1)
            e += cm.end()
    if unit is None:
        unit, e = counted_thing(doc, text, e)
    am = _APPROX_RX.search(text[max(0, s - 24) : s])
    if am and approx is None:
        approx = _APPROX_KIND.get(am.group(1).lower())
        s = max(0, s - 24) + am.start(1)
    if approx is None:
        approx = "exact"
    return Quantity(span=doc.span(s, e), value=value, unit=unit, approximation=approx, upper=upper)
