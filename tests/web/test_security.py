"""Security, all through the HTTP interface: XSS inert, SSRF refused, limits enforced."""

from __future__ import annotations

import http.server
import threading

import pytest

from reportedly.ingest import fetch
from reportedly.web import WebConfig
from reportedly.web.security import RateLimiter
from reportedly.web.service import LRU

from .conftest import XSS, assert_inert


def test_xss_in_pasted_text_renders_inert(client):
    text = XSS[0] + " sagte der Minister.\n\n" + "\n".join(
        f'„{p}", sagte {p} laut {p}. Nach Angaben von {p} seien 43.000 {p} betroffen.' for p in XSS)
    r = client.post("/analyze", data={"text": text})
    assert r.status_code == 200
    assert_inert(r.text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text


def test_xss_in_stored_rows_renders_inert_on_corpus_pages(client):
    text = XSS[0] + "\n\n" + "\n".join(f'{p} sagte, „{p} 43.000 Kämpfer".' for p in XSS)
    assert client.post("/api/analyze", json={"text": text}).status_code == 200
    for path in ("/search?q=alert", "/sources", "/stories", "/trace?q=43.000+Kämpfer",
                 "/search?q=" + XSS[4], "/trace?q=" + XSS[1]):
        r = client.get(path)
        assert r.status_code == 200, path
        assert_inert(r.text)


def test_error_page_escapes_message(client):
    r = client.post("/analyze", data={"url": XSS[1]}, headers={"accept": "text/html"})
    assert r.status_code == 400
    assert_inert(r.text)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://10.0.0.1/", "http://metadata.google.internal/",
                                 "ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd"])
def test_private_and_non_http_urls_refused(client, url):
    r = client.post("/api/analyze", json={"url": url})
    assert r.status_code == 400 and r.json()["error"].startswith("[R004]")


class _Redirector(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(self.path)
        if self.path == "/start":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_port}/secret")
            self.end_headers()
        else:
            body = b"<html><body><p>internal secret</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_redirect_to_loopback_refused(client, monkeypatch):
    """A 'public' host (faked by DNS) that redirects to 127.0.0.1: the second hop is refused."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Redirector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    real_resolve = fetch.resolve

    def fake_resolve(host, port, settings):
        return "127.0.0.1" if host == "public.test" else real_resolve(host, port, settings)

    monkeypatch.setattr(fetch, "resolve", fake_resolve)
    _Redirector.hits = []
    try:
        r = client.post("/api/analyze", json={"url": f"http://public.test:{server.server_port}/start"})
    finally:
        server.shutdown()
        server.server_close()
    assert r.status_code == 400, r.text
    assert "non-public address 127.0.0.1" in r.json()["error"]
    assert _Redirector.hits == ["/start"]  # the secret was never requested


def test_body_limit(make_client):
    client = make_client(WebConfig(max_body_bytes=1000))
    r = client.post("/api/analyze", json={"text": "x" * 2000})
    assert r.status_code == 413 and r.json() == {"ok": False, "status": 413, "error": r.json()["error"]}

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(5):
            yield b"y" * 400

    form = {"content-type": "application/x-www-form-urlencoded"}
    r = client.post("/analyze", content=chunks(), headers=form)
    assert r.status_code == 413
    assert client.post("/api/analyze", json={"text": "kurz."}).status_code == 200


def test_rate_limit(make_client):
    client = make_client(WebConfig(analyze_burst=2, analyze_per_minute=1))
    codes = [client.post("/api/analyze", json={"text": f"Text {i}."}).status_code for i in range(3)]
    assert codes == [200, 200, 429]
    r = client.post("/api/analyze", json={"text": "again"})
    assert r.json()["status"] == 429 and "Retry-After" in r.headers
    assert client.get("/sources").status_code == 200  # pages are not rate limited


def test_rate_limiter_is_bounded_and_refills():
    now = [0.0]
    rl = RateLimiter(per_minute=60, burst=1, max_clients=3, clock=lambda: now[0])
    assert rl.allow("a")[0] and not rl.allow("a")[0]
    now[0] = 1.0
    assert rl.allow("a")[0]
    for k in "bcdef":
        rl.allow(k)
    assert len(rl) == 3


def test_lru_is_bounded():
    cache = LRU(2)
    for k in "abc":
        cache.put(k, object())  # type: ignore[arg-type]
    assert len(cache) == 2 and cache.get("a") is None


def test_api_token(make_client, seed_text):
    client = make_client(api_token="s3cret")
    assert client.post("/api/analyze", json={"text": "a."}).status_code == 401
    wrong = client.post("/api/analyze", json={"text": "a."}, headers={"X-API-Token": "nope"})
    assert wrong.status_code == 401
    ok = client.post("/api/analyze", json={"text": "a."}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert client.post("/analyze", data={"text": "a.", "api_token": "s3cret"}).status_code == 200
    assert 'name="api_token"' in client.get("/").text
    assert client.get("/api/search", params={"q": "a"}).status_code == 200  # reads stay open


def test_cross_site_form_post_is_refused(client):
    form = {"text": "Titel\n\n„Nein“, sagte Anna Muster."}
    res = client.post("/analyze", data=form, headers={"Origin": "https://evil.example"})
    assert res.status_code == 403 and "cross-site" in res.json()["error"]
    res = client.post("/analyze", data=form, headers={"Origin": "null"})
    assert res.status_code == 403
    same = client.post("/analyze", data=form, headers={"Origin": "http://testserver"})
    assert same.status_code == 200
