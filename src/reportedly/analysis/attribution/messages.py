"""Where the reported content is: clauses after a cue, fronted clauses, colons and Konjunktiv I.

All functions work on token indices of one sentence [first, last) and return token ranges, so
they cost one pass over the sentence; character spans are made once at the end by the engine.
"""

from __future__ import annotations

from .cues import is_finite, konjunktiv

SUBORDINATORS = frozenset(
    "dass daß ob wonach wie warum weshalb wieso wann wer was wo wohin woher welche welcher welches inwiefern "
    "that whether how why when who what where which if".split()
)
PUNCT_END = frozenset(".!?;")
QUOTE_MARKS = frozenset("\"„“”«»‚‘’'")
OBJECT_MESSAGE_VERBS = frozenset(
    "fordern forderte forderten fordert kritisieren kritisierte kritisiert kritisierten warnen warnte warnt "
    "verlangte verlangt verlangen ankündigen kündigte kündigt bestätigte bestätigt dementierte dementiert "
    "bekräftigte bekräftigt begrüßte begrüßt lobte lobt bemängelte bemängelt beklagte beklagt".split()
)


def content_end(tokens, first: int, last: int) -> int:
    """End of the sentence without its final punctuation."""
    b = last
    while b > first and (
        tokens[b - 1].text in PUNCT_END
        or tokens[b - 1].text in QUOTE_MARKS
        and b - 1 > first
        and tokens[b - 2].text in PUNCT_END
    ):
        b -= 1
        if tokens[b].text in PUNCT_END:
            break
    return b


def right_message(tokens, cue_end: int, first: int, last: int, lang: str) -> tuple[int, int] | None:
    """A complement clause after the cue: ", dass …", ", ob …", ", die Lage sei …", ": …", "that …"."""
    end = content_end(tokens, first, last)
    j = cue_end
    limit = min(end, cue_end + 12)
    while j < limit:
        t = tokens[j].text
        low = t.lower()
        if t == ":":
            return (j + 1, end) if end - j > 2 else None
        if t == ",":
            k = j + 1
            if k >= end:
                return None
            nxt = tokens[k].text.lower()
            if nxt in SUBORDINATORS:
                return k, end
            if _v2_clause(tokens, k, end, lang):
                return k, end
            if nxt in ("der", "die", "das") and tokens[k + 1].text[:1].isupper() if k + 1 < end else False:
                return k, end
            return None
        if lang == "en" and low in ("that", "whether", "if") and j > cue_end - 1:
            return (j + 1, end) if low == "that" else (j, end)
        if lang == "de" and low in ("dass", "ob", "wonach") and j > cue_end:
            return j, end
        if t in QUOTE_MARKS or t in PUNCT_END:
            return None
        j += 1
    if (
        lang == "en"
        and cue_end < end
        and end - cue_end > 3
        and tokens[cue_end].text.lower() not in ("on", "in", "at", "to", "by", ".")
    ):
        return cue_end, end
    return None


def _v2_clause(tokens, k: int, end: int, lang: str) -> bool:
    """Does a main clause start at k (finite verb in second or third position, or a Konjunktiv verb)?"""
    for i in range(k, min(end, k + 8)):
        t = tokens[i]
        if t.text in (",", ":") or t.text in QUOTE_MARKS:
            return False
        if konjunktiv(t, lang) == 1:
            return True
        if is_finite(t) and i - k >= 1:
            return True
    return False


def left_message(tokens, cue_start: int, first: int, lang: str) -> tuple[int, int] | None:
    """A fronted message ending in a comma right before the cue: "Die Lage sei ernst, sagte er."."""
    j = cue_start - 1
    if j > first and tokens[j].text == ",":
        a = first
        while a < j and (tokens[a].text in QUOTE_MARKS):
            a += 1
        b = j
        while b > a and tokens[b - 1].text in QUOTE_MARKS:
            b -= 1
        return (a, b) if b - a >= 2 else None
    return None


def object_message(tokens, cue_end: int, first: int, last: int, cue_text: str) -> tuple[int, int] | None:
    """Noun-phrase messages of fordern, kritisieren, warnen …: "fordert den Rücktritt des Ministers"."""
    if cue_text.lower() not in OBJECT_MESSAGE_VERBS:
        return None
    end = content_end(tokens, first, last)
    return (cue_end, end) if end - cue_end >= 2 else None


def sentence_konjunktiv(tokens, first: int, last: int, lang: str) -> int:
    """Mood of the sentence's first finite verb outside quotes (1, 2 or 0 for indicative/none)."""
    for t in tokens[first:last]:
        if t.quote:
            continue
        k = konjunktiv(t, lang)
        if k:
            return k
        if is_finite(t) and t.pos in ("VERB", "AUX"):
            return 0
    return 0
