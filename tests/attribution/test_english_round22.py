"""Round 22 (English, session 12): "it is safe to say" and "a way to say" are the writer's hedge, no one's
speech. Sentences written here."""

from __future__ import annotations

from .helpers import mention_of, run_en


def test_safe_to_say_reports_no_one():
    an = run_en("In fact, it would be safe to say that the iceberg is large. Is there any objective way to say that "
                "some groups are smarter than others? It is too early to say whether the plan worked.")
    assert an.attributions == []


def test_wanting_to_say_still_reports():
    an = run_en("The minister wanted to say that the plan had failed.")
    assert mention_of(an, "plan had failed") == "The minister"


def test_a_relative_clause_after_a_comma_with_where_is_no_message():
    an = run_en("He returned home to England in 1868 to write the rulebook at Hurlingham Park in London, where the "
                "event is currently staged.")
    assert not any(a.message.text.startswith("where") for a in an.attributions)


def test_there_and_a_relative_that_are_no_part_of_the_speaker():
    an = run_en("Is there a single factor for a group that predicts how well the group will perform?")
    assert all(a.source_mention is None or a.source_mention.text == "a single factor for a group"
               for a in an.attributions)


def test_an_outlets_name_inside_a_longer_name_is_no_outlet():
    an = run_en("The Citizens’ Independent Transportation Trust complained in July that the department had kept it "
                "in the dark. The department said it couldn't answer anything until September.")
    trust = an.source_by_id(next(a for a in an.attributions if "in the dark" in a.message.text).source)
    assert trust.type == "organization" and "Trust" in trust.name
    assert mention_of(an, "until September") == "The department"
    dept = an.source_by_id(next(a for a in an.attributions if "September" in a.message.text).source)
    assert dept is not trust


def test_a_quotation_inside_an_appeal_belongs_to_its_message():
    an = run_en("Fitness guru Joe Wicks has also called on the Prime Minister not to 'trade away our children's "
                "futures' in the negotiations.")
    a = next(a for a in an.attributions if a.cue and a.cue.text == "called")
    assert a.message.text.endswith("in the negotiations") and a.mode == "mixed"


def test_a_say_as_a_noun_reports_nothing():
    an = run_en("MPs will vote on an amendment to give Parliament a final say over future trade deals.")
    assert an.attributions == []


def test_an_impersonal_passive_with_an_adverb_names_no_one():
    an = run_en("The minister said the plan was good. It was initially believed that she died after slipping.")
    a = next(a for a in an.attributions if "slipping" in a.message.text)
    assert a.source is None
