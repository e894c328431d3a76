"""Text inside the article that is not the article's own: credits, teasers, wire tags, ads.

Marked as `boilerplate` spans and excluded from attribution, claims and hedges. The patterns are
the recurring furniture of German and English news pages that survives main-text extraction.
"""

from __future__ import annotations

import re

# A teaser or related-links block runs from its label to the end of the paragraph.
_TAIL_LABELS = re.compile(
    r"(?:(?<=[.!?\"“”«»)])\s+|^)(?P<label>Mehr zum Thema\s*[–:—-]|Lesen Sie (?:auch|mehr|hier)\b|"
    r"Auch interessant\s*:|Das könnte Sie auch interessieren|Weiterlesen\s*:|Zum Thema\s*:|"
    r"Mehr dazu\s*:|Mehr lesen\s*:|Read more\s*:|Related\s*:|Read also\s*:|See also\s*:|"
    r"Sign up for|Abonnieren Sie unseren Newsletter)",
    re.M,
)
# Whole short paragraphs that are credits or ads.
_CREDIT = re.compile(
    r"^(?:(?:Quelle|Foto|Fotos|Bild|Bildquelle|Bilder|Titelbild|Symbolbild|Photo|Image|Credit|Picture)s?\s*:.*"
    r"|.*©.*|.*\b(?:Getty Images|picture alliance|imago images|IMAGO|Shutterstock)\b.*"
    r"|Anzeige|Werbung|Advertisement|ADVERTISEMENT|Artikel teilen|Share this article)$",
)
_CREDIT_MAX = 160
"""Credit lines are short; a long paragraph with a © inside is article text quoting a copyright."""

WIRE_TAG = re.compile(
    r"\((?:dpa|AFP|Reuters|AP|KNA|epd|APA|SDA|dts|ots|sid|dpa-AFX|Keystone-SDA|AA|ANSA|Xinhua)"
    r"(?:\s*/\s*[A-Za-z]{1,6})*\)"
    r"|^(?:dpa|AFP|Reuters|KNA|epd)(?:\s*/\s*[a-z]{1,6})+\b"
    r"|\b(?:[Mm]it Material (?:von|der Nachrichtenagenturen?) [\w ,/-]{2,40}$)",
    re.M,
)


def mark_boilerplate(doc, ctx) -> None:
    """Credits, related-article teasers, ads and wire tags."""
    text = doc.text
    found: list[tuple[int, int]] = []
    for p_index, (ps, pe) in enumerate(doc.paragraphs):
        if p_index == 0:
            continue  # the headline is never boilerplate
        para = text[ps:pe]
        if len(para) <= _CREDIT_MAX and _CREDIT.match(para):
            found.append((ps, pe))
            continue
        m = _TAIL_LABELS.search(para)
        if m:
            found.append((ps + m.start("label"), pe))
    for m in WIRE_TAG.finditer(text):
        if not any(s <= m.start() < e for s, e in found):
            found.append(m.span())
    found.sort()
    doc.boilerplate = found
    doc.analysis.boilerplate = [doc.span(s, e) for s, e in found]
