"""Round 19 (English): minutes as a finding document, "Chambers of Commerce" as one organisation name."""

from __future__ import annotations

from .helpers import find, run_en


def test_the_minutes_show_a_finding():
    an = run_en("Two members of the committee voted for a rise, the minutes showed.")
    a = find(an, "voted for a rise")
    assert a.cue.text == "showed" and an.source_by_id(a.source).type == "document"


def test_chambers_of_commerce_is_one_organisation():
    an = run_en("The British Chambers of Commerce said firms were struggling with high borrowing costs.")
    src = an.source_by_id(find(an, "firms were struggling").source)
    assert src.name == "British Chambers of Commerce" and src.type == "organization"


def test_an_organisation_name_goes_on_over_words_the_tagger_left_out():
    an = run_en("According to the Institute for the Study of War, Russian forces made marginal gains.")
    assert an.source_by_id(find(an, "marginal gains").source).name == "Institute for the Study of War"


def test_police_read_as_a_verb_before_a_reporting_verb_is_the_speaker():
    an = run_en("Counter-terrorism officers are supporting the investigation, but police stressed there was no "
                "wider threat.")
    src = an.source_by_id(find(an, "no wider threat").source)
    assert (src.name or src.description or "").lower() == "police"


def test_a_narrator_as_clause_ends_the_message():
    an = run_en("Ukraine's air force said on Sunday it had shot down 20 drones, as Moscow's forces pressed their "
                "offensive in the east. The minister said prices rose, as expected.")
    assert find(an, "20 drones").message.text == "it had shot down 20 drones"
    assert find(an, "prices rose").message.text == "prices rose, as expected"


def test_a_plural_people_word_read_as_a_name_before_its_reporting_verb():
    an = run_en("Critics argue it will fail. Critics, however, argue the plan is too expensive.")
    assert an.source_by_id(find(an, "it will fail").source).type == "anonymous"
    assert find(an, "too expensive").cue.text == "argue"


def test_it_is_understood_without_that_and_an_adverb_after_the_subject():
    an = run_en("It is understood the talks collapsed on Friday. Scientists now think the virus jumped from bats.")
    assert find(an, "talks collapsed").source is None
    assert find(an, "virus jumped").source_mention.text == "Scientists"
