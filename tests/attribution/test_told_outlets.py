"""The outlet a speaker told (`via`, session 17): in the chain between the article and the speaker."""

from __future__ import annotations

from reportedly import analyze
from reportedly.web.graph import attribution_graph


def test_a_named_outlet_the_speaker_told_is_the_via_of_the_attribution():
    a = analyze("Titel\n\nDas Ministerium plane eine Reform, sagte ein Sprecher dem Handelsblatt. Der "
                "Nachrichtenagentur Reuters sagte ein Diplomat, die Lage sei ernst. Ein Sprecher sagte gegenüber "
                "der Deutschen Presse-Agentur, das sei falsch.")
    assert [a.chain(x) for x in a.attributions] == [
        ["Handelsblatt", "ein Sprecher"], ["Reuters", "ein Diplomat"], ["dpa", "Ein Sprecher"]]
    via = a.source_by_id(a.attributions[0].via)
    assert (via.type, via.name, [m.text for m in via.mentions]) == ("media", "Handelsblatt", ["Handelsblatt"])


def test_an_outlet_told_between_the_speaker_and_a_final_verb():
    a = analyze("Titel\n\nWie Insider der Nachrichtenagentur Reuters sagten, steht der Verkauf kurz bevor. Ein "
                "Sprecher der dpa sagte, das sei falsch.")
    assert [a.chain(x) for x in a.attributions] == [["Reuters", "Insider"], ["Ein Sprecher der dpa"]]


def test_no_via_for_an_unnamed_outlet_a_preposition_or_a_body_of_an_outlet():
    a = analyze("Titel\n\nEr sagte der Zeitung, das sei falsch. Laut dem CNN-Reporter John Doe wurde niemand "
                "verletzt. Das sei falsch, erklärte die Redaktion der Zeitung „Welt“.")
    assert [x.via for x in a.attributions] == [None, None, None]


def test_english_told_an_outlet_and_the_article_outlet_is_not_repeated():
    a = analyze("Deal\n\nTwo officials told Reuters that the deal was off. Officials told reporters that CNN lied.")
    assert [a.chain(x) for x in a.attributions] == [["Reuters", "Two officials"], ["Officials"]]
    a = analyze("<html><head><meta property='og:site_name' content='Reuters'></head><body><article><h1>Deal</h1>"
                "<p>Two officials told Reuters that the deal was off after long talks in Geneva on Monday. More "
                "words follow here so that the extractor keeps this paragraph as the article body.</p></article>"
                "</body></html>", url="https://www.reuters.com/world/deal")
    assert a.chain(a.attributions[0]) == ["Reuters", "Two officials"]


def test_the_web_graph_draws_the_outlet_told():
    a = analyze("Titel\n\nDer Nachrichtenagentur Reuters sagte ein Diplomat, die Lage sei ernst.")
    svg = str(attribution_graph(a))
    assert svg.index("Reuters") < svg.index("ein Diplomat")


def test_an_interview_opening_names_the_outlet_told():
    a = analyze("Titel\n\nIm Gespräch mit der „Süddeutschen Zeitung“ sagte die Ministerin, die Lage sei ernst. Im "
                "Gespräch mit Kollegen sagte sie, das sei schlimm.")
    assert [a.chain(x) for x in a.attributions] == [["Süddeutsche Zeitung", "die Ministerin"], ["die Ministerin"]]
    a = analyze("Fuel cuts\n\nSpeaking to the BBC's Laura Kuenssberg on Sunday, Sir Keir said he understood people's "
                "anger about the cuts.")
    assert a.chain(a.attributions[0])[0] == "BBC"
