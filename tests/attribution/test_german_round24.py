"""Round 24 (German, session 14): outlets after the verb, quoted titles as speakers and as names of things,
appositions and quoted names in source phrases, "so X", kinds of names, no one as no speaker. Sentences
written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def test_a_masculine_outlet_after_the_verb_is_the_teller():
    an = run(LEAD + "Nach der Premiere von Verdis Oper „Aida“ meldete der Sender, dass die Karten schon "
             "vergriffen seien. Am Abend berichtete der Rundfunk, dass die Vorstellung ausverkauft sei.")
    assert mention_of(an, "Karten") == "der Sender"
    assert mention_of(an, "ausverkauft") == "der Rundfunk"


def test_a_feminine_outlet_after_the_verb_is_still_told():
    an = run(LEAD + "Nach der Vorstellung seines Romans „Die Stadt“ sagte ein Verleger der Zeitung, dass die "
             "Auflage schon vergriffen sei.")
    assert mention_of(an, "Auflage") == "ein Verleger"


def test_a_name_titling_a_thing_is_no_person_a_role_noun_points_back_to():
    an = run(LEAD + "Nach der Premiere von Verdis Oper „Aida“ verkündete der Intendant, dass die Karten schon "
             "vergriffen seien.")
    a = next(a for a in an.attributions if "Karten" in a.message.text)
    src = an.source_by_id(a.source)
    assert src.name != "Aida"
    assert a.source_mention.text == "der Intendant"


def test_an_apposition_before_the_finite_verb_belongs_to_the_source_phrase():
    an = run(LEAD + "Nach Meinung von Jana Ulm, Professorin am Institut für Astronomie in Jena, könnte der Komet "
             "bald sichtbar sein. Laut Anna Berg, Chefin der Firma, sind die Zahlen gut.")
    a = next(a for a in an.attributions if "Komet" in a.message.text)
    assert a.message.text.startswith("könnte der Komet")
    assert a.source_mention.text == "Meinung von Jana Ulm, Professorin am Institut für Astronomie in Jena"
    assert next(a for a in an.attributions if "Zahlen" in a.message.text).message.text.startswith("sind")


def test_a_source_phrase_does_not_stop_inside_a_quoted_name():
    an = run(LEAD + "Die Regenzeit könnte nach Angaben des Leiters der Sektion von „Ärzte ohne Grenzen“ bis "
             "September andauern.")
    a = next(a for a in an.attributions if "Regenzeit" in a.message.text)
    assert a.source_mention.text.endswith("„Ärzte ohne Grenzen“")
    assert "Grenzen" not in " ".join(p.text for p in a.message_parts or [a.message])


def test_an_extended_attribute_after_the_verb_is_no_subject_of_its_own():
    an = run(LEAD + "Am Montag sagte der für die Region zuständige Koordinator, dass die Straßen gesperrt seien.")
    assert mention_of(an, "Straßen") == "der für die Region zuständige Koordinator"


def test_a_name_and_a_phrase_in_commas_before_dass_are_not_the_message():
    an = run(LEAD + "Außerdem sagte der Sprecher, Peter Maier, am Montag, dass die Straßen gesperrt seien. "
             "Zudem sagte die Sprecherin, Eva Roth, gegenüber dem Sender, dass die Schulen geschlossen blieben.")
    for words in ("Straßen", "Schulen"):
        a = next(a for a in an.attributions if words in a.message.text)
        assert a.message.text.startswith("dass")


def test_a_subject_in_commas_keeps_its_clause():
    an = run(LEAD + "Wir gewöhnten uns daran zu sagen, die Gefahr, dass der Computer einen Fehler macht, sei "
             "geringer.")
    a = next(a for a in an.attributions if "Computer" in a.message.text)
    assert a.message.text.startswith("die Gefahr")


def test_das_with_a_past_plural_points_back_to_the_sentence_before():
    an = run(LEAD + "Der Konzern will 500 Stellen in Bremen streichen. Das berichteten Mitarbeiter des Werks am "
             "Montag.")
    a = next(a for a in an.attributions if "Stellen" in a.message.text)
    assert a.cue.text == "berichteten"
    assert a.source_mention.text == "Mitarbeiter des Werks"


def test_a_quoted_title_opening_the_sentence_is_the_subject():
    an = run(LEAD + "Der Minister kündigte eine Lösung an. „Spiegel Online“ berichtet unter Berufung auf einen "
             "Wärter, dass die Gefangenen geflohen seien. „Ärzte ohne Grenzen“ forderte, dass die Grenzen offen "
             "blieben.")
    a = next(a for a in an.attributions if a.cue and a.cue.text == "berichtet")
    src = an.source_by_id(a.source)
    assert (src.type, a.source_mention.text) == ("media", "„Spiegel Online“")
    b = next(a for a in an.attributions if "Grenzen offen" in a.message.text)
    src = an.source_by_id(b.source)
    assert (src.name, src.type) == ("Ärzte ohne Grenzen", "organization")


def test_a_quotation_before_its_verb_and_speaker_stays_the_message():
    an = run(LEAD + "„Wir schaffen das“, sagte die Kanzlerin. „Brückenstrompreis“ nannte er das.")
    assert mention_of(an, "Wir schaffen das") == "die Kanzlerin"
    assert not any(s.name and "Brückenstrompreis" in s.name for s in an.sources)


def test_a_name_in_swiss_guillemets_is_an_organisation():
    an = run(LEAD + "Die Pelzproduktion ist laut «Vier Pfoten» in Italien seit 2021 verboten.")
    a = next(a for a in an.attributions if "Pelzproduktion" in a.message.text)
    src = an.source_by_id(a.source)
    assert (src.name, src.type) == ("Vier Pfoten", "organization")


def test_so_with_an_adjective_before_the_speakers_noun():
    an = run(LEAD + "Dies ist der Beginn einer neuen Stufe, so die nicaraguanische Frauenrechtlerin Ana Blanco. "
             "Die Gefahr ist hoch, so die jüngste Einschätzung des Robert Koch-Instituts. Das sei falsch, so einer "
             "von den Insidern.")
    assert source_of(an, "neuen Stufe").name == "Ana Blanco"
    assert mention_of(an, "Gefahr") == "die jüngste Einschätzung des Robert Koch-Instituts"
    assert source_of(an, "Gefahr").description != "die"
    assert mention_of(an, "falsch").startswith("einer")


def test_an_institute_named_after_a_person_is_an_organisation():
    an = run(LEAD + "Laut dem Robert Koch-Institut ist die Gefahr hoch.")
    a = next(a for a in an.attributions if "Gefahr" in a.message.text)
    assert an.source_by_id(a.source).type == "organization"


def test_a_demonstrative_die_with_a_plural_verb_is_a_group_and_things_do_not_speak():
    an = run(LEAD + "Das sind die Zahlen aus der Studie. Die schätzen, dass viele Patienten beatmet werden müssen. "
             "Egal, wer mir hier irgendwas vorwerfen will, das ist alles falsch.")
    a = next(a for a in an.attributions if "beatmet" in a.message.text)
    assert an.source_by_id(a.source).type == "anonymous"
    assert not any(a.source_mention and a.source_mention.text == "irgendwas" for a in an.attributions)


def test_niemand_is_no_speaker_and_a_quote_label_is_no_speaker():
    an = run(LEAD + "Ob das überall gelungen ist, weiß niemand. Wer hätte das gedacht: Der Winter war warm. Der "
             "Sprecher sagte, niemand wisse es. Die neuen Boards "
             "sind da. Hier etwas O-Ton: „Wir sind die einzige Firma, die nur Kites baut.“")
    assert [a.source_mention.text for a in an.attributions if a.source_mention] == ["Der Sprecher"]
    a = next(a for a in an.attributions if "einzige Firma" in a.message.text)
    assert a.source is None or an.source_by_id(a.source).name != "O-Ton"


def test_a_complaint_about_something_reports_what_follows_ueber():
    an = run(LEAD + "Die Schüler klagten über zu viel Stress. Die Anwohner protestierten gegen den Plan der Stadt. "
             "Der Minister beklagte die Zustände im Heim.")
    assert find(an, "Stress").message.text == "zu viel Stress"
    assert find(an, "Plan").message.text == "den Plan der Stadt"
    assert find(an, "Zustände").message.text == "die Zustände im Heim"


def test_a_statement_noun_before_a_colon_is_the_cue_and_a_genitive_name_its_nominative():
    an = run(LEAD + "Der Prozess gegen Silvio Berlusconi geht weiter. Hauptargument Berlusconis beim Vorwurf des "
             "Amtsmissbrauchs: Er habe als Regierungschef gehandelt. Der Vorwurf Sardanas: Die Firma habe betrogen.")
    a = find(an, "Regierungschef")
    assert a.cue.text == "Hauptargument"
    assert source_of(an, "Regierungschef").name == "Silvio Berlusconi"
    assert source_of(an, "betrogen").name == "Sardanas"  # no "Sardana" in the article: the name stays
