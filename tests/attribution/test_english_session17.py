"""Session 17 (English): gerund messages and "expect X to …"."""

from __future__ import annotations

from reportedly import analyze


def _rows(text):
    a = analyze("Headline\n\n" + text)
    return [(x.cue.text, x.source_mention.text if x.source_mention else None, x.message.text) for x in a.attributions]


def test_a_gerund_after_a_speech_verb_is_the_message():
    rows = _rows("Residents in the north of the city reported hearing explosions overnight, and the police said "
                 "they were investigating the incident.")
    assert rows[0] == ("reported", "Residents", "hearing explosions overnight")
    assert _rows("The former minister denied taking bribes from the company and said he would fight the "
                 "charges.")[0] == ("denied", "The former minister", "taking bribes from the company")


def test_nothing_is_no_gerund():
    rows = _rows("The company reported nothing unusual in the third quarter, and the analysts said the results were "
                 "good.")
    assert [r[0] for r in rows] == ["said"]


def test_expect_with_an_object_and_an_infinitive_reports_a_forecast():
    rows = _rows("Analysts expect the central bank to raise interest rates at its next meeting, the newspaper said.")
    assert ("expect", "Analysts", "the central bank to raise interest rates at its next meeting") in rows
    assert not any(r[0] == "expected" for r in _rows(
        "The central bank is expected to raise interest rates at its next meeting in March, the newspaper said."))
