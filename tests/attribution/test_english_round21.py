"""Round 21 (English, session 11): quoted titles of works and slogans are no one's words. Sentences
written here."""

from __future__ import annotations

from .helpers import find, mention_of, run_en


def test_a_quoted_title_in_narration_is_no_quotation_of_the_last_speaker():
    an = run_en('"I am standing on the shoulders of giants," Phoenix said. His performance as a loner in "Joker" '
                'has swept awards season, while "The Marvelous Mrs Maisel" took a prize.')
    texts = [a.message.text for a in an.attributions]
    assert "Joker" not in texts and "The Marvelous Mrs Maisel" not in texts
    assert find(an, "shoulders").mode == "direct"


def test_a_quoted_title_inside_a_paraphrase_is_no_verbatim_quote():
    an = run_en('Actress Alex Borstein said the comedy prize should have gone to "Fleabag."')
    a = find(an, "comedy prize")
    assert a.mode == "indirect" and a.quotes == []


def test_a_lower_case_quoted_fragment_still_is_the_speakers_words():
    an = run_en('The minister said the plan was "a hammer blow" for the industry.')
    a = find(an, "plan")
    assert a.mode == "mixed" and [q.text for q in a.quotes] == ["a hammer blow"]


def test_the_question_put_to_the_speaker_is_no_message_and_no_report():
    an = run_en('Asked what he thought when people view voters as one group, Walter said, "That is very untrue."')
    assert [(a.message.text, a.mode) for a in an.attributions] == [("That is very untrue.", "direct")]


def test_auxiliaries_and_relative_pronouns_before_the_cue_are_no_part_of_the_speaker():
    an = run_en("Details of the legislation have revealed that the penalty can be quadrupled. Employers cannot "
                "claim that they were not told. A string of Tory MPs who said the rules were rushed spoke later.")
    assert mention_of(an, "quadrupled") == "Details of the legislation"
    assert mention_of(an, "not told") == "Employers"
    assert mention_of(an, "rushed") == "A string of Tory MPs"


def test_a_nickname_and_its_gloss_are_no_ones_words():
    an = run_en('"We need a nuanced look," Della said. Peters was later named high commissioner, earning the '
                'nickname "mkono wa damu," or "the man with the bloody hand," in East Africa.')
    texts = [a.message.text for a in an.attributions]
    assert "mkono wa damu," not in texts and "mkono wa damu" not in texts
    assert not any("bloody hand" in t for t in texts)


def test_a_one_or_two_word_quoted_term_in_narration_is_no_quotation_of_the_speaker():
    an = run_en('"Groups often decide better," Malone said. His book foresaw "hyperspecialisation" in business, and '
                'even among "normal" adults the range is wide.')
    texts = [a.message.text for a in an.attributions]
    assert "hyperspecialisation" not in texts and "normal" not in texts


def test_grumbling_that_is_a_report_and_a_which_clause_after_an_object_is_no_message():
    an = run_en("Privately, some state legislators are grumbling that they might have saved the seat, according to "
                "people who have spoken with lawmakers. Republicans in the west are grumbling about his announcement, "
                "which boxed out a number of elected officials.")
    a = next(x for x in an.attributions if x.cue is not None and x.cue.text == "grumbling")
    assert a.message.text == "they might have saved the seat" and an.source_by_id(a.source).type == "anonymous"
    assert not any(x.message.text.startswith("which") for x in an.attributions)


def test_an_opening_time_phrase_is_no_speaker_before_an_apposition():
    an = run_en("Last night, senior Tory MP Neil Parish, who has already led one rebellion, urged the Government to "
                "compromise.")
    assert find(an, "compromise").source_mention.text.endswith("Neil Parish")
