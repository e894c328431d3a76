"""Attribution step. This first engine attributes direct quotations and embedded posts; the
full engine (cues, indirect speech, Konjunktiv continuation, nesting) replaces `attribute`."""

from __future__ import annotations

import re

from ...model import Attribution
from .sources import SourceTable

_SPEECH = re.compile(
    r"\b(sagte|sagt|sagten|erklärte|erklärt|betonte|betont|schrieb|schreibt|meinte|fragte|warnte|"
    r"zitiert|said|says|told|wrote|asked|added)\b"
)
_NAME = re.compile(r"\b([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)+)")


def attribute(doc, ctx) -> None:
    """Direct quotes and embedded posts as attributions, with the nearest named speaker."""
    table = SourceTable()
    analysis = doc.analysis
    text = doc.text
    posts = {p.span.start: p for p in analysis.embedded_posts}
    n = 0
    for _o, cs, ce, _c in doc.quotes:
        if doc.is_boilerplate(cs, ce) or cs < doc.headline_end:
            continue
        n += 1
        post = posts.get(cs)
        source = mention = None
        if post is not None:
            source = table.add(f"post:{post.handle}", post.author, "social_post", None,
                               description=f"@{post.handle}")
        else:
            sent = doc.sentence_at(cs)
            if sent is not None:
                window = text[sent.start:sent.end]
                if _SPEECH.search(window):
                    m = _NAME.search(window)
                    if m and not (sent.start + m.start() >= cs and sent.start + m.end() <= ce):
                        mention = doc.span(sent.start + m.start(), sent.start + m.end())
                        source = table.add(m.group(1).lower(), m.group(1), "person", mention)
        analysis.attributions.append(Attribution(
            id=f"a{n}", mode="direct", source=source.id if source else None, source_mention=mention,
            cue=None, message=doc.trimmed_span(cs, ce),
        ))
    analysis.sources = table.sources
