"""Session 32 (English, round 41 batch 5): Asia-Pacific markets wires: ministries with two portfolios and
brokers' notes to clients."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_a_ministry_of_two_portfolios_is_one_name():
    an = run_en("The Ministry of Trade and Industry separately said it now expected gross domestic product to grow "
                "by 1.0% this year.")
    assert source_of(an, "gross domestic").name == "Ministry of Trade and Industry"


def test_a_name_that_says_something_in_a_note_to_clients_is_a_firm():
    an = run_en("UOB Kay Hian said in a note to clients that local banks were most exposed. Nomura said in a "
                "research note that the market could see another false dawn.")
    assert source_of(an, "local banks").type == "organization"
    assert source_of(an, "false dawn").type == "organization"


def test_a_person_who_says_something_in_a_statement_stays_a_person():
    an = run_en("Maria Santos said in a statement that she would appeal the ruling.")
    assert source_of(an, "appeal").type == "person"


def test_a_party_and_a_hyphened_role_before_a_name():
    an = run_en('"The door is open, but we have not walked through it yet," PDI-P secretary-general Dewi Kartika '
                "told reporters after a meeting.")
    assert source_of(an, "door is open").name == "Dewi Kartika"


def test_an_independent_mp_is_no_newspaper():
    an = run_en("Independent MP Sophie Marchetti, who comfortably held the Sydney seat of Wentworth, said her support "
                "would hinge on a 2035 emissions target.")
    src = source_of(an, "support")
    assert (src.name, src.type) == ("Sophie Marchetti", "person")


def test_latin_american_papers_are_outlets():
    an = run_en("According to Folha de S.Paulo, two directors argued for a longer pause. According to El Universal, "
                "the suspects were flown to Mexico City.")
    assert source_of(an, "two directors").type == "media"
    assert source_of(an, "suspects").type == "media"


def test_the_first_of_two_spanish_surnames_is_the_person():
    an = run_en("In Mexico City, federal Security Secretary Tomás Ibarra Luna said the government would send 300 "
                'additional troops. "Guanajuato is not alone," Ibarra said.')
    assert source_of(an, "Guanajuato") is source_of(an, "300 additional")
    assert source_of(an, "Guanajuato").name == "Tomás Ibarra Luna"


def test_who_said_in_an_apposition_with_an_age_is_the_named_person():
    an = run_en('"They treat us like criminals for asking to eat," said Marta Quiroga, a 74-year-old retired teacher '
                "who said she had joined the protests every Wednesday.")
    assert source_of(an, "joined the protests").name == "Marta Quiroga"


def test_a_named_statistics_agency_is_not_the_news_outlet_cited_before():
    an = run_en("Clarín reported that the veto would stand. Monthly inflation has slowed to around 4%, according to "
                "the INDEC statistics agency.")
    assert source_of(an, "Monthly inflation").type == "organization"


def test_a_company_named_devices_is_no_person():
    an = run_en("AUSTIN, Texas, May 14 (Reuters) - Meridian Micro Devices forecast second-quarter revenue above "
                "estimates on Wednesday, saying demand for its accelerators continued to outstrip supply.")
    assert source_of(an, "accelerators").type == "organization"


def test_a_paper_seen_by_an_outlet_is_the_source_of_according_to():
    an = run_en("According to an internal Homewise presentation seen by Reuters, executives regarded voice data as a "
                "strategic asset.")
    assert source_of(an, "voice data").type == "document"


def test_football_clubs_open_sentences_and_confirm():
    an = run_en("Ashbourne United confirmed they had lodged an appeal against the decision. Dunmore Athletic said the "
                "decision had been taken after careful consideration.")
    assert source_of(an, "lodged an appeal").name == "Ashbourne United"
    src = source_of(an, "careful consideration")
    assert (src.name, src.type) == ("Dunmore Athletic", "organization")


def test_a_sports_daily_and_its_name():
    an = run_en("Spanish sports daily Marca reported on Monday that Villarreal were preparing to offer him a new "
                "contract.")
    src = source_of(an, "Villarreal")
    assert (src.name, src.type) == ("Marca", "media")


def test_a_league_is_no_outlet_whatever_the_registry_holds():
    an = run_en("The NFL said the salary cap for next season would rise to $280 million.")
    assert source_of(an, "salary cap").type == "organization"
