"""Session 25 (German, round 35): headline labels the body names, a surname the tagger read as a noun, a stray
particle, shares of respondents, the mood of "habe" before a dative "ihr", and epithets that look only backwards."""

from __future__ import annotations

from .helpers import find, run, source_of


def headline_event(an):
    return next(a for a in an.attributions if a.message.start < an.article.text.index("\n"))


def test_a_headline_quotation_the_body_repeats_is_that_speakers():
    an = run("Hannover – Eltern müssen sich auf Engpässe einstellen. „Die Lage ist dramatischer als 2022“, sagte "
             "Verbandspräsidentin Heike Rosendahl.",
             title="Fiebersaft wird knapp – Apothekerin: „Die Lage ist dramatischer als 2022“")
    assert an.source_by_id(headline_event(an).source).name == "Heike Rosendahl"


def test_an_unnamed_headline_label_is_the_person_named_later_in_apposition():
    an = run("Essen – Im Prozess hat eine frühere Mitarbeiterin den Betreiber belastet. „Wir nannten das "
             "Geisterschichten“, so die Zeugin. Die Zeugin, Sandra K., schilderte, wie sie den Betreiber "
             "angesprochen habe.",
             title="Prozess um Pflegebetrug: Zeugin spricht von „Geisterschichten“")
    assert an.source_by_id(headline_event(an).source).name == "Sandra K."
    assert source_of(an, "Wir nannten das").name == "Sandra K."


def test_a_surname_after_a_role_and_a_first_name_though_tagged_a_noun():
    an = run("Berlin. „Die Maßnahmen greifen“, sagte Sprecherin Katrin Oberländer in Berlin.")
    assert source_of(an, "Maßnahmen greifen").name == "Katrin Oberländer"


def test_a_noun_after_an_indefinite_person_noun_is_no_name_for_an_age():
    an = run("Fieber. „Mein Sohn hatte Fieber“, erzählte Miriam Schäfer aus Hildesheim. Am Ende habe ihr eine "
             "Apothekerin Zäpfchen mitgegeben. „Das habe ich mich nicht getraut“, sagt die 34-Jährige.")
    assert source_of(an, "nicht getraut").name == "Miriam Schäfer"


def test_a_trade_epithet_after_the_named_speaker():
    an = run("Engpässe. „Die Lage ist dramatisch“, sagte Verbandspräsidentin Heike Rosendahl. Die Apothekerin aus "
             "Celle berichtete, ihre Mitarbeiter telefonierten täglich Großhändler ab.")
    assert source_of(an, "telefonierten").name == "Heike Rosendahl"


def test_herstellen_with_a_particle_the_tagger_misread_is_no_cue():
    an = run("Engpässe. Die Apothekerin berichtete, ihre Mitarbeiter telefonierten täglich ab. Teilweise stellten "
             "Apotheken die Säfte selbst her – „mit enormem Aufwand und zu Preisen, die uns die Kassen nicht "
             "erstatten“.")
    assert not any(a.cue and a.cue.text == "stellten" for a in an.attributions)


def test_a_share_of_respondents_is_anonymous():
    an = run("Umfrage. In einer Umfrage unter 412 Apotheken hätten 87 Prozent angegeben, kein Präparat vorrätig zu "
             "haben, teilte der Verband mit. 14 Prozent der Befragten gaben an, sich ständig allein zu fühlen.")
    assert source_of(an, "ständig allein").type == "anonymous"


def test_habe_before_a_dative_ihr_is_konjunktiv_and_the_teller_goes_on():
    an = run("Prozess. Die Zeugin, Sandra K., schilderte, wie sie den Betreiber auf die Unstimmigkeiten angesprochen "
             "habe. P. habe ihr daraufhin gesagt, das gehe sie „nichts an“, und wer sich beschwere, könne „gleich "
             "gehen“. Wenige Wochen später sei ihr gekündigt worden.")
    assert source_of(an, "gekündigt").name == "Sandra K."


def test_a_title_in_lower_case_after_a_media_noun_in_a_wie_clause():
    an = run("Transfer. Wie das Fachmagazin „kicker“ am Donnerstag berichtete, haben sich beide Klubs geeinigt.")
    src = source_of(an, "geeinigt")
    assert (src.type, src.name) == ("media", "Kicker")


def test_an_age_looks_back_not_to_the_person_named_after_it():
    an = run("Fußball. „Niklas ist wichtig“, erklärte Sportvorstand Thorsten Kegel. Ob es ein Angebot gebe, wollte "
             "ein Reporter wissen. Der 51-Jährige: „Wir reden mit vielen Leuten über viele Dinge.“\n\n"
             "Der VfB bestätigte sein Interesse. „Niklas passt gut zu uns“, teilte Sportdirektor Fabian Wörner mit.")
    assert source_of(an, "vielen Leuten").name == "Thorsten Kegel"


def test_a_club_circle_is_anonymous():
    an = run("Transfer. Intern, so heißt es aus dem Klubumfeld, habe man den Spieler längst freigegeben.")
    assert source_of(an, "freigegeben").type == "anonymous"


def test_a_woman_by_her_surname_before_sie_though_a_man_spoke_since():
    an = run("Besuch. „Die Sicherheit ist nicht verhandelbar“, sagte Bundesaußenministerin Katharina Lenz. Lenz habe "
             "auf den Bau neuer Siedlungen hingewiesen, hieß es. Ein Treffen sei vereinbart, teilte ein Sprecher in "
             "Berlin mit.\n\nLenz reist am Montag weiter nach Jordanien. Vor ihrer Abreise hatte sie im Interview "
             "angekündigt, sich für eine Ausweitung der Luftbrücke einzusetzen.")
    assert source_of(an, "Luftbrücke").name == "Katharina Lenz"


def test_a_first_name_and_surname_between_commas_the_tagger_missed():
    an = run("Kritik. Der Außenpolitiker der Union, Hendrik Baumeister, nannte das im „Tagesspiegel“ einen "
             "„richtigen, aber überfälligen Schritt“.")
    assert source_of(an, "überfälligen").name == "Hendrik Baumeister"


def test_calculations_of_a_named_body_are_a_document():
    an = run("Beitritt. Laut Berechnungen der EU-Kommission würde die Ukraine 186 Milliarden Euro erhalten.")
    src = source_of(an, "186 Milliarden")
    assert (src.type, src.name, src.description) == ("document", None, "Berechnungen der EU-Kommission")


def test_a_relative_clause_the_tagger_opened_with_an_article_is_no_message():
    an = run("Batterie. „Die Energiedichte liegt über dem Möglichen“, sagt dagegen der Elektrochemiker Martin "
             "Oyelaran vom Karlsruher Institut für Technologie, den ZEIT ONLINE um eine Einschätzung gebeten hat.")
    said = next(a for a in an.attributions if a.cue and a.cue.text == "sagt")
    assert said.message.text.startswith("Die Energiedichte")
    assert not any(a.cue and a.cue.text == "gebeten" for a in an.attributions)


def test_a_verb_after_und_shares_the_opening_subject_past_its_relative_clause():
    an = run("Erdbeben. Präsident Javier Otárola, der am Nachmittag in das Katastrophengebiet flog, rief einen "
             "60-tägigen Notstand aus und versprach, „niemanden zurückzulassen“.")
    assert source_of(an, "zurückzulassen").name == "Javier Otárola"


def test_the_lawyer_is_the_defence_counsel_just_named():
    an = run("Prozess. Verteidiger Markus Lechner-Thaler hielt dagegen: Sein Mandant habe bezahlt. „Hier wird ein "
             "Bürgermeister angeklagt“, sagte der Anwalt.")
    assert source_of(an, "Bürgermeister angeklagt").name == "Markus Lechner-Thaler"


def test_a_truncated_compound_and_a_party_label_in_an_apposition():
    an = run("Prozess. „Ich habe nichts eingesteckt“, beteuerte der frühere Bürgermeister der Marktgemeinde, "
             "Ferdinand Hollerer (ÖVP), gleich zu Beginn. Dem 58-Jährigen wirft die Wirtschafts- und "
             "Korruptionsstaatsanwaltschaft (WKStA) Bestechlichkeit und Untreue vor.")
    assert source_of(an, "nichts eingesteckt").name == "Ferdinand Hollerer"
    assert "Korruptionsstaatsanwaltschaft" in source_of(an, "Untreue").description


def test_dieser_is_the_man_the_sentence_before_mentions_last():
    an = run("Prozess. Wie der „Standard“ berichtet hatte, stützt sich die Anklage auf die Aussagen eines früheren "
             "Prokuristen der Baufirma. Dieser soll laut dem Bericht angegeben haben, dass Rechnungen umgebucht "
             "worden seien.")
    told = next(a for a in an.attributions if a.cue and a.cue.text == "angegeben")
    src = an.source_by_id(told.source)
    assert src.type == "anonymous" and "Prokuristen" in src.description


def test_an_association_with_a_named_genitive_keeps_its_whole_name():
    an = run("Buchmesse. Der Börsenverein des Deutschen Buchhandels mahnte zur Besonnenheit.")
    assert source_of(an, "Besonnenheit").name == "Börsenverein des Deutschen Buchhandels"


def test_the_person_a_paper_quotes_with_the_words_after_a_second_verb():
    an = run("Plagiat. Die „Frankfurter Rundschau“ griff den Fall auf und zitierte die inzwischen 71-jährige Hovland "
             "mit den Worten: „Ich erkenne meine eigenen Sätze wieder.“")
    inner = next(a for a in an.attributions if a.parent is not None)
    assert an.source_by_id(inner.source).name == "Hovland"
    assert an.source_by_id(next(a for a in an.attributions if a.id == inner.parent).source).type == "media"


def test_pointed_to_when_asked_reports_the_dass_clause():
    an = run("Schule. Das Kultusministerium in Stuttgart verwies auf Anfrage darauf, dass es im laufenden Schuljahr "
             "bereits 31 vergleichbare Drohungen gegeben habe.")
    assert find(an, "31 vergleichbare").message.text.startswith("dass es")


def test_hiess_es_darin_after_a_post_named_before():
    an = run("Schule. Die Drohung war am Dienstagabend in einer Instagram-Story aufgetaucht. „Morgen wird am "
             "Wallberg keiner mehr lachen“, hieß es darin.")
    assert source_of(an, "keiner mehr lachen").type == "social_post"


def test_a_reflexive_clause_of_things_before_a_colon_is_no_report_and_the_speaker_goes_on():
    an = run("Banken. „Privatbanken stehen unter Druck“, sagt Analystin Seraina Caduff. Zudem überschnitten sich die "
             "Kundenstämme kaum: Aaretal sei in der Deutschschweiz stark.")
    assert not any(a.cue and a.cue.text == "überschnitten" for a in an.attributions)
    assert source_of(an, "Deutschschweiz").name == "Seraina Caduff"


def test_a_cue_in_a_fronted_als_clause_reports_up_to_the_main_clause():
    an = run("Debatte. Als er behauptete, die Regierung „plündere die Rentenkasse“, erhob sich lauter Protest auf der "
             "Regierungsbank.")
    assert find(an, "plündere").message.text == "die Regierung „plündere die Rentenkasse“"


def test_a_second_predicate_in_konjunktiv_is_no_complement_and_the_speaker_goes_on():
    an = run("Tram. „Das Gutachten ist eine Ohrfeige“, erklärte Fraktionschef Markus Tiedemann. Man habe seit Monaten "
             "vor einer Kostenexplosion gewarnt, sei aber „systematisch ignoriert“ worden.")
    assert not any(a.cue and a.cue.text == "gewarnt" for a in an.attributions)
    assert source_of(an, "Kostenexplosion").name == "Markus Tiedemann"


def test_a_relative_clause_cue_without_message_is_no_floor_for_the_main_clause():
    an = run("Tram. Anlass des Streits ist ein Gutachten des Ingenieurbüros Vollmer, das der Stadt vorliegt. Demnach "
             "würden sich die Baukosten erhöhen. Auch der Nutzen-Kosten-Faktor, der über die Förderung durch den Bund "
             "entscheidet, sinke laut dem Papier auf 1,08.")
    assert not any(a.cue and a.cue.text == "entscheidet" for a in an.attributions)


def test_nach_dessen_bericht_points_to_the_body_named_before_not_the_last_speaker():
    an = run("Hitze. „Auch nachts kühle es kaum ab“, sagte DWD-Meteorologin Sabine Krell. Wie gefährlich solche "
             "Phasen sind, zeigen Zahlen des Robert Koch-Instituts (RKI). Nach dessen jüngstem Bericht starben im "
             "vergangenen Sommer 3.100 Menschen.")
    assert source_of(an, "3.100 Menschen").name != "Sabine Krell"


def test_a_coordinated_compound_body_and_a_known_organisation_with_its_country():
    an = run("Hitze. Der Hausärztinnen- und Hausärzteverband rief Angehörige auf, sich um ältere Menschen zu kümmern. "
             "Die Diakonie Deutschland kritisierte, wohnungslose Menschen würden nicht mitgedacht. Die Diakonie "
             "forderte mehr kostenlose Trinkwasserstellen.")
    assert "Hausärzteverband" in source_of(an, "ältere Menschen").description
    assert source_of(an, "wohnungslose").name == "Diakonie Deutschland"
    assert source_of(an, "Trinkwasserstellen").name == "Diakonie Deutschland"


def test_zugeben_reports_its_object_when_a_second_predicate_follows():
    an = run("Prozess. Der Mann selbst gebe sexuelle Kontakte zu seiner Tochter zu, spreche aber von "
             "Einvernehmlichkeit.")
    assert find(an, "sexuelle Kontakte").message.text == "sexuelle Kontakte zu seiner Tochter"


def test_der_verband_is_the_association_named_in_a_compound_and_a_stative_passive_is_no_cue():
    an = run("Filialen. Wie der Sparkassenverband Niedersachsen am Dienstag mitteilte, sollen 212 Geschäftsstellen "
             "aufgegeben werden. Die Gewerkschaft Verdi kritisierte die Pläne scharf. Der Verband bestreitet das: "
             "Betriebsbedingte Kündigungen seien ausgeschlossen, die Beschäftigten würden in anderen Filialen "
             "eingesetzt, teilte eine Sprecherin mit.")
    denied = next(a for a in an.attributions if a.cue and a.cue.text == "bestreitet")
    assert an.source_by_id(denied.source).name == "Sparkassenverband Niedersachsen"
    assert not any(a.cue and a.cue.text == "ausgeschlossen" for a in an.attributions)


def test_stadtwerke_keep_their_name_and_a_consumer_advocate_epithet():
    an = run("Gaspreis. Wie die Stadtwerke Mittelrhein am Freitag mitteilten, steigt der Arbeitspreis um 19 Prozent. "
             "Die Großhandelspreise seien gefallen, sagte Energieexpertin Yvonne Hartig. Die Verbraucherschützerin "
             "riet Kunden, Tarife zu vergleichen.")
    assert source_of(an, "Arbeitspreis").name == "Stadtwerke Mittelrhein"
    assert source_of(an, "Tarife zu vergleichen").name == "Yvonne Hartig"


def test_nach_eigenen_angaben_with_vorliegen_is_the_dative_that_holds_the_papers():
    an = run("Korruption. Wie die „Süddeutsche Zeitung“ berichtete, ermittelt die Staatsanwaltschaft. Den Medien "
             "liegen nach eigenen Angaben interne E-Mails sowie ein Vermerk der Innenrevision vor. Aus dem Vermerk "
             "geht demnach hervor, dass sich der Abteilungsleiter mehrfach mit dem Geschäftsführer getroffen hat.")
    own = next(a for a in an.attributions if a.source_mention and a.source_mention.text == "eigenen Angaben")
    assert an.source_by_id(own.source).type == "media"
    assert any(an.source_by_id(a.source).type == "document" for a in an.attributions if a.cue and a.cue.text == "geht")


def test_a_body_before_a_headline_colon_with_two_words_after_it():
    an = run("Klimaaktivisten haben den Flugverkehr lahmgelegt.",
             title="Klimaaktivisten legen Münchner Flughafen lahm – Polizei: Acht Festnahmen")
    head = next(a for a in an.attributions if a.message.start < an.article.text.index("\n"))
    assert head.message.text == "Acht Festnahmen" and an.source_by_id(head.source).type == "organization"


def test_berichten_von_after_an_inverted_subject():
    an = run("Einsamkeit. Auf der Plattform berichteten zahlreiche Nutzerinnen und Nutzer aus ganz Deutschland von "
             "eigenen Erfahrungen.")
    assert find(an, "eigenen Erfahrungen").message.text == "eigenen Erfahrungen"


def test_heisst_es_in_a_document_with_a_number_and_a_hyphened_adjective():
    an = run("Windpark. Die Genehmigung sei „voraussichtlich rechtswidrig“, heißt es in dem 34-seitigen Beschluss, der "
             "dieser Zeitung vorliegt.")
    src = source_of(an, "rechtswidrig")
    assert src.type == "document" and "Beschluss" in src.description


def test_a_genitive_owner_before_an_adjective_and_a_role_and_the_police_inside_a_compound():
    an = run("Ski. Wie die Landespolizeidirektion Tirol am Sonntag mitteilte, stürzte ein Skifahrer. Der Moderator "
             "Till Brandauer ist verletzt. Nach Angaben der Polizei war er allein unterwegs. Brandauers langjähriger "
             "Co-Moderator Kemal Arslan postete auf Instagram ein Foto mit den Worten: „Werd schnell wieder gesund!“")
    assert source_of(an, "allein unterwegs").name == "Landespolizeidirektion Tirol"
    assert source_of(an, "schnell wieder gesund").name == "Kemal Arslan"
