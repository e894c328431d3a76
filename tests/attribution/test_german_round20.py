"""Round 20 (German): who speaks a quotation after a colon, a fronted object with a prepositional
attribute, the message after a speaker named in apposition behind the verb. Sentences written here."""

from __future__ import annotations

from .helpers import find, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def test_the_colon_sentence_speaks_its_quotation_not_the_cue_of_the_sentence_before():
    an = run(LEAD + "Danach sprach Innenminister Peter Müller mit Journalisten. Hier sparte der Bundespräsident "
             "auch nicht mit Kritik: „Jeder sollte wissen, dass kleine Schritte nötig sind.“")
    assert find(an, "kleine Schritte").source_mention.text == "der Bundespräsident"


def test_a_pronoun_subject_before_the_colon_speaks_when_it_refers_to_someone():
    an = run("Bundeskanzlerin Angela Merkel traf am Montag den französischen Präsidenten. Dabei griff sie auch "
             "den iranischen Präsidenten an: „Wer das Existenzrecht Israels bestreitet, ist kein Partner.“")
    assert source_of(an, "Existenzrecht").name == "Angela Merkel"


def test_a_pronoun_that_refers_to_no_one_makes_no_source_of_its_own():
    an = run(LEAD + "Dabei griff sie auch den Präsidenten an: „Wer das bestreitet, ist kein Partner.“")
    assert all(s.name != "sie" and s.description != "sie" for s in an.sources)


def test_a_fronted_accusative_with_a_prepositional_attribute_is_not_the_speaker():
    an = run(LEAD + "Den Unmut der CDU über Stoibers Äußerungen brachte die Sprecherin der Fraktion "
             "zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“")
    assert find(an, "keinen Grund").source_mention.text == "die Sprecherin der Fraktion"


def test_the_message_starts_after_a_name_in_apposition_behind_the_verb():
    an = run(LEAD + "Am Abend sagte die Sprecherin der Fraktion, Anna Müller, die Lage sei ernst.")
    a = find(an, "Lage")
    assert a.message.text == "die Lage sei ernst" and source_of(an, "Lage").name == "Anna Müller"


def test_a_dass_clause_after_a_name_in_apposition_behind_the_verb_is_found():
    an = run(LEAD + "Zudem erklärte der Sprecher der Polizei, Peter Meier, dass niemand verletzt wurde.")
    a = find(an, "niemand")
    assert a.message.text == "dass niemand verletzt wurde" and source_of(an, "niemand").name == "Peter Meier"


def test_a_quoted_name_in_the_source_phrase_goes_on_to_its_closing_mark():
    an = run(LEAD + "Nach Angaben des Leiters der griechischen Sektion von „Ärzte ohne Grenzen“ könnte die "
             "Regenzeit bis September andauern.")
    a = find(an, "Regenzeit")
    assert a.message.text == "könnte die Regenzeit bis September andauern"
    assert a.source_mention.text.endswith("„Ärzte ohne Grenzen“")


def test_a_quoted_title_with_a_comma_stays_in_the_source_phrase():
    an = run(LEAD + "Laut einem Test des Magazins „auto, motor und sport“ gibt es 113 Modelle unter der Grenze.")
    assert find(an, "Modelle").message.text == "gibt es 113 Modelle unter der Grenze"


def test_a_name_in_apposition_after_a_bracketed_label_names_the_speaker():
    an = run(LEAD + "Am Dienstag erklärte der Direktor der Internationalen Atomenergie-Organisation (IAEO), "
             "Mohammed el-Baradei, Nordkorea besitze vier bis sechs Atomwaffen.")
    a = find(an, "Nordkorea")
    assert a.message.text == "Nordkorea besitze vier bis sechs Atomwaffen"
    assert source_of(an, "Nordkorea").name == "Mohammed el-Baradei"


def test_das_with_a_modal_or_an_auxiliary_points_back_to_the_quotation_before():
    an = run(LEAD + "„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der "
             "Debatte einräumen. „Wir bleiben hart.“ Das hat ein Sprecher der Gewerkschaft am Abend bestätigt.")
    a = find(an, "Zumutungen")
    assert a.message.text == "Ja, es gibt Zumutungen" and a.cue.text == "einräumen"
    assert source_of(an, "Zumutungen").name == "Peer Steinbrück"
    assert find(an, "bleiben hart").source_mention.text == "ein Sprecher der Gewerkschaft"


def test_a_pronoun_aside_or_a_refusal_with_a_modal_points_back_to_nothing():
    an = run(LEAD + "„Wir bleiben hart.“ Das muss man klar sagen. „Wir geben nicht nach.“ Das wollte der "
             "Sprecher nicht bestätigen.")
    assert all(a.cue is None or a.cue.text != "bestätigen" for a in an.attributions)
    assert all((s.name or s.description) not in ("Das", "man") for s in an.sources)  # no "Das" as a speaker


def test_a_report_named_in_a_passive_sentence_is_its_source():
    an = run(LEAD + "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass keine der Personen "
             "überlebt hat.")
    assert source_of(an, "überlebt").name == "Salzburger Nachrichten"


def test_a_noun_ending_like_a_document_in_a_passive_sentence_is_no_source():
    an = run(LEAD + "Alle Angeklagten wurden der Mitgliedschaft in einer terroristischen Vereinigung für schuldig "
             "befunden, sie wurden außerdem wegen Verabredung zu Mord verurteilt.")
    assert all("Vereinigung" not in (s.name or s.description or "") for s in an.sources)


def test_a_reported_clause_ends_where_the_narrators_past_takes_the_subject_on():
    an = run(LEAD + "Die Abgeordnete erklärte, die Senatorin sei untragbar und kündigte an, selbst zu kandidieren.")
    assert find(an, "untragbar").message.text == "die Senatorin sei untragbar"
    an = run(LEAD + "Der Minister dachte, dass es so lange Bestand haben würde, mehrmals wurde das Mandat verlängert.")
    assert find(an, "Bestand").message.text == "dass es so lange Bestand haben würde"


def test_a_verb_final_past_in_a_subordinate_clause_stays_in_the_message():
    an = run(LEAD + "Der Sprecher sagte, das Flugzeug sei tief gewesen, als es eine Kurve flog und dann abstürzte.")
    assert find(an, "Flugzeug").message.text.endswith("als es eine Kurve flog und dann abstürzte")


def test_a_weak_past_the_lemmatizer_does_not_know_is_still_a_cue():
    an = run(LEAD + "Die Lage sei ernst, verlautbarte Peter Sharp, der Direktor der Firma, in einer Pressemitteilung.")
    a = find(an, "Lage")
    assert a.cue.text == "verlautbarte" and a.message.text == "Die Lage sei ernst"
    assert source_of(an, "Lage").name == "Peter Sharp"


def test_the_author_of_a_study_named_in_the_vorfeld_is_the_source():
    an = run(LEAD + "Laut einer Studie von Transparency International wird nur ein Bruchteil der Fälle entdeckt. "
             "Nach einer Umfrage von Infratest dimap liegt die Union vorn.")
    assert source_of(an, "Bruchteil").name == "Transparency International"
    assert find(an, "Union").source_mention.text == "einer Umfrage von Infratest dimap"


def test_a_place_after_the_source_phrase_still_names_no_one():
    an = run(LEAD + "Laut Polizei in Köln wurden zwei Männer festgenommen.")
    src = source_of(an, "Männer")
    assert src.name is None and src.description == "Polizei in Köln"  # s17: the place says which police


def test_a_date_after_the_source_phrase_belongs_to_neither_source_nor_message():
    an = run(LEAD + "Nach Angaben der Polizei vom Dienstag gab es mehrere Verletzte.")
    a = find(an, "Verletzte")
    assert a.message.text == "gab es mehrere Verletzte" and a.source_mention.text == "Angaben der Polizei"


def test_a_time_or_manner_after_an_object_message_is_the_narrators():
    an = run(LEAD + "Die Staatsanwaltschaft bestätigte die Durchsuchungen am Nachmittag. Der Minister kritisierte "
             "die Pläne der Regierung scharf. Die Linke forderte einen Fonds von 250 Millionen Euro jährlich.")
    assert find(an, "Durchsuchungen").message.text == "die Durchsuchungen"
    assert find(an, "Pläne").message.text == "die Pläne der Regierung"
    assert find(an, "Fonds").message.text == "einen Fonds von 250 Millionen Euro jährlich"


def test_the_verb_after_a_relative_clause_on_the_subject_is_finite():
    an = run(LEAD + "Ein Mitarbeiter, der anonym bleiben möchte, berichtet von massivem Druck.")
    a = find(an, "Druck")
    assert a.cue.text == "berichtet" and source_of(an, "Druck").type == "anonymous"


def test_zu_folge_in_two_words_is_zufolge():
    an = run(LEAD + "Gerüchten zu Folge will der Verein den Trainer entlassen. Das hatte zur Folge, dass niemand kam.")
    a = find(an, "Trainer")
    assert a.message.text == "will der Verein den Trainer entlassen" and a.mode == "according_to"
    assert [p.text for p in [a.cue, *a.cue_parts]] == ["zu", "Folge"]
    assert not any("niemand" in x.message.text for x in an.attributions)
