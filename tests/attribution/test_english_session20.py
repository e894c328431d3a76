"""Session 20 (English): the speaker after an opening prepositional phrase and an apposition, "said" read as
a conjunction, "he" for the person a narrated sentence described, a closing ", the minutes showed"."""

from __future__ import annotations

from .helpers import run_en


def _first(an):
    x = an.attributions[0]
    s = an.source_by_id(x.source)
    return x.source_mention.text, s.type, s.name or s.description, x.message.text


def test_the_speaker_after_an_opening_phrase_and_an_apposition():
    an = run_en("In a post on Telegram, the governor of the Kharkiv region, Oleh Syniehubov, said two people had "
                "been injured.")
    assert _first(an) == ("the governor of the Kharkiv region, Oleh Syniehubov", "person", "Oleh Syniehubov",
                          "two people had been injured")
    an = run_en("In a statement, the company said profits had fallen.")
    assert _first(an)[:3] == ("the company", "organization", "the company")


def test_he_is_the_person_the_narrated_sentence_before_described():
    an = run_en("The minister is facing questions over undisclosed donations. In an interview with the BBC, he said "
                "he had followed the rules at all times.")
    x = an.attributions[0]
    assert (x.source_mention.text, an.source_by_id(x.source).description) == ("he", "The minister")


def test_a_closing_finding_clause_ends_the_report_inside_it():
    an = run_en("Several officials said further increases might not be needed, the minutes showed.")
    inner = next(x for x in an.attributions if x.cue.text == "said")
    outer = next(x for x in an.attributions if x.cue.text == "showed")
    assert inner.message.text == "further increases might not be needed"
    assert inner.parent == outer.id


def test_words_in_the_speakers_own_note_are_not_the_open_reports():
    an = run_en("The company is planning to cut about 10% of its workforce, The Information reported, citing people "
                "familiar with the matter.\n\nThe company did not respond to a request for comment. Analysts at Morgan "
                "Stanley wrote in a note that the cuts could save $2 billion a year.")
    wrote = next(x for x in an.attributions if x.cue.text == "wrote")
    citing = next(x for x in an.attributions if x.cue.text == "citing")
    assert wrote.parent is None and citing.parent is not None


def test_a_closing_finding_verb_reports_the_clause_before():
    an = run_en("The opposition Labour party holds a 20-point lead over the Conservatives, a new YouGov poll for The "
                "Times shows.")
    x = an.attributions[0]
    s = an.source_by_id(x.source)
    assert (x.cue.text, x.source_mention.text, s.type, x.message.text) == (
        "shows", "a new YouGov poll for The Times", "document",
        "The opposition Labour party holds a 20-point lead over the Conservatives")
    an = run_en("Brent crude futures were up $2.40 at $84.10 a barrel, data from the exchange showed.")
    assert an.attributions[0].message.text == "Brent crude futures were up $2.40 at $84.10 a barrel"
    assert run_en("The show must go on, he said, and the band played on.").attributions[0].cue.text == "said"


def test_a_retagged_head_keeps_the_subject_before_the_verb():
    an = run_en("Hamas said Israel had added new conditions, while the Israeli prime minister's office said the group "
                "was refusing to release hostages.")
    x = next(x for x in an.attributions if "refusing" in x.message.text)
    assert (x.source_mention.text, x.message.text) == ("the Israeli prime minister's office",
                                                       "the group was refusing to release hostages")
    an = run_en("The survey reveals that 68 per cent of people believed the priority was to maintain high standards.")
    x = next(x for x in an.attributions if x.cue.text == "believed")
    assert x.source_mention.text == "68 per cent of people"


def test_a_name_ending_in_ing_after_a_role_and_a_prefecture():
    an = run_en("Foreign ministry spokesperson Mao Ning told a regular briefing that Beijing would take measures.")
    assert an.source_by_id(an.attributions[0].source).name == "Mao Ning"
    an = run_en("According to the prefecture, more than 1,200 firefighters were battling the blaze.")
    assert an.source_by_id(an.attributions[0].source).type == "organization"


def test_unnamed_people_close_to_a_body_and_two_of_them():
    an = run_en('A Democratic strategist close to the White House described the mood as "tense".')
    s = an.source_by_id(an.attributions[0].source)
    assert (s.name, s.type, s.count) == (None, "anonymous", 1)
    an = run_en("Biden is weighing a shake-up, according to three people with knowledge of the talks. Two of them said "
                "the changes could come soon.")
    s = an.source_by_id(an.attributions[-1].source)
    assert (s.type, s.count, s.affiliation) == ("anonymous", 2, None)


def test_he_in_the_sentence_of_an_unnamed_speaker_is_that_speaker():
    an = run_en("The coach is expected to leave, according to a person with knowledge of the process.\n\nA club "
                'spokesman declined to comment on what he called "speculation".')
    x = next(x for x in an.attributions if x.cue.text == "called")
    assert an.source_by_id(x.source).description == "A club spokesman"
