"""English news constructions, round 11 (sentences written here): "he"/"she" for a person named since
the last speaker (by surname too, gender checked), what a statement "read" after a quotation, reports
after their message ("…, the union claims."), headline verbs the tagger reads as nouns ("Trump claims
election was rigged"), plural present verbs ("Experts warn …"), directives ("told staff to …"), more
that-clause verbs, "as"-clauses that frame a statement ("As Smith told the BBC, …"), participles
("…, warning that …"), second speakers in a message, findings with no that-clause ("The survey found
40% of adults had no savings"), colon owners and tag repairs ("A 45-year-old man said")."""

from __future__ import annotations

from .helpers import find
from .helpers import mention_of as mention
from .helpers import run as _run
from .helpers import run_en as run
from .helpers import source_of as src

# pronouns (english_pronouns.speaker_for)


def test_pronoun_is_the_person_named_since_the_last_speaker():
    an = run(
        '"We will not give up," said Jane Roe, a spokeswoman for the company. The firm was bought by '
        "Tom Example in 1990. He said the plant would reopen next year."
    )
    assert src(an, "plant would reopen").name == "Tom Example"


def test_pronoun_reaches_a_surname_named_alone():
    an = run(
        "Tom Example met Jane Roe on Friday. A spokesman for the council said the road would stay closed. "
        "Roe has run the company since 2010. She said the deal was good."
    )
    assert src(an, "deal was good").name in ("Roe", "Jane Roe")


def test_pronoun_skips_a_newly_named_person_of_the_other_gender():
    an = run("Jane Roe said the talks had failed. Mr Sample, her deputy, was absent. She said she was angry.")
    assert src(an, "she was angry").name == "Jane Roe"


def test_pronoun_after_a_speaker_of_the_other_gender_goes_back_to_one_that_agrees():
    an = run(
        "Tom Example, the chief executive, said sales had fallen. "
        '"We are worried," said Jane Roe, a spokeswoman for the company. He said the plant would reopen.'
    )
    assert src(an, "plant would reopen").name == "Tom Example"


def test_pronoun_reaches_a_known_person_named_in_the_possessive():
    an = run(
        'Jane Roe asked whether the plan was legal. Tom Example said it was. Jane Roe\'s answer was blunt. '
        'She said: "It is not."'
    )
    assert src(an, "It is not").name == "Jane Roe"


def test_pronoun_without_any_earlier_person_does_not_crash():
    an = run("He said the bridge would reopen on Monday.")
    assert find(an, "bridge would reopen").source is not None


def test_pronoun_keeps_the_speaker_when_no_one_was_named_since():
    an = run("Jane Roe said the plan was dead. She added that she would not resign.")
    assert src(an, "would not resign").name == "Jane Roe"


# a document that "reads" after a quotation (english_quotes.document_reads)


def test_statement_read_after_a_quotation():
    an = run('"Our hearts go out to the families," the statement read.')
    a = find(an, "Our hearts go out")
    assert a.cue.text == "read" and a.source_mention.text == "the statement"
    an = run('"This is a dark day," read a statement from the club.')
    assert find(an, "dark day").cue.text == "read"


def test_read_after_a_quotation_without_a_document_is_no_cue():
    an = run('"Slowly," she read the letter again.')
    assert not any(a.cue is not None and a.cue.text == "read" for a in an.attributions)


# reports after their message (english_fronted.fronted)


def test_noun_tagged_verb_after_the_message():
    an = run("The move would cost 3,000 jobs, the union claims.")
    a = find(an, "cost 3,000 jobs")
    assert a.cue.text == "claims" and a.source_mention.text == "the union"
    an = run("The move would cost 3,000 jobs, Tom Example argues.")
    assert mention(an, "cost 3,000 jobs") == "Tom Example"


def test_list_of_nouns_is_no_fronted_report():
    an = run("He paid the bills, the taxes and the claims.")
    assert an.attributions == []


# headline verbs (english_fronted.clause_verb)


def test_headline_verb_tagged_as_a_noun():
    an = _run(
        "Donald Trump was in Florida on Monday for talks with local officials and donors.",
        "Trump claims election was rigged",
    )
    a = find(an, "election was rigged")
    assert a.cue.text == "claims" and a.source_mention.text == "Trump"
    an = _run("The announcement came on Monday.", "Minister admits mistakes were made")
    assert find(an, "mistakes were made").cue.text == "admits"


def test_noun_claims_before_a_verb_is_no_report():
    an = _run("The announcement came on Monday.", "Insurance claims rose 5% in March")
    assert not any("rose" in a.message.text for a in an.attributions)


# plural present verbs (english_fronted.plural_present)


def test_plural_present_reporting_verbs():
    an = run("Experts warn sea levels are rising. Critics claim that the plan will fail.")
    assert mention(an, "sea levels are rising") == "Experts"
    assert mention(an, "plan will fail") == "Critics"


def test_plural_present_verb_without_a_clause_is_no_report():
    an = run("The rules warn drivers about speed.")
    assert an.attributions == []


# directives (english_stances.intention_event)


def test_told_someone_to_do_something():
    an = run("The minister told the industry to cut prices. Doctors advised patients to stay at home.")
    a = find(an, "cut prices")
    assert a.cue.text == "told" and a.message.text == "the industry to cut prices"
    assert mention(an, "stay at home") == "Doctors"


def test_told_a_story_to_someone_and_passive_told_are_no_directives():
    an = run("She told the story to children. He was told to leave the building.")
    assert an.attributions == []


# more verbs before a that-clause (english_wire.THAT_ONLY_EN)


def test_more_that_clause_verbs():
    an = run("Tom Example lamented that the town had lost its bank. Jane Roe retorted that it never had one.")
    assert src(an, "lost its bank").name == "Tom Example"
    assert src(an, "never had one").name == "Jane Roe"


# "as"-clauses (english_fronted.as_clause)


def test_as_clause_frames_the_statement():
    an = run("As Jane Roe told the BBC last week, the system is broken.")
    a = find(an, "system is broken")
    assert a.message.text == "the system is broken" and a.source_mention.text == "Jane Roe"
    an = run("The system is broken, as Jane Roe pointed out last week.")
    assert find(an, "system is broken").message.text == "The system is broken"


def test_as_clause_with_its_own_clause_or_no_report():
    an = run("As police said they were searching the house, neighbours gathered outside.")
    assert find(an, "searching the house").message.text == "they were searching the house"
    an = run("As the minister spoke, protesters shouted outside the building.")
    assert an.attributions == []


def test_parenthetical_noun_tagged_verb():
    an = run("The plan, the union claims, will cost 3,000 jobs.")
    assert find(an, "cost 3,000 jobs").cue.text == "claims"


def test_headline_urges_someone_to():
    an = run("Tom Example urges voters to back the plan.")
    a = find(an, "back the plan")
    assert a.cue.text == "urges" and a.source_mention.text == "Tom Example"


# tag repairs (english_clauses.repair, english.main_subject)


def test_age_and_hyphenated_heads_of_unnamed_speakers():
    an = run("A 45-year-old man said the street had been quiet.")
    assert mention(an, "street had been quiet") == "A 45-year-old man"
    assert src(an, "street had been quiet").type == "anonymous"
    an = run("A passer-by said the road had been closed.")
    assert mention(an, "road had been closed") == "A passer-by"


def test_ly_adjective_before_the_head():
    an = run("The elderly woman told reporters she was scared.")
    assert mention(an, "she was scared") == "The elderly woman"


# participles after a comma (english_fronted.participle_event)


def test_participle_reports_the_subjects_words():
    an = run("Tom Example hit back on Monday, claiming the vote had been rigged.")
    a = find(an, "vote had been rigged")
    assert a.cue.text == "claiming" and a.source_mention.text == "Tom Example"
    an = run("The company cut 500 jobs, arguing that demand had collapsed.")
    assert mention(an, "demand had collapsed") == "The company"
    an = run("Jane Roe left the court, telling reporters she would appeal.")
    assert find(an, "she would appeal").message.text == "she would appeal"


def test_participle_without_a_clause_is_no_report():
    an = run("She sat down, writing notes in the margin. Protesters marched on, chanting slogans.")
    assert an.attributions == []


# a second speaker in the message (english_bounds.second_speaker_end), "said another"


def test_second_speaker_is_cut_from_the_first_message():
    an = run("Tom Example said the plan would work and Jane Roe said it would fail.")
    assert find(an, "plan would work").message.text == "the plan would work"
    assert src(an, "it would fail").name == "Jane Roe"
    an = run("The union says 3,000 jobs are at risk; the company says the figure is 1,000.")
    assert find(an, "jobs are at risk").message.text == "3,000 jobs are at risk"


def test_said_another():
    an = run('"I\'m not sure," said one shopper. "It\'s too early to say," said another.')
    a = find(an, "too early to say")
    assert a.source_mention.text == "another" and src(an, "too early to say").type == "anonymous"


# findings with no that-clause (english_fronted.finding_event)


def test_finding_with_a_clause_of_its_own():
    an = run("The survey, published on Monday, found 40% of adults had no savings.")
    a = find(an, "no savings")
    assert a.message.text == "40% of adults had no savings" and a.source_mention.text == "The survey"
    assert src(an, "no savings").type == "document"
    an = run("Data published on Tuesday showed inflation fell to 3%. Satellite images show the base was damaged.")
    assert mention(an, "inflation fell") == "Data"
    assert src(an, "base was damaged").type == "document"


def test_finding_after_its_message():
    an = run("Britain's economy contracted unexpectedly in October, official data showed on Friday.")
    a = find(an, "contracted unexpectedly")
    assert a.message.text == "Britain's economy contracted unexpectedly in October"
    assert a.source_mention.text == "official data"
    an = run("Prices rose by 4% in March, the ONS figures show.")
    assert mention(an, "Prices rose") == "the ONS figures"


def test_finding_with_an_object():
    an = run("The study found a link between air pollution and dementia.")
    a = find(an, "air pollution")
    assert a.message.text == "a link between air pollution and dementia" and a.source_mention.text == "The study"
    an = run("In its report, the watchdog found the bank had broken the rules.")
    assert mention(an, "broken the rules") == "the watchdog"


def test_found_without_a_finding_subject_or_object_is_no_report():
    an = run("Police found the body of a man in the river. The report found its way to the minister.")
    assert an.attributions == []


# smaller additions: a headline credit with no person, "fear"/"report", colon owners


def test_headline_credit_by_an_unnamed_speaker():
    an = _run("The news came on Monday after weeks of talks.", "Police: Man arrested after stabbing in city centre")
    a = find(an, "Man arrested")
    assert a.mode == "according_to" and a.source_mention.text == "Police"


def test_plural_fear_tagged_as_adjective_and_report():
    an = run("Experts fear new variant could spread. Some users report that their accounts were locked.")
    assert mention(an, "variant could spread") == "Experts"
    assert mention(an, "accounts were locked") == "Some users"
    an = run("An Amnesty report that was published on Monday was long.")
    assert an.attributions == []


def test_colon_statement_from_someone_and_put_it():
    an = run('The message from the union was clear: "We will strike on Monday."')
    assert mention(an, "We will strike") == "the union"
    an = run('Tom Example put it simply: "We lost the vote and we lost the argument."')
    assert mention(an, "We lost the vote") == "Tom Example"
