"""What the attribution tests share: analyse a body under a headline, checking every span."""

from __future__ import annotations

from reportedly.api import analyze


def run(body: str, title: str = "Meldung des Tages"):
    """Analyse `title` + `body`; every attribution span and source mention must point into the text."""
    an = analyze(f"{title}\n\n{body}\n")
    text = an.article.text
    for a in an.attributions:
        for sp in [a.message, a.cue, a.source_mention, *a.cue_parts, *a.message_parts, *a.quotes]:
            assert sp is None or text[sp.start : sp.end] == sp.text
    for s in an.sources:
        for m in s.mentions:
            assert text[m.start : m.end] == m.text
    return an


def find(an, needle: str):
    """The attribution whose message contains `needle`."""
    return next(a for a in an.attributions if needle in a.message.text)


def source_of(an, needle: str):
    """The Source of the attribution whose message contains `needle` (None when unresolved)."""
    a = find(an, needle)
    return an.source_by_id(a.source) if a.source else None


def mention_of(an, needle: str) -> str | None:
    """The source mention of the attribution whose message contains `needle`."""
    a = find(an, needle)
    return a.source_mention.text if a.source_mention else None


EN_LEAD = "The weather in the region was cold and wet on Monday morning, and traffic was heavy on the main roads."
"""A neutral English opening paragraph, so that the sentence under test is not the article's first."""


def run_en(body: str, title: str = "World news in brief"):
    """`run` for an English body after EN_LEAD."""
    return run(f"{EN_LEAD}\n\n{body}", title)


def sources_of(body: str, title: str = "Meldung des Tages") -> list[tuple[str | None, str, str]]:
    """(source name, source type, message) of every attribution, in order ("none" when unresolved)."""
    an = run(body, title)
    out = []
    for a in an.attributions:
        s = an.source_by_id(a.source) if a.source else None
        out.append((s.name if s else None, s.type if s else "none", a.message.text))
    return out


def titled(text: str):
    """`analyze` of a German body under a one-word headline, for the session tests' short bodies."""
    return analyze("Titel\n\n" + text)


def rows(an) -> list[tuple[str | None, str | None, str]]:
    """(cue, source name, message) of every attribution, in order."""
    names = {s.id: s for s in an.sources}
    return [
        (x.cue.text if x.cue else None, names[x.source].name if x.source in names else None, x.message.text)
        for x in an.attributions
    ]
