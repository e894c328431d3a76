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
