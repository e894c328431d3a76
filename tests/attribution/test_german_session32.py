"""Session 32 (German, round 41 batch 5): sports clubs, prosecutors and companies after a dateline, press
reviews that tell a paper, names inside a relative clause."""

from __future__ import annotations

from .helpers import run, source_of


def test_the_authority_after_an_unnamed_coast_guard_is_the_coast_guard():
    an = run("Innerhalb von 48 Stunden sind nach Angaben der griechischen Küstenwache mehr als 700 Migranten auf "
             "Kreta angekommen. Die meisten Boote seien von Tobruk aus gestartet, teilte die Behörde am Sonntag mit.")
    assert source_of(an, "Boote") is source_of(an, "Migranten")


def test_a_paper_told_in_the_vorfeld_is_not_the_speaker():
    an = run("AfD-Landeschef Jörg Kämmerer zeigte sich unbeeindruckt. Der „Sächsischen Zeitung“ sagte er, Umfragen "
             "hätten seine Partei eher unterschätzt. Am Wahlabend werde es eine Überraschung geben.")
    assert source_of(an, "Umfragen").name == "Jörg Kämmerer"
    assert source_of(an, "Wahlabend").name == "Jörg Kämmerer"


def test_die_behoerde_after_a_prosecutor_tagged_a_name():
    an = run("Rostock (dpa) - Die Generalstaatsanwaltschaft Rostock ermittelt gegen zwölf Polizeianwärter. Die "
             "angehenden Beamten sollen in einer Chatgruppe Bilder geteilt haben, teilte die Behörde mit.")
    assert source_of(an, "Chatgruppe").name == "Generalstaatsanwaltschaft Rostock"


def test_a_town_adjective_before_die_behoerde():
    an = run("Karlsruhe (AFP) - Die Bundesanwaltschaft hat Anklage gegen fünf Männer erhoben. Die Beschuldigten "
             "hätten Anschläge geplant, teilte die Karlsruher Behörde am Donnerstag mit.")
    assert source_of(an, "Anschläge").name == "Bundesanwaltschaft"


def test_a_dateline_with_an_agency_whose_place_was_tagged_a_noun():
    an = run("Ludwigshafen (Reuters) - Der Spezialchemiekonzern Veltrana will weltweit rund 2.400 Stellen abbauen. "
             "In einer Mitteilung an die Börse teilte das Unternehmen mit, bis 2026 sollten 350 Millionen Euro "
             "eingespart werden.")
    assert source_of(an, "350 Millionen").name == "Veltrana"


def test_a_league_epithet_is_the_club_and_its_number_is_part_of_its_name():
    an = run("Gelsenkirchen (AFP) - Der FC Schalke 04 hat sich mit sofortiger Wirkung von seinem Sportdirektor "
             "getrennt. Das teilte der Zweitligist am Montagabend mit.")
    src = source_of(an, "Sportdirektor")
    assert src.type == "organization" and src.name == "FC Schalke 04"


def test_nach_eingehender_analyse_is_a_time_not_a_source():
    an = run("In der Erklärung des Vereins heißt es, die Entscheidung sei nach eingehender Analyse der sportlichen "
             "Entwicklung gefallen.")
    assert not any(a.cue.text.lower() == "nach" for a in an.attributions)
    assert source_of(an, "Entscheidung").type == "document"


def test_a_name_inside_a_relative_clause_on_a_name_is_not_the_epithets():
    an = run("Der Verein hat den Sportdirektor entlassen. Cheftrainer Stefan Berger, den Michael Wagner im Sommer "
             "verpflichtet hatte, äußerte sich am Dienstag zurückhaltend. „Er hat mich geholt, das vergesse ich "
             "nicht“, sagte der 45-Jährige.")
    assert source_of(an, "vergesse").name == "Stefan Berger"


def test_people_before_a_relative_clause_told_an_outlet():
    an = run("Die Liga hat entschieden. Zwei Clubvertreter, die nicht namentlich genannt werden wollten, sagten "
             "Reuters, der Beschluss sei im Vorfeld hoch umstritten gewesen.")
    src = source_of(an, "Beschluss")
    assert src.type == "anonymous" and "Clubvertreter" in src.description


def test_people_familiar_with_the_plans_told_an_agency_in_a_wie_clause():
    an = run("Der Konzern will sparen. Wie zwei mit den Plänen vertraute Personen der Nachrichtenagentur Reuters "
             "sagten, steht vor allem das Werk in Marl zur Disposition.")
    src = source_of(an, "Marl")
    assert src.type == "anonymous" and "vertraute Personen" in src.description


def test_the_club_is_the_one_named_before_not_its_opponent():
    an = run("Mönchengladbach (dpa) - Trainer Stefan Reimann von Borussia Mönchengladbach hat Fehler eingeräumt. "
             "„Wir müssen uns an die eigene Nase fassen“, sagte er vor dem Heimspiel gegen den FC Augsburg.\n\n"
             "Personell bleibt die Lage angespannt. Nach Angaben des Vereins fällt Innenverteidiger Marvin Schulte "
             "drei Wochen aus.")
    assert source_of(an, "Innenverteidiger").name == "Borussia Mönchengladbach"


def test_the_company_of_the_lead_sentence_is_des_konzerns():
    an = run("Frankfurt/Main (AFP) - Ein Streik der Piloten hat am Donnerstag große Teile des Flugbetriebs der "
             "Lufthansa lahmgelegt. Nach Angaben des Konzerns fielen rund 800 Flüge aus.")
    assert source_of(an, "800 Flüge").name == "Lufthansa"


def test_a_compound_paper_noun_is_the_paper_cited_before():
    an = run("Der Club muss zahlen. Laut „Express“ ist es bereits die dritte Strafe dieser Art. Insgesamt habe der "
             "Club damit mehr als 500.000 Euro überweisen müssen, berichtet die Boulevardzeitung.")
    assert source_of(an, "500.000").name == "Express"


def test_der_familienvater_is_the_accused_named_before():
    an = run("Das Landgericht Bochum sprach den 44-jährigen Dennis K. am Freitag schuldig. Dennis K. hatte zu "
             "Prozessbeginn ein umfassendes Geständnis abgelegt. In seinem letzten Wort sagte der Familienvater, er "
             "schäme sich jeden Tag für das, was er getan habe.")
    assert source_of(an, "schäme").name == "Dennis K."


def test_an_agency_after_an_attribute_with_its_own_object():
    an = run("Die den Revolutionsgarden nahestehende Nachrichtenagentur Tasnim berichtete, der Tanker habe zuvor ein "
             "Fischerboot gerammt. Die griechische Reederei Poseidon Maritime bestätigte, dass der Kontakt abgebrochen "
             "sei.")
    src = source_of(an, "Fischerboot")
    assert (src.name, src.type) == ("Tasnim", "media")
    assert source_of(an, "Kontakt").type == "organization"


def test_a_pollster_after_a_full_name_and_von_is_no_part_of_the_name():
    an = run("„Die Menschen haben den Eindruck, dass nichts vorangeht“, sagte Ulrike Bernsdorf von Infratest dimap. "
             "Besonders unter Anhängern der Regierungsparteien sei die Stimmung schlecht.")
    src = source_of(an, "Eindruck")
    assert (src.name, src.type) == ("Ulrike Bernsdorf", "person")


def test_des_instituts_is_no_body_called_institut():
    an = run("Für die Erhebung befragte Forsa 2.504 Wahlberechtigte. Die statistische Fehlertoleranz liegt nach "
             "Angaben des Instituts bei plus/minus 2,5 Prozentpunkten.")
    assert source_of(an, "Fehlertoleranz").name != "Institut"


def test_the_saudi_press_agency_by_its_acronym():
    an = run("Riad (dpa) - Die staatliche Nachrichtenagentur SPA meldete, das Königreich stelle 500 Millionen Dollar "
             "bereit.")
    assert source_of(an, "500 Millionen").type == "media"


def test_die_stiftung_after_a_foundation_named_with_an_adjective():
    an = run("Berlin (KNA) - Die Stiftung Preußischer Kulturbesitz (SPK) gibt ein Gemälde an die Erben zurück. Das "
             "Gemälde sei dem Kaufmann 1938 entzogen worden, teilte die Stiftung am Dienstag mit.")
    assert source_of(an, "entzogen").name == "Stiftung Preußischer Kulturbesitz"


def test_two_offices_joined_by_und_before_a_name_and_her_party():
    an = run("Dem Intendanten wird Machtmissbrauch vorgeworfen. „Wir nehmen die Vorwürfe sehr ernst“, erklärte die "
             "Kulturdezernentin der Stadt und Aufsichtsratsvorsitzende Petra Lindemann (Grüne). Eine externe Kanzlei "
             "solle die Vorwürfe prüfen.")
    assert source_of(an, "Vorwürfe sehr ernst").name == "Petra Lindemann"
    assert source_of(an, "Kanzlei").name == "Petra Lindemann"


def test_wuerdigte_als_with_a_quotation_is_a_report():
    an = run('Der frühere Minister ist tot. Ministerpräsidentin Katrin Adomeit (SPD) würdigte ihn als "großen '
             'Sozialdemokraten und leidenschaftlichen Schulreformer".')
    assert source_of(an, "Schulreformer").name == "Katrin Adomeit"


def test_a_one_word_title_in_straight_quotation_marks_reports():
    an = run('Der Baukonzern ist pleite. Der "Standard" berichtete unter Berufung auf Bankenkreise, die Hausbank '
             "habe bereits im Herbst einen Kredit verweigert.")
    assert any(a.cue.text == "berichtete" and an.source_by_id(a.source).type == "media" for a in an.attributions)


def test_a_hyphened_first_name_tells_the_gender():
    an = run("Der frühere Kultusminister Hans-Joachim Brenneke ist tot. Ministerpräsidentin Katrin Adomeit würdigte "
             'Brenneke als "großen Sozialdemokraten". "Wir verlieren einen Menschen, der Politik immer als Dienst '
             'verstanden hat", sagte die Regierungschefin in Hannover.')
    assert source_of(an, "Dienst").name == "Katrin Adomeit"


def test_a_party_epithet_after_sentences_about_er_and_a_year_before_the_participle():
    an = run("Der frühere Kultusminister Hans-Joachim Brenneke ist tot.\n\nBrenneke, gelernter Volksschullehrer aus "
             "dem Wendland, saß mehr als zwei Jahrzehnte im Landtag. Als Kultusminister setzte er in den achtziger "
             "Jahren gegen erheblichen Widerstand die Gesamtschule durch, später leitete er vier Jahre lang die "
             "Sitzungen des Parlaments. In einem Interview hatte der Sozialdemokrat 2015 gesagt: „Ich habe mehr "
             "Kompromisse geschlossen, als mir lieb war.“")
    assert source_of(an, "Kompromisse").name == "Hans-Joachim Brenneke"


def test_destatis_is_the_statistics_office():
    an = run("Die Aufträge steigen. Auch ohne diese Großaufträge ergab sich laut Destatis ein Plus von 1,2 Prozent.")
    assert source_of(an, "Plus").type == "organization"


def test_an_institute_with_its_genitive_and_acronym_keeps_its_name():
    an = run("Die Bahn wird bestreikt. Nach Berechnungen des Instituts der deutschen Wirtschaft (IW) kostet ein "
             "eintägiger Bahnstreik bis zu 100 Millionen Euro.")
    assert source_of(an, "Bahnstreik").name == "Institut der deutschen Wirtschaft"


def test_an_apposition_after_a_name_names_no_one_new():
    an = run('Der Autor ist tot. Der Schriftsteller Thomas Weyrauch, ein enger Freund Auerbachs, schrieb auf X: "Heute '
             'ist der Mann gegangen."')
    assert source_of(an, "gegangen").name == "Thomas Weyrauch"


def test_swiss_spelling_liess_verlauten():
    an = run("Der Konzern baut ab. Die Zürcher Volkswirtschaftsdirektion liess verlauten, man stehe mit der "
             "Unternehmensleitung in Kontakt.")
    src = source_of(an, "Unternehmensleitung")
    assert src.type == "organization" and "Volkswirtschaftsdirektion" in src.description


def test_a_participle_of_wuerdigen_in_a_message_is_no_cue():
    an = run('"Wenn er schon so freundlich ist, eigens für mich ein Wort zu kreieren", sagte Yücel, dann müsse das '
             "auch gewürdigt werden.")
    assert not any(a.cue and a.cue.text == "gewürdigt" for a in an.attributions)


def test_a_swiss_councillor_tagged_with_her_role_and_a_place_tagged_epithet():
    an = run("Die Vorlage ist abgelehnt.\n\nBundesrätin Claudia Imhof zeigte sich vor den Medien in Bern erleichtert. "
             "«Die Stimmbevölkerung hat entschieden», sagte die Vorsteherin des Wirtschaftsdepartements.\n\n"
             "Co-Präsidentin Sandra Frei sagte gegenüber SRF, man habe einen Achtungserfolg erzielt. Die Gegner "
             "hätten Angst geschürt, kritisierte die 47-jährige Zürcher Nationalrätin.")
    assert source_of(an, "Stimmbevölkerung").name == "Claudia Imhof"
    assert source_of(an, "Angst").name == "Sandra Frei"


def test_the_quoted_name_of_an_initiative_is_no_quotation():
    an = run("Die Volksinitiative «Für bezahlbare Mieten in der ganzen Schweiz» ist am Sonntag klar abgelehnt worden.")
    assert not any("bezahlbare" in a.message.text for a in an.attributions)


def test_sie_after_a_bare_name_opening_the_sentence_before():
    an = run("Die frühere Olympiasiegerin Brigitte Rehfeld ist tot. Sie sei am Mittwoch gestorben, teilte die "
             "Deutsche Eisschnelllauf-Gemeinschaft (DESG) mit.\n\nRehfeld gewann 1976 für die DDR olympisches Gold. "
             "Sie berichtete später öffentlich, ihr seien als Jugendliche Medikamente verabreicht worden.")
    assert source_of(an, "Medikamente").name == "Brigitte Rehfeld"


def test_a_year_and_a_phrase_after_a_name_before_the_participle():
    an = run("Die frühere Olympiasiegerin Brigitte Rehfeld ist tot. „Ich bin nicht verbittert“, hatte Rehfeld 2019 "
             "in einem Interview mit dem Deutschlandfunk gesagt.")
    assert source_of(an, "verbittert").name == "Brigitte Rehfeld"


def test_a_comparative_vorfeld_tagged_a_name_before_sich_and_a_name():
    an = run("Der Index stieg. Zurückhaltender äußerte sich Thomas Gellner von der Landesbank Hessen-Thüringen: Die "
             "Unternehmen hofften vor allem auf sinkende Zinsen.")
    assert source_of(an, "sinkende Zinsen").name == "Thomas Gellner"


def test_a_cue_after_und_shares_the_subject_of_the_main_clause_after_a_subordinate_one():
    an = run("Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“")
    assert source_of(an, "Lasst mich").description == "der Randalierer"


def test_a_shipping_company_tagged_a_name_after_its_kind():
    an = run("Mehr als 200 Passagiere sind erkrankt. Die Hamburger Reederei Nordic Sea Cruises erklärte, man habe "
             "sofort strenge Hygienemaßnahmen eingeleitet.")
    src = source_of(an, "Hygienemaßnahmen")
    assert (src.name, src.type) == ("Nordic Sea Cruises", "organization")


def test_a_federal_office_with_a_listed_fuer_part_and_its_label():
    an = run("Der Bund bestellt Munition. Der Rahmenvertrag laufe bis 2030, teilte das Bundesamt für Ausrüstung, "
             "Informationstechnik und Nutzung der Bundeswehr (BAAINBw) am Donnerstag in Koblenz mit.")
    assert source_of(an, "Rahmenvertrag").name == (
        "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr")


def test_wuessten_in_a_report_is_no_report_of_its_own():
    an = run("Der Bitkom warnt vor Unsicherheit, teilte der Verband mit. Viele Mittelständler wüssten bis heute nicht, "
             "welche ihrer Anwendungen als hochriskant gelten.")
    assert not any(a.cue and a.cue.text == "wüssten" for a in an.attributions)


def test_die_managerin_is_the_person_named_in_the_sentence_before():
    an = run("Der Konzern streicht Stellen. Personalvorständin Miriam Faust wandte sich am Abend mit einem Beitrag auf "
             "LinkedIn an die Mitarbeiter. Sie wisse, wie viele Familien hinter diesen Zahlen stünden, schrieb die "
             "Managerin.")
    assert source_of(an, "Familien").name == "Miriam Faust"


def test_a_konjunktiv_after_a_dateline_sentence_is_the_company_not_the_place():
    an = run("München/Kassel (dpa) - Der deutsch-französische Panzerbauer KNDS will seine Fertigung kräftig ausbauen. "
             "Das Werk in Kassel solle bis 2027 doppelt so viele Fahrzeuge liefern.")
    assert source_of(an, "Fahrzeuge").name == "KNDS"


def test_a_health_office_after_a_town_adjective_is_a_body():
    an = run("Kiel (dpa) - Mehr als 200 Passagiere sind nach Angaben des Kieler Gesundheitsamts an einer Infektion "
             "erkrankt.")
    assert source_of(an, "Passagiere").type == "organization"
