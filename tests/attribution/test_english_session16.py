"""Session 16 (English): papers typed as documents by their head noun."""

from __future__ import annotations

import pytest

from reportedly import analyze


@pytest.mark.parametrize("mention", ["The legislation", "New research", "The manifesto",
                                     "The first clinical trial of the drug"])
def test_papers_that_say_something_are_documents(mention):
    a = analyze(f"Title here\n\n{mention} says that the risk is small.")
    assert [s.type for s in a.sources] == ["document"]


def test_a_name_at_the_start_stays_a_person():
    a = analyze("Title here\n\nJohn Trial says that the risk is small.")
    assert [s.type for s in a.sources] == ["person"]


@pytest.mark.parametrize(("sentence", "cue", "mention", "topic"), [
    ("The minister spoke at the rally on Monday.", "spoke", "The minister", None),
    ("Smith commented on the deal with China.", "commented", "Smith", "on the deal with China"),
    ("Officials refused to discuss the matter.", "refused", "Officials", None),
    ("Two county officials who spoke about the project were upbeat.", "spoke", "Two county officials",
     "about the project"),
])
def test_speech_without_a_message_is_a_speech_act(sentence, cue, mention, topic):
    a = analyze(f"Title here\n\n{sentence}")
    (act,) = a.speech_acts
    assert (act.cue.text, act.source_mention.text, act.topic.text if act.topic else None) == (cue, mention, topic)
    assert a.attributions == []


def test_spoke_alone_is_no_speech_act():
    assert analyze("Title here\n\nAs he spoke, the crowd cheered loudly.").speech_acts == []


def test_a_place_or_time_after_the_cue_is_no_message():
    a = analyze("Title here\n\nJohnson testified before Congress on Tuesday.")
    assert a.attributions == [] and [x.cue.text for x in a.speech_acts] == ["testified"]
    a = analyze("Title here\n\nHe said before the vote that the plan would fail.")
    assert [x.message.text for x in a.attributions] == ["the plan would fail"]
