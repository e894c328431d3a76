"""Round 14 (German): rules found on the SpkAtt news tune split with its quotations seen — a name before
an apposition whose closing comma is missing, appositions after "nach"/"laut" phrases, "nach" as a time
or hedge, "lauten" for labels, dates after "Angaben … vom". Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def test_a_name_before_an_apposition_without_its_closing_comma_is_the_speaker():
    an = run(LEAD + "Anna Berger, eine Sprecherin der Stadtwerke sagte, die Preise würden im Mai steigen.")
    assert mention_of(an, "Preise") == "Anna Berger, eine Sprecherin der Stadtwerke"
    assert source_of(an, "Preise").type == "person"
    an = run(LEAD + "Stephan Kolb, ein Klimaexperte vom WWF erklärte, der Bericht sei ein wichtiges Dokument.")
    assert mention_of(an, "Bericht") == "Stephan Kolb, ein Klimaexperte vom WWF"


def test_an_unnamed_subject_after_a_comma_stays_itself():
    an = run(LEAD + "Am Abend, ein Sprecher der Stadtwerke sagte es, stiegen die Preise.")
    assert all("Am Abend" not in (a.source_mention.text if a.source_mention else "") for a in an.attributions)


def test_an_apposition_after_a_nach_phrase_belongs_to_the_mention():
    an = run(LEAD + "Nach Angaben von Sam Mahler, dem Direktor der Wetterbehörde, wurden drei Menschen verletzt.")
    a = find(an, "drei Menschen")
    assert a.source_mention.text == "Angaben von Sam Mahler, dem Direktor der Wetterbehörde"
    assert a.message.text == "wurden drei Menschen verletzt"
    assert source_of(an, "drei Menschen").name == "Sam Mahler"


def test_a_relative_clause_after_a_laut_phrase_stays_out_of_the_mention():
    an = run(LEAD + "Laut dem Bericht, der am Montag erschien, wurden drei Menschen verletzt.")
    assert mention_of(an, "drei Menschen") == "dem Bericht"


def test_nach_after_a_time_word_or_in_a_hedge_is_no_source():
    an = run(LEAD + "Erst nach umfangreichen Ermittlungen war genug Material für ein neues Verfahren beisammen.")
    assert not any(a.cue and a.cue.text == "nach" for a in an.attributions)
    an = run(LEAD + "Die Vermietung des Turms wird aller Voraussicht nach schwierig werden.")
    assert not an.attributions
    an = run(LEAD + "Nach umfangreichen Ermittlungen der Polizei war der Täter in Köln untergetaucht.")
    assert find(an, "Täter").cue.text == "Nach"


def test_lauten_for_a_question_or_names_is_no_speech():
    an = run(LEAD + "Die entscheidende Frage für die Schulen lautet: Darf ein Gymnasium Schüler abweisen?")
    assert not an.attributions
    an = run(LEAD + "Die Namen der drei Astronauten lauten: Eileen Carter, James Kelly und Wendy Lane.")
    assert not an.attributions
    an = run(LEAD + "Die Kernaussage des Firmenchefs lautete: „Wir sind sehr überrascht.“")
    assert find(an, "überrascht").cue.text == "lautete"


def test_a_date_after_a_source_phrase_is_no_part_of_the_source():
    an = run(LEAD + "Nach Angaben der Polizei vom Dienstag wurden drei Menschen verletzt.")
    assert mention_of(an, "drei Menschen") == "Angaben der Polizei"
    an = run(LEAD + "Nach Informationen aus Kreisen der Regierung wurden drei Menschen verletzt.")
    assert mention_of(an, "drei Menschen") == "Informationen aus Kreisen der Regierung"


def test_woertlich_after_so_is_no_part_of_the_source():
    an = run(LEAD + "Die Lage sei „sehr ernst“, so Guttenberg wörtlich.")
    assert mention_of(an, "Lage") == "Guttenberg"
