"""Session 30 (German, round 40): sports and business epithets, Swiss and Austrian copy ("Gemäss", a councillor
tagged as a body), names the tagger broke, "die Organisation" after "Kritik kam von X", ordinal lists."""

from __future__ import annotations

from reportedly.language.tokenize import tokenize

from .helpers import run, source_of


def test_a_sports_epithet_is_the_player_named_two_sentences_back():
    an = run("Angreifer Daniel Okafor hat den VfB Stuttgart zu einem 3:1-Sieg geführt. Der 26-Jährige traf in der 12., "
             "58. und 81. Minute. „Ich bin einfach nur glücklich“, sagte der Stürmer nach dem Spiel.")
    assert source_of(an, "glücklich").name == "Daniel Okafor"


def test_an_ordinal_in_a_list_ends_no_sentence():
    tokens, sentences = tokenize("Er traf in der 12., 58. und 81. Minute und führt damit.")
    assert len(sentences) == 1 and any(tok.text == "81." for tok in tokens)


def test_the_coach_is_the_trainer_named_before():
    an = run("Hannover 96 hat sich von Cheftrainer Jens Albrecht getrennt. Albrecht meldete sich am Montag über seinen "
             "Berater zu Wort. Er respektiere die Entscheidung, ließ der Fußballlehrer mitteilen.")
    assert source_of(an, "respektiere").name == "Jens Albrecht"


def test_a_nationality_before_a_quoted_paper_told_that_paper():
    an = run("Deutliche Kritik kam von Füchse-Sportvorstand Henrik Olsen. Er könne die Entscheidung nicht "
             "nachvollziehen, sagte der Däne der „Berliner Zeitung“.")
    assert source_of(an, "nachvollziehen").name == "Henrik Olsen"


def test_an_age_epithet_finds_the_name_in_an_als_clause():
    an = run("Als Gerda Wilms an einem Freitagabend in die Notaufnahme kam, ahnte sie nichts. „Ich saß auf einem "
             "Stuhl im Flur“, sagt die 78-Jährige.")
    assert source_of(an, "Stuhl").name == "Gerda Wilms"


def test_a_surname_read_as_an_adjective_stays_in_the_name():
    an = run("«Wir haben die Mehrheit der Menschen überzeugt», sagte Co-Präsidentin Leonie Frei gegenüber Radio SRF.")
    assert source_of(an, "Mehrheit").name == "Leonie Frei"


def test_a_place_adjective_before_the_role_names_no_one():
    an = run("«Endlich ein wichtiger Schritt für unsere Alpen», schrieb der Walliser Staatsrat Jean-Marc Rey auf X.")
    assert source_of(an, "Alpen").name == "Jean-Marc Rey"


def test_the_organisation_is_the_body_that_closed_the_sentence_before():
    an = run("Scharfe Kritik kam von Pro Natura. Der Bundesrat ignoriere wissenschaftliche Erkenntnisse, schrieb die "
             "Organisation in einer Medienmitteilung.")
    assert source_of(an, "ignoriere").name == "Pro Natura"


def test_a_councillor_tagged_as_a_body_is_the_person_described_next():
    an = run("Bundesrätin Claudia Moser-Rüegg zeigte sich vor den Medien nachdenklich. «Das Volksmehr zeigt, dass das "
             "Anliegen breit abgestützt ist», sagte die Vorsteherin des Eidgenössischen Departements des Innern.")
    assert source_of(an, "Volksmehr").name == "Claudia Moser-Rüegg"


def test_gemaess_in_swiss_spelling_cites_a_source():
    an = run("Gemäss dem Branchenverband Seilbahnen Schweiz stiegen die Ersteintritte um zwölf Prozent.")
    assert any(a.cue.text == "Gemäss" for a in an.attributions)


def test_sie_is_the_woman_just_named_by_a_german_first_name():
    an = run("„Das ist kein Angebot“, sagte EVG-Verhandlungsführerin Petra Lindner am Dienstag.\n\n"
             "Bahn-Personalvorständin Karin Sommerfeld sieht das anders. „Wir haben ein faires Angebot vorgelegt“, "
             "sagte sie.")
    assert source_of(an, "faires Angebot").name == "Karin Sommerfeld"


def test_an_adjective_inside_the_attribute_phrase_is_no_head():
    an = run("Die für die technische Infrastruktur zuständige Gematik erklärte, die Störungen gingen zurück.")
    assert "Gematik" in next(a for a in an.attributions if "Störungen" in a.message.text).source_mention.text


def test_a_relative_pronoun_after_a_name_is_the_speaker_and_the_main_clause_ends_the_message():
    an = run("Finanzstaatssekretärin Sabine Koller, die am Sonntag in der ORF-„Pressestunde“ betont hatte, der Bund "
             "habe den Gemeinden bereits ein Milliardenpaket zur Verfügung gestellt, wird kommende Woche mit Mätzler "
             "zusammentreffen.")
    a = next(a for a in an.attributions if "Milliardenpaket" in a.message.text)
    assert an.source_by_id(a.source).name == "Sabine Koller"
    assert "zusammentreffen" not in a.message.text


def test_an_apposition_inside_unter_berufung_auf_is_not_the_reporter():
    an = run("Die staatliche Nachrichtenagentur RIA Nowosti hatte zuvor unter Berufung auf den Gouverneur des Gebiets, "
             "Alexej Smirnow, gemeldet, bei dem Drohnenangriff seien vier Menschen getötet worden.")
    outer = next(a for a in an.attributions if a.cue.text == "gemeldet")
    assert an.source_by_id(outer.source).type == "media"


def test_the_embassy_is_the_embassy_described_before():
    an = run("Die russische Botschaft in Berlin hat auf der Plattform X ein Foto verbreitet. Der Bus sei von einer "
             "Rakete getroffen worden, schrieb die Botschaft dazu.")
    assert "russische Botschaft" in (source_of(an, "Rakete").description or "")


def test_an_agencys_fact_check_desk_is_media():
    an = run("Der dpa-Faktencheck hat das Video untersucht. Demnach wurde es erstmals von einem Profil hochgeladen.")
    assert source_of(an, "Profil").type == "media"


def test_fact_checkers_are_unnamed_people():
    an = run("Laut den Faktencheckern fällt auch die Sprache des Dokuments auf.")
    assert source_of(an, "Sprache").type == "anonymous"


def test_a_role_with_a_genitive_is_no_one_named_without_a_title_before():
    an = run("Der 23-jährige Hasan E. habe einen Anschlag geplant, erklärte der Staatsanwalt des Distrikts Nord.")
    assert source_of(an, "Anschlag").name != "Hasan E."


def test_a_quote_inside_a_clause_takes_no_cue_from_the_sentence_before():
    an = run("Der Bundestag hat am Donnerstag über das Rentenpaket beraten. Möllenhoff verteidigte den Entwurf als "
             "„Versprechen an eine ganze Generation“.")
    assert not any(a.cue and a.cue.text == "beraten" for a in an.attributions)


def test_a_name_after_a_role_with_a_two_part_body_and_its_label_is_the_speaker():
    an = run("„Die Kultusminister reden seit zwanzig Jahren über Sprachförderung“, sagte der Vorsitzende der "
             "Gewerkschaft Erziehung und Wissenschaft (GEW), Stefan Albrecht, der Deutschen Presse-Agentur.")
    assert source_of(an, "Sprachförderung").name == "Stefan Albrecht"


def test_a_name_after_a_role_with_fuer_and_a_comma_is_the_speaker():
    an = run("„Wir sind bereit“, sagte die deutsche Sondergesandte für internationale Klimapolitik, Ulrike Hartmann.")
    assert source_of(an, "bereit").name == "Ulrike Hartmann"


def test_a_rank_between_a_spokesman_noun_and_the_name_is_a_title():
    an = run("„Die Division steht“, sagte Armeesprecher Oberst Khalid Osman in Port Sudan.")
    assert source_of(an, "Division").name == "Khalid Osman"


def test_a_described_apposition_after_a_label_names_the_speaker():
    an = run("„Wir können das nicht“, sagte die Präsidentin der Kultusministerkonferenz (KMK), die thüringische "
             "Bildungsministerin Katharina Wendt, am Freitag.")
    assert source_of(an, "können das").name == "Katharina Wendt"


def test_ihr_before_a_role_and_a_name_is_a_possessive():
    an = run("„Wir fühlen uns im Stich gelassen“, sagte ihr Vorsitzender Georg Aumeier vor dem Gerichtsgebäude.")
    assert source_of(an, "Stich").name == "Georg Aumeier"


def test_a_person_of_a_named_body_after_an_indefinite_article_is_unnamed():
    an = run("Ein Professor der Universität Hamburg sagte, das sei falsch.")
    src = source_of(an, "falsch")
    assert src.type == "anonymous"


def test_a_compound_for_a_company_is_the_company_named_before():
    an = run("RWE hat seine Prognose gesenkt. Die Nachfrage sei gesunken, teilte der Energiekonzern am Montag mit.")
    assert source_of(an, "Nachfrage").name == "RWE"


def test_the_central_bank_is_the_bank_opening_the_sentence_before():
    an = run("Die Europäische Zentralbank (EZB) hat die Zinsen nicht angetastet. Der Einlagensatz bleibe bei 3,75 "
             "Prozent, teilte die Notenbank mit.")
    assert source_of(an, "Einlagensatz").name == "Europäische Zentralbank"


def test_a_company_in_a_stock_index_is_no_company_named_after_the_index():
    an = run("Der Maschinenbauer Kessler & Vogt hat seine Ziele gesenkt. Der Umsatz werde sinken, teilte der "
             "SDax-Konzern mit.")
    assert source_of(an, "Umsatz").name != "SDax"


def test_the_feminine_of_a_nationality_in_e_is_the_woman_named_before():
    an = run("„Wir sind noch nicht so weit“, sagte EZB-Präsidentin Helena Marques. Zu einer Zinssenkung äußerte sich "
             "die Portugiesin zurückhaltend. „Wir werden im Juni mehr wissen“, sagte sie.")
    assert source_of(an, "im Juni").name == "Helena Marques"


def test_a_place_adjective_and_a_trade_tagged_as_a_body_are_the_expert_named_before():
    an = run("Die Ozeanografin Lena Marquardt leitet das Projekt. „Wir sagen nicht, dass morgen alles kippt“, betonte "
             "die Hamburger Forscherin.")
    assert source_of(an, "morgen").name == "Lena Marquardt"


def test_an_unknown_quoted_paper_in_a_wie_clause_is_the_source():
    an = run("Wie die „Mitteldeutsche Zeitung“ berichtet, berate der Sender seit Wochen über Kürzungen.")
    src = source_of(an, "Sender")
    assert (src.name, src.type) == ("Mitteldeutsche Zeitung", "media")


def test_a_regional_paper_in_the_dative_gets_its_nominative_name():
    an = run("Nach Informationen der „Märkischen Allgemeinen“ plant das Umweltministerium einen neuen Erlass.")
    src = source_of(an, "Erlass")
    assert (src.name, src.type) == ("Märkische Allgemeine", "media")


def test_a_place_adjective_and_a_kind_noun_tagged_with_the_name_are_no_part_of_it():
    an = run("Der Münchner Streamingdienst Kinovia fährt seine Investitionen zurück. Nach eigenen Angaben zählt "
             "Kinovia derzeit rund 1,8 Millionen Abonnenten.")
    src = source_of(an, "Abonnenten")
    assert (src.name, src.type) == ("Kinovia", "organization")


def test_a_continuation_after_a_report_through_an_agency_is_the_speakers():
    an = run("Der slowakische Ministerpräsident Marek Dolinský verteidigte die Haltung seines Landes. „Ich werde "
             "nichts unterschreiben“, sagte der 58-Jährige laut der Nachrichtenagentur TASR vor Beginn der Sitzung. "
             "Die Slowakei sei nicht gegen Sanktionen, wohl aber gegen solche, die Europa schadeten.")
    assert source_of(an, "Slowakei sei").name == "Marek Dolinský"


def test_a_continuation_after_a_report_told_through_an_agency_after_the_verb_is_the_speakers():
    an = run("Kremlsprecher Wadim Orlow sagte der Agentur Interfax zufolge, Russland werde angemessen reagieren. "
             "Westliche Unternehmen, die noch in Russland tätig seien, müssten dann mit Konsequenzen rechnen.")
    assert source_of(an, "Westliche Unternehmen").name == "Wadim Orlow"


def test_er_after_a_quotation_told_to_an_agency_is_the_unnamed_subject_before():
    an = run("Verteidigungsminister Stefan Kröger sagte, das Ziel sei richtig.\n\nEin osteuropäischer Diplomat, der "
             "anonym bleiben wollte, hält davon wenig. „Wer die Regeln so lange aufweicht, hat kein Ziel mehr“, sagte "
             "er der Deutschen Presse-Agentur.")
    assert source_of(an, "kein Ziel").type == "anonymous"
