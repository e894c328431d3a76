"""English wire-style constructions (Reuters/AP/BBC style), sentences written here: anonymous
sourcing, appositions with roles, "told X", "according to" at the end, impersonal "It is understood"."""

from __future__ import annotations

import pytest

from reportedly.language.english import fix_tags

from .helpers import find
from .helpers import run as _run


def run(body: str, title: str = "Markets wrap"):
    return _run(body, title)


def src(an, needle: str):
    return an.source_by_id(find(an, needle).source)


def test_according_to_at_the_end_keeps_the_modifier_in_the_source():
    an = run("The company is preparing to cut 2,000 jobs, according to people familiar with the matter.")
    a = find(an, "cut 2,000 jobs")
    assert a.message.text == "The company is preparing to cut 2,000 jobs" and not a.message_parts
    assert a.source_mention.text == "people familiar with the matter" and src(an, "2,000").type == "anonymous"


def test_according_to_by_phrase_resolves_the_head():
    an = run("The bank is expected to cut rates, according to economists polled by Reuters.")
    s = src(an, "cut rates")
    assert s.type == "anonymous" and find(an, "cut rates").source_mention.text == "economists polled by Reuters"


def test_inverted_anonymous_with_who_clause():
    an = run("The deal could collapse, said one official, who asked not to be named because the talks are private.")
    a = find(an, "deal could collapse")
    assert a.message.text == "The deal could collapse" and a.source_mention.text == "one official"
    assert an.source_by_id(a.source).type == "anonymous"
    assert len(an.attributions) == 1


def test_speaking_on_condition_is_not_a_second_message_piece():
    an = run("The talks will last several days, a European Union official said, speaking on condition of anonymity.")
    a = find(an, "several days")
    assert a.message.text == "The talks will last several days" and not a.message_parts


def test_modifiers_between_subject_and_said_join_the_source():
    an = run(
        "Sources close to the prime minister said the reshuffle would come later. "
        "Two people briefed on the talks said the offer had been rejected."
    )
    assert find(an, "reshuffle").source_mention.text == "Sources close to the prime minister"
    assert find(an, "offer had been").source_mention.text == "Two people briefed on the talks"
    assert src(an, "offer had been").type == "anonymous" and src(an, "offer had been").count == 2


def test_told_addressee_is_not_in_the_message():
    an = run(
        "Three sources told Reuters the company had hired advisers. "
        "The governor told CNN on Sunday that she would run."
    )
    assert find(an, "hired advisers").message.text == "the company had hired advisers"
    assert find(an, "would run").message.text == "she would run"


def test_apposition_is_the_role_of_a_named_person():
    an = run("Mark Smith, a spokesman for the Department of Energy, said the plant was safe.")
    s = src(an, "plant was safe")
    assert s.name == "Mark Smith" and s.type == "person" and s.role == "spokesman for the Department of Energy"
    an = run('"The data are clear," said Anna Berg, a professor at the University of Leeds.')
    s = src(an, "data are clear")
    assert s.name == "Anna Berg" and s.role == "professor at the University of Leeds"


def test_quote_then_name_with_apposition():
    an = run('"Our air defence worked well," Mykola Example, the air force commander, wrote on Telegram.')
    a = find(an, "air defence")
    assert a.mode == "direct" and a.source_mention.text == "Mykola Example"
    assert an.source_by_id(a.source).name == "Mykola Example"


def test_title_and_role_before_a_name_is_a_person():
    an = run("Kremlin spokesman Dmitry Example told reporters that Moscow was open to talks.")
    s = src(an, "open to talks")
    assert s.type == "person" and s.name == "Dmitry Example" and "spokesman" in s.role


def test_who_clause_inside_the_subject():
    an = run('Jones, who chairs the committee, said the report was "deeply troubling".')
    a = find(an, "report was")
    assert a.source_mention.text == "Jones"


def test_journalist_question_is_no_attribution():
    an = run('Asked whether she would resign, Truss said she was "a fighter, not a quitter".')
    assert len(an.attributions) == 1
    assert an.attributions[0].message.text.startswith("she was")


def test_citing_is_cut_from_the_message():
    an = run("The newspaper said the minister had resigned, citing two government sources.")
    assert find(an, "resigned").message.text == "the minister had resigned"


def test_possessive_speaker_before_said_at_the_end():
    an = run("The plan will be debated in parliament next week, her office said in a statement on Tuesday.")
    a = find(an, "debated")
    assert a.source_mention.text == "her office" and a.message.text.startswith("The plan will be debated")


def test_possessive_country_is_an_affiliation_not_a_person():
    an = run("Russia's defence ministry said its forces had struck military targets.")
    s = src(an, "military targets")
    assert s.type == "organization" and s.name is None


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("The minister vowed that the plant would stay open.", "vowed"),
        ("The company revealed that profits had doubled.", "revealed"),
        ("The group argues that the tax is unfair.", "argues"),
        ("The president signalled that he would veto the bill.", "signalled"),
        ("The company announced on Monday that it would close three plants.", "announced"),
        ("The BBC understands that the vote could be delayed.", "understands"),
    ],
)
def test_reporting_verbs_with_a_that_clause(sentence, cue):
    an = run(sentence)
    assert len(an.attributions) == 1 and an.attributions[0].cue.text == cue


def test_impersonal_it_is_understood_has_no_source():
    an = run('Anna Roe said the talks went well. "We are close," she said. It is understood that the Treasury is wary.')
    a = find(an, "Treasury is wary")
    assert a.source is None and a.cue.text == "understood"


def test_colon_quote_over_several_sentences_is_one_direct_attribution():
    an = run('She said: "We have listened to residents. We have made changes. We will not stand still."')
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert a.mode == "direct" and a.message.text.endswith("We will not stand still.")


def test_organisation_names_with_of_and_for():
    an = run("According to the Office for National Statistics, house prices rose 3% last year.")
    s = src(an, "house prices")
    assert s.name == "Office for National Statistics" and s.type == "organization"
    an = run("The Financial Conduct Authority said it did not comment on individual firms.")
    assert src(an, "individual firms").type == "organization"


def test_person_of_organisation_is_the_person():
    an = run("John Doe of Example Securities said the sale would hurt earnings.")
    s = src(an, "hurt earnings")
    assert s.name == "John Doe" and s.type == "person"


def test_english_people_nouns_are_anonymous():
    an = run('"It is the right time to sell," said one investor. Investors fear the tariffs will hurt growth.')
    assert src(an, "right time").type == "anonymous"
    assert src(an, "tariffs").type == "anonymous"


def test_definite_role_does_not_take_a_person_with_another_role():
    an = run(
        '"It is a shambles," said Tom Example, the party\'s housing spokesman. '
        "The minister has insisted that the plan will create 10,000 homes."
    )
    s = src(an, "10,000 homes")
    assert s.name != "Tom Example"


def test_tag_rules_for_possessives_and_past_forms():
    tags = ["AT0", "NN1", "AJ0", "PRP", "NP0"]
    fix_tags(["The", "company", "announced", "on", "Monday"], tags)
    assert tags[2] == "VVD"
    tags = ["PUN", "CJC", "NN1"]
    fix_tags([",", "her", "office"], tags)
    assert tags[1] == "DPS"
    tags = ["AT0", "AJ0", "NN1"]
    fix_tags(["the", "alleged", "attack"], tags)
    assert tags[1] == "AJ0"


def test_quoted_as_saying_takes_the_object():
    an = run("The outlet quoted an unnamed official as saying the plan was dead.")
    a = find(an, "plan was dead")
    assert a.source_mention.text == "an unnamed official" and an.source_by_id(a.source).type == "anonymous"


def test_citing_parenthesis_before_the_that_clause():
    an = run("Politico reported, citing two US officials, that the Pentagon had run out of shells.")
    a = find(an, "run out of shells")
    assert a.message.text == "the Pentagon had run out of shells" and an.source_by_id(a.source).type == "media"


def test_pointed_out_that():
    an = run("The minister pointed out that unemployment had fallen.")
    assert find(an, "unemployment").cue.text == "pointed"


def test_reports_after_a_preposition_name_no_speaker():
    an = run("Stocks fell amid reports that the bank would raise rates.")
    a = find(an, "raise rates")
    assert a.source is None and a.source_mention is None


@pytest.mark.parametrize(
    "sentence, cue, mode",
    [
        ("The minister reportedly offered to resign.", "reportedly", "according_to"),
        ("The president is said to be furious.", "said", "indirect"),
        ("Two people are believed to have died in the fire.", "believed", "indirect"),
    ],
)
def test_hearsay_has_no_source_and_leaves_out_the_cue(sentence, cue, mode):
    an = run('Jane Roe said the talks had failed. "It is over," she said. ' + sentence)
    a = an.attributions[-1]
    assert a.cue.text == cue and a.mode == mode and a.source is None
    assert len(a.message_parts) == 2 and all(cue not in p.text for p in a.message_parts)


def test_one_of_the_officials_after_a_quote():
    an = run('"We just do not have the visibility," said one of the officials, who was granted anonymity.')
    a = find(an, "visibility")
    assert a.mode == "direct" and a.source_mention.text == "one of the officials"
    assert an.source_by_id(a.source).type == "anonymous" and len(an.attributions) == 1


def test_parenthesis_between_cue_and_that_clause():
    an = run("Russian officials have claimed, without evidence, that Western weapons are being sold abroad.")
    a = find(an, "Western weapons")
    assert a.message.text == "Western weapons are being sold abroad" and an.source_by_id(a.source).type == "anonymous"


def test_coordinated_groups_and_worry_that():
    an = run("Some U.S. officials and outside experts worry that weapons could end up on the black market.")
    a = find(an, "black market")
    assert a.cue.text == "worry" and a.source_mention.text == "Some U.S. officials and outside experts"
    assert an.source_by_id(a.source).type == "anonymous"


@pytest.mark.parametrize(
    "sentence, mention, message",
    [
        ("As Biden said on Tuesday, the US will not back down.", "Biden", "the US will not back down"),
        ("The plan was approved last year, as reported by the Financial Times.", "the Financial Times",
         "The plan was approved last year"),
        ("The plan was approved last year, as the Financial Times reported.", "the Financial Times",
         "The plan was approved last year"),
        ("As the minister has repeatedly said, the door remains open.", "the minister", "the door remains open"),
    ],
)
def test_as_x_said_is_according_to(sentence, mention, message):
    an = run(sentence)
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert a.mode == "according_to" and a.source_mention.text == mention and a.message.text == message
