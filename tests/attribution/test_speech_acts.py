"""Speech acts: events with a cue and no message ("Ein Sprecher wollte sich nicht äußern")."""

from __future__ import annotations

import pytest

from reportedly import analyze
from reportedly.outputs import render_markdown, render_text
from reportedly.outputs.summary import speech_act_rows


def _acts(text: str):
    a = analyze("Titel\n\n" + text)
    return a, [(e.cue.text, e.source_mention.text if e.source_mention else None) for e in a.speech_acts]


def test_a_spokesman_who_would_not_comment_is_a_speech_act_with_his_source():
    a, acts = _acts("Ein Sprecher des Ministeriums wollte sich am Montag nicht äußern.")
    assert acts == [("äußern", "Ein Sprecher des Ministeriums")]
    assert not a.attributions
    (act,) = a.speech_acts
    assert [p.text for p in act.cue_parts] == ["sich"]
    assert a.source_by_id(act.source).type == "anonymous"  # finalize keeps the speech act's source


def test_a_cue_with_its_message_is_an_attribution_not_a_speech_act():
    a, acts = _acts("Olaf Scholz sagte, der Plan sei gut.")
    assert acts == [] and len(a.attributions) == 1


@pytest.mark.parametrize("text", [
    "Ich glaube schon.",                      # thought, not speech
    "Wir sprachen lange über den Plan.",      # an unresolved "wir": the writer
    "Niemand wollte sich äußern.",            # no one spoke
    "Die Profile vermitteln nur einen Einblick.",  # no speaker a reader can place
])
def test_no_speech_act_without_a_speech_verb_and_a_speaker(text):
    assert _acts(text)[1] == []


def test_a_cue_whose_speech_goes_on_in_konjunktiv_is_no_speech_act():
    a, acts = _acts("Die Ministerin äußerte sich am Montag. Die Lage sei gut.")
    assert acts == []
    assert [x.message.text for x in a.attributions] == ["Die Lage sei gut"]


def test_reports_list_speech_acts_with_their_sentence():
    a = analyze("Titel\n\nDer Vorfall war schwer. Olaf Scholz kommentierte den Vorfall nicht. Dann regnete es.")
    (row,) = speech_act_rows(a)
    assert (row.source, row.source_type, row.cue) == ("Olaf Scholz", "person", "kommentierte")
    assert row.context == "Olaf Scholz kommentierte den Vorfall nicht."
    assert "Speech without a message" in render_text(a)
    assert "| Olaf Scholz | person | kommentierte |" in render_markdown(a)


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("A spokesman for the ministry declined to comment.", "declined … comment", "A spokesman for the ministry"),
    ("The White House did not immediately respond to a request for comment.", "respond … comment",
     "The White House"),
    ("Der Konzern war für eine Stellungnahme nicht zu erreichen.", "erreichen … Stellungnahme", "Der Konzern"),
    ("Das Ministerium ließ eine Anfrage der Zeitung unbeantwortet.", "unbeantwortet … Anfrage", "Das Ministerium"),
])
def test_declining_to_comment_is_a_speech_act(text, cue, speaker):
    a = analyze("Title\n\n" + text)
    (act,) = a.speech_acts
    assert " … ".join([act.cue.text] + [p.text for p in act.cue_parts]) == cue
    assert act.source_mention.text == speaker and not a.attributions


def test_declining_to_comment_by_a_pronoun_goes_to_the_person_named_before():
    a = analyze("Title\n\nJohn Smith met the minister on Monday. He would not comment on the deal.")
    (act,) = a.speech_acts
    assert act.source_mention.text == "He" and a.source_by_id(act.source).name == "John Smith"


def test_talking_about_a_topic_is_a_speech_act_not_a_message():
    a, acts = _acts("Olaf Scholz redete am Montag lange über die Rente.")
    assert acts == [("redete", "Olaf Scholz")] and not a.attributions


@pytest.mark.parametrize(("text", "topic"), [
    ("Olaf Scholz redete am Montag lange über die Rente.", "über die Rente"),
    ("Zur Lage in Nahost wollte sich ein Sprecher des Ministeriums nicht äußern.", "Zur Lage in Nahost"),
    ("John Smith met the minister. He would not comment on the deal with China.", "on the deal with China"),
    ("Zur Eröffnung der Messe sprach der Minister in Berlin.", None),  # a time, not what he spoke about
])
def test_a_speech_act_names_its_topic_when_the_clause_does(text, topic):
    (act,) = analyze("Titel\n\n" + text).speech_acts
    assert (act.topic.text if act.topic else None) == topic
