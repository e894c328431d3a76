"""English news constructions, round 10: source types the shared typing leaves open (lone names,
unnamed people and groups, organisations, titled people). Sentences written here, not taken from any
evaluation set."""

from __future__ import annotations

from .helpers import find
from .helpers import mention_of as mention
from .helpers import run_en as run
from .helpers import source_of as src

# source types ("english_types")


def test_lone_name_is_a_person():
    an = run('Smith said the plan was dead.\n\n"It\'s over. We lost."')
    assert src(an, "plan was dead").type == "person"
    assert src(an, "We lost").name == "Smith"


def test_unnamed_people_are_anonymous():
    an = run('"It was terrifying," one woman told AFP.')
    assert src(an, "terrifying").type == "anonymous"


def test_building_name_is_an_institution():
    an = run("In a statement, Downing Street said the prime minister had spoken to the president.")
    s = src(an, "had spoken")
    assert s.name == "Downing Street" and s.type == "organization"


def test_subject_with_a_who_clause_stops_at_the_cue():
    an = run("A woman who lives nearby said she heard screams. Those who survived said the attack lasted hours.")
    assert mention(an, "heard screams") == "A woman who lives nearby"
    assert mention(an, "lasted hours") == "Those who survived"


def test_subject_before_told_is_no_addressee():
    an = run("A man in his 50s told the BBC he had lost his job.")
    assert mention(an, "lost his job") == "A man in his 50s"
    assert src(an, "lost his job").type == "anonymous"


def test_short_clause_after_told_reporters_with_a_misread_verb():
    an = run("The mother of one of the victims told reporters she wanted justice.")
    a = find(an, "wanted justice")
    assert a.message.text == "she wanted justice" and a.source_mention.text == "The mother of one of the victims"


def test_addressee_with_an_adjective():
    an = run("Residents of the town told local media the water was contaminated.")
    assert find(an, "contaminated").message.text == "the water was contaminated"


def test_passive_and_reduced_relative_name_no_speaker():
    an = run(
        "The minister was criticised for his handling of the crisis. The plan, announced in March, would cut "
        "taxes. The agreement was announced after months of talks."
    )
    assert an.attributions == []


def test_groups_and_partitives_are_anonymous():
    an = run("Mourners said the victims were well-liked. One of the men said he had been beaten.")
    assert src(an, "well-liked").type == "anonymous"
    assert src(an, "been beaten").type == "anonymous"


def test_asked_question_before_a_colon_quote():
    an = run("Asked if he would resign, Tom Smith replied: “Absolutely not.”")
    a = find(an, "Absolutely not")
    assert a.mode == "direct" and a.source_mention.text == "Tom Smith"
    assert not any(x.message.text.startswith("Asked") for x in an.attributions)


def test_quotation_after_longer_narration_is_the_last_speakers():
    an = run(
        '"We lost everything," said Maria Lopez, a farmer.\n\n'
        "The river burst its banks on Sunday night.\n\n"
        "Water reached the first floor of many houses.\n\n"
        '"We had no warning at all."'
    )
    assert src(an, "no warning at all").name == "Maria Lopez"


def test_post_carried_by_a_participle_is_one_report():
    an = run('Jane Roe posted a video on Instagram saying she was "heartbroken".')
    assert [a.cue.text for a in an.attributions] == ["saying"]
    assert mention(an, "heartbroken") == "Jane Roe"


def test_there_were_reports_names_no_one():
    an = run("There were reports that the president had left the country.")
    a = find(an, "left the country")
    assert a.source is None and a.source_mention is None


def test_title_word_opening_the_sentence():
    an = run('Health Secretary Victoria Atkins described the announcement as "deeply disappointing".')
    a = find(an, "deeply disappointing")
    assert a.source_mention.text == "Health Secretary Victoria Atkins" and src(an, "deeply").name == "Victoria Atkins"


def test_second_report_after_and_is_its_own_event():
    an = run(
        'She said the government had made a "fair and reasonable" offer and urged the union to call off the action.'
    )
    assert find(an, "reasonable").message.text == 'the government had made a "fair and reasonable" offer'
    assert find(an, "call off the action").cue.text == "urged"


def test_list_of_names_before_an_apposition():
    an = run(
        "Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the union's committee, said ministers had "
        "refused to make a credible offer."
    )
    assert "Laurenson" in mention(an, "credible offer")


def test_titled_name_after_a_role():
    an = run(
        "NHS England's national medical director, Professor Sir Stephen Powis, warned that the strike would "
        "cause disruption."
    )
    s = src(an, "cause disruption")
    assert s.type == "person" and s.name == "Stephen Powis"


def test_spokesperson_of_a_name_with_and():
    an = run('A Department of Health and Social Care spokesperson said: "Strikes are not the answer."')
    a = find(an, "Strikes are not")
    assert a.source_mention.text == "A Department of Health and Social Care spokesperson"
    assert src(an, "Strikes are not").type == "anonymous"


def test_surname_like_a_place_stays_a_person():
    an = run('"I\'ve lived here all my life," said Margaret Hill, 71.')
    assert src(an, "all my life").type == "person"


def test_plural_people_without_determiner_are_anonymous():
    an = run("On Monday, flood victims said the government had forgotten them.")
    assert src(an, "forgotten them").type == "anonymous"


def test_according_to_tail_is_cut_from_the_other_message():
    an = run(
        "The administration has told Congress it is moving ahead with the sale, according to three "
        "congressional aides."
    )
    told = next(a for a in an.attributions if a.cue and a.cue.text == "told")
    assert told.message.text == "it is moving ahead with the sale"


def test_told_clause_before_a_comma():
    an = run(
        "Transport Secretary Mark Harper told the BBC he believed many drivers would accept it, adding that talks "
        "would go on."
    )
    told = next(a for a in an.attributions if a.cue and a.cue.text == "told")
    assert told.message.text.startswith("he believed many drivers would accept it")


def test_pronoun_right_before_the_cue_is_its_subject():
    an = run("Mark Harper told the BBC he believed many drivers would accept it.")
    believed = next(a for a in an.attributions if a.cue and a.cue.text == "believed")
    assert believed.source_mention.text == "he" and src(an, "drivers would accept").name == "Mark Harper"


def test_organisation_role_and_name():
    an = run("Aslef general secretary Mick Whelan said members had not had a pay rise for five years.")
    s = src(an, "pay rise")
    assert s.name == "Mick Whelan" and s.type == "person"


def test_long_name_with_a_relative_apposition_and_acronym():
    an = run(
        'The Rail Delivery Group (RDG), which represents the train operators, said the strike was "unnecessary".'
    )
    a = find(an, "unnecessary")
    assert a.message.text == 'the strike was "unnecessary"'
    assert src(an, "unnecessary").type == "organization"


def test_party_and_company_names_are_organisations():
    an = run(
        'Network Rail said services would be limited on strike days. Labour said the government had "failed".'
    )
    assert src(an, "services would be limited").type == "organization"
    assert src(an, "failed").type == "organization"


def test_document_reads_its_quotation():
    an = run('The statement read: "We are deeply saddened."')
    a = find(an, "deeply saddened")
    assert a.mode == "direct" and a.source_mention.text == "The statement"


def test_report_inside_an_opening_subordinate_clause():
    an = run("Although the company said profits would rise, analysts remain sceptical.")
    assert find(an, "profits would rise").message.text == "profits would rise"


def test_conditional_clause_around_a_parenthetical_cue():
    an = run("If the talks fail, the minister said, the country will hold new elections.")
    a = find(an, "new elections")
    assert [p.text for p in a.message_parts] == ["If the talks fail", "the country will hold new elections"]


def test_complement_without_that_before_a_comma():
    an = run("While the government insists the plan will work, critics say it is flawed.")
    assert find(an, "the plan will work").message.text == "the plan will work"
    assert mention(an, "it is flawed") == "critics"


def test_calling_tail_is_cut():
    an = run('The ministry said the kingdom would cut output, calling it a "precautionary measure".')
    assert find(an, "cut output").message.text == "the kingdom would cut output"


def test_which_said_after_an_organisation():
    an = run(
        "The fire started in the kitchen, according to the fire service, which said crews were still at the scene."
    )
    assert find(an, "The fire started").message.text == "The fire started in the kitchen"
    assert mention(an, "crews were still") == "the fire service"
    assert src(an, "crews were still").type == "organization"


def test_dashes_around_a_fronted_message_and_a_relative_report():
    an = run("The strikes will continue — and may get worse — union leaders warned.")
    a = find(an, "strikes will continue")
    assert a.message.text == "The strikes will continue — and may get worse"
    assert a.source_mention.text == "union leaders"
    an = run("Tom Smith — who has denied any wrongdoing — said he would fight the charges.")
    assert find(an, "any wrongdoing").message.text == "any wrongdoing"


def test_expressed_hope_that():
    an = run("The minister expressed hope that a deal could be reached. Officials raised concerns that it could fail.")
    a = find(an, "deal could be reached")
    assert a.cue.text == "expressed" and a.source_mention.text == "The minister"
    assert find(an, "it could fail").cue.text == "raised"


def test_set_phrases_report_nothing():
    an = run(
        "Having said that, the risks are real. It goes without saying that safety comes first. The said "
        "property was sold in 2019. The film tells the story of a family in crisis. Time will tell whether "
        "the plan works."
    )
    assert an.attributions == []


def test_as_clause_with_another_report_is_cut():
    an = run(
        "Rishi Sunak has insisted his Rwanda plan will work, as a group of Conservative MPs warned they could "
        "vote against the legislation."
    )
    assert find(an, "plan will work").message.text == "his Rwanda plan will work"
    assert mention(an, "vote against") == "a group of Conservative MPs"


def test_title_words_the_tagger_reads_as_verbs():
    an = run('Labour leader Keir Starmer described the plan as "a gimmick". Downing Street sources said it would pass.')
    assert src(an, "a gimmick").name == "Keir Starmer"
    assert mention(an, "it would pass") == "Downing Street sources"


def test_apposition_before_has_said():
    an = run("The UN refugee agency, the UNHCR, has said the plan is incompatible with international law.")
    assert mention(an, "incompatible") == "The UN refugee agency"


def test_party_and_role_without_a_name_is_anonymous():
    an = run("One senior Tory MP, speaking on condition of anonymity, told the BBC that up to 40 MPs could rebel.")
    s = src(an, "could rebel")
    assert s.type == "anonymous" and s.name is None


def test_possessive_family_and_lone_one_are_anonymous():
    an = run(
        'In a statement released through police, Ms Ahmed\'s family said she was "a loving mother".\n\n'
        'One neighbour was shocked. One, who did not want to be named, said: "It was horrible."'
    )
    s = src(an, "a loving mother")
    assert s.type == "anonymous" and s.name is None
    assert src(an, "It was horrible").type == "anonymous"


def test_lone_name_with_it_is_an_organisation():
    an = run("Apple said in a statement that it was reviewing the case.")
    assert src(an, "reviewing the case").type == "organization"


def test_infinitive_cue_takes_the_opening_subject():
    an = run("The minister went on to say that the company would appeal. Smith went on to say that it was over.")
    assert mention(an, "would appeal") == "The minister"
    assert mention(an, "it was over") == "Smith"


def test_when_asked_is_the_reporters_question():
    an = run('When asked if he would resign, Tom Smith replied: "No, I will not."')
    assert [a.cue.text for a in an.attributions] == ["replied"]
    assert find(an, "I will not").mode == "direct"


def test_speaker_inside_a_subordinate_clause():
    an = run('Example Motors shares fell 12% after chief executive Jane Roe warned that growth would be "lower".')
    assert src(an, "growth would be").name == "Jane Roe"


def test_abbreviated_titles_and_party_state():
    an = run(
        "Pentagon spokesman Maj. Gen. Pat Ryder said the ship was hit. Rep. Jim Jordan, R-Ohio, told "
        "reporters the investigation would continue."
    )
    s = src(an, "ship was hit")
    assert s.type == "person" and s.name == "Pat Ryder"
    assert src(an, "investigation would continue").name == "Jim Jordan"


def test_name_before_an_unnamed_spokesman_and_news_agency():
    an = run(
        "The Kremlin said the talks were useful. A Kremlin spokesman said they would continue. Russia's TASS "
        "news agency reported that the talks had stalled."
    )
    s = src(an, "they would continue")
    assert s.type == "anonymous" and s.name is None
    assert src(an, "talks had stalled").name == "TASS"


def test_tag_repairs_are_undone_after_the_engine():
    from reportedly.analysis.attribution import english_clauses as EC

    class Doc:
        def __init__(self, toks):
            self.tokens = toks

    class Tok:
        def __init__(self, text, pos, tag):
            self.text, self.pos, self.tag, self.morph, self.ent = text, pos, tag, "", "O"

    toks = [Tok("Smith's", "NOUN", "NN2"), Tok("office", "VERB", "VVB"), Tok("said", "VERB", "VVD"), Tok(".", "", "")]
    EC.retag(Doc(toks), 0, len(toks))
    assert toks[1].pos == "NOUN"
    EC.restore(toks)
    assert (toks[1].pos, toks[1].tag) == ("VERB", "VVB")


def test_unnamed_spokesman_of_a_named_body_after_the_body_spoke():
    an = run(
        "The Pentagon said the strike was successful. A Pentagon spokesman said more strikes were possible. "
        "The State Department said it was concerned. A State Department spokesperson said the US would act. "
        "Israel's military said it struck 20 targets. An Israeli military official said it would go on."
    )
    for needle in ("more strikes were possible", "the US would act", "it would go on"):
        s = src(an, needle)
        assert s.type == "anonymous" and s.name is None, needle
    assert mention(an, "it would go on") == "An Israeli military official"


def test_feature_attributions_without_a_reporting_verb():
    an = run(
        'As one resident put it: "We have been forgotten." As Tom Smith puts it, the system is broken. In the '
        "words of one campaigner, the plan is a betrayal."
    )
    assert find(an, "been forgotten").source_mention.text == "one resident"
    a = find(an, "system is broken")
    assert a.mode == "according_to" and a.source_mention.text == "Tom Smith"
    assert find(an, "a betrayal").source_mention.text == "one campaigner"


def test_possessor_of_a_verdict_speaks():
    an = run(
        'Jane Roe said she was unimpressed. Her verdict: "It\'s a disaster." Tom Smith\'s view is that the plan '
        "will fail."
    )
    assert src(an, "a disaster").name == "Jane Roe"
    a = find(an, "plan will fail")
    assert a.cue.text == "view" and src(an, "plan will fail").name == "Tom Smith"


def test_anonymous_sourcing_in_a_political_report():
    an = run(
        "The plan, which has not been previously reported, was discussed last week, according to three people "
        'briefed on the talks. One official described the mood as "grim". Another said the president was '
        '"furious". Some in the administration believe the strategy has failed.'
    )
    assert not any(a.cue and a.cue.text == "reported" for a in an.attributions)
    assert src(an, "grim").type == "anonymous" and mention(an, "grim") == "One official"
    assert src(an, "furious").type == "anonymous"
    assert mention(an, "strategy has failed") == "Some in the administration"
    assert src(an, "strategy has failed").type == "anonymous"


def test_nationality_before_a_single_office_is_no_name():
    an = run(
        "Former President Donald Trump said the trial was rigged. The Republican frontrunner added that he would "
        "appeal."
    )
    s = src(an, "would appeal")
    assert s.type == "person" and s.name is None


def test_negated_say_with_a_question_reports_nothing():
    an = run(
        "The ministry did not say how many people were killed. Officials wouldn't say when the flights would "
        "resume. Police could not say what caused the crash."
    )
    assert an.attributions == []


def test_institution_head_nouns_speak():
    an = run(
        "The hospital said the patient was stable. The club said in a statement that the manager had left. "
        "The league said it was investigating."
    )
    assert mention(an, "patient was stable") == "The hospital"
    for needle in ("patient was stable", "manager had left", "it was investigating"):
        assert src(an, needle).type == "organization", needle
