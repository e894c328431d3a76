"""Round 16 (German): the reflexive pronoun of a verbal cue is part of it ("äußerte sich", "wundere
mich"), as SpkAtt and GePaDe both annotate it; with the news lexicons (`rules-news`, `learned-news`)
the auxiliaries are too ("hatte … berichtet", "wie zitiert wird", "berichtet worden war"), as SpkAtt
news annotates them and GePaDe does not (on the tune splits: 140 SpkAtt gold cue tokens were
auxiliaries our cue lacked; GePaDe marks none of 280). They are added last, as `cue_parts`, so no rule
that reads the cue's position (where its message starts, which clause it is in) sees them.
"""

from __future__ import annotations

from .cues import active_lexicon

AUX_TAGS = frozenset({"VAFIN", "VAPP", "VAINF"})
STOP = frozenset(",;:()–—")


def verb_complex(doc, ev) -> list[int]:
    """Token indices of the cue verb's auxiliaries (and its "sich") that the cue does not hold yet."""
    if not ev.cue or doc.language != "de":
        return []
    toks = doc.tokens
    c = ev.cue[0]
    verb = toks[c]
    if verb.pos != "VERB":
        return []
    sent = doc.sentences[verb.sent]
    taken = set(ev.cue) | {k for a, b in ev.msg for k in range(a, b)}
    if ev.src:
        taken |= set(range(*ev.src))
    out: list[int] = []
    if verb.tag in ("VVPP", "VVINF", "VVIZU") and active_lexicon().name == "news":
        k = c + 1  # verb-final: "berichtet worden war", "erklärt hat"
        while k < sent.last and toks[k].tag in AUX_TAGS and k not in taken:
            out.append(k)
            k += 1
        if not out:  # verb-second: "hatte … berichtet", "wird … zitiert"
            k = c - 1
            while k >= sent.first and k > c - 12 and toks[k].text not in STOP and not toks[k].quote:
                if toks[k].tag in AUX_TAGS and k not in taken:
                    out.append(k)
                    break
                if toks[k].tag.endswith("FIN") or toks[k].pos == "SCONJ":
                    break
                k -= 1
    refl = next(
        (k for k in range(c + 1, min(sent.last, c + 4)) if toks[k].tag == "PRF" and k not in taken), None
    ) if verb.tag.endswith("FIN") else next(
        (k for k in range(c - 1, max(sent.first - 1, c - 5), -1) if toks[k].tag == "PRF" and k not in taken), None
    )
    if refl is not None:  # "äußerte sich", "meldete sich zu Wort", "der sich … geäußert hatte"
        out.append(refl)
    return sorted(out)
