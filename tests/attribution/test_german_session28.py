"""Session 28 (German, round 38): names and titles in quotation marks in narration, and the round-38 constructions."""

from __future__ import annotations

from .helpers import find, run, source_of


def test_a_quoted_name_after_a_noun_in_narration_is_no_quote():
    an = run("Der ehemalige Chef der Gewerkschaft „Öffentliche Dienste, Transport und Verkehr“ ist tot.")
    assert an.attributions == []


def test_a_list_of_quoted_titles_in_narration_is_no_quote():
    an = run("Am Samstag gab es Vorträge zu Themen wie „Der Einsatz der Trümmerbahnen in Dresden“, "
             "„Erinnerungen und Bilder zur Verkehrsgeschichte“ und „Zur Geschichte der Betriebshöfe“.")
    assert an.attributions == []


def test_a_quoted_gloss_in_brackets_is_no_quote():
    an = run("In der Partei Jobbik („Bewegung für ein besseres Ungarn“) haben die Rechten ein Sprachrohr.")
    assert an.attributions == []


def test_a_quoted_sentence_of_the_speaker_in_narration_stays_a_quote():
    an = run("Die Ministerin besuchte das Lager. „Wir lassen niemanden allein“, sagte sie. Dann fuhr sie weiter. "
             "„Das ist unsere Pflicht.“")
    assert [a.message.text for a in an.attributions][-1] == "Das ist unsere Pflicht."


def test_seiner_meinung_nach_inside_a_report_is_the_speakers_own_view():
    an = run("In einem Interview erklärte der Direktor der Behörde, Mohammed el-Baradei, Nordkorea besitze seiner "
             "Meinung nach vier bis sechs Atomwaffen.")
    assert [(a.cue.text, a.message.text) for a in an.attributions] == [
        ("erklärte", "Nordkorea besitze seiner Meinung nach vier bis sechs Atomwaffen")]


def test_seiner_meinung_nach_in_a_clause_of_its_own_stays_a_report():
    an = run("Joe Stork fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen "
             "„entsetzlichen Angriff auf Zivilisten“ gehandelt haben könne.")
    assert "nach" in [a.cue.text for a in an.attributions]


def test_a_weekday_is_no_name_of_a_report():
    an = run("In seinem am Mittwoch veröffentlichten Jahresbericht heißt es, das Ministerium habe Mittel ohne "
             "Prüfung bewilligt.")
    src = source_of(an, "Mittel ohne")
    assert src.type == "document" and src.name is None


def test_a_name_in_apposition_after_an_inverted_cue_is_no_piece_of_the_message():
    an = run("Das Amt meldet 47 Fälle. Lebensgefahr bestehe nicht, sagte die Leiterin des Amtes, Sabine Roeder.")
    att = next(a for a in an.attributions if a.cue and a.cue.text == "sagte")
    assert att.message.text == "Lebensgefahr bestehe nicht" and att.message_parts == []
    assert an.source_by_id(att.source).name == "Sabine Roeder"


def test_an_academic_title_opens_the_name_in_apposition():
    an = run("Lebensgefahr bestehe nicht, sagte die Leiterin des Amtes, Dr. Sabine Roeder.")
    assert source_of(an, "Lebensgefahr").name == "Sabine Roeder"


def test_a_name_after_a_noun_for_a_thing_is_no_one_an_epithet_means():
    an = run("Laboruntersuchungen hätten in Resten des Salats den Erreger Salmonella Enteritidis nachgewiesen, "
             "erklärte die Amtsärztin.")
    assert source_of(an, "Laboruntersuchungen").name != "Salmonella Enteritidis"


def test_der_verteidiger_is_the_lawyer_named_before():
    an = run("Rechtsanwalt Okan Demir kündigte an, gegen das Urteil Revision einzulegen. Sein Mandant sei nur ein "
             "kleines Rädchen gewesen, sagte der Verteidiger nach der Verhandlung.")
    assert source_of(an, "kleines Rädchen").name == "Okan Demir"


def test_a_leaflet_is_a_document():
    an = run("In einem Merkblatt der Polizei heißt es: „Kein echter Polizist holt bei Ihnen Bargeld ab.“")
    assert source_of(an, "Kein echter Polizist").type == "document"


def test_an_adverb_before_the_verb_opens_a_reported_main_clause():
    an = run("Ein Sprecher der Stadt sagte, seitdem seien zusätzliche Rettungsschwimmer eingestellt worden.")
    assert an.attributions[0].message.text.startswith("seitdem seien")


def test_der_49_jaehrige_is_the_person_introduced_with_that_age():
    an = run("Das Amtsgericht hat einen Schwimmmeister verurteilt. Der 49-jährige Markus L. erhielt eine "
             "Bewährungsstrafe. Richterin Claudia Vogelsang sagte, er habe seine Pflicht verletzt. Ein "
             "Sachverständiger hatte ausgesagt, das Kind sei lange unter Wasser gewesen. Der 49-Jährige hatte "
             "eingeräumt, am Kiosk gewesen zu sein.")
    assert source_of(an, "am Kiosk").name == "Markus L."


def test_a_channel_after_auf_is_where_it_was_said():
    an = run("Thomas Gerber wies die Vorwürfe zurück. Auf dem X-Kanal der Landesregierung hieß es am Abend, der "
             "Ministerpräsident habe volles Vertrauen in seinen Minister.")
    att = next(a for a in an.attributions if a.cue and a.cue.text == "hieß")
    assert att.source_mention.text == "dem X-Kanal der Landesregierung"
    assert an.source_by_id(att.source).name != "Thomas Gerber"


def test_die_linke_is_a_party():
    an = run("Auch die Linke kündigte an, im Bundestag für die Verlängerung zu stimmen.")
    assert source_of(an, "Verlängerung").type == "organization"


def test_die_wehr_and_das_amt_are_the_bodies_named_before():
    an = run("Die Feuerwehr Hildesheim war mit 40 Kräften im Einsatz. „Das sind Bilder, die man nicht vergisst“, "
             "schrieb die Wehr am Vormittag. Das Gesundheitsamt Kassel meldete 40 Fälle. Lebensgefahr bestehe "
             "nicht, teilte das Amt mit.")
    assert source_of(an, "Bilder, die").name == "Feuerwehr Hildesheim"
    assert source_of(an, "Lebensgefahr").name == "Gesundheitsamt Kassel"


def test_a_company_abbreviation_can_end_the_sentence():
    an = run("„Die EZB läuft der Entwicklung hinterher“, sagte Claudia Berger, Chefvolkswirtin der Privatbank Hellmann "
             "& Co. Nach ihrer Einschätzung hätte die Notenbank die Zinsen früher senken müssen.")
    nach = next(a for a in an.attributions if a.cue and a.cue.text == "Nach")
    assert nach.message.text.startswith("hätte die Notenbank")
    assert an.source_by_id(nach.source).name == "Claudia Berger"


def test_a_cue_after_a_colon_reports_only_what_follows():
    an = run("Anders sieht das das Kieler Institut für Weltwirtschaft: Laut dessen Herbstprognose birgt eine rasche "
             "Lockerung Gefahren.")
    assert an.attributions[0].message.text.startswith("birgt eine rasche")


def test_der_gewerkschafter_is_the_union_man_named_before():
    an = run("Ohne Entlastung stünden Zehntausende Stellen auf dem Spiel, sagte Jens Hartwig, Mitglied des "
             "Vorstands des Deutschen Gewerkschaftsbundes (DGB). Die Regierung habe die Warnsignale ignoriert, "
             "sagte der Gewerkschafter.")
    assert source_of(an, "Warnsignale").name == "Jens Hartwig"


def test_derselbe_is_no_name():
    an = run("„Das ist ein klassisches Muster“, sagte Katrin Oswald, Forscherin an der Universität Tartu. Derselbe "
             "Kanal habe bereits mehrfach falsche Meldungen verbreitet, fügte die Wissenschaftlerin hinzu.")
    assert source_of(an, "mehrfach falsche").name == "Katrin Oswald"


def test_a_rank_after_a_long_reported_sentence_is_the_officer_named_before():
    an = run("Oleksandr Hrebenjuk, Sprecher der zuständigen Truppengruppierung, sagte im ukrainischen Fernsehen, "
             "russische Einheiten seien zwar bis an den Ortsrand vorgedrungen, dort aber gestoppt worden. „Von einer "
             "Einnahme kann keine Rede sein“, betonte der Oberst.")
    assert source_of(an, "Einnahme").name == "Oleksandr Hrebenjuk"


def test_a_professor_after_her_name_in_a_nach_phrase():
    an = run("Desinformation wird nach Einschätzung der Kommunikationswissenschaftlerin Miriam Falkenberg zunehmen. "
             "„Wir sehen schon jetzt, dass gefälschte Seiten in großer Zahl angelegt werden“, sagte die Professorin "
             "der Hochschule der Medien.")
    assert source_of(an, "gefälschte Seiten").name == "Miriam Falkenberg"


def test_a_long_cited_source_before_the_complement():
    an = run("Der „Tagesspiegel“ berichtete am Freitag unter Berufung auf ein internes Lagebild des Bundesamts für "
             "Verfassungsschutz, der Clip sei von einem russischen Netzwerk produziert worden.")
    att = next(a for a in an.attributions if a.cue.text == "berichtete")
    assert att.message.text.startswith("der Clip sei")


def test_a_time_phrase_is_no_speaker():
    an = run("Wenige Stunden später berichtete auch der Sender RT DE, in Berlin häuften sich Angriffe.")
    assert an.attributions[0].source_mention.text == "der Sender RT DE"


def test_the_portal_is_the_outlet_named_with_its_noun():
    an = run("Auf Videos, die das unabhängige russische Portal Astra veröffentlichte, sind Explosionen zu sehen. "
             "Anwohner berichteten dem Portal zufolge von Detonationen.")
    src = source_of(an, "Anwohner berichteten")
    assert (src.name, src.type) == ("Astra", "media")


def test_a_vereinigung_is_a_body_not_an_agreement():
    an = run("Die Vereinigung der Kulturveranstalter warnte, die Kürzungen träfen jene Häuser.")
    assert source_of(an, "Kürzungen").type == "organization"


def test_a_party_epithet_after_a_long_sentence_is_the_person_named_in_it():
    an = run("Wiesbaden (dpa) – Hessens Finanzminister Gerd Kessler hat den Entwurf für den Doppelhaushalt 2026/27 "
             "gegen scharfe Kritik verteidigt. Das Land müsse in den kommenden zwei Jahren rund 1,2 Milliarden Euro "
             "einsparen, sagte der CDU-Politiker am Dienstag.")
    assert source_of(an, "Land müsse").name == "Gerd Kessler"


def test_a_trade_epithet_for_a_doctor_and_a_past_verb_the_tagger_missed():
    an = run("Die Präsidentin der Landesärztekammer, Ursula Bechtold, hat gewarnt. In vielen Kliniken warteten "
             "Patienten schon jetzt bis zu acht Stunden auf eine Behandlung, sagte die Internistin.")
    assert source_of(an, "Kliniken warteten").name == "Ursula Bechtold"


def test_told_outlet_after_speakers_with_an_attribute():
    an = run("Das Geschäft ist genehmigt. Der Rat habe die Lieferungen gebilligt, sagten zwei mit der Entscheidung "
             "vertraute Personen der Agentur.")
    assert an.attributions[0].source_mention.text == "zwei mit der Entscheidung vertraute Personen"


def test_circles_of_a_shared_compound_are_anonymous():
    an = run("Nach Informationen aus Regierungs- und Sicherheitskreisen soll der Präsident abgelöst werden.")
    att = an.attributions[0]
    assert an.source_by_id(att.source).type == "anonymous" and att.co_sources == []


def test_darin_is_the_paper_the_outlet_reported():
    an = run("Wie die FAZ berichtet, liegt bereits ein Kompromisspapier der EU-Kommission vor. Darin heißt es, die "
             "Mitgliedstaaten könnten Garantien übernehmen.")
    assert source_of(an, "Mitgliedstaaten könnten").type != "media"


def test_a_konjunktiv_ii_with_umlaut_read_as_an_adjective_goes_on():
    an = run("Andreas Wiesner sagte, man teile das Ziel. Die Kliniken bräuchten aber Planungssicherheit und Geld.")
    assert source_of(an, "Planungssicherheit").name == "Andreas Wiesner"


def test_a_fronted_purpose_clause_is_no_report():
    an = run("Ministerin Heike Lorenz sagte, die Lage sei angespannt. Um die Lücken zu schließen, wolle das Land 600 "
             "Seiteneinsteiger einstellen.")
    att = find(an, "Seiteneinsteiger")
    assert att.cue is None and an.source_by_id(att.source).name == "Heike Lorenz"
    an = run("Um es gleich zu Beginn klar zu sagen: Wir lehnen den Antrag ab.")
    assert [a.cue.text for a in an.attributions] == ["sagen"]


def test_a_label_in_brackets_before_the_name_in_apposition():
    an = run("„Dieser Streik ist unverhältnismäßig“, sagte der Hauptgeschäftsführer des Bundesverbands der Deutschen "
             "Luftverkehrswirtschaft (BDL), Stefan Roloff.")
    assert source_of(an, "Streik").name == "Stefan Roloff"


def test_a_fronted_comparative_is_no_name():
    an = run("Skeptischer äußerte sich Friederike Sandmann von der DZ Bank. Die Kerninflation liege hoch.")
    assert source_of(an, "Kerninflation").name == "Friederike Sandmann"
    an = run("Fischer sagte, die Lage sei ernst.")
    assert source_of(an, "Lage").name == "Fischer"


def test_the_operator_before_a_company_tagged_a_town():
    an = run("Am Frankfurter Flughafen sind nach Angaben des Betreibers Fraport bis zum Vormittag rund 600 Starts "
             "gestrichen worden.")
    assert source_of(an, "Starts").type == "organization"


def test_sie_after_a_quotation_is_the_woman_who_opened_the_sentence_before():
    an = run("Ein Fraport-Sprecher sagte, im Terminal sei es ruhig. Die meisten Passagiere hätten sich informiert. "
             "Verdi-Vorstandsmitglied Karin Albers hat den Warnstreik verteidigt. „Die Beschäftigten haben genug“, "
             "sagte sie im Deutschlandfunk.")
    assert source_of(an, "Beschäftigten").name == "Karin Albers"


def test_der_verband_is_the_compound_body_named_after_the_last_organisation():
    an = run("Verdi rief zum Streik auf. „Dieser Streik ist unverhältnismäßig“, sagte der Hauptgeschäftsführer des "
             "Bundesverbands der Deutschen Luftverkehrswirtschaft (BDL), Stefan Roloff. Der Verband forderte Verdi "
             "auf, an den Verhandlungstisch zurückzukehren.")
    assert source_of(an, "Verhandlungstisch").name == "Bundesverband der Deutschen Luftverkehrswirtschaft"
    roloff = source_of(an, "unverhältnismäßig")
    assert len(roloff.mentions) == 1
