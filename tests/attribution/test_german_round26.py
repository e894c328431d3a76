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


def test_man_with_a_naming_verb_defines_a_word_and_reports_nothing():
    a = analyze("Titel\n\nAls Lichtjahr bezeichnet man die Strecke, die ein Lichtstrahl in einem Jahr zurücklegt. "
                "Rosinenbomber nannte man Flugzeuge, die die Stadt versorgten.")
    assert a.attributions == []
    a = analyze("Titel\n\nDer Minister bezeichnete den Plan als Fehler.")
    assert [x.cue.text for x in a.attributions] == ["bezeichnete"]


def test_fronted_victims_of_a_singular_fordern_are_no_demand():
    a = analyze("Titel\n\nAcht Tote und 56 Verletzte forderte am Morgen ein Anschlag auf einen Bus.")
    assert a.attributions == []
    a = analyze("Titel\n\nZwei Verletzte forderten eine Entschädigung. Die Opfer forderten eine lückenlose Aufklärung.")
    assert [x.source_mention.text for x in a.attributions] == ["Zwei Verletzte", "Die Opfer"]


def test_an_outlet_name_after_an_indefinite_article_is_a_common_noun():
    a = analyze("Titel\n\nEin Blick auf die Karte zeigt, dass der Ort abgelegen ist.")
    assert [s.type for s in a.sources] != ["media"]
    a = analyze("Titel\n\nDie Lage sei ernst, berichtet der Blick.")
    assert [(s.type, s.name) for s in a.sources] == [("media", "Blick")]


def test_studies_laws_and_publications_are_documents():
    for phrase in ("Einer Untersuchung", "Einer Veröffentlichung", "Dem Infektionsschutzgesetz", "Dem Politbarometer",
                   "Dem ARD-Deutschlandtrend"):
        a = analyze(f"Titel\n\n{phrase} zufolge ist das Risiko gering.")
        assert [s.type for s in a.sources] == ["document"], phrase


def test_a_paper_after_its_owners_genitive_is_a_document_or_the_outlets_report():
    a = analyze("Titel\n\nApples Patent zeigt, dass das Gerät faltbar sein könnte.")
    assert [(s.type, s.name) for s in a.sources] == [("document", None)]
    a = analyze("Titel\n\nPoliticos Bericht zufolge ist die Lage ernst.")
    assert [(s.type, s.name) for s in a.sources] == [("media", "Politico")]


def test_an_unknown_english_title_that_reports_is_an_outlet():
    a = analyze("Titel\n\nDas Gerät soll faltbar sein, berichtete The Elec.")
    assert [s.type for s in a.sources] == ["media"]
    a = analyze("Titel\n\nDas Gerät soll faltbar sein, berichtete Siemens.")
    assert [s.type for s in a.sources] == ["organization"]


def test_bekannt_werden_with_adverbs_between_or_as_a_participle_reports():
    a = analyze("Titel\n\nIm April wurde dann bekannt, dass der Sänger an Krebs litt.")
    (att,) = a.attributions
    assert (att.cue.text, att.message.text, att.source) == ("wurde", "dass der Sänger an Krebs litt", None)
    a = analyze("Titel\n\nNachdem bekannt geworden war, dass die Firma die Projekte verkauft, stieg die Aktie.")
    (att,) = a.attributions
    assert [att.cue.text] + [p.text for p in att.cue_parts] == ["bekannt", "geworden", "war"]
    assert att.message.text == "dass die Firma die Projekte verkauft"


def test_bekannt_as_an_adjective_reports_nothing():
    assert analyze("Titel\n\nEr wurde als Sänger bekannt. Der Mann ist in der Stadt bekannt.").attributions == []


def test_bekannt_geworden_in_a_relative_clause_reports_nothing():
    a = analyze("Titel\n\nEr war durch Äußerungen bekannt geworden, die auf Verwunderung gestoßen waren. Im Ort, der "
                "wegen der Prozesse bekannt geworden ist, gibt es kein Denkmal.")
    assert a.attributions == []


def test_a_konjunktiv_sentence_with_its_own_cue_is_also_the_speakers_continued_speech():
    a = analyze("Titel\n\nDer Minister sagte am Montag, die Lage sei ernst. Die Einigung sehe vor, dass die Steuern "
                "sinken.")
    said, cont, inner = a.attributions
    assert cont.cue is None and cont.source == said.source
    assert cont.message.text == "Die Einigung sehe vor, dass die Steuern sinken"
    assert (inner.cue.text, inner.parent) == ("sehe", cont.id)


def test_the_speaker_who_goes_on_is_the_outer_one_not_the_paper_he_cited():
    a = analyze("Titel\n\nDer Minister sagte am Montag, die Lage sei ernst. Die Einigung sehe vor, dass die Steuern "
                "sinken. Er gehe davon aus, dass die Koalition hält.")
    last = a.attributions[-1]
    assert (last.cue.text, last.source, last.parent) == ("gehe", a.attributions[0].source, None)


def test_the_writers_own_opinion_is_no_attribution():
    a = analyze("Titel\n\nUnserer Meinung nach ist das eine Frechheit. Seiner Meinung nach ist das ein Fehler.")
    assert [(x.cue.text, x.source_mention.text) for x in a.attributions] == [("nach", "Seiner Meinung")]


def test_a_blog_or_podcast_with_its_name_is_an_outlet():
    a = analyze("Titel\n\nDer Blog Fefe schrieb, die Lage sei ernst.")
    assert [(s.type, s.name) for s in a.sources] == [("media", "Fefe")]
    a = analyze("Titel\n\nDer Militärblog Rybar schrieb, die Lage sei ernst.")
    assert [(s.type, s.name) for s in a.sources] == [("media", "Rybar")]
    a = analyze("Titel\n\nDer Telegram-Kanal Rybar schrieb, die Lage sei ernst.")
    assert [s.type for s in a.sources] == ["social_post"]


def test_a_model_name_after_its_number_is_nobody_a_pronoun_can_mean():
    a = analyze("Titel\n\nLaut dem Analysten Ming-Chi Kuo soll das iPhone 14 Max günstiger werden. Er geht von unter "
                "900 Dollar aus.")
    last = a.attributions[-1]
    assert last.source_mention.text == "Er"
    assert a.source_by_id(last.source).name == "Ming-Chi Kuo"
