"""Session 26 (English, round 36): "citing … reported on Monday", "reportedly said", "put … at" estimates,
"rejected" in contact clauses, documents and posts that speak, the paper that saw a document, epithets."""

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


def test_put_at_a_figure_is_an_estimate():
    an = run("Peru's Geophysical Institute (IGP) put the magnitude at 7.1. The memo puts the shortfall at £38m. The "
             "government put pressure on the council.")
    assert [(a.cue.text, a.message.text) for a in an.attributions] == [
        ("put", "the magnitude at 7.1"), ("puts", "the shortfall at £38m")]


def test_rejected_after_a_name_in_an_apposition_and_a_national_red_cross():
    an = run("The head of the National Civil Defense Institute (INDECI), Gen. Oscar Valdivia, rejected suggestions "
             "that the toll was being understated. The Peruvian Red Cross estimated that some 4,000 homes were "
             "uninhabitable.")
    assert source_of(an, "understated").name == "Oscar Valdivia"
    assert source_of(an, "4,000 homes").type == "organization"


def test_an_official_in_an_office_is_an_unnamed_person_and_warns_of_is_no_as_clause():
    an = run("A senior official in the prime minister's office said the toll would rise.")
    assert source_of(an, "toll would").type == "anonymous"
    an = run("A quake hit Peru.",
             title="Peru quake death toll rises to 47, government says, as mayor warns of many more")
    assert next(a for a in an.attributions if a.cue.text == "warns").message.text == "many more"


def test_a_claim_another_speaker_rejected_in_a_contact_clause():
    an = run("Vance has argued in pretrial motions that those remarks tainted the jury pool, a claim Judge Patricia "
             "Lund rejected in September.")
    argued, rejected = an.attributions
    assert argued.message.text == "those remarks tainted the jury pool" and argued.parent is None
    assert (rejected.source_mention.text, rejected.message.text) == ("Judge Patricia Lund", "a claim")


def test_a_report_seen_by_a_paper_and_the_paper_reporting_next():
    an = run('According to an internal Network Rail report from 2022, seen by the Guardian, the slope was rated "high '
             'risk". The paper reported that the work was never carried out.')
    first, second = an.attributions
    assert an.source_by_id(first.source).type == "document" and first.message.text.startswith("the slope")
    assert an.source_by_id(second.source).name == "The Guardian"


def test_a_party_epithet_for_a_surname_named_in_full_before_and_a_committee_chair():
    an = run('Democrat Rachel Whitfield was elected governor, defeating Republican Tom Garrity. Garrity, a businessman '
             'making his first run for office, did not concede. Addressing supporters in Virginia Beach shortly before '
             'midnight, the Republican said "tens of thousands of ballots" remained uncounted. Democratic National '
             'Committee Chair Ken Albright wrote on X that the result was "a warning shot."')
    assert source_of(an, "ballots").name == "Tom Garrity"
    assert (source_of(an, "warning shot").type, source_of(an, "warning shot").name) == ("person", "Ken Albright")


def test_the_agent_of_a_participle_is_not_the_subject():
    an = run("Okoro said an independent autopsy commissioned by the family found that Hughes had been shot five times.")
    found = next(a for a in an.attributions if a.cue.text == "found")
    src = an.source_by_id(found.source)
    assert (src.type, found.source_mention.text) == ("document", "an independent autopsy")


def test_a_leaked_draft_and_the_newspaper_that_saw_it():
    an = run("LONDON (Reuters) - The "
             "world is likely to overshoot the threshold, according to a leaked draft of a major UN-backed climate "
             "assessment.\n\nThe 94-page draft summary for policymakers by the Global Climate Assessment Panel (GCAP), "
             "seen by the Guardian, states that emissions must fall, the newspaper reported on Monday.",
             title="Leaked draft of UN climate report warns 1.5C goal 'slipping out of reach'")
    assert [an.source_by_id(a.source).type for a in an.attributions[:2]] == ["document", "document"]
    reported = next(a for a in an.attributions if a.cue.text == "reported")
    assert an.source_by_id(reported.source).name == "The Guardian"
