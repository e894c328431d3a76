"""Session 19 (German): verbs the tagger hid, papers a report cites, denials that close a cited report,
names in their own case, and the poll or paper a "zufolge" names."""

from __future__ import annotations

from reportedly import analyze

from .helpers import rows as _rows
from .helpers import titled as _analysis


def test_schade_before_what_it_harms_is_a_verb():
    a = _analysis("Ein Streik dieser Länge schade dem Wirtschaftsstandort, sagte Wissing der Deutschen "
                  "Presse-Agentur.")
    assert _rows(a) == [("sagte", "Wissing", "Ein Streik dieser Länge schade dem Wirtschaftsstandort")]
    assert _rows(_analysis("Das sei sehr schade, sagte Wissing."))[0][2] == "Das sei sehr schade"


def test_a_focus_particle_is_no_part_of_the_role():
    a = _analysis("Auch Bundesverkehrsminister Volker Wissing (FDP) appellierte an die Tarifpartner. Das sei falsch, "
                  "sagte er.")
    assert [(s.name, s.role) for s in a.sources] == [("Volker Wissing", "Bundesverkehrsminister")]


def test_the_subject_before_a_zufolge_phrase_is_no_part_of_it():
    a = _analysis("Vier Wochen vor der Wahl liegt die AfD einer neuen Umfrage zufolge knapp vor der CDU.")
    x = a.attributions[0]
    assert (x.cue.text, x.source_mention.text, a.source_by_id(x.source).type) == (
        "zufolge", "einer neuen Umfrage", "document")


def test_choosing_is_no_speech_and_a_generic_group_takes_no_floor():
    a = _analysis("Umfragen seien Momentaufnahmen, sagte der Forscher Hans Vorländer. Viele Wähler entschieden sich "
                  "erst in den letzten Tagen. Zudem liege der Abstand innerhalb der Fehlertoleranz.")
    assert [r[1] for r in _rows(a)] == ["Hans Vorländer", "Hans Vorländer"]
    assert a.speech_acts == []
    assert _rows(_analysis("Das Gericht entschied, dass die Klage unzulässig sei."))[0][0] == "entschied"


def test_a_fronted_object_leaves_no_message_after_the_verb():
    a = _analysis("Pistorius sagte, es handle sich um Sabotage. Beweise dafür nannte er nicht.")
    assert _rows(a) == [("sagte", "Pistorius", "es handle sich um Sabotage")]
    assert _rows(_analysis("Die Polizei nannte die Gründe für den Einsatz."))[0][2] == "die Gründe für den Einsatz"


def test_a_spokesperson_after_a_denial_answers_the_cited_report():
    a = _analysis("Das „Wall Street Journal“ berichtete unter Berufung auf Ermittler, ein Frachtschiff habe den Anker "
                  "über den Grund gezogen. Die chinesische Botschaft in Berlin wies jeden Verdacht zurück. China halte "
                  "sich an internationales Recht, erklärte ein Sprecher.")
    last = a.attributions[-1]
    assert (last.cue.text, last.parent) == ("erklärte", None)


def test_a_fronted_time_is_no_paper():
    a = _analysis("Im vierten Quartal dürfte die Wirtschaftsleistung zurückgehen, heißt es im Monatsbericht der "
                  "Notenbank, der am Montag veröffentlicht wurde.")
    x = a.attributions[0]
    assert (x.cue.text, x.source_mention.text) == ("heißt", "Monatsbericht der Notenbank")


def test_a_district_is_a_body_not_a_circle_of_people():
    a = _analysis("In der Heide hat ein Wolf nach Angaben des Landkreises 30 Schafe gerissen.")
    assert [s.type for s in a.sources] == ["organization"]


def test_a_truncated_compound_joins_its_body_and_a_purpose_is_no_report():
    a = _analysis("Laut der Dokumentations- und Beratungsstelle des Bundes leben derzeit rund 1600 Wölfe in "
                  "Deutschland. Ein DNA-Gutachten soll klären, ob es sich um ein bekanntes Tier handelt.")
    assert [(x.source_mention.text, a.source_by_id(x.source).type) for x in a.attributions] == [
        ("der Dokumentations- und Beratungsstelle des Bundes", "organization")]


def test_a_relative_clause_after_a_speech_noun_describes_its_owner():
    a = _analysis("Die Ärztin habe aus Überzeugung gehandelt, sagte der Anwalt. Die Anklage stütze sich auf Aussagen "
                  "von Kronzeugen, die selbst ein Interesse an milden Strafen hätten.")
    assert [(r[0], r[1]) for r in _rows(a)] == [("sagte", None), (None, None)]
    assert len(a.sources) == 1 and a.attributions[1].source == a.attributions[0].source


def test_the_defence_is_one_body_whatever_its_possessive():
    a = _analysis("Ihre Verteidigung hatte argumentiert, die Ärztin habe aus Überzeugung gehandelt. Die Verteidigung "
                  "kündigte an, in Revision zu gehen.")
    assert [(s.type, len(s.mentions)) for s in a.sources] == [("organization", 2)]


def test_two_bodies_after_a_plural_verb_and_the_details_they_gave():
    a = _analysis("Das Rauschgift sei in einem Container versteckt gewesen, teilten Zollfahndung und "
                  "Staatsanwaltschaft am Freitag gemeinsam mit. Festgenommen wurden den Angaben zufolge vier Männer.")
    first, second = a.attributions
    assert first.source_mention.text == "Zollfahndung und Staatsanwaltschaft" and len(first.co_sources) == 1
    assert [s.type for s in a.sources] == ["organization", "organization"]
    assert (second.cue.text, second.source) == ("zufolge", first.source)


def test_pro_asyl_is_a_name():
    a = _analysis("Pro Asyl zufolge verstoßen die Zurückweisungen gegen europäisches Recht.")
    assert [(s.name, s.type) for s in a.sources] == [("Pro Asyl", "organization")]


def test_the_magazine_in_the_genitive_is_the_one_named_before():
    a = _analysis("Der Konzern erwägt die Schließung, berichtet das „Manager Magazin“. Nach Informationen des Magazins "
                  "hat der Konzern bereits Gespräche geführt.")
    assert [s.type for s in a.sources] == ["media"]
    assert a.attributions[-1].source == a.attributions[0].source


def test_a_headline_demand_of_one_noun():
    a = analyze("Wolf reißt Schafe – Landwirte fordern Abschuss\n\nIn der Heide hat ein Wolf mehr als 30 Schafe "
                "gerissen, teilte der Landkreis mit.")
    assert _rows(a)[0] == ("fordern", None, "Abschuss")


def test_a_konjunktiv_tagged_as_an_adjective_after_its_subject():
    a = _analysis("Die Bremse verhindere Investitionen in neuen Wohnraum, erklärte Verbandspräsident Kai Warnecke.")
    assert _rows(a) == [("erklärte", "Kai Warnecke", "Die Bremse verhindere Investitionen in neuen Wohnraum")]


def test_a_score_in_the_vorfeld_and_a_role_before_the_name():
    a = _analysis("Nach der 1:2-Niederlage des FC Bayern München bei Bayer Leverkusen hat Trainer Vincent Kompany die "
                  "Schiedsrichterleistung scharf kritisiert.")
    acts = [(x.cue.text, a.source_by_id(x.source).name) for x in a.speech_acts]
    assert acts == [("kritisiert", "Vincent Kompany")]


def test_er_is_the_person_named_by_surname_in_the_sentence_before():
    a = _analysis("Gerlach warf Bundesgesundheitsminister Karl Lauterbach (SPD) vor, die Länder übergangen zu haben. "
                  "Minister Karl-Josef Laumann (CDU) sagte, er sehe „erheblichen Nachbesserungsbedarf“. Lauterbach "
                  "verteidigte die Pläne. Ohne die Reform drohe ein Kliniksterben, sagte er im Bundestag.")
    assert _rows(a)[-1] == ("sagte", "Karl Lauterbach", "Ohne die Reform drohe ein Kliniksterben")


def test_a_contrast_tail_and_the_pointer_after_an_inverted_subject():
    assert _rows(_analysis("Der Verband kritisierte die Entscheidung dagegen scharf."))[0][2] == "die Entscheidung"
    a = _analysis("Während das Institut der deutschen Wirtschaft (IW) die Bremse für wirkungslos hält, verweist das "
                  "DIW auf gedämpfte Mietsteigerungen.")
    assert [(r[0], r[2]) for r in _rows(a)] == [("hält", "die Bremse für wirkungslos"),
                                                 ("verweist", "gedämpfte Mietsteigerungen")]


def test_zwar_aber_keeps_one_reported_clause():
    a = _analysis("Das Institut schrieb in seiner Analyse, die russischen Truppen kämen zwar voran, erlitten dabei "
                  "aber hohe Verluste.")
    assert _rows(a)[0][2] == "die russischen Truppen kämen zwar voran, erlitten dabei aber hohe Verluste"


def test_die_behoerde_is_the_authority_that_opened_the_sentence_before():
    a = _analysis("Die Staatsanwaltschaft Köln hat Anklage gegen einen Manager erhoben. Dem 67-Jährigen werde "
                  "vorgeworfen, Steuern hinterzogen zu haben, teilte die Behörde am Donnerstag mit.")
    assert a.source_by_id(a.attributions[0].source).name == "Staatsanwaltschaft Köln"


def test_a_researcher_the_tagger_took_for_an_organisation():
    a = _analysis("Die Desinformationsforscherin Pia Lamberty vom Center für Monitoring, Analyse und Strategie "
                  "warnte, solche Kampagnen seien oft erfolgreicher als gedacht.")
    assert [(s.name, s.type) for s in a.sources] == [("Pia Lamberty", "person")]


INTERVIEW = ("Interview mit Klimaforscherin: „Wir verlieren wertvolle Zeit“\n\n"
             "Die Klimaforscherin Friederike Otto gehört zu den Begründerinnen der Zuordnungsforschung. Im Gespräch "
             "erklärt sie, warum Extremwetter häufiger wird.\n\n"
             "Frau Otto, war die Flut eine Folge des Klimawandels?\n\n"
             "Wir können mit großer Sicherheit sagen, dass der Klimawandel solche Ereignisse wahrscheinlicher "
             "macht.\n\n"
             "Was bedeutet das für die Politik?\n\n"
             "Dass wir uns auch anpassen müssen. Da verlieren wir gerade wertvolle Zeit.\n\n"
             "Die Bundesregierung verweist auf ihre Klimaziele.\n\n"
             "Ziele allein reichen nicht.")


def test_the_answer_after_each_question_of_an_interview_is_the_guests():
    a = analyze(INTERVIEW)
    direct = [(a.source_by_id(x.source).name, x.message.text[:20]) for x in a.attributions if x.mode == "direct"]
    assert direct == [("Friederike Otto", "Wir verlieren wertvo"), ("Friederike Otto", "Wir können mit große"),
                      ("Friederike Otto", "Dass wir uns auch an")]
    assert not any(x.message.text.startswith("Ziele allein") for x in a.attributions)
    plain = analyze(INTERVIEW.replace("Interview mit", "Streit um").replace("Im Gespräch erklärt", "Dabei erklärt"))
    assert not any(x.mode == "direct" and not x.cue for x in plain.attributions if "Wir können" in x.message.text)


def test_a_channel_that_shares_a_paper_with_a_comment():
    a = _analysis("Der Telegram-Kanal „Freie Medien“ teilte das Schreiben am Wochenende mit dem Kommentar, die "
                  "Regierung verschweige die Wahrheit. Auf Nachfrage erklärte sein Büro, man habe nichts geprüft.")
    first = a.attributions[0]
    assert (first.cue.text, a.source_by_id(first.source).name, a.source_by_id(first.source).type) == (
        "Kommentar", "Freie Medien", "social_post")
    assert a.source_by_id(a.attributions[1].source).type == "organization"


def test_told_the_funke_papers_and_a_genitive_institute():
    a = _analysis("Gefährdet seien ältere Menschen, sagte der Präsident der Bundesärztekammer, Klaus Reinhardt, den "
                  "Zeitungen der Funke Mediengruppe. Laut einer Analyse des Robert Koch-Instituts starben 3200 "
                  "Menschen.")
    first = a.attributions[0]
    assert first.source_mention.text == "der Präsident der Bundesärztekammer, Klaus Reinhardt"
    assert a.source_by_id(first.via).name == "Funke Mediengruppe"
    assert "Robert Koch-Institut" in [s.name for s in a.sources]


def test_a_spokesperson_of_a_body_named_in_quotes_is_unnamed():
    a = _analysis("Die Lage ist ernst. „Die Menschen wurden viel zu spät gewarnt“, sagte ein Sprecher der "
                  "Bürgerinitiative „Saubere Luft“.")
    assert [(s.type, s.affiliation) for s in a.sources] == [("anonymous", "Bürgerinitiative „Saubere Luft“")]


def test_a_circulating_claim_and_where_it_spreads():
    a = _analysis("In sozialen Netzwerken kursiert derzeit die Behauptung, die EU wolle ab 2026 Holzkohlegrills "
                  "verbieten. Ökonomen halten dagegen eine Reform für überfällig.")
    first = a.attributions[0]
    assert (first.cue.text, first.message.text) == ("Behauptung", "die EU wolle ab 2026 Holzkohlegrills verbieten")
    assert a.source_by_id(first.source).type == "social_post"
    assert a.attributions[1].message.text == "eine Reform für überfällig"
    a = _analysis("Seit Tagen kursiert die Behauptung, die EU wolle Grills verbieten.")
    assert [(x.cue.text, x.source) for x in a.attributions] == [("Behauptung", None)]


def test_a_negated_confirmation_reports_nothing_and_a_truncated_institute():
    a = _analysis("Die Armee sagte, der Mann sei tot. Die Hamas bestätigte den Tod zunächst nicht.")
    assert [x.cue.text for x in a.attributions] == ["sagte"]
    assert [x.cue.text for x in a.speech_acts] == ["bestätigte"]
    a = _analysis("Das Institut für Arbeitsmarkt- und Berufsforschung (IAB) hatte zuletzt festgestellt, dass "
                  "Sanktionen nur geringe Effekte haben.")
    assert a.attributions[0].source_mention.text.startswith("Das Institut für Arbeitsmarkt- und Berufsforschung")


def test_van_der_bellen_is_one_name():
    a = _analysis("Bundespräsident Alexander Van der Bellen kündigte Gespräche mit allen Parteichefs an. Er werde "
                  "darauf achten, dass die Demokratie respektiert werde, sagte das Staatsoberhaupt.")
    assert [s.name for s in a.sources] == ["Alexander Van der Bellen"]


def test_a_second_predicate_after_a_particle_verb_is_no_message_of_it():
    a = _analysis("Kickl sprach von einem Sieg. Nehammer räumte die Niederlage ein, machte aber deutlich, dass er "
                  "nicht mit Kickl koalieren werde.")
    assert [(r[0], r[2]) for r in _rows(a)][1:] == [  # s26: "räumte die Niederlage ein" reports its object
        ("räumte", "die Niederlage"), ("machte", "dass er nicht mit Kickl koalieren werde")]


def test_der_dienst_is_the_intelligence_service_just_named():
    a = _analysis("Der ukrainische Militärgeheimdienst HUR bestätigte die Angaben teilweise. Nordkoreanische "
                  "Einheiten hätten bereits an Kämpfen teilgenommen, schrieb der Dienst auf Telegram.")
    assert [s.name for s in a.sources] == ["HUR"]


def test_said_in_an_interview_with_an_outlet():
    a = _analysis("Die Lage ist ernst. „Wir können nicht dauerhaft Milliarden in das System pumpen“, sagte Dürr im "
                  "Interview mit der „Bild am Sonntag“.")
    assert a.source_by_id(a.attributions[0].via).name == "Bild"


def test_stellte_infrage_is_one_cue_with_its_object():
    a = _analysis("FDP-Fraktionschef Christian Dürr stellte die geplante Haltelinie beim Rentenniveau infrage. Das sei "
                  "falsch, sagte er.")
    x = a.attributions[0]
    assert (x.cue.text, [p.text for p in x.cue_parts], x.message.text) == (
        "stellte", ["infrage"], "die geplante Haltelinie beim Rentenniveau")
    assert _rows(_analysis("Eine Koalition mit der AfD komme nicht infrage, sagte Merz."))[0][0] == "sagte"


def test_the_lawyer_is_the_defence_counsel_just_quoted():
    a = _analysis("Sein Verteidiger erklärte, sein Mandant habe sich stets auf Gutachten verlassen. „Er hat zu keinem "
                  "Zeitpunkt vorsätzlich gehandelt“, sagte der Anwalt.")
    assert len(a.sources) == 1 and len(a.sources[0].mentions) == 2


def test_a_prosecutors_office_with_a_roman_number():
    a = _analysis("Die Staatsanwaltschaft München I bestätigte auf Anfrage, dass ein Verfahren laufe.")
    assert [(s.name, s.type) for s in a.sources] == [("Staatsanwaltschaft München I", "organization")]


def test_a_company_in_apposition_to_the_opening_subject():
    a = _analysis("Der Projektierer, die Entega AG, verweist auf die Genehmigung des Regierungspräsidiums.")
    assert _rows(a) == [("verweist", "Entega AG", "die Genehmigung des Regierungspräsidiums")]


def test_another_office_is_no_chair_and_heisst_es_darin_is_the_paper():
    a = _analysis("„Das wäre ein fatales Signal“, sagte der Ehrenvorsitzende Karl-Peter Naumann. Auch aus der Politik "
                  "kam Kritik. Der saarländische Verkehrsminister sagte, er werde sich gegen Kürzungen wehren.")
    assert _rows(a)[1][1] is None
    a = _analysis("Die Bahn will einem internen Papier zufolge Linien streichen. Das geht aus einer Vorlage hervor, "
                  "die dem SWR vorliegt. Betroffen seien vor allem Verbindungen in Ostdeutschland, heißt es darin.")
    assert a.source_by_id(a.attributions[-1].source).type == "document"


def test_a_body_named_after_its_noun_and_referred_to_by_it():
    a = _analysis("Die Tierrechtsorganisation Soko Tierschutz hat Vorwürfe gegen einen Schlachthof erhoben. Videos "
                  "zeigten, wie Rinder geschlachtet würden, teilte die Organisation mit.")
    assert [(s.name, s.type) for s in a.sources] == [("Soko Tierschutz", "organization")]
    a = _analysis("Auch die Deutsche Gesellschaft Interdisziplinäre Notfall- und Akutmedizin (DGINA) warnt vor einer "
                  "Gefährdung. Viele Menschen kämen mit Bagatellen in die Notaufnahme, so die Fachgesellschaft.")
    assert [s.name for s in a.sources] == ["Deutsche Gesellschaft Interdisziplinäre Notfall- und Akutmedizin"]
    a = _analysis("Landwirtschaftsministerin Miriam Staudte (Grüne) sagte, sollten sich die Vorwürfe bestätigen, "
                  "müsse der Betrieb geschlossen werden.")
    assert _rows(a)[0][0] == "sagte" and _rows(a)[0][2].startswith("sollten sich die Vorwürfe bestätigen, müsse")
