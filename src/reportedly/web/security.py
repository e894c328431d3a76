"""Request limits and headers: body size cap, per-client token bucket, API token, CSP.

The body cap is plain ASGI middleware so it counts bytes as they arrive (a missing or lying
Content-Length cannot get around it). The rate limiter keeps a bounded LRU of buckets so a flood
of client addresses cannot grow memory without limit.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
"""No inline script or style at all: even markup that slipped through escaping could not run."""

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # same-origin posts carry Origin (CSRF check)
    (b"x-frame-options", b"DENY"),
]


class BodyTooLarge(HTTPException):
    """An HTTPException, so FastAPI's body parsing passes it on as 413 instead of a 400."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body larger than {limit:,} bytes (setting max_body_bytes)")


async def _send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps({"ok": False, "error": message, "status": status}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def cross_site(headers: list[tuple[bytes, bytes]]) -> bool:
    """A browser POST from another site: its Origin names a different host than the request's.

    Browsers send Origin on cross-site POSTs, so this stops a foreign page from making a user's
    browser submit analyses (and fetches) to a local reportedly; scripts without Origin pass.
    """
    h = dict(headers)
    origin = h.get(b"origin")
    if not origin or origin == b"null":
        return origin == b"null"
    host = h.get(b"host", b"")
    return urlsplit(origin.decode("latin-1")).netloc.lower() != host.decode("latin-1").lower()


class LimitsMiddleware:
    """Caps request bodies at `max_body` bytes (413), refuses cross-site POSTs (403) and adds the
    security headers."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"request body larger than {self.max_body:,} bytes (setting max_body_bytes)"
        if scope.get("method") == "POST" and cross_site(scope.get("headers", [])):
            await _send_json(send, 403, "cross-site form posts are refused (Origin does not match Host)")
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body:
                await _send_json(send, 413, too_large)
                return
        seen = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {n for n, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, too_large)


class RateLimiter:
    """Token bucket per client key: `burst` calls at once, refilled at `per_minute`."""

    def __init__(self, per_minute: float, burst: int, max_clients: int,
                 clock: Callable[[], float] = time.monotonic):
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str) -> tuple[bool, float]:
        """(allowed, seconds until the next token)."""
        if self.rate <= 0:
            return True, 0.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return allowed, 0.0 if allowed else (1.0 - tokens) / self.rate

    def __len__(self) -> int:
        return len(self._buckets)


def token_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; no token configured means the endpoint is open."""
    if not expected:
        return True
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


def bearer(headers: Any) -> str | None:
    """The API token from `Authorization: Bearer …` or `X-API-Token`."""
    auth = headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return headers.get("x-api-token")
