"""Session 27 (German, round 37): quoted names are no quotes of the message, and the round-37 constructions."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_quoted_name_is_no_quote_of_the_message():
    an = run("Demnach seien die Bilder vom Stadtteil Yongdingmen bis zum „Nationalstadion Peking“ "
             "computeranimiert gewesen, sagte der Sprecher.")
    att = next(a for a in an.attributions if a.cue.text == "sagte")
    assert att.quotes == [] and att.mode == "indirect"


def test_a_quoted_word_of_the_speaker_stays_a_quote():
    an = run("Der Minister sagte, der Plan sei „völlig unrealistisch“.")
    att = an.attributions[0]
    assert [q.text for q in att.quotes] == ["völlig unrealistisch"] and att.mode == "mixed"


def test_a_diplomat_in_a_capital_is_no_government():
    an = run("Kiew meldet Erfolge\n\nEin westlicher Diplomat in Kiew sagte der Nachrichtenagentur Reuters, die Stadt "
             "könne fallen.")
    src = source_of(an, "Stadt könne")
    assert src.type == "anonymous" and src is not source_of(an, "Erfolge")


def test_circles_in_a_capital_stay_anonymous():
    an = run("Peking kündigte Gegenmaßnahmen an. Die Zeitung berichtete unter Berufung auf Regierungskreise in Peking, "
             "geprüft würden Abgaben auf Schweinefleisch.")
    cited = next(a for a in an.attributions if a.cue.text == "unter")
    assert an.source_by_id(cited.source).type == "anonymous"


def test_a_call_sign_named_in_a_relative_clause_is_no_report():
    an = run("„Wir haben zu wenig Leute und zu wenig Munition“, sagte ein ukrainischer Soldat, der nur sein "
             "Rufzeichen „Karpat“ nannte, der Agentur Ukrinform. Seine Einheit werde seit Tagen beschossen.")
    assert [a.cue.text for a in an.attributions if a.cue] == ["sagte"]
    assert source_of(an, "Einheit werde").type == "anonymous"


def test_two_reports_in_one_headline():
    an = run("Im Osten dauern die Kämpfe an.",
             title="Kämpfe um Pokrowsk: Kiew meldet abgewehrte Angriffe, Moskau spricht von Geländegewinnen")
    meldet = next(a for a in an.attributions if a.cue.text == "meldet")
    spricht = next(a for a in an.attributions if a.cue.text == "spricht")
    assert meldet.message.text == "abgewehrte Angriffe" and spricht.parent is None


def test_a_headline_report_and_a_body_label_after_a_dash():
    an = run("Frankfurt/Main (dpa) - Bahnreisende müssen sich erneut auf Einschränkungen einstellen.",
             title="GDL kündigt 48-Stunden-Streik an – Bahn: „Völlig unverhältnismäßig“")
    kuendigt = next(a for a in an.attributions if a.cue.text == "kündigt")
    assert kuendigt.message.text == "48-Stunden-Streik"
    bahn = source_of(an, "Völlig unverhältnismäßig")
    assert (bahn.mentions[0].text, bahn.type) == ("Bahn", "organization")


def test_aufforderte_keeps_its_particle_and_reports_the_zu_clause():
    an = run("Das Auswärtige Amt forderte beide Seiten auf, „die Chance jetzt zu nutzen“.")
    att = an.attributions[0]
    assert [p.text for p in att.cue_parts] == ["auf"] and att.message.text.startswith("„die Chance")


def test_sie_is_not_a_neuter_circle():
    an = run("Das sagte die Schauspielerin Mira Lindqvist der Zeitschrift „Carla“. Wie eine Zeitung unter "
             "Berufung auf das Umfeld des Paares berichtet hatte, ist Lindqvist mit dem Musiker Jannis Oberg "
             "verheiratet. Im Gespräch mit „Carla“ bestätigt sie das nun erstmals. „Er ist mein Anker“, sagt die "
             "Schauspielerin über den 41-Jährigen.")
    assert source_of(an, "das nun erstmals").name == "Mira Lindqvist"
    assert source_of(an, "mein Anker").name == "Mira Lindqvist"


def test_another_citys_paper_is_not_the_hamburger_abendblatt():
    an = run("Wie das „Leipziger Abendblatt“ berichtet, soll das Studio geschlossen werden.")
    assert source_of(an, "Studio geschlossen").name == "Leipziger Abendblatt"


def test_an_age_epithet_in_a_relative_clause_on_the_name():
    an = run("Auslöser war ein Instagram-Video von Dana Wolff, in dem die 31-Jährige behauptete, die Kreisverwaltung "
             "habe ihr die Erlaubnis entzogen.")
    assert source_of(an, "Kreisverwaltung").name == "Dana Wolff"


def test_a_post_is_a_document():
    an = run("Der Telegram-Kanal veröffentlichte die Nummer des Landrats. „Ruft ihn an“, hieß es in dem Beitrag.")
    assert source_of(an, "Ruft ihn an").type == "document"


def test_a_note_the_paper_has_is_a_document():
    an = run("Aus einem der Zeitung vorliegenden Vermerk vom März 2021 geht hervor, dass die Abteilung die Überwachung "
             "als „vorrangig“ einstufte.")
    src = source_of(an, "Abteilung")
    assert src.type == "document" and src.mentions[0].text == "einem der Zeitung vorliegenden Vermerk"


def test_a_post_named_after_a_time_phrase():
    an = run("„Die Polizei ist ohne jeden Anlass in den Zug gestürmt“, hieß es dagegen am Abend in einem Post des "
             "Bündnisses auf X.")
    assert source_of(an, "ohne jeden Anlass").type == "social_post"


def test_relief_agencies_and_council_presidencies_are_organisations():
    an = run("Das Technische Hilfswerk ist nach eigenen Angaben mit mehr als 900 Helfern im Einsatz. Nach Angaben der "
             "Ratspräsidentschaft sollen bis 2030 insgesamt 18 Milliarden Euro in neue Netze fließen.")
    assert source_of(an, "900 Helfern").type == "organization"
    assert source_of(an, "18 Milliarden").type == "organization"


def test_an_adjective_before_a_surname_in_a_headline_is_no_first_name():
    an = run("Die Abgeordnete Carolin Weber setzte sich gegen den bisherigen Fraktionschef Thomas Kessler durch. "
             "Das teilte die Tagungsleitung mit. „Ich weiß, dass ich nicht jeden überzeugt habe“, sagte die 44-Jährige "
             "nach der Auszählung. „Die Partei ist gespalten“, so der 59-jährige Kessler.",
             title="Kampfabstimmung in Hannover – Unterlegener Kessler: „Die Partei ist gespalten“")
    assert source_of(an, "nicht jeden").name == "Carolin Weber"
    assert {source_of(an, "Partei ist gespalten").name} == {"Thomas Kessler"}
    assert len([s for s in an.sources if "Kessler" in (s.name or "")]) == 1


def test_a_title_before_a_surname_named_in_full():
    an = run("„Ich habe ihm dann geglaubt“, sagt André Geicke. Dokumentar Geicke informiert die Chefredaktion. Er "
             "sammle Indizien, sagte Geicke.")
    assert len({source_of(an, m).id for m in ("ihm dann geglaubt", "Indizien")}) == 1


def test_an_indictment_opening_a_paragraph_goes_on_in_konjunktiv():
    an = run("Die Staatsanwaltschaft hat Anklage erhoben, wie eine Sprecherin der Behörde sagte.\n\nLaut "
             "Anklageschrift soll Seidel 480.000 Euro erhalten haben. Im Gegenzug habe er dafür gesorgt, dass die "
             "Firma die Rechte bekam.")
    assert source_of(an, "Im Gegenzug").type == "document"


def test_a_document_cited_inside_an_account_does_not_take_it_over():
    an = run("Der Chef sagte, die Branche wachse. Laut Marktprognosen werde der Bedarf steigen. Die Kurzstrecke "
             "dominiere den Markt.")
    assert source_of(an, "Kurzstrecke").type != "document"


def test_a_number_before_a_sentence_opening_word_ends_the_sentence():
    an = run("Wer körperlich hart arbeite, schaffe es schon heute oft nicht bis 67. Nach Berechnungen des Verbands "
             "würden Dachdecker bis zu neun Prozent ihrer Rente verlieren.")
    att = next(a for a in an.attributions if a.cue and a.cue.text == "Nach")
    assert att.message.text.startswith("würden Dachdecker")


def test_a_body_named_after_its_noun_before_the_speakers_name():
    an = run("„Das ist eine Rentenkürzung“, kritisierte die Präsidentin des Sozialverbands Bürgerhilfe, Gisela "
             "Hartung.")
    assert source_of(an, "Rentenkürzung").name == "Gisela Hartung"


def test_a_commissions_report_is_a_document():
    an = run("Ohne Reform steige der Beitragssatz auf 22,7 Prozent, heißt es in dem 240 Seiten starken Bericht der "
             "Kommission „Verlässlicher Generationenvertrag“.")
    assert source_of(an, "Beitragssatz").type == "document"


def test_a_figure_put_on_a_loss_is_a_claim():
    an = run("Der Bundesverband Chemie-Logistik bezifferte den volkswirtschaftlichen Schaden eines Streiks auf bis zu "
             "100 Millionen Euro pro Tag. Die ukrainischen Verluste bezifferte es auf bis zu 520 Soldaten.")
    att = next(a for a in an.attributions if a.cue.text == "bezifferte")
    assert att.message.text.startswith("den volkswirtschaftlichen Schaden") and "100 Millionen" in att.message.text
    assert len([a for a in an.attributions if a.cue and a.cue.text == "bezifferte"]) == 1


def test_a_recommendation_reports_its_object():
    an = run("Der Ausschuss der Arzneimittel-Agentur empfahl am Donnerstag die Zulassung des Medikaments.")
    att = an.attributions[0]
    assert att.cue.text == "empfahl" and att.message.text.startswith("die Zulassung")


def test_an_estimate_reports_its_object():
    an = run("Die Versicherer schätzten die Schäden auf rund 1,2 Milliarden Euro.")
    att = an.attributions[0]
    assert att.cue.text == "schätzten" and att.message.text.startswith("die Schäden auf rund 1,2 Milliarden")


def test_a_headline_label_is_the_body_named_in_full():
    an = run("Die Deutsche Bahn kritisierte den Ausstand. „Dieser Streik trifft Millionen“, erklärte eine Sprecherin.",
             title="GDL kündigt Streik an – Bahn: „Völlig unverhältnismäßig“")
    assert source_of(an, "Völlig unverhältnismäßig").name == "Deutsche Bahn"
