"""What both human-readable reports show, computed once from the Analysis."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis, source_label


@dataclass(slots=True)
class AttributionRow:
    id: str
    chain: str
    source: str
    source_type: str
    cue: str
    mode: str
    message: str
    quotes: str = ""
    """The verbatim quotations inside a paraphrase, each in „…“, joined by " · "."""


NO_CUE = {"direct": "(quotation)"}
"""What the reports show for a cue-less attribution that continues none: a quotation given to the speaker
before it (s18; it was a bare dash)."""


def attribution_rows(analysis: Analysis, max_message: int = 160) -> list[AttributionRow]:
    rows = []
    for a in analysis.attributions:
        src = analysis.source_by_id(a.source)
        cue = a.cue.text if a.cue else (f"(continues {a.continues})" if a.continues else NO_CUE.get(a.mode, "—"))
        if a.cue_parts:
            cue += " … " + " … ".join(p.text for p in a.cue_parts)
        msg = " … ".join(p.text for p in a.message_parts or [a.message]).replace("\n", " ")  # s10: pieces
        if len(msg) > max_message:
            msg = msg[: max_message - 1] + "…"
        rows.append(AttributionRow(
            id=a.id, chain=" → ".join(analysis.chain(a)), source=analysis.speaker_label(a),
            source_type=src.type if src else "unknown", cue=cue, mode=a.mode, message=msg,
            quotes=" · ".join(f"„{q.text}“" for q in a.quotes),
        ))
    return rows


@dataclass(slots=True)
class SpeechActRow:
    id: str
    source: str
    source_type: str
    cue: str
    context: str
    """The words around the cue ("Ein Sprecher wollte sich dazu nicht äußern"), one line."""
    topic: str = ""
    """What it was about, when the clause says ("über die Rente")."""


def speech_act_rows(analysis: Analysis, reach: int = 100) -> list[SpeechActRow]:
    """Who spoke without the article giving what: each speech act with its speaker and its sentence."""
    text = analysis.article.text
    rows = []
    for e in analysis.speech_acts:
        src = analysis.source_by_id(e.source)
        cue = " … ".join([e.cue.text] + [p.text for p in e.cue_parts])
        spans = [e.cue, *e.cue_parts, *([e.source_mention] if e.source_mention else [])]
        start, end = min(sp.start for sp in spans), max(sp.end for sp in spans)
        rows.append(SpeechActRow(id=e.id, source=source_label(src), source_type=src.type if src else "unknown",
                                 cue=cue, context=_sentence_around(text, start, end, reach),
                                 topic=e.topic.text if e.topic else ""))
    return rows


def _sentence_around(text: str, start: int, end: int, reach: int) -> str:
    """The sentence holding text[start:end] (ends: a line break, ". ", "! ", "? "), `reach` more each side at most."""
    stops = (". ", "! ", "? ")
    left = max([text.rfind("\n", 0, start) + 1] + [k + 2 for p in stops if (k := text.rfind(p, 0, start)) >= 0])
    line_end = text.find("\n", end)
    right = min([line_end if line_end >= 0 else len(text)] + [k + 1 for p in stops if (k := text.find(p, end)) >= 0])
    lo, hi = max(left, start - reach), min(right, end + reach)
    return ("…" if lo > left else "") + text[lo:hi].strip() + ("…" if hi < right else "")


def format_number(value: float) -> str:
    """1500000000 → "1,500,000,000", 17.3 → "17.3": never scientific notation in reports."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def outlet_line(analysis: Analysis) -> str:
    o = analysis.article.outlet
    if o is None:
        return "unknown"
    extra = []
    if o.kind:
        extra.append(o.kind.replace("_", " "))
    if o.state_affiliated:
        extra.append("state-affiliated")
    evidence = ", ".join(o.evidence)
    return f"{o.name}" + (f" ({'; '.join(extra)})" if extra else "") + (f" — evidence: {evidence}" if evidence else "")
