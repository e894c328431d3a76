"""The JSON API, mirroring the CLI: analyze returns the contract JSON (reportedly.analysis/1)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from .common import check_write, state
from .corpus_views import corpus_call

router = APIRouter(prefix="/api", tags=["api"])

_ERROR = {"description": "Error: `{ok: false, error, status}`",
          "content": {"application/json": {"example": {"ok": False, "error": "…", "status": 400}}}}


class AnalyzeRequest(BaseModel):
    """Exactly one of `text`, `html` (optionally with the page's `url`) or `url`."""

    text: str | None = Field(None, description="Plain article text; its first line is the headline.")
    html: str | None = Field(None, description="An article page's HTML.")
    url: str | None = Field(None, description="http(s) URL to fetch, or the URL the html came from.")


class Page(BaseModel):
    rows: list[dict[str, Any]]
    truncated: bool


class SourcesPage(Page):
    outlets: list[dict[str, Any]] = []


@router.post("/analyze", summary="Analyse one article; returns the reportedly.analysis/1 JSON",
             response_class=Response,
             responses={200: {"content": {"application/json": {}},
                              "description": "The analysis contract (see `reportedly schema`)."},
                        400: _ERROR, 401: _ERROR, 413: _ERROR, 422: _ERROR, 429: _ERROR, 502: _ERROR})
async def api_analyze(request: Request, body: AnalyzeRequest) -> Response:
    check_write(request)
    if body.html is not None and body.text is None:
        analysis = await state(request).analyzer.run(html=body.html, url=body.url)
    else:
        analysis = await state(request).analyzer.run(text=body.text, url=body.url)
    return Response(analysis.to_json(), media_type="application/json")


@router.get("/search", response_model=Page, summary="Articles whose title or text contains q")
async def api_search(request: Request, q: str = Query(..., min_length=1, max_length=500)) -> Any:
    return await corpus_call(request, "search", q)


@router.get("/sources", response_model=SourcesPage, summary="Sources per outlet, with the anonymous share")
async def api_sources(request: Request, anonymous: bool = False) -> Any:
    return await corpus_call(request, "sources", anonymous=anonymous)


@router.get("/stories", response_model=Page,
            summary="Stories: clusters of articles on one event (computed by the corpus)")
async def api_stories(request: Request) -> Any:
    return await corpus_call(request, "stories")


@router.get("/trace", response_model=Page, summary="Where a claim appears, oldest first")
async def api_trace(request: Request, q: str = Query(..., min_length=1, max_length=500)) -> Any:
    return await corpus_call(request, "trace", q)
