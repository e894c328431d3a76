"""What several views share: the app state, write checks (token, rate limit), page rendering."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response

from ..app import WebState
from ..security import bearer, token_ok


def state(request: Request) -> WebState:
    return request.app.state.web


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_write(request: Request, form_token: str | None = None) -> None:
    """API token first (401), then the per-client token bucket (429)."""
    web = state(request)
    if not token_ok(web.api_token, bearer(request.headers) or form_token):
        raise HTTPException(401, "missing or wrong API token (Authorization: Bearer …)")
    allowed, wait = web.rate.allow(client_key(request))
    if not allowed:
        raise HTTPException(429, f"too many analyze calls; try again in {wait:.0f} s")


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    web = state(request)
    context = {"needs_token": bool(web.api_token), **context}
    return web.templates.TemplateResponse(request, name, context, status_code=status)
