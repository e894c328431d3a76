"""The counted thing after a number: "Kämpfer", "ukrainische Panzerfahrzeuge", "research staff".

Uses part-of-speech tags when the language layer produced them (modifiers, then the noun), and
capitalisation (German nouns) or the first content word (English) when it did not.
"""

from __future__ import annotations

import re

_STOP = {
    "der", "die", "das", "den", "dem", "des", "und", "oder", "in", "im", "an", "am", "auf", "aus", "bei",
    "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "für", "um", "als", "wie", "pro", "je", "the",
    "a", "of", "and", "or", "on", "at", "to", "for", "from", "by", "with", "as", "per", "were", "was",
    "are", "is", "have", "has", "had", "be", "been", "will", "would", "that", "than", "who", "which",
    "this", "these", "their", "his", "her", "its", "our", "so", "also", "auch", "sind", "ist", "war",
    "waren", "hat", "haben", "wurden", "wurde", "werden", "sei", "seien", "habe", "hätten", "dass", "ob",
    "not", "more", "less", "mehr", "weniger", "new", "said", "sagte", "each", "every", "day", "year",
}
_NOUN_POS = {"NOUN", "PROPN"}
_MOD_POS = {"ADJ", "ADV", "PART", "NUM"}
_MAX_UNIT_WORDS = 4


def counted_thing(doc, text: str, e: int) -> tuple[str | None, int]:
    """The counted thing right after the number: "Kämpfer", "ukrainische Panzerfahrzeuge"."""
    tok = doc.token_at(e + 1) if doc.tokens else None
    if tok is not None and tok.pos and tok.start >= e:
        return _counted_tagged(doc, tok, e)
    return _counted_plain(doc, text, e)


def _counted_tagged(doc, tok, e: int) -> tuple[str | None, int]:
    toks = doc.tokens
    i, start, end, mods = tok.i, None, None, 0
    while i < len(toks) and toks[i].sent == tok.sent:
        t = toks[i]
        if t.pos in _NOUN_POS and t.text.lower() not in _STOP:
            start = toks[tok.i].start if start is None else start
            end = t.end
            if doc.language != "en" or not (i + 1 < len(toks) and toks[i + 1].pos in _NOUN_POS):
                break
        elif t.pos in _MOD_POS and end is None and mods < 3 and t.text.lower() not in _STOP:
            mods += 1
            start = t.start if start is None else start
        else:
            break
        i += 1
    if end is None:
        return None, e
    return doc.text[start:end], end


def _counted_plain(doc, text: str, e: int) -> tuple[str | None, int]:
    words = list(re.finditer(r"[^\W\d_][\w-]*", text[e : e + 80]))
    gap_ok = lambda a, b: not text[a:b].strip()  # noqa: E731  only spaces between words
    start: int | None = None
    last = e
    for n, w in enumerate(words[:_MAX_UNIT_WORDS]):
        ws, we = e + w.start(), e + w.end()
        if not gap_ok(last, ws) or w.group(0).lower() in _STOP:
            break
        start = ws if start is None else start
        if doc.language == "de" and w.group(0)[0].isupper():
            return text[start:we], we
        if doc.language != "de" and n == 0 and w.group(0).lower() not in _STOP:
            return text[start:we], we
        last = we
    return None, e
