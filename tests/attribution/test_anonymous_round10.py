"""Round 10: German anonymous sources and source types — head nouns the motion list misses, insider phrases,
"Quellen im Ministerium zufolge", the wish to stay unnamed, counts and affiliations, press releases, posts.
Sentences written here."""

from __future__ import annotations

from reportedly.analysis.attribution.anonymous import compound_affiliation, count_de, unnamed_type
from reportedly.analysis.attribution.names import doc_noun
from reportedly.analysis.attribution.speakers import lexicon_person_noun
from reportedly.api import analyze

from .helpers import find, run, source_of, sources_of


def test_unnamed_people_the_motion_list_misses():
    for w in ("Anwohnerin", "Passantinnen", "Funktionär", "Parteifunktionären", "Whistleblower", "Geheimdienstler",
              "Eingeweihte", "Regierungsquellen"):
        assert lexicon_person_noun(w), w
    for w in ("Fehler", "Stimmung", "Bestimmung", "Computer"):
        assert not lexicon_person_noun(w), w
    an = run("„Die Fenster haben gewackelt“, sagte eine Anwohnerin.")
    s = source_of(an, "Fenster haben gewackelt")
    assert s.type == "anonymous" and s.count == 1
    assert sources_of("Ein Funktionär der Partei sagte, die Stimmung sei schlecht.")[0][1] == "anonymous"
    assert sources_of("US-Geheimdienstler sagten dem Sender, der Angriff sei geplant gewesen.")[0][1] == "anonymous"
    assert sources_of("Eingeweihte berichten, der Vorstand sei zerstritten.")[0][1] == "anonymous"


def test_a_relative_clause_on_a_postposed_speaker_is_no_message():
    an = run("„Das dauert alles viel zu lange“, sagte ein Offizier, der nicht namentlich genannt werden wollte.")
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert a.mode == "direct" and a.cue.text == "sagte" and an.source_by_id(a.source).type == "anonymous"
    a = find(run("Am Montag sagte ein Offizier, der nicht genannt werden wollte, die Lage sei ernst."), "Lage")
    assert a.message.text == "die Lage sei ernst" and a.source_mention.text == "ein Offizier"


def test_other_wishes_to_stay_unnamed_are_no_speech_events():
    for body in (
        "Ein Mann, der seinen Namen nicht nennen wollte, sagte, er habe Angst.",
        "Ein Beamter, der nicht zitiert werden wollte, sagte, die Lage sei ernst.",
        "Ein Beamter, der um Anonymität bat, sagte, die Lage sei ernst.",
        "Ein Mitarbeiter, der seinen Namen nicht in der Zeitung lesen will, sagte, die Standards seien mangelhaft.",
    ):
        got = sources_of(body)
        assert len(got) == 1 and got[0][1] == "anonymous", body


def test_verlauten_aus_names_its_source():
    got = sources_of("Die Entscheidung sei bereits gefallen, verlautete aus dem Kanzleramt.")
    assert got == [("Kanzleramt", "organization", "Die Entscheidung sei bereits gefallen")]


def test_people_familiar_with_the_matter_without_article_or_with_a_number():
    an = run("Zwei mit der Angelegenheit vertraute Personen sagten, der Deal sei geplatzt.")
    a = find(an, "Deal sei geplatzt")
    s = an.source_by_id(a.source)
    assert a.source_mention.text == "Zwei mit der Angelegenheit vertraute Personen"
    assert s.type == "anonymous" and s.count == 2 and s.affiliation is None
    a = find(run("Mit den Plänen vertraute Personen sagten, die Kosten lägen höher."), "Kosten")
    assert a.source_mention.text == "Mit den Plänen vertraute Personen"
    a = find(run("Eine mit den Plänen vertraute Person sagte, die Übernahme sei beschlossen."), "Übernahme")
    assert a.source_mention.text == "Eine mit den Plänen vertraute Person"  # "vertraute" tagged as a verb


def test_an_anonymous_head_before_a_prepositional_phrase_and_zufolge():
    an = run("Quellen im Verteidigungsministerium zufolge sollen weitere Panzer geliefert werden.")
    a = find(an, "Panzer")
    s = an.source_by_id(a.source)
    assert a.source_mention.text == "Quellen im Verteidigungsministerium"
    assert a.message.text == "sollen weitere Panzer geliefert werden"
    assert s.type == "anonymous" and s.affiliation == "Verteidigungsministerium"
    a = find(run("Der Polizei in Berlin zufolge wurde niemand verletzt."), "niemand")
    assert a.source_mention.text == "Der Polizei in Berlin" and a.message.text == "wurde niemand verletzt"


def test_er_after_a_lone_anonymous_speaker_is_that_speaker():
    an = run("Ein Insider sagte, der Vorstand habe den Plan abgelehnt. „Das war absehbar“, fügte er hinzu.")
    assert source_of(an, "Das war absehbar") is source_of(an, "Vorstand habe")


def test_a_wie_clause_is_no_message_of_the_verb_after_it():
    got = sources_of("Wie das Portal berichtet, wurde der Vertrag gekündigt.")
    assert got == [(None, "media", "wurde der Vertrag gekündigt")]
    got = sources_of("Wie ein Sprecher bestätigte, wurde der Flughafen geschlossen.")
    assert len(got) == 1 and got[0][1] == "anonymous"


def test_counts_of_anonymous_sources():
    assert source_of(run("Die Sprecherin sagte, man prüfe den Fall."), "prüfe").count == 1
    an = run("Aus dem Umfeld des Kanzlers hieß es, man sei zuversichtlich.")
    assert source_of(an, "zuversichtlich").count is None
    assert source_of(run("Russische Militärblogger berichteten, die Front halte."), "Front").count is None
    assert count_de(None, "beamte", None, ["zwei", "beamte"]) == 2
    assert count_de(1, "regierungskreisen", None, ["regierungskreisen"]) is None


def test_an_adjective_tagged_as_a_noun_is_no_head():
    assert sources_of("Regierungsnahe Quellen berichten, der Präsident sei erkrankt.")[0][1] == "anonymous"


def test_affiliations_from_compounds_and_genitives():
    assert compound_affiliation("Regierungskreisen") == "Regierung"
    assert compound_affiliation("Polizeisprecher") == "Polizei"
    assert compound_affiliation("Sicherheitskreise") is None
    an = run("Aus Koalitionskreisen hieß es, eine Einigung sei nah.")
    assert source_of(an, "Einigung").affiliation == "Koalition"
    s = source_of(run("Ein Sprecher des Ministeriums sagte, man prüfe den Fall."), "prüfe")
    assert s.affiliation == "Ministerium"


def test_press_releases_information_and_posts_are_typed():
    assert unnamed_type("polizeiangaben", "", ["polizeiangaben"]) == "organization"
    assert unnamed_type("pressemitteilung", "", ["einer", "pressemitteilung"]) == "document"
    assert unnamed_type("post", "", ["die", "post"]) is None
    assert doc_noun("Umfragen") and doc_noun("Mitteilungen") and not doc_noun("Fragen")
    assert sources_of("In einer Pressemitteilung hieß es, das Werk werde geschlossen.")[0][1] == "document"
    assert sources_of("Laut Polizeiangaben wurde niemand verletzt.")[0][1] == "organization"
    assert sources_of("Laut Umfragen liegt die Partei vorn.")[0][1] == "document"
    assert sources_of("In einem Tweet hieß es, man werde nicht zurücktreten.")[0][1] == "social_post"
    an = run("Laut einem Post auf Telegram wurden zehn Soldaten getötet.")
    a = find(an, "Soldaten")
    assert a.source_mention.text == "einem Post auf Telegram" and a.message.text == "wurden zehn Soldaten getötet"
    assert an.source_by_id(a.source).type == "social_post"


def test_an_outlet_after_a_postposed_speaker_is_the_addressee():
    a = find(run("Der Minister wolle zurücktreten, sagte ein hochrangiger Beamter der Nachrichtenagentur Reuters."),
             "Minister")
    assert a.source_mention.text == "ein hochrangiger Beamter"
    a = find(run("Der Minister wolle gehen, sagte ein Insider der Deutschen Presse-Agentur."), "Minister")
    assert a.source_mention.text == "ein Insider"


def test_ein_anderer_is_a_new_anonymous_speaker():
    an = run("Ein Beamter sagte, der Plan sei gut. Ein anderer sagte, die Lage sei ernst.")
    first, other = source_of(an, "Plan sei gut"), source_of(an, "Lage sei ernst")
    assert other is not first and other.type == "anonymous" and other.count == 1


def test_a_quoted_outlet_name_hyphened_to_its_noun():
    assert sources_of("Die „Bild“-Zeitung berichtete, der Trainer werde entlassen.")[0][:2] == ("Bild", "media")
    got = sources_of("Laut „Bild“-Zeitung wird der Trainer entlassen.")
    assert got == [("Bild", "media", "wird der Trainer entlassen")]
    a = find(run("Laut „Spiegel“ wird der Trainer entlassen."), "Trainer")
    assert a.source_mention.text == "„Spiegel“" and a.message.text == "wird der Trainer entlassen"


def test_unter_verweis_auf_cites_like_unter_berufung_auf():
    an = run("Das Blatt berichtete unter Verweis auf ungenannte Beamte, die Armee plane eine Offensive.")
    cited = [a for a in an.attributions if a.cue.text == "unter"]
    assert len(cited) == 1 and an.source_by_id(cited[0].source).type == "anonymous"
    assert cited[0].parent is not None
    assert not run("Er verwies mit Hinweis auf die Lage auf Probleme.").attributions


def test_a_relative_pronoun_speaker_is_the_noun_before_it():
    an = run("Die Zeitung zitierte einen ungenannten Beamten, der sagte, die Armee plane eine Offensive.")
    said = next(a for a in an.attributions if a.cue.text == "sagte")
    s = an.source_by_id(said.source)
    assert s.type == "anonymous" and s.description == "einen ungenannten Beamten"


def test_an_information_noun_before_the_speaker_is_no_head():
    for body in (
        "Nach Angaben informierter Kreise wird der Vertrag verlängert.",
        "Nach Einschätzung politischer Beobachter ist die Wahl offen.",
        "Nach Angaben libanesischer Sicherheitskreise starben zwei Menschen.",
    ):
        assert sources_of(body)[0][1] == "anonymous", body
    assert unnamed_type("Behördenangaben", "", ["behördenangaben"]) == "organization"
    assert unnamed_type("UNO-Angaben", "", ["uno-angaben"]) == "organization"
    assert unnamed_type("Zeitangaben", "", ["zeitangaben"]) is None


def test_a_tagged_person_name_after_a_genitive_role_is_the_name():
    got = sources_of("Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Beispielmann sagte, es gehe gut.")
    assert got[0][1] == "person"
    assert sources_of("Der Staatsanwalt des Distrikts Nord sagte, der Fall sei klar.")[0][1] == "anonymous"


def test_the_cited_speak_on_after_beruft_sich_auf():
    an = run("Die Zeitung beruft sich auf zwei namentlich nicht genannte Beamte. Die Regierung habe es gebilligt.")
    s = source_of(an, "es gebilligt")
    assert s.type == "anonymous" and s.count == 2
    an = run("Das Blatt beruft sich dabei auf vier mit der Angelegenheit vertraute Personen. Die Lage sei ernst.")
    assert source_of(an, "Lage sei ernst").count == 4
    an = run("Die Zeitung berichtet über Pläne. Das Blatt beruft sich auf zwei Beamte. Demnach soll der Plan starten.")
    assert source_of(an, "Plan starten").type == "anonymous"


def test_the_cited_speak_on_after_zitieren_without_a_message():
    assert source_of(run("Die Zeitung zitiert zwei Beamte. Die Lage sei ernst."), "Lage").type == "anonymous"
    an = run("Politico berichtet über die Pläne. Im Bericht werden zwei Beamte zitiert. Die Lage sei ernst.")
    assert source_of(an, "Lage sei ernst").description == "zwei Beamte"


def test_a_stance_in_public_takes_the_floor():
    body = "Ein Sprecher sagte, man prüfe den Fall. Ein Diplomat zeigte sich skeptisch. „Das bringt nichts“, sagte er."
    an = run(body)
    assert source_of(an, "Das bringt nichts").description == "Ein Diplomat"
    assert len(an.attributions) == 2  # "zeigte sich skeptisch" has no message of its own
    an = run("Ein Sprecher sagte, man prüfe es. Ein Diplomat zeigte sich skeptisch. Die Sanktionen seien sinnlos.")
    assert source_of(an, "Sanktionen").description == "Ein Diplomat"


def test_signalisieren_and_einwenden_report_speech():
    assert sources_of("Ein Diplomat signalisierte, man sei zu Gesprächen bereit.")[0][1] == "anonymous"
    assert sources_of("Ein Diplomat wandte ein, die Gespräche seien sinnlos.")[0][1] == "anonymous"


def test_den_minister_is_an_office_holder():
    an = run("Die Zeitung zitiert den Innenminister mit den Worten, die Lage sei ernst.")
    said = next(a for a in an.attributions if a.cue.text == "mit")
    assert an.source_by_id(said.source).type == "person"


def test_das_berichtete_x_unter_berufung_auf_y_reports_the_sentence_before():
    an = run("Die USA planen neue Sanktionen gegen Iran. Das berichtete Politico unter Berufung auf einen Beamten.")
    outer = next(a for a in an.attributions if a.cue.text == "berichtete")
    inner = next(a for a in an.attributions if a.cue.text == "unter")
    assert outer.message.text == inner.message.text == "Die USA planen neue Sanktionen gegen Iran"
    assert an.source_by_id(inner.source).type == "anonymous" and inner.parent == outer.id


def test_das_erfuhr_x_aus_kreisen_names_the_circles():
    got = sources_of("Die USA planen neue Sanktionen. Das erfuhr die Deutsche Presse-Agentur aus Koalitionskreisen.")
    assert got == [(None, "anonymous", "Die USA planen neue Sanktionen")]


def test_a_relative_clause_after_laut_x_is_no_message():
    a = find(run("Laut dem Bericht, der sich auf anonyme Quellen beruft, wurden Waffen geliefert."), "Waffen")
    assert a.message.text == "wurden Waffen geliefert"


def test_an_anonymous_group_before_a_headline_colon_is_the_source():
    an = analyze("US-Beamte: Angriff steht unmittelbar bevor\n\nDer Text folgt hier.\n")
    assert an.attributions and an.source_by_id(an.attributions[0].source).type == "anonymous"
    assert not analyze("Bundesliga: Bayern gewinnt erneut das Spitzenspiel\n\nDer Text folgt hier.\n").attributions


def test_state_media_and_experts_of_a_think_tank():
    assert sources_of("Russische Staatsmedien meldeten, die Stadt sei gefallen.")[0][1] == "media"
    an = run("„Das ist eine Botschaft“, sagte ein Sicherheitsexperte der Denkfabrik RAND.")
    s = source_of(an, "Botschaft")
    assert s.type == "anonymous" and s.affiliation == "Denkfabrik RAND"
    an = run("Aus NATO-Kreisen hieß es, man beobachte die Lage genau.")
    assert source_of(an, "beobachte").affiliation == "NATO"


def test_more_reporting_phrases():
    for body in (
        "Ein Beamter schloss nicht aus, dass die Lage eskaliert.",
        "Ein Beamter machte deutlich, dass die Lage ernst sei.",
        "Ein Beamter ließ offen, ob die Gespräche weitergehen.",
    ):
        got = sources_of(body)
        assert len(got) == 1 and got[0][1] == "anonymous", body
    got = sources_of("Aus Sicht von Experten ist die Lage ernst.")
    assert got == [(None, "anonymous", "ist die Lage ernst")]
    assert sources_of("Aus Sicht der Regierung ist die Lage ernst.")[0][1] == "organization"
    assert not run("Er kommt aus Berlin und schloss die Tür.").attributions


def test_reports_without_article_are_the_press():
    assert sources_of("Übereinstimmenden Berichten zufolge wurde der Minister entlassen.")[0][1] == "media"
    assert sources_of("Einem Bericht zufolge wurde der Minister entlassen.")[0][1] == "document"


def test_a_list_of_outlets_and_an_apposition_after_the_source():
    a = find(run("Nach Informationen von NDR, WDR und SZ wurde der Minister entlassen."), "Minister")
    assert a.source_mention.text == "Informationen von NDR, WDR und SZ"
    assert a.message.text == "wurde der Minister entlassen"
    a = find(run("Nach Angaben von Müller, dem Chef der Firma, wurde der Minister entlassen."), "Minister")
    assert a.message.text == "wurde der Minister entlassen"


def test_er_after_an_insider_who_spoke_after_a_named_person():
    an = run("Der Minister Hans Beispiel sagte, man prüfe den Fall. Ein Insider sagte, der Plan sei gescheitert. "
             "Er fügte hinzu, die Kosten seien zu hoch.")
    assert source_of(an, "Kosten seien").description == "Ein Insider"
    assert source_of(an, "prüfe den Fall").name == "Hans Beispiel"


def test_genitive_documents_and_plural_outlets():
    assert doc_noun("Berichts") and doc_noun("Dokuments") and not doc_noun("Gerichts")
    assert sources_of("Mehrere Zeitungen berichteten, der Minister trete zurück.")[0][1] == "media"


def test_a_quoted_outlet_name_is_no_quotation():
    assert not run("Der „Spiegel“ berichtet über den Minister.").attributions
    assert not run("Der Minister sprach mit dem „Spiegel“ über die Lage.").attributions
    got = sources_of("„Das ist gut“, sagte der Minister.")
    assert got[0][2] == "Das ist gut"


def test_a_report_of_an_unnamed_outlet_is_the_outlet():
    assert sources_of("Laut dem Bericht des Magazins trete der Minister zurück.")[0][1] == "media"
    # s21: an unnamed body's report is the document (as "nach einer Studie der WHO"), not the body
    assert sources_of("Laut einem Bericht der Polizei trete der Minister zurück.")[0][1] == "document"


def test_an_outlet_after_a_speech_verb_is_told_and_its_studio_is_the_outlet():
    an = run("Ein mit den Verhandlungen vertrauter Politiker sagte der Zeitung, ohne Einsparungen gehe es nicht.")
    a = find(an, "Einsparungen")
    assert a.source_mention.text == "Ein mit den Verhandlungen vertrauter Politiker"
    assert an.source_by_id(a.source).type == "anonymous"
    assert sources_of("Am Montag sagte der Sender, die Lage sei ernst.")[0][1] == "media"
    got = sources_of("Nach Informationen des ARD-Hauptstadtstudios gab es keinen Durchbruch.")
    assert got[0][:2] == ("ARD", "media")


def test_a_sollen_sentence_after_citing_is_the_cited_and_coordinated_adjectives():
    an = run("Die Zeitung beruft sich auf aktuelle und ehemalige US-Beamte. Die Agenten sollen Daten weitergeben.")
    s = source_of(an, "Agenten sollen")
    assert s.type == "anonymous" and s.description == "aktuelle und ehemalige US-Beamte" and s.affiliation == "US"


def test_er_and_sie_with_no_speaker_yet_are_a_person_named_further_back():
    filler = "Die Stadt hat in den vergangenen Jahren viel Geld in neue Straßen, Schulen und Brücken investiert. " * 2
    an = run("Der Bürgermeister Hans Beispielmann besuchte am Montag das Hochwassergebiet. " + filler
             + "Er sagte, die Lage sei ernst.")
    assert source_of(an, "Lage sei ernst").name == "Hans Beispielmann"
    an = run("Die Ministerin Anna Beispielfrau besuchte am Montag das Hochwassergebiet. " + filler
             + "Sie sagte, die Lage sei ernst.")
    assert source_of(an, "Lage sei ernst").name == "Anna Beispielfrau"


def test_a_registered_outlet_after_an_unnamed_official_is_the_addressee():
    for body in ("Die Lage sei ernst, sagte ein Regierungsvertreter der AFP.",
                 "Wie ein Regierungsvertreter der AFP sagte, ist die Lage ernst."):
        a = find(run(body), "Lage")
        assert a.source_mention.text == "ein Regierungsvertreter", body
    a = find(run("Wie ein Sprecher der Regierung sagte, ist die Lage ernst."), "Lage")
    assert a.source_mention.text == "ein Sprecher der Regierung"


def test_von_after_an_information_noun_lists_and_adjective_nouns():
    got = sources_of("Laut Aussagen von Zeugen flüchtete der Täter in einem Auto.")
    assert got == [(None, "anonymous", "flüchtete der Täter in einem Auto")]
    got = sources_of("Laut Angaben von Polizei und Feuerwehr wurde niemand verletzt.")
    assert got == [(None, "organization", "wurde niemand verletzt")]
    assert sources_of("Beteiligte berichten von einer angespannten Stimmung.")[0][1] == "anonymous"
    an = run("Die Verhandlungen sind gescheitert. Dies bestätigten mehrere mit der Sache vertraute Personen.")
    a = find(an, "Verhandlungen")
    assert a.source_mention.text == "mehrere mit der Sache vertraute Personen"


def test_passive_reports_from_an_organisation_and_seitens():
    assert sources_of("Aus dem Ministerium wurde bestätigt, dass die Gespräche laufen.")[0][1] == "organization"
    assert sources_of("Im Innenministerium wird befürchtet, dass die Gespräche scheitern.")[0][1] == "organization"
    assert sources_of("Im Sommer wurde bestätigt, dass die Gespräche laufen.")[0][1] == "none"
    assert sources_of("Seitens der Regierung hieß es, die Gespräche liefen.")[0][1] == "organization"
    assert sources_of("Von Regierungsseite wurde bestätigt, dass die Gespräche laufen.")[0][1] == "organization"
