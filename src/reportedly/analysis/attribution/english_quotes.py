"""English quotations, round 10: headlines that credit a statement ("Zelensky: …", "'We will win':
Zelensky vows …"), verbs of the manner of speaking after a quotation ('"We won!" she shouted'), what a
document "reads", feature attributions with no reporting verb ('As one resident put it: "…"', "In the
words of …", 'Her verdict: "…"', "Smith's view is that …"), quotations running over several paragraphs
(one direct attribution per paragraph) and the last speaker for a quotation after longer narration.
Sentences in tests/attribution/test_english_round10.py.
"""

from __future__ import annotations

from .messages import QUOTE_MARKS


def headline_credits(doc, first: int, end: int) -> list:
    """English headlines that credit their statement: "Zelensky: Ukraine will never give up Crimea" (a
    person the article names, a colon, a clause) is according to that person; "'We will win':
    Zelensky vows to fight on" (a quotation, a colon, a clause about its speaker) is the speaker's
    direct quotation, and the clause keeps its own events (the sentence's other events are added)."""
    from . import messages as M
    from . import names as N
    from . import names_en as NE
    from .event import Event
    from .sentence_events import sentence_events

    toks = doc.tokens
    stop = M.content_end(toks, first, end)
    colon = next((k for k in range(first + 1, min(stop, first + 12)) if toks[k].text == ":"), None)
    if colon is None or stop - colon < 4:
        return []
    head = toks[first:colon]
    if toks[first].text in QUOTE_MARKS and toks[colon - 1].text in QUOTE_MARKS and colon - first > 3:
        rest = sentence_events(doc, first, end, 0, "en")
        speaker = next((ev for ev in rest if ev.cue and ev.cue[0] > colon and ev.src and ev.src[0] > colon), None)
        if speaker is not None:
            return [Event(list(speaker.cue), speaker.src, [(first + 1, colon - 1)], "direct", 0), *rest]
        k = colon + 1  # s7: "'We will not back down': Starmer defends tax rise": a name and its verb
        while k < stop and toks[k].text[:1].isupper() and toks[k].text.isalpha() and toks[k].pos != "VERB":
            k += 1
        if colon + 1 < k <= colon + 3 and k < stop and toks[k].pos == "VERB" and toks[k].tag in ("VVZ", "VVD"):
            return [Event([k], (colon + 1, k), [(first + 1, colon - 1)], "direct", 0)]
        return []
    if not 1 <= len(head) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha() for t in head):
        return []
    people = N.person_words(toks) | NE.english_person_words(toks)
    if head[-1].text not in people and not head[-1].ent.endswith("PER") and head[-1].text.lower() not in COLON_SPEAKERS:
        return []
    if not any(t.pos in ("VERB", "AUX") for t in toks[colon + 1 : stop]):
        return []
    return [Event([colon], (first, colon), [(colon + 1, stop)], "according_to", 0)]


COLON_SPEAKERS = frozenset("police officials sources report study survey poll pentagon kremlin".split())
"""Round 11: headline credits that name no person ("Police: Man arrested after stabbing")."""


MANNER_VERBS = frozenset(
    """shouted screamed yelled whispered exclaimed muttered cried pleaded sighed answered responded continued
    shouts screams whispers exclaims mutters cries pleads answers responds continues pressed interjected""".split()
)
"""Verbs of the manner of speaking: cues only right after a quotation ('"We won!" she shouted')."""


def after_quotation(toks, i: int, first: int) -> bool:
    """Does a closing quotation mark stand right before the verb, or before its one- to three-word
    subject ('"…," she shouted', '"…!" shouted the crowd')?"""
    for k in range(i - 1, max(first, i - 5) - 1, -1):
        if toks[k].text in QUOTE_MARKS and k - 1 >= first and toks[k - 1].text in (",", "?", "!", ".", "…"):
            return True
        if toks[k].text in (",", ".", ";", ":") or toks[k].quote:
            return False
    return False


OPENING_MARKS = frozenset('"“‘\'')


SENTENCE_ENDS = frozenset(". ? ! …".split())


def split_paragraph_quotes(toks, events: list) -> None:
    """A quotation running over several paragraphs re-opens each paragraph with a quotation mark and
    closes only at its end (wire style: '“A. || “B.”'). Each paragraph is a direct attribution of its
    own (the later ones with no cue, the same speaker), and no message holds a quotation mark."""
    from .event import Event

    extra = []
    for ev in events:
        if ev.mode != "direct" or len(ev.msg) != 1:
            continue
        a, b = ev.msg[0]
        cuts = [
            k
            for k in range(a + 1, b - 1)
            if toks[k].text in OPENING_MARKS and toks[k - 1].text in SENTENCE_ENDS and toks[k + 1].text[:1].isupper()
        ]
        if not cuts:
            continue
        bounds = [a, *cuts, b]
        pieces = []
        for n in range(len(bounds) - 1):
            x = bounds[n] + (n > 0)
            y = bounds[n + 1]
            if y - x >= 2:
                pieces.append((x, y))
        if len(pieces) < 2:
            continue
        ev.msg = [pieces[0]]
        for x, y in pieces[1:]:
            extra.append(Event([], None, [(x, y)], "direct", toks[x].sent, source=ev.source))
    events.extend(extra)


SPEAKING_TYPES = frozenset({"person", "organization", "anonymous", "media"})
MAX_QUOTE_GAP_SENTENCES = 8
"""English: a quotation with no cue and no current speaker goes to the last speaker this many sentences
back (a feature story's narration between one person's quotations is longer than the shared reach)."""


def late_speaker(toks, events: list) -> None:
    """A direct quotation that found no speaker (no cue, and the current speaker lies further back than
    the shared rules reach) is the last speaker's within MAX_QUOTE_GAP_SENTENCES sentences: wire
    copy and features quote the person they follow, whatever narration stands between."""
    ordered = sorted(events, key=lambda e: e.msg[0][0] if e.msg else 0)
    last = None
    for ev in ordered:
        if not ev.msg:
            continue
        at = toks[ev.msg[0][0]].sent
        if ev.source is None and not ev.cue and ev.src is None and ev.mode == "direct" and not ev.passive:
            if last is not None and at - last[0] <= MAX_QUOTE_GAP_SENTENCES:
                ev.source = last[1]
            continue
        if ev.source is not None and ev.source.type in SPEAKING_TYPES and not ev.passive:
            last = (toks[ev.msg[-1][1] - 1].sent, ev.source)


WRITTEN = frozenset("statement letter note message post tweet sign caption banner placard text email memo".split())


def document_reads(toks, i: int, first: int) -> bool:
    """ 'The statement read: "We are deeply saddened."', 'A note left at the scene read: "Sorry."': what
    a document "reads" is its quotation."""
    if toks[i].text.lower() not in ("read", "reads") or i + 1 >= len(toks):
        return False
    if toks[i + 1].text != ":" and toks[i + 1].text not in QUOTE_MARKS:
        # round 11: '"…," the statement read.', '"…," read a statement from the club.'
        inverted = toks[i - 1].text in QUOTE_MARKS  # "read a statement from …": the subject after the verb
        around = toks[i + 1 : min(len(toks), i + 4)] if inverted else toks[max(first, i - 4) : i]
        return after_quotation(toks, i, first) and any(t.text.lower() in WRITTEN for t in around)
    return any(t.text.lower() in WRITTEN for t in toks[max(first, i - 6) : i])



PUT = frozenset("put puts".split())
VIEW_NOUNS = frozenset(
    """message verdict view views response reply answer advice warning argument position belief fear hope
    conclusion assessment""".split()
)
POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
ANSWERS = VIEW_NOUNS | {"answer", "question", "solution", "problem"}
FEATURE_WORDS = VIEW_NOUNS | {"as", "words", ":"}
"""The words a feature_event can start from."""


def feature_event(doc, i: int, first: int, end: int, si: int):
    """Feature-writing attributions with no reporting verb: "As one resident put it: "…"", "As Smith
    puts it, the system is broken", "In the words of one campaigner, …", "For the minister, the answer
    is simple: "…"", "His verdict: "…"", "Smith's view is that …"."""
    toks = doc.tokens
    low = toks[i].text.lower()
    if low not in FEATURE_WORDS:  # the one check most tokens meet: none of the words below
        return None
    from .event import Event
    from .messages import content_end

    stop = content_end(toks, first, end)
    if low == "as" and i + 3 < stop and (i == first or toks[i - 1].text == ","):  # "As Smith puts it, …"
        k = next((j for j in range(i + 2, min(stop - 1, i + 7)) if toks[j].text.lower() in PUT), None)
        if k is None or toks[k + 1].text.lower() != "it" or k + 2 >= stop:
            from .english_fronted import as_clause

            found = as_clause(toks, i, first, stop)  # round 11: "As Smith told the BBC, …"
            return Event([found[0]], found[1], found[2], "according_to", si) if found else None
        after = toks[k + 2].text
        src = (i + 1, k)
        if after == ":" and k + 3 < stop and toks[k + 3].text in QUOTE_MARKS:
            close = next((j for j in range(end, k + 5, -1) if toks[j - 1].text in QUOTE_MARKS), None)
            return Event([k], src, [(k + 4, close - 1)], "direct", si) if close else None
        if after != ",":
            return None
        if i == first:
            return Event([k], src, [(k + 3, stop)], "according_to", si) if stop - (k + 3) >= 3 else None
        pieces = [(first, i - 1), (k + 3, stop)] if stop - (k + 3) >= 2 else [(first, i - 1)]
        return Event([k], src, pieces, "according_to", si)
    if low == "words" and i - 2 >= first and toks[i - 2].text.lower() == "in" and i + 1 < stop:
        if toks[i + 1].text.lower() != "of":  # "In the words of one campaigner, …"
            return None
        comma = next((j for j in range(i + 2, min(stop, i + 10)) if toks[j].text == ","), None)
        if comma is None or stop - comma < 3 or i - 3 > first:
            return None
        return Event([i], (i + 2, comma), [(comma + 1, stop)], "according_to", si)
    if low == ":" and i + 1 < end and toks[i + 1].text in QUOTE_MARKS:  # "His verdict: "…""
        src = _colon_owner(toks, first, i)
        if src is None:
            return None
        close = next((j for j in range(end, i + 2, -1) if toks[j - 1].text in QUOTE_MARKS), None)
        if not close or close - 1 <= i + 2:
            return None
        return _owned(toks, [], src, (i + 2, close - 1), "direct", si)
    if low in VIEW_NOUNS and i + 2 < stop and toks[i + 1].text.lower() in ("is", "was") and toks[i + 2].text == "that":
        owner = _possessor_before(toks, first, i)  # "Smith's view is that …"
        if owner is None or stop - (i + 3) < 3:
            return None
        return _owned(toks, [i], owner, (i + 3, stop), "indirect", si)
    return None


def _owned(toks, cue: list[int], owner: tuple[int, int], msg: tuple[int, int], mode: str, si: int):
    """The event of a possessor's words; "His"/"Her" is the mention and the current speaker the source
    ("Her verdict: …" after she was quoted)."""
    from .event import Event

    if owner[1] - owner[0] == 1 and toks[owner[0]].text.lower() in POSSESSIVE_PRONOUNS:
        ev = Event(cue, None, [msg], mode, si)
        ev.extra["mention"] = owner
        return ev
    return Event(cue, owner, [msg], mode, si)


def _possessor_before(toks, first: int, i: int) -> tuple[int, int] | None:
    """ "Smith's", "His", "The minister's" right before the noun at i."""
    k = i - 1
    if k < first:
        return None
    if toks[k].text.lower() in POSSESSIVE_PRONOUNS:
        return k, k + 1
    if toks[k].text.endswith(("'s", "’s")) and len(toks[k].text) > 2:
        a = k
        while a > first and (toks[a - 1].text[:1].isupper() or toks[a - 1].text.lower() == "the"):
            a -= 1
        return a, k + 1
    return None


def _colon_owner(toks, first: int, colon: int) -> tuple[int, int] | None:
    """Whose words follow the colon: "His verdict:", "Her message to the government is clear:", "For the
    minister, the answer is simple:" (a possessor of a word for a statement, or the "For X," phrase)."""
    for k in range(first, colon):
        if toks[k].text.lower() in VIEW_NOUNS:
            owner = _possessor_before(toks, first, k) or _from_owner(toks, k, colon)
            if owner is not None:
                return owner
        if toks[k].text.lower() in PUT and k > first and toks[k + 1].text.lower() == "it" and all(
            t.text[:1].isupper() or t.pos in ("DET", "ADJ", "NOUN", "PROPN") for t in toks[first:k]
        ):  # round 11: "Tom Example put it simply: "…""
            return first, k
    if toks[first].text.lower() == "for":
        comma = next((j for j in range(first + 1, min(colon, first + 6)) if toks[j].text == ","), None)
        words = toks[first + 1 : comma] if comma else []
        said = {t.text.lower() for t in toks[comma:colon]} if comma else set()
        if words and any(t.text[:1].isupper() or t.pos in ("NOUN", "PROPN") for t in words) and said & ANSWERS:
            return first + 1, comma
    return None


def _from_owner(toks, k: int, colon: int) -> tuple[int, int] | None:
    """Round 11: "The message from the union was clear:", "The response from Downing Street was swift:":
    the noun phrase after "from" owns the statement noun at k."""
    if k + 2 >= colon or toks[k + 1].text.lower() != "from":
        return None
    b = k + 2
    while b < colon and (toks[b].pos in ("DET", "ADJ", "NOUN", "PROPN") or toks[b].text[:1].isupper()):
        b += 1
    if b == k + 2 or b >= colon or toks[b].text.lower() not in ("was", "is", "has", "had", "were"):
        return None
    return k + 2, b
