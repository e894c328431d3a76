"""Speech reported inside a quotation or a quoted post: the quote's author says that others say something.

'"Kyiv's slow gains lead some U.S. officials and insiders alike to whisper: Should we have listened
to Gen. MARK MILLEY?" — Jason Willick (@jawillick)' is the journalist's tweet, and inside it "some U.S.
officials and insiders" are the ones who whisper. The quotation is usually in another language than
the article (an English tweet in a German report), so the language layer's tags are unreliable there
and this rule reads words only: a speech verb right before a colon, and the people who speak before
it — the object of a causative ("lead / prompt / push X to ask:") or the words just before the verb
("Some officials now ask:", "Viele fragen sich:"). The inner event nests in the quotation's event by
containment, so the chain reads outlet → author → the people quoted in the quote.
"""

from __future__ import annotations

from .event import Event
from .messages import QUOTE_MARKS

SPEECH_BEFORE_COLON = frozenset(
    """say ask wonder whisper complain warn argue insist claim admit concede murmur grumble mutter
    says asks wonders whispers complains warns argues insists claims admits concedes murmurs grumbles
    said asked wondered whispered complained warned argued insisted claimed admitted conceded
    sagen fragen sich flüstern warnen klagen meinen fordern
    sagt fragt flüstert warnt klagt meint fordert sagte fragte flüsterte warnte klagte meinte forderte""".split()
)
"""Speech verbs whose colon opens what is said; "sich" stands for German "fragen sich:"."""
CAUSATIVES = frozenset(
    "lead leads led prompt prompts prompted push pushes pushed leave leaves left drive drives drove".split()
)
"""'X leads Y to ask:': Y is the speaker."""
SKIP = frozenset("alike now even also too openly quietly privately increasingly".split())
"""Words between the speakers and their verb that belong to neither."""
MAX_SPEAKER_WORDS = 8


def quoted_speech(doc, events: list[Event], table) -> list[Event]:
    """The events reported inside the messages of direct events (see the module docstring)."""
    toks = doc.tokens
    out: list[Event] = []
    cued = {i for ev in events for i in ev.cue}
    for ev in events:
        if ev.mode != "direct":
            continue
        for a, b in ev.msg:
            for k in range(a + 2, b - 1):
                if toks[k].text != ":" or toks[k - 1].text.lower() not in SPEECH_BEFORE_COLON:
                    continue
                verb = k - 1 if toks[k - 1].text.lower() != "sich" else k - 2
                if verb in cued:  # the engine has this event already
                    continue
                speakers = _speakers(toks, a, verb)
                msg_end = b
                while msg_end > k + 1 and toks[msg_end - 1].text in QUOTE_MARKS:
                    msg_end -= 1
                if speakers is None or sum(t.text.isalnum() for t in toks[k + 1 : msg_end]) < 3:
                    continue
                inner = Event(list(range(verb, k)), speakers, [(k + 1, msg_end)], "direct", toks[verb].sent)
                inner.source = table.resolve(doc, *speakers)
                out.append(inner)
    return out


def _speakers(toks, a: int, verb: int) -> tuple[int, int] | None:
    """Token range of who speaks before the verb at `verb` (quotation starting at a), or None."""
    end = verb
    if end - 1 >= a and toks[end - 1].text.lower() == "to":  # "lead X to whisper"
        end -= 1
        cause = next((k for k in range(end - 1, max(a, end - MAX_SPEAKER_WORDS - 2) - 1, -1)
                      if toks[k].text.lower() in CAUSATIVES), None)
        if cause is None:
            return None
        start = cause + 1
    else:  # "Some officials now ask:", "Viele fragen sich:"
        start = end
        while start > a and start > end - MAX_SPEAKER_WORDS and toks[start - 1].text not in (",", ".", ";", ":"):
            start -= 1
    while end > start and toks[end - 1].text.lower() in SKIP:
        end -= 1
    while start < end and toks[start].text.lower() in SKIP:
        start += 1
    if end <= start or not any(t.text[:1].isalpha() for t in toks[start:end]):
        return None
    return start, end
