"""Round 25 (German): rule fixes found on SpkAtt's tune split, tested on sentences written here."""

from __future__ import annotations

from reportedly import analyze


def test_an_inserted_so_phrase_with_a_place_phrase_before_its_comma():
    a = analyze("Titel\n\nDoch sei es, so der Schriftsteller Max Muster in einem Blogeintrag auf der Website "
                "der Zeitung, ein Fehler der Regierung gewesen.")
    (att,) = a.attributions
    assert att.cue.text == "so" and att.source_mention.text == "der Schriftsteller Max Muster"
    assert [p.text for p in att.message_parts] == ["Doch sei es", "ein Fehler der Regierung gewesen"]


def test_a_relative_clause_after_an_so_source_is_no_message():
    a = analyze("Titel\n\nDie Lage ist ernst, so der Minister, der am Montag in Berlin sprach.")
    (att,) = a.attributions
    assert (att.source_mention.text, att.message.text) == ("der Minister", "Die Lage ist ernst")
    assert att.message_parts == []


def test_the_message_goes_on_after_a_relative_clause_inserted_with_the_so_source():
    a = analyze("Titel\n\nIm Juni, so der Richter, der den Fall untersucht, seien 200 Menschen deportiert worden.")
    (att,) = a.attributions
    assert att.source_mention.text == "der Richter"
    assert [p.text for p in att.message_parts] == ["Im Juni", "seien 200 Menschen deportiert worden"]


def test_according_to_which_after_a_place_phrase_goes_to_the_polls():
    a = analyze("Titel\n\nDie Maßnahme folgt Meinungsumfragen im Land, nach denen 72 Prozent der Briten die "
                "Verfassung ablehnen.")
    (att,) = a.attributions
    assert (att.cue.text, att.source_mention.text) == ("nach", "denen")
    assert att.message.text == "72 Prozent der Briten die Verfassung ablehnen"
    assert a.source_by_id(att.source).mentions[0].text == "Meinungsumfragen"


def test_after_which_is_still_no_report():
    a = analyze("Titel\n\nNach dem Spiel im Stadion, nach dem die Fans randalierten, kam die Polizei.")
    assert a.attributions == []


def test_a_later_report_in_a_new_main_clause_ends_the_earlier_message():
    a = analyze("Titel\n\nDer Sprecher sagte, die Lage sei ruhig, doch UN-Sprecher Max Muster erklärte, die Lage "
                "sei ernst.")
    assert [(x.source_mention.text, x.message.text) for x in a.attributions] == [
        ("Der Sprecher", "die Lage sei ruhig"), ("UN-Sprecher Max Muster", "die Lage sei ernst")]
    a = analyze("Titel\n\nDie Zeitung berichtet, dass zwei Menschen starben, die Polizei spricht von drei Toten.")
    assert a.attributions[0].message.text == "dass zwei Menschen starben"


def test_a_report_nested_in_the_message_or_a_relative_clause_does_not_end_it():
    a = analyze("Titel\n\nPolitico berichtet, dass Beamte erklärt hätten, die Lage sei ernst.")
    assert a.attributions[0].message.text == "dass Beamte erklärt hätten, die Lage sei ernst"
    a = analyze("Titel\n\nEltern, welche feststellen, dass ihr Kind krank ist, sollen zum Arzt gehen, so der Papst.")
    assert a.attributions[0].source_mention.text == "der Papst"
    assert a.attributions[0].message.text.startswith("Eltern, welche feststellen, dass ihr Kind krank ist, sollen")


def test_permitting_signing_and_presenting_are_no_speech_in_news():
    for text in ("Laut der Verordnung ist es den Gästen erlaubt, in den Bars zu rauchen.",
                 "Putin unterzeichnete ein Gesetz, russische Kinder nicht mehr von Ausländern adoptieren zu lassen.",
                 "Die Regierung soll in einer Woche ein Programm vorlegen, das die Lage verbessert."):
        cues = [x.cue.text for x in analyze("Titel\n\n" + text).attributions if x.cue]
        assert not {"erlaubt", "unterzeichnete", "vorlegen"} & set(cues), text


def test_a_focus_word_before_an_opening_subject_with_its_apposition():
    a = analyze("Titel\n\nAuch die Chefin beim Verband, Anna Schmidt, sagte, die Lage sei ernst.")
    assert a.attributions[0].source_mention.text == "die Chefin beim Verband, Anna Schmidt"


def test_a_quotation_that_closes_the_sentence_is_one_of_the_quotes():
    a = analyze("Titel\n\nKarsai sagte, Afghanistan sei ein „Opfer des Terrorismus“ und Mehsud sollte wissen, "
                "„dass wir hinter ihm her sind.“")
    (att,) = a.attributions
    assert att.mode == "mixed"
    assert [q.text for q in att.quotes] == ["Opfer des Terrorismus", "dass wir hinter ihm her sind"]


def test_a_passive_cue_after_an_apposition_and_a_quoted_outlet_keeps_its_subject():
    for text in ("Der Fraktionschef der Grünen, Volker Ratzmann, wird mit den Worten zitiert: „Wowereit ist "
                 "angeschlagen.“",
                 "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der „Netzeitung“ mit den Worten "
                 "zitiert: „Wowereit ist angeschlagen.“"):
        (att,) = analyze("Titel\n\n" + text).attributions
        assert att.source_mention.text == "Der Fraktionschef der Grünen, Volker Ratzmann", text
        assert att.message.text == "Wowereit ist angeschlagen."


def test_a_quoted_outlet_name_after_an_outlet_noun_is_no_piece_of_the_quotation():
    (att,) = analyze("Titel\n\n„Die Schuld liegt bei uns“, wird der Franzose im Fachblatt „La Gazetta dello "
                     "Sport“ zitiert.").attributions
    assert (att.message.text, att.message_parts) == ("Die Schuld liegt bei uns", [])


def test_a_nominative_after_the_source_phrase_is_no_genitive_of_it():
    (att,) = analyze("Titel\n\nBeim Eintritt würde nach Auskunft der NASA der überwiegende Teil der Masse "
                     "verdampfen.").attributions
    assert att.source_mention.text == "Auskunft der NASA"
    assert [p.text for p in att.message_parts] == ["Beim Eintritt würde", "der überwiegende Teil der Masse verdampfen"]


def test_a_relative_clause_closing_the_sentence_is_no_apposition_of_the_source():
    a = analyze("Titel\n\nDie Gruppe plane neue Anschläge in Europa. Dies berichtet das Washingtoner "
                "SITE-Institut, das Extremisten-Websites begutachtet.")
    assert {x.source_mention.text for x in a.attributions if x.cue} == {"das Washingtoner SITE-Institut"}


def test_a_quoted_name_after_an_article_in_narration_is_no_quotation():
    a = analyze("Titel\n\nDer Minister sagte, die Lage sei ernst. Das Gericht kippte Teile des „Gesetzes über den "
                "Verfassungsschutz in Nordrhein-Westfalen“ am Mittwoch.")
    assert [x.message.text for x in a.attributions] == ["die Lage sei ernst"]


def test_a_wie_clause_with_a_publishing_verb_reports_but_not_a_comparison():
    (att,) = analyze("Titel\n\nWie die Sportzeitung „L’Equipe“ veröffentlichte, soll Anelka den Trainer beleidigt "
                     "haben.").attributions
    assert (att.cue.text, att.message.text) == ("veröffentlichte", "soll Anelka den Trainer beleidigt haben")
    a = analyze("Titel\n\nNicht nur durch Regeln, wie sie der Guardian kürzlich veröffentlichte, wird gelöscht.")
    assert a.attributions == []


def test_emerging_from_is_no_report_but_following_from_a_report_is():
    a = analyze("Titel\n\nDie Firma Conradty war eine alteingesessene Firma, hervorgegangen aus einem 1855 von "
                "Conrad Conradty in Nürnberg gegründeten Werk.")
    assert a.attributions == []
    (att,) = analyze("Titel\n\nAus dem Bericht geht hervor, dass die Firma Verluste macht.").attributions
    assert att.message.text == "dass die Firma Verluste macht"
