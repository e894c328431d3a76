"""Session 34 (German, round 43: every kind of source, referring back): an age that opens a sentence after an
unnamed speaker who named someone."""

from __future__ import annotations

from .helpers import mention_of, run, source_of


def test_an_age_opening_a_sentence_is_the_person_named_after_an_unnamed_speaker():
    an = run("Für die Koalition kommt die Affäre zur Unzeit. Ein Abgeordneter der Koalition sagte hinter vorgehaltener "
             "Hand, die Sache könne auch für Minister Felix Waldner gefährlich werden. Der 47-Jährige, der das Ressort "
             "seit vergangenem Jahr führt, hatte vergangene Woche im Bundestag erklärt, er habe von den umstrittenen "
             "Verträgen erst aus der Presse erfahren.")
    assert source_of(an, "gefährlich").type == "anonymous"
    assert source_of(an, "umstrittenen Verträgen").name == "Felix Waldner"


def test_an_age_after_a_quote_stays_with_the_unnamed_speaker():
    an = run("In der Nacht brannte ein Wohnhaus. Ein Anwohner sagte, er habe Peter Müller um Hilfe rufen hören. "
             "„Es war furchtbar“, sagte der 58-Jährige.")
    assert source_of(an, "furchtbar").type == "anonymous"
    an = run("In der Nacht brannte ein Wohnhaus. Ein 58-jähriger Anwohner sagte, er habe Peter Müller um Hilfe rufen "
             "hören. Der 58-Jährige betonte, er habe sofort die Feuerwehr gerufen.")
    assert source_of(an, "Feuerwehr").type == "anonymous"


def test_documents_behind_heisst_es_with_an_attribute_before_their_noun():
    an = run("Das Landesverfassungsgericht hat Teile der Reform gekippt. Der Neuzuschnitt mehrerer Wahlkreise verletze "
             "den Grundsatz der Wahlgleichheit, heißt es in dem am Freitag verkündeten Urteil.")
    assert source_of(an, "Neuzuschnitt").type == "document"
    an = run("Das Kartellamt hat die Fusion genehmigt. In dem rund 140 Seiten starken Beschluss heißt es, beide "
             "Unternehmen kämen auf einen hohen Marktanteil.")
    assert source_of(an, "Marktanteil").type == "document"
    assert "Beschluss" in mention_of(an, "Marktanteil")


def test_an_offer_document_a_presentation_and_a_notice_are_documents():
    for body, needle in (
        ("In der Angebotsunterlage, die bei der BaFin eingereicht wurde, heißt es, das Filialnetz werde überprüft.",
         "Filialnetz"),
        ("In einer internen Präsentation, die der Zeitung vorliegt, heißt es, der Standort sei nicht mehr "
         "wettbewerbsfähig.", "Standort"),
        ("Aus dem Bescheid der Aufsicht geht hervor, dass sich mehr als 12.000 Verdachtsfälle angestaut hatten.",
         "Verdachtsfälle"),
    ):
        assert source_of(run(body), needle).type == "document", body


def test_the_authority_and_the_bank_opening_the_sentence_before():
    an = run("Frankfurt/Berlin (dpa) – Die Finanzaufsicht BaFin hat gegen die Smartphone-Bank Finora ein Bußgeld "
             "verhängt. Das Institut habe verdächtige Transaktionen zu spät gemeldet, teilte die Behörde mit.",
             title="BaFin verhängt Bußgeld")
    assert source_of(an, "Transaktionen").name == "BaFin"
    an = run("Die Hamburger Elbe Kreditbank will das Münchner Bankhaus Lindemann übernehmen. Wie das Institut am "
             "Montag mitteilte, bietet es den Aktionären 38,50 Euro je Aktie. Bankhaus Lindemann erklärte, der "
             "Vorstand werde das Angebot prüfen.", title="Übernahme")
    assert source_of(an, "38,50").name == "Elbe Kreditbank"
    lindemann = source_of(an, "Vorstand")
    assert (lindemann.name, lindemann.type) == ("Bankhaus Lindemann", "organization")


def test_die_zeitung_after_a_paper_named_in_the_dative():
    an = run("Eine frühere Pflegekraft sagte der „Augsburger Allgemeinen“, Touren seien über Jahre verlängert worden. "
             "Die Zeitung hatte bereits im Herbst berichtet, die Kriminalpolizei ermittle gegen drei Pflegedienste.")
    paper = source_of(an, "Kriminalpolizei")
    assert (paper.name, paper.type) == ("Augsburger Allgemeine", "media")


def test_a_role_in_her_own_group_is_the_woman_named_before():
    an = run("Die Grünen-Abgeordnete Lea Harms forderte am Mittwoch im Landtag den Rücktritt des Ministers. „Der "
             "Minister hat das Parlament monatelang im Unklaren gelassen“, sagte die innenpolitische Sprecherin ihrer "
             "Fraktion.")
    assert source_of(an, "Unklaren").name == "Lea Harms"
    an = run("Die Grünen-Abgeordnete Lea Harms forderte den Rücktritt des Ministers. „Das ist überzogen“, sagte der "
             "Sprecher ihrer Partei.")
    assert source_of(an, "überzogen").type == "anonymous"


def test_a_party_epithet_is_the_member_of_that_party_not_the_man_quoted_since():
    an = run("„Wir werden keinen Haushalt mittragen, der auf dem Rücken der Ärmsten saniert wird“, sagte "
             "SPD-Fraktionsvize Miriam Oltmanns am Dienstag in Berlin.\n\nDer CDU-Haushaltspolitiker Bernd Kessler "
             "verteidigte die Pläne. „Wer arbeiten kann, muss auch arbeiten“, sagte der 58-Jährige der Deutschen "
             "Presse-Agentur. Es gehe um Fairness gegenüber jenen, die den Sozialstaat finanzierten.\n\n„Realität ist, "
             "dass Millionen Menschen jeden Euro zweimal umdrehen müssen“, konterte die Sozialdemokratin im Bundestag.")
    assert source_of(an, "Fairness").name == "Bernd Kessler"
    assert source_of(an, "zweimal umdrehen").name == "Miriam Oltmanns"


def test_a_firm_chief_epithet_is_the_chief_named_with_that_firm():
    an = run("„Das ist ein wichtiger Meilenstein für unser Europageschäft“, sagte Vantera-Chef Robert Hale in einer "
             "Telefonkonferenz. Rheinfels-Vorstandschef Stefan Maurer schrieb auf LinkedIn, mit Vantera im Rücken "
             "könne das Unternehmen schneller wachsen. „Wir haben schon zu oft Sparprogramme erlebt“, sagte "
             "Bezirksleiter Dirk Hansen. Die Standortvereinbarung müsse eingehalten werden, forderte der "
             "Gewerkschafter. Der Vantera-Chef sagte zu, alle bestehenden Vereinbarungen zu respektieren.")
    assert source_of(an, "schneller wachsen").name == "Stefan Maurer"
    assert source_of(an, "Vereinbarungen zu respektieren").name == "Robert Hale"


def test_an_epithet_is_the_speaker_just_named_though_the_tagger_missed_his_name():
    an = run("„Wir operieren unter Bedingungen, die man sich kaum vorstellen kann“, sagte Projektkoordinatorin Marie "
             "Lefèvre der Nachrichtenagentur AFP.\n\nHinter dem Angriff stünden die Rapid Support Forces (RSF), sagte "
             "Armeesprecher Brigadegeneral Khalid al-Nur in Port Sudan. Der Offizier kündigte an, die Armee werde den "
             "Belagerungsring in Kürze durchbrechen.")
    assert source_of(an, "Belagerungsring").name == "Khalid al-Nur"


def test_a_place_before_a_headline_colon_is_a_topic_when_someone_speaks_after_it():
    an = run("Die Lage in der Stadt spitzt sich zu.", title="Sudan: Helfer warnen vor Hungersnot in al-Faschir")
    assert all(s.name != "Sudan" for s in an.sources)


def test_heisst_es_darin_after_a_clause_opened_by_a_preposition_is_the_paper():
    an = run("Auslöser ist ein internes Papier des Bundesfinanzministeriums, über das zuerst der „Spiegel“ berichtet "
             "hatte. Beim Bürgergeld sollen im kommenden Jahr rund 3,2 Milliarden Euro eingespart werden, heißt es "
             "darin.")
    assert source_of(an, "Bürgergeld").type == "document"


def test_a_known_organisation_with_lower_case_words_in_its_name():
    an = run("Die Organisation Ärzte ohne Grenzen teilte mit, das Krankenhaus sei beschossen worden. Ein Sprecher von "
             "Ärzte ohne Grenzen sagte, es gebe Tote.")
    msf = source_of(an, "beschossen")
    assert (msf.name, msf.type) == ("Ärzte ohne Grenzen", "organization")
    assert source_of(an, "Tote").type == "anonymous"


def test_party_epithets_match_either_form_of_the_party_and_ignore_place_labels():
    an = run("„Ohne zusätzliches Geld wird der Preis erneut steigen müssen“, sagte die nordrhein-westfälische "
             "Verkehrsministerin Petra Vossberg (Grüne) am Donnerstag. Das Ministerium erklärte, mehr Mittel seien "
             "nicht darstellbar.\n\nDie Grünen-Politikerin kündigte an, die Länder würden das Thema erneut auf die "
             "Tagesordnung setzen.")
    assert source_of(an, "Tagesordnung").name == "Petra Vossberg"
    an = run("NRW-Innenminister Herbert Reul verteidigte die Razzia. Die Beamten hätten professionell gearbeitet, "
             "sagte der CDU-Politiker.")
    assert source_of(an, "professionell").name == "Herbert Reul"


def test_der_verband_after_a_body_named_in_the_genitive():
    an = run("Laut einem Gutachten im Auftrag des Verbands Deutscher Verkehrsunternehmen (VDV) fehlen rund 800 "
             "Millionen Euro. Ohne Gegenfinanzierung müssten die Betriebe ihr Angebot ausdünnen, heißt es in der "
             "Untersuchung. Der Verband warnte, ein Preis von mehr als 60 Euro werde Abonnenten vertreiben.")
    assert source_of(an, "Abonnenten").name == "Verband Deutscher Verkehrsunternehmen"


def test_der_angeklagte_is_the_person_named_with_the_charge():
    an = run("Der 27 Jahre alte Dennis W. ist wegen Totschlags angeklagt. Er soll im August nach einem Streit auf "
             "Kevin S. eingestochen haben. „Ich wollte das nicht, ich hatte einfach Angst“, sagte der Angeklagte.")
    assert source_of(an, "Angst").name == "Dennis W."


def test_a_motion_is_a_document_and_the_treasury_a_body():
    an = run("Im Leitantrag heißt es, das Land brauche einen handlungsfähigen Staat. Nach Angaben der Kämmerei liegt "
             "die Verschuldung bei 80 Millionen Euro.")
    assert source_of(an, "handlungsfähigen").type == "document"
    assert source_of(an, "Verschuldung").type == "organization"


def test_der_aged_epithet_reaches_a_man_named_two_long_sentences_before():
    an = run("Im Untersuchungsausschuss des Landtags ist am Montag der frühere Innenstaatssekretär Klaus Dörrbecker "
             "als Zeuge vernommen worden. Der Ausschuss untersucht seit vergangenem Herbst, ob bei der Besetzung von "
             "Führungsposten im Polizeipräsidium Koblenz das Parteibuch wichtiger war als die Qualifikation. „Ich habe "
             "zu keinem Zeitpunkt Einfluss auf einzelne Personalentscheidungen genommen“, sagte der 61-Jährige.")
    assert source_of(an, "Personalentscheidungen").name == "Klaus Dörrbecker"


def test_a_delegate_from_a_body_that_spoke_is_unnamed():
    an = run("Der Kreisverband Pinneberg forderte, die Frauenquote zu erhöhen. Ein Delegierter aus dem Kreisverband "
             "Pinneberg, der anonym bleiben wollte, sagte, viele Frauen in der Partei fühlten sich übergangen.")
    assert source_of(an, "Frauenquote").name == "Kreisverband Pinneberg"
    assert source_of(an, "übergangen").type == "anonymous"


def test_an_epithet_is_not_the_person_its_own_message_is_about():
    an = run("Der Bürgermeister Georg Meixner verlor die Wahl. Deutlicher wurde ein langjähriges Mitglied des "
             "Stadtrats. Meixner habe zuletzt zu wenig zugehört, sagte der Kommunalpolitiker.")
    assert source_of(an, "zugehört").name != "Georg Meixner"


def test_an_attribute_with_an_adjective_before_a_motion_and_a_youngster_named_before():
    an = run("In dem mit großer Mehrheit beschlossenen Leitantrag heißt es, das Land brauche einen handlungsfähigen "
             "Staat.")
    assert source_of(an, "handlungsfähigen").type == "document"
    an = run("Lindqvists Vertreter, der 20-jährige Jannik Rost, parierte in der Schlussphase drei Siebenmeter. „Ich "
             "bin einfach reingegangen und habe nicht viel nachgedacht“, sagte der Youngster.")
    assert source_of(an, "reingegangen").name == "Jannik Rost"


def test_fact_checks_posts_sharepics_and_videos_are_posts():
    an = run("Ein Sharepic, das seit Tagen auf Facebook und Telegram kursiert, erhebt schwere Vorwürfe gegen den "
             "Deutschen Wetterdienst. Die Behörde habe gezielt Messstationen in Innenstädte verlegt, heißt es darauf.")
    assert source_of(an, "Messstationen").type == "social_post"
    an = run("In einem Video, das derzeit auf X und TikTok die Runde macht, heißt es, ukrainische Soldaten verkauften "
             "westliche Hilfsgüter auf einem Markt. Mimikama berichtete, eine ähnliche Fälschung sei schon 2023 "
             "aufgetaucht.")
    assert source_of(an, "Hilfsgüter").type == "social_post"
    mimikama = source_of(an, "Fälschung")
    assert (mimikama.name, mimikama.type) == ("Mimikama", "media")


def test_a_sunday_paper_before_zufolge_and_a_directory_as_document():
    an = run("Einem Bericht der Zeitung Welt am Sonntag zufolge sei das Projekt gescheitert. Aus dem "
             "Stationsverzeichnis des Wetterdienstes geht hervor, dass die meisten Stationen auf dem Land stehen.")
    assert source_of(an, "gescheitert").type == "media"
    assert source_of(an, "Stationen").type == "document"


def test_dazu_after_a_speech_verb_is_no_particle():
    an = run("In dem Ort seien mehr als 3100 Stimmen gezählt worden, schreibt ein Nutzer dazu.")
    assert source_of(an, "Stimmen").type == "anonymous"


def test_a_channel_fronting_a_passive_claim_is_the_post_and_the_beitrag_after_it():
    an = run("In einem Telegram-Kanal mit mehr als 40.000 Abonnenten wird behauptet, die HPV-Impfung mache junge "
             "Frauen unfruchtbar. „Zehntausende Mädchen werden nie eigene Kinder bekommen“, heißt es in dem Beitrag.")
    channel = source_of(an, "unfruchtbar")
    assert channel.type == "social_post"
    assert source_of(an, "Zehntausende") is channel


def test_a_relative_after_a_name_and_its_place_of_origin_is_the_person():
    an = run("Verbreitet hat ihn der Kreistagsabgeordnete Heiko Brandner aus dem Landkreis Harzvorland, der dazu "
             "schrieb, das sei der Gipfel der Ungerechtigkeit.")
    assert source_of(an, "Gipfel").name == "Heiko Brandner"
