"""Session 29 (German, round 39): epithets for people named before (party men, demonyms, analysts, diplomats, the
very words of an apposition), names with a number, bodies introduced with their noun, "er" after a titled subject."""

from __future__ import annotations

from reportedly.api import analyze as analyze_text

from .helpers import run, source_of


def test_the_apposition_repeated_is_the_person_it_described():
    an = run("Markus Heller, der Enkel des Firmengründers, hat den Verkauf scharf kritisiert. Das Unternehmen dürfe "
             "nicht zerschlagen werden, sagte der Enkel des Firmengründers der Zeitung.")
    assert source_of(an, "nicht zerschlagen").name == "Markus Heller"


def test_a_number_after_a_name_is_part_of_it():
    an = run("Die Umweltschutzorganisation Global 2000 hat Rückstände gefunden. Die Werte seien zu hoch, teilte "
             "Global 2000 mit.")
    src = source_of(an, "Werte seien")
    assert (src.name, src.type) == ("Global 2000", "organization")


def test_a_year_after_a_month_is_no_name():
    an = run("Im Mai 2024 sagte der Minister, die Lage sei ernst.")
    assert source_of(an, "Lage sei").name != "Mai 2024"


def test_a_name_introduced_after_a_body_noun_is_that_body():
    an = run("Die Hilfsorganisation Medico hat Zelte geliefert. Die Lage sei katastrophal, teilte Medico mit.")
    assert source_of(an, "Lage sei").type == "organization"


def test_researchers_of_a_named_body_are_unnamed_people():
    an = run("Die Rechercheure von Correctiv fanden heraus, dass die Konten gelöscht wurden.")
    assert source_of(an, "Konten").type == "anonymous"


def test_the_party_man_is_the_councillor_just_named():
    an = run("Gemeinderat Uwe Richter warf der Verwaltung vor, keine Alternativen geprüft zu haben. Ein verkürzter "
             "Betrieb sei nie diskutiert worden, sagte der SPD-Mann.")
    assert source_of(an, "verkürzter").name == "Uwe Richter"


def test_a_womans_demonym_is_the_woman_just_named():
    an = run("Die Vorsitzende des Bundesverbands, Claudia Rehbein, ist seit drei Jahren krank. Die Koalition habe "
             "das Gegenteil versprochen, kritisierte die Berlinerin.")
    assert source_of(an, "Gegenteil").name == "Claudia Rehbein"


def test_the_analyst_and_the_diplomat_are_the_experts_just_named():
    an = run("Der Sicherheitsexperte Markus Hallberg sagte der Deutschen Presse-Agentur, Peking übe realistische "
             "Szenarien. „Die Grenze wird immer schwerer zu erkennen“, sagte der Analyst. Der ukrainische Botschafter "
             "in Berlin, Oleh Kowalenko, begrüßte die Berichte. „Jeder Gepard schützt unsere Städte“, sagte der "
             "Diplomat.")
    assert source_of(an, "Die Grenze").name == "Markus Hallberg"
    assert source_of(an, "Jeder Gepard").name == "Oleh Kowalenko"


def test_an_analyst_with_an_indefinite_article_stays_unnamed():
    an = run("Der Sicherheitsexperte Markus Hallberg sagte, Peking übe Szenarien. Ein Analyst sagte, das sei "
             "übertrieben.")
    assert source_of(an, "übertrieben").type == "anonymous"


def test_er_after_a_titled_subject_with_a_name_in_apposition():
    an = run("\"Das ist keine Serie von Zufällen, das ist systematische Aufklärung\", sagte ein Beamter, der mit den "
             "Ermittlungen vertraut ist. Aus Sicherheitskreisen hieß es zudem, in zwei Fällen seien inzwischen "
             "Tatverdächtige identifiziert worden. Beide hätten über Messengerdienste Aufträge angenommen.\n\nDer "
             "Präsident des Bundesamts für Verfassungsschutz, Holger Brandt, trat am Mittwoch bei einer Fachtagung in "
             "Berlin auf, ohne direkt auf das Lagebild einzugehen. \"Wir erleben eine Verschiebung von klassischer "
             "Spionage hin zu Vorbereitungshandlungen für Sabotage\", sagte er. Der 58-jährige Jurist fügte hinzu, "
             "seine Behörde brauche dringend mehr Befugnisse.")
    assert source_of(an, "Verschiebung").name == "Holger Brandt"
    assert source_of(an, "Befugnisse").name == "Holger Brandt"


def test_an_adjunct_before_the_complement_is_no_object():
    an = run("Der NABU Niedersachsen erklärte in einer Stellungnahme, einzelne Risse rechtfertigten keine pauschale "
             "Jagd auf den Wolf.")
    assert source_of(an, "einzelne Risse").name == "NABU Niedersachsen"


def test_a_name_inside_an_extended_attribute_names_no_one():
    an = run("Der Umsatz werde sinken, hieß es in einer Mitteilung des im SDax notierten Unternehmens.")
    assert source_of(an, "Umsatz").name != "SDax"


def test_a_report_whose_verb_the_tagger_read_as_an_adjective():
    an = run("In einem Beitrag auf Telegram hieß es, deutsche Medien verbreiteten Märchen.")
    src = source_of(an, "deutsche Medien")
    assert src.type == "social_post"


def test_a_quoted_presse_is_an_outlet_and_a_midwife_unnamed():
    an = run("Wie die „Freie Presse“ berichtet, hatte es auf dem Gelände bereits gebrannt. Eine Hebamme, die seit 18 "
             "Jahren in Hollendorf arbeitet, sagte, viele Kolleginnen hätten gekündigt.")
    assert source_of(an, "Gelände").type == "media"
    assert source_of(an, "Kolleginnen").type == "anonymous"


def test_a_trade_in_apposition_before_the_name_names_the_speaker():
    an = run("Ihr Sprecher, der Landwirt Georg Maier, kündigte an, notfalls vor Gericht zu ziehen.")
    assert source_of(an, "notfalls").name == "Georg Maier"


def test_the_age_epithet_for_a_woman_introduced_with_a_feminine_role():
    an = run("Die Zahlen ließen sich nicht überprüfen, sagte die Politologin Jekaterina Malzewa. „Der Kreml hat das "
             "bestritten“, erinnerte die 47-Jährige.")
    assert source_of(an, "Kreml").name == "Jekaterina Malzewa"


def test_x_after_plattform_ends_the_sentence():
    an = run("„Es ist höchste Zeit“, schrieb der Senator Dale Prescott auf der Plattform X. Die Regierung habe viel zu "
             "lange gezögert, kritisierte der 61-Jährige, der dem Streitkräfteausschuss angehört.")
    assert source_of(an, "lange gezögert").name == "Dale Prescott"


def test_a_final_cue_with_a_plural_noun_subject_reports_the_clause_with_its_verb():
    an = run("Mehrere Staaten lehnten eine feste Quote weiterhin ab, sagten Diplomaten am Montag in Brüssel.")
    assert source_of(an, "Mehrere Staaten").type == "anonymous"


def test_a_final_speech_verb_read_as_an_adjective_after_a_comma():
    an = run("Mehrere Staaten kritisierten die Quote, sagten Diplomaten am Montag.")
    outer = next(a for a in an.attributions if a.cue.text == "sagten")
    assert outer.message.text == "Mehrere Staaten kritisierten die Quote"


def test_die_agentur_after_a_rating_agency_is_that_agency():
    an = run("Die Nachrichtenagentur Reuters berichtete zuerst über den Fall. Die Ratingagentur Moody's hat die "
             "Kreditwürdigkeit des Versorgers gesenkt. Der Ausblick bleibe negativ, teilte die Agentur mit.")
    assert source_of(an, "Ausblick").name == "Moody's"


def test_die_hebamme_is_the_woman_just_named():
    an = run("„Hier geht es nicht um Zahlen“, sagte Initiatorin Julia Brandner. Die Kreispolitik habe zu spät "
             "reagiert, kritisierte die Hebamme, die selbst zwölf Jahre auf der Station gearbeitet hat.")
    assert source_of(an, "Kreispolitik").name == "Julia Brandner"


def test_a_commentator_of_a_quoted_paper_and_a_paper_with_an_attribute():
    an = run("Kommentatorin Julia Brandner vom „Mannheimer Morgen“ spricht von einem „Tarifkonflikt, den niemand "
             "gewinnen kann“. Die Fahrgäste zahlten doppelt, so die Autorin.\n\nDie in Berlin erscheinende „taz“ "
             "kommentiert: „Die Empörung über die GDL ist groß.“")
    assert source_of(an, "Tarifkonflikt").name == "Julia Brandner"
    assert source_of(an, "Fahrgäste zahlten").name == "Julia Brandner"
    assert source_of(an, "Empörung").name == "taz"


def test_haelt_dagegen_after_a_quoted_paper_is_one_cue():
    an = run("„Das Streikrecht ist ein hohes Gut, und es gilt auch dann, wenn es lästig ist“, hält die „Frankfurter "
             "Rundschau“ dagegen.")
    att = an.attributions[0]
    assert [p.text for p in att.cue_parts] == ["dagegen"]
    assert att.source_mention.text == "die „Frankfurter Rundschau“"


def test_a_particle_after_a_quoted_title_belongs_to_the_cue():
    an = run("Die Lage sei ernst, teilte der „Kölner Stadt-Anzeiger“ am Montag mit.")
    assert [p.text for p in an.attributions[0].cue_parts] == ["mit"]


def test_der_angeklagte_is_the_one_person_named_with_an_initial():
    an = run("Ein 29-Jähriger ist vom Amtsgericht Rostock verurteilt worden. Zudem muss Dennis M. 2000 Euro "
             "Schmerzensgeld zahlen.\n\nDer Angeklagte räumte ein, dem Sanitäter ins Gesicht geschlagen zu haben.")
    assert source_of(an, "Sanitäter").name == "Dennis M."


def test_der_angeklagte_stays_unnamed_when_two_are_named_so():
    an = run("Dennis M. und Sven R. stehen vor Gericht. Der Angeklagte räumte ein, dem Sanitäter ins Gesicht "
             "geschlagen zu haben.")
    assert source_of(an, "Sanitäter").name is None


def test_der_sachverstaendige_is_the_expert_introduced_as_gutachter():
    an = run("Der psychiatrische Gutachter Werner Albrecht hatte den Beschuldigten mehrfach untersucht. Der Mann habe "
             "sich verfolgt gefühlt, erläuterte der Sachverständige.")
    assert source_of(an, "verfolgt").name == "Werner Albrecht"


def test_a_verb_first_condition_before_a_konjunktiv_main_clause_continues():
    an = run("„Wer ein System betreibt, trägt Verantwortung“, betonte die EU-Kommissarin Katarina Lindqvist. Sollte "
             "sich der Verdacht erhärten, werde die Kommission ein Verfahren einleiten.")
    assert source_of(an, "Verdacht").name == "Katarina Lindqvist"


def test_sprechen_fuer_argues_and_speaks_no_one():
    an = run("„Das Gericht wird das nicht dulden“, sagte die Richterin Anja Lorenz. Für eine Bewährung spreche allein, "
             "dass der Angeklagte nicht vorbestraft sei.")
    att = next(a for a in an.attributions if "Bewährung" in a.message.text)
    assert att.cue is None and att.message.text.startswith("Für eine Bewährung")


def test_sprechen_von_after_a_contrastive_dagegen_stays_speech():
    an = run("Die Opposition macht Regierungsanhänger verantwortlich, die staatliche Nachrichtenagentur „Sana“ "
             "dagegen spricht von einem Terroristen.")
    assert any(a.cue is not None and a.cue.text == "spricht" for a in an.attributions)


def test_infratest_dimap_is_one_name_and_teilte_after_a_comma_the_verb():
    an = run("Laut Infratest dimap kommt die Partei auf 33,8 Prozent. Die SPD erreicht 14,9 Prozent, teilte Infratest "
             "dimap mit.")
    assert source_of(an, "33,8").name == "Infratest dimap"
    assert source_of(an, "14,9").name == "Infratest dimap"


def test_a_quoted_paper_by_its_last_word_is_told_not_the_speakers_body():
    an = run("„Auf einmal hat sich der Bus gedreht“, berichtete eine Mitreisende der „Thüringer Allgemeinen“.")
    assert source_of(an, "Bus gedreht").type == "anonymous"


def test_die_rentnerin_is_the_resident_just_named():
    an = run("Anwohnerin Gabriele Moosbauer lud am Mittwoch die letzten Kisten in ihr Auto. „Beim letzten Mal stand "
             "das Wasser bis unter die Decke“, erzählte die Rentnerin.")
    assert source_of(an, "Wasser").name == "Gabriele Moosbauer"


def test_a_name_inside_the_quotation_is_no_antecedent():
    an = run("Die Regisseurin Lea Hartung hatte mit Widerstand gerechnet. „Goethe ist kein Museumsstück“, sagte die "
             "Regisseurin.")
    assert source_of(an, "Museumsstück").name == "Lea Hartung"


def test_a_place_word_before_a_paper_keeps_its_r():
    an = run("„Die Romandie hat gezeigt, dass eine moderne Familienpolitik mehrheitsfähig ist“, schreibt die Aargauer "
             "Zeitung.")
    assert source_of(an, "Romandie").name == "Aargauer Zeitung"


def test_a_speech_verb_under_a_konjunktiv_modal_is_no_report_of_its_own():
    an = run("„Das ist ein Warnsignal“, sagte der Grünen-Politiker Felix Haberland. Seine Partei müsse wieder "
             "verständlicher erklären, warum Klimaschutz wichtig sei.")
    att = next(a for a in an.attributions if "Seine Partei" in a.message.text)
    assert att.cue is None and source_of(an, "Seine Partei").name == "Felix Haberland"


def test_a_body_noun_ending_the_title_makes_no_body_of_the_interviewee():
    an = analyze_text("«Wir waren fast 40 Tage in Quarantäne» - Rosa-Luxemburg-Stiftung\n\nTareq Salem über sein "
                      "Leben als Flüchtling\n\nNikolai Huke: Wo sind Sie in die Europäische Union eingereist?\n\n"
                      "Tareq Salem: Ich bin über das Mittelmeer nach Italien gekommen.\n")
    assert source_of(an, "Mittelmeer").type == "person"


def test_a_negated_speech_verb_under_a_konjunktiv_modal_stays_a_speech_act():
    an = run("Er sei Mitglied des Verbandes, sagt er, aber er könne nicht für den Verband sprechen.")
    assert [e.cue.text for e in an.speech_acts] == ["sprechen"]
