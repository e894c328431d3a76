"""Session 22 (German): a participle the tagger read as a finite verb inside an anonymous source's noun
phrase, and the village a resident comes from."""

from __future__ import annotations

from .helpers import run, source_of


def test_citing_people_familiar_with_the_talks_keeps_the_outlet_and_the_people():
    for people, count in (("drei mit den Gesprächen vertraute Personen", 3),
                          ("mit den Gesprächen vertraute Personen", None)):
        an = run(f"Streit um Hilfen. Politico berichtete unter Berufung auf {people}, Frankreich habe die "
                 "Freigabe zeitweise an Zugeständnisse geknüpft.")
        outer = next(a for a in an.attributions if a.cue.text == "berichtete")
        inner = next(a for a in an.attributions if a.cue.text == "unter")
        assert an.source_by_id(outer.source).name == "Politico"
        assert inner.parent == outer.id and inner.source_mention.text == people
        s = an.source_by_id(inner.source)
        assert (s.type, s.count) == ("anonymous", count)
        assert inner.message.text.startswith("Frankreich habe")


def test_people_familiar_with_the_talks_as_the_subject():
    s = source_of(run("Drei mit den Gesprächen vertraute Personen sagten, Frankreich habe die Freigabe "
                      "an Zugeständnisse geknüpft."), "Zugeständnisse")
    assert (s.type, s.count) == ("anonymous", 3)


def test_a_cue_after_an_opening_phrase_stays_the_verb():
    an = run("Nach der Kabinettssitzung sagte Bundesinnenminister Schily: „Der heutige Beschluss ist ein "
             "wichtiger Schritt.“")
    a = next(a for a in an.attributions if "Beschluss" in a.message.text)
    assert a.cue.text == "sagte" and an.source_by_id(a.source).name == "Schily"


def test_a_resident_of_a_village_is_unnamed():
    an = run("Beben in Peru. „Die Erde hat fast eine Minute lang gebebt“, sagte eine Bewohnerin des Dorfes "
             "Chuquibamba dem Fernsehsender America TV.")
    s = source_of(an, "gebebt")
    assert (s.type, s.count, s.affiliation) == ("anonymous", 1, "Chuquibamba")
    s = source_of(run("„Wir haben alles verloren“, sagte ein Anwohner der Gemeinde Lützen."), "verloren")
    assert (s.type, s.affiliation) == ("anonymous", "Lützen")


def test_a_name_after_laut_without_article_in_the_nominative():
    an = run("Hitzewelle. Laut Deutschem Wetterdienst sollen die Temperaturen auf bis zu 38 Grad steigen.")
    assert source_of(an, "Temperaturen").name == "Deutscher Wetterdienst"


def test_a_poll_commissioned_by_a_company_is_one_source_phrase():
    an = run("KI im Büro. Einer repräsentativen Umfrage des Instituts Demovia im Auftrag des Personaldienstleisters "
             "Arvento zufolge nutzt jeder dritte Beschäftigte KI-Werkzeuge.")
    a = next(a for a in an.attributions if a.cue.text == "zufolge")
    assert a.source_mention.text.startswith("Einer repräsentativen Umfrage")
    assert a.message.text.startswith("nutzt jeder dritte")
    an = run("KI im Büro. Einer Umfrage im Auftrag des Personaldienstleisters Arvento zufolge nutzt jeder dritte "
             "Beschäftigte KI-Werkzeuge.")
    s = source_of(an, "KI-Werkzeuge")
    assert (s.name, s.type) == ("Arvento", "organization")


def test_the_company_of_a_group_compound():
    an = run("Stellen. Die Siemens-Gruppe will 2000 Stellen streichen. Man müsse die Kosten senken, teilte das "
             "Unternehmen mit.")
    assert source_of(an, "Kosten").name == "Siemens"


def test_the_authority_is_the_police_not_the_group_before():
    for group in ("die Gruppe „Letzte Ausfahrt“", "die Gruppe Letzte Generation"):
        an = run(f"Blockade im Hafen. Zu der Aktion bekannte sich {group}. Die Polizei löste die Blockade nach "
                 "drei Stunden auf. Gegen alle Beteiligten werde wegen Nötigung ermittelt, teilte die Behörde mit.")
        s = source_of(an, "Nötigung")
        assert "Polizei" in (s.name or s.description or "")


def test_the_company_named_three_sentences_before():
    an = run("Pleite. Der Hamburger Projektentwickler Lindholm Immobilien hat Insolvenz angemeldet. Das Amtsgericht "
             "Hamburg bestätigte am Mittwoch den Eingang des Antrags. Zum Insolvenzverwalter wurde der Anwalt Carsten "
             "Mewes bestellt. Betroffen sind nach Angaben des Unternehmens rund 260 Beschäftigte.")
    s = source_of(an, "260 Beschäftigte")
    assert (s.name, s.type) == ("Lindholm Immobilien", "organization")


def test_an_age_epithet_after_a_long_quotation():
    an = run("Pleite. Firmengründer Olaf Lindholm machte die gestiegenen Zinsen und Baukosten für die Pleite "
             "verantwortlich. „Das Geschäftsmodell, das 20 Jahre lang funktioniert hat, ist binnen 18 Monaten "
             "zusammengebrochen“, sagte der 58-Jährige.")
    assert source_of(an, "Geschäftsmodell").name == "Olaf Lindholm"


def test_grounds_of_a_judgment_are_a_document_and_keep_their_continuation():
    an = run("Urteil. Die Kammer folgte dieser Argumentation nicht. Der Vermieter habe nicht nachweisen können, dass "
             "die Arbeiten eine Modernisierung seien, heißt es in der Urteilsbegründung. Die Ausnahme von der "
             "Mietpreisbremse greife deshalb nicht. „Das ist ein Signal“, sagte Volker Strähle vom Mieterverein.")
    assert source_of(an, "Vermieter habe").type == "document"
    assert source_of(an, "Mietpreisbremse").type == "document"


def test_a_threat_that_looms_is_no_threat_anyone_makes():
    an = run("Zölle. Das Ministerium kündigte eine Untersuchung an. Sollten sich die Vorwürfe bestätigen, drohten "
             "Zölle von bis zu 35 Prozent, hieß es in einer Mitteilung.")
    assert all(a.cue.text != "drohten" for a in an.attributions if a.cue)
    assert all(s.name != "Zölle" for s in an.sources)
    s = source_of(run("Streit. Demonstranten drohten, die Straße erneut zu blockieren."), "Straße")
    assert s.type == "anonymous"


def test_adverbs_before_a_participle_belong_to_the_cited_sources():
    an = run("Thailand. Unter Berufung auf nicht weiter bezeichnete Quellen gab die Bangkok Post an, dem "
             "Generalsekretär sei das Amt angeboten worden.")
    inner = next(a for a in an.attributions if a.cue.text == "Unter")
    assert inner.source_mention.text == "nicht weiter bezeichnete Quellen"
    outer = next(a for a in an.attributions if a.id == inner.parent)
    assert (an.source_by_id(outer.source).name, an.source_by_id(outer.source).type) == ("Bangkok Post", "media")


def test_a_source_phrase_before_a_separated_particle_and_the_union_after_it():
    an = run("Streik. Verdi hat zum Warnstreik aufgerufen. Alle 140 Abflüge fallen nach Angaben des Flughafens aus. "
             "Die Gewerkschaft fordert 2,80 Euro mehr pro Stunde.")
    a = next(a for a in an.attributions if a.cue.text == "nach")
    assert a.source_mention.text == "Angaben des Flughafens"
    assert source_of(an, "2,80 Euro").id != a.source


def test_company_information_is_the_company_and_not_the_union():
    an = run("Insolvenz. Der Armaturenhersteller Kessler aus dem Sauerland ist insolvent. Betroffen sind nach "
             "Unternehmensangaben rund 480 Beschäftigte. Die Gewerkschaft forderte ein Fortführungskonzept.")
    assert source_of(an, "480 Beschäftigte").name == "Kessler"
    assert source_of(an, "Fortführungskonzept").name != "Kessler"


def test_a_genitive_body_is_the_body_named_before():
    an = run("Listerien. Das Gesundheitsamt Kempten warnt vor dem Käse. Nach Angaben des Gesundheitsamts sollen sich "
             "zwei Menschen infiziert haben.")
    assert source_of(an, "infiziert").name == "Gesundheitsamt Kempten"


def test_a_bare_noun_after_the_cited_people_is_the_object():
    an = run("Gaza. Bei den Verhandlungen gibt es nach Angaben von Vermittlern Bewegung. Das sagte ein Diplomat.")
    a = next(a for a in an.attributions if a.cue.text == "nach")
    assert a.source_mention.text == "Angaben von Vermittlern"
    assert an.source_by_id(a.source).type == "anonymous"


def test_a_company_the_tagger_called_a_person():
    an = run("Biotech. Das Mainzer Biotech-Unternehmen Veramed Biotech AG sieht seinen Wirkstoff auf Erfolgskurs. Ein "
             "US-Leerverkäufer hatte Veramed vorgeworfen, Zwischenergebnisse geschönt zu haben. Veramed wies die "
             "Vorwürfe damals als „haltlos“ zurück.")
    s = next(an.source_by_id(a.source) for a in an.attributions if a.cue.text == "wies")
    assert (s.name, s.type) == ("Veramed", "organization")


def test_an_age_epithet_keeps_to_its_gender_and_skips_a_dateline_village():
    an = run("Hochwasser. Ein DWD-Meteorologe warnte, die Lage könne sich verschärfen. „Um drei Uhr stand das Wasser "
             "im Keller“, sagte die 68-Jährige.")
    assert source_of(an, "Keller").description != "Ein DWD-Meteorologe"
    an = run("Klein Rietzow (dpa/bb) - Bei einem Wolfsangriff sind 23 Schafe getötet worden. Weitere Tiere seien "
             "verletzt, sagte Schäferin Heike Lenzner aus Klein Rietzow. „Es sah aus wie auf einem Schlachtfeld“, "
             "schilderte die 44-Jährige.")
    assert source_of(an, "Schlachtfeld").name == "Heike Lenzner"


def test_a_federal_court_and_a_lawyer_cited_with_a_possessive():
    an = run("Mietrecht. Vermieter dürfen die Mietpreisbremse nicht umgehen. Das hat der Bundesgerichtshof (BGH) am "
             "Mittwoch entschieden.")
    assert source_of(an, "Mietpreisbremse").type == "organization"
    an = run("Prozess. Der Angeklagte ist nach Angaben seines Anwalts unschuldig.")
    a = next(a for a in an.attributions if a.cue.text == "nach")
    assert a.source_mention.text == "Angaben seines Anwalts"
    assert an.source_by_id(a.source).type == "anonymous"


def test_a_singular_sie_after_plural_reports_is_the_woman():
    an = run("Interview. Die Schauspielerin Mira Sandhagen hat über ihre Angststörung gesprochen. „Ich konnte nicht "
             "mehr atmen“, sagte die 42-Jährige. Berichte, wonach sie sich von ihrem Ehemann getrennt habe, "
             "dementierte sie. „Wir sind verheiratet“, sagte sie.")
    assert source_of(an, "verheiratet").name == "Mira Sandhagen"
    assert next(an.source_by_id(a.source) for a in an.attributions if a.cue.text == "dementierte").name == (
        "Mira Sandhagen")


def test_a_prosecutors_office_named_with_its_town_and_police_information():
    s = source_of(run("Drohung. Die Nachricht war laut Staatsanwaltschaft Kassel kurz nach 7 Uhr eingegangen."),
                  "Nachricht")
    assert (s.name, s.type) == ("Staatsanwaltschaft Kassel", "organization")
    an = run("Drohung. Rund 900 Schüler mussten nach Angaben der Polizei das Gebäude verlassen. In Chats kursierten "
             "nach Polizeiangaben Gerüchte über Schüsse.")
    assert source_of(an, "Gerüchte").id == source_of(an, "Gebäude").id


def test_an_acronym_is_a_body_and_one_of_two_is_one_person():
    s = source_of(run("Asyl. Nach Angaben des Bundesamts für Migration und Flüchtlinge (BAMF) stellten bis Juni rund "
                      "61.300 Menschen einen Asylantrag."), "Asylantrag")
    assert s.type == "organization"
    an = run("Windpark. Ein Bericht der Zeitung besagt, zwei Ratsmitglieder hätten Flächen verpachtet. Einer der "
             "beiden bestätigte das auf Nachfrage.")
    s = next(an.source_by_id(a.source) for a in an.attributions if a.cue.text == "bestätigte")
    assert (s.type, s.count, s.affiliation) == ("anonymous", 1, None)
    s = source_of(run("Memo. „Die Stimmung ist auf dem Tiefpunkt“, sagte ein Entwickler, der anonym bleiben wollte."),
                  "Tiefpunkt")
    assert (s.type, s.count) == ("anonymous", 1)


def test_a_commissioned_expert_report_is_a_document():
    s = source_of(run("Windpark. Ein von der Initiative beauftragtes Gegengutachten kommt zu dem Schluss, dass der "
                      "Lärm die Grenzwerte überschreiten könnte."), "Grenzwerte")
    assert s.type == "document"


def test_so_between_two_pieces_of_a_quotation():
    an = run("Streik. Man habe bereits ein Plus angeboten, sagte ein Sprecher des Verbands. „Verdi nimmt“, so der "
             "Sprecher, „Tausende Urlauber in Geiselhaft.“")
    a = next(a for a in an.attributions if a.cue.text == "so")
    assert a.source_mention.text == "der Sprecher"
    assert [p.text for p in a.message_parts] == ["Verdi nimmt", "Tausende Urlauber in Geiselhaft"]
    assert a.mode == "direct"


def test_a_ministry_is_no_party():
    an = run("Der haushaltspolitische Sprecher der Union, Matthias Kerbholz, sagte, der Etat sei auf Sand gebaut. Der "
             "Entwurf sieht nach Angaben des Ministeriums Ausgaben von 489 Milliarden Euro vor.",
             title="Union wirft Regierung „Buchungstricks“ vor")
    assert source_of(an, "489 Milliarden").name != "Union"


def test_a_kreisblatt_is_an_outlet():
    s = source_of(run("Korruption. Nach Informationen des „Wehrtaler Kreisblatts“ geht es um ein Gewerbegebiet."),
                  "Gewerbegebiet")
    assert s.type == "media"


def test_the_company_noun_skips_an_authority_that_spoke_since():
    an = run("Rückruf. Der Autobauer Hallstein ruft 210.000 Autos zurück. Betroffen seien zwei Modelle, teilte das "
             "Unternehmen mit. Das Kraftfahrt-Bundesamt bestätigte den Rückruf. Halter würden schriftlich informiert, "
             "hieß es von der Behörde. Der Konzern wies den Vorwurf zurück, zu spät gehandelt zu haben.")
    s = next(an.source_by_id(a.source) for a in an.attributions if a.cue.text == "wies")
    assert "Hallstein" in (s.name or s.description or "")


def test_local_news_sources():
    an = run("Schule. „Wer die Schule schließt“, so die 41-Jährige, „der schließt das Dorf.“ Ein Gemeinderat sagte, "
             "die Verwaltung habe das Gremium vor vollendete Tatsachen gestellt.")
    a = next(a for a in an.attributions if a.cue.text == "so")
    assert a.source_mention.text == "die 41-Jährige" and len(a.message_parts) == 2
    s = source_of(an, "Verwaltung")
    assert (s.type, s.count) == ("anonymous", 1)
    assert source_of(run("Klinik. „Viele haben Angst um ihren Job“, sagte eine Krankenschwester."), "Angst").type == (
        "anonymous")
    assert source_of(run("Zoo. Das Tier ist am Sonntag gestorben, wie der Tierpark mitteilte."), "Tier").type == (
        "organization")
    an = run("Brücke. Nach Informationen dieser Zeitung sollen Prüfer bereits vor fünf Jahren Risse entdeckt haben.")
    s = source_of(an, "Risse")
    assert (s.type, s.description) == ("media", "dieser Zeitung")


def test_darin_is_the_paper_named_in_the_sentence_before():
    an = run("Pflegeheim. Die Altenwohl Pflege GmbH weist die Vorwürfe in einer schriftlichen Stellungnahme zurück. "
             "Darin heißt es, die Personalausstattung entspreche den Vorgaben.")
    s = source_of(an, "Personalausstattung")
    assert (s.type, s.description) == ("document", "einer schriftlichen Stellungnahme")


def test_heisst_es_darin_after_the_quotation_is_the_paper_named_before():
    an = run("Pflegeheim. Die Heimaufsicht hat einen Aufnahmestopp verhängt. Die Altenwohl Pflege GmbH weist die "
             "Vorwürfe in einer schriftlichen Stellungnahme zurück. Die Personalausstattung entspreche „zu jeder Zeit "
             "den gesetzlichen Vorgaben“, heißt es darin.")
    assert source_of(an, "Personalausstattung").type == "document"
