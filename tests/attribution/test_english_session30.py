"""Session 30 (English, round 40): UK and Australian copy (police forces named after two places, outlets the
registry lacked, a lobby spokesman's "he"), names the tagger broke ("Donnelly" as an adverb), business wires."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_a_capitalised_ly_word_after_a_name_is_a_surname():
    an = run_en("Housing Minister Clare Donnelly said the delay was needed to ensure the money went to projects.")
    assert source_of(an, "delay was").name == "Clare Donnelly"


def test_a_police_force_named_after_two_places_is_one_body():
    an = run_en("About 300 people had attended, Avon and Somerset Police said.")
    src = source_of(an, "300 people")
    assert (src.name, src.type) == ("Avon and Somerset Police", "organization")


def test_an_outlet_named_chronicle_stays_media_despite_government():
    an = run_en("According to the Local Government Chronicle, officials have already drawn up plans.")
    assert source_of(an, "drawn up").type == "media"


def test_he_after_an_unnamed_spokesman_is_that_spokesman():
    an = run_en("The Prime Minister's official spokesman told reporters that the council had ignored warnings. "
                '"Taxpayers should not pay," he said.')
    assert source_of(an, "Taxpayers").type == "anonymous"


def test_a_long_opening_phrase_with_a_participle_is_skipped():
    an = run_en("In a victim impact statement read to the court, Margaret Hale, whose father lost almost £40,000, "
                "said the family had been left devastated.")
    assert source_of(an, "devastated").name == "Margaret Hale"


def test_she_is_the_woman_named_in_a_sentence_without_a_report():
    an = run_en('Jake Mercer said it was unfair. Mercer\'s remarks drew a rebuke from Senator Ruth Calloway. '
                '"Companies don\'t get to pick which laws apply to them," she said in a statement.')
    assert source_of(an, "Companies don").name == "Ruth Calloway"


def test_a_name_in_a_speakers_own_sentence_is_no_antecedent():
    an = run_en('"This is long overdue," said Amira Haddad, director of the campaign group Safe Screens. She said '
                "her organisation had documented hundreds of cases.")
    assert source_of(an, "documented").name == "Amira Haddad"


def test_two_titles_joined_by_and_are_one_person():
    an = run_en("But co-founder and Chief Executive Priya Raman, in an interview with Bloomberg Television last week, "
                "said demand had surprised the company.")
    assert source_of(an, "demand had").name == "Priya Raman"


def test_a_name_before_a_common_noun_names_no_speaker():
    an = run_en("One executive at a U.S. server maker, who requested anonymity, said his company had delayed "
                "deliveries.")
    assert source_of(an, "delayed").type == "anonymous"


def test_according_to_before_an_and_clause_tells_only_its_own_clause():
    an = run_en("Two large consumer brands have paused advertising on Orbis in recent weeks, according to media "
                "buyers, and the company warned last month that revenue could fall.")
    according = next(a for a in an.attributions if a.cue.text == "according")
    assert "warned" not in according.message.text
    assert an.source_by_id(according.source).type == "anonymous"


def test_the_based_chipmaker_is_the_company_opening_the_sentence():
    an = run_en("Corvane Semiconductor shares fell 9% on Tuesday after the Austin-based chipmaker said tight supplies "
                "would cap sales.")
    assert source_of(an, "tight supplies").name == "Corvane Semiconductor"


def test_an_age_epithet_is_not_a_name_inside_the_last_speakers_report():
    an = run_en('Adler, speaking to CNBC, said Ridgeline had held early conversations with Tessary Chief Executive '
                'Karen Holt. "We are not here to pick a fight," the 61-year-old investor said.')
    assert source_of(an, "pick a fight").name == "Adler"


def test_the_official_is_the_unnamed_official_who_spoke_last():
    an = run_en("Linda Ferraro, who lives across the road, said she heard two loud pops.\n\nA police official who was "
                "not authorized to speak publicly said investigators recovered a handgun. Ballistics tests were "
                "pending, the official said.")
    assert source_of(an, "Ballistics").type == "anonymous"


def test_a_name_that_said_it_is_an_organisation():
    an = run_en("Athletics Kenya said it was disappointed by the ruling.")
    assert source_of(an, "disappointed").type == "organization"


def test_a_name_after_the_opening_the_is_an_organisation():
    an = run_en("The DP World Tour said the safety of players came first.")
    assert source_of(an, "safety").type == "organization"


def test_a_single_word_never_after_a_first_name_is_an_organisation():
    an = run_en("Ukrenergo said repair crews were working to restore power. Emergency schedules would remain, "
                "Ukrenergo added.")
    assert source_of(an, "repair crews").type == "organization"


def test_a_person_whose_fronted_report_opens_with_it_stays_a_person():
    an = run_en("Scotland's Callum McAllister carded a 64 on Thursday. McAllister made seven birdies. It was still a "
                "long way to Sunday, McAllister said.")
    assert source_of(an, "long way").type == "person"


def test_a_named_mp_who_said_it_stays_a_person():
    an = run_en("Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said it showed that "
                "precarious employment was common.")
    assert source_of(an, "it showed").type == "person"


def test_a_titled_surname_who_said_it_stays_a_person():
    an = run_en("Mr. Cueto told the board it could see the scorecard.")
    assert source_of(an, "scorecard").type == "person"


def test_a_possessed_paper_with_a_counted_modifier_is_a_document():
    an = run_en("The tribunal's 42-page decision said the contract was void.")
    a = next(a for a in an.attributions if "contract" in a.message.text)
    assert a.source_mention.text == "The tribunal's 42-page decision"
    assert an.source_by_id(a.source).type == "document"


def test_a_long_unnamed_subject_before_a_who_clause_speaks():
    an = run_en("A senior official at one of the state's largest utilities, who spoke on condition of anonymity, said "
                "several gas-fired plants were running below capacity.")
    assert source_of(an, "gas-fired").type == "anonymous"


def test_a_trade_epithet_is_the_person_just_named():
    an = run_en('"It\'s like living inside an oven," said Maria Delgado, 71, who was waiting at a bus stop. The '
                "retired hotel housekeeper said her air conditioner had stopped working.")
    assert source_of(an, "air conditioner").name == "Maria Delgado"


def test_a_described_apposition_names_the_speaker():
    an = run_en("Her neighbor, retired electrician Bill Sandoval, said he had stayed to hose down his roof.")
    assert source_of(an, "hose down").name == "Bill Sandoval"
