"""Session 24 (German, round 34): ranks in an apposition, advisers, the dateline the parser takes for the subject, and
a genitive before an apposition's name."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_rank_before_the_name_in_an_apposition():
    an = run("Drohnen. „Die Zahlen aus Moskau sind frei erfunden“, sagte der Sprecher der ukrainischen Luftwaffe, "
             "Oberst Dmytro Lysenko, im Fernsehen. Es habe keinen Großangriff gegeben.")
    for words in ("frei erfunden", "Großangriff"):
        s = source_of(an, words)
        assert (s.type, s.name) == ("person", "Dmytro Lysenko")


def test_an_adviser_in_an_office_in_a_city_is_anonymous():
    an = run("Drohnen. Ein Berater im Präsidialamt in Kiew, der nicht namentlich genannt werden wollte, sagte AFP, man "
             "äußere sich grundsätzlich nicht zu einzelnen Operationen.")
    assert source_of(an, "grundsätzlich nicht").type == "anonymous"


def test_the_dateline_is_no_subject():
    an = run("Kiew (AFP) - Ein Berater im Präsidialamt sagte, man äußere sich nicht zu einzelnen Operationen.")
    s = source_of(an, "einzelnen Operationen")
    assert s is not None and s.type == "anonymous"


def test_a_genitive_before_the_appositions_name():
    an = run("Gutachten. „Der Schutz der Institution stand über allem“, sagte die Leiterin der Untersuchung, "
             "Rechtsanwältin Sabine Wendt, bei der Vorstellung.")
    s = source_of(an, "Schutz der Institution")
    assert (s.type, s.name) == ("person", "Sabine Wendt")
