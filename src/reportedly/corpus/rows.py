"""One Analysis → rows of the corpus tables (schema.py); shared by SQLite, Parquet and Spark.

Plain dicts keyed by column name so every writer (sqlite executemany, pyarrow, Spark Row) can
take them as they are. Unknown analysis fields are still kept: the full contract JSON goes into
`articles.analysis`.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

from ..model import Analysis, Source, source_label
from ..outputs.summary import speech_act_rows
from .schema import ROW_TABLES, TABLE

Rows = dict[str, list[dict[str, Any]]]

_WORD = re.compile(r"[^\W\d_][\w\-]*", re.UNICODE)


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def empty_rows() -> Rows:
    return {name: [] for name in ROW_TABLES}


_SKIP = frozenset("der die das des dem den ein eine einer eines the of a an von aller all more than "
                  "mehr als rund etwa knapp über fast".split())


def counted_thing(text: str, end: int, unit: str | None = None) -> str | None:
    """The noun a number counts: the first content word after the quantity ("43.000 Kämpfer" →
    kämpfer; "5 Prozent der Stimmen" → stimmen). Crude but language-neutral; `trace` matches it
    by prefix so inflection (Kämpfern) still fits."""
    skip = _SKIP | ({unit.lower()} if unit else set())
    for m in _WORD.finditer(text, end, min(len(text), end + 80)):
        word = m.group(0).lower()
        if word not in skip:
            return word
    return unit.lower() if unit else None


def _is_anonymous(source: Source | None) -> bool:
    return source is not None and (source.type == "anonymous" or not source.name)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def analysis_to_rows(analysis: Analysis, item_id: str | None = None,
                     input_name: str | None = None, analysed_at: str | None = None) -> Rows:
    """Flatten one analysis into {table: [row, ...]} with every column of schema.TABLES present."""
    art = analysis.article
    aid = art.id
    outlet = art.outlet
    outlet_name = outlet.name if outlet else None
    rows = empty_rows()
    rows["articles"].append({
        "id": aid, "item_id": item_id, "input": input_name, "url": art.url, "title": art.title,
        "language": art.language, "published": art.published, "author": art.author,
        "site_name": art.site_name, "outlet": outlet_name,
        "outlet_domain": outlet.domain if outlet else None, "text": art.text,
        "n_chars": len(art.text), "n_sources": len(analysis.sources),
        "n_attributions": len(analysis.attributions), "n_claims": len(analysis.claims),
        "n_warnings": len(analysis.warnings), "warnings": _dumps(analysis.warnings),
        "analysis": analysis.to_json(), "analysed_at": analysed_at or now_iso(),
    })
    if outlet is not None:
        rows["outlets"].append({
            "name": outlet.name, "domain": outlet.domain, "country": outlet.country,
            "kind": outlet.kind,
            "state_affiliated": None if outlet.state_affiliated is None else int(outlet.state_affiliated),
            "evidence": _dumps(outlet.evidence),
        })
    for s in analysis.sources:
        rows["sources"].append({
            "article_id": aid, "source_id": s.id, "name": s.name, "label": source_label(s),
            "type": s.type, "anonymous": int(_is_anonymous(s)), "description": s.description,
            "role": s.role, "count": s.count, "affiliation": s.affiliation,
            "n_mentions": len(s.mentions), "outlet": outlet_name,
        })
        for i, m in enumerate(s.mentions):
            rows["mentions"].append({"article_id": aid, "source_id": s.id, "idx": i,
                                     "start": m.start, "end": m.end, "text": m.text})
    chains: dict[str, str] = {}
    for a in analysis.attributions:
        src = analysis.source_by_id(a.source)
        chains[a.id] = _dumps(analysis.chain(a))
        rows["attributions"].append({
            "article_id": aid, "attribution_id": a.id, "mode": a.mode, "source_id": a.source,
            "source_label": analysis.speaker_label(a) if src else None,
            "source_type": src.type if src else None, "cue": a.cue.text if a.cue else None,
            "message": a.message.text, "message_start": a.message.start,
            "message_end": a.message.end, "parent_id": a.parent, "language": a.language,
            "chain": chains[a.id],
        })
    for act, row in zip(analysis.speech_acts, speech_act_rows(analysis), strict=True):
        rows["speech_acts"].append({
            "article_id": aid, "act_id": act.id, "source_id": act.source, "source_label": row.source,
            "source_type": row.source_type, "cue": row.cue, "cue_start": act.cue.start, "cue_end": act.cue.end,
            "topic": row.topic or None, "context": row.context,
        })
    by_attr = {a.id: a for a in analysis.attributions}
    for c in analysis.claims:
        attr = by_attr.get(c.attribution) if c.attribution else None
        src = analysis.source_by_id(attr.source) if attr else None
        rows["claims"].append({
            "article_id": aid, "claim_id": c.id, "sentence": c.sentence.text,
            "start": c.sentence.start, "end": c.sentence.end, "attribution_id": c.attribution,
            "source_label": source_label(src) if attr else None, "checkworthy": c.checkworthy,
            "n_quantities": len(c.quantities), "n_hedges": len(c.hedges),
            "chain": chains.get(c.attribution or "", _dumps([outlet_name] if outlet_name else [])),
        })
        for i, q in enumerate(c.quantities):
            rows["quantities"].append({
                "article_id": aid, "claim_id": c.id, "idx": i, "text": q.span.text,
                "start": q.span.start, "end": q.span.end, "value": q.value, "upper": q.upper,
                "unit": q.unit, "approximation": q.approximation,
                "thing": counted_thing(art.text, q.span.end, q.unit),
            })
    for i, h in enumerate(analysis.hedges):
        rows["hedges"].append({"article_id": aid, "idx": i, "kind": h.kind, "text": h.span.text,
                               "start": h.span.start, "end": h.span.end,
                               "scope": h.scope.text if h.scope else None})
    for i, link in enumerate(analysis.links):
        rows["links"].append({"article_id": aid, "idx": i, "url": link.url,
                              "text": link.span.text if link.span else None})
    return rows


def error_rows(item_id: str, input_name: str, reason: str, stage: str = "analyse",
               at: str | None = None) -> Rows:
    """The rows for an item that produced no article: one `errors` row with its reason."""
    rows = empty_rows()
    rows["errors"].append({"item_id": item_id, "input": input_name, "stage": stage,
                           "reason": reason, "at": at or now_iso()})
    return rows


def check_rows(rows: Rows) -> None:
    """Raise if a row lacks or adds a column: keeps writers and schema from drifting apart."""
    for name, table_rows in rows.items():
        cols = set(TABLE[name].column_names)
        for row in table_rows:
            if set(row) != cols:
                raise ValueError(f"{name}: columns {sorted(set(row) ^ cols)} differ from the schema")
