"""Session 33 (English, round 42: anonymous sources): "people familiar with the decision", "an ally of the
Chancellor", unnamed groups of politicians, advocates and bookmakers."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_people_familiar_with_a_decision_are_people_not_the_decision():
    an = run_en("Britain's competition regulator is poised to block the planned merger of mobile operators Tellis and "
                "Brightwave, people familiar with the decision said.")
    assert source_of(an, "competition regulator").type == "anonymous"


def test_an_ally_of_the_chancellor_is_the_unnamed_ally():
    an = run_en("Treasury officials are resisting, according to an ally of the Chancellor, who warned that investors "
                "would punish any further rise in borrowing.")
    src = source_of(an, "Treasury officials")
    assert src.type == "anonymous" and "ally" in src.description


def test_unnamed_groups_of_people_are_anonymous():
    an = run_en("Opposition politicians said the episode raised serious questions. Labor advocates said the cuts were "
                "the latest sign of trouble. Bookmakers said Ashby was the early favourite.")
    assert source_of(an, "serious questions").type == "anonymous"
    assert source_of(an, "latest sign").type == "anonymous"
    assert source_of(an, "early favourite").type == "anonymous"


def test_a_newspaper_word_read_as_an_adjective_before_the_papers_name():
    an = run_en("Scouts from two Bundesliga sides watched him in April, according to Portuguese newspaper Record.")
    src = source_of(an, "Scouts")
    assert src.type == "media" and src.name == "Record"


def test_dismissing_a_manager_is_no_report():
    an = run_en("Hartley Rovers have dismissed manager Dean Carver after a 3-0 home defeat. The club dismissed him on "
                "Sunday. The minister dismissed the report as nonsense.")
    assert [a.cue.text for a in an.attributions] == ["dismissed"]
    assert "report" in an.attributions[0].message.text


def test_a_post_on_x_opening_the_sentence_stays_the_post():
    an = run_en('In a post on X, Representative Dale Cutter, a Texas Republican, wrote: "No short-term deals. Fund the '
                'border or own the shutdown."')
    assert source_of(an, "short-term").type == "social_post"
