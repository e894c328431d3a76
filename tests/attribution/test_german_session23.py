"""Session 23 (German): clergy titles before a name, and an outlet told without an article after the speaker."""

from __future__ import annotations

from .helpers import find, run, source_of


def test_religious_titles_are_no_part_of_the_name():
    an = run("Orden. „Wir haben zu lange weggesehen“, sagte Provinzial Bruder Matthias Kernleitner. Provinzial "
             "Bruder Matthias Kernleitner sagte, der Orden werde die Vorwürfe aufklären.")
    for words in ("weggesehen", "aufklären"):
        s = source_of(an, words)
        assert (s.type, s.name) == ("person", "Matthias Kernleitner")


def test_a_parish_priest_is_referred_back_to_by_her_title():
    an = run("Gemeinde. Pfarrerin Anne Roth sagte, die Gemeinde stehe zusammen. Die Pfarrerin betonte, niemand "
             "werde allein gelassen.")
    assert source_of(an, "allein gelassen").name == "Anne Roth"


def test_an_outlet_told_without_an_article_is_not_the_speaker():
    an = run("Festnahmen. Die Polizei ermittelt. Wie ein Sprecher MDR SACHSEN bestätigte, wurden zwei Männer "
             "festgenommen.")
    att = next(a for a in an.attributions if a.cue.text == "bestätigte")
    assert att.source_mention.text == "ein Sprecher"
    assert an.source_by_id(att.source).type == "anonymous"
    assert an.source_by_id(att.via).name == "MDR"


def test_the_agency_name_after_its_kind_stays_the_agency():
    an = run("Drohnen. Das meldete die Staatsagentur Tass am Abend. Die Staatsagentur Tass berichtete, es habe "
             "zwei Angriffe gegeben.")
    assert source_of(an, "zwei Angriffe").type == "media"


def test_a_former_nurse_as_a_witness_is_anonymous_and_goes_on():
    an = run("Prozess. Rechtsanwalt Jörg Pfannmüller sagte, sein Mandant habe Fehler gemacht. Eine frühere "
             "Pflegekraft hatte als Zeugin ausgesagt, sie habe Blanko-Formulare unterschreiben müssen. Wer sich "
             "geweigert habe, sei benachteiligt worden.")
    for words in ("Blanko-Formulare", "benachteiligt"):
        s = source_of(an, words)
        assert (s.type, s.count) == ("anonymous", 1)


def test_defence_counsel_and_surname_is_the_lawyer_named_before():
    an = run("Prozess. Ihr Mandant habe Fehler gemacht, sagte Rechtsanwalt Jörg Pfannmüller. Das Urteil ist noch "
             "nicht rechtskräftig. Verteidiger Pfannmüller kündigte an, eine Revision zu prüfen.")
    assert source_of(an, "Revision").name == "Jörg Pfannmüller"


def test_he_after_a_quotation_is_the_defendant_the_sentence_before_is_about():
    an = run("Prozess. Ihr Mandant habe Fehler gemacht, sagte Rechtsanwalt Jörg Pfannmüller. Der Angeklagte selbst "
             "hatte zum Prozessauftakt ein Teilgeständnis abgelegt. „Ich schäme mich für das, was passiert ist“, "
             "sagte er damals.")
    s = source_of(an, "schäme mich")
    assert s.name != "Jörg Pfannmüller" and "Angeklagte" in (s.description or "")


def test_the_person_a_paper_quotes_after_the_quotation_is_the_inner_speaker():
    an = run("Explosion. Wie der „Westerwälder Bote“ berichtet, wurde eine Anwohnerin aus dem Schlaf gerissen. „Die "
             "Fensterscheiben haben gewackelt“, zitiert das Blatt die 68-Jährige.")
    outer = next(a for a in an.attributions if a.source_mention and a.source_mention.text == "das Blatt")
    inner = next(a for a in an.attributions if a.source_mention and a.source_mention.text == "die 68-Jährige")
    assert an.source_by_id(outer.source).type == "media"
    assert an.source_by_id(outer.source).name == "Westerwälder Bote"
    assert inner.parent == outer.id and inner.message.text == outer.message.text


def test_a_paper_cited_in_passing_does_not_adopt_the_next_paragraph():
    an = run("Explosion. Wie der „Spiegel“ berichtet, wurde eine Anwohnerin aus dem Schlaf gerissen.\n\n"
             "Die Ermittler gehen davon aus, dass es sich um eine Bande handelt. Ein Sprecher des Landeskriminalamts "
             "sagte, man prüfe alle Zusammenhänge.")
    for words in ("Bande", "Zusammenhänge"):
        assert find(an, words).parent is None


def test_the_company_is_not_the_union_of_the_headline():
    an = run("Stuttgart (dpa) - Der Autozulieferer Bremtec will rund 1200 Stellen abbauen. Das teilte das Unternehmen "
             "am Mittwoch mit. Im zweiten Quartal sei der Umsatz gesunken.",
             title="Bremtec streicht 1200 Stellen – IG Metall kündigt Widerstand an")
    assert source_of(an, "Stellen abbauen").name == "Bremtec"
    assert source_of(an, "Umsatz gesunken").name == "Bremtec"


def test_a_company_spokesman_answering_a_paper_is_not_the_papers_source():
    an = run("Stellenabbau. Das „Handelsblatt“ berichtet unter Berufung auf Unternehmenskreise, zudem stehe eine "
             "Verlagerung zur Debatte. Ein Konzernsprecher sagte dazu, man werde sich an Spekulationen nicht "
             "beteiligen.")
    assert find(an, "Spekulationen").parent is None
    assert find(an, "Verlagerung").source_mention.text in ("Das „Handelsblatt“", "Unternehmenskreise")


def test_the_striker_and_the_expert_are_the_people_named_before():
    an = run("Fußball. Doppeltorschütze Jonas Wichert gab zu, dass ihm der Sieg peinlich sei. „Ehrlich gesagt hatten "
             "wir auch Glück“, so der Stürmer. „Die Lage ist ernst“, sagte DWD-Meteorologin Jana Strehlow. Die "
             "Expertin riet davon ab, bei Starkregen Keller zu betreten.")
    assert source_of(an, "Glück").name == "Jonas Wichert"
    assert source_of(an, "Keller").name == "Jana Strehlow"
    assert source_of(an, "Lage ist ernst").name == "Jana Strehlow"


def test_a_role_in_the_headline_is_the_person_the_lead_names_with_it():
    an = run("Kaltenbrück (epd) - Die Intendantin des Stadttheaters Kaltenbrück, Miriam Oelschläger, verlässt das "
             "Haus. „Die Stadt will keine Kunst, sondern Auslastung“, schreibt Oelschläger.",
             title="Intendantin geht im Streit: „Die Stadt will keine Kunst, sondern Auslastung“")
    heads = [a for a in an.attributions if a.message.start < an.article.text.index("Kaltenbrück (epd)")]
    assert heads and an.source_by_id(heads[0].source).name == "Miriam Oelschläger"


def test_a_double_first_name_the_tagger_missed_and_a_kiosk_owner_with_a_relative_clause():
    an = run("Lotto. Kioskbesitzerin Gül Demirtaş, in deren Laden der Schein abgegeben wurde, sagt, sie werde ständig "
             "auf den Gewinner angesprochen. Bürgermeister Klaus-Dieter Renner sagte der „Kirchbacher Rundschau“, er "
             "hoffe, dass das Geld im Ort bleibe. Vielleicht spende der Gewinner etwas, fügte er hinzu.")
    assert source_of(an, "ständig").name == "Gül Demirtaş"
    assert source_of(an, "im Ort bleibe").name == "Klaus-Dieter Renner"
    assert source_of(an, "spende").name == "Klaus-Dieter Renner"


def test_a_role_the_tagger_read_as_the_verb_opens_the_speaker():
    an = run("Lotto. Wirt Herbert Scholl winkt ab: „Hier wird viel geredet, wenn der Tag lang ist.“")
    att = find(an, "viel geredet")
    assert att.cue.text == "winkt" and an.source_by_id(att.source).name == "Herbert Scholl"


def test_a_listed_company_is_not_its_stock_index():
    an = run("Frankfurt (Reuters) - Der Spezialchemiekonzern Varodyn hat mehr verdient als erwartet. Der Gewinn sei um "
             "18 Prozent gestiegen, teilte das im MDax notierte Unternehmen am Donnerstag mit.")
    assert source_of(an, "Gewinn sei").name == "Varodyn"


def test_he_closing_the_sentence_is_the_son_the_sentence_before_is_about():
    an = run("Urteil. „Ich würde alles dafür geben“, sagte der Angeklagte. Der Sohn der Getöteten, der als "
             "Nebenkläger auftrat, zeigte sich nach dem Urteil erleichtert. Seine Mutter bekomme damit Gerechtigkeit, "
             "sagte er.")
    s = source_of(an, "Gerechtigkeit")
    assert s.type == "anonymous" and "Sohn" in s.description


def test_foreign_papers_in_a_press_review_are_outlets():
    an = run("Presseschau. Der italienische „Corriere del Nord“ schreibt: „Europa vertagt sich wieder einmal.“ "
             "„Le Monde“ aus Paris kommentiert, die Krise sei eine Vertrauenskrise.")
    s = source_of(an, "vertagt")
    assert (s.type, s.name) == ("media", "Corriere del Nord")
    s = source_of(an, "Vertrauenskrise")
    assert (s.type, s.name) == ("media", "Le Monde")


def test_a_pronoun_with_no_one_before_it_is_an_unnamed_person():
    an = run("Betrug. Wie das Polizeipräsidium mitteilte, hatte sich ein Unbekannter als Polizeibeamter ausgegeben. Er "
             "habe der Seniorin erzählt, ihre Tochter habe einen Unfall verursacht.")
    told = next(a for a in an.attributions if a.cue and a.cue.text == "erzählt")  # s24: inside the police's account
    s = an.source_by_id(told.source)
    assert s.type == "person" and s.name is None


def test_an_outlet_with_its_title_in_apposition_opens_the_sentence():
    s = source_of(run("Festnahme. Seine Redaktion, das Magazin „Weltblick“, wies die Vorwürfe als „absurd“ zurück."),
                  "absurd")
    assert (s.type, s.name) == ("media", "Weltblick")


def test_the_ministry_spokeswoman_is_the_spokeswoman_of_the_ministry_before():
    an = run("Festnahme. Das bestätigte eine Sprecherin des Ministeriums am Freitag. Die Ministeriumssprecherin sagte "
             "dazu nur, man nutze „alle Kanäle“. Hellweges Schwester schrieb auf der Plattform X, die Familie sei "
             "„in großer Sorge“.")
    assert source_of(an, "Kanäle").description == "eine Sprecherin des Ministeriums"
    assert source_of(an, "großer Sorge").type == "anonymous"


def test_a_name_inside_the_quotation_is_not_the_age_epithet():
    an = run("Transfer. Hellenbachs Sportvorstand Frank Ortlepp bestätigte am Montag das Interesse. „Es gibt "
             "Gespräche“, sagte er. „Samuel hat einen Vertrag bis 2028, und wir haben“, betonte der 52-Jährige, "
             "„keinerlei Druck.“ "
             "„Ich konzentriere mich auf Hellenbach“, sagte Torjäger Samuel Nwankwo.")
    assert source_of(an, "Vertrag bis 2028").name == "Frank Ortlepp"
    assert source_of(an, "konzentriere").name == "Samuel Nwankwo"


def test_a_critic_with_his_name_and_the_jurys_reasoning():
    an = run("Literaturpreis. Der Kritiker Hartmut Voigtländer schrieb, der Roman sei „solide, aber überschätzt“. "
             "In der Begründung der Jury heißt es, Morgenroth gelinge ein großer Roman. Die Autorin verbinde "
             "Genauigkeit mit Zärtlichkeit. Die Laudatio hält nach Angaben der Stiftung der Schriftsteller Tomasz "
             "Wierzbicki.")
    s = source_of(an, "überschätzt")
    assert (s.type, s.name) == ("person", "Hartmut Voigtländer")
    assert source_of(an, "großer Roman").type == "document"
    assert source_of(an, "Zärtlichkeit").type == "document"
    nach = next(a for a in an.attributions if a.cue and a.cue.text == "nach")
    assert nach.source_mention.text == "Angaben der Stiftung"


def test_local_authorities_in_the_genitive_plural_and_a_spokesman_in_the_capital():
    an = run("Krieg. Nach Angaben örtlicher Behörden kamen mindestens neun Menschen ums Leben. Die Separatisten hätten "
             "Stellungen beschossen, teilte ein Sprecher in der Hauptstadt Karesgrad mit.")
    assert source_of(an, "neun Menschen").description == "örtlicher Behörden"
    s = source_of(an, "Stellungen")
    assert s.type == "anonymous" and s.affiliation is None


def test_the_next_speaker_in_parliament_after_the_parliamentary_group():
    an = run("Bundestag. Als Nächster spricht für die Fraktion Bündnis 90/Die Grünen der Kollege Konstantin von Notz. "
             "Als Nächstes spricht für die Fraktion Die Linke der Kollege Niema Movassat.")
    mentions = [act.source_mention.text for act in an.speech_acts if act.source_mention]
    assert mentions == ["der Kollege Konstantin von Notz", "der Kollege Niema Movassat"]


def test_a_company_name_before_its_legal_form_and_laut_unternehmen():
    an = run("Windpark. Der Projektierer, die Windkontor Mittelgebirge GmbH, kündigte an, noch in diesem Jahr mit dem "
             "Bau zu beginnen. Laut Unternehmen sollen die Windräder 14.000 Haushalte versorgen.")
    assert source_of(an, "mit dem Bau").name == "Windkontor Mittelgebirge GmbH"
    assert source_of(an, "Haushalte").name == "Windkontor Mittelgebirge GmbH"


def test_a_journal_title_is_no_quotation_and_das_berichten_forscher():
    an = run("Studie. Ein kurzer Mittagsschlaf schützt das Herz. Das berichtet ein Forschungsteam im Fachjournal "
             "„European Journal of Preventive Sleep Research“. Längere Pausen schaden eher. Das berichten Forscher im "
             "Fachmagazin „Nature“.")
    assert all("European Journal" not in a.message.text for a in an.attributions)
    assert source_of(an, "Längere Pausen").type == "anonymous"


def test_a_press_review_with_titles_only_and_the_paper_named_just_before():
    an = run("Presseschau. Die „Frankfurter Allgemeine Zeitung“ schreibt: „Die Koalition kauft sich Ruhe.“ Ganz anders "
             "die „Neue Ostholsteiner Zeitung“. Das Blatt meint, die Reform sei „ein Gebot des Anstands“. Der "
             "„Märkische Abendspiegel“ erinnert daran, dass auch die Opposition kein Konzept vorgelegt habe. Die "
             "Berliner „tageszeitung“ kritisiert vor allem die Finanzierung.")
    assert source_of(an, "Gebot des Anstands").name == "Neue Ostholsteiner Zeitung"
    assert source_of(an, "kein Konzept").type == "media"
    assert source_of(an, "Finanzierung").name == "taz"


def test_a_colon_quotation_after_a_dash_in_the_headline():
    an = run("Berlin (AFP) - Bundesinnenminister Henning Falkenrath will die Kontrollen verlängern.",
             title="Innenminister will Grenzkontrollen verlängern – Grüne: „Symbolpolitik“")
    head = next(a for a in an.attributions if a.message.text == "Symbolpolitik")
    assert head.source_mention.text == "Grüne" and head.mode == "direct"
    assert an.source_by_id(head.source).type == "organization"


def test_scientists_by_their_discipline():
    an = run("Badeseen. „Eine akute Gefahr sehen wir nicht“, sagte Studienleiterin Martina Eckhoff. Die Forscher "
             "fanden Keime. „Das ist ein Warnsignal“, sagte die Mikrobiologin. Eine Virologin sagte, die Lage sei "
             "ernst.")
    assert source_of(an, "Warnsignal").name == "Martina Eckhoff"
    assert source_of(an, "Lage sei ernst").type == "anonymous"
