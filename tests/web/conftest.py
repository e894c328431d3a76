"""Web fixtures: an app over a temporary corpus, a TestClient, and the XSS corpus."""

from __future__ import annotations

import warnings
from html.parser import HTMLParser

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from reportedly.model import (
    Analysis,
    Article,
    Attribution,
    Claim,
    EmbeddedPost,
    HeadlineCheck,
    Hedge,
    Outlet,
    Quantity,
    Source,
    Span,
    SpeechAct,
)
from reportedly.web import WebConfig, create_app

XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "javascript:alert(3)",
    '<svg onload="alert(4)"><script>alert(5)</script></svg>',
    '"><a href="javascript:alert(6)">x</a>',
    "<iframe src=javascript:alert(7)>",
    "</textarea><script>alert(8)</script>",
    "<b onmouseover=alert(9)>unclosed",
    "' onfocus='alert(10)' autofocus '",
    "<math><mi xlink:href=javascript:alert(11)>",
]


@pytest.fixture
def make_client(tmp_path):
    clients = []

    def make(config: WebConfig | None = None, **kwargs) -> TestClient:
        app = create_app(tmp_path / f"c{len(clients)}.sqlite", config=config, **kwargs)
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    return make_client()


def xss_analysis() -> Analysis:
    """An analysis whose every string field holds a payload, with spans pointing at payloads."""
    text = "\n".join(XSS)
    starts = [text.index(p) for p in XSS]
    spans = [Span.of(text, s, s + len(p)) for s, p in zip(starts, XSS, strict=True)]
    article = Article(id="x<1>", title=XSS[0], language="en", text=text, url=XSS[2],
                      outlet=Outlet(name=XSS[3], domain=XSS[1]))
    a = Analysis.new(article)
    a.sources = [Source(id='s1"><script>', name=XSS[1], type="person", mentions=[spans[1]],
                        description=XSS[6]),
                 Source(id="s2", name=None, type="bogus<type>", mentions=[spans[7]], description=XSS[4])]  # type: ignore[arg-type]
    a.attributions = [Attribution(id="a1", mode="direct", source='s1"><script>', source_mention=spans[1],
                                  cue=spans[8], message=spans[3]),
                      Attribution(id="a2<x>", mode="according_to", source="s2", source_mention=None, cue=None,
                                  message=spans[4], parent="a1")]
    a.speech_acts = [SpeechAct(id='e1"><script>', source='s1"><script>', source_mention=spans[1], cue=spans[8],
                               cue_parts=[spans[0]])]
    a.claims = [Claim(id="c1'", sentence=spans[5], attribution="a2<x>",
                      quantities=[Quantity(span=spans[5], value=43000.0, unit=XSS[0])])]
    a.hedges = [Hedge(span=spans[9], kind=XSS[1])]
    a.embedded_posts = [EmbeddedPost(platform=XSS[0], author=XSS[1], handle=XSS[2], date=XSS[3],
                                     url=XSS[2], span=spans[6])]
    a.headline = HeadlineCheck(span=spans[0], assessment="unsupported", explanation=XSS[4])
    a.boilerplate = [spans[2]]
    a.warnings = [XSS[5]]
    return a


_SVG_OK = {"svg", "line", "g", "rect", "text", "title"}


class InertChecker(HTMLParser):
    """Collects anything in rendered HTML that could run script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and dict(attrs).get("src") != "/static/app.js":
            self.problems.append(f"script tag {attrs}")
        if tag in {"iframe", "img", "object", "embed", "math", "b"}:
            self.problems.append(f"foreign tag <{tag}>")
        if tag == "svg":
            self.in_svg += 1
        elif self.in_svg and tag not in _SVG_OK:
            self.problems.append(f"svg child <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"autofocus", "xlink:href"}:
                self.problems.append(f"attribute {name} on <{tag}>")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript URL in {name}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.in_svg -= 1


def assert_inert(html: str) -> None:
    checker = InertChecker()
    checker.feed(html)
    assert not checker.problems, checker.problems


@pytest.fixture(scope="session")
def seed_result(seed_text) -> Analysis:
    """The seed article, analysed leniently: a step another area is still building only warns."""
    from reportedly import analyze

    return analyze(seed_text)
