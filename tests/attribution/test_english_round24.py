"""Round 24 (English, session 14): an organisation's first word read as an imperative before a title,
surnames that end in an English organisation word, the reporting word before a colon, opening participle
clauses, outlets named "… Review", and no one as no speaker. Sentences written here."""

from __future__ import annotations

from .helpers import mention_of, run_en, source_of


def test_a_title_run_opening_the_sentence_names_a_person():
    an = run_en("The board approved the budget on Monday. Trust Executive Director Maria Delacourt said the vote was "
                "a relief. He said the agency would hire more staff.")
    src = source_of(an, "vote was a relief")
    assert (src.name, src.type) == ("Maria Delacourt", "person")
    assert mention_of(an, "vote was a relief").startswith("Trust Executive Director")
    assert source_of(an, "hire more staff") is src


def test_a_surname_ending_in_court_is_no_court():
    an = run_en("Judge Anna Harcourt said the appeal would be heard in May. The Supreme Court said it would rule.")
    assert source_of(an, "appeal").type == "person"
    assert source_of(an, "it would rule").type == "organization"


def test_a_reporting_word_before_the_colon_is_the_cue_not_the_first_verb():
    an = run_en('The council came out fighting on Tuesday by insisting: "We will not back down on this."')
    a = next(a for a in an.attributions if "back down" in a.message.text)
    assert a.cue.text == "insisting"


def test_an_opening_participle_clause_is_no_subject():
    an = run_en("Contacted by phone on Friday, Maria Lopez declined to be interviewed and asked if questions could be "
                "sent by email.")
    assert source_of(an, "questions could be sent").name == "Maria Lopez"


def test_an_outlet_named_review_is_media_but_a_review_is_a_document():
    an = run_en("According to the Spokesman-Review, the mayor wanted to run again. A review of the data found that "
                "costs rose.")
    assert source_of(an, "run again").type == "media"
    assert source_of(an, "costs rose").type == "document"


def test_no_one_is_no_speaker():
    an = run_en("As far as we could tell, no one had ever asked this question before. Nobody said the plan would "
                "fail.")
    assert an.attributions == []


def test_a_relative_that_after_a_noun_speaks_for_that_noun():
    an = run_en("The city has a plan that says buses will run every ten minutes. Is there a factor for a group—like "
                "there is for a person—that predicts how well the group will do?")
    assert mention_of(an, "buses will run") == "a plan"
    assert not any("how well" in a.message.text for a in an.attributions)  # "that" with no antecedent found
