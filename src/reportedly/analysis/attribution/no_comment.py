"""Declining to comment: "A spokesman declined to comment", "X war für eine Stellungnahme nicht zu erreichen".

No speech verb carries these, yet a verification desk reads them first: who was asked and said nothing.
They become speech acts (speech_acts.py) with the phrase's verb as cue and its key noun as cue part.
"""

from __future__ import annotations

from .event import Event
from .subjects import subject

NO_COMMENT_EN = (
    ("declined", "to", "comment"),
    ("declined", "comment"),
    ("refused", "to", "comment"),
    ("declined", "to", "be", "interviewed"),
    ("would", "not", "comment"),
    ("had", "no", "comment"),
    ("had", "no", "immediate", "comment"),
    ("did", "not", "respond", "to", "a", "request", "for", "comment"),
    ("did", "not", "immediately", "respond", "to", "a", "request", "for", "comment"),
    ("did", "not", "respond", "to", "requests", "for", "comment"),
    ("did", "not", "immediately", "respond", "to", "requests", "for", "comment"),
    ("did", "not", "return", "a", "request", "for", "comment"),
    ("did", "not", "immediately", "return", "a", "request", "for", "comment"),
    ("could", "not", "be", "reached", "for", "comment"),
    ("could", "not", "immediately", "be", "reached", "for", "comment"),
    ("could", "not", "be", "reached"),
)
"""English phrases, lower-cased word by word; the first word is the finite verb."""
TALK_EN = tuple(
    (verb, prep)
    for verb in ("spoke", "speaks", "commented", "comments", "testified", "testifies", "talked", "talks")
    for prep in ("to", "at", "with", "about", "on", "before", "in")
    if not (verb.startswith("comment") and prep not in ("on", "about"))
) + (
    ("declined", "to", "discuss"), ("refused", "to", "discuss"), ("declined", "to", "elaborate"),
    ("declined", "to", "say"), ("would", "not", "say"), ("addressed", "reporters"), ("briefed", "reporters"),
)
"""Session 16: English speech without a message that no speech verb of the cue lexicon carries: "The
minister spoke at the rally", "Smith commented on the deal", "Johnson testified before Congress", "She
declined to say"; a preposition or object must follow, so "spoke" alone ("as he spoke") is none."""
BY_FIRST_EN: dict[str, list[tuple[str, ...]]] = {}
for _phrase in NO_COMMENT_EN + TALK_EN:
    BY_FIRST_EN.setdefault(_phrase[0], []).append(_phrase)

NO_COMMENT_DE = (
    (frozenset({"stellungnahme", "anfrage", "anfragen"}), "erreichen"),
    (frozenset({"anfrage", "anfragen", "fragen"}), "unbeantwortet"),
)
"""German: a noun, then within GAP_DE words its predicate, after a finite "war"/"ließ" ("war für eine
Stellungnahme nicht zu erreichen", "ließ eine Anfrage der Zeitung unbeantwortet")."""
GAP_DE = 6
REACT_DE = frozenset("reagierte reagierten reagiert reagieren antwortete antworteten antwortet".split())
"""S18: finite verbs of "reagierte (zunächst) nicht auf eine Anfrage", "antwortete nicht auf Anfragen"."""

CUE_WORDS = frozenset(
    "declined refused respond return reached had comment spoke speaks commented comments testified testifies talked "
    "talks addressed briefed say".split()
)
"""The word of each phrase that stands as its cue ("would not comment": "comment")."""
PART_WORDS = frozenset({"interviewed", "comment", "discuss", "elaborate"})
"""The word that completes an English cue ("declined … comment")."""


RELATIVES = frozenset("who that which".split())


def no_comment_events(doc, first: int, end: int, si: int, lang: str) -> list[Event]:
    """The sentence's declining-to-comment phrases as message-less events with their subject."""
    toks = doc.tokens
    words = [t.text.lower() for t in toks[first:end]]
    found = []  # (finite verb, cue words)
    for k in range(len(words)):
        if lang == "en":
            phrase = next((p for p in BY_FIRST_EN.get(words[k], ()) if tuple(words[k : k + len(p)]) == p), None)
            if phrase is not None and words[k + 1 : k + 3] == ["on", "condition"]:
                continue  # s17: "who spoke on condition of anonymity" says why no name is given, no speech
            if phrase is not None and words[k] in ("talks", "comments") and k > 0 and toks[first + k - 1].pos in (
                    "ADJ", "DET", "ADP"):
                continue  # s28: "is in advanced talks to acquire …", "in talks to buy": the noun, no speech
            if phrase is not None:
                span = range(first + k, first + k + len(phrase))
                cue = [i for i in span if toks[i].text.lower() in CUE_WORDS][:1]
                cue += [i for i in span if toks[i].text.lower() in PART_WORDS and i not in cue][:1]
                found.append((first + k, cue))
        elif lang == "de":
            if words[k] in REACT_DE and "nicht" in words[k + 1 : k + 4]:
                asked = next((j for j in range(k + 2, min(len(words), k + 9)) if words[j] in ("anfrage", "anfragen")
                              and "auf" in words[k + 1 : j]), None)  # s18: "reagierte nicht auf eine Anfrage"
                if asked is not None:
                    found.append((first + k, [first + k, first + asked]))
                    continue
            for nouns, predicate in NO_COMMENT_DE:
                if words[k] in nouns and predicate in words[k + 1 : k + 1 + GAP_DE]:
                    fv = _finite_before(toks, first, first + k)
                    if fv is not None:
                        found.append((fv, [first + k + 1 + words[k + 1 :].index(predicate), first + k]))
    out = []
    for fv, cue in found:
        src = _apposed_subject(toks, fv, first) if lang == "en" else None
        src = src or subject(doc, fv, first, end, lang)
        if src is not None and src[1] - src[0] > 1 and toks[src[1] - 1].text.lower() in RELATIVES:
            src = (src[0], src[1] - 1)  # s16: "county officials who spoke about the project"
        if src is not None and not any(set(cue) & set(e.cue) for e in out):
            ev = Event(cue, src, [], "indirect", si)
            ev.extra["no_comment"] = True
            out.append(ev)
    return out


def _apposed_subject(toks, fv: int, first: int) -> tuple[int, int] | None:
    """S28: "Halvern, based in Austin, Texas, declined to comment": the phrase opening the sentence, past an
    apposition whose place the shared subject link took for the subject."""
    from .english import apposition_subject  # english imports the modules that import this one

    return apposition_subject(toks, fv, first) if fv - 1 > first and toks[fv - 1].text == "," else None


def _finite_before(toks, first: int, k: int) -> int | None:
    """The finite verb of a German clause whose phrase starts at k: "war", "waren", "ließ", "ließen"."""
    for j in range(k - 1, first - 1, -1):
        if toks[j].text.lower() in ("war", "waren", "ist", "sind", "ließ", "ließen", "lässt", "lassen"):
            return j
    return None


def declines_in(toks, first: int, end: int) -> bool:
    """S21: the sentence [first, end) has an English declining-to-comment phrase ("A company spokeswoman
    declined to comment on what she called …"): what its speaker says there answers the article, no report."""
    words = [t.text.lower() for t in toks[first:end]]
    return any(
        tuple(words[k : k + len(p)]) == p for k in range(len(words)) for p in BY_FIRST_EN.get(words[k], ())
        if p in NO_COMMENT_EN
    )
