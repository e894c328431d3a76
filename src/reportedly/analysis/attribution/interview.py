"""Round 16: interview transcripts. German and English outlets print interviews as paragraphs that open
with the speaker's name and a colon and carry no quotation marks ("Fratzscher: Nein. Sie verhindert
dringend nötige Investitionen …"). Each such paragraph is the named person's direct speech; a question
paragraph opened by the outlet ("SPIEGEL: …") is no claim and is left alone."""

from __future__ import annotations

from . import messages as M
from .event import Event
from .full_names import full_names_of
from .lexicon import HONORIFICS
from .mood_de import sentence_konjunktiv

MAX_NAME_TOKENS = 3
MIN_ANSWERS = 2
"""An interview has at least two answer paragraphs."""


def interview_answers(doc, events: list[Event], table) -> list[Event]:
    """Events for the "Name: answer" paragraphs; cue-less events inside them are replaced."""
    if not doc.paragraphs:
        return events
    toks = doc.tokens
    out = list(events)
    answers: list[Event] = []
    names = addressed = None  # surnames the text names in full or addresses ("Frau Reiche"), when needed
    for p_start, p_end in doc.paragraphs:
        first_tok = doc.token_at(p_start)
        if first_tok is None or p_start < doc.headline_end:
            continue
        a = first_tok.i
        colon = next((k for k in range(a + 1, min(len(toks), a + MAX_NAME_TOKENS + 1)) if toks[k].text == ":"), None)
        if colon is None or colon + 2 >= len(toks) or toks[colon + 1].text in M.QUOTE_MARKS:
            continue  # 'Merz: „…“' is the quotation rule's
        if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks[a:colon]):
            continue
        if names is None:
            addressed = addressed_names(toks)
            names = set(full_names_of(doc)) | addressed
        if not (any(t.ent.endswith("PER") for t in toks[a:colon]) or toks[colon - 1].text in names):
            continue  # "Hintergrund:", "Fazit:", "SPIEGEL:" (the outlet asks): no person named before
        source = table.resolve(doc, a, colon)
        if source.type != "person" and toks[colon - 1].text in addressed and source.type == "unknown":
            source.type, source.name, source.description = "person", toks[colon - 1].text, None  # s7: "Reiche:"
            # (tagged a verb) answers "Frau Reiche, …": a named person
        if source.type != "person":
            continue
        b = answer_end(doc, colon, p_end)
        if b - colon < 3 or any(t.text in M.QUOTE_MARKS for t in toks[colon + 1 : b]):
            continue
        s0 = doc.sentences[toks[colon].sent]
        if sentence_konjunktiv(toks, colon + 1, s0.last, doc.language) == 1:
            continue  # "Merz: Die Regierung sei gescheitert": a summary in reported speech, no transcript
        answers.append(Event([], (a, colon), [(colon + 1, b)], "direct", toks[colon].sent, source=source))
    if len(answers) < MIN_ANSWERS:
        return events  # one "Name: …" paragraph is no transcript (a summary, a live-blog line)
    for ev in answers:
        a, b = ev.src[0], ev.msg[0][1]  # from the name on: "Reiche: Das ist falsch" read as a continuation too
        out = [e for e in out if e.cue or not (a <= e.msg[0][0] < b)] + [ev]
    return out + headline_quote(doc, out, answers)


def answer_end(doc, k: int, p_end: int) -> int:
    """The end of an answer paragraph that runs on from token k to character p_end, without its closing
    punctuation."""
    toks = doc.tokens
    last = k
    while last + 1 < len(toks) and toks[last + 1].start < p_end:
        last += 1
    sent = doc.sentences[toks[last].sent]
    return M.content_end(toks, sent.first, min(sent.last, last + 1))


def headline_quote(doc, events: list[Event], answers: list[Event]) -> list[Event]:
    """S18: 'Interview: „Die Inflation ist noch nicht besiegt“' — a headline quotation no one is credited with,
    over an interview with one person, is that person's."""
    if len({id(ev.source) for ev in answers}) != 1:
        return []
    toks = doc.tokens
    inside = [t.i for t in toks if t.start < doc.headline_end and t.quote and t.text not in M.QUOTE_MARKS]
    if len(inside) < 3 or inside[-1] - inside[0] + 1 != len(inside):
        return []
    a, b = inside[0], inside[-1] + 1
    if any(e.msg and e.msg[0][0] <= a < e.msg[-1][1] for e in events):
        return []
    return [Event([], None, [(a, b)], "direct", toks[a].sent, source=answers[0].source)]


def addressed_names(toks) -> set[str]:
    """S7: the names an interviewer addresses ("Frau Reiche, die Wirtschaft schrumpft."): the person who
    answers, whatever the entity tagger made of the name."""
    return {
        toks[k + 1].text for k in range(len(toks) - 1)
        if toks[k].text.lower() in HONORIFICS | {"herrn"} and toks[k + 1].text[:1].isupper()
        and toks[k + 1].text.isalpha()
    }

