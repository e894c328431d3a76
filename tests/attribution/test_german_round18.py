"""Round 18 (German): particle verbs that are no speech, wie-clauses
followed by a relative clause, messages broken by an inserted cue. Sentences written here."""

from __future__ import annotations

from .helpers import find, run

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def _cues(an) -> list[str]:
    return [a.cue.text for a in an.attributions if a.cue]


def test_a_separated_particle_makes_a_cue_form_another_verb():
    an = run(LEAD + "Wie aus einem internen Gutachten hervorgeht, das dem WDR vorliegt, weisen auch drei weitere "
             "Brücken im Sauerland erhebliche Schäden auf.")
    assert "weisen" not in _cues(an)
    a = find(an, "Brücken")
    assert a.cue.text == "hervorgeht" and a.message.text.startswith("weisen auch drei weitere Brücken")


def test_a_genitive_source_ends_before_the_adjective_of_the_next_phrase():
    an = run(LEAD + "Die Brücken weisen nach Angaben des Ministeriums erhebliche Schäden auf.")
    assert find(an, "Brücken").source_mention.text.endswith("des Ministeriums")


def test_particle_compounds_of_speech_verbs_stay_cues():
    an = run(LEAD + "Die Ministerin wies darauf hin, dass die Kosten steigen. "
             "Der Konzern wies die Vorwürfe der Gewerkschaft entschieden zurück.")
    assert "wies" in _cues(an)
    assert find(an, "Kosten steigen").cue.text == "wies"


def test_a_paper_lying_before_a_newspaper_is_no_speech_of_the_newspaper():
    an = run(LEAD + "Wie aus einem internen Papier hervorgeht, das dem Spiegel vorliegt, sollen die Preise "
             "im Frühjahr deutlich steigen.")
    a = find(an, "Preise")
    assert a.message.text == "sollen die Preise im Frühjahr deutlich steigen"
    assert a.mode == "according_to"
    assert an.source_by_id(a.source).type == "document"  # not the newspaper the paper lies before
    assert "vorliegt" not in _cues(an)


def test_a_relative_clause_after_a_wie_clause_describes_the_source():
    an = run(LEAD + "Wie die Zeitung berichtet, die sich auf mehrere Insider beruft, will der Konzern "
             "500 Stellen streichen.")
    a = find(an, "Stellen")
    assert a.message.text == "will der Konzern 500 Stellen streichen"
    assert a.mode == "according_to"


def test_one_verb_after_an_inserted_wie_clause_ends_the_message():
    an = run(LEAD + "Die Preise sollen, wie der Spiegel berichtet, steigen.")
    a = find(an, "Preise")
    assert [p.text for p in a.message_parts] == ["Die Preise sollen", "steigen"]


def test_an_infinitive_after_an_inserted_so_hiess_es_ends_the_message():
    an = run(LEAD + "Das Kabinett hat noch nicht entschieden. "
             "Die Regierung werde, so hieß es in Berlin, bald über die Hilfen entscheiden.")
    a = find(an, "Regierung")
    assert [p.text for p in a.message_parts] == ["Die Regierung werde", "bald über die Hilfen entscheiden"]


def test_the_konjunktiv_lexicon_knows_verbs_without_a_separable_prefix():
    from reportedly.analysis.attribution.cues import konjunktiv_de

    forms = konjunktiv_de()
    assert forms.get("gefährde") == 1 and forms.get("fehle") == 1  # not only "arbeite ab"-type verbs
    assert not any(len(f) < 2 for f in forms)


def test_a_konjunktiv_the_tagger_read_as_an_adjective_still_reports():
    an = run(LEAD + "Verdi-Vorstand Christine Behle sagte der „Frankfurter Rundschau“, ein Verkauf gefährde "
             "Tausende Arbeitsplätze.")
    assert find(an, "Arbeitsplätze").message.text == "ein Verkauf gefährde Tausende Arbeitsplätze"


def test_a_magazine_with_its_own_quoted_title_is_not_the_outlet_named_before():
    an = run(LEAD + "Wie das Wirtschaftsmagazin „Capital“ schreibt, gibt es bereits drei Interessenten. "
             "Das ZDF-Magazin „Frontal“ berichtete am Dienstag, der Konzern habe eine Bank beauftragt.")
    src = an.source_by_id(find(an, "Bank beauftragt").source)
    assert (src.name, src.type) == ("Frontal", "media")


def test_what_an_agency_learned_from_circles_is_reported_by_the_agency():
    an = run(LEAD + "Der Sender meldete, die Gespräche seien weit fortgeschritten. "
             "Die Deutsche Presse-Agentur erfuhr aus Aufsichtsratskreisen, dass eine Entscheidung im Juni fällt.")
    inner = next(a for a in an.attributions if "Juni" in a.message.text and a.parent is not None)
    assert an.source_by_id(inner.source).type == "anonymous"
    outer = next(a for a in an.attributions if a.id == inner.parent)
    assert an.source_by_id(outer.source).name == "dpa"


def test_quoted_outlet_names_in_a_list_belong_to_the_source():
    an = run(LEAD + "Nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“ gab es Gespräche mit einem "
             "Investor. Nach Recherchen von „Spiegel“ und „Zeit“ gab es keine Einigung.")
    assert find(an, "Investor").message.text == "gab es Gespräche mit einem Investor"
    assert find(an, "Einigung").message.text == "gab es keine Einigung"


def test_a_spokesman_of_a_known_person_is_not_that_person():
    an = run(LEAD + "Verteidigungsminister Boris Pistorius verteidigte den Entwurf. Das Modell setze auf "
             "Freiwilligkeit, sagte er. Ein Sprecher von Pistorius sagte später, man sei zuversichtlich.")
    src = an.source_by_id(find(an, "zuversichtlich").source)
    assert src.type == "anonymous" and src.name is None


def test_auch_before_the_subject_fills_the_vorfeld_with_it():
    an = run(LEAD + "Auch Linken-Chefin Ines Schwerdtner lehnte die Pläne der Regierung ab: "
             "„Wir wollen keine Zwangsdienste.“")
    assert an.source_by_id(find(an, "Zwangsdienste").source).name == "Ines Schwerdtner"


def test_a_conditional_clause_before_a_konjunktiv_main_clause_continues_the_speaker():
    an = run(LEAD + "Verteidigungsminister Boris Pistorius verteidigte den Entwurf. Das Modell setze auf "
             "Freiwilligkeit, sagte er. Erst wenn sich nicht genügend Freiwillige meldeten, solle eine Pflicht "
             "greifen.")
    a = find(an, "Pflicht")
    assert a.cue is None and an.source_by_id(a.source).name == "Boris Pistorius"


def test_a_study_coming_to_this_result_reports_the_sentence_before():
    an = run(LEAD + "Im menschlichen Gehirn findet sich offenbar immer mehr Mikroplastik. Zu diesem Ergebnis kommt "
             "eine Studie der University of New Mexico. Demnach stieg die Konzentration um rund 50 Prozent.")
    a = find(an, "Mikroplastik")
    assert a.cue.text == "kommt"
    assert an.source_by_id(a.source).name == "University of New Mexico"
    assert an.source_by_id(find(an, "Konzentration").source).name == "University of New Mexico"


def test_a_fronted_ob_clause_before_a_konjunktiv_main_clause_continues_the_speaker():
    an = run(LEAD + "„Das ist alarmierend“, sagte der Toxikologe Matthew Campen. Ob die Partikel der Gesundheit "
             "schaden, sei allerdings noch unklar.")
    a = find(an, "Partikel")
    assert a.cue is None and an.source_by_id(a.source).name == "Matthew Campen"


def test_gab_zu_bedenken_is_one_cue():
    an = run(LEAD + "Die Zahl der Proben sei zu gering, gab der Umweltmediziner Hans-Peter Hutter zu bedenken.")
    a = find(an, "Proben")
    assert [a.cue.text, *[p.text for p in a.cue_parts]] == ["gab", "zu", "bedenken"]


def test_a_fronted_statt_clause_opens_a_v2_message():
    an = run(LEAD + "Fraktionschefin Britta Haßelmann sagte, statt über Obergrenzen zu streiten, sollten Bund und "
             "Länder die Integration verbessern.")
    a = find(an, "Integration")
    assert a.message.text.startswith("statt über Obergrenzen zu streiten, sollten")
    assert an.source_by_id(a.source).name == "Britta Haßelmann"


def test_a_number_keeps_its_adverb_and_the_police_are_not_the_authorities_before():
    an = run(LEAD + "Ukrainische Behörden meldeten mindestens drei Verletzte. Die Polizei meldete zudem rund "
             "40 Festnahmen.")
    assert find(an, "Verletzte").message.text == "mindestens drei Verletzte"
    a = find(an, "Festnahmen")
    assert a.message.text == "rund 40 Festnahmen"
    assert an.source_by_id(a.source).description == "Die Polizei"


def test_ohne_zu_wissen_is_no_cue_and_the_sentence_continues_the_speaker():
    an = run(LEAD + "Die Informationen seien „eine Katastrophe“ gewesen, sagte der Ehrenvorsitzende Karl-Peter "
             "Naumann. Viele Fahrgäste hätten stundenlang ausgeharrt, ohne zu wissen, ob noch ein Zug komme.")
    a = find(an, "Fahrgäste")
    assert a.cue is None and an.source_by_id(a.source).name == "Karl-Peter Naumann"


def test_announced_after_prepositional_phrases_with_a_preposition_like_the_particle():
    an = run(LEAD + "Bahnchefin Evelyn Palla kündigte in einem Brief an die Belegschaft eine Überprüfung der "
             "Abläufe an.")
    a = find(an, "Überprüfung")
    assert a.message.text == "eine Überprüfung der Abläufe"
    assert a.cue_parts[-1].start > a.message.start


def test_the_accusation_after_a_dative_name_and_an_adjunct():
    an = run(LEAD + "Der Fahrgastverband Pro Bahn hat der Deutschen Bahn nach den massiven Zugausfällen schwere "
             "Versäumnisse vorgeworfen.")
    assert find(an, "Versäumnisse").message.text == "schwere Versäumnisse"


def test_konterte_and_a_reported_whoever_sentence_continue_the_speaker():
    an = run(LEAD + "Verdi-Chef Frank Werneke konterte, die Kommunen hätten Überschüsse erwirtschaftet. "
             "Wer jetzt auf leere Kassen verweise, verschweige die Wahrheit.")
    assert find(an, "Überschüsse").cue.text == "konterte"
    a = find(an, "Wahrheit")
    assert a.cue is None and an.source_by_id(a.source).name == "Frank Werneke"
    assert a.message.text.startswith("Wer jetzt")


def test_wuerden_after_a_cue_without_message_is_that_speakers():
    an = run(LEAD + "Die Verhandlungsführerin der Kommunen, Karin Welge, wies die Kritik zurück. Die Forderungen "
             "der Gewerkschaften würden die Kommunen mit rund 15 Milliarden Euro belasten.")
    assert an.source_by_id(find(an, "Milliarden").source).name == "Karin Welge"


def test_more_hand_listed_speech_verbs():
    an = run(LEAD + "Der Minister konstatierte, die Lage habe sich verbessert. Die Ministerin deutete an, sie "
             "werde nicht erneut kandidieren. Der Trainer schwärmte, so gut habe die Mannschaft lange nicht "
             "gespielt.")
    assert [a.cue.text for a in an.attributions] == ["konstatierte", "deutete", "schwärmte"]


def test_a_verb_with_its_fixed_phrase_is_one_cue():
    an = run(LEAD + "Die Kanzlerin brachte zum Ausdruck, dass sie enttäuscht sei. Der Trainer gab zu verstehen, "
             "dass er bleiben wolle. Der Anwalt legte Wert darauf, dass sein Mandant kooperiere.")
    cues = [[a.cue.text, *[p.text for p in a.cue_parts]] for a in an.attributions]
    assert cues == [["brachte", "zum", "Ausdruck"], ["gab", "zu", "verstehen"], ["legte", "Wert"]]


def test_more_source_nouns_after_nach():
    an = run(LEAD + "Nach Zählung der Vereinten Nationen sind 2000 Menschen geflohen. Nach Schilderung von Zeugen "
             "fuhr der Wagen zu schnell. Nach Lesart der Regierung war das rechtmäßig.")
    assert [a.mode for a in an.attributions] == ["according_to"] * 3
    assert find(an, "Wagen").message.text == "fuhr der Wagen zu schnell"


def test_more_words_for_unnamed_people():
    an = run(LEAD + "Sicherheitskräfte sagten, die Lage sei ruhig. Investoren erklärten, sie seien besorgt.")
    assert [an.source_by_id(a.source).type for a in an.attributions] == ["anonymous", "anonymous"]


def test_a_speech_noun_with_its_speaker_and_a_clause_in_apposition():
    an = run(LEAD + "Die Behauptung des Ministers, es gebe keine Probleme, sorgte für Empörung. Das Gericht wies "
             "die Klage ab mit der Begründung, der Link verweise lediglich auf ein Werk.")
    a = find(an, "Probleme")
    assert (a.cue.text, a.message.text) == ("Behauptung", "es gebe keine Probleme")
    assert an.source_by_id(a.source).role == "Minister" or "Minister" in a.source_mention.text
    b = find(an, "Werk")
    assert b.cue.text == "Begründung" and an.source_by_id(b.source).description == "Das Gericht"


def test_erhob_den_vorwurf_and_beruft_sich_darauf():
    an = run(LEAD + "Die Opposition erhob den Vorwurf, die Regierung habe gelogen. Der Anwalt beruft sich darauf, "
             "dass er über seine Mandanten nicht reden dürfe.")
    assert [a.cue.text for a in an.attributions] == ["erhob", "beruft"]


def test_a_fronted_noun_with_a_konjunktiv_relative_clause_is_the_message():
    an = run(LEAD + "Eine Herausforderung, der sich die Gesellschaft noch nicht gestellt habe, sagte der Publizist "
             "Richard David Precht im DLF.")
    a = find(an, "Herausforderung")
    assert an.source_by_id(a.source).name == "Richard David Precht"


def test_coordinated_titles_before_a_name():
    an = run(LEAD + "Eine Herausforderung, der sich die Gesellschaft nicht gestellt habe, sagte der Publizist und "
             "Philosoph Richard David Precht im DLF.")
    assert an.source_by_id(find(an, "Herausforderung").source).name == "Richard David Precht"


def test_a_lead_in_konjunktiv_belongs_to_the_speaker_named_next():
    an = run("Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten, auch in Deutschland. "
             "Eine Herausforderung, der sich die Gesellschaft nicht gestellt habe, sagte der Publizist Richard "
             "David Precht im DLF.")
    a = find(an, "Digitalisierung")
    assert a.cue is None and an.source_by_id(a.source).name == "Richard David Precht"
    assert a.continues == find(an, "Herausforderung").id


def test_zufolge_after_a_von_phrase_and_an_apposition():
    an = run(LEAD + "Einer Umfrage von Afrobarometer, einem unabhängigen Forschungsnetzwerk, zufolge ziehen 73 "
             "Prozent die Demokratie vor. Ein weltweites Unterstützernetzwerk fordert die Freilassung der Gefangenen.")
    a = find(an, "Demokratie")
    assert a.message.text == "ziehen 73 Prozent die Demokratie vor"
    assert "Afrobarometer" in a.source_mention.text
    assert an.source_by_id(find(an, "Freilassung").source).type == "organization"


def test_a_second_verb_of_the_same_subject_reports_nothing():
    an = run(LEAD + "Tappara agierte mit viel Geschwindigkeit, überzeugte spielerisch und nahm den Torwart unter "
             "Beschuss.")
    assert an.attributions == []


def test_gab_bekannt_reports_its_object_and_a_weekday_is_no_company():
    an = run(LEAD + "Lyft gab am Montag auch seine ersten Quartalszahlen seit dem Börsengang bekannt. "
             "Der Konzern gab neue Zahlen bekannt.")
    assert find(an, "Quartalszahlen").message.text == "seine ersten Quartalszahlen seit dem Börsengang"
    assert an.source_by_id(find(an, "neue Zahlen").source).name != "Montag"


def test_sprach_sich_fuer_reports_what_the_phrase_names():
    an = run(LEAD + "Die Partei sprach sich zudem für eine Senkung der Stromsteuer aus.")
    assert find(an, "Stromsteuer").message.text == "eine Senkung der Stromsteuer"


def test_a_bare_name_before_the_verb_is_the_subject_not_the_name_after_it():
    an = run(LEAD + "Sachsens Ministerpräsident Michael Kretschmer kritisierte den Plan. Wirtschaftsminister Robert "
             "Habeck hielt dagegen. Kretschmer warf Habeck daraufhin vor, die Realität vor Ort nicht zu kennen.")
    assert an.source_by_id(find(an, "Realität").source).name == "Michael Kretschmer"


def test_verwies_auf_reports_what_it_points_to():
    an = run(LEAD + "Bauministerin Verena Hubertz verwies auf den geplanten „Bau-Turbo“. Die Gewerkschaft forderte "
             "Gerechtigkeit.")
    assert find(an, "Bau-Turbo").message.text == "den geplanten „Bau-Turbo“"
    assert find(an, "Gerechtigkeit").message.text == "Gerechtigkeit"


def test_der_minister_is_not_the_president_named_before():
    an = run(LEAD + "„Die Lage ist dramatisch“, sagte der Präsident des Verbands, Wolfgang Schubert-Raab. "
             "Der Minister versprach, die Steuern zu senken.")
    assert an.source_by_id(find(an, "Steuern").source).name is None


def test_zeigte_sich_with_a_quoted_stance_and_a_state_before_a_first_name():
    an = run("Israel kündigt Ausweitung der Offensive an. Verteidigungsminister Israel Katz kündigte am Mittwoch "
             "an, weitere Gebiete einzunehmen. Die Hamas müsse die Geiseln freilassen, erklärte er im Fernsehen. "
             "UN-Generalsekretär António Guterres zeigte sich „zutiefst beunruhigt“.",
             title="Nahost: Israel kündigt Ausweitung der Offensive an")
    assert an.source_by_id(find(an, "Geiseln").source).name == "Israel Katz"
    a = find(an, "zutiefst")
    assert (a.mode, a.message.text) == ("direct", "zutiefst beunruhigt")
    assert an.source_by_id(a.source).name == "António Guterres"


def test_a_colon_report_after_a_cue_without_message_in_its_own_clause():
    an = run(LEAD + "Die Kassenärztliche Bundesvereinigung (KBV) schlägt Alarm: In vielen ländlichen Regionen "
             "drohe ein massiver Mangel an Hausärzten.")
    a = find(an, "Mangel")
    assert an.source_by_id(a.source).name == "Kassenärztliche Bundesvereinigung"
    assert [a.cue.text, *[p.text for p in a.cue_parts]] == ["schlägt", "Alarm"]


def test_drohte_mit_reports_the_threat():
    an = run(LEAD + "Mehrere Abgeordnete, die anonym bleiben wollten, drohten mit Ablehnung des Haushalts. "
             "Die Gewerkschaft drohte mit Streiks.")
    assert find(an, "Haushalts").message.text == "Ablehnung des Haushalts"
    assert find(an, "Streiks").message.text == "Streiks"


def test_a_place_the_tagger_calls_a_noun_opens_a_dateline_and_a_dash_ends_a_noun_phrase():
    an = run("Wolfsburg – Volkswagen will bis 2030 mehr als 35.000 Stellen abbauen. Das teilte der Konzern am "
             "Freitag mit.", title="Volkswagen streicht Tausende Stellen – Betriebsrat kündigt Widerstand an")
    assert find(an, "35.000").message.text.startswith("Volkswagen will")
    assert find(an, "Widerstand").source_mention.text == "Betriebsrat"


def test_media_groups_trade_services_and_plural_outlets_are_media():
    an = run(LEAD + "Die Funke-Mediengruppe berichtete, die Mieten stiegen. Wie die Zeitungen der "
             "Funke-Mediengruppe berichten, fehlen in den Städten Wohnungen. Der Branchendienst Tabelle "
             "berichtete, das Gesetz komme später.")
    assert [an.source_by_id(a.source).type for a in an.attributions] == ["media"] * 3


def test_more_phrases_a_bare_infinitive_and_a_demand_with_an_infinitive():
    an = run(LEAD + "Die EU-Kommission schlug vor, zu prüfen, ob ein anderes Abkommen möglich ist. Die CSU reagierte "
             "auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen. Der Verteidiger "
             "vertritt die Ansicht, sein Mandant sei unschuldig. Das Gericht sah es als erwiesen an, dass die "
             "Täter im Auftrag handelten.")
    assert find(an, "Abkommen").message.text.startswith("zu prüfen")
    assert an.source_by_id(find(an, "zuzugehen").source).name == "Edmund Stoiber"
    assert find(an, "unschuldig").cue.text == "vertritt"
    assert find(an, "Täter").cue.text == "sah"


def test_bestehen_darauf_and_sich_sicher_sein():
    an = run(LEAD + "NPR und PBS bestehen jedoch darauf, Programme für die ganze Bevölkerung zu machen. Als die "
             "Spuren übereinstimmten, war sich die Staatsanwaltschaft sicher, dass die Beweise ausreichen würden. "
             "Es ist sicher, dass es morgen regnet.")
    assert [a.cue.text for a in an.attributions] == ["bestehen", "war"]


def test_rief_zu_and_a_described_name_in_apposition():
    an = run(LEAD + "„Wir werden weitermachen“, rief die Studentin vor dem Gericht ihren Unterstützern zu. Der "
             "Sprecher, der langjährige Oberst Igor Petrow, sagte, die Lage sei ruhig.")
    assert find(an, "weitermachen").cue.text == "rief"
    assert an.source_by_id(find(an, "ruhig").source).name == "Igor Petrow"


def test_one_word_after_a_source_phrase_stays_in_the_message():
    an = run(LEAD + "Verletzt wurde nach bisherigen Erkenntnissen niemand.")
    a = find(an, "Verletzt")
    assert [p.text for p in a.message_parts] == ["Verletzt wurde", "niemand"]


def test_a_headline_quotation_after_a_cue_is_direct():
    an = run(LEAD + "Die Debatte geht weiter.", title="Merz warnt: „Die Lage ist ernst“")
    a = find(an, "Lage")
    assert (a.mode, a.message.text) == ("direct", "Die Lage ist ernst")


def test_the_longest_separated_particle_decides_whatever_the_set_order():
    from reportedly.analysis.attribution.cues import _other_particle_verb, load_lexicon

    lex = load_lexicon("news")
    assert not _other_particle_verb("meldete", "zurückmelden", lex)  # "zurück" + "melden", a speech verb
    assert _other_particle_verb("weisen", "aufweisen", lex)
