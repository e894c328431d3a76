"""What both human-readable reports show, computed once from the Analysis."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis


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


def attribution_rows(analysis: Analysis, max_message: int = 160) -> list[AttributionRow]:
    rows = []
    for a in analysis.attributions:
        src = analysis.source_by_id(a.source)
        cue = a.cue.text if a.cue else (f"(continues {a.continues})" if a.continues else "—")
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
