"""The JSON API and pages: contract JSON, corpus endpoints, error shape, OpenAPI, --get."""

from __future__ import annotations

from click.testing import CliRunner

from reportedly.cli.main import cli
from reportedly.model import SCHEMA_ID


def test_api_analyze_text_returns_contract(client, seed_text):
    r = client.post("/api/analyze", json={"text": seed_text})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["schema"] == SCHEMA_ID
    assert data["article"]["outlet"]["name"] == "RT DE"
    for span in (a["message"] for a in data["attributions"]):
        assert data["article"]["text"][span["start"]:span["end"]] == span["text"]


def test_api_analyze_html_with_url(client):
    html = "<html><head><title>T</title></head><body><article><h1>Titel</h1><p>" + \
           "Der Minister sagte, die Lage sei ernst. " * 20 + "</p></article></body></html>"
    r = client.post("/api/analyze", json={"html": html, "url": "https://example.org/a"})
    assert r.status_code == 200, r.text
    assert r.json()["article"]["url"] == "https://example.org/a"


def test_text_that_looks_like_a_url_is_text_not_a_fetch(client):
    r = client.post("/api/analyze", json={"text": "http://127.0.0.1:9/secret"})
    assert r.status_code == 200
    assert r.json()["article"]["text"] == "http://127.0.0.1:9/secret"


def test_error_shape(client):
    for resp, status in [(client.post("/api/analyze", json={}), 400),
                         (client.post("/api/analyze", json={"text": 5}), 422),
                         (client.post("/api/analyze", json={"text": "a", "url": "https://x.org"}), 400),
                         (client.get("/api/search"), 422),
                         (client.get("/api/nothing"), 404),
                         (client.post("/api/analyze", json={"url": "file:///etc/passwd"}), 400)]:
        assert resp.status_code == status
        body = resp.json()
        assert set(body) == {"ok", "error", "status"} and body["ok"] is False and body["status"] == status


def test_html_errors_are_pages(client):
    r = client.post("/analyze", data={"url": "javascript:alert(1)"}, headers={"accept": "text/html"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "only http and https" in r.text


def test_corpus_endpoints_see_web_analyses(client, seed_text):
    client.post("/analyze", data={"text": seed_text})
    rows = client.get("/api/search", params={"q": "Milley"}).json()["rows"]
    assert rows and rows[0]["outlet"] == "RT DE"
    sources = client.get("/api/sources").json()
    assert sources["outlets"][0]["outlet"] == "RT DE" and 0 <= sources["outlets"][0]["share"] <= 1
    assert client.get("/api/stories").json() == {"rows": [], "truncated": False}  # one article: no cluster
    trace = client.get("/api/trace", params={"q": "43.000 Kämpfer"}).json()["rows"]
    assert trace and "43.000" in trace[0]["text"] and trace[0]["chain"][0] == "RT DE"
    for path in ("/search?q=Milley", "/sources", "/stories", "/trace?q=43.000", "/", "/static/style.css"):
        assert client.get(path).status_code == 200, path


def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/analyze", "/api/search", "/api/sources", "/api/stories", "/api/trace", "/analyze"):
        assert p in paths


def test_security_headers(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_serve_get_and_warning(tmp_path):
    runner = CliRunner()
    db = tmp_path / "new" / "corpus.sqlite"
    result = runner.invoke(cli, ["serve", "--db", str(db), "--get", "/api/stories"])
    assert result.exit_code == 0, result.output
    assert '"rows"' in result.output and db.exists()
    assert runner.invoke(cli, ["serve", "--db", str(db), "--get", "/api/nope"]).exit_code == 1
    bad = runner.invoke(cli, ["serve", "--db", str(db), "--web-setting", "nope=1", "--get", "/"])
    assert bad.exit_code == 2


def test_non_loopback_warning():
    from reportedly.cli.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")


def test_serve_warns_on_public_bind(tmp_path, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    runner = CliRunner()
    db = str(tmp_path / "c.sqlite")
    result = runner.invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9"])
    assert result.exit_code == 0 and "warning: binding to 0.0.0.0" in result.output
    assert calls == [{"host": "0.0.0.0", "port": 9, "log_level": "warning"}]
    quiet = runner.invoke(cli, ["serve", "--db", db])
    assert "warning" not in quiet.output and calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000
