"""Session 21 (English): an outlet's report referred to as "the report", and what an open media report does
not adopt — words given after declining to comment, people who spoke to another outlet, a message another
outlet saw — and a statement that carries what investigators believe."""

from __future__ import annotations

from .helpers import find, run_en

CUTS = ("The company is preparing to cut about 10,000 jobs, Bloomberg News reported on Monday, citing people "
        "with knowledge of the matter. The cuts would mostly affect its cloud division, the report said.")


def test_the_report_of_an_outlet_just_named_is_the_outlet():
    an = run_en(CUTS)
    s = an.source_by_id(find(an, "cloud division").source)
    assert (s.type, s.name) == ("media", "Bloomberg")


def test_words_given_after_declining_to_comment_are_no_part_of_the_open_report():
    an = run_en(CUTS + '\n\nA company spokeswoman declined to comment on what she called "market speculation."')
    assert find(an, "market speculation").parent is None


def test_people_who_spoke_to_another_outlet_are_no_part_of_the_open_report():
    an = run_en(CUTS + "\n\nEmployees learned of the plans through an internal memo, according to two staff members "
                "who spoke to The Verge. \"Morale is at an all-time low,\" one engineer wrote in a message seen by "
                "Reuters. Managers were told to prepare lists of underperforming staff, the engineer said.")
    for needle in ("internal memo", "all-time low", "underperforming"):
        assert find(an, needle).parent is None
    assert find(an, "cloud division").parent is None  # the outlet's own piece is no report inside itself


def test_a_statement_carries_what_investigators_believe():
    an = run_en("Investigators believe the attack was politically motivated, according to a police statement.")
    believe = next(a for a in an.attributions if a.cue.text == "believe")
    statement = next(a for a in an.attributions if a.cue.text == "according")
    assert believe.parent == statement.id and statement.parent is None
    assert an.source_by_id(statement.source).type == "document"


def test_a_named_tool_is_a_document_not_a_person():
    an = run_en("Markets, however, are pricing in a cut, according to CME Group's FedWatch tool.")
    s = an.source_by_id(find(an, "pricing").source)
    assert (s.type, s.name) == ("document", None)


def test_a_company_representative_is_an_unnamed_person_and_multiple_is_no_affiliation():
    an = run_en("A company representative said the product was safe.")
    s = an.source_by_id(find(an, "product").source)
    assert (s.type, s.count) == ("anonymous", 1)
    an = run_en("Multiple sources told CNN that the director would resign.")
    s = an.source_by_id(find(an, "director").source)
    assert (s.type, s.affiliation) == ("anonymous", None)


def test_a_full_name_the_tagger_read_as_a_noun_and_a_verb():
    an = run_en("Regional president Carlos Mazón defended the response, saying the emergency services had followed "
                "protocol. \"We acted on the information we had,\" Mazón told reporters on Thursday.")
    names = {an.source_by_id(a.source).name for a in an.attributions}
    assert names == {"Carlos Mazón"}
