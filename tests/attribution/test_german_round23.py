"""Round 23 (German, session 13): a quoted name after its noun is no quotation of the speaker, and a time
phrase without a preposition after the speaker ends the speaker's noun phrase. Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def test_a_quoted_name_after_its_noun_makes_no_message_mixed():
    an = run(LEAD + "Die Reederei teilte mit, dass die Fähre „Rabaul Queen“ in der Nacht gesunken sei. "
             "Ein Sprecher sagte, die Operation „Cast Lead“ sei beendet.")
    for words in ("gesunken", "beendet"):
        a = find(an, words)
        assert (a.mode, a.quotes) == ("indirect", [])


def test_a_quoted_fragment_after_a_noun_is_still_the_speakers():
    an = run(LEAD + "Müller nannte die Pläne „Schuss in den Ofen“. Sie sagte, die Pläne seien „Wahnsinn“. "
             "Er sagte, die Reform „bringe nichts“.")
    assert find(an, "Wahnsinn").mode == "mixed"
    assert find(an, "bringe nichts").mode == "mixed"
    assert find(an, "Ofen").mode == "mixed"


def test_a_time_phrase_after_the_speaker_is_not_part_of_it():
    an = run(LEAD + "Wie die Zeitung berichtet, meldete die Polizei Anfang Oktober, dass an zwei Bahnen "
             "Manipulationen gefunden worden seien. Gestern sagte der Sprecher Ende vergangener Woche, die Lage "
             "sei ruhig.")
    reported = [a for a in an.attributions if a.cue and a.cue.text == "meldete"]
    assert [a.source_mention.text for a in reported] == ["die Polizei"]
    assert mention_of(an, "Lage") == "der Sprecher"


def test_a_name_with_a_time_word_stays_whole():
    an = run(LEAD + "Die Firma Ende GmbH teilte mit, dass der Betrieb ruhe.")
    assert mention_of(an, "Betrieb") == "Die Firma Ende GmbH"


def test_a_quoted_name_in_the_source_phrase_between_two_pieces_is_no_quote():
    an = run(LEAD + "Bis Freitag seien nach Angaben des Leiters von „Ärzte ohne Grenzen“ mindestens 100 Menschen "
             "gestorben.")
    a = find(an, "100 Menschen")
    assert len(a.message_parts) == 2
    assert (a.mode, a.quotes) == ("according_to", [])


def test_a_web_name_that_reports_is_an_outlet():
    an = run(LEAD + "Wie das Magazin Technik Heute berichtet, sei das Lithium knapp. Wie unter anderem Macrumors "
             "berichtet, soll die Firma neue Kameras bauen. Wie Pendler berichten, sind die Züge voll.")
    src = source_of(an, "neue Kameras")
    assert src.type == "media"
    assert find(an, "neue Kameras").parent is None  # its own report, not nested in the magazine's
    assert source_of(an, "Züge voll").type != "media"


def test_an_organisation_named_by_its_quoted_title():
    an = run(LEAD + "Die Tierschutz-Organisation «Vier Pfoten» teilte mit, dass sie klage. Die Initiative "
             "„Mehr Demokratie“ forderte, dass abgestimmt werde. Laut der Organisation „Vier Pfoten“ leiden die "
             "Tiere. Der Rapper „Bushido“ sagte, er sei müde.")
    four = source_of(an, "dass sie klage")
    assert (four.name, four.type) == ("Vier Pfoten", "organization")
    assert source_of(an, "leiden die Tiere") is four
    more = source_of(an, "abgestimmt")
    assert (more.name, more.type) == ("Mehr Demokratie", "organization")
    assert (source_of(an, "müde").name, source_of(an, "müde").type) == ("Bushido", "person")


def test_a_quoted_title_in_a_phrase_with_a_preposition_is_no_speaker():
    an = run(LEAD + "Bei der Vorstellung des Vereins „Freie Luft“ sagte Müller, die Luft sei schlecht.")
    assert source_of(an, "Luft sei schlecht").name == "Müller"


def test_a_number_word_inside_a_name_and_a_movement_as_an_organisation():
    an = run(LEAD + "Die Tierschutzorganisation Vier Pfoten teilte mit, dass sie klage. Die Protestbewegung "
             "betonte, dass die Regierung lüge. Nach Angaben der Polizei 7.000 Menschen kamen.")
    assert mention_of(an, "dass sie klage") == "Die Tierschutzorganisation Vier Pfoten"
    assert source_of(an, "Regierung lüge").type == "organization"


def test_a_demonym_stands_for_the_person_just_named_not_the_opponent():
    an = run(LEAD + "Alexander Zverev gewann in Montpellier gegen Mackenzie McDonald. „Ich hoffe, dass ich morgen "
             "noch besser spiele“, sagte der Hamburger.")
    assert source_of(an, "besser spiele").name == "Alexander Zverev"


def test_an_epithet_does_not_mean_a_name_after_a_preposition():
    an = run(LEAD + "Im Viertelfinale trifft die Spielerin nun auf Adrian Mannarino. „Ich bin froh“, sagte der "
             "Hamburger.")
    assert source_of(an, "froh").name != "Adrian Mannarino"


def test_a_report_in_a_relative_clause_on_the_object_keeps_its_complement():
    an = run(LEAD + "Das Ministerium veröffentlichte eine Studie, die zeigt, dass die Lage ernst ist. Die Behörde "
             "legte eine Studie vor, die zeigt, dass die Preise steigen.")
    assert source_of(an, "Lage ernst").type == "document"
    assert not any(a.cue and a.cue.text == "veröffentlichte" for a in an.attributions)
    shows = [a for a in an.attributions if a.cue and a.cue.text == "zeigt"]
    types = {s.id: s.type for s in an.sources}
    assert [types[a.source] for a in shows] == ["document", "document"]  # the study, not the pronoun "die"


def test_a_particle_the_tagger_took_for_an_adverb_still_makes_the_cue():
    an = run(LEAD + "Merkel hob dabei auch hervor, dass dies Arbeitsplätze sichern könnte.")
    a = find(an, "Arbeitsplätze")
    assert (a.cue.text, [p.text for p in a.cue_parts]) == ("hob", ["hervor"])


def test_a_complement_without_its_comma():
    an = run(LEAD + "Pérez hoffte dass der Streit bald ende. Die Firma hat am Montag angekündigt die Preise ab "
             "Oktober zu erhöhen. Wir haben im Radio übers Camp geredet – das gibts hier zu hören.")
    assert find(an, "Streit bald ende").message.text == "dass der Streit bald ende"
    assert find(an, "Preise").message.text == "die Preise ab Oktober zu erhöhen"
    assert not any("zu hören" in a.message.text for a in an.attributions)


def test_a_wie_clause_without_its_comma():
    an = run(LEAD + "Wie die Polizei mitteilte wurde niemand verletzt. Wie erwähnt baut das Team sein Angebot aus.")
    a = find(an, "niemand verletzt")
    assert (a.mode, a.source_mention.text) == ("according_to", "die Polizei")
    assert not any("Angebot" in a.message.text for a in an.attributions)


def test_a_present_tense_the_tagger_took_for_a_participle():
    an = run(LEAD + "Josef Schuster vom Zentralrat der Juden kritisiert, dass die Stimmung kippe. Zwei Menschen "
             "verletzt, so die Polizei.")
    assert source_of(an, "Stimmung kippe").name == "Josef Schuster"


def test_an_abbreviation_in_brackets_before_zufolge():
    an = run(LEAD + "Einer Erklärung des Verbandes Deutscher Realschullehrer (VDR) zufolge nahmen tausend Lehrer teil.")
    a = find(an, "tausend Lehrer")
    assert a.message.text == "nahmen tausend Lehrer teil"
    src = source_of(an, "tausend Lehrer")
    assert src.name == "Verband Deutscher Realschullehrer"


def test_a_measure_inside_an_attribute_is_not_the_speaker():
    an = run(LEAD + "Der 330 Seiten starke Bericht warnt, dass die Gefahr wachse. Dort mahnte der HDE-Präsident "
             "bessere Rahmenbedingungen an.")
    assert mention_of(an, "Gefahr wachse") == "Der 330 Seiten starke Bericht"
    assert source_of(an, "Gefahr wachse").type == "document"
    assert mention_of(an, "Rahmenbedingungen") == "der HDE-Präsident"


def test_a_closing_quotation_mark_is_no_part_of_a_name():
    an = run(LEAD + "Wie das „Space Telescope Science Institute“ (STSI) mitteilte, ist die Kamera ausgefallen.")
    assert source_of(an, "Kamera").name == "Space Telescope Science Institute"


def test_a_name_in_apposition_after_a_phrase_with_a_preposition():
    an = run(LEAD + "„Wir sind froh“, sagte der Sprecher der Polizei in Bonn, Peter Maier.")
    src = source_of(an, "froh")
    assert (src.name, src.type) == ("Peter Maier", "person")


def test_a_relative_clause_on_the_speaker_is_no_clause_the_cue_goes_on_from():
    an = run(LEAD + "Ein Sprecher von Greenpeace, der anonym bleiben wollte, sagte, die Lage sei ernst.")
    assert mention_of(an, "Lage sei ernst") == "Ein Sprecher von Greenpeace"
    assert source_of(an, "Lage sei ernst").type == "anonymous"


def test_a_name_in_apposition_after_a_role_and_its_phrase():
    an = run(LEAD + "Das Ziel sei erreicht, sagte die US-Delegationsleiterin beim Klimagipfel, Sharon Hayes. Das sei "
             "gut, sagte der Minister beim Besuch in Bonn, und ging.")
    src = source_of(an, "Ziel sei erreicht")
    assert (src.name, src.type) == ("Sharon Hayes", "person")
    assert mention_of(an, "sei gut") == "der Minister"


def test_a_pronoun_speaker_takes_no_noun_after_it():
    an = run(LEAD + "Trainer Müller sprach von einem schweren Spiel. Danach kritisierte er Fans des Teams dafür, dass "
             "sie gepfiffen hatten.")
    assert mention_of(an, "gepfiffen") == "er"
