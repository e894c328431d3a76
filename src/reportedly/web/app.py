"""`create_app(db_path, settings, api_token)`: the FastAPI app behind `reportedly serve`.

Everything the views need hangs off `app.state.web` (no module globals), so tests can build
several apps side by side. Errors have one JSON shape `{ok: false, error, status}` under /api and
an HTML page elsewhere, like Datasette's handle_exception.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import BlockedAddress, FetchError, InputTooLarge, ReportedlyError
from ..settings import DEFAULT_SETTINGS, Settings
from .config import WebConfig
from .corpus import WebCorpus
from .security import LimitsMiddleware, RateLimiter
from .service import Analyzer

HERE = Path(__file__).parent
log = logging.getLogger(__name__)


@dataclass
class WebState:
    settings: Settings
    config: WebConfig
    api_token: str | None
    corpus: WebCorpus
    analyzer: Analyzer
    rate: RateLimiter
    templates: Jinja2Templates


def templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return Jinja2Templates(env=env)


def error_status(exc: ReportedlyError) -> int:
    if isinstance(exc, InputTooLarge):
        return 413
    if isinstance(exc, FetchError):
        return 502 if not isinstance(exc, BlockedAddress) else 400
    return 400


def error_response(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api") or "html" not in request.headers.get("accept", ""):
        headers = {"Retry-After": "60"} if status == 429 else None
        return JSONResponse({"ok": False, "error": message, "status": status}, status, headers=headers)
    state: WebState = request.app.state.web
    return state.templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                            status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(request, 422, f"invalid request: {where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(ReportedlyError)
    async def reportedly_error(request: Request, exc: ReportedlyError) -> Response:
        return error_response(request, error_status(exc), f"[{exc.code}] {exc.message}")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "internal error")


def create_app(db_path: str | Path, settings: Settings = DEFAULT_SETTINGS,
               api_token: str | None = None, config: WebConfig | None = None) -> FastAPI:
    """The web app over the corpus at `db_path` (created when missing)."""
    from .views import analyze_views, api_views, corpus_views

    config = config or WebConfig()
    corpus = WebCorpus(db_path, readers=config.analysis_workers + 2)
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        corpus.close()

    app = FastAPI(title="reportedly", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Who says what, according to whom: attribution analysis for news "
                              "articles. Errors are `{ok: false, error, status}`.")
    app.state.web = WebState(
        settings=settings, config=config, api_token=api_token or None, corpus=corpus,
        analyzer=Analyzer(settings, config, corpus),
        rate=RateLimiter(config.analyze_per_minute, config.analyze_burst, config.max_clients_tracked),
        templates=templates())
    _install_errors(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(analyze_views.router)
    app.include_router(corpus_views.router)
    app.include_router(api_views.router)

    @app.get("/-/health", include_in_schema=False)
    async def health() -> dict:
        return {"ok": True, "version": __version__}

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    app.add_middleware(LimitsMiddleware, max_body=config.max_body_bytes)
    return app

