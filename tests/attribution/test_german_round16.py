"""Round 16 (German): subjects behind bracketed labels and quoted titles, the past of reportative
"sollen", capitalised adjectives in organisation names. Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def test_a_bracketed_label_inside_the_subject_does_not_hide_it():
    body = (
        "Die Kanzlerin Anna Berger sprach am Morgen vor Journalisten. "
        "Ein Sprecher der Bundesagentur für Arbeit (BA) in Nürnberg wollte nicht bestätigen, "
        "dass eine Forderung gestellt worden sei."
    )
    an = run(LEAD + body)
    assert mention_of(an, "Forderung").startswith("Ein Sprecher der Bundesagentur")
    assert source_of(an, "Forderung").type == "anonymous"


def test_a_quoted_newspaper_title_between_modal_and_cue_does_not_hide_the_subject():
    body = (
        "Ein Sprecher der Bundesagentur in Nürnberg wollte gegenüber der „Westdeutschen Allgemeinen Zeitung“ "
        "nicht bestätigen, dass eine Forderung gestellt worden sei."
    )
    assert mention_of(run(LEAD + body), "Forderung") == "Ein Sprecher der Bundesagentur in Nürnberg"


def test_sollte_with_a_perfect_infinitive_continues_the_speaker_but_should_does_not():
    body = (
        "Die Staatsanwaltschaft sprach von einem gezielten Angriff. "
        "Der Mann sollte an dem Überfall auf die Tankstelle beteiligt gewesen sein. "
        "Die Stadt sollte die Straße im Sommer sanieren."
    )
    an = run(LEAD + body)
    assert "Staatsanwaltschaft" in source_of(an, "Tankstelle").mentions[0].text
    assert find(an, "Tankstelle").continues is not None
    assert not any("Straße im Sommer" in a.message.text for a in an.attributions)


def test_a_capitalised_adjective_after_the_article_belongs_to_the_organisation_name():
    body = "Die Vereinigten Staaten sagten, der Angriff sei eine Verteidigung gewesen."
    assert source_of(run(LEAD + body), "Verteidigung").name == "Vereinigten Staaten"
    body = "Die Europäische Union erklärte, man sei besorgt über die Lage."
    assert source_of(run(LEAD + body), "besorgt").name == "Europäische Union"


def test_a_report_comes_before_the_source_it_cites_when_both_carry_the_same_message():
    body = "Wie das „Handelsblatt“ unter Berufung auf Insider schreibt, soll der Konzern 500 Stellen streichen."
    an = run(LEAD + body)
    pair = [a for a in an.attributions if "500 Stellen" in a.message.text]
    assert [an.source_by_id(a.source).type for a in pair] == ["media", "anonymous"]
    assert pair[1].parent == pair[0].id


def test_words_given_to_another_outlet_leave_the_open_media_report():
    body = (
        "Die Regierung prüft nach Informationen des „Spiegel“ die Lieferung weiterer Panzer. "
        "Das Magazin beruft sich auf mehrere Personen aus dem Umfeld des Kanzleramts. "
        "Demnach sollen bis zu 20 Panzer aus Beständen der Industrie kommen.\n\n"
        "Ein hochrangiger Beamter, der anonym bleiben wollte, sagte der Deutschen Presse-Agentur, "
        "man sei in engem Austausch mit den Partnern. Ein anderer Beamter meinte, die Entscheidung falle bald."
    )
    an = run(LEAD + body)
    assert find(an, "20 Panzer").parent is not None
    assert find(an, "engem Austausch").parent is None
    assert find(an, "falle bald").parent is None
