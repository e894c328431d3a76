"""Corpus pages: search, sources (anonymous share per outlet), stories, trace as a timeline.

Corpus calls are blocking SQLite reads, so they run in a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from .common import page, state

router = APIRouter(include_in_schema=False)


async def corpus_call(request: Request, name: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    web = state(request)
    func: Callable[..., dict[str, Any]] = getattr(web.corpus, name)
    return await anyio.to_thread.run_sync(lambda: func(*args, limit=web.config.page_rows, **kwargs))


@router.get("/search")
async def search_page(request: Request, q: str = Query("", max_length=500)) -> Response:
    result = await corpus_call(request, "search", q) if q.strip() else {"rows": [], "truncated": False}
    return page(request, "search.html", {"q": q, "result": result})


@router.get("/sources")
async def sources_page(request: Request, anonymous: bool = False) -> Response:
    result = await corpus_call(request, "sources", anonymous=anonymous)
    return page(request, "sources.html", {"result": result, "anonymous": anonymous})


@router.get("/stories")
async def stories_page(request: Request) -> Response:
    return page(request, "stories.html", {"result": await corpus_call(request, "stories")})


@router.get("/trace")
async def trace_page(request: Request, q: str = Query("", max_length=500)) -> Response:
    result = await corpus_call(request, "trace", q) if q.strip() else {"rows": [], "truncated": False}
    return page(request, "trace.html", {"q": q, "result": result})
