"""Numerals: digit strings in German and English formats, and numbers written as words.

Kept apart from the search for quantities because both the quantity finder and the headline check
compare values, and the format rules ("43.000" is forty-three thousand in German, "2.5" two and a
half in English) must be the same in both places.
"""

from __future__ import annotations

import re

# Digits with thousands separators (".", ",", thin/no-break space, apostrophe) and a decimal part.
DIGITS = r"\d{1,3}(?:[.,\u202f\u00a0']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"

_DE_SMALL = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "zwo": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19,
}
_DE_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
_EN_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "dozen": 12,
}
# Vague plurals: a lower bound, reported as "more_than".
VAGUE = {
    "dutzende": 12, "hunderte": 100, "tausende": 1000, "zehntausende": 10_000, "hunderttausende": 100_000,
    "millionen": 1_000_000, "dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10_000,
    "millions": 1_000_000,
}
SCALES = {
    "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3, "mio": 1e6, "mio.": 1e6, "million": 1e6, "millionen": 1e6,
    "mrd": 1e9, "mrd.": 1e9, "milliarde": 1e9, "milliarden": 1e9, "billion": 1e9, "billionen": 1e12,
    "bio.": 1e12, "thousand": 1e3, "millions": 1e6, "billions": 1e9, "trillion": 1e12, "bn": 1e9,
    "mn": 1e6, "tn": 1e12,
}
# Scales written straight after the digits only after a currency sign ("$3m", "£2.5bn").
GLUED_SCALES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}
FRACTIONS = {
    "hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "achtel": 8, "zehntel": 10,
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}

_DE_WORD = re.compile(
    r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|"
    r"sechzig|siebzig|achtzig|neunzig|hundert|tausend|und|zehn|null|eins|zwo)+)(?:einhalb)?",
    re.I,
)


def parse_digits(s: str, lang: str) -> float | None:
    """The value of a digit string: German "43.000" and "17,3", English "43,000" and "2.5"."""
    s = s.replace("\u202f", "").replace("\u00a0", "").replace("'", "")
    if "." in s and "," in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        groups = s.split(sep)
        thousands_sep = "." if lang == "de" else ","
        if len(groups) > 2 or (sep == thousands_sep and all(len(g) == 3 for g in groups[1:])):
            s = s.replace(sep, "")
        else:
            s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def german_word_value(word: str) -> float | None:
    """ "sieben" → 7, "einundzwanzig" → 21, "dreihundert" → 300, "sechseinhalb" → 6.5, else None."""
    w = word.lower()
    if w in _DE_SMALL:
        return float(_DE_SMALL[w])
    if w in _DE_TENS:
        return float(_DE_TENS[w])
    if w == "anderthalb":
        return 1.5
    if not _DE_WORD.fullmatch(w) or len(w) < 4:
        return None
    half = 0.5 if w.endswith("einhalb") and w != "einhalb" else 0.0
    if half:
        w = w[: -len("einhalb")]
    value = _german_compound(w)
    return None if value is None else value + half


def _german_compound(w: str) -> float | None:
    if not w:
        return 0.0
    if "tausend" in w:
        head, _, tail = w.partition("tausend")
        h = _german_compound(head) if head else 1.0
        t = _german_compound(tail)
        return None if h is None or t is None else h * 1000 + t
    if "hundert" in w:
        head, _, tail = w.partition("hundert")
        h = _DE_SMALL.get(head, None) if head else 1
        t = _german_compound(tail)
        return None if h is None or t is None else h * 100 + t
    if "und" in w:
        unit, _, tens = w.partition("und")
        u, t = _DE_SMALL.get(unit), _DE_TENS.get(tens)
        return None if u is None or t is None or u > 9 else float(u + t)
    if w in _DE_SMALL:
        return float(_DE_SMALL[w])
    if w in _DE_TENS:
        return float(_DE_TENS[w])
    return None


def english_word_value(word: str) -> float | None:
    """ "seven" → 7, "twenty-five" → 25, else None."""
    w = word.lower()
    if w in _EN_SMALL:
        return float(_EN_SMALL[w])
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _EN_SMALL and b in _EN_SMALL and _EN_SMALL[a] >= 20 and _EN_SMALL[b] < 10:
            return float(_EN_SMALL[a] + _EN_SMALL[b])
    return None


def word_value(word: str, lang: str) -> float | None:
    """A number word in either language; German first when the article is German."""
    if lang == "en":
        return english_word_value(word)
    value = german_word_value(word)
    return value if value is not None else (english_word_value(word) if lang != "de" else None)
