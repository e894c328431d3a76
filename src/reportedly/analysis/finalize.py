"""Last step: the message language, sources that speak, and lists ordered by text position."""

from __future__ import annotations

from ..language.detect import detect_language
from .attribution.name_mentions import add_name_mentions
from .attribution.told_outlets import add_told_outlets

_MIN_WORDS_FOR_LANGUAGE = 4
"""Shorter messages ("Nein", a name) carry too few function words to tell a language."""


def finalize(doc, ctx) -> None:
    """Mark messages in another language than the article, keep the sources that speak, sort."""
    a = doc.analysis
    for attr in a.attributions:
        msg = attr.message.text
        if attr.language is None and len(msg.split()) >= _MIN_WORDS_FOR_LANGUAGE:
            lang = detect_language(msg)
            if lang not in ("und", a.article.language):
                attr.language = lang
    # Noun phrases the engine considered as speakers but gave no message ("November 2022 …") are
    # not sources: every Source listed is the source of at least one attribution or speech act, or the
    # outlet an attribution's words went through (`via`).
    add_told_outlets(doc, a)  # s17: "told Reuters": the outlet the words went through, for every engine
    speaking = {attr.source for attr in a.attributions} | {s for attr in a.attributions for s in attr.co_sources}
    speaking |= {attr.via for attr in a.attributions}
    speaking |= {act.source for act in a.speech_acts} | {s for act in a.speech_acts for s in act.co_sources}
    a.sources = [s for s in a.sources if s.id in speaking]
    add_name_mentions(doc, a.sources)  # s16: every place the article names them (after any engine's grouping)
    a.dates.sort(key=lambda d: d.span.start)
    a.links.sort(key=lambda x: x.span.start if x.span else -1)
    a.hedges.sort(key=lambda h: h.span.start)
    for s in a.sources:
        s.mentions.sort(key=lambda m: m.start)
