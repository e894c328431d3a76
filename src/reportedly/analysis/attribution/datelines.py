"""The dateline that opens a German wire story ("Berlin (dpa) - ", "Moskau/Kiew – ", "Frankfurt/Main - ")
or a live blog's entry ("10.15 Uhr: "), and the English one ("WASHINGTON (Reuters) - "): no part of the first
sentence's clause, so neither a message nor a subject (session 7; the English one moved here in session 24)."""

from __future__ import annotations

DASHES = frozenset("- – — --".split())
_GLUE = frozenset("/ ( ) , .".split())
MAX_DATELINE_TOKENS = 8


def time_stamp_end(toks, first: int, end: int) -> int:
    """S7: past a live blog's time stamp opening the paragraph ("10.15 Uhr: Die Armee hat …"), else `first`."""
    if first + 3 < end and toks[first + 1].text == "Uhr" and toks[first + 2].text == ":" and (
        toks[first].text.replace(".", "").replace(":", "").isdigit()
    ):
        return first + 3
    return first


def dateline_end_de(toks, first: int, end: int) -> int:
    """The token after the dateline's dash, or `first` when the sentence opens with none: a few place
    names (capitalised, joined by "/" or ","), perhaps an agency in brackets, then a dash."""
    for k in range(first + 1, min(end - 2, first + MAX_DATELINE_TOKENS + 1)):
        if toks[k].text not in DASHES:
            continue
        head = toks[first:k]
        bracket = False
        for t in head:
            if t.text == "(":
                bracket = True
            elif t.text == ")":
                bracket = False
            elif t.text in _GLUE:
                continue
            elif not (bracket or (t.text[:1].isupper() and t.text.isalpha() and t.pos in ("PROPN", "NOUN", "X"))):
                return first  # "Die Koalition – so heißt es – sei …": a sentence, no dateline
        place = toks[first].pos == "PROPN" or toks[first].tag == "NE" or toks[first].ent.endswith("LOC") or any(
            t.text.lower() in AGENCY_TAGS for t in head[1:])  # r18; s32: "Ludwigshafen (Reuters) -" (tagged NN)
        return k + 1 if place and toks[k + 1].text[:1].isupper() else first
    return _agency_dateline_end(toks, first, end)


AGENCY_TAGS = frozenset("dpa afp ap kna epd sid apa rtr reuters dts ddp idea kap".split())
"""Agencies whose tag in brackets may close a dateline without a dash ("Fulda (KNA) Im Bistum …")."""


def _agency_dateline_end(toks, first: int, end: int) -> int:
    """S24: "Fulda (KNA) Im Bistum Fulda sind …": places, then a known agency's tag in brackets and no dash."""
    o = next((k for k in range(first + 1, min(end - 3, first + 5)) if toks[k].text == "("), None)
    if o is None or toks[o + 2].text != ")" or toks[o + 1].text.lower().split("/")[0] not in AGENCY_TAGS:
        return first
    if not all(t.text[:1].isupper() or t.text in _GLUE for t in toks[first:o]):
        return first
    place = toks[first].pos == "PROPN" or toks[first].tag == "NE" or toks[first].ent.endswith("LOC")
    nxt = toks[o + 3]
    return o + 3 if place and nxt.text[:1].isupper() and nxt.text not in DASHES else first


def dateline_end_en(toks, a: int, b: int) -> int:
    """ "WASHINGTON (Reuters) - The United States will …", "KYIV, Ukraine — …": the dateline opening
    a wire story is no part of the message (returns a when there is none)."""
    if a + 2 < b and toks[a].text in DASHES and toks[a + 1].text[:1].isupper():
        return a + 1  # s24: "YAKIMA, Wash. — The number …": the dash the message was cut after
    for k in range(a, min(b - 3, a + 8)):  # s31: "Patna, Nov 8 (PTI) The Election Commission …": no dash
        if toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.isupper() and k > a and all(
                t.text[:1].isupper() or t.text.isdigit() or t.text in (",", ".") for t in toks[a:k]) and toks[
                k + 3].text[:1].isupper():
            return k + 3
    for k in range(a, min(b - 2, a + 10)):
        if toks[k].text in DASHES:
            head = [t.text for t in toks[a:k] if t.text not in ("(", ")", ",", ".")]
            if (
                head
                and (toks[a].text.isupper() and len(toks[a].text) > 1 or toks[a].text == "(")
                and all(w[:1].isupper() or w.isdigit() for w in head)
            ):  # "KYIV, May 26 (Reuters) - …"; s21: "(Reuters) - …" with no place
                return k + 1
            return a
    return a
