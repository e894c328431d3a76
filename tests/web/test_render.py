"""Annotation, graph and page rendering: correct segments, and every payload inert."""

from __future__ import annotations

from reportedly.model import Span
from reportedly.web.annotate import render, safe_id, segments
from reportedly.web.app import templates
from reportedly.web.graph import attribution_graph
from reportedly.web.views.analyze_views import result_context

from .conftest import XSS, assert_inert, xss_analysis


def test_segments_cover_text_exactly():
    a = xss_analysis()
    segs = segments(a)
    assert "".join(s.text for s in segs) == a.article.text
    assert any("quote" in s.classes for s in segs)
    assert any("boilerplate" in s.classes for s in segs)
    assert any("hedge" in s.classes for s in segs)


def test_unknown_source_type_and_ids_are_sanitised():
    a = xss_analysis()
    html = str(render(a))
    assert "src-bogus" not in html and "src-unknown" in html
    assert safe_id('s1"><script>') == "s1___script_"
    assert "<script" not in html and "&lt;script&gt;" in html


def test_out_of_range_spans_are_ignored():
    a = xss_analysis()
    a.boilerplate.append(Span(5, 10_000, "x"))
    assert "".join(s.text for s in segments(a)) == a.article.text


def test_graph_escapes_labels_and_has_chain():
    a = xss_analysis()
    svg = str(attribution_graph(a))
    assert svg.startswith("<svg") and "&lt;svg onload" in svg
    assert_inert(svg)


def test_seed_graph_and_chain(seed_result):
    svg = str(attribution_graph(seed_result))
    assert "RT DE" in svg
    ctx = result_context(seed_result)
    chains = [t["chain"] for t in ctx["attributions"]]
    assert any(c[:1] == ["RT DE"] for c in chains)


def test_result_page_with_payloads_everywhere_is_inert():
    html = templates().env.get_template("result.html").render(**result_context(xss_analysis()))
    assert_inert(html)
    for payload in XSS[:2]:
        assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'id="act-e1___script_"' in html  # the speech act is listed, its id made safe
