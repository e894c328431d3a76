"""Session 29 (English, round 39): unnamed nationals, councillors and frontbenchers named before, bodies named with
another head ("the regulator", "the force"), papers that show, names the tagger broke ("National", "Without")."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_a_nationality_before_a_people_noun_is_an_unnamed_person():
    an = run_en("A Sudanese national told reporters he had been beaten. A Yemeni fisherman said boats had sunk.")
    assert source_of(an, "been beaten").type == "anonymous"
    assert source_of(an, "boats had").type == "anonymous"


def test_the_party_councillor_is_the_councillor_named_before():
    an = run_en("Cllr Andrew Pryce said the council would review the permit. The Conservative councillor added that "
                "safety had to come first.")
    assert source_of(an, "safety had").name == "Andrew Pryce"


def test_the_party_frontbencher_is_the_person_just_named():
    an = run_en('The shadow home secretary, Tom Ashworth, said the memo showed that ministers had lost control. '
                '"They have been hiding the true cost," the Conservative frontbencher said.')
    assert source_of(an, "hiding the true").name == "Tom Ashworth"


def test_the_based_regulator_is_the_authority_named_before():
    an = run_en("The Dutch Authority for Consumers and Markets opened an inquiry. The Amsterdam-based regulator said "
                "it would publish its findings in spring.")
    assert source_of(an, "publish its").name == "Dutch Authority for Consumers and Markets"


def test_the_office_is_the_office_named_before_with_its_of_part():
    an = run_en("The Office of the Director of National Intelligence released the assessment on Monday. The office "
                "said the threat was growing.")
    assert source_of(an, "threat was").name == "Office of the Director of National Intelligence"


def test_the_force_is_the_police_named_before():
    an = run_en("Scotland Yard has opened a criminal investigation into the payments, the force confirmed on Monday.")
    assert source_of(an, "criminal investigation").name == "Scotland Yard"


def test_forms_and_agreements_that_say_are_documents():
    an = run_en("Disclosure forms filed with the Office of Government Ethics show that Thane held shares. The plea "
                "agreement, filed Tuesday in federal court, says the aide will admit to the charges.")
    assert source_of(an, "Thane held").type == "document"
    assert source_of(an, "aide will").type == "document"


def test_said_on_x_names_no_speaker():
    an = run_en("The state Senate president, Karen Whitlock, said on X that Arcuri should give up his chairmanship.")
    assert source_of(an, "Arcuri should").name == "Karen Whitlock"


def test_one_ally_and_a_whip_are_unnamed():
    an = run_en('One Labour whip, speaking anonymously, said the party would wait. "She was not bluffing," one ally '
                'said.')
    assert source_of(an, "party would").type == "anonymous"
    assert source_of(an, "not bluffing").type == "anonymous"


def test_national_opens_a_name_and_a_jury_is_a_body():
    an = run_en("The National Elections Jury (JNE) said the process could take several weeks. The National Unity "
                "Government wrote that the bombing showed disregard for human life.")
    jury = source_of(an, "process could")
    assert (jury.name, jury.type) == ("National Elections Jury", "organization")
    assert source_of(an, "bombing showed").name == "National Unity Government"


def test_doctors_without_borders_is_one_body():
    an = run_en("Shelling of a camp killed at least 43 civilians, the medical charity Doctors Without Borders said.")
    src = source_of(an, "Shelling of")
    assert (src.name, src.type) == ("Doctors Without Borders", "organization")


def test_a_body_noun_read_as_a_verb_keeps_the_body_the_speaker():
    an = run_en("The U.N. human rights office in Geneva said it had received credible reports. The newspaper El "
                "Comercio reported that her lawyers were preparing challenges.")
    assert source_of(an, "received credible").name != "Geneva"
    assert source_of(an, "lawyers were").type == "media"


def test_an_observation_mission_is_a_body_and_a_candidate_unnamed():
    an = run_en("The European Union's election observation mission said the vote had been calm. Madagascar's main "
                "opposition candidate said on Monday that the results had been falsified.")
    assert source_of(an, "vote had").type == "organization"
    assert source_of(an, "results had").type == "anonymous"


def test_an_outlet_name_opening_a_body_name_is_no_outlet():
    an = run_en("The Independent Retailers Council, which represents convenience stores, said the pharmacy model had "
                "failed.")
    src = source_of(an, "pharmacy model")
    assert (src.name, src.type) == ("Independent Retailers Council", "organization")


def test_reviewers_of_an_agency_are_unnamed_and_news_names_an_outlet():
    an = run_en("FDA reviewers wrote that seven trial participants developed signs of liver injury. STAT News "
                "reported on Monday that the company had been asked for more data. Veridian Diagnostics said it was "
                "proud to support the NHS.")
    assert source_of(an, "seven trial").type == "anonymous"
    assert source_of(an, "company had").type == "media"
    assert source_of(an, "proud to").type == "organization"


def test_a_survey_published_in_a_journal_has_found():
    an = run_en("Almost one in four students has tried an e-cigarette, a national survey published in the Medical "
                "Journal of Australia has found.")
    assert source_of(an, "one in four").type == "document"


def test_a_coach_with_a_particle_name_in_apposition():
    an = run_en('Her coach, Pieter de Wit, told reporters the problem had first flared up. "We thought it was under '
                'control," the Dutchman said.')
    assert source_of(an, "problem had").name == "Pieter de Wit"
    assert source_of(an, "under control").name == "Pieter de Wit"


def test_reported_a_clause_without_that_after_citing():
    an = run_en("The Daily Telegraph, citing an ECB official, reported England were considering a call-up. The paper "
                "reported the attack on Monday.")
    assert source_of(an, "England were").type == "media"


def test_said_in_a_memo_to_clubs_last_week_and_on_sunday_evening():
    an = run_en("The NFL said in a memo to clubs last week the salary cap would rise. Betis said on Sunday evening no "
                "agreement had been reached.")
    assert [a.message.text for a in an.attributions] == ["the salary cap would rise",
                                                         "no agreement had been reached"]


def test_a_captain_read_as_a_verb_before_a_name():
    an = run_en("Former England captain Graham Wells, speaking on BBC Test Match Special, said the selectors had to "
                "look hard.")
    assert source_of(an, "selectors had").name == "Graham Wells"


def test_told_an_outlet_however_and_a_decision_that_said():
    an = run_en("Two sources within the Haas team told Motorsport.com, however, the crew had been using the new "
                "system. The stewards' decision, published three hours later, said Haas had released Quiroga unsafely.")
    assert source_of(an, "crew had").type == "anonymous"
    assert source_of(an, "Haas had").type == "document"


def test_a_team_principal_is_a_person_and_espn_an_outlet():
    an = run_en('Alpine team principal Laurent Dufresne praised the composure. "This podium is a reward," Dufresne '
                "said. The Denver Broncos have agreed a contract with Caleb Dawson, ESPN reported on Thursday.")
    assert source_of(an, "podium").type == "person"
    assert source_of(an, "Broncos").type == "media"


def test_she_after_an_aged_nationality_with_a_relative_clause():
    an = run_en("World No 6 Lena Varga has withdrawn from the Madrid Open, tournament organisers announced on "
                'Wednesday. The 23-year-old Hungarian, who reached the final last year, addressed her fans on '
                'Instagram. "I am heartbroken," she wrote.')
    assert source_of(an, "heartbroken").name == "Lena Varga"


def test_a_party_and_state_label_and_a_senate_title_after_a_quote():
    an = run_en('"We are very close," Senate Majority Leader Tom Harlan, R-Iowa, told reporters. Senate Minority '
                "Leader Patricia Olmos, D-N.M., said her caucus would look carefully at the text.")
    assert source_of(an, "very close").name == "Tom Harlan"
    assert source_of(an, "her caucus").name == "Patricia Olmos"


def test_one_of_the_policymakers_is_unnamed():
    an = run_en('"The data has given us the comfort we were waiting for," one of the policymakers said.')
    assert source_of(an, "comfort").type == "anonymous"


def test_according_to_unnamed_people_after_a_report_tells_the_whole_clause():
    an = run_en("Privately, some state legislators are grumbling that they might have been able to save Mark Walker, "
                "according to people who have spoken with lawmakers.")
    outer = next(a for a in an.attributions if a.cue.text == "according")
    inner = next(a for a in an.attributions if a.cue.text == "grumbling")
    assert outer.message.text.startswith("Privately, some state legislators are grumbling")
    assert inner.parent == outer.id


def test_according_to_a_paper_after_a_report_stays_inside_it():
    an = run_en("A Pentagon spokeswoman, Sabrina Singh, said the drone had been launched by a militia, according to "
                "initial assessments.")
    outer = next(a for a in an.attributions if a.cue.text == "according")
    assert outer.message.text == "the drone had been launched by a militia"


def test_reported_read_as_an_adjective_before_a_weekday():
    an = run_en("The paper reported Thursday that two lawmakers might support an override. Prices rose sharply, a "
                "Quinnipiac University poll found Wednesday, with inflation dominating voters' concerns.")
    assert source_of(an, "two lawmakers").type == "document"
    assert source_of(an, "Prices rose").type == "document"


def test_an_outlet_name_after_the_and_a_place_is_another_outlet():
    an = run_en("The Nevada Independent reported Thursday that two lawmakers might support it.")
    assert source_of(an, "two lawmakers").name == "Nevada Independent"


def test_an_age_epithet_after_a_sentence_opened_by_a_surname_named_before():
    an = run_en("Everton manager Rui Ferreira said his side had been robbed, insisting the decision to disallow "
                "Dominic Hale's equaliser had turned the match. Hale was in no mood to accept the explanation. "
                '"I didn\'t touch him," the 26-year-old told BBC Radio Merseyside.')
    assert source_of(an, "touch him").name == "Dominic Hale"
