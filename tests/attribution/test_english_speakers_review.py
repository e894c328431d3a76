"""English speakers fixed in review of round 12: an unnamed organisation is not every later "the
company", "former" inside a noun phrase, the relative "who" is no subject, and whom an unnamed
spokesperson speaks for."""

from __future__ import annotations

from .helpers import mention_of, run_en, source_of


def test_the_company_is_not_the_unnamed_government_before_it():
    an = run_en("The government said on Monday that there was no new information. "
                "The company said in a statement that profits fell.")
    company = source_of(an, "profits fell")
    assert company.type == "organization" and company.description == "The company"
    assert company is not source_of(an, "no new information")


def test_the_company_still_points_back_to_a_named_company():
    an = run_en("Acme Corp said on Monday that orders rose. The company also said it would hire engineers.")
    assert source_of(an, "hire engineers").name == "Acme Corp"


def test_former_and_who_inside_the_speaker():
    an = run_en("The government said on Monday that there was no new information. "
                "A former official who worked on the program said it was flawed.")
    assert mention_of(an, "it was flawed") == "A former official"
    assert source_of(an, "it was flawed").type == "anonymous"


def test_whom_an_unnamed_spokesperson_speaks_for():
    an = run_en("The government said on Monday that there was no new information. "
                "An official at the embassy said the visa was denied. "
                "A spokesman for Siemens said the plant would close. "
                "An aide to the governor said the decision was final.")
    assert mention_of(an, "visa was denied") == "An official at the embassy"
    assert source_of(an, "visa was denied").affiliation == "embassy"
    assert mention_of(an, "plant would close") == "A spokesman for Siemens"
    assert source_of(an, "plant would close").affiliation == "Siemens"
    assert mention_of(an, "decision was final") == "An aide to the governor"
