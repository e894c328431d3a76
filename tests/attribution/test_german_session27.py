"""Session 27 (German, round 37): quoted names are no quotes of the message, and the round-37 constructions."""

from __future__ import annotations

from .helpers import run


def test_a_quoted_name_is_no_quote_of_the_message():
    an = run("Demnach seien die Bilder vom Stadtteil Yongdingmen bis zum „Nationalstadion Peking“ "
             "computeranimiert gewesen, sagte der Sprecher.")
    att = next(a for a in an.attributions if a.cue.text == "sagte")
    assert att.quotes == [] and att.mode == "indirect"


def test_a_quoted_word_of_the_speaker_stays_a_quote():
    an = run("Der Minister sagte, der Plan sei „völlig unrealistisch“.")
    att = an.attributions[0]
    assert [q.text for q in att.quotes] == ["völlig unrealistisch"] and att.mode == "mixed"
