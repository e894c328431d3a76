"""Session 18 (German): a Vorfeld with a listed institute, those called on, a stance's phrase, times before
a warning, a firm after a full name, news that "nach" follows in time, and the broadcaster a speaker was on."""

from __future__ import annotations

from reportedly import analyze

from .helpers import rows as _rows
from .helpers import titled as _analysis


def test_a_named_person_with_an_institute_that_lists_words():
    a = _analysis("Die Desinformationsforscherin Julia Smirnova vom Center für Monitoring, Analyse und Strategie "
                  "(CeMAS) sagte, das Muster sei bekannt.")
    assert _rows(a) == [("sagte", "Julia Smirnova", "das Muster sei bekannt")]


def test_those_called_on_are_no_speakers():
    a = _analysis("Die Polizei sucht Zeugen. Die Bürger sind aufgerufen, wachsam zu bleiben.")
    assert [x.source for x in a.attributions] == [None]
    a = _analysis("Das RKI teilte mit, es gebe keinen Fall. Ärztinnen und Ärzte seien aber aufgerufen, bei "
                  "Verdachtsfällen aufmerksam zu sein.")
    rows = _rows(a)
    assert rows[1][:2] == (None, "RKI") and rows[1][2].startswith("Ärztinnen und Ärzte seien aber aufgerufen")


def test_a_stance_is_its_phrase_not_the_clause_after_it():
    a = _analysis("Demnach sprechen sich 78 Prozent der Befragten gegen einen späteren Renteneintritt aus, nur 17 "
                  "Prozent sind dafür.")
    assert _rows(a)[-1] == ("sprechen", None, "einen späteren Renteneintritt")
    assert _rows(_analysis("Er sprach sich dafür aus, die Steuern zu senken."))[0][2] == "die Steuern zu senken"


def test_a_day_before_the_warned_of_is_no_part_of_it():
    a = _analysis("Der DWD warnte am Sonntag vor weiteren ergiebigen Regenfällen.")
    assert _rows(a)[0][2] == "vor weiteren ergiebigen Regenfällen"


def test_a_firm_after_a_full_name_is_no_part_of_the_name():
    a = _analysis("Der Luftfahrtanalyst Gerald Wissel von Airborne Consulting verwies auf die Erfahrungen mit ITA. "
                  "Brüssel werde genau hinschauen, sagte er.")
    assert {s.name for s in a.sources if s.type == "person"} == {"Gerald Wissel"}
    assert [r[1] for r in _rows(a)] == ["Gerald Wissel", "Gerald Wissel"]
    a = _analysis("Die AfD-Politikerin Beatrix von Storch sagte, das sei falsch.")
    assert _rows(a)[0][1] == "Beatrix von Storch"


def test_news_that_a_move_follows_is_no_citation():
    a = _analysis("Das Handelsblatt berichtete darüber. An der Börse legte die Lufthansa-Aktie nach dem Bericht um "
                  "2,3 Prozent zu.")
    assert a.attributions == []
    a = _analysis("Das Handelsblatt berichtete darüber. Nach dem Bericht soll der Vorstand Berater mandatiert haben.")
    assert _rows(a) == [("Nach", "Handelsblatt", "soll der Vorstand Berater mandatiert haben")]


def test_the_broadcaster_a_speaker_spoke_on():
    for text, outlet in [
        ("Oberbürgermeister Jürgen Dupper sagte im Bayerischen Rundfunk, die Lage sei ernst.", "BR"),
        ("Die Lage sei ernst, sagte Söder im ZDF.", "ZDF"),
        ("Im Deutschlandfunk sagte Habeck, die Lage sei ernst.", "Deutschlandfunk"),
    ]:
        a = _analysis(text)
        (x,) = a.attributions
        assert a.source_by_id(x.via).name == outlet, text
    for text in ("Im Bundestag sagte Habeck, die Lage sei ernst.", "In Berlin sagte Habeck, die Lage sei ernst."):
        assert _analysis(text).attributions[0].via is None


def test_ruled_out_is_no_cue_for_the_quotation_after_it():
    a = _analysis("Fraktionschef Christian Dürr sagte, eine Aussetzung der Schuldenbremse komme nicht infrage. „Wir "
                  "haben im Koalitionsvertrag etwas anderes vereinbart.“")
    rows = _rows(a)
    assert [r[1] for r in rows] == ["Christian Dürr", "Christian Dürr"] and rows[1][0] is None
    assert [x.parent for x in a.attributions] == [None, None]


def test_a_denial_of_the_cited_report_is_no_part_of_it():
    a = _analysis("Nach Informationen des „Spiegel“ soll Kanzler Olaf Scholz eine Notlagenerklärung ins Spiel "
                  "gebracht haben. Ein Regierungssprecher dementierte das. Es gebe „keine neuen Überlegungen“, sagte "
                  "er am Montag. Aus Koalitionskreisen hieß es dagegen, der Kanzler habe mehrere Optionen "
                  "durchgespielt.")
    assert [x.parent for x in a.attributions] == [None, None, "a1"]  # the circles may be the magazine's


def test_an_accusation_after_a_dative_the_tagger_joined_to_it():
    a = _analysis("Im Streit um den Haushalt wirft die FDP den Grünen Wortbruch vor.")
    assert _rows(a) == [("wirft", "FDP", "Wortbruch")]


def test_the_pronoun_of_a_wie_clause_is_the_body_that_opens_the_sentence():
    a = _analysis("Siemens Energy blickt optimistischer auf das Jahr. Der Konzern rechnet nun mit einem "
                  "Umsatzwachstum von 15 bis 17 Prozent, wie er am Mittwoch in München mitteilte.")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.type, src.name) == ("organization", "Siemens Energy")


def test_a_channel_and_its_reported_clause():
    a = _analysis("Dazu schreibt der prorussische Kanal „Voenkor Kotenok“, die Ukraine zeige damit ihr „wahres "
                  "Gesicht“.")
    (x,) = a.attributions
    src = a.source_by_id(x.source)
    assert (src.type, src.name) == ("social_post", "Voenkor Kotenok")
    assert x.message.text == "die Ukraine zeige damit ihr „wahres Gesicht“"
    a = _analysis("Dazu schreibt die Zeitung, die Ukraine zeige damit ihr wahres Gesicht.")
    assert a.attributions[0].message.text == "die Ukraine zeige damit ihr wahres Gesicht"


def test_no_answer_to_a_request_is_a_speech_act():
    a = _analysis("Die russische Botschaft in Berlin reagierte nicht auf eine Anfrage.")
    (act,) = a.speech_acts
    assert act.cue.text == "reagierte" and act.source_mention.text == "Die russische Botschaft in Berlin"
    assert _analysis("Die Börse reagierte nicht auf die Zahlen.").speech_acts == []


def test_what_a_speaker_pointed_to_is_the_phrase_not_a_relative_clause_on_it():
    a = _analysis("Eine Sprecherin des Bundesinnenministeriums verwies auf die bereits eingeführten Grenzkontrollen, "
                  "die Wirkung zeigten.")
    assert _rows(a)[0][2] == "die bereits eingeführten Grenzkontrollen"
    assert _rows(_analysis("Er verwies darauf, dass die Kontrollen Wirkung zeigten."))[0][2] == (
        "dass die Kontrollen Wirkung zeigten")


def test_the_show_of_a_broadcaster_after_a_time():
    for text, outlet in [
        ("„Wir müssen die Migration begrenzen“, sagte Merz am Sonntagabend in der ARD-Sendung „Caren Miosga“.", "ARD"),
        ("Im Spiegel-Interview sagte Habeck, die Lage sei ernst.", "Der Spiegel"),
        ("Die Lage sei ernst, sagte Söder am Montag im ZDF.", "ZDF"),
    ]:
        a = _analysis(text)
        assert a.source_by_id(a.attributions[0].via).name == outlet, text
    assert _analysis("Die Lage sei ernst, sagte Habeck dem ZDF-Reporter.").attributions[0].via is None


def test_held_against_is_a_cue():
    a = _analysis("Kritiker halten dagegen, dass die Anträge zu kompliziert seien.")
    assert _rows(a) == [("halten", None, "dass die Anträge zu kompliziert seien")]
    assert a.attributions[0].source_mention.text == "Kritiker"
    assert _analysis("Die Mauer hält dagegen stand.").attributions == []


def test_the_ministry_is_no_minister_named_before():
    a = _analysis("Die Länder kritisieren die Reform von Gesundheitsminister Karl Lauterbach. Lauterbach wies die "
                  "Kritik zurück. Nach eigenen Angaben hat das Ministerium den Ländern Zugeständnisse gemacht.")
    nach = next(x for x in a.attributions if x.cue.text == "Nach")
    src = a.source_by_id(nach.source)
    assert (src.type, src.description) == ("organization", "das Ministerium")


def test_a_quotation_after_a_report_stays_with_its_speaker_not_a_cue_inside_it():
    a = _analysis("Vorstandschef Gerald Gaß kritisierte die fehlende Finanzierung. Schon jetzt schreibe jedes zweite "
                  "Krankenhaus rote Zahlen, rechnete er vor. „Wer jetzt nicht handelt, nimmt Insolvenzen in Kauf.“")
    assert [r[1] for r in _rows(a)] == ["Gerald Gaß"] * 3
    assert a.speech_acts == []  # "rote Zahlen schreiben" makes losses
    a = _analysis("Es könne nicht bestätigt werden, dass es Anzeichen für Probleme gebe, teilte das Präsidialamt in "
                  "Seoul mit. „Auch gibt es keine ungewöhnlichen Aktivitäten in Nordkorea.“")
    quote = a.attributions[-1]
    assert (quote.mode, a.source_by_id(quote.source).description) == ("direct", "das Präsidialamt in Seoul")


def test_the_outlet_a_paper_lies_with():
    a = _analysis("„So kann das Gesetz nicht in Kraft treten“, heißt es in einem Schreiben der Länder, das dem "
                  "SPIEGEL vorliegt.")
    assert a.source_by_id(a.attributions[0].via).name == "Der Spiegel"


def test_a_surname_tagged_as_a_noun_after_the_full_name():
    a = _analysis("Sahra Wagenknecht hat eine Partei gegründet. Wagenknecht sagte, der Deal sei geplatzt.")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.type, src.name) == ("person", "Sahra Wagenknecht")


def test_a_country_s_or_official_figures_are_an_organisation():
    for text in ("Nach ukrainischen Angaben griff Russland die Region Charkiw an.",
                 "Nach offiziellen Angaben griff Russland die Region Charkiw an."):
        a = _analysis(text)
        assert a.source_by_id(a.attributions[0].source).type == "organization", text


def test_an_uncredited_headline_quotation_over_an_interview_is_the_interviewee_s():
    a = analyze("Interview: „Die Inflation ist noch nicht besiegt“\n\nIsabel Schnabel ist Direktorin der "
                "Europäischen Zentralbank.\n\nFrau Schnabel, ist die Inflation besiegt?\n\nSchnabel: Nein, so weit "
                "sind wir noch nicht. Die Kerninflation ist zu hoch.\n\nWann sinken die Zinsen?\n\nSchnabel: Das "
                "hängt von den Daten ab. Wir werden nicht vorschnell handeln.")
    headline = a.attributions[0]
    assert headline.message.text == "Die Inflation ist noch nicht besiegt"
    assert a.source_by_id(headline.source).name == "Isabel Schnabel"


def test_a_body_s_name_in_its_own_nominative():
    a = _analysis("Auswärtiges Amt warnt vor Reisen nach Israel. Das Auswärtige Amt rät von Reisen nach Israel "
                  "dringend ab. Der Deutsche Wetterdienst warnte vor Sturm.")
    assert [a.source_by_id(x.source).name for x in a.attributions] == [
        "Auswärtiges Amt", "Auswärtiges Amt", "Deutscher Wetterdienst"]
    assert a.attributions[1].message.text == "Reisen nach Israel"


def test_a_family_is_unnamed_and_a_speech_verb_tagged_as_an_adjective_is_a_verb():
    a = _analysis("Die Familie des Opfers ließ mitteilen, sie sei erleichtert.")
    assert a.source_by_id(a.attributions[0].source).type == "anonymous"
    a = _analysis("Die Angehörigen der Opfer forderten Aufklärung.")
    assert _rows(a) == [("forderten", None, "Aufklärung")]


def test_a_paper_named_by_its_quoted_title_alone():
    a = _analysis("Er habe den Anruf für einen Scherz gehalten, sagte der 23-Jährige dem „Kicker“.")
    assert a.source_by_id(a.attributions[0].via).name == "Kicker"
    assert _analysis("Das Bündnis sei gescheitert, sagte er dem „Bündnis für Arbeit“.").attributions[0].via is None


def test_a_company_after_a_word_for_its_kind_and_informing_oneself():
    a = _analysis("In Frankfurt seien rund 400 Verbindungen gestrichen worden, teilte der Betreiber Fraport mit. "
                  "Passagiere sollten sich vor der Anreise informieren, empfahl der Flughafenverband ADV.")
    assert a.source_by_id(a.attributions[0].source).type == "organization"
    assert a.speech_acts == []


def test_an_institute_named_by_its_compound():
    a = _analysis("Beschäftigte arbeiten nicht weniger produktiv. Zu diesem Ergebnis kommt das Ifo-Institut in einer "
                  "Auswertung.")
    assert a.source_by_id(a.attributions[0].source).name == "Ifo-Institut"
