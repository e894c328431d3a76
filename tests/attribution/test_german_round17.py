"""Round 17 (German): source phrases with relative clauses, epithets for people named before. Sentences
written here."""

from __future__ import annotations

from .helpers import find, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def test_a_relative_clause_after_the_source_of_heisst_es_is_no_part_of_the_message():
    body = (
        "Die Kosten seien nicht mehr zu verantworten, heißt es in einem Schreiben der Jungen Gruppe, "
        "das der Zeitung vorliegt."
    )
    a = find(run(LEAD + body), "Kosten")
    assert a.message.text == "Die Kosten seien nicht mehr zu verantworten"
    assert a.message_parts == []


def test_a_party_epithet_names_the_person_introduced_a_sentence_before():
    body = (
        "Arbeitsministerin Bärbel Bas verteidigte das Vorhaben. "
        "Die Rente müsse für alle Generationen verlässlich sein, sagte die SPD-Politikerin im Deutschlandfunk."
    )
    src = source_of(run(LEAD + body), "Rente")
    assert (src.name, src.type) == ("Bärbel Bas", "person")


def test_er_is_neither_an_unnamed_spokeswoman_nor_a_minister_whose_role_is_feminine():
    body = (
        "Innenministerin Tamara Zieschang verurteilte die Tat scharf. "
        "Wer Menschen in Gefahr bringe, müsse mit der vollen Härte des Gesetzes rechnen, erklärte sie. "
        "Es sei bereits der dritte Anschlag, sagte eine Sprecherin der Organisation. "
        "Der Bürgermeister der Gemeinde zeigte sich schockiert. "
        "Er kenne viele der Bewohner persönlich, sagte er dem MDR."
    )
    src = source_of(run(LEAD + body), "Bewohner")
    assert src.name is None and src.description.startswith("Der Bürgermeister")


def test_er_after_a_spokeswoman_is_the_man_named_before():
    body = (
        "Der Landrat Peter Kunze besuchte die Unterkunft. "
        "Es sei bereits der dritte Anschlag, sagte eine Sprecherin der Organisation. "
        "Er sei entsetzt, sagte er."
    )
    assert source_of(run(LEAD + body), "entsetzt").name == "Peter Kunze"
