"""Session 24 (German, round 34): ranks in an apposition, advisers, the dateline the parser takes for the subject, and
a genitive before an apposition's name."""

from __future__ import annotations

from .helpers import find, run, source_of


def test_a_rank_before_the_name_in_an_apposition():
    an = run("Drohnen. „Die Zahlen aus Moskau sind frei erfunden“, sagte der Sprecher der ukrainischen Luftwaffe, "
             "Oberst Dmytro Lysenko, im Fernsehen. Es habe keinen Großangriff gegeben.")
    for words in ("frei erfunden", "Großangriff"):
        s = source_of(an, words)
        assert (s.type, s.name) == ("person", "Dmytro Lysenko")


def test_an_adviser_in_an_office_in_a_city_is_anonymous():
    an = run("Drohnen. Ein Berater im Präsidialamt in Kiew, der nicht namentlich genannt werden wollte, sagte AFP, man "
             "äußere sich grundsätzlich nicht zu einzelnen Operationen.")
    assert source_of(an, "grundsätzlich nicht").type == "anonymous"


def test_the_dateline_is_no_subject():
    an = run("Kiew (AFP) - Ein Berater im Präsidialamt sagte, man äußere sich nicht zu einzelnen Operationen.")
    s = source_of(an, "einzelnen Operationen")
    assert s is not None and s.type == "anonymous"


def test_a_genitive_before_the_appositions_name():
    an = run("Gutachten. „Der Schutz der Institution stand über allem“, sagte die Leiterin der Untersuchung, "
             "Rechtsanwältin Sabine Wendt, bei der Vorstellung.")
    s = source_of(an, "Schutz der Institution")
    assert (s.type, s.name) == ("person", "Sabine Wendt")


def test_er_after_a_sentence_opened_by_a_title_and_name():
    an = run("Reform. DKG-Chef Ulrich Brammertz sprach von einem Strukturabbau. Minister Hallbach selbst verteidigte "
             "die Reform bei einer Veranstaltung in Leipzig. Wer Qualität wolle, müsse Spezialisierung "
             "wollen, sagte er.")
    assert source_of(an, "Spezialisierung").name == "Hallbach"


def test_das_ministerium_is_the_compound_named_before():
    an = run("Reform. Zündstoff liefert ein Entwurf aus dem Bundesgesundheitsministerium. Nach Berechnungen der "
             "Deutschen Krankenhausgesellschaft wären 340 Standorte betroffen. Das Ministerium bestätigte, es handle "
             "sich um einen frühen Arbeitsstand.")
    assert source_of(an, "Arbeitsstand").name == "Bundesgesundheitsministerium"


def test_demnach_after_a_sentence_naming_a_draft():
    an = run("Reform. Ein Sprecher des Ministeriums sagte, man sei für eine Reform. Zusätzlichen Zündstoff liefert ein "
             "Referentenentwurf aus dem Bundesgesundheitsministerium, der am Wochenende an die Öffentlichkeit "
             "gelangte. Demnach sollen Kliniken künftig nur noch dann Geld erhalten, wenn sie 100 Eingriffe "
             "nachweisen.")
    assert source_of(an, "Kliniken künftig").type == "document"


def test_darin_is_the_statement_of_the_sentence_before():
    an = run("Datenleck. Aus dem Umfeld des Unternehmens hieß es dem Bericht zufolge, die Warnung sei nicht "
             "eingeordnet worden. Hanseatica bestätigte den Vorfall am Nachmittag in einer schriftlichen "
             "Stellungnahme. „Wir bedauern zutiefst, dass es zu diesem Vorfall gekommen ist“, heißt es darin.")
    assert "Stellungnahme" in source_of(an, "bedauern zutiefst").description


def test_the_paper_of_a_quoted_english_title_and_demnach_after_a_colon():
    an = run("Royals. Wie die „Sun“ unter Berufung auf Palastkreise berichtet, soll der Royal eine Villa gekauft "
             "haben. Die „Daily Mail“ legt nach: Demnach soll der Palast von den Plänen erst aus der Presse "
             "erfahren haben.")
    s = source_of(an, "Villa gekauft")
    assert (s.type, s.name) == ("media", "The Sun")
    assert source_of(an, "aus der Presse erfahren").name == "Daily Mail"


def test_a_paper_told_after_a_perfect_auxiliary_is_no_speaker():
    an = run("London (dpa) - Ein hochrangiger Höfling habe der Zeitung gesagt, man sei verärgert.")
    assert source_of(an, "verärgert").type == "anonymous"


def test_press_review_papers_from_a_city():
    an = run("Presseschau. Die „Süddeutsche Zeitung“ aus München hält dagegen: „Es ist bequem, die Rentner "
             "auszuspielen.“ Die „Volksstimme“ aus Magdeburg gibt zu bedenken: „Im Osten ist die Rente eine Frage der "
             "Würde.“")
    assert source_of(an, "bequem").name == "Süddeutsche Zeitung"
    s = source_of(an, "Frage der Würde")
    assert (s.type, s.name) == ("media", "Volksstimme")


def test_a_party_leadership_is_an_unnamed_group():
    an = run("Wahl. Landeschef Heiko Brandtner sagte, man werde gewinnen. Aus der BSW-Landesspitze hieß es, man sehe "
             "sich als Zünglein an der Waage.")
    s = source_of(an, "Zünglein")
    assert (s.type, s.name) == ("anonymous", None)


def test_laut_fills_the_whole_vorfeld():
    an = run("Umfrage. Laut dem am Donnerstag veröffentlichten „Brandenburg-Trend“ des Instituts Trendwerk Politik im "
             "Auftrag der „Märkischen Oderzeitung“ kommt die AfD auf 27 Prozent. Die SPD lege um drei Punkte zu.")
    att = next(a for a in an.attributions if a.cue and a.cue.text == "Laut")
    assert att.message.text.startswith("kommt die AfD")
    assert source_of(an, "SPD lege") == an.source_by_id(att.source)


def test_a_trade_epithet_is_the_expert_just_named():
    an = run("Studie. „Das sind ermutigende Ergebnisse“, sagt Studienleiter Henrik Alsleben vom Universitätsklinikum "
             "Heidelberg. Der Endokrinologe betont, dass die Studie nicht auf harte Endpunkte ausgelegt gewesen sei.")
    assert source_of(an, "harte Endpunkte").name == "Henrik Alsleben"


def test_a_plain_person_noun_is_no_epithet():
    an = run("Datenleck. Der Datenschutzbeauftragte Johannes Caspar erklärt, dass Unternehmen eine Frist haben. Der "
             "Mann verlangte Änderungen, sagte ein Sprecher.")
    assert all((s.name or "") != "Johannes Caspar" or "Frist" in a.message.text
               for a in an.attributions for s in [an.source_by_id(a.source)] if s is not None)


def test_in_der_studie_is_no_study_leader():
    an = run("Studie. „Das sind ermutigende Ergebnisse“, sagt Studienleiter Henrik Alsleben. In der Studie heißt es, "
             "schwere Nebenwirkungen seien nicht häufiger aufgetreten.")
    assert source_of(an, "Nebenwirkungen").type == "document"


def test_a_second_verb_after_a_comma_shares_the_subject():
    an = run("Studie. Die Diabetologin Miriam Castell, die nicht an der Untersuchung beteiligt war, hält die Daten für "
             "solide, warnt aber vor überzogenen Erwartungen.")
    assert source_of(an, "überzogenen").name == "Miriam Castell"
    assert "warnt" not in find(an, "Daten für solide").message.text


def test_a_headline_role_named_later_in_the_body():
    an = run("Hannover (dpa) - Landwirte haben Straßen blockiert. Die Polizei zählte 1.400 Fahrzeuge. Auf dem Platz "
             "versammelten sich 6.500 Menschen. „Das ist erst der Anfang“, rief der Präsident des Landvolks "
             "Niedersachsen, Heinrich Brügmann, den Demonstrierenden zu.",
             title="Traktoren-Blockaden in Hannover – Landvolk-Chef: „Das ist erst der Anfang“")
    heads = [a for a in an.attributions if a.message.start < an.article.text.index("\n")]
    assert an.source_by_id(heads[0].source).name == "Heinrich Brügmann"


def test_swiss_councillors_are_people():
    an = run("Abstimmung. «Wir haben eine Debatte angestossen», sagte Co-Präsidentin Léa Monnier. Die Gegner hätten "
             "viel Geld eingesetzt, kritisierte die Waadtländer SP-Nationalrätin. Nach Angaben der Bundeskanzlei "
             "legten 57 Prozent ein Nein ein.")
    assert source_of(an, "viel Geld").type == "person"
    assert source_of(an, "57 Prozent").type == "organization"


def test_an_anti_doping_agency_is_no_news_agency():
    an = run("Doping. Wie die Nationale Anti Doping Agentur (NADA) am Freitag mitteilte, wurde ein verbotenes Mittel "
             "nachgewiesen.")
    assert source_of(an, "verbotenes Mittel").type == "organization"


def test_the_post_is_what_the_beitrag_says():
    an = run("Trennung. In einem gemeinsamen Instagram-Post, der am Sonntagabend veröffentlicht wurde, schreiben die "
             "beiden: „Wir gehen ab jetzt getrennte Wege.“ In dem Beitrag heißt es weiter, man bleibe einander "
             "verbunden. Laut „Gala“ hatte die Sängerin "
             "ihren Ehering abgelegt.")
    assert source_of(an, "einander verbunden").type == "social_post"
    assert source_of(an, "Ehering").type == "media"


def test_a_perfect_konjunktiv_report_is_inside_the_tellers_account():
    an = run("Werk. „Wenn das stimmt, ist das eine Kriegserklärung“, sagte Betriebsratschef Stefan Kornmeyer. "
             "Noch im Dezember habe ihm das Management zugesichert, Osnabrück habe eine Zukunft im Konzern. Nun "
             "erführen die Kollegen „aus der Zeitung, dass man sie abschreiben will“.")
    assert source_of(an, "aus der Zeitung").name == "Stefan Kornmeyer"
    inner = next(a for a in an.attributions if a.cue and a.cue.text == "zugesichert")
    assert inner.parent is not None


def test_a_council_pointed_out_in_someones_account():
    an = run("Theater. Intendant Bernd Lüttgenau sagte, er sei enttäuscht. Der Stadtrat habe lediglich darauf "
             "hingewiesen, dass die Zuschauerzahlen rückläufig seien. Das sei die Pflicht eines Trägers.")
    assert source_of(an, "Pflicht eines Trägers").name == "Bernd Lüttgenau"


def test_a_statement_on_telegram_is_a_post():
    an = run("Kairo (dpa) - Die Gespräche laufen. In einer Erklärung der Hamas auf Telegram hieß es, die Organisation "
             "habe ihre Antwort übermittelt.")
    assert source_of(an, "Antwort übermittelt").type == "social_post"


def test_two_titles_of_one_named_person_are_one_speaker():
    an = run("Wolf. Umweltminister Jörg Sperling kündigte Hilfe an. „Wir nehmen die Sorgen sehr ernst“, sagte er. Der "
             "Wildbiologe und Mitautor Stefan Kleemann warnte vor Pauschallösungen.")
    assert source_of(an, "Pauschallösungen").name == "Stefan Kleemann"


def test_inspections_and_hunters_associations_are_organisations():
    an = run("Hochwasser. Die Feuerwehren waren nach Angaben der Kreisbrandinspektion mit 900 Kräften im Einsatz. Nach "
             "Angaben der Landesjägerschaft leben in Niedersachsen mindestens 55 Wolfsrudel.")
    assert source_of(an, "900 Kräften").type == "organization"
    assert source_of(an, "Wolfsrudel").type == "organization"


def test_party_epithets_are_the_politician_just_named():
    an = run("Tram. „Das Gutachten ist eine Ohrfeige“, erklärte Fraktionschef Markus Tiedemann. Der Christdemokrat "
             "forderte, das Projekt auszusetzen. Familienministerin Anja Deckert äußerte sich besorgt. Einsamkeit "
             "mache krank, sagte die Sozialdemokratin.")
    assert source_of(an, "Projekt auszusetzen").name == "Markus Tiedemann"
    assert source_of(an, "mache krank").name == "Anja Deckert"


def test_an_epithet_of_the_other_gender_skips_the_name_with_that_title():
    an = run("Besuch. Bundesaußenministerin Katharina Lenz hat bei ihrem Treffen mit dem israelischen Außenminister "
             "Avi Dromi die Solidarität Deutschlands bekräftigt. „Die Sicherheit Israels ist nicht verhandelbar“, "
             "sagte die Grünen-Politikerin.")
    assert source_of(an, "nicht verhandelbar").name == "Katharina Lenz"


def test_a_spokesman_heading_the_headline_and_a_town_after_a_body():
    an = run("In Berlin löste das Ergebnis Reaktionen aus. „Wir nehmen das Ergebnis ernst“, sagte Regierungssprecher "
             "Tobias Hallmann. Der Luftfahrtökonom Heinrich Großmann von der Hochschule Worms warnt vor einer "
             "Eskalation. „Lufthansa kämpft ohnehin mit Verspätungen“, sagt er.",
             title="Frankreich-Wahl: Rechtspopulisten stärkste Kraft – Regierungssprecher: „Wir nehmen das ernst“")
    heads = [a for a in an.attributions if a.message.start < an.article.text.index("\n")]
    assert an.source_by_id(heads[0].source).name == "Tobias Hallmann"
    assert source_of(an, "Verspätungen").name == "Heinrich Großmann"


def test_the_company_is_no_union_named_before():
    an = run("Streik. Die Vereinigung Cockpit (VC) hat zum Streik aufgerufen. Nach Angaben des Konzerns fallen 800 "
             "Flüge aus.")
    assert source_of(an, "800").name != "Cockpit"


def test_a_role_with_an_indefinite_genitive_is_someone_new():
    an = run("Razzia. Innenminister Frank Uhlmann lobte die Razzia. Der Anwalt eines Beschuldigten kritisierte den "
             "Einsatz als unverhältnismäßig.")
    assert source_of(an, "unverhältnismäßig").name is None


def test_a_management_and_an_unnamed_passenger():
    an = run("Ski. Brandauers Management bestätigte am Abend, dass es sich um den Moderator handelt. „Ich verpasse die "
             "Hochzeit“, sagte eine 29-jährige Passagierin aus Augsburg, die ihren Namen nicht nennen wollte.")
    assert source_of(an, "Moderator handelt").type == "organization"
    assert source_of(an, "Hochzeit").type == "anonymous"


def test_an_initial_opening_the_sentence_and_an_aged_trade_noun():
    an = run("Prozess. Die Zeugin, Sandra K., schilderte, wie sie den Betreiber angesprochen habe. P. habe ihr "
             "daraufhin gesagt, das gehe sie nichts an. In den Dienstplänen seien Pflegekräfte eingetragen worden, "
             "sagte die 41-jährige Altenpflegerin.")
    told = next(a for a in an.attributions if a.cue and a.cue.text == "gesagt")
    assert an.source_by_id(told.source).name == "P."
    assert source_of(an, "Dienstplänen").name is None


def test_laut_the_adjective_is_no_cue():
    an = run("Protest. Vor dem Rathaus ist es am Abend so laut geworden wie am Donnerstagvormittag. Die Polizei "
             "sperrte die Straße.")
    assert not any(a.cue and a.cue.text == "laut" for a in an.attributions)


def test_a_surname_in_a_headline_frame_quotes_the_person():
    an = run("Die Rentenpläne der Regierung stoßen auf Kritik. Die Ministerin Anna Kühnel verteidigte am Montag den "
             "Entwurf.",
             title="Kühnel im Rentenstreit: „Wer 45 Jahre gearbeitet hat, verdient Respekt“")
    head = next(a for a in an.attributions if a.message.start < an.article.text.index("\n"))
    assert head.mode == "direct"
    assert an.source_by_id(head.source).name == "Anna Kühnel"


def test_a_headline_frame_needs_a_name_the_body_gives_in_full():
    an = run("Die Rentenpläne stoßen auf Kritik. Viele Bürger sind empört.",
             title="Berlin im Rentenstreit: „Wer 45 Jahre gearbeitet hat, verdient Respekt“")
    assert not any(a.message.start < an.article.text.index("\n") and a.mode == "direct" for a in an.attributions)
