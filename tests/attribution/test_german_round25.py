"""Round 25 (German): rule fixes found on SpkAtt's tune split, tested on sentences written here."""

from __future__ import annotations

from reportedly import analyze


def test_an_inserted_so_phrase_with_a_place_phrase_before_its_comma():
    a = analyze("Titel\n\nDoch sei es, so der Schriftsteller Max Muster in einem Blogeintrag auf der Website "
                "der Zeitung, ein Fehler der Regierung gewesen.")
    (att,) = a.attributions
    assert att.cue.text == "so" and att.source_mention.text == "der Schriftsteller Max Muster"
    assert [p.text for p in att.message_parts] == ["Doch sei es", "ein Fehler der Regierung gewesen"]
