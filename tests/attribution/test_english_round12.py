"""English news constructions, round 12 (sentences written here): definite role nouns ("the minister",
"the judge") resolved to the person introduced with that role, else an unnamed office holder; papers
and posts typed by their head noun; anonymous sources (affiliations, counts, groups, "per"); the cited
sources of a report ("Citing two officials, Politico reported …"); and a few type and tag repairs."""

from __future__ import annotations

from .helpers import find
from .helpers import mention_of as mention
from .helpers import run_en as run
from .helpers import source_of as src

# definite role nouns (english_roles.EnglishTable)


def test_the_minister_is_the_person_introduced_with_the_title():
    an = run(
        "Foreign Minister Jane Doe arrived in Paris on Monday. Tom Example, a local businessman, greeted her "
        "at the airport. The minister said the talks would be difficult."
    )
    s = src(an, "talks would be difficult")
    assert s.name == "Jane Doe"
    assert s.type == "person"


def test_the_judge_is_the_judge_named_earlier_not_the_last_name():
    an = run(
        "Judge Anna Berg heard the case in March. Lawyers for Tom Example argued the evidence was weak. "
        "The judge said the trial would resume next week."
    )
    assert src(an, "trial would resume").name == "Anna Berg"


def test_the_minister_after_an_apposition():
    an = run(
        "Jane Doe, the foreign minister, visited Kyiv. Peter Sample, a former banker, joined her. "
        "The minister told reporters the visit was a sign of support."
    )
    assert src(an, "sign of support").name == "Jane Doe"


def test_title_before_a_name_wins_over_a_newer_name_with_another_title():
    an = run(
        "Defence Minister Peter Sample met President Volodymyr Zelensky in Kyiv. "
        "The minister said more weapons would be sent."
    )
    assert src(an, "more weapons").name == "Peter Sample"


def test_the_judge_with_no_judge_named_is_an_unnamed_office_holder():
    an = run("Tom Example said the plan would fail. The judge said the case would be heard in May.")
    s = src(an, "heard in May")
    assert s.name is None
    assert s.type == "person"
    assert s.role == "judge"


def test_the_prime_minister_is_not_a_foreign_minister():
    an = run(
        "Foreign Minister Jane Doe arrived in Paris on Monday. "
        "The prime minister said the talks would be difficult."
    )
    assert src(an, "talks would be difficult").name is None


# papers and posts (english_kinds)


def test_court_filings_and_a_memo_are_documents():
    an = run("According to court filings, the company was warned in 2019.")
    s = src(an, "company was warned")
    assert s.type == "document"
    an = run("According to a memo seen by Reuters, the company was warned in 2019.")
    assert src(an, "company was warned").type == "document"  # not Reuters


def test_a_poll_by_a_company_is_a_document_not_a_person():
    an = run("According to a poll by Gallup, support fell to 40%.")
    assert src(an, "support fell").type == "document"


def test_a_tweet_is_a_social_post():
    an = run("A tweet from the embassy said the ambassador had been recalled.")
    assert src(an, "ambassador had been recalled").type == "social_post"


def test_a_verb_after_a_fronted_according_to_phrase_is_no_report():
    an = run("According to court filings, the company was warned in 2019.")
    assert not any(a.message.text.startswith("According to") for a in an.attributions)


# anonymous sources (english_unnamed, english_per)


def test_no_affiliation_from_what_the_source_knows_about():
    an = run("The deal is off, two people with direct knowledge of the talks told Reuters.")
    s = src(an, "deal is off")
    assert s.type == "anonymous"
    assert s.count == 2
    assert s.affiliation is None
    an = run("The plan has been shelved, officials who spoke on condition of anonymity said.")
    assert src(an, "plan has been shelved").affiliation is None


def test_people_close_to_someone_is_an_open_count():
    an = run("People close to the president said he was furious.")
    s = src(an, "he was furious")
    assert s.type == "anonymous"
    assert s.count is None


def test_a_growing_number_of_officials_is_an_anonymous_group():
    an = run("A growing number of officials believe the strategy cannot work.")
    assert src(an, "strategy cannot work").type == "anonymous"


def test_nationals_with_a_plural_people_noun_are_an_anonymous_group():
    an = run("Ukrainian commanders, for their part, say they lack ammunition.")
    s = src(an, "lack ammunition")
    assert s.type == "anonymous"
    assert s.affiliation == "Ukrainian"


def test_a_military_officer_is_an_anonymous_person():
    an = run("A high-ranking military officer said the plan had been approved.")
    s = src(an, "plan had been approved")
    assert s.type == "anonymous"
    assert s.count == 1


def test_per_names_a_source():
    an = run("The offensive has stalled, per two U.S. officials.")
    a = find(an, "offensive has stalled")
    assert a.mode == "according_to"
    assert an.source_by_id(a.source).type == "anonymous"
    an = run("The company earned $5 per share, the report said.")
    assert not any(a.cue and a.cue.text == "per" for a in an.attributions)


def test_he_after_an_anonymous_speaker_is_not_the_person_in_the_message():
    an = run("A senior official said President Joe Biden was angry about the leak. He said the White House would act.")
    s = src(an, "White House would act")
    assert s.type == "anonymous"


def test_privately_acknowledge_is_a_report():
    an = run("Officials privately acknowledge the offensive has stalled.")
    assert src(an, "offensive has stalled").type == "anonymous"


# cited sources (english_wire.citing_events)


def test_fronted_citing_nests_the_officials_in_the_report():
    an = run("Citing two U.S. officials, Politico reported that the Pentagon was running low on shells.")
    chains = [an.chain(a) for a in an.attributions]
    assert any(c[-2:] == ["Politico", "two U.S. officials"] for c in chains)


def test_according_to_an_outlet_which_cited_officials():
    an = run("According to Politico, which cited two U.S. officials, the Pentagon was running low on shells.")
    a = find(an, "Pentagon was running low")
    assert "cited" not in a.message.text
    assert any(an.chain(x)[-1] == "two U.S. officials" for x in an.attributions)


def test_reported_misread_as_an_adjective_after_an_outlet():
    an = run("The Pentagon is running low on shells, the Wall Street Journal reported, citing unnamed officials.")
    assert src(an, "running low on shells").type in ("media", "anonymous")
    assert len(an.attributions) == 2


# types and names (english_unnamed, english_pronouns)


def test_a_one_word_name_quoting_itself_in_the_first_person_is_a_person():
    an = run('"I\'m not going anywhere," Biden told reporters.')
    assert src(an, "not going anywhere").type == "person"


def test_ukraine_air_force_is_an_organisation_and_moscow_the_government():
    an = run("Ukraine's air force said it shot down 20 drones overnight.")
    assert src(an, "shot down 20 drones").type == "organization"
    an = run("Moscow's claim that the drones were Ukrainian was rejected.")
    assert mention(an, "drones were Ukrainian") == "Moscow's"
    assert src(an, "drones were Ukrainian").type == "organization"


def test_a_trump_adviser_is_anonymous_and_the_trump_campaign_an_organisation():
    an = run("A Trump adviser said the rally would go ahead.")
    s = src(an, "rally would go ahead")
    assert (s.type, s.affiliation, s.count) == ("anonymous", "Trump", 1)
    an = run("The Trump campaign said the rally would go ahead.")
    s = src(an, "rally would go ahead")
    assert s.type == "organization"
    assert s.name == "Trump campaign"


def test_a_quoted_name_is_not_who_he_is():
    an = run('A senior official criticised the plan. "Joe Biden is wrong about this," he said.')
    assert src(an, "wrong about this").type == "anonymous"


def test_a_quoted_label_after_an_apposition():
    an = run('Jane Roe, the group\'s director, called the decision "a disgrace".')
    assert src(an, "a disgrace").name == "Jane Roe"


def test_a_lone_surname_with_a_surname_ending_is_a_person():
    an = run('"We will respond," Kovalenko said.')
    assert src(an, "We will respond").type == "person"


def test_unnamed_people_words_are_anonymous():
    for words in ("Firefighters", "A medic", "An adviser", "Palestinians", "Allies of the president"):
        an = run(f"{words} said the situation was getting worse.")
        assert src(an, "situation was getting worse").type == "anonymous", words
