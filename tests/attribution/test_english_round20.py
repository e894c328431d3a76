"""Round 20 (English): an unnamed party member is an anonymous source, and keeps the party apart."""

from __future__ import annotations

from .helpers import find, run_en, source_of


def test_an_unnamed_party_member_is_anonymous():
    an = run_en("A senior Tory said the plan was doomed. One Republican told CNN the bill would fail.")
    assert source_of(an, "doomed").type == "anonymous"
    assert source_of(an, "bill would fail").type == "anonymous"


def test_the_party_is_not_the_anonymous_member_named_before():
    an = run_en("One Republican told CNN the bill would fail. The Republicans said the bill would pass.")
    assert source_of(an, "would pass").type == "organization"
    assert source_of(an, "would pass") is not source_of(an, "would fail")


def test_called_for_and_urged_report_what_they_ask_for():
    an = run_en("Prime Minister Keir Starmer called for calm. The governor, Andrew Bailey, urged caution.")
    assert find(an, "calm").message.text == "calm" and source_of(an, "calm").name == "Keir Starmer"
    assert find(an, "caution").message.text == "caution" and source_of(an, "caution").name == "Andrew Bailey"


def test_the_treasury_is_an_organisation():
    an = run_en("The Treasury has warned that borrowing will rise.")
    assert source_of(an, "borrowing").type == "organization"


def test_a_name_with_lower_case_particles_is_one_person():
    an = run_en("Ursula von der Leyen said Europe was united. Later, von der Leyen said the situation was serious.")
    first, second = source_of(an, "united"), source_of(an, "serious")
    assert first is second and first.name == "Ursula von der Leyen" and first.type == "person"


def test_told_an_outlet_then_a_lower_case_subject_and_denied_access():
    an = run_en("The head of the agency, Rafael Grossi, told the BBC inspectors had been denied access.")
    assert [a.message.text for a in an.attributions] == ["inspectors had been denied access"]


def test_a_passive_report_with_a_by_phrase_names_its_speaker():
    an = run_en("The claims were denied by the company. He was denied bail.")
    (a,) = an.attributions
    assert a.message.text == "The claims" and a.source_mention.text == "the company"
