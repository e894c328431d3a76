"""Session 23 (German): clergy titles before a name, and an outlet told without an article after the speaker."""

from __future__ import annotations

from .helpers import run, source_of


def test_religious_titles_are_no_part_of_the_name():
    an = run("Orden. „Wir haben zu lange weggesehen“, sagte Provinzial Bruder Matthias Kernleitner. Provinzial "
             "Bruder Matthias Kernleitner sagte, der Orden werde die Vorwürfe aufklären.")
    for words in ("weggesehen", "aufklären"):
        s = source_of(an, words)
        assert (s.type, s.name) == ("person", "Matthias Kernleitner")


def test_a_parish_priest_is_referred_back_to_by_her_title():
    an = run("Gemeinde. Pfarrerin Anne Roth sagte, die Gemeinde stehe zusammen. Die Pfarrerin betonte, niemand "
             "werde allein gelassen.")
    assert source_of(an, "allein gelassen").name == "Anne Roth"


def test_an_outlet_told_without_an_article_is_not_the_speaker():
    an = run("Festnahmen. Die Polizei ermittelt. Wie ein Sprecher MDR SACHSEN bestätigte, wurden zwei Männer "
             "festgenommen.")
    att = next(a for a in an.attributions if a.cue.text == "bestätigte")
    assert att.source_mention.text == "ein Sprecher"
    assert an.source_by_id(att.source).type == "anonymous"
    assert an.source_by_id(att.via).name == "MDR"


def test_the_agency_name_after_its_kind_stays_the_agency():
    an = run("Drohnen. Das meldete die Staatsagentur Tass am Abend. Die Staatsagentur Tass berichtete, es habe "
             "zwei Angriffe gegeben.")
    assert source_of(an, "zwei Angriffe").type == "media"
