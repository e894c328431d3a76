"""Round 15 (German): descriptions that carry their own name, and documents in the head-noun list.
Sentences written here."""

from __future__ import annotations

from .helpers import find, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def test_a_description_with_its_own_person_name_is_not_the_person_named_before():
    body = (
        "In dem Brief von Anwalt Peter Müller heißt es, sein Mandant sei unschuldig. "
        "Das Gutachten des Sachverständigen Klaus Weber kommt zu dem Ergebnis, dass die Brücke marode sei."
    )
    src = source_of(run(LEAD + body), "Brücke")
    assert src.name != "Peter Müller"
    body = (
        "Der Minister Peter Müller sprach am Morgen. "
        "Der Vorsitzende des Haushaltsausschusses Klaus Weber sagte, die Brücke sei marode."
    )
    assert source_of(run(LEAD + body), "Brücke").name == "Klaus Weber"


def test_a_report_of_an_institute_is_never_the_person_named_just_before():
    body = (
        "Der Minister Peter Müller sprach am Morgen mit den Bürgern. "
        "Das Gutachten des Instituts für Wirtschaftsforschung kommt zu dem Ergebnis, dass die Brücke marode sei."
    )
    assert source_of(run(LEAD + body), "Brücke").name != "Peter Müller"


def test_agreements_and_statements_are_documents():
    an = run(LEAD + "In der Vereinbarung heißt es, die Frist werde verlängert.")
    assert source_of(an, "Frist").type == "document"


def test_a_konjunktiv_sentence_takes_up_an_according_to_source_two_sentences_back():
    body = (
        "Der Bürgermeister sagte, die Straße werde bald repariert. "
        "Nach Angaben der Polizei wurden zwei Menschen verletzt. Die Feuerwehr war schnell vor Ort. "
        "Der Fahrer sei betrunken gewesen."
    )
    src = source_of(run(LEAD + body), "betrunken")
    assert src is not None and (src.name == "Polizei" or "Polizei" in (src.description or ""))


def test_nach_eigenen_angaben_is_cue_and_mention_while_the_subject_speaks():
    an = run(LEAD + "Die Feuerwehr hat nach eigenen Angaben die Hälfte der Halle abgesucht.")
    a = find(an, "Hälfte")
    assert a.cue.text == "nach" and a.cue_parts == []
    assert a.source_mention.text == "eigenen Angaben"
    src = source_of(an, "Hälfte")
    assert "Feuerwehr" in (src.name or src.description)


def test_sie_after_the_verb_is_the_object_when_a_noun_phrase_opens_the_sentence():
    an = run(LEAD + "Der Vorsitzende des Verbands nannte sie „fahrlässig und gefährlich für alle Patienten“.")
    assert find(an, "fahrlässig").source_mention.text == "Der Vorsitzende des Verbands"
    an = run(LEAD + "Am Abend sagte sie, man werde helfen.")
    assert find(an, "helfen").source_mention.text == "sie"


def test_a_reflexive_phrase_is_no_message():
    an = run(LEAD + "Die Ministerin meldete sich am Abend zu Wort und sagte, man werde helfen.")
    assert [a.message.text for a in an.attributions] == ["man werde helfen"]


def test_a_fronted_thing_is_the_object_and_the_speaker_follows_the_verb():
    an = run(LEAD + "Eine Verschiebung des Wahltermins bezeichnete Conze als fatal, weil die Wähler lange warteten.")
    assert find(an, "Wähler").source_mention.text == "Conze"
    an = run(LEAD + "Der Bericht kritisierte die Regierung, weil sie zu spät gehandelt habe.")
    assert find(an, "zu spät").source_mention.text == "Der Bericht"


def test_a_qualified_spokesperson_is_not_the_earlier_one():
    body = (
        "Ein Regierungssprecher sagte, man prüfe den Fall. Der Kreml-Sprecher sagte, Russland werde reagieren. "
        "Ein Sprecher der Polizei sagte, es gebe Verletzte. Der Sprecher der Polizei sagte später, es seien drei."
    )
    an = run(LEAD + body)
    assert source_of(an, "prüfe") is not source_of(an, "Russland")
    assert source_of(an, "Verletzte") is source_of(an, "drei")


def test_the_subject_of_the_sentence_before_speaks_a_konjunktiv_sentence_when_no_one_else_is_near():
    body = "Am Abend tagte die Wahlkommission in Berlin. Mögliche Termine seien der 24. und der 28. Mai."
    src = source_of(run(LEAD + body), "Mögliche Termine")
    assert src is not None and "Wahlkommission" in (src.name or src.description)
    body = (
        "Der Bürgermeister sagte, die Brücke sei marode. Am Abend tagte die Wahlkommission in Berlin. "
        "Die Sanierung koste drei Millionen Euro."
    )
    src = source_of(run(LEAD + body), "Sanierung")
    assert src is not None and "Bürgermeister" in (src.name or src.description or "")


def test_a_quoted_title_or_slogan_is_no_speech():
    body = (
        "Der Minister sagte, man werde helfen. "
        "Hunderte demonstrierten unter dem Motto „Wir bleiben alle hier und geben nicht auf“ vor dem Rathaus."
    )
    an = run(LEAD + body)
    assert not any("Wir bleiben" in a.message.text for a in an.attributions)


def test_the_subject_before_the_verb_is_no_fronted_message():
    an = run(LEAD + "Mehrere Abgeordnete, die anonym bleiben wollten, kritisierten den Plan der Regierung.")
    a = find(an, "Plan")
    assert a.message.text == "den Plan der Regierung"
    assert a.source_mention.text == "Mehrere Abgeordnete"


def test_wie_aus_kreisen_zu_hoeren_war_names_the_circles():
    an = run(LEAD + "Wie aus Kreisen der Koalition zu hören war, ist der Haushalt gescheitert.")
    assert find(an, "Haushalt").source_mention.text == "Kreisen der Koalition"
    assert source_of(an, "Haushalt").type == "anonymous"


def test_a_verb_final_cue_in_a_relative_clause_takes_no_main_clause_as_its_object():
    an = run(LEAD + "Die Opposition, die seit Wochen einen Ausschuss fordert, sprach dagegen von einem Skandal.")
    assert all("sprach" not in a.message.text for a in an.attributions)


def test_die_ministerin_is_no_man_named_before():
    body = (
        "Regierungssprecher Steffen Hebestreit sagte, man habe alle Regeln eingehalten. "
        "„Das ist ein Versagen“, sagte CDU-Chef Friedrich Merz. "
        "Die Ministerin ließ offen, ob sie sich im Ausschuss äußern werde."
    )
    src = source_of(run(LEAD + body), "Ausschuss")
    assert src.name not in ("Friedrich Merz", "Steffen Hebestreit")


def test_das_unternehmen_is_not_the_police_and_sie_is_the_minister_just_named():
    body = (
        "Wie die Polizei mitteilte, brach das Feuer gegen sechs Uhr aus. "
        "Das Unternehmen erklärte auf Anfrage, die Ursache sei noch unklar. "
        "Umweltministerin Katrin Eder kündigte eine Untersuchung an. Sie sprach von einem ernsten Vorfall."
    )
    an = run(LEAD + body)
    assert source_of(an, "Ursache") is not source_of(an, "Feuer")
    assert source_of(an, "ernsten Vorfall").name == "Katrin Eder"


def test_sie_for_a_feminine_organisation_stays_the_organisation():
    body = "Die Polizei nahm den Mann am Morgen fest. Sie teilte mit, er sei geständig."
    src = source_of(run(LEAD + body), "geständig")
    assert src is not None and "Polizei" in (src.name or src.description)
    body = "Die Polizei nahm Peter Maier am Morgen fest. Sie teilte mit, der Mann sei geständig."
    assert source_of(run(LEAD + body), "geständig").name != "Peter Maier"


def test_a_bund_is_an_organisation():
    an = run(LEAD + "Der Bund der Steuerzahler forderte schärfere Kontrollen der Behörden.")
    assert source_of(an, "Kontrollen").type == "organization"


def test_an_agency_quoting_him_reports_what_the_person_named_before_said():
    body = (
        "Kremlsprecher Dmitri Peskow wies die Berichte als Desinformation zurück. "
        "Die Nachrichtenagentur Tass zitierte ihn mit den Worten, Russland halte sich an das Völkerrecht."
    )
    an = run(LEAD + body)
    inner = next(a for a in an.attributions if "Völkerrecht" in a.message.text and a.parent)
    assert an.source_by_id(inner.source).name == "Dmitri Peskow"
    assert " → ".join(an.chain(inner)) == "TASS → Dmitri Peskow"


def test_a_second_verb_after_a_comma_and_aber_shares_the_subject():
    an = run(LEAD + "Der Mieterbund begrüßte die geplante Regelung, mahnte aber Nachbesserungen an.")
    assert all(a.source_mention is None or "Nachbesserungen" not in a.source_mention.text for a in an.attributions)
    assert find(an, "Regelung").source_mention.text == "Der Mieterbund"


def test_an_ampersand_name_an_apposition_and_the_outlet_told():
    body = (
        "Das Gesetz sei schlecht gemacht, sagte der Präsident des Verbands Haus & Grund, Kai Warnecke, "
        "der Deutschen Presse-Agentur."
    )
    a = find(run(LEAD + body), "schlecht")
    assert a.source_mention.text == "der Präsident des Verbands Haus & Grund, Kai Warnecke"


def test_a_role_description_follows_the_person_named_since_the_last_speaker():
    body = (
        "Das Gesetz sei schlecht gemacht, sagte Kai Warnecke. "
        "Wirtschaftsminister Robert Habeck verteidigte dagegen die Pläne. "
        "„Wir müssen beim Klimaschutz vorankommen“, sagte der Grünen-Politiker im ZDF."
    )
    assert source_of(run(LEAD + body), "Klimaschutz").name == "Robert Habeck"


def test_an_inner_report_ends_before_the_inverted_outer_cue():
    an = run(LEAD + "Er sei überzeugt, die Wende zu schaffen, sagte der Trainer nach dem Spiel.")
    outer = next(a for a in an.attributions if a.cue and a.cue.text == "sagte")
    inner = next(a for a in an.attributions if a.cue and a.cue.text == "überzeugt")
    assert inner.message.text == "die Wende zu schaffen"
    assert outer.parent is None and inner.parent == outer.id


def test_adverbs_before_a_noun_phrase_message_stay_out_of_it():
    an = run(LEAD + "Die Fans forderten dagegen lautstark einen Neuanfang. Die Opposition forderte erneut Neuwahlen.")
    assert find(an, "Neuanfang").message.text == "einen Neuanfang"
    assert find(an, "Neuwahlen").message.text == "Neuwahlen"


def test_two_organisations_sharing_a_last_word_stay_two():
    body = (
        "Die Deutsche Bahn sprach von massiven Einschränkungen im Verkehr. "
        "Der Fahrgastverband Pro Bahn kritisierte, die Kunden würden zum Spielball der Tarifparteien."
    )
    an = run(LEAD + body)
    assert source_of(an, "Spielball").name == "Pro Bahn"
    assert source_of(an, "Einschränkungen").name == "Deutsche Bahn"


def test_a_name_with_a_party_label_opening_the_sentence_is_the_speaker():
    body = (
        "„Wir bleiben hart“, sagte GDL-Chef Claus Weselsky. Verkehrsminister Volker Wissing (FDP) rief beide "
        "Seiten zur Einigung auf: „Dieser Konflikt darf nicht auf dem Rücken der Pendler ausgetragen werden.“"
    )
    assert source_of(run(LEAD + body), "Rücken der Pendler").name == "Volker Wissing"


def test_a_ministry_is_not_the_minister_introduced_before():
    body = (
        "Bundesfinanzminister Christian Lindner wies die Forderungen zurück. "
        "Der Bund habe bereits Milliarden bereitgestellt, erklärte er. "
        "Das Bundesinnenministerium teilte mit, man stehe in engem Austausch mit den Ländern."
    )
    src = source_of(run(LEAD + body), "Austausch")
    assert src.name != "Christian Lindner" and src.type == "organization"
