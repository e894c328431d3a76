"""Session 23 (English): clergy titles and "the Rev." before a name."""

from __future__ import annotations

from .helpers import run, source_of


def test_clergy_titles_are_no_part_of_the_name():
    an = run("Church abuse report. Bishop Ellen Marsh said the diocese would cooperate. The Rev. John Calloway said "
             "he was \"heartbroken\". Rabbi Daniel Kessler said the community was shaken.")
    assert source_of(an, "diocese would").name == "Ellen Marsh"
    assert source_of(an, "heartbroken").name == "John Calloway"
    assert source_of(an, "community was").name == "Daniel Kessler"
