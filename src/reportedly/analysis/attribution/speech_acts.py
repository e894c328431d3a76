"""Events with a cue and no message: "Ein Sprecher wollte sich nicht äußern", "Die Grünen kritisierten scharf".

The engine meets them as cues whose sentence holds no message (`loose_cues`). Most wait for a quotation
or a Konjunktiv I continuation and become part of an Attribution; the rest are reported here, so that a
reader sees who spoke, declined to speak or was asked, even where the article leaves out what was said.
GePaDe annotates such events (2,157 of its 5,399); SpkAtt news annotates none.
"""

from __future__ import annotations

from ...model import SpeechAct
from .cues import SPEECH_EN, SPEECH_LEMMAS_DE
from .event import Event, cue_spans
from .non_reports import no_one_speaks
from .phrases import np_tokens

NO_ACT_LEMMAS = frozenset(
    """
glauben denken finden wissen hoffen fürchten befürchten schließen befinden annehmen ausgehen schätzen vermuten
zweifeln meinen bezweifeln folgern schlussfolgern mutmaßen spekulieren hervorgehen besagen erinnern bedauern
believe believes believed think thinks thought suspect suspects suspected fear fears feared hopes hoped reckoned
reckons wondered according reportedly estimated estimates remembers recall recalls
""".split()
)
"""Thought and inference: without their content no event a reader needs ("Ich glaube schon", "Das hoffe
ich"), and often no speech at all ("Für die Hypothese spricht …" is not among the speech words either)."""


def speech_acts(doc, loose: list[Event], events: list[Event], corpus_cues: bool = False) -> list[Event]:
    """The loose cues that no attribution took: no message of their own and no cue token shared.

    The rule engine's cues pass two filters, a verb of speaking and a speaker a reader can place;
    `corpus_cues` (a learned engine's cues, which follow its training corpus) skips them."""
    toks = doc.tokens
    taken = {k for ev in events for k in ev.cue}
    taken |= {k for ev in events if "floor" in ev.extra for k in ev.extra["floor"].cue}  # "X äußerte sich. … sei …"
    out: list[Event] = []
    for ev in sorted(loose, key=lambda e: e.cue[0] if e.cue else 0):
        if not ev.cue or ev.msg or taken & set(ev.cue) or no_one_speaks(toks, ev):
            continue
        if corpus_cues or _placeable(doc, ev):
            taken |= set(ev.cue)
            out.append(ev)
    return out


def _placeable(doc, ev: Event) -> bool:
    """A rule-engine act a reader can use: a speaker to place and, unless it declines to comment
    (no_comment.py), a verb of speaking and no quotation in its sentence."""
    toks = doc.tokens
    if not named_speaker(toks, ev) or _informs_oneself(toks, ev.cue[0]):
        return False
    return bool(ev.extra.get("no_comment")) or (speech_word(toks[ev.cue[0]]) and not quoted_sentence(doc, ev))


def _informs_oneself(toks, k: int) -> bool:
    """S18: "Passagiere sollten sich … informieren": finding things out, no one speaks."""
    sent = toks[k].sent
    return (toks[k].lemma or "").lower() == "informieren" and any(
        t.text.lower() == "sich" and t.sent == sent for t in toks[max(0, k - 12) : k])


SPEAKER_TYPES = frozenset({"person", "organization", "anonymous", "media"})
"""A speech act needs someone who speaks: no document, no unknown noun phrase ("die Neuschneewerte")."""
UNRESOLVED_SPEAKERS = frozenset("ich wir du ihr sie es man i we you it they".split())
"""Personal pronouns the table could not resolve to a name: in news, the writer or an unnamed talker."""


def named_speaker(toks, ev: Event) -> bool:
    """Does the act have a speaker a reader can place: a person, organisation, group or outlet named by a
    noun or by a pronoun the engine resolved?"""
    if ev.src is None or ev.source is None or ev.source.type not in SPEAKER_TYPES:
        return False
    words = toks[ev.src[0] : ev.src[1]]
    if words[0].text[:1].isdigit() or not any(t.pos in ("NOUN", "PROPN", "PRON") for t in words):
        return False  # "26. September 2007", an interjection ("na", "ach")
    return not (ev.source.name is None and words[0].text.lower() in UNRESOLVED_SPEAKERS)


def quoted_sentence(doc, ev: Event) -> bool:
    """Is there a quotation in the cue's sentence? Then it is the message the engine did not attach:
    '"…," said Jane Doe, according to Reuters' is no speech act of Jane Doe's."""
    sent = doc.sentences[doc.tokens[ev.cue[0]].sent]
    return any(t.quote for t in doc.tokens[sent.first : sent.last])


TALK_LEMMAS = frozenset("reden diskutieren debattieren".split())
"""Verbs of talking that take a topic, never a message ("Scholz redete über die Rente"): speech acts only."""


def speech_word(tok) -> bool:
    """Is the cue word a verb of speaking or writing (the hand lists), not of thought?"""
    word = (tok.lemma or tok.text).lower()
    if word in TALK_LEMMAS:
        return True
    if tok.tag == "VVIZU" or tok.text.lower() == "bitte":  # "… für nicht zuständig zu erklären", "bitte anklicken"
        return False
    return (word in SPEECH_LEMMAS_DE or tok.text.lower() in SPEECH_EN) and word not in NO_ACT_LEMMAS and \
        tok.text.lower() not in NO_ACT_LEMMAS


TOPIC_WORDS = frozenset("über zu zum zur on about".split())
"""Prepositions that open a speech act's topic: "über die Rente", "zur Lage", "on the deal"."""
ZU_LEMMAS = frozenset("äußern sagen erklären kommentieren schweigen".split())
"""Verbs whose "zu"-phrase is their topic ("äußerte sich zur Lage"); for the rest it is a time or a goal."""
TOPIC_TAILS = frozenset("in im mit von vom für with of for".split())
"""A prepositional phrase that may complete the topic's noun ("zur Lage in Nahost")."""


TIME_HEADS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december weekend morning afternoon evening night montag dienstag mittwoch
    donnerstag freitag samstag sonntag wochenende""".split()
)
"""Heads of a time phrase after "on"/"über"/"zu", which name no topic."""


def topic(doc, ev: Event) -> tuple[int, int] | None:
    """The first phrase of the cue's clause that opens with a topic preposition ("redete über die Rente",
    "Zur Lage wollte er sich nicht äußern", "declined to comment on the deal"), outside the speaker's mention."""
    toks = doc.tokens
    sent = doc.sentences[toks[ev.cue[0]].sent]
    cue = min(ev.cue)
    a = next((k for k in range(cue - 1, sent.first - 1, -1) if toks[k].text in (",", ";", ":")), sent.first - 1) + 1
    b = next((k for k in range(max(ev.cue) + 1, sent.last) if toks[k].text in (",", ";", ":", ".")), sent.last)
    zu = (toks[ev.cue[0]].lemma or "").lower() in ZU_LEMMAS or ev.extra.get("no_comment")
    for k in range(a, b):
        word = toks[k].text.lower()
        if word not in TOPIC_WORDS or toks[k].pos != "ADP" or (ev.src and ev.src[0] <= k < ev.src[1]):
            continue
        if word.startswith("zu") and not zu:
            continue  # "Zur Eröffnung sprach X", "rufen zu Demonstrationen auf": no topic
        head = next((j for j in range(k + 1, min(b, k + 6)) if toks[j].pos in ("NOUN", "PROPN")), None)
        if head is None or toks[head].text.lower() in TIME_HEADS:
            continue  # s16: "spoke at the rally on Monday": a time, no topic
        end = np_tokens(toks, head, k + 1, b)[1]
        if end < b and toks[end].text.lower() in TOPIC_TAILS:  # "zur Lage in Nahost", "on the deal with China"
            tail = next((j for j in range(end + 1, min(b, end + 5)) if toks[j].pos in ("NOUN", "PROPN")), None)
            end = np_tokens(toks, tail, end + 1, b)[1] if tail is not None else end
        return k, end
    return None


def to_speech_act(doc, k: int, ev: Event) -> SpeechAct:
    """The SpeechAct for a loose cue (id e1, e2, …), its mention as an Attribution's would be."""
    cue, parts = cue_spans(doc, ev)
    toks = doc.tokens
    mention = doc.trimmed_span(toks[ev.src[0]].start, toks[ev.src[1] - 1].end) if ev.src else None
    about = topic(doc, ev)
    return SpeechAct(
        id=f"e{k + 1}",
        source=ev.source.id if ev.source is not None else None,
        source_mention=mention,
        cue=cue,
        cue_parts=parts,
        co_sources=[s.id for s in ev.co_sources],
        topic=doc.trimmed_span(toks[about[0]].start, toks[about[1] - 1].end) if about else None,
    )
