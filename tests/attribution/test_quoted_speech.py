"""Speech reported inside a quotation or a quoted post (attribution/quoted_speech.py)."""

from __future__ import annotations

from .helpers import run


def _inner(an, start: str):
    [a] = [x for x in an.attributions if x.message.text.startswith(start)]
    return a, an.source_by_id(a.source) if a.source else None


def test_causative_object_speaks_inside_an_english_quote_in_a_german_article():
    an = run(
        'Die Zeitung zitiert einen Kommentator. "Rising prices prompt many voters to ask: Who will pay for '
        'all of this?" schrieb der Kolumnist John Smith am Montag.'
    )
    a, src = _inner(an, "Who will pay")
    assert a.cue.text == "ask" and (src.type, src.description) == ("anonymous", "many voters")
    parent = next(x for x in an.attributions if x.id == a.parent)
    assert "Rising prices prompt" in parent.message.text


def test_subject_before_the_verb_speaks_inside_a_german_quote():
    an = run('„Viele Bürger fragen sich: Wer zahlt am Ende die Rechnung?“, sagte der Bürgermeister am Montag.')
    a, src = _inner(an, "Wer zahlt am Ende")
    assert [a.cue.text, *(p.text for p in a.cue_parts)] == ["fragen", "sich"]
    assert (src.type, src.description) == ("anonymous", "Viele Bürger")
    outer = next(x for x in an.attributions if x.id == a.parent)
    assert an.source_by_id(outer.source).description == "der Bürgermeister"


def test_no_inner_event_without_a_colon_or_with_too_short_a_message():
    an = run('„Viele Bürger fragen sich, wer zahlt“, sagte der Bürgermeister. „Sie sagen: Nein“, fügte er hinzu.')
    assert not [x for x in an.attributions if x.message.text.startswith(("Nein", "wer zahlt"))]
