"""Round 19 (German): the perfect "hatte es geheißen", a negated modal cue after a main clause,
inflected broadcaster names, English organisation names inside German text. Sentences written here."""

from __future__ import annotations

from reportedly.analysis.outlets import german_forms

from .helpers import find, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def test_the_perfect_of_heissen_es_is_a_cue_with_its_fronted_source():
    an = run(LEAD + "Aus dem Kanzleramt hatte es zuvor geheißen, eine Einigung sei noch vor Weihnachten möglich.")
    a = find(an, "Einigung")
    assert a.cue.text.startswith("hatte") and a.message.text == "eine Einigung sei noch vor Weihnachten möglich"
    assert source_of(an, "Einigung").name == "Kanzleramt"


def test_the_perfect_of_heissen_es_takes_the_source_between_es_and_the_participle():
    an = run(LEAD + "Die Regierung sei gespalten, hatte es bei der Union geheißen.")
    assert source_of(an, "gespalten").name == "Union"


def test_es_hatte_geheissen_names_no_source():
    an = run(LEAD + "Es hatte geheißen, der Minister werde zurücktreten.")
    a = find(an, "zurücktreten")
    assert a.source is None and a.message.text == "der Minister werde zurücktreten"


def test_a_refusal_after_a_main_clause_takes_no_message_from_it():
    an = run(LEAD + "Ein Sprecher der Bundesanwaltschaft bestätigte die Durchsuchungen, wollte sich zu Details "
             "aber nicht äußern.")
    assert [a.message.text for a in an.attributions] == ["die Durchsuchungen"]
    assert all(s.name != "sich" for s in an.sources)


def test_a_question_clause_before_a_refusal_stays_its_message():
    an = run(LEAD + "Ob der Minister zurücktritt, wollte die Sprecherin nicht sagen.")
    assert find(an, "Ob der Minister").cue.text == "sagen"


def test_strong_adjective_outlet_names_have_their_inflected_forms():
    forms = german_forms("Bayerischer Rundfunk")
    assert {"Bayerischen Rundfunks", "Bayerischen Rundfunk", "Bayerische Rundfunk"} <= set(forms)
    assert german_forms("Frankfurter Allgemeine Zeitung") == ["Frankfurter Allgemeinen Zeitung"]


def test_an_inflected_broadcaster_is_a_media_source():
    an = run(LEAD + "Nach Informationen des Bayerischen Rundfunks wurden mehr als 20 Objekte durchsucht. "
             "Der Westdeutsche Rundfunk berichtete, der Minister sei krank.")
    assert source_of(an, "Objekte").type == "media"
    assert source_of(an, "Minister").type == "media"


def test_an_english_organisation_name_keeps_its_lowercase_links():
    an = run(LEAD + "Nach Einschätzung des US-Thinktanks Institute for the Study of War (ISW) dürfte Russland "
             "seine Offensive fortsetzen. Laut dem Center for Strategic and International Studies ist die Lage ernst.")
    assert source_of(an, "Offensive").name == "Institute for the Study of War"
    assert source_of(an, "Lage").name == "Center for Strategic and International Studies"


def test_in_schutz_nehmen_gives_the_floor_to_its_speaker():
    an = run(LEAD + "Kapitän Max Meier sagte, man müsse jetzt die richtigen Schlüsse ziehen. Sportdirektor Peter "
             "Huber nahm die Mannschaft dagegen in Schutz. Die Verletzungssorgen seien enorm.")
    assert source_of(an, "Verletzungssorgen").name == "Peter Huber"
    assert not any(a.message.text.startswith("die Mannschaft") for a in an.attributions)


def test_a_name_in_the_reported_question_is_not_the_pronoun_that_answers():
    an = run(LEAD + "Trainer Thomas Frank kritisierte die Mannschaft. „Ich mache mir keine Sorgen“, betonte "
             "Sportdirektor Peter Huber. Auf die Frage, ob Frank um seinen Job fürchten müsse, antwortete er "
             "knapp: „Nein, natürlich nicht.“")
    assert source_of(an, "natürlich nicht").name == "Peter Huber"


def test_a_speech_verb_with_mit_den_worten_is_one_event():
    an = run(LEAD + "Der Minister äußerte sich mit den Worten, die Lage sei ruhig.")
    ruhig = [a for a in an.attributions if "Lage sei ruhig" in a.message.text]
    assert len(ruhig) == 1 and ruhig[0].cue.text == "äußerte"
    assert [p.text for p in ruhig[0].cue_parts][-1] == "Worten"


def test_a_konjunktiv_modal_with_an_infinitive_cue_is_no_inverted_cue():
    an = run(LEAD + "DGB-Chefin Yasmin Fahimi sagte, statt bei den Bauern zu sparen, solle die Regierung lieber "
             "Steuerschlupflöcher schließen.")
    assert [a.cue.text for a in an.attributions] == ["sagte"]
    assert source_of(an, "Steuerschlupflöcher").name == "Yasmin Fahimi"


def test_an_according_to_message_ends_where_another_speaker_opens_a_clause():
    an = run(LEAD + "Nach Polizeiangaben waren rund 8000 Menschen unterwegs, die Veranstalter sprachen von über "
             "10.000 Teilnehmern.")
    assert find(an, "8000").message.text == "waren rund 8000 Menschen unterwegs"
    assert find(an, "10.000").cue.text == "sprachen"


def test_nach_a_plan_or_draft_cites_it():
    an = run(LEAD + "Nach einem Plan der Europäischen Kommission müssen alle Staaten Konzepte vorlegen.")
    assert find(an, "Konzepte vorlegen").cue.text == "Nach"


def test_a_fronted_danach_after_a_study_cites_it_but_not_in_the_past():
    an = run(LEAD + "Das Kinderhilfswerk Unicef legte am Montag eine neue Studie vor. Danach ist jedes dritte Kind "
             "von Armut bedroht. Der Minister stellte den Bericht vor. Danach fuhr er nach Hause.")
    assert find(an, "jedes dritte Kind").cue.text == "Danach"
    assert not any("fuhr" in a.message.text for a in an.attributions)


def test_bekannt_werden_reports_with_no_source():
    an = run(LEAD + "Der Minister sagte, er sei zufrieden. Später wurde bekannt, dass das Opfer gelogen hatte. "
             "Erst jetzt ist bekannt geworden, dass der Vertrag gekündigt wurde. Der Sänger wurde durch seine "
             "Lieder bekannt.")
    a = find(an, "Opfer gelogen")
    assert a.cue.text == "wurde" and a.source is None
    assert find(an, "Vertrag gekündigt").source is None
    assert not any("Lieder" in x.message.text for x in an.attributions)


def test_sieht_es_als_an_is_a_cue_for_its_infinitive():
    an = run(LEAD + "Der Minister sieht es als seine Pflicht an, die Bürger zu schützen.")
    assert find(an, "Bürger zu schützen").cue.text == "sieht"


def test_a_name_owning_the_person_noun_is_not_the_speaker():
    an = run(LEAD + "Ein enger Freund Trumps sagte der Zeitung, Trump sei besorgt. Ein Sprecher Selenskyjs sagte, "
             "man sei bereit. Die Anwältin des Angeklagten Peter M. sagte, ihr Mandant sei unschuldig. Der Sprecher "
             "des Ministers, Max Weber, sagte, man prüfe das.")
    for needle in ("besorgt", "bereit", "unschuldig"):
        assert source_of(an, needle).type == "anonymous", needle
    assert source_of(an, "prüfe").name == "Max Weber"


def test_a_fronted_phrase_with_its_relative_clause_is_no_message():
    an = run(LEAD + "In einem Bericht, der nach dem Angriff veröffentlicht wurde, kritisierte das Ministerium die "
             "Aktion scharf. In Berlin sei die Lage ruhig, sagte der Polizeisprecher.")
    assert find(an, "Aktion").message.text == "die Aktion"  # s10: "scharf" is the narrator's manner
    assert find(an, "Berlin").message.text == "In Berlin sei die Lage ruhig"


def test_rechtfertigen_and_the_swiss_hiess_es_are_cues():
    an = run(LEAD + "Der Minister rechtfertigte die Entscheidung damit, dass die Kosten gestiegen seien. "
             "Aus der Kirche hiess es, dass Gott keine Sünden segne.")
    assert find(an, "Kosten gestiegen").cue.text == "rechtfertigte"
    assert source_of(an, "Sünden").description == "der Kirche"


def test_a_fronted_question_phrase_is_no_message_but_a_dated_clause_is():
    an = run(LEAD + "Auf die Frage eines Journalisten, ob er zurücktrete, antwortete Scholz ausweichend. Am Montag, "
             "dem 11. November, sei die Anhörung geplant, sagte der Sprecher.")
    assert not any(a.message.text.startswith("Auf die Frage") for a in an.attributions)
    assert find(an, "Anhörung").message.text == "Am Montag, dem 11. November, sei die Anhörung geplant"


def test_a_whole_adverbial_clause_is_no_message_but_a_prepositional_waehrend_is():
    an = run(LEAD + "Während die Parlamentarier breite Unterstützung gaben, schätzte der Minister die Lage anders "
             "ein. Während der Feiertage sollen die Streiks ausgesetzt werden, sagte der Gewerkschaftschef. Dass "
             "die Lage ernst ist, bestätigte der Minister.")
    assert not any(a.message.text.startswith("Während die Parlamentarier") for a in an.attributions)
    assert find(an, "Feiertage").message.text.startswith("Während der Feiertage sollen")
    assert find(an, "Lage ernst").cue.text == "bestätigte"


def test_a_noun_phrase_before_the_cue_is_no_message():
    an = run(LEAD + "Die Linkspartei, auf deren Listen auch Kandidaten der WASG kandidiert hatten, schloss jegliche "
             "Koalition aus. In Berlin sei die Lage ruhig, sagte der Polizeisprecher.")
    assert not any(a.message.text.startswith("Die Linkspartei") for a in an.attributions)
    assert find(an, "Berlin").message.text == "In Berlin sei die Lage ruhig"


def test_fordern_with_victims_is_no_demand():
    an = run(LEAD + "In Vietnam forderte die Naturkatastrophe 92 Menschenleben. Der Sturm forderte mehrere Tote. "
             "Die Eltern forderten mehr Schutz für die Opfer.")
    assert [a.message.text for a in an.attributions] == ["mehr Schutz für die Opfer"]


def test_genannt_naming_and_a_one_word_title_after_ein_are_no_speech():
    an = run(LEAD + "Der Senator, von allen nur „Uncle Ted“ genannt, war bekannt für sein Geschick. Apple stellte "
             "auch erstmals ein „iTunes-Handy“ vor. Als Grund wurde genannt, dass der Mann vorbestraft sei. Der "
             "Minister sprach von einem „Volkskrieg“.")
    texts = [a.message.text for a in an.attributions]
    assert not any("Uncle Ted" in t or "iTunes" in t for t in texts)
    assert find(an, "vorbestraft").cue.text == "genannt"
    assert find(an, "Volkskrieg").source is not None


def test_a_reflexive_is_never_the_speaker_and_clubs_are_organisations():
    an = run(LEAD + "Auch der ADAC, der sich lange gegen ein Tempolimit gesperrt hatte, äußerte sich zurückhaltend. "
             "Eine Umfrage unter Mitgliedern habe ein gespaltenes Bild ergeben. Der Fußballclub teilte mit, der "
             "Trainer gehe.")
    assert all(s.name != "sich" and s.description != "sich" for s in an.sources)
    assert source_of(an, "Trainer gehe").type == "organization"


def test_rechnen_damit_and_forecast_objects():
    an = run(LEAD + "Der Verband rechnet damit, dass die Preise weiter steigen. Die Bank prognostiziert ein Wachstum "
             "von einem Prozent. Die Kommission mahnt Reformen an.")
    assert find(an, "Preise").cue.text == "rechnet"
    assert find(an, "Wachstum").message.text == "ein Wachstum von einem Prozent"
    assert find(an, "Reformen").cue.text == "mahnt"


def test_a_participle_used_as_adverb_is_no_second_cue():
    an = run(LEAD + "Dem Bericht widersprach das Ministerium entschieden: Die Zahlen seien falsch. Es gilt als "
             "ausgeschlossen, dass der Minister bleibt.")
    assert [a.cue.text for a in an.attributions if "Zahlen" in a.message.text] == ["widersprach"]
    assert find(an, "Minister bleibt").cue.text == "ausgeschlossen"


def test_a_comment_on_the_whole_report_ends_the_message():
    an = run(LEAD + "Die Regierung beschuldigte die Rebellen, Gelder aus dem Iran zu erhalten, was bisher nicht "
             "bestätigt werden konnte. Der Minister sagte, die Zahl sei gestiegen, was er sehr bedauere. Der "
             "Minister sagte, man müsse das zu machen versuchen, was nötig sei.")
    assert find(an, "Gelder").message.text == "Gelder aus dem Iran zu erhalten"
    assert find(an, "Zahl").message.text.endswith("was er sehr bedauere")
    assert find(an, "versuchen").message.text.endswith("was nötig sei")


def test_an_inner_report_ends_before_the_outer_cue():
    an = run(LEAD + "Sie wisse, dass ihre Arbeit fehlerhaft sei, hatte die Abgeordnete Silvana Koch-Mehrin damals "
             "gesagt.")
    inner = next(a for a in an.attributions if a.cue.text == "wisse")
    assert inner.message.text == "dass ihre Arbeit fehlerhaft sei"


def test_the_un_programmes_are_organisations_that_keep_the_floor():
    an = run(LEAD + "Mehr als eine Million Menschen seien von Hunger betroffen, teilte das Welternährungsprogramm "
             "(WFP) am Dienstag mit. Die Lage im Norden sei „katastrophal“.")
    assert source_of(an, "Hunger").type == "organization"
    assert source_of(an, "katastrophal").type == "organization"


def test_ausgehen_von_names_the_assumption():
    an = run(LEAD + "Die Ermittler gehen von Brandstiftung aus. Die Polizei geht davon aus, dass es ein Unfall war.")
    assert find(an, "Brandstiftung").message.text == "Brandstiftung"
    assert find(an, "Unfall").message.text == "dass es ein Unfall war"


def test_a_feminine_description_is_not_the_man_named_before():
    an = run(LEAD + "Es sei ein schwarzer Tag, sagte der Vorsitzende des Betriebsrats, Peter Müller, der dpa. "
             "Die Entscheidung sei falsch, schrieb die Bundestagsabgeordnete auf X.")
    assert source_of(an, "schwarzer Tag").name == "Peter Müller"
    assert source_of(an, "Entscheidung").name != "Peter Müller"


def test_so_with_a_cue_verb_inserted_or_closing():
    an = run(LEAD + "In zehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein. Der Flug käme "
             "einer Folter gleich, so bestätigt das Gericht. Denn wie die Polizei mitteilte, wurde niemand verletzt.")
    a = find(an, "Forschung")
    assert a.cue.text == "so" and source_of(an, "Forschung").description == "die Forscher"
    assert not any("schätzen" in p.text for p in a.message_parts)
    assert source_of(an, "Folter").type == "organization"
    assert find(an, "niemand verletzt").mode == "according_to"


def test_the_police_is_no_organisation_named_before_without_police_in_its_name():
    an = run("Am Montag gab es Staus. Die Polizei sprach von einem normalen Tag.",
             title="Kreml: Keine Gespräche mit Kiew geplant")
    assert source_of(an, "normalen Tag").description == "Die Polizei"


def test_a_laut_headline_keeps_laut_as_its_cue():
    an = run("Am Montag gab es in der Stadt wieder lange Staus.", title="Laut Studie: Jedes dritte Kind arm")
    a = find(an, "Kind arm")
    assert a.cue.text == "Laut" and a.source_mention.text == "Studie"


def test_a_quotation_before_mit_diesen_worten_and_name_weiter_colon():
    an = run(LEAD + "„Die Lage ist ernst“ – mit diesen Worten eröffnete die Ministerin die Sitzung. „Wir haben "
             "alles richtig gemacht“, sagte Bürgermeister Karl Huber. Huber weiter: „Wir bleiben dran.“")
    assert source_of(an, "Lage ist ernst").description == "die Ministerin"
    assert source_of(an, "bleiben dran").name == "Karl Huber"


def test_a_later_konjunktiv_main_clause_continues_the_speaker():
    an = run(LEAD + "Laut Polizei kamen zwei Touristen ums Leben. Zwölf andere Mitglieder der Reisegruppe wurden "
             "verletzt, die Verletzten seien zehn deutsche Touristen und zwei Peruaner.")
    a = find(an, "Peruaner")
    assert a.message.text == "die Verletzten seien zehn deutsche Touristen und zwei Peruaner"
    assert source_of(an, "Peruaner").description == "Polizei"


def test_an_outlet_report_with_a_cited_source_and_an_object():
    an = run(LEAD + "Die „FAZ“ meldet unter Berufung auf Insider einen Verkauf der Sparte. Der „Spiegel“ schreibt "
             "in seiner aktuellen Ausgabe von einem Machtkampf in der Partei.")
    outer = next(a for a in an.attributions if a.cue.text == "meldet")
    assert outer.message.text == "einen Verkauf der Sparte"
    inner = next(a for a in an.attributions if a.cue.text == "unter")
    assert inner.parent == outer.id
    assert find(an, "Machtkampf").message.text == "einem Machtkampf in der Partei"


def test_a_bare_title_before_an_unknown_surname_names_a_person():
    an = run(LEAD + "Man lehne den Plan ab, sagte Fraktionschefin Dröge. Fraktionschef Mützenich warnte vor "
             "Schnellschüssen. Regierungssprecher Hebestreit sagte, man prüfe das. Ein Sprecher der Bundeswehr "
             "sagte, alles sei ruhig.")
    for needle, name in (("Plan ab", "Dröge"), ("Schnellschüssen", "Mützenich"), ("prüfe", "Hebestreit")):
        src = source_of(an, needle)
        assert (src.name, src.type) == (name, "person"), needle
    assert source_of(an, "ruhig").type == "anonymous"


def test_a_reaction_coming_from_someone_names_the_speaker_after_the_colon():
    an = run(LEAD + "Kritik kam auch von der Opposition: Die Reform sei unsozial. Widerspruch kam vom Bauernverband: "
             "Die Pläne seien realitätsfern.")
    assert source_of(an, "unsozial").description == "der Opposition"
    assert source_of(an, "realitätsfern").type == "organization"


def test_stance_phrases_give_the_floor_and_fuer_x_ist_klar_reports():
    an = run(LEAD + "Merz sagte, er sei zufrieden. Die Opposition übte scharfe Kritik an den Plänen. Diese seien "
             "unsozial. Für die Union ist klar, dass die Reform scheitern wird.")
    assert source_of(an, "unsozial").description == "Die Opposition"
    a = find(an, "scheitern")
    assert a.message.text == "dass die Reform scheitern wird" and source_of(an, "scheitern").type == "organization"


def test_blame_and_understanding_phrases_give_the_floor():
    an = run(LEAD + "Merz sagte, er sei zufrieden. Die Grünen gaben der Vorgängerregierung die Schuld an der "
             "Misere. Diese habe versagt. Bürgermeisterin Anna Weber zeigte Verständnis für die Proteste. Die "
             "Sorgen seien berechtigt.")
    assert source_of(an, "versagt").name == "Grünen"
    assert source_of(an, "Sorgen").name == "Anna Weber"
