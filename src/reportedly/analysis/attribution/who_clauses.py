"""English who-clauses around a cue (moved out of subjects.py in session 18): "members of the party, who
said …", "Jane Roe, a professor, who told …", "Sam Roe, a quality engineer who testified …". The relative
pronoun is the mention, the antecedent (or the name an apposition describes) the speaker."""

from __future__ import annotations

from . import english as EN
from .sources import np_tokens


def _described_name(toks, c: int, i: int, first: int) -> tuple[int, tuple[int, int]] | None:
    """S18: "Sam Roe, a quality engineer who testified before the panel, said …": the who-clause inside an
    apposition ("a …" from c) speaks of the name before its comma; s32: also "a 74-year-old retired teacher who"."""
    w = i - 1
    while w > c and toks[w].pos == "ADV":
        w -= 1
    if w <= c + 1 or toks[w].text.lower() not in ("who", "that") or toks[c].text.lower() not in ("a", "an", "the"):
        return None
    if c - 2 < first or toks[c - 1].text != "," or not toks[c - 2].text[:1].isupper():
        return None
    if not all(t.pos in ("ADJ", "NOUN", "PROPN", "NUM") or t.text.lower() in ("of", "-") for t in toks[c + 1 : w]):
        return None
    name = np_tokens(toks, c - 2, first, c - 1)
    if toks[name[0]].text.lower() == "the" and name[1] - name[0] > 2:
        name = (name[0] + 1, name[1])  # s25: "the American Business Freedom Council, a trade group that hailed …"
    if not all(t.text[:1].isupper() for t in toks[name[0] : name[1]]):
        return None
    return w, name


QUANTIFIERS = frozenset("some many several most other two three four five dozens hundreds".split())


def relative_subject(toks, i: int, first: int, lang: str) -> tuple[int, tuple[int, int]] | None:
    """(relative pronoun, antecedent) for an English cue in a who-clause: "members of the party, who
    said …", "Jane Roe, a professor, who told …". The pronoun is the mention (like "he"), the noun
    phrase before the comma the speaker, and the message lies to the right. (The German variant,
    "Der Kollege, der gesagt hat, …", lost sources on the SpkAtt news tune split: not used.)"""
    if lang != "en" or (i - 1 > first and toks[i - 1].text == ","):
        return None  # "Jones, who chairs the committee, said": the who-clause is inside the subject
    if i - 2 >= first and toks[i - 1].text.lower() in ("that", "who") and (
            toks[i - 2].tag in ("NN2", "NP0") and toks[i - 2].text.endswith("s")):
        a = i - 2  # s19: "companies that say the law will …", "some Labour MPs who argue …": the antecedent speaks
        while a > first and (toks[a - 1].pos in ("NOUN", "ADJ", "PROPN") or toks[a - 1].text.lower() in QUANTIFIERS):
            a -= 1
        return i - 2, (a, i - 1)
    c = i - 1
    while c > first and toks[c - 1].text not in (",", ";", ":", "(") and not toks[c - 1].quote:
        c -= 1
    named = _described_name(toks, c, i, first)
    if named is not None:
        return named
    if c - 2 < first or toks[c - 1].text != "," or toks[c].text.lower() != "who":
        return None
    head = c - 2
    if toks[head].pos not in ("NOUN", "PROPN"):
        return None
    a, b = EN.extend_left(toks, *np_tokens(toks, head, first, c - 1), first)
    seg = c - 2
    while seg > first and toks[seg - 1].text != ",":
        seg -= 1
    if (  # "Jane Roe, a professor at X, who said": the name the apposition describes
        seg - 2 >= first
        and toks[seg].text.lower() in ("a", "an", "the")
        and (toks[seg - 2].pos == "PROPN" or toks[seg - 2].text[:1].isupper())
        and c - seg <= 12  # s27: "Marco Ferrante, a digital asset strategist at Aldgate Research in London, who"
    ):
        return c, np_tokens(toks, seg - 2, first, seg - 1)
    return c, (a, b)
