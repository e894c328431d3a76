"""English news constructions, round 10 (sentences written here, Reuters/AP/BBC/Guardian style): tag
repairs around reporting verbs, conjoined and fronted-adjunct subjects, commitments and appeals,
stances and thoughts, "it said", manner-of-speaking verbs, headline credits, quotations over several
paragraphs, and source types the shared typing leaves open."""

from __future__ import annotations

from .helpers import find
from .helpers import mention_of as mention
from .helpers import run as _run
from .helpers import run_en as run
from .helpers import source_of as src

# tag repairs ("english_clauses.retag")


def test_possessive_office_is_the_speaker():
    an = run("Smith's office said the senator was recovering in hospital. Her office said he was fine.")
    assert mention(an, "recovering in hospital") == "Smith's office"
    assert src(an, "recovering in hospital").type == "organization"
    assert mention(an, "he was fine") is not None


def test_possessive_office_after_a_fronted_message():
    an = run("The plan was dead, Netanyahu's office said on Monday.")
    a = find(an, "The plan was dead")
    assert a.message.text == "The plan was dead" and a.source_mention.text == "Netanyahu's office"


def test_people_noun_read_as_verb_or_adjective():
    an = run(
        "Officials familiar with the investigation said the suspect had acted alone. "
        "A relative of the victim said she had been threatened."
    )
    assert mention(an, "acted alone") == "Officials familiar with the investigation"
    assert src(an, "acted alone").type == "anonymous"
    assert src(an, "been threatened").type == "anonymous"


# subjects


def test_conjoined_cue_shares_the_opening_subject():
    an = run(
        "Jane Roe, a spokeswoman for the company, declined to comment on the report but said the firm "
        '"takes these allegations seriously".'
    )
    assert src(an, "takes these allegations").name == "Jane Roe"


def test_second_report_after_but_is_cut_from_the_first_message():
    an = run(
        'The minister said the government was "working around the clock" to resolve the crisis, but added '
        'that "there are no easy answers".'
    )
    assert find(an, "working around").message.text.endswith("to resolve the crisis")
    assert mention(an, "no easy answers") == "The minister"


def test_contrast_clause_is_cut_from_the_message():
    an = run('The union said the plan was "a shambles", while the opposition called it "a disgrace".')
    assert find(an, "shambles").message.text == 'the plan was "a shambles"'


def test_quoted_as_saying_keeps_a_role_subject():
    an = run("The president was quoted as saying that the war would end soon.")
    assert mention(an, "the war would end soon") == "The president"


def test_fronted_adjunct_is_no_message():
    an = run(
        "In a statement, the family said:\n\n“We are devastated by the loss of our son.”"
    )
    a = find(an, "We are devastated")
    assert a.mode == "direct" and a.source_mention.text == "the family"
    assert not any(x.message.text == "In a statement" for x in an.attributions)


def test_name_after_a_long_role_is_the_speaker():
    an = run(
        "The head of the International Atomic Energy Agency, Rafael Grossi, said on Thursday the situation "
        "was volatile."
    )
    s = src(an, "situation was volatile")
    assert s.name == "Rafael Grossi" and s.type == "person"


def test_opening_and_trailing_it():
    an = run("The central bank raised rates on Wednesday. It said inflation remained too high.")
    assert mention(an, "inflation remained") == "It" and src(an, "inflation remained").type == "organization"
    an = run("Inflation remained too high, it said.")
    a = find(an, "Inflation remained too high")
    assert a.message.text == "Inflation remained too high" and a.source_mention.text == "it"


def test_participle_after_a_document_is_no_second_report():
    an = run(
        "The ministry said in a statement posted on its official Telegram channel that two soldiers had been killed."
    )
    assert [a.cue.text for a in an.attributions] == ["said"]


# commitments, appeals, stances and thoughts ("english_clauses.intention_event")


def test_commitments_and_appeals():
    an = run(
        "The president vowed to rebuild the city. The minister called for an immediate ceasefire. "
        "The group has called on the government to release the prisoners. Protesters demanded the "
        "resignation of the minister. The charity appealed for urgent donations."
    )
    assert find(an, "rebuild the city").message.text == "rebuild the city"
    assert mention(an, "rebuild the city") == "The president"
    assert find(an, "immediate ceasefire").message.text == "an immediate ceasefire"
    assert mention(an, "release the prisoners") == "The group"
    assert mention(an, "resignation of the minister") == "Protesters"
    assert find(an, "donations").cue.text == "appealed"


def test_called_on_needs_an_infinitive():
    an = run("The army called on the village at dawn.")
    assert an.attributions == []


def test_stance_adjectives_and_made_clear():
    an = run(
        "The minister is confident that the deal will pass. Officials are optimistic that a deal can be "
        "reached. The government has made it clear it will not negotiate."
    )
    assert mention(an, "the deal will pass") == "The minister"
    assert find(an, "the deal will pass").cue.text == "confident"
    assert src(an, "a deal can be reached").type == "anonymous"
    assert find(an, "it will not negotiate").cue.text == "clear"


def test_thought_verbs_without_that():
    an = run("Officials hope the talks will resume. Analysts doubt the central bank will cut rates.")
    assert mention(an, "talks will resume") == "Officials"
    assert mention(an, "cut rates") == "Analysts"


def test_that_clause_after_allege():
    an = run("Prosecutors allege that Smith stole $2m.")
    assert mention(an, "stole $2m") == "Prosecutors"


# quotations ("english_quotes")


def test_manner_of_speaking_after_a_quotation():
    an = run('"We won!" she shouted.')
    a = find(an, "We won!")
    assert a.mode == "direct" and a.cue.text == "shouted" and a.source_mention.text == "she"


def test_quotation_over_several_paragraphs_is_one_attribution_per_paragraph():
    an = run(
        '"We did everything we could," Jane Roe said.\n\n"But in the end it was not enough.\n\n'
        '"Nobody could have stopped it."'
    )
    texts = [a.message.text for a in an.attributions]
    assert "But in the end it was not enough." in texts and "Nobody could have stopped it." in texts
    assert all('"' not in t for t in texts)
    assert src(an, "Nobody could").name == "Jane Roe"


def test_headline_credited_by_colon():
    body = "Ukrainian President Volodymyr Zelensky spoke on Monday."
    an = _run(body, "Zelensky: Ukraine will never give up Crimea")
    a = find(an, "never give up Crimea")
    assert a.mode == "according_to" and a.source_mention.text == "Zelensky"


def test_headline_topic_label_is_no_source():
    an = _run("Ukrainian President Volodymyr Zelensky spoke on Monday.", "Ukraine: What happens next")
    assert an.attributions == []


def test_headline_quotation_before_a_colon():
    an = _run("Ukrainian President Volodymyr Zelensky spoke on Monday.", "'We will win': Zelensky vows to fight on")
    a = find(an, "We will win")
    assert a.mode == "direct" and a.source_mention.text == "Zelensky"
    assert find(an, "fight on").cue.text == "vows"
