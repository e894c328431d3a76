"""The attribution step: every speech, writing or thought event with cue, source, message, mode, parent.

One pass over the sentences finds cues (verbs, "laut", "zufolge", "nach Angaben", "so X",
"according to"), the speaker's noun phrase and the message clause; sentences without a cue whose
finite verb is Konjunktiv I continue the previous speaker; direct quotations not yet inside a
message get the cue of their sentence or the last speaker; nesting and modes come last.
Everything is token-indexed, so the engine is linear in the article's length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Attribution
from ..outlets import outlet_registry
from . import messages as M
from .cues import AFTER_CUES_DE, PARTICLES_DE, SOURCE_NOUNS_DE, SUBJECT_WORDS, is_finite, verb_cue
from .nesting import assign_parents, mixed_modes
from .sources import SourceTable, np_tokens

MAX_CONTINUATION_GAP = 1
"""A Konjunktiv sentence continues the previous speaker only if it directly follows it."""
REPORTED_SENTENCES = False
WALK_LEFT = False
"""Subject fallback that walks left to the nearest noun: +0.01 news-gold de, but picks objects."""
"""A cue with no clause, colon or quote reports the whole sentence (SpkAtt's "Reported" form)."""
MAX_QUOTE_GAP = 2
"""A quotation with no cue of its own goes to the last speaker within this many sentences."""


@dataclass(slots=True)
class Event:
    cue: list[int]
    src: tuple[int, int] | None
    msg: list[tuple[int, int]]
    mode: str
    sent: int
    source: object = None
    parent: int | None = None
    continues: int | None = None
    is_outlet: bool = False
    passive: bool = False
    via_media: bool = False
    continues_scope: bool = False
    extra: dict = field(default_factory=dict)


def attribute(doc, ctx) -> None:
    """Assign analysis.sources and analysis.attributions (ids s1…, a1…)."""
    lang = doc.language if doc.language in ("de", "en") else None
    table = SourceTable()
    toks = doc.tokens
    quotes = _quote_ranges(doc)
    events: list[Event] = []
    loose_cues: dict[int, list[Event]] = {}
    last: int | None = None
    for si, sent in enumerate(doc.sentences):
        first, end = sent.first, sent.last
        if end <= first or doc.is_boilerplate(sent.start, sent.end) or lang is None:
            continue
        if all(t.quote for t in toks[first:end] if t.text not in M.QUOTE_MARKS):
            continue
        found = _headline(doc, first, end) if sent.start < doc.headline_end else []
        found = found or _sentence_events(doc, first, end, si, lang)
        complete = [ev for ev in found if ev.msg]
        for ev in complete:
            if ev.src is not None:
                ev.source = table.resolve(doc, *ev.src)
        loose_cues[si] = [ev for ev in found if not ev.msg]
        if complete:
            events.extend(complete)
            last = len(events) - 1
        elif last is not None and lang == "de" and si - events[last].sent <= MAX_CONTINUATION_GAP:
            mood = M.sentence_konjunktiv(toks, first, end, lang)
            prev = events[last]
            if mood == 1 or (mood == 2 and prev.mode != "direct"):
                b = M.content_end(toks, first, end)
                cont = Event(
                    [],
                    None,
                    [(first, b)],
                    "indirect",
                    si,
                    source=prev.source,
                    continues=prev.continues if prev.continues is not None else last,
                )
                events.append(cont)
                last = len(events) - 1
    _attach_quotes(doc, events, quotes, loose_cues, table)
    _quote_messages(events, quotes)
    for ev in events:
        if ev.src is not None and ev.source is not None and ev.source.type != "media":
            text = doc.text[toks[ev.src[0]].start : toks[ev.src[1] - 1].end]
            ev.via_media = any(True for _ in outlet_registry().mentions(text))
    events.sort(key=lambda e: e.msg[0][0])
    outlet = doc.analysis.article.outlet.name if doc.analysis.article.outlet else None
    for ev in events:
        ev.is_outlet = bool(outlet and ev.source is not None and ev.source.name == outlet)
    index = {id(e): k for k, e in enumerate(events)}
    for ev in events:
        if ev.continues is not None:
            ev.continues = index.get(id(ev.extra.get("prev")), None)
    assign_parents(events, lambda e: e.source.type if e.source is not None else None)
    mixed_modes(events, [(a, b) for a, b, _, _ in quotes])
    doc.analysis.attributions = [_to_model(doc, k, ev, events) for k, ev in enumerate(events)]
    doc.analysis.sources = table.sources


def _quote_messages(events: list[Event], quotes) -> None:
    """A message that is exactly one quotation (after "mit den Worten zitiert:") is direct."""
    for ev in events:
        if len(ev.msg) != 1 or ev.mode == "direct":
            continue
        a, b = ev.msg[0]
        for qa, qb, _, _ in quotes:
            if a <= qa <= a + 1 and b - 1 <= qb <= b + 2:
                ev.msg = [(qa, qb)]
                ev.mode = "direct"
                break


def _quote_ranges(doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, content start, content end) of each quotation."""
    out = []
    for _o, cs, ce, _c in doc.quotes:
        if doc.is_boilerplate(cs, ce) or cs < doc.headline_end:
            continue
        a = doc.token_at(cs)
        b = doc.token_at(ce - 1)
        if a is not None and b is not None:
            out.append((a.i, b.i + 1, cs, ce))
    return out


def _subject(doc, fv: int, first: int, end: int, lang: str) -> tuple[int, int] | None:
    """The speaker's noun phrase: the subject the language layer linked to the finite verb."""
    toks = doc.tokens
    dates = doc.user_data.get("_date_tokens")
    if dates is None:
        dates = doc.user_data["_date_tokens"] = _date_tokens(doc)
    for t in toks[first:end]:
        if (
            t.dep == "nsubj"
            and t.head == fv
            and t.text.lower() not in ("es", "it", "man", "was", "das", "die")
            and t.i not in dates
        ):
            return np_tokens(toks, t.i, first, end)
    if fv - 1 > first and toks[fv - 1].text == ",":  # "Der Sprecher, Igor K., betonte"
        for c in range(fv - 2, max(first, fv - 8), -1):
            if toks[c].text == "," and c - 1 >= first:
                a, _ = np_tokens(toks, c - 1, first, c)
                return a, fv - 1
    k = fv - 1  # the nearest noun before the verb in its clause
    while WALK_LEFT and k >= first and toks[k].text not in (",", ":", ";", "(") and not toks[k].quote:
        if (
            k not in dates
            and (toks[k].pos in ("PROPN", "NOUN") or toks[k].text.lower() in SUBJECT_WORDS)
            and (k == first or toks[k - 1].pos != "ADP" and toks[k - 1].tag != "APPRART")
        ):
            a, b = np_tokens(toks, k, first, end)
            if a == first or toks[a - 1].pos != "ADP":
                return a, b
        k -= 1
    for k in (fv - 1, fv + 1, fv + 2, fv + 3):  # no parse: the noun next to the verb
        if (
            first <= k < end
            and k not in dates
            and (
                toks[k].pos in ("NOUN", "PROPN", "PRON")
                or toks[k].text.lower() in SUBJECT_WORDS
                or (not toks[k].pos and toks[k].text[:1].isupper() and k > first)
            )
        ):
            return np_tokens(toks, k, first, end)
    return None


def _date_tokens(doc) -> set[int]:
    """Tokens inside date mentions: "Anfang August" is never the speaker."""
    out: set[int] = set()
    for d in doc.analysis.dates:
        t = doc.token_at(d.span.start)
        while t is not None and t.start < d.span.end:
            out.add(t.i)
            t = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
    return out


def _sentence_events(doc, first: int, end: int, si: int, lang: str) -> list[Event]:
    toks = doc.tokens
    out: list[Event] = []
    used: set[int] = set()
    for i in range(first, end):
        t = toks[i]
        if t.quote or i in used:
            continue
        low = t.text.lower()
        ev = None
        if lang == "de" and low == "laut" and i + 1 < end:
            ev = _prep_event(doc, [i], i + 1, first, end, si)
        elif lang == "de" and low == "nach" and i + 1 < end and toks[i + 1].text.lower() in SOURCE_NOUNS_DE:
            ev = _prep_event(doc, [i, i + 1], i + 2, first, end, si)
        elif lang == "de" and low in AFTER_CUES_DE and i > first:
            a, _ = np_tokens(toks, i - 1, first, i)
            src = (a, i)
            msg = _rest(toks, first, end, a, i + 1)
            ev = Event([i], src, msg, "according_to", si) if msg else None
        elif lang == "en" and low == "according" and i + 2 < end and toks[i + 1].text.lower() == "to":
            ev = _prep_event(doc, [i, i + 1], i + 2, first, end, si)
        elif (
            low == "so"
            and lang == "de"
            and i > first
            and toks[i - 1].text == ","
            and i + 1 < end
            and (toks[i + 1].pos in ("DET", "PROPN", "NOUN") or toks[i + 1].text[:1].isupper())
        ):
            a, b = np_tokens(toks, i + 1, i + 1, end)
            msg = M.left_message(toks, i, first, lang)
            if msg and b >= M.content_end(toks, first, end) - 1:
                ev = Event([i], (a, b), [msg], "indirect", si)
        elif verb_cue(t, lang):
            ev = _verb_event(doc, i, first, end, si, lang, used)
        if ev is not None:
            used.update(ev.cue)
            out.append(ev)
    # A message that contains another event's cue makes that event nested, not a rival.
    return out


def _prep_event(doc, cue: list[int], start: int, first: int, end: int, si: int) -> Event | None:
    toks = doc.tokens
    head = start
    while head < end and not (
        toks[head].pos in ("NOUN", "PROPN") or (not toks[head].pos and toks[head].text[:1].isupper())
    ):
        head += 1
        if head - start > 4 or toks[head - 1].text in (",", "."):
            return None
    if head >= end:
        return None
    a, b = np_tokens(toks, head, start, end)
    if cue[0] == first and doc.language == "en":  # "According to people familiar with the talks, …"
        comma = next((k for k in range(b, min(end, b + 8)) if toks[k].text == ","), None)
        b = comma if comma is not None else b
    msg = _rest(toks, first, end, cue[0], b)
    return Event(cue, (a, b), msg, "according_to", si) if msg else None


def _rest(toks, first: int, end: int, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence without the cue phrase [a, b): one or two pieces."""
    stop = M.content_end(toks, first, end)
    pieces = []
    if a - first >= 2:
        pieces.append((first, a))
    while b < stop and toks[b].text == ",":
        b += 1
    if stop - b >= 2:
        pieces.append((b, stop))
    cleaned = []
    for x, y in pieces:
        while y > x and toks[y - 1].text in (",", "–", "-"):
            y -= 1
        if y - x >= 2:
            cleaned.append((x, y))
    return cleaned


def _verb_event(doc, i: int, first: int, end: int, si: int, lang: str, used: set[int]) -> Event | None:
    toks = doc.tokens
    t = toks[i]
    fv = i
    if not is_finite(t):
        k = i - 1
        while k >= first and toks[k].text not in (",", ":", ";") and not toks[k].quote:
            if is_finite(toks[k]):
                fv = k
                break
            k -= 1
    cue = [i]
    lemma = (t.lemma or "").lower()
    particle = next(
        (p for p in PARTICLES_DE if lemma.startswith(p) and not t.text.lower().startswith(p)), None
    )
    if lang == "de" and (particle or not t.lemma):
        for k in range(i + 1, end):
            w = toks[k]
            if w.text in (",", ":", ";", ".") or w.quote:
                break
            if (
                w.text.lower() == (particle or "")
                or (not particle and w.tag == "PTKVZ")
                or (
                    not particle
                    and not w.tag
                    and w.text.lower() in PARTICLES_DE
                    and k + 1 < end
                    and toks[k + 1].text in (",", ".", ":")
                )
            ):
                cue.append(k)
                used.add(k)
                break
    passive = toks[fv].lemma == "werden" and fv != i
    src = _subject(doc, fv, first, end, lang)
    after = max(cue) + 1
    msg = M.right_message(toks, after, first, end, lang)
    if msg and src and msg[0] <= src[0] < msg[1]:
        src = _subject(doc, fv, first, msg[0], lang) if fv < msg[0] else None
    if msg is None:
        start = min([i, fv] + ([src[0]] if src and src[0] > first else []))
        wie = _wie_clause(toks, start, first)
        if wie is not None:
            left = M.left_message(toks, wie, first, lang)
            right = M.right_message(toks, after, first, end, lang)
            msg = left or right
            if msg:
                return Event(cue, src, [msg], "according_to", si, passive=passive)
        msg = M.left_message(toks, start, first, lang)
    if msg is None:
        msg = M.object_message(toks, after, first, end, t.text)
    if msg is None and REPORTED_SENTENCES and not any(w.quote for w in toks[first:end]):
        msg = (first, M.content_end(toks, first, end))  # "reported" speech: the event is the sentence
    return Event(cue, src, [msg] if msg else [], "indirect", si, passive=passive)


def _wie_clause(toks, start: int, first: int) -> int | None:
    """Index of "wie"/"as" opening the cue's clause ("…, wie die Zeitung berichtet"), else None."""
    for k in range(start - 1, max(first - 1, start - 8), -1):
        w = toks[k].text.lower()
        if w in ("wie", "as"):
            return k if k == first or toks[k - 1].text == "," else None
        if w in (",", ":"):
            return None
    return None


def _headline(doc, first: int, end: int) -> list[Event]:
    """Headline attribution by colon: "Politico: USA versäumten …"."""
    toks = doc.tokens
    for k in range(first + 1, min(end, first + 5)):
        if toks[k].text == ":" and toks[first].text[:1].isupper() and end - k > 3:
            return [Event([k], (first, k), [(k + 1, M.content_end(toks, first, end))], "according_to", 0)]
    return []


def _attach_quotes(doc, events: list[Event], quotes, loose_cues: dict[int, list[Event]], table) -> None:
    """Quotations not already inside a message become direct attributions."""
    posts = {p.span.start: p for p in doc.analysis.embedded_posts}
    covered = [(e.msg[0][0], e.msg[-1][1]) for e in events]
    by_cue: dict[int, Event] = {}
    for qa, qb, cs, _ce in quotes:
        if qb <= qa or any(a <= qa < b for a, b in covered):
            continue
        post = posts.get(cs)
        sent = doc.sentence_at(doc.tokens[qa].start)
        si = doc.sentences.index(sent) if sent is not None else 0
        if post is not None:
            src = table.add(
                f"post:{post.handle}", post.author, "social_post", None, description=f"@{post.handle}"
            )
            events.append(Event([], None, [(qa, qb)], "direct", si, source=src))
            continue
        cands = loose_cues.get(si, []) or loose_cues.get(si - 1, [])
        cue_ev = cands[0] if cands else None
        if cue_ev is not None:
            key = cue_ev.cue[0]
            if key in by_cue:
                by_cue[key].msg.append((qa, qb))
                continue
            if cue_ev.src is not None and cue_ev.source is None:
                cue_ev.source = table.resolve(doc, *cue_ev.src)
            ev = Event(
                cue_ev.cue, cue_ev.src, [(qa, qb)], "direct", si, source=cue_ev.source, passive=cue_ev.passive
            )
            by_cue[key] = ev
            events.append(ev)
            continue
        prev = max(
            (e for e in events if e.sent <= si and e.source is not None), key=lambda e: e.sent, default=None
        )
        source = prev.source if prev is not None and si - prev.sent <= MAX_QUOTE_GAP else None
        events.append(Event([], None, [(qa, qb)], "direct", si, source=source))


def _to_model(doc, k: int, ev: Event, events: list[Event]) -> Attribution:
    toks = doc.tokens
    pieces = [doc.trimmed_span(toks[a].start, toks[b - 1].end) for a, b in ev.msg]
    message = doc.trimmed_span(pieces[0].start, pieces[-1].end)
    cue = doc.span(toks[ev.cue[0]].start, toks[ev.cue[0]].end) if ev.cue else None
    parts = [doc.span(toks[c].start, toks[c].end) for c in ev.cue[1:]]
    mention = doc.trimmed_span(toks[ev.src[0]].start, toks[ev.src[1] - 1].end) if ev.src else None
    return Attribution(
        id=f"a{k + 1}",
        mode=ev.mode,
        source=ev.source.id if ev.source is not None else None,
        source_mention=mention,
        cue=cue,
        message=message,
        cue_parts=parts,
        message_parts=pieces if len(pieces) > 1 else [],
        parent=f"a{ev.parent + 1}" if ev.parent is not None else None,
    )
