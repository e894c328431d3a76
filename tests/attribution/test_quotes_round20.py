"""Round 20: the speaker's verbatim words inside a paraphrase are the attribution's `quotes`, in the
JSON, the text report and the web page. Sentences written here."""

from __future__ import annotations

from reportedly.outputs.text import render_text
from reportedly.web.annotate import segments

from .helpers import find, run, run_en

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def test_a_quotation_inside_indirect_speech_is_a_quote_of_the_mixed_attribution():
    an = run(LEAD + "Der Minister sagte, der Pilot trage die „volle Verantwortung“ und sei „schuld“.")
    a = find(an, "Pilot")
    assert a.mode == "mixed"
    assert [q.text for q in a.quotes] == ["volle Verantwortung", "schuld"]
    assert all(a.message.start <= q.start < q.end <= a.message.end for q in a.quotes)


def test_a_direct_quotation_and_a_plain_paraphrase_have_no_quotes():
    an = run(LEAD + "„Wir bleiben hart“, sagte die Ministerin. Der Minister sagte, er bleibe hart.")
    assert find(an, "Wir bleiben").mode == "direct" and find(an, "Wir bleiben").quotes == []
    assert find(an, "er bleibe").mode == "indirect" and find(an, "er bleibe").quotes == []


def test_english_scare_quotes_inside_reported_speech_are_quotes():
    an = run_en("The minister said the plan was \"dead on arrival\" and would be withdrawn.")
    a = find(an, "the plan")
    assert a.mode == "mixed" and [q.text for q in a.quotes] == ["dead on arrival"]


def test_the_text_report_and_the_web_page_show_the_verbatim_words():
    an = run(LEAD + "Der Minister sagte, der Pilot trage die „volle Verantwortung“ für die Landung.")
    assert "verbatim: „volle Verantwortung“" in render_text(an)
    marked = [s.text for s in segments(an) if "verbatim" in s.classes]
    assert marked == ["volle Verantwortung"]


def test_an_according_to_report_keeps_its_mode_and_lists_its_quotation():
    an = run(LEAD + "Nach den Worten der Sprecherin fehle es „an einem durchgreifenden Konzept“ gegen Gewalt.")
    a = find(an, "Konzept")
    assert a.mode == "according_to" and [q.text for q in a.quotes] == ["an einem durchgreifenden Konzept"]
