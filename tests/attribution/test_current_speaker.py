"""Who speaks on in a Konjunktiv I sentence or quotation without a cue of its own (speakers.py, engine.py).
Sentences written here."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_speech_event_without_a_message_hands_the_floor_to_its_speaker():
    an = run(
        "Der Verkehrsexperte Paul Beispiel sagte, die Zahl der Staus werde steigen. "
        "Auch die Ministerin Anna Muster äußerte sich kritisch. "
        "Die Regierung habe zu lange gewartet."
    )
    assert source_of(an, "zu lange gewartet").name == "Anna Muster"
    assert source_of(an, "Staus werde steigen").name == "Paul Beispiel"


def test_a_konjunktiv_sentence_after_a_cued_quote_continues_the_quote_speaker():
    an = run(
        "Der Bürgermeister Karl Probe kündigte am Montag neue Regeln an. "
        "Die Gewerkschaft Musterbund sagte, sie lehne die Regeln ab. "
        "„Wir werden das prüfen“, sagte Probe am Abend. "
        "Eine Entscheidung falle erst im Herbst."
    )
    assert source_of(an, "erst im Herbst").name == "Karl Probe"


def test_heisst_es_vom_names_its_own_speaker_not_the_current_one():
    an = run(
        "Auch das Außenministerium des Landes Beispielien kritisierte den Angriff als feige Tat. "
        "Oberste Priorität sei es, die Täter zu fassen, hieß es vom Sprecher Max Mustermann."
    )
    assert source_of(an, "Täter zu fassen").name == "Max Mustermann"


def test_an_act_without_a_message_does_not_take_the_floor():
    an = run(
        "Der Gewerkschafter Otto Probe sagte, die Löhne seien zu niedrig. "
        "Die Firma Musterwerk hat inzwischen ihren Jahresbericht vorgelegt. "
        "Jeder Beschäftigte verdiene mehr Geld."
    )
    assert source_of(an, "mehr Geld").name == "Otto Probe"
