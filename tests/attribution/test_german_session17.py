"""Session 17 (German): the place that says which body speaks, and hearsay without a named speaker."""

from __future__ import annotations

from reportedly import analyze


def _row(a):
    (x,) = a.attributions
    src = next(s for s in a.sources if s.id == x.source)
    return x.source_mention.text, src.type, src.name


def test_a_place_after_an_organisation_noun_belongs_to_the_mention_not_the_name():
    a = analyze("Titel\n\nDrei Menschen starben, bestätigte die Provinzregierung in Helmand am Montag.")
    assert _row(a) == ("die Provinzregierung in Helmand", "organization", None)
    a = analyze("Titel\n\nWie das Nobelkomitee im norwegischen Oslo mitteilte, fiel die Wahl einstimmig.")
    assert _row(a)[0] == "das Nobelkomitee im norwegischen Oslo"


def test_a_phrase_after_an_organisation_that_names_no_place_is_left_out():
    a = analyze("Titel\n\nDrei Menschen starben, bestätigte die Regierung in einer Erklärung.")
    assert _row(a)[0] == "die Regierung"
    a = analyze("Titel\n\nDie Staatsanwaltschaft Köln teilte mit, der Mann sei frei.")
    assert _row(a) == ("Die Staatsanwaltschaft Köln", "organization", "Staatsanwaltschaft Köln")


def test_dem_vernehmen_nach_is_hearsay_and_a_later_konjunktiv_goes_on_with_the_last_speaker():
    a = analyze("Titel\n\nWie die Polizei bekannt gab, wird es mehr Kontrollen geben. Dort treffen sich dem "
                "Vernehmen nach Gruppen, die Menschen anpöbeln. Es sei wiederholt zu Diebstählen gekommen.")
    assert "dem Vernehmen nach" in [h.span.text for h in a.hedges]
    last = a.attributions[-1]
    assert last.cue is None and a.source_by_id(last.source).description == "die Polizei"


def test_sagte_a_body_then_an_outlet_is_whom_the_body_told():
    a = analyze("Titel\n\nDas sei falsch, teilte das Ministerium der Deutschen Presse-Agentur mit.")
    (x,) = a.attributions
    assert x.source_mention.text == "das Ministerium" and a.chain(x) == ["dpa", "das Ministerium"]


def test_a_first_name_the_tagger_missed_makes_a_person_with_its_full_name():
    a = analyze("Titel\n\nSo auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender. „Ich mache mir keine "
                "Sorgen“, sagt er. Doch Niederlaender will das Positive sehen: „Wir haben die Lage im Griff.“")
    (src,) = a.sources
    assert (src.type, src.name) == ("person", "Joël Niederlaender")
    assert {x.source for x in a.attributions} == {src.id}  # "sagt er" too
    a = analyze("Titel\n\nDetlef sagte, das sei falsch. Rheinmetall sagte, das sei richtig.")
    assert [(s.type, s.name) for s in a.sources] == [("person", "Detlef"), ("organization", "Rheinmetall")]


def test_sich_melden_reports_nothing():
    a = analyze("Titel\n\nDer Minister sagte, das sei gut. Es meldete sich ein Anwohner, der sagte, er habe Schüsse "
                "gehört.")
    assert [(x.cue.text, x.message.text) for x in a.attributions] == [
        ("sagte", "das sei gut"), ("sagte", "er habe Schüsse gehört")]


def test_aus_x_war_zu_hoeren_is_said_by_x():
    a = analyze("Titel\n\nAus dem Umfeld des Ministers war zu hören, er denke über einen Rücktritt nach.")
    assert _row(a) == ("dem Umfeld des Ministers", "anonymous", None)
    a = analyze("Titel\n\nAus der Küche war zu hören, dass gekocht wird.")
    assert a.attributions[0].source_mention is None


def test_whom_a_source_phrase_told_is_neither_source_nor_message():
    a = analyze("Titel\n\nNach Angaben einer Sprecherin gegenüber der Deutschen Presse-Agentur stiegen die Zahlen.")
    (x,) = a.attributions
    assert (x.source_mention.text, x.message.text) == ("Angaben einer Sprecherin", "stiegen die Zahlen")
    assert a.chain(x) == ["dpa", "einer Sprecherin"]


def test_the_medium_after_so_x_is_where_x_spoke_not_x():
    a = analyze("Titel\n\nDie Lage sei ernst, so Hisbollah-Chef Hassan Nasrallah im libanesischen Fernsehen.")
    assert _row(a) == ("Hisbollah-Chef Hassan Nasrallah", "person", "Hassan Nasrallah")


def test_a_relative_source_pronoun_before_zufolge_or_after_a_particle():
    a = analyze("Titel\n\nEs gibt eine Studie, der zufolge die Preise steigen.")
    (x,) = a.attributions
    assert (x.source_mention.text, x.message.text) == ("der", "die Preise steigen")
    assert a.source_by_id(x.source).type == "document"
    a = analyze("Titel\n\nDem Gericht liegt ein Gutachten vor, laut dem Kevin schwer misshandelt worden war.")
    (x,) = a.attributions
    assert (x.source_mention.text, x.message.text) == ("dem", "Kevin schwer misshandelt worden war")


def test_a_second_common_noun_opens_the_next_phrase():
    a = analyze("Titel\n\nGrund für den Brand waren laut Ministerium Arbeiten an der Leitung.")
    assert a.attributions[0].source_mention.text == "Ministerium"
    a = analyze("Titel\n\nWie Business Insider berichtet, soll der Plan ausgesetzt werden.")
    assert a.attributions[0].source_mention.text == "Business Insider"


def test_a_participle_with_its_own_object_leaves_the_complement_to_the_next():
    a = analyze("Titel\n\nDer Minister hatte zwar Fehler eingeräumt und angegeben, er habe nicht exakt gearbeitet.")
    assert [(x.cue.text, x.message.text) for x in a.attributions] == [
        ("angegeben", "er habe nicht exakt gearbeitet")]


def test_a_body_of_another_kind_is_not_the_organisation_named_before():
    a = analyze("Titel\n\nDie Lokführergewerkschaft GDL hat mit Streik gedroht. Die Forderungen der GDL seien nicht "
                "finanzierbar, sagte ein Bahnsprecher. Nach Angaben des Konzerns würden die Mehrkosten bei 2,5 "
                "Milliarden Euro liegen. Er erwarte eine Einigung, teilte das Ministerium mit.")
    gdl = next(s for s in a.sources if s.name == "GDL")
    others = [x for x in a.attributions if x.cue.text in ("Nach", "teilte")]
    assert len(others) == 2 and all(x.source != gdl.id for x in others)


def test_a_paper_and_people_cited_together_are_two_sources():
    a = analyze("Titel\n\nDas Kanzleramt soll davon gewusst haben. Das berichtet der „Spiegel“ unter Berufung auf "
                "interne Unterlagen und zwei Mitarbeiter des Ministeriums.")
    cited = next(x for x in a.attributions if x.cue.text == "unter")
    kinds = [a.source_by_id(s) for s in (cited.source, *cited.co_sources)]
    assert [(s.type, s.description) for s in kinds] == [
        ("document", "interne Unterlagen"), ("anonymous", "zwei Mitarbeiter des Ministeriums")]
    assert kinds[1].count == 2


def test_a_title_before_an_untagged_name_stays_with_it():
    a = analyze("Titel\n\nEine Frage ist mittlerweile die: Was sagt Professor Drosten dazu?")
    assert all(s.description != "Professor" for s in a.sources)


def test_sollen_with_a_time_ahead_is_a_plan_not_continued_speech():
    a = analyze("Titel\n\nDie Verteidigung will auf Freispruch plädieren, sagte der Anwalt. Ein Gutachter soll am "
                "nächsten Verhandlungstag zur Schuldfähigkeit des Angeklagten aussagen.")
    assert [x.cue.text for x in a.attributions] == ["sagte"]
    a = analyze("Titel\n\nDer Mann sei geflüchtet, sagte der Anwalt. Er soll zwei Menschen verletzt haben.")
    assert len(a.attributions) == 2 and a.attributions[1].cue is None


def test_adjectival_person_nouns_are_unnamed_people():
    for word in ("Bekannter", "Jugendlicher", "Verwandter"):
        a = analyze(f"Titel\n\nEin {word} sagte, das sei falsch.")
        assert [s.type for s in a.sources] == ["anonymous"]


def test_a_bare_name_before_the_verb_is_the_subject_not_a_neuter_object():
    a = analyze("Titel\n\nWirtschaftsminister Robert Habeck hat das Gesetz verteidigt. Habeck verteidigte das Gesetz: "
                "„Wir lassen niemanden allein.“")
    (x,) = a.attributions
    assert (x.source_mention.text, a.source_by_id(x.source).name) == ("Habeck", "Robert Habeck")


def test_a_headline_name_verb_colon_quotation_is_a_direct_quote():
    a = analyze("Habeck verteidigt Heizungsgesetz: „Wir lassen niemanden allein“\n\nWirtschaftsminister Robert "
                "Habeck hat das umstrittene Heizungsgesetz verteidigt.")
    (x,) = a.attributions
    assert (x.cue.text, x.mode, x.message.text) == ("verteidigt", "direct", "Wir lassen niemanden allein")
    assert a.source_by_id(x.source).name == "Robert Habeck"


def test_nach_zahlen_cites_figures():
    a = analyze("Titel\n\nNach BDH-Zahlen wurden im vergangenen Jahr rund 236.000 Wärmepumpen verkauft.")
    assert _row(a) == ("BDH-Zahlen", "document", None)


def test_an_organisation_word_with_a_named_genitive_is_the_whole_name():
    a = analyze("Titel\n\nDer Bundesverband der Deutschen Heizungsindustrie (BDH) erklärte, die Branche sei bereit.")
    assert _row(a) == ("Der Bundesverband der Deutschen Heizungsindustrie (BDH)", "organization",
                       "Bundesverband der Deutschen Heizungsindustrie")
    a = analyze("Titel\n\nDer Sprecher der Polizei erklärte, das sei gut.")
    assert _row(a)[1:] == ("anonymous", None)


def test_a_company_compound_names_the_company():
    a = analyze("Titel\n\nDer Rheinmetall-Konzern teilte mit, die Zahlen seien gut. Rheinmetall erklärte später, man "
                "sei zufrieden.")
    (src,) = a.sources
    assert (src.type, src.name) == ("organization", "Rheinmetall")
    a = analyze("Titel\n\nDer Volkswagen-Konzern will 35.000 Stellen abbauen. Darauf hätten sich Management und "
                "Betriebsrat geeinigt, teilte das Unternehmen mit.")
    assert [s.name for s in a.sources] == ["Volkswagen"]


def test_der_angeklagte_is_one_person_an_age_can_take_up():
    a = analyze("Titel\n\nIm Prozess hat der Angeklagte vor dem Landgericht eine Tötungsabsicht bestritten. Er habe "
                "sich nur verteidigen wollen, ließ der 31-Jährige über seinen Anwalt erklären.")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.description, src.count) == ("der Angeklagte", 1)
    assert [m.text for m in src.mentions] == ["der Angeklagte", "der 31-Jährige"]


def test_an_outlet_named_after_the_word_for_its_kind():
    for mention, name in (("Der Blog Netzpolitik", "Netzpolitik"), ("Der Sender Welt TV", "Welt TV"),
                          ("Das Fachblatt „Nature“", "Nature")):
        a = analyze(f"Titel\n\n{mention} berichtete, die Regierung plane eine Reform.")
        assert [(s.type, s.name) for s in a.sources] == [("media", name)]
    a = analyze("Titel\n\nDie Zeitung der Stadt berichtete, die Regierung plane eine Reform.")
    assert [(s.type, s.name) for s in a.sources] == [("media", None)]


def test_a_headline_surname_named_in_full_in_the_body_speaks_before_its_colon():
    a = analyze("Nagelsmann: „Wir wollen Europameister werden“\n\nBundestrainer Julian Nagelsmann hat große Ziele "
                "ausgegeben. „Wir wollen Europameister werden, das ist kein Geheimnis“, sagte der 36-Jährige.")
    head = a.attributions[0]
    assert (head.mode, head.message.text) == ("direct", "Wir wollen Europameister werden")
    assert a.source_by_id(head.source).name == "Julian Nagelsmann"


def test_how_long_a_demand_stands_is_no_part_of_it():
    a = analyze("Titel\n\nAnwohner fordern seit Jahren ein Tempolimit.")
    assert a.attributions[0].message.text == "ein Tempolimit"


def test_a_genitive_with_a_truncated_compound_stays_whole():
    a = analyze("Titel\n\nDer Berufsverband der Kinder- und Jugendärzte warnte, Betroffene müssten lange warten.")
    assert a.attributions[0].source_mention.text == "Der Berufsverband der Kinder- und Jugendärzte"
