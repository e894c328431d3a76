"""Session 31 (German, round 41): numbered sections of a ruling, quoted names a relative clause is about."""

from __future__ import annotations

from reportedly.language.tokenize import tokenize

from .helpers import run, source_of


def test_a_roman_section_number_is_no_initial_of_the_next_word():
    tokens, sentences = tokenize("Der BGH hat entschieden.\n\nI. Das Berufungsgericht hat angenommen.")
    assert [t.text for t in tokens][5:8] == ["I", ".", "Das"]


def test_the_court_after_a_section_number_is_named_without_it():
    an = run("Der Bundesgerichtshof hat die Revision zurückgewiesen.\n\nI. Das Berufungsgericht hat angenommen, der "
             "Kläger könne Schadensersatz verlangen. Die Beklagte habe ohne Zustimmung Fotos veröffentlicht.")
    assert "I." not in (source_of(an, "Fotos").name or "")
    assert source_of(an, "Fotos").type == "organization"


def test_an_initial_at_a_line_start_still_opens_a_name():
    tokens, _ = tokenize("Der Parteitag ging zu Ende.\n\nA. Merkel sagte danach, es sei gut gelaufen.")
    assert "A." in [t.text for t in tokens]


def test_a_quoted_name_before_a_relative_clause_is_no_message_of_its_verb():
    an = run("Das ist in den „elf Geboten der Sicherheit“, die jeder Facebook-Nutzer akzeptieren muss, genau "
             "geregelt. Der Minister sagte, das reiche nicht.")
    assert not any("Geboten" in a.message.text for a in an.attributions)


def test_a_quotation_of_a_speaker_before_a_relative_clause_stays_his():
    an = run("Der Kanzler sprach von der „größten Krise seit Jahrzehnten“, die das Land erlebe.")
    assert any("größten Krise" in a.message.text for a in an.attributions)


def test_a_quoted_reproach_before_a_relative_clause_is_the_reproach():
    an = run("Wenn Sie jetzt damit anfangen, schaffen Sie genau jene „Herrschaft des Unrechts“, die Sie vor geraumer "
             "Zeit noch Frau Merkel vorgeworfen haben.")
    assert any("Herrschaft des Unrechts" in a.message.text for a in an.attributions)


def test_a_body_named_by_common_nouns_is_named_by_the_words_its_acronym_spells():
    an = run("Der Verband Bildung und Erziehung (VBE) kritisierte die Pläne. Der VBE sagte, man sei enttäuscht.")
    assert source_of(an, "enttäuscht").name == "Verband Bildung und Erziehung"


def test_an_acronym_the_words_do_not_spell_names_nothing():
    an = run("Der Verband der Lehrkräfte (VBE) kritisierte, die Klassen seien zu groß.")
    assert (source_of(an, "Klassen").name or "") != "Lehrkräfte"


def test_the_company_is_the_one_that_opened_the_sentence_before_not_the_body_that_spoke_first():
    an = run("Der Deutsche Wetterdienst (DWD) warnte, der Sturm werde stärker. Die Deutsche Bahn stellte den "
             "Fernverkehr vorsorglich ein. „Die Sicherheit unserer Fahrgäste hat Vorrang“, schrieb das Unternehmen "
             "auf X.")
    assert source_of(an, "Sicherheit").name == "Deutsche Bahn"


def test_an_acronym_is_named_by_the_words_that_spelled_it_out_before():
    an = run("Die Lage sei ernst, sagte ein Sprecher des Deutschen Wetterdienstes (DWD). Der DWD warnte, es werde "
             "Sturm geben.")
    assert source_of(an, "Sturm").name == "Deutscher Wetterdienst"


def test_a_police_district_is_part_of_the_name():
    an = run("Wie die Polizeidirektion West mitteilte, wurde das Feuer gegen 14.20 Uhr gemeldet.")
    assert source_of(an, "Feuer").name == "Polizeidirektion West"


def test_der_verband_is_the_verein_named_before():
    an = run("Der Deutsche Alpenverein (DAV) rief Wintersportler zur Vorsicht auf. „Ausrüstung allein schützt nicht“, "
             "schrieb der Verband auf Instagram.")
    assert source_of(an, "Ausrüstung").name == "Deutscher Alpenverein"


def test_the_acronym_meteorologist_is_the_unnamed_meteorologist_not_the_fire_chief():
    an = run("Die Hagelkörner seien sechs Zentimeter groß gewesen, bestätigte ein Meteorologe des Deutschen "
             "Wetterdienstes. „Davon können wir nur abraten“, sagte Kreisbrandrat Dieter Hofmann. Auch für Dienstag "
             "seien Gewitter möglich, sagte der DWD-Meteorologe.")
    first, last = source_of(an, "Hagelkörner"), source_of(an, "Dienstag")
    assert last.type == "anonymous" and last.id == first.id


def test_people_after_an_attribute_with_nouns_of_its_own_are_the_speakers():
    an = run("Zwei mit der Logistik großer Chemiekonzerne vertraute Personen sagten, erste Unternehmen prüften "
             "bereits andere Transporte.")
    assert source_of(an, "Transporte").type == "anonymous"


def test_a_wie_clause_is_no_message_of_the_verb_before_it():
    an = run("Der Mann habe die Trennung nicht akzeptieren wollen, wie Suchanfragen auf seinem Mobiltelefon belegten.")
    assert not any(a.message.text.startswith("wie Suchanfragen") for a in an.attributions)


def test_a_question_after_darlegen_stays_its_message():
    an = run("In seinem Manifest legt er dar, wie er sich die Zukunft seines Unternehmens vorstellt.")
    assert any(a.message.text.startswith("wie er sich") for a in an.attributions)


def test_the_clause_after_two_participles_is_the_second_ones_past_a_phrase():
    an = run("Die Staatsanwältin hatte lebenslange Haft beantragt und in ihrem Plädoyer erklärt, an der Heimtücke "
             "gebe es keinen Zweifel.")
    cues = [a.cue.text for a in an.attributions if "Heimtücke" in a.message.text]
    assert cues == ["erklärt"]


def test_a_participle_and_und_start_no_noun_phrase_message():
    an = run("Der Minister hat die Pläne kritisiert und angekündigt, er werde klagen.")
    assert not any(a.message.text.startswith("und") for a in an.attributions)


def test_coming_to_a_result_reports_the_dass_clause():
    an = run("Der Sachverständige Thomas Lindner war zu dem Ergebnis gekommen, dass der Angeklagte voll "
             "schuldfähig ist.")
    assert source_of(an, "schuldfähig").name == "Thomas Lindner"


def test_the_agency_spokesman_is_the_named_spokesman_of_the_prosecutors():
    an = run("Oberstaatsanwalt Lars Meiners, Sprecher der Staatsanwaltschaft Osnabrück, kündigte an, Haftbefehle zu "
             "beantragen. Es sei nicht ausgeschlossen, dass weitere Verdächtige ermittelt würden, sagte der "
             "Behördensprecher.")
    assert source_of(an, "Verdächtige").name == "Lars Meiners"
    assert "Sprecher der Staatsanwaltschaft" in source_of(an, "Verdächtige").role


def test_a_list_of_accused_with_commas_keeps_the_particle_of_vorwerfen():
    an = run("Die Bundesanwaltschaft wirft Hamza B. (26), Emre Y. (22) und dem 19-jährigen Ilyas M. vor, einen "
             "Anschlag geplant zu haben.")
    assert source_of(an, "Anschlag").name == "Bundesanwaltschaft"


def test_what_can_be_explained_is_no_report_and_the_sentence_continues_the_speaker():
    an = run("Über seine Verteidigerin ließ er erklären, er habe das Mädchen flüchtig gekannt. Dadurch lasse sich "
             "auch die DNA-Spur erklären, mit ihrem Tod habe er nichts zu tun.")
    cont = next(a for a in an.attributions if "DNA-Spur" in a.message.text)
    assert cont.cue is None and cont.source == source_of(an, "flüchtig").id


def test_a_statement_one_can_make_stays_a_report():
    an = run("Wenn wir nach Stuttgart schauen, dann lässt sich sagen, dass Fahrverbote nicht helfen.")
    assert any("Fahrverbote" in a.message.text for a in an.attributions)


def test_the_paper_a_wie_clause_cites_goes_on_in_the_next_konjunktiv_sentence():
    an = run("Ein Sprecher der Stadtverwaltung sagte, bis 2030 sollten 2.500 Wohnungen entstehen. Dieses Ziel wird "
             "klar verfehlt, wie aus einem internen Papier hervorgeht, das der „Leipziger Volkszeitung“ vorliegt. Im "
             "vergangenen Jahr seien nur 1.400 Wohnungen fertiggestellt worden.")
    assert source_of(an, "1.400").type == "document"


def test_er_is_the_student_described_in_the_sentence_before():
    an = run("Ein Sprecher der Stadtverwaltung sagte, es gebe zu wenige Wohnungen.\n\nFür Wohnungssuchende wie Jonas "
             "Albrecht ist das wenig tröstlich. Der 23-jährige Student sucht seit vier Monaten eine Bleibe. „Auf jede "
             "Anzeige melden sich Hunderte“, erzählt er.")
    assert source_of(an, "Anzeige").name == "Jonas Albrecht"


def test_firmenangaben_are_the_company_named_before():
    an = run("Die Küstenfisch Feinkost GmbH aus Cuxhaven ruft einen Lachs zurück. In Proben seien Listerien "
             "nachgewiesen worden, teilte das Unternehmen mit. Verkauft wurde die Ware nach Firmenangaben in "
             "Supermärkten.")
    assert source_of(an, "Supermärkten").name == "Küstenfisch Feinkost GmbH"


def test_die_behoerde_is_the_federal_office_that_opened_the_sentence_before():
    an = run("Das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit (BVL) veröffentlichte den Rückruf. Eine "
             "Infektion könne Fieber auslösen, warnt die Behörde dort.")
    assert source_of(an, "Fieber").name == "Bundesamt für Verbraucherschutz und Lebensmittelsicherheit"


def test_aus_after_a_genitive_is_no_part_of_the_source():
    an = run("Die Ware stammt nach Angaben des Sprechers aus einer einzigen Produktionslinie.")
    a = next(a for a in an.attributions if a.cue.text == "nach")
    assert a.source_mention.text == "Angaben des Sprechers"


def test_the_outlet_written_to_is_no_subject():
    an = run("Ein Sprecher von NetBridge schrieb in einer E-Mail an die Nachrichtenagentur Reuters, ein Update stehe "
             "zur Verfügung.")
    assert source_of(an, "Update").type == "anonymous"


def test_a_researcher_introduced_without_a_name_is_not_the_person_named_before():
    an = run("„Wir beobachten Angriffe“, sagte Martin Kühne, Referatsleiter im BSI. Die Lücke wurde von einem "
             "niederländischen Sicherheitsforscher entdeckt. Der Forscher schrieb auf Mastodon, NetBridge habe nicht "
             "reagiert.")
    assert source_of(an, "reagiert").name is None


def test_a_researcher_named_after_her_introduction_is_still_her():
    an = run("Eine Forscherin der Universität Bonn, Anna Berg, hat die Lücke bestätigt. Die Forscherin sagte, das "
             "sei schlimm.")
    assert source_of(an, "schlimm").name == "Anna Berg"


def test_the_opposition_leader_is_the_challenger_named_before():
    an = run("Sein Herausforderer Peter Chikwanha warf der Kommission vor, das Ergebnis gefälscht zu haben.\n\n„Die "
             "Menschen wurden betrogen“, sagte der 47-jährige Oppositionsführer vor Anhängern.")
    assert source_of(an, "betrogen").name == "Peter Chikwanha"


def test_dem_bericht_is_the_outlet_the_sentence_before_named():
    an = run("Die Nachrichtenagentur Xinhua meldete, die Übung habe begonnen. Das chinesische Staatsfernsehen CCTV "
             "zeigte am Morgen Aufnahmen von Kampfjets. Beteiligt seien auch Schiffe der Küstenwache, hieß es in dem "
             "Bericht.")
    assert source_of(an, "Küstenwache").name == "CCTV"


def test_a_conclusion_anyone_comes_to_reports_nothing():
    an = run("Man liest den Entwurf. Aber am Ende kommt man zu dem Ergebnis: Strafrecht ist Uhrmacherarbeit.")
    assert not any("Uhrmacherarbeit" in a.message.text for a in an.attributions)


def test_mehr_after_a_genitive_opens_the_next_phrase():
    an = run("Insgesamt waren nach Schätzungen des Landkreises mehr als 200 Feuerwehrleute im Einsatz.")
    assert an.attributions[0].source_mention.text == "Schätzungen des Landkreises"


def test_das_bild_in_the_sentence_before_is_no_outlet():
    an = run("Salazar schrieb, die Stimmen würden das Bild drehen. „Wir werden jede Stimme verteidigen“, hieß es in "
             "dem Beitrag weiter.")
    assert (source_of(an, "verteidigen").name or "") != "Bild"


def test_dieser_zeitung_is_told_not_telling():
    an = run("Zwei Lehrkräfte, die anonym bleiben wollten, bestätigten dieser Zeitung, in den Räumen habe es muffig "
             "gerochen.")
    assert source_of(an, "muffig").type == "anonymous"


def test_a_quoted_paper_name_after_laut_is_media():
    an = run("Laut „Ostheimer Anzeiger“ will der Stadtrat im März über den Entwurf beraten.")
    assert source_of(an, "Stadtrat").type == "media"


def test_a_hyphenated_surname_after_von_and_the_outlet_told():
    an = run("„Valerie gehört für uns längst zur Familie“, sagte Fürst Albrecht von Sayn-Lindenau dem Südwestrundfunk.")
    assert source_of(an, "Familie").name == "Albrecht von Sayn-Lindenau"


def test_a_talent_agency_is_no_news_agency_and_its_relative_clause_no_message():
    an = run("Vellner werde in München operiert, teilte die Agentur Stageline mit, die den Sänger managt.")
    src = source_of(an, "operiert")
    assert src.type == "organization" and src.name == "Stageline"


def test_der_sender_is_the_broadcaster_of_the_show_named_before():
    an = run("Schlagersänger Marco Vellner muss die RTL-Tanzshow „Let's Dance“ vorzeitig verlassen. Der 38-Jährige "
             "habe sich beim Training verletzt, teilte der Sender am Donnerstag mit.")
    assert source_of(an, "Training").name == "RTL"


def test_the_dateline_agency_is_not_die_zeitung():
    an = run("Berlin (AFP) – Nach einem Bericht des „Handelsblatts“ plant das Ministerium eine höhere Tabaksteuer. Wie "
             "die Zeitung berichtet, soll eine Packung teurer werden.")
    assert source_of(an, "Packung").name == "Handelsblatt"


def test_sie_is_the_singer_not_her_management():
    an = run("Die Sängerin Lea Sommerfeld hat ihre Tournee abgesagt. Ihr Management bestätigte, dass alle Konzerte "
             "entfallen. Weitere Details wolle man nicht nennen. Schon damals hatte sie im Gespräch mit dem „Spiegel“ "
             "eingeräumt, mit dem Erfolg zu kämpfen.")
    assert source_of(an, "Erfolg").name == "Lea Sommerfeld"


def test_an_organiser_names_a_company():
    an = run("Tickets könnten zurückgegeben werden, teilte der Veranstalter Nordlicht Concerts mit.")
    assert source_of(an, "Tickets").type == "organization"


def test_a_commissioner_with_a_place_adjective_tagged_as_a_body():
    an = run("„Wer Beschäftigte verfolgt, greift in ihre Grundrechte ein“, sagte die Hamburgische "
             "Datenschutzbeauftragte Miriam Oltmanns.")
    assert source_of(an, "Grundrechte").name == "Miriam Oltmanns"


def test_das_unternehmen_is_the_start_up_the_sentence_before_opened_with():
    an = run("Das Münchner KI-Start-up Veltris hat 120 Millionen Euro eingesammelt. Angeführt werde die Runde vom "
             "Geldgeber Northbeam Ventures, teilte das Unternehmen am Mittwoch mit.")
    assert source_of(an, "Angeführt").name == "Veltris"


def test_the_organiser_and_its_figures_stay_one_company():
    an = run("Die Sängerin Lea Sommerfeld hat ihre Tournee abgesagt. Tickets könnten zurückgegeben werden, teilte der "
             "Veranstalter Nordlicht Concerts mit. Ob die Konzerte nachgeholt werden, ist nach Angaben des "
             "Veranstalters offen.")
    assert source_of(an, "Tickets").type == "organization"
    assert source_of(an, "nachgeholt").name == "Nordlicht Concerts"


def test_a_computer_scientist_is_the_co_author_named_before():
    an = run("Mitautor Felix Brandstätter betonte, das Verfahren sei kein Ersatz. „Wir sehen es eher als "
             "Frühwarnsystem“, sagte der Informatiker.")
    assert source_of(an, "Frühwarnsystem").name == "Felix Brandstätter"


def test_the_clinic_named_in_a_speakers_phrase_is_das_klinikum():
    an = run("Die Stimme verändere sich früh, sagt Studienleiterin Helena Marquardt vom Universitätsklinikum "
             "Tübingen. Die Forschenden wollen ihr Modell prüfen, wie das Universitätsklinikum mitteilte.")
    assert source_of(an, "Modell").name == "Universitätsklinikum Tübingen"


def test_an_umlauted_konjunktiv_ii_is_the_verb_of_a_message():
    an = run("Der Digitalverband Bitkom sieht das anders. Firmen bräuchten Rechtssicherheit, teilte der Verband mit.")
    a = next(a for a in an.attributions if "Rechtssicherheit" in a.message.text)
    assert a.cue.text == "teilte" and source_of(an, "Rechtssicherheit").name == "Bitkom"


def test_the_speakers_apposition_after_an_inverted_cue_is_no_message():
    an = run("Die Lage ist ernst. „Hier wird gerast“, klagt Gerhard Vollmer, Sprecher der Bürgerinitiative Sichere "
             "Straße.")
    assert source_of(an, "gerast").name == "Gerhard Vollmer"
    assert not any(a.message.text.startswith("Sprecher") for a in an.attributions)


def test_a_bare_outlet_after_the_verb_is_told_by_the_people_before_it():
    an = run("Die Gespräche laufen. Zwei mit den Verhandlungen vertraute Personen sagten Reuters, eine Einigung könne "
             "bald kommen. „Es gibt Fortschritte“, sagte Reuters.")
    assert source_of(an, "Einigung").type == "anonymous"
    assert source_of(an, "Fortschritte").name == "Reuters"


def test_umm_names_a_woman():
    an = run("Die Weltgesundheitsorganisation warnte vor Cholera. Umm Ahmad, eine 34 Jahre alte Mutter von vier "
             "Kindern, erzählte am Telefon, ihr Sohn liege mit Fieber im Zelt. „Ich habe Angst“, sagte sie.")
    assert source_of(an, "Angst").name == "Umm Ahmad"


def test_zufolge_reaches_back_over_fuer_and_in_phrases():
    an = run("Einer Umfrage des Kiewer Internationalen Instituts für Soziologie zufolge lehnt eine Mehrheit das ab. "
             "Einem Bericht der UN-Menschenrechtsbeobachtermission in der Ukraine zufolge ist die Zahl gestiegen.")
    assert "Einer Umfrage" in next(a for a in an.attributions if "Mehrheit" in a.message.text).source_mention.text
    assert source_of(an, "Zahl").type == "document"


def test_a_place_before_hiess_es_is_no_source_when_one_follows():
    an = run("Die Lage ist ernst. In Berlin hieß es aus dem Auswärtigen Amt, ein Einsatz wäre eine gefährliche "
             "Eskalation.")
    assert source_of(an, "Eskalation").name == "Auswärtiges Amt"


def test_die_organisation_is_the_un_programme_with_its_genitive_and_label():
    an = run("Die Lage ist angespannt. Das Welternährungsprogramm der Vereinten Nationen (WFP) muss seine Hilfe "
             "zurückfahren. Ab kommendem Monat würden nur noch sechs Millionen Menschen versorgt, teilte die "
             "Organisation mit.")
    assert source_of(an, "versorgt").name == "Welternährungsprogramm der Vereinten Nationen"


def test_ist_zu_lesen_in_a_paper_is_that_papers():
    an = run("Die Beiträge steigen. In der „Märkischen Oderzeitung“ ist zu lesen, die Beiträge träfen viele Rentner "
             "hart. Für sie zähle jeder Euro.")
    assert source_of(an, "Rentner").name == "Märkische Oderzeitung"
    assert source_of(an, "jeder Euro").name == "Märkische Oderzeitung"


def test_a_papers_town_and_an_adverb_before_the_verb():
    an = run("Die Beiträge steigen. Der „Weser-Kurier“ aus Bremen hingegen mahnt zur Gelassenheit: Im Vergleich sei "
             "das System bezahlbar. Der „Standard“ aus Wien kommentiert, die Lage sei ernst.")
    assert source_of(an, "bezahlbar").name == "Weser-Kurier"
    assert source_of(an, "Lage").type == "media"


def test_a_papers_town_in_brackets_and_a_relative_clause_on_it():
    an = run("Die Einigung steht. Die „Mitteldeutsche Zeitung“ (Halle) fragt, wer die Verantwortung trage. Die "
             "„Lausitzer Rundschau“ aus Cottbus, die den Strukturwandel begleitet, warnt: „Neue Jobs entstehen nicht "
             "per Pressemitteilung.“")
    assert source_of(an, "Verantwortung").name == "Mitteldeutsche Zeitung"
    assert source_of(an, "Neue Jobs").name == "Lausitzer Rundschau"


def test_a_town_adjective_before_a_quoted_paper():
    an = run("Die Einigung steht. Die Magdeburger „Volksstimme“ urteilt knapp: „Ein Kompromiss, mit dem beide Seiten "
             "leben können.“ Nach Ansicht der „Augsburger Allgemeinen“ kommt der Beschluss spät.")
    assert source_of(an, "Kompromiss").type == "media"
    assert source_of(an, "Beschluss").name == "Augsburger Allgemeine"
