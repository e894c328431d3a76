"""The paste-and-see pages: the form (GET /) and the annotated article (POST /analyze)."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from ...model import Analysis, source_label
from ...outputs.summary import speech_act_rows
from ..annotate import chain_text, headline_span, render, safe_id, source_class
from ..graph import attribution_graph
from .common import check_write, page, state

router = APIRouter()


@router.get("/", include_in_schema=False)
async def index(request: Request) -> Response:
    return page(request, "index.html", {"text": "", "url": ""})


@router.post("/analyze", summary="Analyse pasted text or a URL; returns the annotated HTML page",
             response_class=Response, responses={200: {"content": {"text/html": {}}}})
async def analyze_page(request: Request, text: str | None = Form(None), url: str | None = Form(None),
                       api_token: str | None = Form(None)) -> Response:
    check_write(request, api_token)
    if text and text.strip():
        url = None
    analysis = await state(request).analyzer.run(text=text, url=url)
    return page(request, "result.html", result_context(analysis))


def result_context(analysis: Analysis) -> dict:
    """Everything result.html shows, computed here so the template only lays it out."""
    head = headline_span(analysis)
    body_start = head.end if head.start == 0 else 0
    atts = []
    for att in analysis.attributions:
        source = analysis.source_by_id(att.source)
        atts.append({"id": safe_id(att.id), "mode": att.mode, "message": att.message.text,
                     "chain": analysis.chain(att), "chain_text": chain_text(analysis, att),
                     "source": analysis.speaker_label(att), "cls": source_class(source.type if source else None),
                     "source_anchor": safe_id(source.id) if source else None,
                     "parent": safe_id(att.parent) if att.parent else None})
    by_att = {a.id: a for a in analysis.attributions}
    claims = []
    for claim in analysis.claims:
        att = by_att.get(claim.attribution) if claim.attribution else None
        claims.append({"id": safe_id(claim.id), "sentence": claim.sentence.text,
                       "quantities": [{"text": q.span.text, "value": f"{q.value:,.10g}", "unit": q.unit,
                                       "approximation": q.approximation} for q in claim.quantities],
                       "source": chain_text(analysis, att) if att else "the outlet itself",
                       "hedges": [h.text for h in claim.hedges], "checkworthy": f"{claim.checkworthy:.2f}"})
    sources = [{"id": safe_id(s.id), "label": source_label(s), "type": s.type, "cls": source_class(s.type),
                "description": s.description, "role": s.role, "mentions": len(s.mentions)}
               for s in analysis.sources]
    return {"a": analysis, "headline": render(analysis, head.start, head.end),
            "body": render(analysis, body_start),
            "headline_check": analysis.headline, "attributions": atts, "claims": claims,
            "sources": sources, "graph": attribution_graph(analysis), "speech_acts": [
                {**asdict(r), "id": safe_id(r.id)} for r in speech_act_rows(analysis)],
            "posts": analysis.embedded_posts, "hedges": analysis.hedges}
