"""Round 14 (English, session 7): names the tagger misreads, "but declined to …", unnamed bosses.
Sentences written here."""

from __future__ import annotations

from .helpers import find, run_en


def test_a_capitalised_ing_surname_and_a_first_name_read_as_an_adverb_are_names():
    an = run_en(
        'Health Secretary Wes Streeting described the figures as "unacceptable" on Monday. '
        "Matthew Taylor, chief executive of the NHS Confederation, argued that waiting times would keep rising."
    )
    assert an.source_by_id(find(an, "unacceptable").source).name == "Wes Streeting"
    assert an.source_by_id(find(an, "waiting times").source).name == "Matthew Taylor"


def test_but_declined_ends_the_message():
    an = run_en("A senior official confirmed that options were being reviewed but declined to give details.")
    assert find(an, "options").message.text == "options were being reviewed"


def test_hospital_bosses_are_unnamed_people():
    an = run_en("Hospital bosses say the problem is money.")
    src = an.source_by_id(find(an, "money").source)
    assert (src.description, src.type) == ("Hospital bosses", "anonymous")


def test_a_name_with_a_particle_before_of_the_institute_is_the_person():
    an = run_en('"This is long overdue," said Max von Thun of the Open Markets Institute, a think tank.')
    src = an.source_by_id(find(an, "overdue").source)
    assert (src.name, src.type) == ("Max von Thun", "person")


def test_two_people_who_share_a_surname_are_two_sources():
    an = run_en(
        '"This is long overdue," said Max von Thun of the Open Markets Institute. '
        '"This is really overdue," said Jane Thun of the Open Markets Institute.'
    )
    assert an.source_by_id(find(an, "really").source).name == "Jane Thun"


def test_a_first_name_after_an_institution_and_a_title_is_a_person():
    an = run_en("Bank of England Governor Andrew Bailey said rates would fall.")
    src = an.source_by_id(find(an, "rates").source)
    assert (src.name, src.type) == ("Andrew Bailey", "person")


def test_a_capitalised_common_noun_opening_the_sentence_is_no_name():
    an = run_en("Emergency services in the Valencia region said rescue teams were still searching for people.")
    src = an.source_by_id(find(an, "rescue teams").source)
    assert src.name is None and src.type == "organization"


def test_meteorologists_are_unnamed_people():
    an = run_en("Meteorologists say climate change is making such storms more intense.")
    assert an.source_by_id(find(an, "climate change").source).type == "anonymous"


def test_the_noun_after_a_possessive_is_part_of_the_unnamed_source():
    an = run_en("A person familiar with the group's thinking said it would fight the case.")
    a = find(an, "fight the case")
    assert a.source_mention.text == "A person familiar with the group's thinking"


def test_a_surname_takes_the_full_name_given_in_a_possessive_before():
    an = run_en("Elon Musk's social media platform X has filed a lawsuit. In a post on X, Musk wrote that it was war.")
    assert an.source_by_id(find(an, "war").source).name == "Elon Musk"


def test_an_outlet_s_verification_caveat_continues_no_one():
    an = run_en(
        "Russia's defence ministry claimed its forces had destroyed 30 Ukrainian drones. "
        "Neither side's claims could be independently verified."
    )
    assert not any("verified" in a.message.text for a in an.attributions)


def test_the_department_for_education_keeps_its_whole_name():
    an = run_en('The Department for Education said the offer was "fair and affordable".')
    assert an.source_by_id(find(an, "fair").source).name == "Department for Education"


def test_plural_present_reporting_verbs_are_cues_but_not_their_infinitives():
    an = run_en(
        "The Conservatives insist the government's net zero policies are keeping bills high. "
        "Analysts predict prices will rise. The union plans to insist on a better offer."
    )
    assert an.source_by_id(find(an, "net zero").source).name == "Conservatives"
    assert find(an, "prices will rise").cue.text == "predict"
    assert not any("better offer" in a.message.text for a in an.attributions)


def test_but_with_a_present_reporting_verb_starts_a_second_report():
    an = run_en("Consumer groups have welcomed the cut but argue it does not go far enough.")
    assert find(an, "the cut").message.text == "the cut"
    assert find(an, "far enough").cue.text == "argue"


def test_unnamed_officers_and_soldiers_are_anonymous_whatever_word_comes_before():
    an = run_en(
        "A police officer at the scene said two people died. An Israeli soldier told the BBC he was ordered to fire."
    )
    assert an.source_by_id(find(an, "two people died").source).type == "anonymous"
    src = an.source_by_id(find(an, "ordered to fire").source)
    assert (src.description, src.type) == ("An Israeli soldier", "anonymous")


def test_a_described_leader_is_no_one_named_without_that_role():
    an = run_en(
        "Speaking to reporters in Kyiv, Zelensky said the attack was a war crime. "
        'The opposition leader called the decision "a disgrace".'
    )
    assert an.source_by_id(find(an, "disgrace").source).name != "Zelensky"


def test_reports_opening_a_sentence_are_the_press_not_the_cue():
    an = run_en("Reports suggest the deal is close. Media reports say the minister will resign.")
    a = find(an, "deal is close")
    assert a.cue.text == "suggest" and an.source_by_id(a.source).type == "media"
    assert an.source_by_id(find(an, "resign").source).type == "media"


def test_a_headline_quotation_before_a_colon_is_the_speaker_named_after_it():
    an = run_en("The weather in the region was cold on Monday.", "'We will not back down': Starmer defends tax rise")
    a = find(an, "back down")
    assert (a.mode, an.source_by_id(a.source).name) == ("direct", "Starmer")


def test_a_name_after_a_role_after_said_is_the_speaker():
    an = run_en('"Our members have been pushed to the limit," said union president Karin Müller.')
    assert an.source_by_id(find(an, "pushed").source).name == "Karin Müller"
