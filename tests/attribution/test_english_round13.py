"""Round 13 (English): "General" as part of a name, not a title. Sentences written here."""

from __future__ import annotations

from .helpers import EN_LEAD, run, source_of


def test_general_before_a_company_word_is_part_of_the_name():
    an = run(EN_LEAD + " General Motors said sales fell. According to General Electric, profits will rise.")
    assert source_of(an, "sales fell").name == "General Motors"
    assert source_of(an, "profits").name == "General Electric"
    assert source_of(an, "sales fell").type == "organization"
    an = run(EN_LEAD + " The UN General Assembly said it would vote on Friday.")
    assert source_of(an, "vote").name == "UN General Assembly"


def test_general_before_a_surname_stays_a_title():
    an = run(EN_LEAD + " General Mark Milley said the war would go on for years.")
    assert source_of(an, "the war").name == "Mark Milley"
    assert source_of(an, "the war").type == "person"
