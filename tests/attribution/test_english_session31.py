"""Session 31 (English, round 41): Indian, Kenyan, Nigerian and Canadian wire copy (PTI datelines, role acronyms,
offices "for"/"of" a portfolio, outlets the registry lacked) and business and court wires."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_a_pti_dateline_opens_no_message_and_names_no_one():
    an = run_en("Patna, Nov 8 (PTI) The Election Commission on Friday ordered a repoll at three booths, "
                "officials said.")
    a = next(a for a in an.attributions if "repoll" in a.message.text)
    assert a.message.text.startswith("The Election Commission")


def test_the_role_acronym_is_the_person_whose_title_it_spells():
    an = run_en("Repolling will be held on Sunday, Chief Electoral Officer Rakesh Kumar Sinha said. \"The decision was "
                "taken on the basis of reports,\" the CEO said.")
    assert source_of(an, "basis of reports").name == "Rakesh Kumar Sinha"


def test_a_title_ending_in_of_police_names_a_person():
    an = run_en("Gaya Senior Superintendent of Police Anand Kumar Pandey said 11 people had been arrested.")
    assert source_of(an, "arrested").type == "person"


def test_a_question_and_a_long_speech_tag_are_one_sentence():
    an = run_en("The flyover cracked, police said. \"Who pocketed the money?\" BRS MLA M. Venkatesh Goud wrote in a "
                "post on X.")
    assert source_of(an, "pocketed").name == "M. Venkatesh Goud"


def test_officials_of_a_body_with_its_acronym_are_the_unnamed_officials():
    an = run_en("Officials of the Greater Hyderabad Municipal Corporation (GHMC), however, insisted that the cracks "
                "were small.")
    assert source_of(an, "cracks").type == "anonymous"


def test_an_engineer_of_a_named_body_stays_unnamed():
    an = run_en("The Greater Hyderabad Municipal Corporation (GHMC) denied it. \"These are surface cracks,\" a senior "
                "GHMC engineer, who did not wish to be named, told IANS.")
    assert source_of(an, "surface cracks").type == "anonymous"


def test_an_inspection_note_is_a_document():
    an = run_en("According to a preliminary inspection note accessed by IANS, water had weakened the surface.")
    assert source_of(an, "weakened").type == "document"


def test_an_office_for_a_portfolio_then_the_name():
    an = run_en("In a statement, County Executive Committee Member for Finance Wanjiku Muriuki said the fees were "
                "necessary.")
    assert source_of(an, "fees").name == "Wanjiku Muriuki"


def test_an_inverted_speaker_with_an_office_and_a_three_word_name():
    an = run_en("\"The state government is working round the clock,\" said the Commissioner for Internal Security and "
                "Home Affairs, Ibrahim Garba Lere.")
    assert source_of(an, "round the clock").name == "Ibrahim Garba Lere"


def test_an_inverted_speaker_with_lowercase_role_words_before_the_name():
    an = run_en("The repeated overflows showed that councils could not pay, said Forest & Bird regional manager "
                "Alastair Moore.")
    assert source_of(an, "could not pay").name == "Alastair Moore"
    inner = next(a for a in an.attributions if a.cue.text == "showed")
    assert "said" not in inner.message.text


def test_a_post_showing_a_place_is_the_post():
    an = run_en("A Facebook post showing brown water flowing past the Ahuriri boat ramp, shared more than 2000 times, "
                "claimed the spill had gone on for most of the day.")
    assert source_of(an, "spill").type == "social_post"


def test_a_spokesperson_for_a_named_consortium_stays_unnamed():
    an = run_en("A spokesperson for the consortium, Grand River Transit Partners, said in an emailed statement that "
                "the company was committed to the line.")
    src = source_of(an, "committed")
    assert src.type == "anonymous" and src.affiliation == "Grand River Transit Partners"


def test_a_place_the_tagger_read_as_a_verb_opens_a_title():
    an = run_en("Waterloo Regional Chair Karen Dubois, who has pushed for the extension since 2019, said residents "
                "in Cambridge were running out of patience.")
    assert source_of(an, "patience").name == "Karen Dubois"


def test_a_language_daily_is_an_outlet():
    an = run_en("Hindi daily Prabhat Khabar reported that voters in two villages had boycotted polling.")
    assert source_of(an, "boycotted").type == "media"


def test_alleged_before_a_noun_reports_nothing():
    an = run_en("The Election Commission on Friday ordered a repoll after reports of violence and alleged booth "
                "capturing during the second phase, officials said.")
    assert not any(a.cue.text == "alleged" for a in an.attributions)


def test_a_bank_named_like_a_person_and_its_research_note():
    an = run_en("Morgan Stanley said in a research note that a forced sale was \"unlikely but no longer unthinkable.\"")
    assert source_of(an, "forced sale").type == "organization"
    assert not any(a.cue.text == "note" for a in an.attributions)


def test_the_speakers_of_a_relative_clause_after_in_which():
    an = run_en("The ruling follows a six-week trial last year in which several venue operators testified that they "
                "feared losing top acts.")
    assert source_of(an, "feared losing").type == "anonymous"


def test_a_body_with_and_in_its_name_opens_the_sentence():
    an = run_en("The U.S. Securities and Exchange Commission on Monday sued a former executive, saying he concealed "
                "losses. The regulator said the losses were large.")
    assert source_of(an, "concealed").name == "U.S. Securities and Exchange Commission"
    assert source_of(an, "were large").name == "U.S. Securities and Exchange Commission"


def test_the_agency_is_the_commission_named_before():
    an = run_en("The U.S. Federal Trade Commission on Wednesday sued to block the deal. Hospitals had benefited from "
                "competition, the agency said.")
    assert source_of(an, "benefited").name == "U.S. Federal Trade Commission"


def test_a_coalition_for_a_cause_is_one_body():
    an = run_en("The Coalition for Affordable Surgical Care, a group of hospital buyers, said the lawsuit would "
                "protect patients.")
    src = source_of(an, "protect patients")
    assert src.name == "Coalition for Affordable Surgical Care" and src.type == "organization"


def test_a_lawyer_of_a_firm_with_an_ampersand():
    an = run_en("Farrow's lawyer, Michael Torres of Kessler & Vance, said his client had acted in good faith.")
    assert source_of(an, "good faith").name == "Michael Torres"


def test_the_lead_author_of_a_study_named_after_the_comma():
    an = run_en("\"We were surprised by the effect,\" said the study's lead author, Dr Priya Nandakumar, a public "
                "health researcher at the University of Sheffield.")
    assert source_of(an, "surprised").name == "Priya Nandakumar"


def test_a_named_apposition_with_an_age_and_a_town():
    an = run_en("The driver, Steven Cole, 58, from Bristol, said in a written statement that he had been dazzled.")
    assert source_of(an, "dazzled").name == "Steven Cole"


def test_a_named_poll_is_a_document():
    an = run_en("The race is tied, according to a Marist Poll released Wednesday, with Ruiz at 46 percent.")
    assert source_of(an, "race is tied").type == "document"


def test_a_strategist_with_two_relative_clauses():
    an = run_en("But a Republican strategist who advises several Arizona campaigns, and who requested anonymity to "
                "speak candidly, said the party's numbers were less rosy.")
    assert source_of(an, "less rosy").type == "anonymous"


def test_a_review_by_a_body_is_the_paper():
    an = run_en("An internal review by the Health Service Executive concluded that escalation had failed.")
    assert source_of(an, "escalation").type == "document"


def test_an_aid_worker_in_a_named_town_stays_unnamed():
    an = run_en("The war went on. An aid worker with an international organisation in the nearby town of Tawila, who "
                "asked not to be named for security reasons, said about 7,000 people had arrived.")
    assert source_of(an, "7,000").type == "anonymous"


def test_an_institute_for_the_study_of_war():
    an = run_en("The Washington-based Institute for the Study of War said the footage was old.")
    assert source_of(an, "footage").name == "Institute for the Study of War"


def test_an_outlet_with_and_in_its_name_is_one_speaker():
    an = run_en("The Globe and Mail reported on Tuesday that council members had pushed for a larger cut.")
    assert source_of(an, "council members").type == "media"


def test_a_currency_trader_is_unnamed():
    an = run_en("\"The market took this as a green light,\" said a currency trader at a Japanese bank in Tokyo.")
    assert source_of(an, "green light").type == "anonymous"


def test_the_month_may_is_no_modal():
    an = run_en("The minutes of the Fed's May meeting said policymakers agreed that uncertainty had increased.")
    assert source_of(an, "policymakers agreed").type == "document"


def test_it_is_the_general_staff_that_opened_the_sentence_before():
    an = run_en("Russia's Defence Ministry said its troops had taken the village. Ukraine's General Staff did not "
                "confirm the loss. In its evening update, it said its forces had repelled 27 assaults.")
    assert source_of(an, "repelled").id != source_of(an, "taken the village").id
