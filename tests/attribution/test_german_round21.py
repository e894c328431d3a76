"""Round 21 (German, session 11): found on real pages, not in SpkAtt's Wikinews: a clause after an inserted
cue, the man who opens the sentence before "Er sagt", an age epithet two sentences after the name, a
comparison in Konjunktiv II after a quotation. Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def test_a_konjunktiv_clause_after_an_inserted_cue_goes_on_with_the_message():
    an = run(LEAD + "Die Lage sei ernst, sagte Müller, weil die Dämme brechen könnten.")
    a = find(an, "Lage")
    assert [p.text for p in a.message_parts] == ["Die Lage sei ernst", "weil die Dämme brechen könnten"]


def test_an_indicative_clause_after_an_inserted_cue_is_the_narrators():
    an = run(LEAD + "Bei Fahrten in seine Heimat sitze er nun den ganzen Tag im Zug, sagt de Decker, wo er "
             "früher im Schlafwagen reiste.")
    a = find(an, "Fahrten")
    assert a.message.text == "Bei Fahrten in seine Heimat sitze er nun den ganzen Tag im Zug"
    assert not any("Schlafwagen" in x.message.text for x in an.attributions)


def test_a_new_report_after_an_inserted_cue_stays_an_attribution_of_its_own():
    an = run(LEAD + "Die Lage sei ernst, sagte Müller, und fügte hinzu, die Regierung müsse handeln.")
    assert find(an, "Lage").message.text == "Die Lage sei ernst"
    assert find(an, "Regierung").cue_parts or find(an, "Regierung").cue.text == "fügte"


def test_a_verb_after_a_comma_with_no_subject_is_no_inserted_cue():
    an = run(LEAD + "Sie steigen da ein, sagen, wo Sie hinwollen, und dann werden Sie da hingebracht.")
    assert not any(a.message.text == "Sie steigen da ein" for a in an.attributions)


def test_er_is_the_man_who_opens_the_sentence_before():
    an = run("Der Datenschutzbeauftragte Johannes Caspar erklärt, dass Unternehmen eine Frist haben. Reporter "
             "fanden die Person, die die Daten veröffentlicht hat. Der Mann veröffentlicht regelmäßig gehackte "
             "Informationen. Er sagt, dass er aus Protest gehandelt habe.")
    src = source_of(an, "Protest")
    assert src.name != "Johannes Caspar" and src.type == "anonymous"


def test_er_stays_the_speaker_when_the_sentence_before_names_him():
    an = run(LEAD + "Der Minister Peter Müller kritisierte die Pläne. Der Mann verlangte Änderungen von Müller. "
             "Er sagte, die Lage sei ernst.")
    assert source_of(an, "Lage").name == "Peter Müller"


def test_an_age_epithet_two_sentences_after_a_name_is_that_person():
    an = run("Auch FDP-Chef Christian Lindner fordert mehr Züge. „Was würde dem Klima helfen?“, sagte Lindner. "
             "Kris de Decker kennt das aus eigener Erfahrung. Seit 2008 verzichtet der belgische Journalist "
             "komplett auf Flüge. „Ich habe diese Art zu Reisen sehr genossen. Die ersten Jahre waren toll“, "
             "erzählt der 48-Jährige.")
    assert source_of(an, "ersten Jahre").name == "Kris de Decker"


def test_a_comparison_in_konjunktiv_ii_after_a_quotation_is_no_continuation():
    an = run(LEAD + "„Was würde dem Klima mehr helfen?“, sagte Lindner beim Treffen. Eine schöne Vision – aber "
             "nicht so weit von der Realität entfernt, wie man denken könnte.")
    assert not any("Vision" in a.message.text for a in an.attributions)


def test_a_clause_that_says_when_something_was_said_is_no_message():
    an = run(LEAD + "Der Minister besuchte das Krankenhaus. Das sagte er, als er das Krankenhaus besuchte.")
    assert not any(a.message.text.startswith("als er") for a in an.attributions)


def test_the_noun_of_a_prepositional_phrase_after_the_verb_is_no_speaker():
    an = run(LEAD + "Am Freitag noch traf er sich mit Neubauer, bot ihr einen Job an, redete übers Klima.")
    assert not any(s.name == "Klima" or s.description == "Klima" for s in an.sources)


def test_gender_forms_are_unnamed_people():
    an = run(LEAD + "Mehrere Expert*innen warnten, die Lage sei ernst.")
    src = source_of(an, "Lage")
    assert src.type == "anonymous" and src.description == "Mehrere Expert*innen"


def test_a_konjunktiv_inside_a_clause_after_the_colon_makes_no_report_of_the_verb_before():
    an = run(LEAD + "Siemens wird weiter Anteile halten und kann deshalb eines nicht brauchen: Aufträge verlieren, "
             "weil Geschäftspartner das Signal erhalten, der Konzern werde vertragsbrüchig.")
    assert not any(a.cue is not None and a.cue.text == "wird" for a in an.attributions)


def test_a_verb_final_sollen_in_a_relative_clause_continues_no_one():
    an = run(LEAD + "Müller sagte, der Konzern werde aussteigen. Also, wie vorgesehen, Technik für eine Strecke zu "
             "liefern, über die bald Kohle rollen sollen.")
    assert not any("Technik" in a.message.text for a in an.attributions)


def test_a_verb_after_a_comma_without_its_own_subject_shares_the_first_clauses_subject():
    an = run(LEAD + "Der Reporter Peter Müller war in Texas. Er versucht, alle Zweifel zu entkräften, schreibt etwa, "
             "er habe Namen und Adressen geprüft.")
    assert source_of(an, "Adressen").name == "Peter Müller"


def test_the_clause_of_another_report_is_no_message_of_a_second_verb():
    an = run(LEAD + "Er sagt, der Artikel sei eine Fälschung, nennt Geyer Namen, Fakten, etwas unstrukturiert.")
    assert not any(a.message.text.startswith("Er sagt") for a in an.attributions)


def test_a_konjunktiv_report_inside_the_message_of_an_inserted_cue_stays():
    an = run(LEAD + "Er finde es verwunderlich, dass Lucke nicht gegangen sei, sagte Martin Dolzer.")
    assert source_of(an, "verwunderlich").name == "Martin Dolzer"


def test_the_quotation_after_a_colon_belongs_to_the_verb_after_it():
    an = run(LEAD + "Der Mann veröffentlicht regelmäßig Daten. Er sagt von sich selbst, dass er aus Protest "
             "gehandelt habe: „Ich habe die Daten veröffentlicht, weil ich gegen den Handel bin“, schrieb er dem NDR.")
    a = next(x for x in an.attributions if x.cue is not None and x.cue.text == "schrieb")
    assert a.message.text == "Ich habe die Daten veröffentlicht, weil ich gegen den Handel bin"


def test_er_after_the_verb_is_the_unnamed_man_who_spoke_before():
    an = run("Der Datenschutzbeauftragte Johannes Caspar erklärt, dass Firmen eine Frist haben. Der Mann "
             "veröffentlicht regelmäßig Daten. Er sagt, dass er aus Protest gehandelt habe. „Ich bin gegen den "
             "Handel“, schrieb er dem NDR.")
    assert source_of(an, "gegen den Handel").type == "anonymous"


def test_the_clause_before_the_colon_that_names_the_sender_gives_the_source():
    an = run(LEAD + "Recherchen sind oft schwierig, kein Wunder also, dass am Montag dann eine Mail von Relotius "
             "kommt: Die meisten Gruppen seien verschlossen.")
    assert source_of(an, "Gruppen").name == "Relotius"


def test_a_pronoun_subject_inside_a_place_phrase_is_the_speaker_alone():
    an = run(LEAD + "Dass der Vorstand in Ungnade gefallen sei, wollte in Konzernkreisen jemand offen sagen.")
    assert mention_of(an, "Ungnade") == "jemand"  # s14: with "niemand" no one speaks (test_german_round24)


def test_sie_is_the_woman_who_opens_the_sentence_before():
    an = run(LEAD + "„Ich halte das für richtig“, sagt der junge Polizist. Eine Frau kommt über die Brücke. Sie findet "
             "das zwar ungewohnt, aber nachvollziehbar: „Es kaufen zu viele Franzosen hier ein.“")
    assert source_of(an, "Franzosen").description == "Eine Frau"


def test_plural_sie_is_the_group_that_opens_the_sentence_before():
    an = run(LEAD + "Der Minister kritisierte die Pläne. Die Beamten nahmen den Mann fest. Sie teilten mit, er sei "
             "betrunken gewesen.")
    assert source_of(an, "betrunken").description == "Die Beamten"


def test_a_pronoun_after_the_verb_is_no_speaker_when_a_subject_opens_the_clause_after_a_colon():
    an = run(LEAD + "„Ich halte das für richtig“, sagt der junge Polizist. Und die Schließung ist Symbolpolitik: Kein "
             "Virologe hält sie noch für sinnvoll.")
    assert not any(a.message.text.startswith("noch für sinnvoll") and source_of(an, "noch für sinnvoll").description
                   == "der junge Polizist" for a in an.attributions)


def test_no_one_is_no_one_a_later_pronoun_refers_to():
    an = run(LEAD + "„Ich halte das für richtig“, sagt der junge Polizist. Kein Virologe oder Epidemiologe hält sie "
             "noch für sinnvoll. Die Straße ist leer. Sie kann sich frei bewegen. Sie findet das ungewohnt: „Es "
             "kaufen zu viele Franzosen hier ein.“")
    src = source_of(an, "Franzosen")
    assert src is None or not (src.description or "").startswith("Kein")


def test_das_before_the_cue_points_to_the_sentence_before_even_with_a_clause_after():
    an = run(LEAD + "Wer zu Hause arbeiten kann, soll das weiter tun. Das sagt die Politik, das tun die Betriebe.")
    a = next(x for x in an.attributions if x.cue is not None and x.cue.text == "sagt")
    assert a.message.text == "Wer zu Hause arbeiten kann, soll das weiter tun"


def test_so_es_before_the_cue_points_to_the_sentence_before():
    an = run(LEAD + "Die Betriebe müssen Seife und Masken bereitstellen. So verlangt es die Regierung.")
    a = next(x for x in an.attributions if x.cue is not None and x.cue.text == "verlangt")
    assert a.message.text == "Die Betriebe müssen Seife und Masken bereitstellen"


def test_dies_as_the_subject_keeps_its_dass_clause():
    an = run(LEAD + "Die Simulation lief ein Jahr. Dies verdeutlicht, dass große Projekte viele Menschen brauchen.")
    assert find(an, "große Projekte").message.text == "dass große Projekte viele Menschen brauchen"


def test_a_subheading_quotation_belongs_to_whom_the_text_quotes_with_it_later():
    an = run(LEAD + "„Wir haben Aufträge verschoben“, sagt der Chef Matthias Frankenstein.\n\n„Es darf sich nicht die "
             "ganze Herde infizieren“\n\nIn der Bäckerei ist es ruhig. „Es darf sich nicht die ganze Herde "
             "infizieren“, sagt Karsten Berning.")
    heading = next(a for a in an.attributions if a.cue is None and "Herde" in a.message.text)
    assert an.source_by_id(heading.source).name == "Karsten Berning"


def test_a_so_phrase_ends_before_how_and_about_what_the_speaker_spoke():
    an = run(LEAD + "„Sie ist nicht zu ersetzen“, sagt Sportdirektorin Kim Renkema. „Sie fehlt uns“, so Renkema "
             "geknickt. Lena ist eine gute Spielerin. „Lena hat einen starken Aufschlag“, so die Stuttgarter "
             "Sportdirektorin über die Stärken der Rivers-Vertreterin.")
    assert mention_of(an, "fehlt uns") == "Renkema"
    assert mention_of(an, "Aufschlag") == "die Stuttgarter Sportdirektorin"
    assert source_of(an, "Aufschlag").name == "Kim Renkema"


def test_laut_or_nach_with_a_relative_pronoun_cites_the_noun_before_the_comma():
    an = run(LEAD + "Am Montag veröffentlichte das Notfallteam eine Übersicht des Ausbruchs, laut der etwa 2,3 Prozent "
             "der Erkrankten starben. Er verwies auf Studien der Berliner Charité, nach denen Homöopathie wirke.")
    a = find(an, "2,3 Prozent")
    assert a.message.text == "etwa 2,3 Prozent der Erkrankten starben" and a.source_mention.text == "der"
    assert an.source_by_id(a.source).description == "eine Übersicht des Ausbruchs"
    nach = next(x for x in an.attributions if x.cue is not None and x.cue.text == "nach")
    assert nach.message.text == "Homöopathie wirke" and an.source_by_id(nach.source).name == "Berliner Charité"


def test_nach_dem_after_an_event_noun_is_a_time():
    an = run(LEAD + "Die Zahl der Festnahmen stieg nach dem Spiel, nach dem die Fans randalierten.")
    assert not any("randalierten" in a.message.text for a in an.attributions)


def test_a_cue_inside_a_fronted_concessive_or_conditional_clause_reports_nothing():
    an = run(LEAD + "Obwohl sich viele Gläubige eine offenere Kirche wünschen, so tut sich der Vatikan schwer damit. "
             "Hätte das Gericht den Forderungen zugestimmt, dann wäre der Prozess hinfällig gewesen.")
    assert not any("Vatikan" in a.message.text or "hinfällig" in a.message.text for a in an.attributions)


def test_a_surname_with_von_after_a_quotation_and_berichten_is_the_speaker():
    an = run(LEAD + "„Wir rechnen mit Verlusten“, sagte HDE-Präsident Alexander von Preen. Vor Corona gab es dem HDE "
             "zufolge rund 40.000 Schließungen. „Und jetzt bleibt das Tempo hoch“, berichtete von Preen.")
    assert source_of(an, "Tempo").name == "Alexander von Preen"
