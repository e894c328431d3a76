"""Round 17 (German): source phrases with relative clauses, epithets for people named before. Sentences
written here."""

from __future__ import annotations

from .helpers import find, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def test_a_relative_clause_after_the_source_of_heisst_es_is_no_part_of_the_message():
    body = (
        "Die Kosten seien nicht mehr zu verantworten, heißt es in einem Schreiben der Jungen Gruppe, "
        "das der Zeitung vorliegt."
    )
    a = find(run(LEAD + body), "Kosten")
    assert a.message.text == "Die Kosten seien nicht mehr zu verantworten"
    assert a.message_parts == []


def test_a_party_epithet_names_the_person_introduced_a_sentence_before():
    body = (
        "Arbeitsministerin Bärbel Bas verteidigte das Vorhaben. "
        "Die Rente müsse für alle Generationen verlässlich sein, sagte die SPD-Politikerin im Deutschlandfunk."
    )
    src = source_of(run(LEAD + body), "Rente")
    assert (src.name, src.type) == ("Bärbel Bas", "person")


def test_er_is_neither_an_unnamed_spokeswoman_nor_a_minister_whose_role_is_feminine():
    body = (
        "Innenministerin Tamara Zieschang verurteilte die Tat scharf. "
        "Wer Menschen in Gefahr bringe, müsse mit der vollen Härte des Gesetzes rechnen, erklärte sie. "
        "Es sei bereits der dritte Anschlag, sagte eine Sprecherin der Organisation. "
        "Der Bürgermeister der Gemeinde zeigte sich schockiert. "
        "Er kenne viele der Bewohner persönlich, sagte er dem MDR."
    )
    src = source_of(run(LEAD + body), "Bewohner")
    assert src.name is None and src.description.startswith("Der Bürgermeister")


def test_er_after_a_spokeswoman_is_the_man_named_before():
    body = (
        "Der Landrat Peter Kunze besuchte die Unterkunft. "
        "Es sei bereits der dritte Anschlag, sagte eine Sprecherin der Organisation. "
        "Er sei entsetzt, sagte er."
    )
    assert source_of(run(LEAD + body), "entsetzt").name == "Peter Kunze"


def test_an_institute_is_not_the_kremlin_named_before():
    body = (
        "Der Kreml äußerte sich zufrieden. "
        "Das US-Institut für Kriegsstudien schrieb in seinem Bericht, Russland mache nur langsame Fortschritte. "
        "Das Institut schrieb außerdem, die Verluste seien enorm."
    )
    an = run(LEAD + body)
    assert source_of(an, "Fortschritte").description.startswith("Das US-Institut für Kriegsstudien")
    assert source_of(an, "Verluste").name != "Kreml"


def test_the_ukrainian_side_is_an_organisation_outside_the_open_agency_report():
    body = (
        "Wie die Agentur Tass meldete, sei die Ortschaft befreit worden. "
        "Die ukrainische Seite bestätigte das zunächst nicht. "
        "Von anderer Seite hieß es, die Gespräche seien gescheitert."
    )
    an = run(LEAD + body)
    side = next(x for x in an.speech_acts if x.cue.text == "bestätigte")  # s19: negated, it reports no message
    assert an.source_by_id(side.source).type == "organization"
    assert not any("zunächst nicht" in a.message.text for a in an.attributions)
    assert source_of(an, "Gespräche").type == "anonymous"


def test_a_wire_dateline_is_no_part_of_the_first_message():
    an = run("Moskau/Kiew - Russische Truppen haben nach Angaben aus Moskau ein Dorf eingenommen.")
    assert find(an, "Dorf").message.text.startswith("Russische Truppen")
    an = run("Frankfurt/Main (dpa) – Die Bundesbank hat nach eigenen Angaben die Prognose gesenkt.")
    assert find(an, "Prognose").message.text.startswith("Die Bundesbank")
    an = run("Die Lage sei ernst. Merz – der Kanzler – sagte, die Koalition sei am Ende.")
    assert source_of(an, "am Ende").name == "Merz"


def test_a_relative_clause_on_the_document_after_hervor_is_no_message_but_the_sentence_before_is():
    body = (
        "Die Nato will ihre Präsenz im Baltikum deutlich verstärken. "
        "Das gehe aus einem vertraulichen Planungsdokument hervor, das der Zeitung vorliegt."
    )
    an = run(LEAD + body)
    assert source_of(an, "Baltikum").type == "document"
    assert not any("vorliegt" in a.message.text for a in an.attributions)


def test_a_relative_clause_on_an_object_stays_in_the_message():
    an = run(LEAD + "Die Linke hat einen Antrag angekündigt, der den Abzug der Truppen fordert.")
    assert find(an, "den Abzug der Truppen").source is not None  # GePaDe's convention: the object's clause
    # (s15: "vorgelegt" here before; "vorlegen" is no cue of the open lexicon since round 25)


def test_several_more_people_familiar_with_the_talks_are_one_anonymous_mention():
    body = "Zwei weitere mit den Beratungen vertraute Personen sagten, vor allem Deutschland dränge auf Eile."
    an = run(LEAD + body)
    a = find(an, "Deutschland dränge")
    assert a.source_mention.text == "Zwei weitere mit den Beratungen vertraute Personen"
    assert source_of(an, "Deutschland dränge").type == "anonymous"


def test_das_kuendigte_x_an_points_back_even_with_a_relative_clause_after_the_particle():
    body = (
        "Tesla will weltweit mehr als zehn Prozent seiner Stellen streichen. "
        "Das kündigte Konzernchef Elon Musk in einer E-Mail an, über die zuerst das Portal Electrek berichtete."
    )
    src = source_of(run(LEAD + body), "Stellen streichen")
    assert src.name == "Elon Musk"


def test_a_konjunktiv_cue_inside_the_sentence_s_own_report_nests_under_it():
    body = (
        "Die Gewerkschaftschefin Birgit Dietze forderte den Konzern auf, die Pläne offenzulegen. "
        "Er gehe davon aus, dass der Standort gesichert sei, sagte Minister Jörg Steinbach dem RBB."
    )
    an = run(LEAD + body)
    inner = find(an, "Standort gesichert")
    inner = next(a for a in an.attributions if a.message.text == "dass der Standort gesichert sei")
    outer = next(a for a in an.attributions if a.message.text.startswith("Er gehe davon aus"))
    assert inner.parent == outer.id


def test_sollen_with_a_schedule_verb_is_a_plan_not_a_continued_report():
    body = (
        "Das Gericht habe keine Zweifel an der Zuständigkeit, erklärte die Richterin Sabine Krüger. "
        "Der Angeklagte soll Waffen gehortet haben. "
        "Der Prozess soll bis mindestens Ende des Jahres dauern."
    )
    an = run(LEAD + body)
    assert not any("dauern" in a.message.text for a in an.attributions)
    assert source_of(an, "Waffen gehortet").name == "Sabine Krüger"


def test_an_age_epithet_names_the_woman_introduced_at_the_start_of_the_feature():
    body = (
        "Maria Schulte steht vor ihrem Haus in Wilhelmsburg und zeigt auf die Wasserlinie an der Wand. "
        "„Bis hierhin stand es 1962“, sagt die 78-Jährige."
    )
    src = source_of(run(body), "Bis hierhin")
    assert (src.name, src.type) == ("Maria Schulte", "person")


def test_a_spokesman_who_answers_the_report_is_not_inside_it_but_the_next_official_is():
    body = (
        "Die Regierung plant offenbar Kürzungen. Das berichtet das „Wall Street Journal“. "
        "Ein Sprecher wollte sich zu dem Bericht nicht äußern. Man kommentiere keine Spekulationen, sagte er. "
        "Ein Beamter sagte, die Kürzungen seien beschlossen."
    )
    an = run(body)
    assert find(an, "Spekulationen").parent is None
    assert find(an, "beschlossen").parent == find(an, "Kürzungen").id


def test_the_dateline_is_no_part_of_the_sentence_a_pointer_reports():
    an = run("Washington - Die US-Regierung erwägt offenbar einen Abzug. Das berichtet das „Wall Street Journal“.")
    assert find(an, "Abzug").message.text.startswith("Die US-Regierung")


def test_a_stance_before_a_colon_takes_the_quotation():
    body = (
        "Ein Sprecher von Real Madrid wies das zurück. "
        "Trainer Vincent Kompany zeigte sich erleichtert: „Das ist ein wichtiges Signal für die Mannschaft.“"
    )
    assert source_of(run(LEAD + body), "wichtiges Signal").name == "Vincent Kompany"


def test_quoted_outlet_titles_in_source_phrases():
    body = (
        "Nach Informationen der „Bild“-Zeitung soll der Spieler künftig 20 Millionen Euro verdienen. "
        "Laut dem Fachmagazin „Kicker“ hatte Real bereits ein Angebot vorbereitet."
    )
    an = run(LEAD + body)
    assert find(an, "Millionen").message.text.startswith("soll der Spieler")
    a = find(an, "Angebot")
    assert a.message.text.startswith("hatte Real")
    assert (an.source_by_id(a.source).name, an.source_by_id(a.source).type) == ("Kicker", "media")


def test_der_verein_is_the_club_named_in_the_sentence_it_points_to():
    body = "Der FC Bayern München hat den Vertrag mit Jamal Musiala verlängert. Das gab der Verein am Freitag bekannt."
    assert source_of(run(LEAD + body), "Vertrag").name == "FC Bayern München"


def test_die_gewerkschaft_is_the_union_named_after_the_dateline():
    body = (
        "Berlin - Die Lokführergewerkschaft GDL hat zu einem neuen Streik aufgerufen. "
        "Ab Mittwochmorgen sollen Züge bestreikt werden, teilte die Gewerkschaft mit."
    )
    assert source_of(run(body), "Züge").name == "GDL"


def test_unnamed_reports_open_no_report_for_the_next_paragraph():
    body = (
        "Unbestätigten Berichten zufolge wurde einer der beiden bereits in Polen festgenommen.\n\n"
        "Sicherheitsexperten warnen seit Langem vor hybriden Angriffen."
    )
    assert find(run(LEAD + body), "hybriden").parent is None


def test_the_relative_clause_that_describes_unnamed_people_is_part_of_their_mention():
    an = run(LEAD + "Nach Angaben von Personen, die mit den Ermittlungen vertraut sind, stehen zwei Männer im Fokus.")
    a = find(an, "Fokus")
    assert a.source_mention.text.endswith("Personen, die mit den Ermittlungen vertraut sind")
    assert an.source_by_id(a.source).description == "Personen, die mit den Ermittlungen vertraut sind"
    assert a.message.text == "stehen zwei Männer im Fokus"


def test_a_quoted_fragment_after_sprach_von_is_mixed():
    an = run(LEAD + "Die Linke sprach von „Symbolpolitik“. „Wir lehnen das ab“, sagte die Fraktionschefin.")
    assert find(an, "Symbolpolitik").mode == "mixed"
    assert find(an, "Wir lehnen").mode == "direct"


def test_a_surname_then_der_and_an_outlet_is_the_person_telling_the_outlet():
    body = (
        "Finanzminister Lars Klingbeil hat vor neuen Ausgaben gewarnt. "
        "Es gebe keinen Spielraum, sagte Klingbeil der Süddeutschen Zeitung. "
        "Für den Etat gebe es keine Reserve, sagte Klingbeil der „Süddeutschen Zeitung“."
    )
    an = run(LEAD + body)
    for needle in ("Spielraum", "Reserve"):
        src = source_of(an, needle)
        assert (src.name, src.type) == ("Lars Klingbeil", "person")


def test_a_foundation_named_after_its_founder_keeps_the_name():
    body = (
        "Die Lage ist ernst. Das geht aus einer am Mittwoch veröffentlichten Studie der Bertelsmann Stiftung hervor. "
        "Laut der Hans Böckler Stiftung ist das falsch."
    )
    an = run(LEAD + body)
    assert source_of(an, "Lage").name == "Bertelsmann Stiftung"
    assert source_of(an, "falsch").name == "Hans Böckler Stiftung"


def test_the_role_the_tagger_put_into_a_name_is_no_part_of_it():
    an = run(LEAD + "Ihr Co-Vorsitzender Fabio De Masi kündigte an, die Partei werde alles dokumentieren.")
    assert source_of(an, "dokumentieren").name == "Fabio De Masi"


def test_die_partei_is_not_the_court_named_before():
    body = (
        "Das Bundesverfassungsgericht hat einen Eilantrag abgelehnt. "
        "Die Partei habe nicht dargelegt, dass Zählfehler das Ergebnis verändert hätten, teilten die Richter mit."
    )
    an = run(LEAD + body)
    inner = next(a for a in an.attributions if a.message.text.startswith("dass Zählfehler"))
    assert an.source_by_id(inner.source).name != "Bundesverfassungsgericht"


def test_a_person_named_in_full_at_a_new_paragraph_takes_the_floor():
    body = (
        "Die Kanzlerin Anna Berger sagte, die Lage sei ernst. Man müsse sich auf harte Zeiten einstellen.\n\n"
        "Der Ökonom Peter Bofinger ist seit Jahren ein Kritiker der Sparpolitik. Die Schuldenbremse sei ein Fehler."
    )
    an = run(LEAD + body)
    assert source_of(an, "Schuldenbremse").name == "Peter Bofinger"
    assert source_of(an, "harte Zeiten").name == "Anna Berger"


def test_an_office_is_no_economist_named_before():
    body = (
        "Die Reform komme zu spät. Das sagte der Ökonom Clemens Fuest im Interview. "
        "Gegenüber der Zeitung sagte der Bürgermeister, er sei entsetzt. "
        "Die Zeitung zitierte den Minister mit den Worten, man werde handeln."
    )
    an = run(LEAD + body)
    assert source_of(an, "entsetzt").name is None
    cited = next(a for a in an.attributions if a.source_mention and a.source_mention.text == "den Minister")
    assert an.source_by_id(cited.source).name is None


def test_an_outlet_title_in_quotation_marks_makes_no_message_mixed():
    an = run(LEAD + "Er sagte, der „Spiegel“ habe recht. Er nannte das einen „Skandal“.")
    assert find(an, "recht").mode == "indirect"
    assert find(an, "Skandal").mode == "mixed"


def test_a_recruit_is_an_unnamed_person_who_goes_on_talking():
    body = (
        "Die Zeitung beruft sich auf Dokumente. Demnach werden den Männern hohe Gehälter versprochen. "
        "Ein Rekrut aus Kenia sagte der Zeitung, man habe ihm eine Stelle als Wachmann versprochen. "
        "Stattdessen sei er in die Ukraine geschickt worden."
    )
    an = run(LEAD + body)
    assert source_of(an, "Wachmann").type == "anonymous"
    assert source_of(an, "Ukraine geschickt").description == "Ein Rekrut"


def test_zeigte_sich_ueberzeugt_is_one_cue_and_one_event():
    an = run(LEAD + "Die Kanzlerin zeigte sich überzeugt, dass eine Einigung gelinge.")
    events = [a for a in an.attributions if "Einigung" in a.message.text]
    assert len(events) == 1
    assert [p.text for p in events[0].cue_parts][-1] == "überzeugt"


def test_versprach_reports_its_object():
    an = run(LEAD + "Der Präsident versprach den Opfern schnelle Hilfe.")
    assert find(an, "schnelle Hilfe").cue.text == "versprach"


def test_a_finding_verb_closing_a_wie_clause_reports_the_main_clause():
    an = run(LEAD + "Die Mehrheit der Deutschen ist unzufrieden, wie eine Umfrage ergab.")
    a = find(an, "unzufrieden")
    assert a.cue.text == "ergab" and an.source_by_id(a.source).type == "document"


def test_des_ministers_is_the_minister_in_the_genitive():
    an = run(LEAD + "Der Minister sagte, die Lage sei ernst. Nach Worten des Ministers ist die Lage aber beherrschbar.")
    assert source_of(an, "beherrschbar").type == "person"
    assert source_of(an, "beherrschbar").id == source_of(an, "ernst").id


def test_von_x_die_rede_is_a_report_of_x():
    an = run(LEAD + "Im Bericht ist von 200 Toten die Rede. Die Rede des Ministers war kurz.")
    a = find(an, "200 Toten")
    assert a.message.text == "200 Toten" and an.source_by_id(a.source).type == "document"
    assert not any("kurz" in x.message.text for x in an.attributions)


def test_a_quoted_fragment_inside_the_clause_is_mixed():
    an = run(LEAD + "Stoiber begründete seinen Rückzug mit einer „veränderten Lage“.")
    assert find(an, "veränderten Lage").mode == "mixed"


def test_er_after_a_name_inside_the_reported_speech_is_the_speaker():
    body = (
        "Ein Diplomat sagte, das Treffen sei schwierig gewesen. Kanzler Friedrich Merz habe auf einer Einigung "
        "bestanden. Er fügte hinzu, Macron sei verärgert gewesen. "
        "SPD-Chef Lars Klingbeil sagte, Kanzler Friedrich Merz habe sich durchgesetzt. „Das war hart“, sagte er."
    )
    an = run(LEAD + body)
    assert source_of(an, "verärgert").description == "Ein Diplomat"
    assert source_of(an, "Das war hart").name == "Lars Klingbeil"


def test_sie_after_a_woman_named_only_in_the_reported_speech_is_the_speaker():
    body = (
        "Die Grünen-Chefin Franziska Brantner sagte, Außenministerin Annalena Baerbock habe sich durchgesetzt. "
        "Sie fügte hinzu, das sei ein Erfolg."
    )
    assert source_of(run(LEAD + body), "Erfolg").name == "Franziska Brantner"


def test_plural_past_forms_report_their_object_like_the_singular():
    an = run(LEAD + "Analysten der Deutschen Bank lobten die „beeindruckende Margenentwicklung“ des Konzerns.")
    assert find(an, "Margenentwicklung").cue.text == "lobten"


def test_a_surname_that_is_also_a_verb_form_is_the_person_named_before():
    body = (
        "Hertha BSC hat sich von Trainer Cristian Fiel getrennt. "
        "Fiel selbst zeigte sich enttäuscht. Er habe sich mehr Zeit gewünscht, sagte der 44-Jährige der „Bild“. "
        "Nach Informationen des „Kicker“ soll Stefan Leitl sein Nachfolger werden."
    )
    an = run(LEAD + body)
    assert source_of(an, "mehr Zeit").name == "Cristian Fiel"
    assert (source_of(an, "Nachfolger").name, source_of(an, "Nachfolger").type) == ("Kicker", "media")


def test_a_bracketed_acronym_names_the_organisation_later():
    body = (
        "Der Deutsche Wetterdienst (DWD) warnt vor Gewittern, es könne Hagel geben. Der DWD teilte mit, es sei ernst. "
        "Das Institut der deutschen Wirtschaft (IW) teilte mit, die Lage sei ernst. Das IW erklärte, man sehe Risiken."
    )
    an = run(LEAD + body)
    assert source_of(an, "Hagel").id == source_of(an, "es sei ernst").id
    assert source_of(an, "Risiken").id == source_of(an, "die Lage sei ernst").id


def test_a_wie_clause_with_its_own_source_is_no_message_of_the_verb_before():
    an = run(LEAD + "Die Versicherer schätzen die Kosten auf 500 Millionen Euro, wie der Gesamtverband mitteilte.")
    assert not any(a.message.text.startswith("wie der Gesamtverband") for a in an.attributions)


def test_laut_uebersetzung_is_no_source():
    an = run(LEAD + "Selenskyj sagte, Moskau spiele. „Putin will keinen Frieden“, sagte er laut Übersetzung.")
    assert all(a.cue.text != "laut" for a in an.attributions if a.cue)
    assert find(an, "keinen Frieden").parent is None


def test_the_white_house_is_named_in_the_nominative_whatever_its_case():
    an = run(LEAD + "Aus dem Weißen Haus hieß es, man prüfe Sanktionen. Das Weiße Haus sagte, es gebe keine Pläne.")
    assert source_of(an, "Sanktionen").name == "Weißes Haus"
    assert source_of(an, "Pläne").id == source_of(an, "Sanktionen").id


def test_a_headline_quotation_credited_after_a_dash():
    an = run(
        "Der Kanzler hat am Montag in Berlin vor Journalisten gesprochen.",
        "„Wir lassen uns nicht erpressen“ – Merz warnt Moskau",
    )
    a = find(an, "erpressen")
    assert (a.mode, a.cue.text, an.source_by_id(a.source).name) == ("direct", "warnt", "Merz")


def test_words_told_to_the_paper_just_cited_are_inside_its_report():
    body = (
        "Das berichtet die „Washington Post“ unter Berufung auf Beamte. "
        "Ein hochrangiger Beamter sagte der Zeitung, man erwarte „konkrete Schritte“. "
        "Ein Sprecher sagte der Deutschen Presse-Agentur, das sei falsch."
    )
    an = run(LEAD + "Die US-Regierung drängt Kiew zu Gesprächen. " + body)
    post = find(an, "drängt Kiew")
    assert find(an, "konkrete Schritte").parent == post.id
    assert find(an, "das sei falsch").parent is None


def test_a_report_headline_is_the_outlet_the_lead_cites():
    body = "Die US-Regierung drängt die Ukraine offenbar zu Gesprächen. Das berichtet die „Washington Post“."
    an = run(body, "Bericht: Washington drängt Kiew zu Verhandlungen")
    assert source_of(an, "drängt Kiew zu Verhandlungen").name == "The Washington Post"


def test_a_live_blog_time_stamp_is_no_part_of_the_message_and_the_air_force_goes_on():
    body = (
        "9.40 Uhr: Russland hat die Ukraine in der Nacht mit 120 Drohnen angegriffen. "
        "Das teilte die ukrainische Luftwaffe mit. 98 davon seien abgeschossen worden."
    )
    an = run(LEAD + "\n\n" + body)
    assert find(an, "120 Drohnen").message.text.startswith("Russland hat")
    assert source_of(an, "abgeschossen").type == "organization"


def test_an_interview_answer_by_the_person_the_interviewer_addresses():
    body = (
        "Frau Reiche, die Wirtschaft schrumpft. Was tun Sie dagegen?\n\n"
        "Reiche: Wir senken die Energiepreise und bauen Bürokratie ab. Das braucht aber Zeit.\n\n"
        "Die Opposition wirft Ihnen Untätigkeit vor.\n\n"
        "Reiche: Das ist falsch. Wir haben in einem Jahr mehr erreicht als die Vorgängerregierung."
    )
    an = run(body, "Interview mit der Wirtschaftsministerin")
    assert source_of(an, "Energiepreise").type == "person"
    answer = find(an, "Das ist falsch")
    assert answer.mode == "direct" and an.source_by_id(answer.source).name == "Reiche"
    assert not any(a.message.text.startswith("Reiche:") for a in an.attributions)
