"""Session 22 (English): everyday given names the tagger misreads, the Mr or Mrs of a surname two people
share, and bodies the tagger read as people."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_given_name_the_tagger_read_as_an_adverb_opens_a_name():
    an = run("Fed holds rates. Howard Pell, a former Treasury adviser, wrote on X that the committee was "
             "\"fighting the last war\".")
    s = source_of(an, "committee")
    assert (s.name, s.type) == ("Howard Pell", "person")
    assert all(s.name != "X" for s in an.sources)


def test_she_is_the_woman_with_an_everyday_name():
    an = run("Storm hits coast. Teresa Quintanilla, the mayor, met Roy Delacroix at the shelter. \"Stay where "
             "you are,\" she said.")
    assert source_of(an, "Stay where").name == "Teresa Quintanilla"


def test_mr_picks_the_man_of_two_people_with_one_surname():
    an = run("Boiler death. Zoe Anderson, 24, died at the home of her father, publisher Chris Anderson. Mr Anderson, "
             "who quit the firm in 2001, said the family was devastated.")
    assert source_of(an, "devastated").name == "Chris Anderson"
