"""Session 26 (English, round 36)."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_notice_a_declaration_and_a_communique_are_documents():
    an = run("All schools will stay closed on Friday, according to a notice posted on the county website. A joint "
             "declaration signed by the ministers said the talks would continue. The final communique said both sides "
             "had agreed to a ceasefire.")
    assert [source_of(an, m).type for m in ("stay closed", "talks would", "ceasefire")] == ["document"] * 3


def test_citing_before_reported_on_a_day_is_no_reduced_relative():
    an = run("The New York Times, citing two U.S. officials, reported on Monday that Russian losses had reached their "
             "highest level in more than a year.")
    assert {a.source_mention.text for a in an.attributions} == {"The New York Times", "two U.S. officials"}
    assert any(a.cue.text == "reported" and a.source_mention.text == "The New York Times" for a in an.attributions)


def test_reportedly_said_is_the_verbs_report_with_its_subject():
    an = run("The officials, who spoke on condition of anonymity, also reportedly said Ukraine was struggling to "
             "rotate exhausted brigades out of the line.")
    att = next(a for a in an.attributions if "struggling" in a.message.text)
    assert (att.cue.text, att.source_mention.text) == ("said", "The officials")
    assert att.message.text.startswith("Ukraine")


def test_allegedly_is_no_part_of_the_writer():
    an = run('In one 2021 message, a Lumora vice president allegedly wrote that the goal was to "make leaving '
             'painful."')
    assert source_of(an, "make leaving").mentions[0].text == "a Lumora vice president"


def test_a_viral_video_posted_by_an_account_and_the_agency_it_cites():
    an = run('A viral TikTok video says that drivers will lose their licences, citing the Driver and Vehicle Licensing '
             'Agency (DVLA). The video, posted on 14 November by an account called @UKDriverNews, had been viewed more '
             'than 3.2 million times. In it, a man sitting in a parked car tells viewers that the DVLA has '
             '"confirmed" the test.')
    assert source_of(an, "lose their").type == "social_post"
    assert any(an.source_by_id(a.source).name == "Driver and Vehicle Licensing Agency" for a in an.attributions)
    assert not any(a.cue.text == "posted" for a in an.attributions)
    assert source_of(an, "confirmed").type == "anonymous"
