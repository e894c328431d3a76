"""Round 18 (English): quoted fragments that close after the sentence's period (American style)."""

from __future__ import annotations

from .helpers import find, run_en


def test_a_quoted_fragment_closing_after_the_period_stays_in_the_message():
    an = run_en('In a letter to congressional leaders, Austin wrote that further delays would "hand Putin '
                'a victory." The minister said the plan was “dead on arrival.”')
    a = find(an, "Putin")
    assert a.message.text == 'further delays would "hand Putin a victory."'
    assert a.mode == "mixed"
    assert find(an, "arrival").message.text == "the plan was “dead on arrival.”"


def test_an_urged_infinitive_keeps_its_object_before_the_quoted_fragment():
    an = run_en('President Volodymyr Zelensky, speaking at a news conference in Kyiv, urged allies not to '
                '"lose focus."')
    a = find(an, "focus")
    assert a.message.text == 'allies not to "lose focus."' and a.mode == "mixed"


def test_people_briefed_on_the_matter_said_in_mid_sentence():
    an = run_en("Apple has held talks to acquire the French start-up Mistral, people briefed on the matter said, "
                "in what would be the iPhone maker's largest deal in a decade.")
    a = find(an, "Mistral")
    assert a.source_mention.text == "people briefed on the matter"
    assert an.source_by_id(a.source).type == "anonymous"


def test_according_to_a_coordinated_count_of_employees():
    an = run_en("Executives at the company have grown frustrated with the slow progress of Siri, according to "
                "two current and one former employee.")
    a = find(an, "Siri")
    assert a.source_mention.text == "two current and one former employee" and a.mode == "according_to"


def test_more_english_speech_verbs():
    an = run_en("The minister boasted the economy was booming. Critics lamented nothing had changed. "
                "The mayor reiterated the plan would go ahead.")  # without "that" the verb list decides
    assert [a.cue.text for a in an.attributions] == ["boasted", "lamented", "reiterated"]


def test_unnamed_people_capitalised_at_the_sentence_start_are_anonymous():
    an = run_en("Paramedics said the situation was serious. Several MPs told reporters the plan was dead.")
    assert [an.source_by_id(a.source).type for a in an.attributions] == ["anonymous", "anonymous"]


def test_said_after_a_clause_whose_verb_the_tagger_read_as_a_participle():
    an = run_en("The alert began at 6 p.m., said David Marcus, an energy consultant.")
    a = find(an, "alert")
    assert a.message.text == "The alert began at 6 p.m." or a.message.text == "The alert began at 6 p.m"
    assert an.source_by_id(a.source).name == "David Marcus"


def test_a_head_of_a_list_is_the_whole_subject():
    an = run_en("A powerful alliance of chefs, celebrities and charities today urges Boris Johnson to block "
                "cheap food imports.")
    assert find(an, "imports").source_mention.text == "A powerful alliance of chefs, celebrities and charities"


def test_told_broadcasters_a_clause_with_a_quoted_fragment_then_but_warned():
    an = run_en('Finance minister Jeremy Hunt told broadcasters the figures showed "the plan is working", but '
                "warned that households were still feeling the pinch.")
    a = find(an, "figures")
    assert a.message.text == 'the figures showed "the plan is working"' and a.mode == "mixed"
    assert find(an, "pinch").cue.text == "warned"


def test_a_possessive_organisation_before_a_name_is_not_part_of_it():
    an = run_en("Opposition Labour Party's Rachel Reeves said families were worse off. Apple's Tim Cook said "
                "sales were strong.")
    assert [an.source_by_id(a.source).name for a in an.attributions] == ["Rachel Reeves", "Tim Cook"]


def test_a_company_engineer_and_claims_in_apposition():
    an = run_en("A Boeing engineer told U.S. senators on Wednesday that the planemaker had taken shortcuts in "
                "assembling its 787 Dreamliner, claims the company strongly denies.")
    assert [a.cue.text for a in an.attributions] == ["told"]
    a = an.attributions[0]
    assert a.message.text == "the planemaker had taken shortcuts in assembling its 787 Dreamliner"
    assert an.source_by_id(a.source).type == "anonymous"


def test_a_department_of_two_words_nhs_england_and_accused_read_as_an_adjective():
    an = run_en('The Department of Health and Social Care called the strike "disappointing". NHS England warned '
                "that appointments would be rescheduled. Patient groups urged both sides to return to the table, "
                'while the Liberal Democrats accused ministers of "sleepwalking into another winter crisis".')
    assert an.source_by_id(find(an, "strike").source).name == "Department of Health and Social Care"
    assert an.source_by_id(find(an, "appointments").source).type == "organization"
    assert find(an, "both sides").message.text == "both sides to return to the table"
    a = find(an, "sleepwalking")
    assert a.cue.text == "accused" and "Liberal Democrats" in a.source_mention.text


def test_it_is_the_company_that_opens_the_sentence_before():
    an = run_en("The union said the offer was an insult. The company did not respond to a request for comment. "
                "It has previously said its offer was fair and affordable.")
    assert an.source_by_id(find(an, "affordable").source).description == "The company"


def test_called_with_a_quote_told_is_never_inverted_and_an_apposition_after_a_name():
    an = run_en('"It\'s a paltry sum," said Chandni Raina, India\'s negotiator, in a fiery speech. Nigeria\'s '
                'delegate called the deal "an insult", while Panama\'s lead negotiator, Juan Carlos Monterrey Gomez, '
                'told reporters that developing nations had been "pushed into a corner". Greenpeace called it '
                '"a betrayal". The mayor called the police.')
    assert an.source_by_id(find(an, "paltry").source).name == "Chandni Raina"
    assert an.source_by_id(find(an, "an insult").source).type == "anonymous"
    assert an.source_by_id(find(an, "corner").source).name == "Juan Carlos Monterrey Gomez"
    assert an.source_by_id(find(an, "betrayal").source).name == "Greenpeace"
    assert not any(a.cue and a.cue.text == "called" and "police" in a.message.text for a in an.attributions)


def test_a_product_recall_and_the_united_states_are_no_cues():
    an = run_en("Tesla is recalling more than 2 million vehicles in the United States to fix a defective system "
                "that is supposed to ensure drivers pay attention, the regulator said on Wednesday.", title="Tesla "
                "recalls 2 million cars over Autopilot safety concerns")
    assert [a.cue.text for a in an.attributions] == ["said"]
