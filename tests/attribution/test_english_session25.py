"""Session 25 (English, round 35): sheriffs and the Red Cross, epithets, labels in contact clauses, a post before a
colon, and a company described by where it is based."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_sheriffs_title_is_no_part_of_his_name():
    an = run("Nevada County Sheriff Dale Harmon said at least three residents had refused to leave.")
    assert source_of(an, "refused to leave").name == "Dale Harmon"


def test_the_red_cross_is_an_organisation_though_red_is_tagged_a_verb():
    an = run("The American Red Cross said about 1,100 people had checked into its four shelters.")
    src = source_of(an, "checked into")
    assert (src.type, src.name) == ("organization", "American Red Cross")


def test_the_retiree_is_the_woman_just_named():
    an = run('"I grabbed the dog," said Jolene Tafoya, a 63-year-old retired teacher. The retiree said the county\'s '
             "emergency alert reached her phone only after she had seen flames.")
    assert source_of(an, "emergency alert").name == "Jolene Tafoya"


def test_a_post_after_a_colon_and_a_participle_is_the_speaker_not_the_object():
    an = run('She was not alone: A post on a community Facebook group, shared more than 3,000 times by Tuesday '
             'night, claimed the alert system "went silent for 40 minutes" as the fire jumped Highway 20.')
    assert source_of(an, "went silent").type == "social_post"


def test_a_company_described_by_where_it_is_based_past_a_relative_clause():
    an = run("Halvorsen Pharmaceuticals is recalling bottles. Halvorsen said it had started the recall. The New "
             "Jersey-based company, which has not faced a major recall before, said it expected the move to cost "
             "$40 million.")
    assert source_of(an, "$40 million").name == "Halvorsen Pharmaceuticals"


def test_labels_in_contact_clauses():
    an = run('The council voted to cap rents, a measure supporters hailed as a lifeline and opponents branded "a '
             'slow-motion housing disaster." The majority opinion notes that states have passed limits, a trend '
             'Whitaker described as "democracy working as designed."')
    by_cue = {a.cue.text: an.source_by_id(a.source) for a in an.attributions if a.cue}
    assert by_cue["branded"].description == "opponents"
    assert by_cue["described"].name == "Whitaker"


def test_a_trade_group_that_hailed_the_ruling_is_the_body_named_before_it():
    an = run('The case was brought by a Texas staffing firm and the American Business Freedom Council, a trade '
             'group that hailed the ruling as "a landmark victory for the rule of law."')
    assert source_of(an, "landmark victory").name == "American Business Freedom Council"


def test_the_former_minister_is_the_person_just_named():
    an = run('"We have sent a clear message today," NATO Secretary-General Henrik Vallgren told a news conference. '
             'Pressed on the spending language, the former Norwegian defense minister acknowledged that "not every '
             'ally is in the same place."')
    assert source_of(an, "not every ally").name == "Henrik Vallgren"


def test_a_headline_company_is_the_company_the_lead_names():
    an = run("(CNN) — A ransomware attack has knocked out health records at dozens of facilities run by Meridian "
             "Valley Health, forcing some emergency rooms to divert ambulances, the company said Monday. Special "
             'Agent Lauren Whitcombe said: "We are aware of the incident."',
             title="Ransomware attack cripples hospital chain's systems in four states, company says")
    head = next(a for a in an.attributions if a.message.start < an.article.text.index("\n"))
    assert an.source_by_id(head.source).name == "Meridian Valley Health"
    assert source_of(an, "divert ambulances").name == "Meridian Valley Health"
    assert source_of(an, "aware of the incident").name == "Lauren Whitcombe"


def test_a_pollster_in_the_headline_and_body_and_an_unnamed_tory_in_a_contact_clause():
    an = run('The Liberal Democrats have won, in a result one senior Tory described as "a bloodbath we saw coming". '
             "Prof Helen Marsh, of the polling firm Castlegate Research, said the swing was the largest in a "
             "generation. The pollster, whose company carried out the only survey, said its data suggested a shift "
             "to Reform.",
             title="Lib Dems overturn 19,000 Tory majority in Ashdown Vale, says pollster")
    head = next(a for a in an.attributions if a.message.start < an.article.text.index("\n"))
    assert an.source_by_id(head.source).name == "Helen Marsh"
    assert source_of(an, "bloodbath").description == "one senior Tory"
    assert source_of(an, "its data").name == "Helen Marsh"


def test_a_hyphenated_surname_after_a_first_name_is_the_full_name():
    an = run("The Conservative candidate, Rupert Fane-Lowther, came third. Fane-Lowther, who had been expected to "
             'hold the seat, conceded the campaign had been "difficult on the doorstep".')
    assert source_of(an, "doorstep").name == "Rupert Fane-Lowther"


def test_a_hyphenated_surname_opening_a_sentence_though_tagged_an_adverb():
    an = run("The Conservative candidate, Rupert Fane-Lowther, came third. Fane-Lowther conceded the campaign had been "
             '"difficult on the doorstep".')
    assert source_of(an, "doorstep").name == "Rupert Fane-Lowther"


def test_a_second_report_after_comma_and_ends_the_first_message():
    an = run("The American Red Cross said it had opened four shelters, and the governor's office announced late "
             "Tuesday that the National Guard would be deployed.")
    assert source_of(an, "four shelters").name == "American Red Cross"
    assert "National Guard" not in next(a for a in an.attributions if a.cue.text == "said").message.text
