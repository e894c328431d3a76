"""Session 26 (German, round 36): objects of "wies … zurück" and "räumte … ein", fronted objects, epithets and
pronouns for the person just named, pollsters, headline role labels, and names the tagger split or mistyped."""

from __future__ import annotations

from .helpers import run, source_of


def test_data_protection_is_no_one_cited():
    an = run("Ein Sprecher der Klinik sagte unter Verweis auf den Datenschutz, man könne keine Auskunft geben.")
    assert [a.source_mention.text for a in an.attributions] == ["Ein Sprecher der Klinik"]
    assert source_of(an, "keine Auskunft").type == "anonymous"


def test_a_union_whose_name_opens_with_vereinigung():
    an = run("Die Vereinigung Cockpit (VC) kündigte am Montag einen Streik an. Die Gewerkschaft teilte mit, die "
             "Verhandlungen seien gescheitert. Auch die Vereinigung Cockpit sagte, man sei enttäuscht.")
    srcs = {source_of(an, m).id for m in ("Streik", "gescheitert", "enttäuscht")}
    assert len(srcs) == 1 and source_of(an, "Streik").name == "Vereinigung Cockpit"


def test_a_speaker_of_the_cdu_csu_group_named_after_a_comma():
    an = run("„Dieses Gesetz ist gut gemeint“, sagte der gesundheitspolitische Sprecher der CDU/CSU-Fraktion, Markus "
             "Tiedemann. Die Personaluntergrenzen seien nicht einzuhalten.")
    assert source_of(an, "nicht einzuhalten").name == "Markus Tiedemann"


def test_sie_after_a_woman_described_by_an_adjectival_noun():
    an = run("Die Grünen stellten sich hinter das Vorhaben. Die Linken-Abgeordnete Derya Aksoy kritisierte dagegen, "
             "der Entwurf gehe nicht weit genug. „Mit warmen Worten ist noch keine Pflegekraft satt geworden“, fügte "
             "sie hinzu.")
    assert source_of(an, "warmen Worten").name == "Derya Aksoy"


def test_a_post_published_in_the_evening_is_the_source_not_the_evening():
    an = run("In einem am Abend veröffentlichten Beitrag hieß es dann, die Führung solle endlich aufhören.")
    assert source_of(an, "Führung solle").mentions[0].text == "einem am Abend veröffentlichten Beitrag"


def test_a_fronted_object_announced_by_the_subject_after_the_verb():
    an = run("Für ihn sprach sein Verteidiger Konstantin Maier. Eine ausführliche Erklärung des Angeklagten kündigte "
             "der Verteidiger für den dritten Verhandlungstag an.")
    att = next(a for a in an.attributions if a.cue.text == "kündigte")
    assert att.message.text == "Eine ausführliche Erklärung des Angeklagten"
    assert (att.source_mention.text, source_of(an, "ausführliche").name) == ("der Verteidiger", "Konstantin Maier")


def test_a_report_published_on_a_day_is_a_document_not_the_day():
    an = run("Die Zahl sei gestiegen, heißt es in dem am Mittwoch veröffentlichten Gesundheitsreport der Kasse.")
    src = source_of(an, "Zahl sei")
    assert src.type == "document" and "Gesundheitsreport" in src.mentions[0].text


def test_a_trade_epithet_after_a_long_reported_sentence():
    an = run("Der Präsident des Bundesverbands der Fachärzte für Psychiatrie (BFP), Matthias Ohlendorf, nannte die "
             "Zahlen „ein Alarmsignal“. Patienten müssten im Schnitt fünf Monate auf einen Therapieplatz warten, in "
             "ländlichen Regionen teils mehr als ein Jahr. „Wer so lange warten muss, wird chronisch krank“, so der "
             "Psychiater.")
    assert source_of(an, "chronisch krank").name == "Matthias Ohlendorf"


def test_the_officer_is_the_colonel_just_named():
    an = run("Sadowe Pole sei weiterhin unter Kontrolle, erklärte der Sprecher der Truppengruppe, Oberst Wadym "
             "Lyssenko, im Fernsehen. „Die Moskauer Meldungen sind reine Propaganda“, sagte der Offizier.")
    assert source_of(an, "reine Propaganda").name == "Wadym Lyssenko"


def test_zurueckweisen_reports_its_object():
    an = run("Der ukrainische Generalstab wies die Darstellung umgehend zurück.")
    att = an.attributions[0]
    assert (att.cue.text, att.source_mention.text, att.message.text) == (
        "wies", "Der ukrainische Generalstab", "die Darstellung")


def test_zurueckweisen_after_a_first_verb_shares_its_subject():
    an = run("Das Verteidigungsministerium räumte Verzögerungen ein, wies die Kritik im Übrigen aber zurück.")
    att = next(a for a in an.attributions if a.cue.text == "wies")
    assert att.message.text == "die Kritik" and source_of(an, "die Kritik").name == "Verteidigungsministerium"


def test_zurueckweisen_with_a_fronted_object_and_with_man():
    an = run("Luckes Kritik wies der AStA zurück.")
    assert (an.attributions[0].source_mention.text, an.attributions[0].message.text) == ("der AStA", "Luckes Kritik")
    an = run("Die Reaktion der Flughafen Wien AG: Man weise alle Forderungen als völlig absurd zurück.")
    assert [a.cue.text for a in an.attributions] == ["Reaktion"]


def test_zuruecktreten_reports_nothing():
    assert run("Der Minister trat am Montag zurück.").attributions == []


def test_a_party_member_noun_before_the_outlet_told_in_the_dative():
    an = run("Ministerpräsidentin Katrin Vollmer (SPD) setzt auf ihren Amtsbonus. „Umfragen sind Momentaufnahmen“, "
             "sagte die Sozialdemokratin der Deutschen Presse-Agentur.")
    assert source_of(an, "Momentaufnahmen").name == "Katrin Vollmer"


def test_pollsters_are_organisations():
    an = run("Bei einer fiktiven Direktwahl läge sie laut Infratest dimap mit 44 zu 31 Prozent klar vorn. Die SPD "
             "liegt laut Forsa bei 28 Prozent.")
    assert [(source_of(an, m).type, source_of(an, m).name) for m in ("Direktwahl", "28 Prozent")] == [
        ("organization", "Infratest dimap"), ("organization", "Forsa")]


def test_a_poll_commissioned_by_a_broadcaster_is_the_poll():
    an = run("Laut dem neuen Deutschlandtrend von Infratest dimap im Auftrag der ARD kommt die CDU auf 29 Prozent.")
    assert source_of(an, "29 Prozent").type == "document"
    an = run("Laut dem neuen „Rheinland-Pfalz-Trend“ von Infratest dimap im Auftrag des SWR kommt die CDU auf 29 "
             "Prozent.")
    assert an.attributions[0].message.text == "kommt die CDU auf 29 Prozent"


def test_researchers_and_a_liberal():
    an = run("Die Forschenden schreiben, der Trend setze sich fort. FDP-Fraktionschef Jens Hollmann lehnte das ab. "
             "„Der Staat ist nicht der bessere Tarifpartner“, schrieb der Liberale auf X.")
    assert source_of(an, "Trend setze").type == "anonymous"
    assert source_of(an, "Tarifpartner").name == "Jens Hollmann"


def test_die_deutsche_is_the_woman_just_named_and_sie_no_male_spokesman():
    an = run("Kommissionspräsidentin Elena Marquardt rief zur Geschlossenheit auf. „Europa darf jetzt nicht zögern“, "
             "sagte die Deutsche. Ein Sprecher der Bundesregierung sagte in Berlin, Deutschland unterstütze den "
             "Vorschlag. Marquardt selbst gab sich am Abend gelassen. Auf die Frage, ob sie ein Scheitern befürchte, "
             "antwortete sie: „Wir haben schon schwierigere Gipfel erlebt.“")
    assert source_of(an, "nicht zögern").name == "Elena Marquardt"
    assert source_of(an, "schwierigere Gipfel").name == "Elena Marquardt"


def test_a_bare_role_before_a_first_and_last_name_is_that_person():
    an = run("„Das Wasser kam innerhalb von Minuten“, erzählte Anwohnerin Gerlinde Stadler.")
    assert (source_of(an, "Wasser").type, source_of(an, "Wasser").name) == ("person", "Gerlinde Stadler")


def test_an_age_in_years_before_a_name_and_the_defence_lawyer_no_prosecutor():
    an = run("Er habe nie vorgehabt, jemanden zu töten, ließ der 22 Jahre alte Deniz K. über seinen Verteidiger "
             "erklären. Oberstaatsanwalt Henrik Voss hielt dem Angeklagten mehrere Chatnachrichten vor. Sein "
             "Verteidiger Jan-Philipp Roth sprach von einem „jungen Mann, der sich verrannt hat“. Eine Gefahr habe "
             "nie bestanden, sagte der Anwalt vor Journalisten.")
    assert source_of(an, "jemanden zu töten").name == "Deniz K."
    assert source_of(an, "Gefahr habe").name == "Jan-Philipp Roth"


def test_an_institute_named_after_a_person_and_a_company_with_digits_are_organisations():
    an = run("Berlin (dpa) - Nach Angaben des Robert Koch-Instituts "
             "(RKI) wurden 40.000 Fälle gemeldet. Stilwerk24 teilte mit, Unbefugte hätten sich Zugang verschafft. Das "
             "Unternehmen räumte einen Sicherheitsvorfall ein.",
             title="RKI meldet starken Anstieg der Grippefälle")
    assert {source_of(an, m).type for m in ("40.000", "Unbefugte", "Sicherheitsvorfall")} == {"organization"}
    assert source_of(an, "Sicherheitsvorfall").name == "Stilwerk24"


def test_a_speech_verb_the_tagger_read_as_an_adjective_in_a_headline():
    an = run("Washington (dpa) - Das Weiße Haus äußerte sich.",
             title="Weißes Haus dementiert Bericht über Truppenabzug")
    assert an.attributions[0].message.text == "Bericht über Truppenabzug"


def test_a_headline_role_label_is_the_person_the_body_quotes_and_so_die_oekonomin_too():
    an = run("Berlin (dpa) - Die Institute "
             "haben ihre Prognose gesenkt.\n\n„Die Stagnation verfestigt sich“, sagte Hannah Brettschneider vom "
             "Kieler Institut für Weltwirtschaft (IfW). Die deutsche Wirtschaft leide unter hohen Energiekosten. "
             "Hinzu komme der Fachkräftemangel. „Das ist keine normale Konjunkturdelle mehr“, so die Ökonomin.",
             title="Ökonomin: „Die Stagnation verfestigt sich“ – Institute senken Prognose")
    headline = an.attributions[0]
    assert headline.message.text == "Die Stagnation verfestigt sich"
    assert {an.source_by_id(a.source).name for a in an.attributions} == {"Hannah Brettschneider"}


def test_a_threat_that_looms_is_no_speaker():
    an = run("Die Sozialabgaben müssten unter 40 Prozent bleiben, sagte Vosskamp. Andernfalls drohe die Abwanderung "
             "ganzer Branchen. Der Verband fordert zudem ein Moratorium.")
    assert "Abwanderung" not in (source_of(an, "Moratorium").name or "")


def test_a_delegate_from_a_region_with_an_apposition_is_unnamed():
    an = run("Ein Delegierter aus Nordrhein-Westfalen, seit mehr als 30 Jahren Parteimitglied, sagte am Rande des "
             "Treffens, viele Stammwähler wollten keine Steuerdebatten.")
    assert source_of(an, "Stammwähler").type == "anonymous"


def test_wie_sie_with_a_subject_after_it_and_a_party_epithet_after_a_long_sentence():
    an = run("Bundesverkehrsminister Jens Hollmann (FDP) rief die Tarifparteien auf, an den Verhandlungstisch "
             "zurückzukehren. Eine gesetzliche Regelung des Streikrechts, wie sie Teile der Union fordern, lehnte er "
             "jedoch ab. „Der Staat ist nicht der bessere Tarifpartner“, schrieb der Liberale auf der Plattform X.")
    assert next(a for a in an.attributions if a.cue.text == "fordern").source_mention.text == "Teile der Union"
    assert source_of(an, "Tarifpartner").name == "Jens Hollmann"


def test_a_comparative_read_as_a_noun_before_aeusserte_sich_and_its_speaker():
    an = run("Johanna Reiter leitete die Studie. Kritischer äußerte sich die Hamburger Klimaforscherin Susanne Pahl: "
             "Die Hochrechnung bis 2070 beruhe auf einem Emissionsszenario.")
    assert source_of(an, "Hochrechnung").name == "Susanne Pahl"
