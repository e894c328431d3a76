"""Session 16 (German): reports nested in an unquoted main clause, and whose "ich" they are."""

from __future__ import annotations

from reportedly import analyze


def _rows(a):
    return [(x.cue.text, x.source_mention.text if x.source_mention else None, x.message.text) for x in a.attributions]


def test_a_sentence_final_cue_reports_the_indicative_report_before_it():
    a = analyze("Titel\n\nWir denken, er hat recht, sagte die Ministerin am Montag.")
    assert _rows(a) == [("sagte", "die Ministerin", "Wir denken, er hat recht"), ("denken", "Wir", "er hat recht")]
    outer, inner = a.attributions
    assert inner.parent == outer.id and outer.parent is None


def test_an_asyndetic_cue_after_a_report_still_has_no_message_before_it():
    a = analyze("Titel\n\nEr sagt, der Artikel sei gefälscht, nennt Geyer Namen, Fakten und Daten.")
    assert [x.message.text for x in a.attributions if x.cue.text == "nennt"] != ["Er sagt, der Artikel sei gefälscht"]
    a = analyze("Titel\n\nAls der Chef Leung am Sonntag sagte, dass die Proteste keine Revolution seien, meinte er "
                "damit wohl kaum die Gewalt.")
    assert [x.cue.text for x in a.attributions] == ["sagte"]


def test_the_ich_of_a_nested_report_is_the_outer_speaker():
    a = analyze("Titel\n\nIch hoffe, dass es klappt, sagte Müller am Montag.")
    outer, inner = a.attributions
    assert (inner.cue.text, inner.source_mention.text) == ("hoffe", "Ich")
    assert inner.source == outer.source
    (src,) = a.sources
    assert src.name == "Müller" and [m.text for m in src.mentions] == ["Ich", "Müller"]


def test_a_wir_or_a_top_level_ich_keeps_its_own_source():
    a = analyze("Titel\n\nWir glauben, dass er recht hat, sagte die Sprecherin der Firma.")
    outer, inner = a.attributions
    assert inner.source != outer.source
    a = analyze("Titel\n\nIch glaube, dass es klappt.")
    (att,) = a.attributions
    assert a.source_by_id(att.source).name is None
