"""S19: interviews printed as question and answer paragraphs. Online outlets set the interviewer's questions
in bold and the answers as plain paragraphs, with no name before them ("Frau Otto, war die Flut eine Folge
des Klimawandels?" ¶ "Wir können mit großer Sicherheit sagen, …"); the plain text keeps only the question
marks. When the headline or the lead calls the piece an interview, the paragraph right after each question
is the interviewee's direct speech: the person the lead names first. A paragraph after that answer is left
to the other rules, because a statement the interviewer puts to the guest ("Die Bundesregierung verweist auf
ihre Klimaziele.") looks the same in plain text.
"""

from __future__ import annotations

from . import messages as M
from .event import Event
from .interview import MIN_ANSWERS, answer_end, headline_quote

INTERVIEW_WORDS = ("interview", "im gespräch", "gespräch mit", "q&a")
FIRST_PERSON = frozenset("ich i".split())


def question_answers(doc, events: list[Event], table) -> list[Event]:
    """Direct-speech events for the answer paragraphs of a question-and-answer interview; the cue-less
    events inside an answer are replaced, and "ich" there is the interviewee."""
    paras = [(s, e) for s, e in doc.paragraphs if s >= doc.headline_end]
    if len(paras) < 2 * MIN_ANSWERS + 1:
        return events
    text = doc.text
    questions = [k for k, (s, e) in enumerate(paras) if text[s:e].rstrip().endswith("?")]
    lead = text[: min(paras[0][1], paras[questions[0]][0]) if questions else 0].lower()  # headline and lead
    if not questions or not any(w in lead for w in INTERVIEW_WORDS):
        return events
    guest = _interviewee(doc, table, paras[questions[0]][0])
    if guest is None:
        return events
    answers = []
    for k in questions:
        if k + 1 >= len(paras) or k + 1 in questions:
            continue
        span = _paragraph_tokens(doc, *paras[k + 1])
        if span is not None and not any(t.text in M.QUOTE_MARKS for t in doc.tokens[span[0] : span[1]]):
            answers.append(Event([], None, [span], "direct", doc.tokens[span[0]].sent, source=guest))
    if len(answers) < MIN_ANSWERS:
        return events
    out = []
    for ev in events:
        inside = next((x for x in answers if ev.msg and x.msg[0][0] <= ev.msg[0][0] < x.msg[0][1]), None)
        if inside is not None and not ev.cue:
            continue  # a Konjunktiv or quotation reading of the answer: the answer itself
        if inside is not None and ev.src and ev.src[1] - ev.src[0] == 1 and doc.tokens[ev.src[0]].text.lower(
                ) in FIRST_PERSON:
            ev.source = guest  # "Ich glaube, dass …" in the answer: the interviewee
        out.append(ev)
    return out + answers + headline_quote(doc, out, answers)  # the headline's quotation of the guest


def _interviewee(doc, table, stop: int):
    """The Source of the first person named in full between the headline and the first question."""
    toks = doc.tokens
    for t in toks:
        if t.start >= stop:
            return None
        if t.start >= doc.headline_end and t.ent == "B-PER" and t.i + 1 < len(toks) and toks[t.i + 1].ent == "I-PER":
            e = t.i + 1
            while e < len(toks) and toks[e].ent == "I-PER":
                e += 1
            source = table.resolve(doc, t.i, e)
            return source if source.type == "person" else None
    return None


def _paragraph_tokens(doc, start: int, end: int) -> tuple[int, int] | None:
    """The paragraph's tokens without the closing punctuation, or None for a paragraph of under three."""
    first = doc.token_at(start)
    if first is None:
        return None
    b = answer_end(doc, first.i, end)
    return (first.i, b) if b - first.i >= 3 else None
