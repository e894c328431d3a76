"""The attribution engine on wire-style German and English sentences, through the whole pipeline."""

from __future__ import annotations

import pytest

from reportedly.analysis.attribution.cues import konjunktiv, verb_cue
from reportedly.language.doc import Token

from .helpers import run


def src(an, a):
    return an.source_by_id(a.source)


def test_attribution_dass_clause_named_person():
    an = run(
        "Innenminister Karl Berger sagte am Montag in Berlin, dass die Grenzkontrollen verlängert würden."
    )
    (a,) = an.attributions
    assert a.cue.text == "sagte" and a.mode == "indirect"
    assert a.message.text.startswith("dass die Grenzkontrollen")
    assert src(an, a).type == "person" and "Berger" in src(an, a).name


def test_attribution_separated_particle_is_cue_part():
    an = run("Die Stadtverwaltung teilte am Dienstag mit, die Brücke bleibe bis Ende Mai gesperrt.")
    (a,) = an.attributions
    assert a.cue.text == "teilte" and [p.text for p in a.cue_parts] == ["mit"]
    assert a.message.text == "die Brücke bleibe bis Ende Mai gesperrt"


def test_attribution_konjunktiv_continues_previous_speaker():
    an = run(
        "Ein Sprecher der Polizei sagte, der Fahrer sei leicht verletzt worden. "
        "Er habe die Kontrolle über den Lastwagen verloren. Die Straße wurde am Abend wieder freigegeben."
    )
    assert len(an.attributions) == 2
    first, cont = an.attributions
    assert cont.cue is None and cont.source_mention is None
    assert cont.source == first.source and src(an, first).type == "anonymous"
    assert cont.message.text.startswith("Er habe die Kontrolle")
    assert all("freigegeben" not in a.message.text for a in an.attributions)


def test_attribution_laut_and_zufolge_are_according_to():
    an = run(
        "Laut der Nachrichtenagentur Reuters wurden mehr als 200 Menschen in Sicherheit gebracht. "
        "Dem Bericht zufolge stiegen die Preise im Juni um vier Prozent."
    )
    assert [a.mode for a in an.attributions] == ["according_to", "according_to"]
    laut, zufolge = an.attributions
    assert laut.cue.text == "Laut" and src(an, laut).type == "media"
    assert "200 Menschen" in laut.message.text and "Reuters" not in laut.message.text
    assert zufolge.cue.text == "zufolge" and "Preise" in zufolge.message.text


def test_attribution_anonymous_count_and_affiliation():
    an = run("Zwei namentlich nicht genannte Diplomaten der EU sagten, die Gespräche seien gescheitert.")
    (a,) = an.attributions
    s = src(an, a)
    assert s.type == "anonymous" and s.count == 2 and s.affiliation == "EU"
    assert s.name is None and "Diplomaten" in s.description


def test_attribution_nested_report_has_parent():
    an = run(
        "Die Zeitung Politico berichtet, dass ein Berater des Präsidenten erklärt habe, "
        "die Sanktionen würden verschärft."
    )
    outer = next(a for a in an.attributions if a.cue and a.cue.text == "berichtet")
    inner = next(a for a in an.attributions if a.cue and a.cue.text == "erklärt")
    assert inner.parent == outer.id and outer.parent is None
    assert src(an, outer).type == "media"
    assert an.chain(inner)[-2:] == ["Politico", src(an, inner).description]


def test_attribution_quote_with_cue_is_direct():
    an = run("„Wir werden den Standort nicht aufgeben“, sagte die Ministerin Anna Vogt am Freitag.")
    (a,) = an.attributions
    assert a.mode == "direct" and a.message.text == "Wir werden den Standort nicht aufgeben"
    assert a.cue.text == "sagte" and src(an, a).name == "Anna Vogt"


def test_attribution_pronoun_resolves_to_earlier_speaker():
    an = run(
        "Bürgermeisterin Petra Lang sagte, die Schule werde saniert. "
        "Die Arbeiten beginnen im Herbst. Sie betonte, dass das Geld bereitstehe."
    )
    assert len(an.attributions) == 2
    assert an.attributions[0].source == an.attributions[1].source
    assert len(src(an, an.attributions[0]).mentions) == 2


def test_attribution_english_said_and_according_to():
    an = run(
        "The company said in a statement that it would cut 500 jobs by March. "
        "According to two people familiar with the talks, the deal is close.",
        title="Markets today",
    )
    said = next(a for a in an.attributions if a.cue and a.cue.text == "said")
    assert said.message.text.startswith("it would cut 500 jobs")
    acc = next(a for a in an.attributions if a.mode == "according_to")
    assert acc.message.text == "the deal is close"
    assert src(an, acc).type == "anonymous" and src(an, acc).count == 2


def test_attribution_plain_narration_has_none():
    an = run("Der Zug fuhr um acht Uhr ab. Die Fahrgäste stiegen in Köln um.")
    assert an.attributions == [] and an.sources == []


@pytest.mark.parametrize("body", ["", "Nur ein Satz ohne Punkt", "„Unbalanciert, sagte er.", "12345 ,,, :::"])
def test_attribution_never_crashes(body):
    run(body)


def test_attribution_lexicons_without_language_layer():
    assert konjunktiv(Token(0, 0, 3, "sei"), "de") == 1
    assert konjunktiv(Token(0, 0, 6, "hätten"), "de") == 2
    assert konjunktiv(Token(0, 0, 3, "ist"), "de") == 0
    assert verb_cue(Token(0, 0, 5, "sagte"), "de") and not verb_cue(Token(0, 0, 4, "Haus"), "de")
