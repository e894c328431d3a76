"""Who takes the floor without a message of their own (moved out of engine.py in round 13, unchanged),
and (round 13) a cue that ends its sentence with a colon: "Ich will ganz deutlich sagen:" — the next
sentence, unquoted, is its message (GePaDe's sentences end at such colons; quotations were attached
already by `quotations.attach_quotes`).
"""

from __future__ import annotations

from . import messages as M
from .cues import is_finite
from .datelines import dateline_end_de
from .event import Event
from .names import names_someone
from .subjects import subject

NO_FLOOR_LEMMAS = frozenset(
    "befinden vorlegen finden schließen unterzeichnen tragen vortragen legen kündigen ausschließen".split()
)
"""Cue verbs that, with no message, are acts rather than speech ("befinden sich", "legte … vor",
"unterzeichnet", "hatten gekündigt"): their subject does not take the floor."""


NO_COLON_LEMMAS = NO_FLOOR_LEMMAS | {"wissen", "reden", "vorstellen"}
"""Round 13: acts or knowledge rather than speech before a colon ("stellte … vor:", "von sich reden machen")."""


def floor(toks, loose_cues: dict[int, list[Event]], si: int, back: int = 2) -> list[Event]:
    """Cues of the last `back` sentences that found no message ("X äußerte sich kritisch", "Y begründete den
    Schritt mit …", '„…“, sagte Z'), active, not of NO_FLOOR_LEMMAS: their speakers take the floor."""
    return [
        ev
        for k in range(si - back, si)
        for ev in loose_cues.get(k, [])
        if ev.source is not None and ev.src is not None and not ev.passive and ev.cue
        and (toks[ev.cue[0]].lemma or "").lower() not in NO_FLOOR_LEMMAS
    ]


def colon_cue(toks, loose_cues: dict[int, list[Event]], si: int, first: int, end: int) -> Event | None:
    """The cue of the sentence before, when that sentence ends with it and a colon ("Ich will ganz deutlich
    sagen:", "Der Minister erklärte:"), with this sentence as its message; else None. This sentence must
    have no quotation (a quotation is the cue's message already) and at least three words."""
    if not loose_cues.get(si - 1) or toks[first - 1].text != ":" or first < 2:
        return None  # cheap tests first: a loose cue, and the sentence before ends with a colon
    stop = M.content_end(toks, first, end)
    if stop - first < 3 or any(t.quote or t.text in M.QUOTE_MARKS for t in toks[first:stop]):
        return None
    ev = loose_cues[si - 1][-1]
    if not ev.cue or ev.cue[-1] < first - 4 or ev.passive or ev.src is None or toks[first - 1].sent == toks[first].sent:
        return None  # the cue right before the colon, with a speaker: "Ich will sagen:", "erklärte er:"
    lemma, c = (toks[ev.cue[0]].lemma or "").lower(), ev.cue[0]
    if lemma in NO_COLON_LEMMAS or toks[c - 1].text == "zu" or (lemma != "äußern" and _reflexive(toks, c, first)):
        return None  # "machte von sich reden:", "ist zu berichten:", "haben sich Proteste angekündigt:"
    loose_cues[si - 1].remove(ev)
    ev.msg = [(first, stop)]
    return ev


def _reflexive(toks, c: int, colon: int) -> bool:
    """A "sich" in the cue's clause: the verb is reflexive, no report ("Proteste haben sich angekündigt")."""
    k = c
    while k > 0 and toks[k - 1].sent == toks[c].sent and toks[k - 1].text not in (",", ";", ":"):
        k -= 1
    return any(t.text == "sich" for t in toks[k:colon])


GENERIC_QUANTIFIERS = frozenset("viele einige manche wenige alle".split())


def subject_floor(doc, si: int, table, events, talker, paras=None):
    """Round 15: the subject of sentence `si`, a sentence with no report of its own ("Am Abend tagte die
    Wahlkommission in Berlin."), speaks the Konjunktiv I sentence right after it ("Mögliche Termine
    seien der 24. September …") when no earlier speaker is near (`talker` None): a name, an
    organisation, an outlet or a people noun, no pronoun. SpkAtt news dev 0.679 → 0.681; replacing a
    speaker further back as well gained messages but lost sources (news gold −0.003), so it does not."""
    if si < 0 or any(e.sent == si for e in events):
        return talker
    new_paragraph = paras is not None and talker is not None and _opens_paragraph(paras, si, talker.sent)
    if talker is not None and not new_paragraph:
        return talker
    toks = doc.tokens
    sent = doc.sentences[si]
    if sent.start < doc.headline_end:
        return talker
    first = dateline_end_de(toks, sent.first, sent.last)  # s32: not "München/Kassel (dpa) - Der Panzerbauer KNDS …"
    fv = next((k for k in range(first, sent.last) if is_finite(toks[k]) and not toks[k].quote), None)
    src = subject(doc, fv, first, sent.last, "de") if fv is not None else None
    if src is None or not any(names_someone(t) for t in toks[src[0] : src[1]]):
        return talker
    if any(t.pos == "PRON" for t in toks[src[0] : src[1]]):
        return talker
    if toks[src[0]].text.lower() in GENERIC_QUANTIFIERS:
        return talker  # s19: "Viele Wähler entschieden sich erst spät.": a generic group, no one who speaks
    if new_paragraph and sum(t.ent.endswith("PER") for t in toks[src[0] : src[1]]) < 2:
        return talker  # s7: only a person named in full takes the floor from a speaker of an earlier paragraph
    return Event([], src, [], "indirect", si, source=table.resolve(doc, *src))


def _opens_paragraph(paras: list[int], si: int, talker_sent: int) -> bool:
    """S7: sentence si opens a paragraph the next sentence shares, after the paragraph of the speaker
    who would go on ("X sagte, …. ¶ Der Ökonom Peter B. ist seit Jahren Kritiker. Die Schuldenbremse sei …")."""
    return si + 1 < len(paras) and paras[si] == paras[si + 1] and (si == 0 or paras[si - 1] != paras[si]) and (
        paras[talker_sent] < paras[si]
    )


def speaker_ahead(toks, events: list[Event], ahead: list[tuple[int, int, int]]) -> list[Event]:
    """Round 18: a Konjunktiv I sentence that no earlier speaker takes ("Die Digitalisierung werde Millionen
    Arbeitsplätze kosten.") belongs to the speaker of the next sentence when that sentence reports their
    speech with a cue ("Eine Herausforderung, …, sagte Precht."): the lead states what they said first."""
    out = []
    for si, first, end in ahead:
        nxt = next((e for e in events if e.sent == si + 1 and e.cue and e.source is not None and e.msg), None)
        if nxt is None or nxt.mode not in ("indirect", "mixed") or nxt.source.type not in SPEAKERS:
            continue
        if any(e.msg and e.msg[0][0] <= first < e.msg[-1][1] for e in events):
            continue  # "X habe Y. Das ergaben Recherchen …": that report's message already
        cont = Event([], None, [(first, M.content_end(toks, first, end))], "indirect", si, source=nxt.source)
        cont.continues = events.index(nxt)
        cont.extra["prev"] = nxt
        out.append(cont)
    return out


SPEAKERS = frozenset({"person", "organization", "anonymous", "media"})

