"""Tokens and sentences for German and English news text.

A regular-expression tokenizer with a post-pass for the cases that break naive splitting in
German news: abbreviations ("z. B.", "Mrd.", "Gen."), ordinals ("am 18. August"), numbers with
thousands and decimal separators ("1.831", "17,3"), URLs glued to quotes, handles and hashtags,
gender forms ("Schüler*innen", "Lehrer:innen", "Kund/-innen" are one word), joint party names ("CDU/CSU",
"CDU/CSU-Fraktion": one word, as in the NER training data), a US politician's party and state before a comma
("D-N.M.", "R-Calif.": one word, no sentence end; session 29), web addresses
without "www." ("lokalo.de", "Bild.de", "bbc.co.uk" are one word: the outlet that reports).
It is a few times faster than a spaCy tokenizer call plus Python-level post-processing, and it
never drops or rewrites a character: every token is a slice of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from .doc import Sentence, Token

ABBREVIATIONS = frozenset(
    """
    z b d h u a o ä bzw ca dr prof nr mio mrd str st usw etc vgl ggf inkl evtl jh jhd abs art bzgl geb
    gest hr tel co inc ltd corp jan feb mär apr jun jul aug sep sept okt nov dez mr mrs ms gen lt sen rep
    gov col maj capt sgt adm cmdr e g i v chr n s zit zt dt engl franz frz ital russ amerik bzw
    evang kath max min mind sog usf allg ehem eigtl einschl gegr jr sr no vs insb zb dipl ing mag
    phil med rer nat pol lic bspw hrsg verf ff bd kap tab abb anm urspr
    brig cpl pvt rev hon supt insp det messrs
    """.split()
)
"""Lower-cased words that take a period without ending a sentence (dot stripped)."""

MONTHS = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november dezember
    jan feb mär apr jun jul aug sep sept okt nov dez""".split()
)

ORDINAL_CONTEXT = frozenset(
    "der die das den dem des am im vom zum zur beim seit ab bis bis zum ihr ihrem seinem seinen "
    "sein ihre seine ihren jeder jedes jeden".split()
)

SENTENCE_OPENERS = frozenset(
    "Nach Laut Die Der Das Dem Den Des Ein Eine Er Sie Es Wir Ich Im In Am Auch Doch Aber Und Dies Diese Dieser "
    "Damit Dabei Zudem Demnach Wie Wer Was Als Wenn So Man Seit Bei Mit Für Zum Zur Vom".split()
)
"""Capitalised words that open a sentence and never follow an ordinal ("am 3. Oktober", "bis 67. Nach …")."""

ROMAN_SECTIONS = frozenset("I V X".split())
"""One-letter roman numerals that number a section at a line's start ("I. Das Berufungsgericht …"); longer
ones ("II.") are no initials anyway."""

COMPANY_SUFFIXES = frozenset("co inc ltd corp".split())
"""Abbreviations that often close a sentence with the company's name ("Hellmann & Co.", "Apple Inc.")."""
SENTENCE_OPENERS_EN = frozenset("The It He She They We But A An In".split())

_TLD = "(?:de|at|ch|com|org|net|eu|info|io|fr|it|uk|nl|ru|tv|us|gov|edu|ca|au|pl|es|be)"
"""Top-level domains that make "name.tld" one word (a web address without "www.")."""
WEB_ADDRESS = re.compile(rf"[^\W\d_][\w\-–'’&]*\.(?:co\.)?{_TLD}")
"""A word token that is a web address: `WEB_ADDRESS.fullmatch(word)`."""
_URL_TOKEN = r"""(?P<url>(?:https?://|www\.)[^\s"“”„»«<>]+|\b(?:t\.co|bit\.ly|youtu\.be)/[A-Za-z0-9_\-/]+)"""
_EMAIL_TOKEN = r"""(?P<email>[\w.+-]+@[\w-]+\.[\w.-]+)"""
_PLURAL_POSSESSIVE = r"(?<=s)['’](?=[ ][A-Z])"
"""S34: the apostrophe of a plural possessive before a name stays with its word ("Supporters' Trust", "Australian
Workers' Union"), or the name would end at "Supporters"."""
_OTHER_TOKENS = rf"""
    (?P<handle>[@#]\w+(?:\.\w+)*)
  | (?P<num>\d+(?:[.,’']\d+)*)
  | (?P<abbr>(?:[^\W\d_]\.){{2,}}(?![^\W\d_]))
  | (?P<parties>[A-ZÄÖÜ]{{2,}}/[A-ZÄÖÜ]{{2,}}(?:[-–][^\W\d_]\w*)*(?!\w))
  | (?P<party_state>[RDI]-(?:(?:[A-Z]\.){{2}}|[A-Z][a-z]{{1,5}}\.)(?=[,)]))
  | (?P<word>[^\W\d_]\w*(?:[-–'’&]\w+)*(?:(?:[*:]|/-?)[iI]n(?:nen)?(?!\w)|\.(?:co\.)?{_TLD}(?!\w)
               |{_PLURAL_POSSESSIVE})?)
  | (?P<ellipsis>\.\.\.|…)
  | (?P<punct>\S)
    """
_TOKEN_RE = re.compile(f"{_URL_TOKEN}\n  | {_EMAIL_TOKEN}\n  | {_OTHER_TOKENS}", re.VERBOSE)
_NO_EMAIL_RE = re.compile(f"{_URL_TOKEN}\n  | {_OTHER_TOKENS}", re.VERBOSE)
_PLAIN_RE = re.compile(_OTHER_TOKENS, re.VERBOSE)
"""`_TOKEN_RE` without the alternatives that cannot match in a text lacking "@" (e-mail) or every
URL marker (`_URL_MARKERS`): the same tokens, ~30% faster, as the e-mail alternative scans each
word to its end looking for an "@"."""
_URL_MARKERS = ("://", "www.", "t.co/", "bit.ly/", "youtu.be/")

_URL_TRAIL = ".,;:!?)]}'\""
_SENT_END = frozenset(".!?…")
_CLOSERS = frozenset("\"“”«»’‘')]")
_OPENERS = frozenset("\"„“»«‚‘'([")


def _token_offsets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`iter_token_offsets` as a list, with the narrowest regular expression the text allows."""
    if any(m in text for m in _URL_MARKERS):
        return list(iter_token_offsets(text, start, end, _TOKEN_RE if "@" in text else _NO_EMAIL_RE))
    return [m.span() for m in (_TOKEN_RE if "@" in text else _PLAIN_RE).finditer(text, start, end)]


def iter_token_offsets(text: str, start: int = 0, end: int | None = None,
                       pattern: re.Pattern = _TOKEN_RE) -> Iterable[tuple[int, int]]:
    """(start, end) of each raw token in `text[start:end]`, before abbreviation merging."""
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        if m.lastgroup == "url":
            while e > s and text[e - 1] in _URL_TRAIL:
                e -= 1
            yield s, e
            if e < m.end():
                for k in range(e, m.end()):
                    yield k, k + 1
            continue
        yield s, e


QUOTE_OPENERS = frozenset('"“„«»‘')
"""Quotation marks that may open the sentence after a period."""
PLATFORM_PREPOSITIONS = frozenset("auf bei on via über plattform platform dienst netzwerk network".split())
"""Before "X", the platform formerly called Twitter: "erklärte er auf X." is no initial (s29: nor "schrieb er auf
der Plattform X.")."""


def _attach_period(text: str, offsets: list[tuple[int, int]], k: int) -> bool:
    """Does the period at offsets[k] belong to the token before it (abbreviation or ordinal)?"""
    ps, pe = offsets[k - 1]
    if pe != offsets[k][0]:
        return False
    prev = text[ps:pe]
    nxt = text[offsets[k + 1][0]:offsets[k + 1][1]] if k + 1 < len(offsets) else ""
    if prev.isalpha():
        low = prev.lower()
        if low in COMPANY_SUFFIXES and (nxt in SENTENCE_OPENERS or nxt in SENTENCE_OPENERS_EN):
            return False  # s28: "Chefvolkswirtin der Privatbank Hellmann & Co. Nach ihrer Einschätzung …": the end
        if prev in ROMAN_SECTIONS and nxt in SENTENCE_OPENERS and _opens_line(text, ps):
            return False  # s31: "I. Das Berufungsgericht hat angenommen, …" numbers a section: no initial
        if low in ABBREVIATIONS:
            return True
        if len(prev) == 1 and prev.isupper():      # initials: "Mark A. Milley", "U. S."
            before = text[offsets[k - 2][0]:offsets[k - 2][1]].lower() if k >= 2 else ""
            if nxt[:1] in QUOTE_OPENERS:
                return False  # s18: 'on his platform X. "Reuters is lying," he wrote': no name follows an initial
            return not (prev == "X" and before in PLATFORM_PREPOSITIONS)  # "schrieb er auf X." ends a sentence
        return False
    if prev.isdigit() and len(prev) <= 2:
        if nxt.lower() in MONTHS:
            return True
        before = text[offsets[k - 2][0]:offsets[k - 2][1]].lower() if k >= 2 else ""
        if (before in ORDINAL_CONTEXT or _listed_ordinal(text, offsets, k, before)) and nxt[:1].isupper() and (
                nxt not in SENTENCE_OPENERS):
            return True  # s27: not "… nicht bis 67. Nach Berechnungen des Verbands …"
        if nxt[:1].islower() or nxt[:1].isdigit():
            return True
    return False


def _opens_line(text: str, start: int) -> bool:
    """Nothing but spaces between the last line break (or the text's start) and `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _listed_ordinal(text: str, offsets: list[tuple[int, int]], k: int, before: str) -> bool:
    """S30: the next ordinal in a list ("in der 12., 58. und 81. Minute"): an ordinal before the comma or "und"."""
    if before not in (",", "und", "oder", "bis") or k < 4:
        return False
    return text[offsets[k - 3][0]:offsets[k - 3][1]] == "." and text[offsets[k - 4][0]:offsets[k - 4][1]].isdigit()


def _merge_periods(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`offsets` with each period token that `_attach_period` gives to the token before it merged
    into that token. Only the periods are visited (`str.find`, then a bisection), not every token:
    the decision reads `offsets` only, and two merges never chain (a period is not a word)."""
    if not offsets:
        return offsets
    merges = []
    lo, n, stop = 0, len(offsets), offsets[-1][1]
    p = text.find(".", offsets[0][0], stop)
    while p >= 0:
        k = lo = bisect_left(offsets, (p,), lo)  # the first token starting at or after p
        if 0 < k < n and offsets[k] == (p, p + 1) and offsets[k - 1][1] == p and _attach_period(text, offsets, k):
            merges.append(k)
        p = text.find(".", p + 1, stop)
    if not merges:
        return offsets
    merged = list(offsets)
    for k in reversed(merges):
        merged[k - 1] = (merged[k - 1][0], merged[k][1])
        del merged[k]
    return merged


def tokenize(text: str, start: int = 0, end: int | None = None, *,
             paragraphs: list[tuple[int, int]] | None = None,
             breaks: Iterable[int] = ()) -> tuple[list[Token], list[Sentence]]:
    """Split `text[start:end]` into tokens and sentences.

    `paragraphs` (character ranges) always end sentences; `breaks` are extra offsets where a
    sentence must end (e.g. after an embedded post's signature).
    """
    end = len(text) if end is None else end
    merged = _merge_periods(text, _token_offsets(text, start, end))
    tokens = [Token(i, s, e, text[s:e]) for i, (s, e) in enumerate(merged)]
    sentences = split_sentences(text, tokens, paragraphs or [(start, end)], breaks)
    return tokens, sentences


TAG_VERBS = frozenset(
    "said asked replied added told wrote says asks replies adds shouted wondered insisted pressed".split())


def _speech_tag(tokens: list[Token], j: int) -> bool:
    """A capitalised name of one or two words at j, then a speech verb and the end of the sentence; s31: or a
    longer run of capitalised words and initials, then the verb ('"…?" BRS MLA M. Venkatesh Goud wrote in a post')."""
    if j + 1 < len(tokens) and tokens[j].text in HONORIFIC_TAGS:
        j += 1  # s24: '"…?" Mr. Whitlock asked.'
    for k in (j + 1, j + 2):
        if k + 1 < len(tokens) and tokens[k].text in TAG_VERBS and tokens[k + 1].text in (".", ","):
            return all(tokens[m].text[:1].isupper() and tokens[m].text.isalpha() for m in range(j, k))
    k = j
    while k < len(tokens) and k - j < 6 and tokens[k].text[:1].isupper() and tokens[k].text.rstrip(".").isalpha():
        k += 1
    return k - j >= 3 and k < len(tokens) and tokens[k].text in TAG_VERBS


HONORIFIC_TAGS = frozenset("Mr. Ms. Mrs. Dr. Mr Ms Mrs Dr".split())


def split_sentences(text: str, tokens: list[Token], paragraphs: list[tuple[int, int]],
                    breaks: Iterable[int]) -> list[Sentence]:
    sentences: list[Sentence] = []
    n = len(tokens)
    para_idx = 0
    first = 0
    pending = sorted(breaks)

    def close(last: int) -> None:
        nonlocal first
        if last > first:
            sent_no = len(sentences)
            for t in tokens[first:last]:
                t.sent = sent_no
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last, para_idx))
        first = last

    inf = float("inf")
    last_para = len(paragraphs) - 1
    para_end = paragraphs[0][1] if last_para > 0 else inf  # the next offset that ends a paragraph
    next_break = pending[0] if pending else inf
    for i, tok in enumerate(tokens):
        if tok.start >= para_end:
            while para_idx < last_para and tok.start >= paragraphs[para_idx][1]:
                close(i)
                para_idx += 1
            para_end = paragraphs[para_idx][1] if para_idx < last_para else inf
        if tok.start >= next_break:
            while pending and pending[0] <= tok.start:
                if i > first and tokens[first].start < pending[0]:
                    close(i)
                pending.pop(0)
            next_break = pending[0] if pending else inf
        t = tok.text
        if t[-1] in _SENT_END and (len(t) == 1 or t == "..."):
            j = i + 1
            while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
                j += 1
            if j >= n:
                continue
            nxt = tokens[j].text
            if j > i + 1 and t in "?!" and _speech_tag(tokens, j):
                continue  # '"So you signed them?" Kessel asked.': the question and its speech tag are one sentence
            if nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in _OPENERS or nxt[0] in "–—-":
                close(j)
    close(n)
    return sentences
