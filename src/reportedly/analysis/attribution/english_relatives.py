"""English speakers on either side of a relative clause (session 24): "… sued by former assistant who says she was
…" (the noun right before "who" speaks) and "a father of three who declined to give his name said …" (the phrase
before the who-clause speaks, not the noun inside it)."""

from __future__ import annotations

from .lexicon import ANON_HEADS_EN


def who_antecedent(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """S24: "Actor X sued by former assistant who says she was forced …": the noun right before "who" and
    the cue speaks, not the subject of the main clause (an object or agent, past the subject found)."""
    if i - 2 < 0 or toks[i - 1].text.lower() != "who" or src[1] >= i - 1:
        return src
    h = i - 2
    if toks[h].pos not in ("NOUN", "PROPN") or toks[h].text in (",", ")"):
        return src
    a = h
    while a - 1 >= src[1] and (toks[a - 1].pos in ("ADJ", "NOUN", "PROPN", "NUM") or toks[a - 1].text.lower() in (
            "former", "a", "an", "the", "one", "two")):
        a -= 1
    if a == src[1] and toks[a - 1].pos not in ("ADP", "VERB"):
        return src
    return a, h + 1


def before_relative(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """S24: "a father of three who declined to give his name said …": the noun phrase the language layer linked
    ("name") lies inside a who-clause that ends right before the cue; the speaker is the phrase before "who"."""
    a = src[0]
    w = next((k for k in range(a - 1, max(-1, a - 10), -1) if toks[k].text.lower() == "who" or toks[k].text in (
        ",", ";", ":", '"', "“", "”")), None)
    if w is None or toks[w].text.lower() != "who" or src[1] != i or w == 0 or toks[w - 1].sent != toks[i].sent:
        return src
    h = w - 1
    if not (toks[h].pos in ("NOUN", "PROPN", "NUM") or toks[h].text.lower() in ANON_HEADS_EN):
        return src
    start = h
    while start - 1 >= 0 and toks[start - 1].sent == toks[i].sent and (toks[start - 1].pos in (
            "DET", "ADJ", "NOUN", "PROPN", "NUM") or toks[start - 1].text.lower() in ("of", "a", "an", "the")):
        start -= 1
    while start < h and toks[start].text.lower() == "of":
        start += 1
    return start, w
