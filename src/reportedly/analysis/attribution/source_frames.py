"""The clause that names a source rather than the message: "Wie die Zeitung berichtet, …", "Wie berichtet",
"nach eigenen Angaben", "von X, einem Netzwerk, zufolge" (moved out of messages.py in session 27, which had
reached 500 lines)."""

from __future__ import annotations

from .cues import SOURCE_NOUNS_DE, is_finite
from .messages import content_end

LEADING_CONJUNCTIONS = frozenset("denn doch aber und auch".split())


def wie_clause(toks, start: int, first: int) -> int | None:
    """Index of "wie"/"as" opening the cue's clause ("…, wie die Zeitung berichtet"), else None."""
    for k in range(start - 1, max(first - 1, start - 8), -1):
        w = toks[k].text.lower()
        if w in ("wie", "as"):
            if w == "wie" and k + 1 < start and toks[k + 1].tag == "ADJD":
                return None  # s12: "Wie speziell das Virus zum Menschen fand, ist unklar": a question (how)
            opener = k == first or toks[k - 1].text in (",", "und", "oder")  # s12: "…, wie wir erklären und wie X
            # berichtete": each wie-clause has its own source
            opener = opener or (k == first + 1 and toks[first].text.lower() in LEADING_CONJUNCTIONS)
            return k if opener else None  # s9: "Denn wie die Zeitung berichtete, …"
        if w in (",", ":"):
            break
    if start - first <= 25 and toks[first].text.lower() in ("wie", "as") and not any(
        t.tag.endswith("FIN") for t in toks[first + 1 : start]
    ):  # "Wie Steve M., Sprecher der UN-Büros, in Bangkok mitteilte, …": an apposition inside
        return first
    return None


def as_reported(toks, wie: int, i: int) -> bool:
    """S12: "Wie (bereits) berichtet, …": a bare participle after "wie" cites the paper's own earlier report;
    no one else speaks, so the report takes no current speaker."""
    return toks[i].tag == "VVPP" and all(t.pos == "ADV" for t in toks[wie + 1 : i])


def past_relative(toks, comma: int, end: int) -> int:
    """Round 18: "Wie aus einem Papier hervorgeht, das dem WDR vorliegt, steigen …": the comma closing a
    relative clause that follows the cue's clause (it describes the source), else `comma` itself."""
    if comma + 2 >= end or toks[comma].text != "," or toks[comma + 1].tag not in ("PRELS", "PRELAT"):
        return comma
    for k in range(comma + 2, min(end, comma + 25)):
        if toks[k].text in (",", ":", ";"):
            return k if is_finite(toks[k - 1]) else comma
    return comma


def bracket_open(toks, close: int, first: int) -> int | None:
    """S13: the "(" of a short bracket ending at `close` with a noun before it ("Realschullehrer (VDR)"), or None."""
    if toks[close].text != ")":
        return None
    o = next((k for k in range(close - 1, max(first, close - 6) - 1, -1) if toks[k].text == "("), None)
    return o if o is not None and o - 1 >= first and toks[o - 1].pos in ("NOUN", "PROPN") else None


def apposition_open(toks, first: int, i: int) -> int | None:
    """Round 18: the comma opening an apposition that closes with the comma right before i ("von X, einem
    Netzwerk, zufolge"); None when there is none."""
    if i - 3 <= first or toks[i - 1].text != ",":
        return None
    c = next((k for k in range(i - 2, max(first, i - 10), -1) if toks[k].text == ","), None)
    return c if c is not None and c - 1 > first and toks[c - 1].pos in ("NOUN", "PROPN") else None


def wie_report(toks, a: int, b: int) -> bool:
    """Round 10: is [a, b) one "Wie X berichtet"-clause (wie, no comma, a verb at the end)? Such a clause
    reports the main clause; it is never the message of the verb after it."""
    return (
        b - a >= 3
        and toks[a].text.lower() == "wie"
        and toks[b - 1].pos in ("VERB", "AUX")
        and not any(t.text in (",", ":", ";") for t in toks[a:b])
    )


def anaphoric_source(toks, a: int, b: int) -> bool:
    """ "den Angaben zufolge", "demnach", s20 "Seinen Berechnungen zufolge": whoever was speaking, not these words."""
    words = [t.text.lower() for t in toks[a:b] if t.text.lower() not in ("den", "dem", "der", "die", "diesen",
                                                                         "seinen", "ihren")]
    return len(words) == 1 and words[0] in SOURCE_NOUNS_DE


def after_comma(tokens, cue_end: int, first: int, last: int) -> tuple[int, int] | None:
    """The main clause after the comma that closes a fronted "wie X berichtet," clause."""
    end = content_end(tokens, first, last)
    for j in range(cue_end, min(end, cue_end + 4)):
        if tokens[j].text == ",":
            return (j + 1, end) if end - j > 3 else None
    return None


_OWN = frozenset("eigenen eigener seinen ihren seiner ihrer".split())
_OWN_START = frozenset(("nach", "seinen", "ihren"))


def own_account(tokens, i: int, last: int) -> bool:
    """ "nach eigenen Angaben", "nach eigener Aussage", "Seinen Angaben nach" at token i."""
    if i + 2 >= last:
        return False
    a = tokens[i].text.lower()
    if a not in _OWN_START:  # called for every token: decide on the first word alone when possible
        return False
    b, c = tokens[i + 1].text.lower(), tokens[i + 2].text.lower()
    if a == "nach" and b in _OWN and c in SOURCE_NOUNS_DE | {"aussage", "darstellung"}:
        return True
    return a in ("seinen", "ihren") and b in SOURCE_NOUNS_DE and c == "nach"
