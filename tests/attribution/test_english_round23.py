"""Round 23 (English, session 13): a cue followed by its that-clause reports to the right, not the clause
before its comma, and a cue inside an opening adverbial clause reports no further than that clause. Sentences
written here."""

from __future__ import annotations

from .helpers import find, mention_of, run_en


def test_an_opening_as_clause_is_no_message_of_the_main_cue():
    an = run_en("But as a trustee asked how the buses will cross the junctions, Alex Barrios, assistant director for "
                "construction of county transport, explained that the lights would change.")
    a = find(an, "lights would change")
    assert mention_of(an, "lights would change").startswith("Alex Barrios")
    assert a.message.text == "the lights would change"
    assert a.parent is None
    assert not any("Barrios" in x.message.text for x in an.attributions)


def test_a_quote_before_an_inverted_cue_still_reports_leftwards():
    an = run_en('"We will win," said the coach that night.')
    assert mention_of(an, "We will win") == "the coach"
