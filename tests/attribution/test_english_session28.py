"""Session 28 (English, round 38): a quotation's last sentence before "X, a …, told"; outlets the list lacks
that "reported"; "the agency" for a body named before; months are no names."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_the_last_sentence_of_a_quotation_is_no_speaker():
    an = run_en('"The people expect it. We can do both this week," Reeve, a Republican from Kansas, told reporters.')
    att = an.attributions[0]
    assert att.source_mention.text == "Reeve" and att.mode == "direct"


def test_a_paper_that_reported_is_an_outlet():
    an = run_en("Raymond Kessler was charged on Wednesday. The Plain Dealer first reported in 2022 that the FBI had "
                "subpoenaed the county's records. At the time, he told reporters the investigation was political.")
    assert source_of(an, "FBI had").type == "media"
    assert source_of(an, "investigation was").type == "person"


def test_a_company_that_reported_stays_a_company():
    an = run_en("Tesla reported that deliveries fell by a fifth in the quarter.")
    assert source_of(an, "deliveries fell").type != "media"


def test_the_agency_is_the_body_named_before():
    an = run_en("The European Medicines Agency has opened a safety review of Lentivra, the agency said on Tuesday. "
                "The agency stressed that no causal link had been established.")
    assert source_of(an, "safety review").name == "European Medicines Agency"
    assert source_of(an, "causal link") is source_of(an, "safety review")


def test_a_month_is_no_name_of_a_report():
    an = run_en("According to a National Audit Office report published in January, the Home Office spent more "
                "than 48 million pounds.")
    src = source_of(an, "Home Office spent")
    assert src.type == "document" and src.name != "January"
