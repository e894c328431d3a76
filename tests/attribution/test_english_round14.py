"""Round 14 (English, session 7): names the tagger misreads, "but declined to …", unnamed bosses.
Sentences written here."""

from __future__ import annotations

from .helpers import find, run_en


def test_a_capitalised_ing_surname_and_a_first_name_read_as_an_adverb_are_names():
    an = run_en(
        'Health Secretary Wes Streeting described the figures as "unacceptable" on Monday. '
        "Matthew Taylor, chief executive of the NHS Confederation, argued that waiting times would keep rising."
    )
    assert an.source_by_id(find(an, "unacceptable").source).name == "Wes Streeting"
    assert an.source_by_id(find(an, "waiting times").source).name == "Matthew Taylor"


def test_but_declined_ends_the_message():
    an = run_en("A senior official confirmed that options were being reviewed but declined to give details.")
    assert find(an, "options").message.text == "options were being reviewed"


def test_hospital_bosses_are_unnamed_people():
    an = run_en("Hospital bosses say the problem is money.")
    src = an.source_by_id(find(an, "money").source)
    assert (src.description, src.type) == ("Hospital bosses", "anonymous")
