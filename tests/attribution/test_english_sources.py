"""English source types, names and constructions (round 9), sentences written here: surnames after a
full name, organisations and outlets by their head noun, "told Reuters" addressees, datelines,
trailing participles, number phrases after "said", present-tense cues the tagger misreads."""

from __future__ import annotations

from .helpers import find
from .helpers import run as _run

LEAD = "The weather in the region was cold and wet on Monday morning, and traffic was heavy on the main roads."


def run(body: str):
    return _run(f"{LEAD}\n\n{body}", "World news in brief")


def src(an, needle: str):
    a = find(an, needle)
    return an.source_by_id(a.source) if a.source else None


def test_surname_after_full_name_is_a_person():
    an = run('Secretary of State Antony Blinken arrived in Kyiv on Monday. "We will respond," Blinken told reporters.')
    s = src(an, "We will respond")
    assert s.type == "person" and s.name == "Antony Blinken"  # s7: the full name given before


def test_sentence_initial_surname_after_full_name():
    an = run("Elon Musk bought the company in 2022. Musk wrote on X that the deal was dead.")
    s = src(an, "the deal was dead")
    assert s.type == "person"


def test_title_of_department_is_no_part_of_the_name():
    an = run("Secretary of State Antony Blinken said the United States would respond.")
    assert src(an, "would respond").name == "Antony Blinken"


def test_building_name_is_no_surname():
    an = run("In a statement, Downing Street said the prime minister had spoken to the president.")
    assert src(an, "had spoken").type != "person"


def test_organisation_and_outlet_head_nouns():
    an = run(
        "The military said the soldier was killed by a roadside bomb. State television said the president had "
        "won. Aid groups say the situation is dire. Russian state media reported that the drone was shot down. "
        "Israel's military said it struck 20 targets overnight."
    )
    assert src(an, "roadside bomb").type == "organization"
    assert src(an, "president had won").type == "media"
    assert src(an, "situation is dire").type == "organization"
    assert src(an, "drone was shot down").type == "media"
    assert src(an, "struck 20 targets").type == "organization"


def test_known_organisation_names():
    an = run("Hamas said in a statement that the attack was a response. The United Nations said aid was running out.")
    assert src(an, "was a response").type == "organization"
    assert src(an, "aid was running out").type == "organization"


def test_the_addressee_of_told_is_no_speaker():
    an = run('"The talks have failed," one official told Reuters. "We are done," the official told CNN.')
    s = src(an, "talks have failed")
    assert s.type == "anonymous" and find(an, "talks have failed").source_mention.text == "one official"
    assert src(an, "We are done").type == "anonymous"


def test_dateline_is_no_part_of_the_message():
    an = run(
        "WASHINGTON (Reuters) - The United States will impose new sanctions on Iran, a senior administration "
        "official said on Tuesday."
    )
    a = find(an, "new sanctions")
    assert a.message.text == "The United States will impose new sanctions on Iran"
    assert an.source_by_id(a.source).type == "anonymous"


def test_trailing_participle_is_an_event_of_its_own():
    an = run("The mayor said the town would get new funding, adding that more would follow.")
    assert find(an, "new funding").message.text == "the town would get new funding"
    assert find(an, "more would follow").message.text == "more would follow"


def test_number_phrase_after_said():
    an = run("Officials said at least 12 people were killed. The ministry said more than 40 were injured.")
    assert find(an, "12 people").message.text == "at least 12 people were killed"
    assert find(an, "40 were").message.text == "more than 40 were injured"


def test_court_rulings_and_misread_writes():
    an = run("The court ruled that the law was unconstitutional. She wrote in a letter that the funds were missing.")
    assert src(an, "unconstitutional").type == "organization"
    assert src(an, "funds were missing").type == "person"


def test_present_tense_cues():
    an = run('"We thought it would be easy," she recalls. Smith explains: "The market is changing fast."')
    assert find(an, "would be easy").cue.text == "recalls"
    assert find(an, "market is changing").cue.text == "explains"


def test_inverted_with_role_before_the_name():
    an = run('"The results are striking," said lead author Jane Roe of the University of Sussex.')
    assert src(an, "results are striking").name == "Jane Roe"


def test_backshifted_sentence_continues_indirect_speech():
    an = run("The company said it would cut 500 jobs. The cuts would mostly affect its factories in Ohio.")
    a = find(an, "factories in Ohio")
    assert a.cue is None and an.source_by_id(a.source).type == "organization"


def test_backshift_needs_reported_speech_before():
    an = run("The storm hit the coast on Monday. It would be the strongest storm in a decade.")
    assert not any("strongest storm" in a.message.text for a in an.attributions)


def test_citing_sources_nest_inside_the_report():
    an = run("The bank will cut 2,000 jobs, Reuters reported, citing two sources.")
    outer, inner = [a for a in an.attributions if "2,000 jobs" in a.message.text]
    assert an.source_by_id(outer.source).type == "media"
    assert an.source_by_id(inner.source).type == "anonymous" and inner.parent == outer.id
    assert inner.source_mention.text == "two sources"


def test_citing_a_reason_is_no_source():
    an = run("The company cut its forecast for the year, citing weak demand in China.")
    assert not any(a.cue and a.cue.text == "citing" for a in an.attributions)


def test_short_clause_after_told_addressee():
    an = run("An eyewitness told Reuters the building collapsed.")
    a = find(an, "building collapsed")
    assert a.message.text == "the building collapsed" and an.source_by_id(a.source).type == "anonymous"


def test_misread_reporting_verb_before_colon_or_after_quote():
    an = run(
        'The minister wrote: "The government will cut taxes." "We have no choice," explained Jane Roe. '
        'Officials wrote on Facebook: "The bridge is closed."'
    )
    assert src(an, "cut taxes").type == "person"
    assert src(an, "no choice").name == "Jane Roe"
    assert src(an, "bridge is closed").type == "anonymous"


def test_those_familiar_with_the_matter():
    an = run("Those familiar with the matter said the sale was off.")
    a = find(an, "sale was off")
    assert a.source_mention.text == "Those familiar with the matter"
    assert an.source_by_id(a.source).type == "anonymous"


def test_surname_after_honorific_and_adverb_before_the_cue():
    an = run("Mr Smith runs a bakery in the town. Smith has long argued that the rules are flawed.")
    assert src(an, "rules are flawed").type == "person"


def test_dash_headline_quote():
    an = _run(f"{LEAD}\n\nThe president spoke on Monday.", "Ukraine war: 'We will win' - Zelensky")
    a = find(an, "We will win")
    assert a.mode == "direct" and a.source_mention.text == "Zelensky"


def test_definite_role_needs_a_matching_title_nearby():
    an = run(
        "The minister arrived in Kyiv on Monday for talks with President Volodymyr Zelensky. "
        '"We stand with Ukraine," the minister told reporters.'
    )
    assert src(an, "stand with Ukraine").name is None
    an = run("Housing Minister Tom Example visited the site. The minister said the homes would be ready by June.")
    assert src(an, "ready by June").name == "Tom Example"


def test_age_refers_back_to_the_person_just_named():
    an = run("Tom Example visited the site on Monday. The 48-year-old said the homes would be ready by June.")
    assert src(an, "ready by June").name == "Tom Example"


def test_first_quotation_takes_the_person_just_named():
    an = run(
        "Jane Roe has run a bakery in the town for 20 years. Her costs have doubled since January.\n\n"
        '"We cannot go on like this. Something has to change."'
    )
    assert src(an, "cannot go on").name == "Jane Roe"


def test_colon_after_a_clause_about_the_speaker():
    an = run('The minister was defiant: "We will not resign." He put it bluntly: "It was a mistake."')
    assert src(an, "will not resign").type == "person"
    assert find(an, "was a mistake").source_mention.text == "He"


def test_quote_then_name_with_who_clause_and_addressee():
    an = run('"It was a mistake," Jane Roe, who led the company from 2010 to 2020, told the BBC on Monday.')
    a = find(an, "was a mistake")
    assert a.message.text == "It was a mistake" and an.source_by_id(a.source).name == "Jane Roe"
    assert not any("BBC" in x.message.text for x in an.attributions)


def test_quantifiers_and_experts_are_anonymous():
    an = run("Some say the policy has failed. One expert said the rules were too strict.")
    assert src(an, "policy has failed").type == "anonymous"
    assert src(an, "too strict").type == "anonymous"


def test_feature_story_sources():
    an = run(
        "Workers at the Example Motors plant in Sheffield say they feel betrayed by the closure.\n\n"
        "The carmaker said on Tuesday that production would move to Spain.\n\n"
        'Union leaders described the decision as "a hammer blow" for the region.\n\n'
        "A spokeswoman for Example Motors said the decision had not been taken lightly. The company would "
        "support staff through the transition, she added.\n\n"
        'Local MP Sarah Green said she would raise the issue. "This is a disaster," she told the BBC. '
        "Ms Green said ministers had been warned about the risks months ago."
    )
    a = find(an, "feel betrayed")
    assert a.source_mention.text == "Workers at the Example Motors plant in Sheffield"
    assert an.source_by_id(a.source).type == "anonymous"
    assert src(an, "move to Spain").type == "organization"
    assert src(an, "hammer blow").type == "anonymous"
    assert src(an, "support staff").type == "anonymous"  # "she": the spokeswoman, not "Example Motors"
    assert src(an, "raise the issue").name == "Sarah Green"
    assert not any(x.message.text.startswith("about the risks") for x in an.attributions)
