"""More reported speech found: colon + Konjunktiv, "nach Brancheninformationen", "unter Berufung auf",
quotes in the next sentence, and English word order the tagger gets wrong. Sentences written here."""

from __future__ import annotations

from .helpers import find, run


def test_colon_with_konjunktiv_is_reported_speech():
    an = run(
        "Firmenchef Paul Muster sagte, das Jahr sei gut gelaufen. "
        "Muster beschrieb die Lage: Die Auftragsbücher seien voll wie nie."
    )
    a = find(an, "Auftragsbücher")
    assert a.mode == "indirect" and an.source_by_id(a.source).name == "Paul Muster"
    assert a.message.text.startswith("Die Auftragsbücher seien")


def test_noun_before_colon_names_the_source():
    an = run("Der Vorwurf Müllers: Die Stadt habe die Frist absichtlich verstreichen lassen.")
    a = find(an, "Frist")
    assert a.cue.text == "Vorwurf" and a.source_mention.text == "Müllers"


def test_nach_compound_information_noun():
    an = run("Nach Brancheninformationen erhalten die Labels gut drei Euro pro Abonnement.")
    a = find(an, "Labels")
    assert a.mode == "according_to" and a.cue.text == "Nach"
    assert a.source_mention.text == "Brancheninformationen"


def test_unter_berufung_auf_is_according_to():
    an = run("Das Magazin meldet unter Berufung auf Regierungskreise, die Öffnung werde verschoben.")
    a = next(a for a in an.attributions if a.cue and a.cue.text == "unter")
    assert a.mode == "according_to" and "Regierungskreise" in a.source_mention.text
    assert an.source_by_id(a.source).type == "anonymous"


def test_quote_in_next_sentence_is_its_own_attribution():
    an = run(
        "“The plan is dead,” said Rita Example, a city councillor. “We will not vote for it.”",
        title="City news",
    )
    first = find(an, "plan is dead")
    second = find(an, "not vote")
    assert first is not second and "said" not in first.message.text
    assert second.source == first.source and second.source_mention is None


def test_english_said_whatever_the_tagger_says():
    an = run(
        "Officials say the bridge will reopen in May. "
        "A White House official said the talks had stalled.",
        title="City news",
    )
    a = find(an, "bridge will reopen")
    assert a.cue.text == "say" and an.source_by_id(a.source).type == "anonymous"
    s = an.source_by_id(find(an, "talks had stalled").source)
    assert s.type == "anonymous" and s.affiliation == "White House"


def test_english_inverted_anonymous_with_affiliation():
    an = run('"The race was rigged," said one GOP operative in the state.', title="Politics")
    s = an.source_by_id(find(an, "race was rigged").source)
    assert s.type == "anonymous" and s.affiliation == "GOP" and s.count == 1


def test_demnach_takes_the_current_speaker():
    an = run(
        "Die Rechercheplattform Correctiv berichtet, dass weiter Waffen nach Russland gelangen. "
        "Die Hersteller dürfen die Gewehre demnach ins Ausland verkaufen."
    )
    a = find(an, "Hersteller dürfen")
    assert a.cue.text == "demnach" and a.mode == "according_to"
    assert a.source is not None and a.source == find(an, "Waffen nach Russland").source


def test_wonach_after_noun_names_the_reports():
    an = run("Die Regierung reagierte auf Berichte, wonach der Präsident erkrankt sei.")
    a = next(a for a in an.attributions if a.cue and a.cue.text == "wonach")
    assert a.source_mention.text == "Berichte" and a.message.text == "der Präsident erkrankt sei"


def test_wie_x_berichten_fronted():
    an = run("Wie Brancheninsider gegenüber der Zeitung berichten, arbeitet der Konzern an neuen Akkus.")
    a = find(an, "arbeitet der Konzern")
    assert a.mode == "according_to" and a.source_mention.text == "Brancheninsider"
    assert an.source_by_id(a.source).type == "anonymous"


def test_nach_eigenen_angaben_is_the_subject():
    an = run("Der Verband vertritt nach eigenen Angaben etwa 1.000 Betriebe im Land.")
    a = find(an, "1.000 Betriebe")
    assert a.mode == "according_to" and a.cue.text == "nach"
    assert a.source_mention is not None and a.source_mention.text == "eigenen Angaben"  # round 15
    assert "Verband" in (an.source_by_id(a.source).description or "")


def test_konjunktiv_continues_across_a_short_paragraph():
    an = run(
        "Konzernchef Robert Beispiel sagte am Dienstag, die Nachfrage sei hoch.\n\n"
        "Aufträge für Jahre\n\n"
        "Das Flugaufkommen liege bei 108 Prozent im Vergleich zu 2019."
    )
    a = find(an, "Flugaufkommen")
    assert an.source_by_id(a.source).name == "Robert Beispiel"


def test_english_surname_after_said_whatever_its_tag():
    an = run(
        "Wayne Example, a former aide, announced his run on Monday. "
        "“The first I heard about it was late Tuesday evening,” said Example, who resigned in May.",
        title="Politics",
    )
    s = an.source_by_id(find(an, "first I heard").source)
    assert s.name == "Wayne Example" and s.type == "person"


def test_quote_over_two_sentences_takes_the_cue_after_it():
    an = run(
        '"It does not take a genius to see this. It just does not," said Jeff Sample, a councilman.',
        title="Politics",
    )
    a = find(an, "take a genius")
    assert a.mode == "direct" and an.source_by_id(a.source).name == "Jeff Sample"


def test_nach_with_determiner_and_genitive():
    an = run("Nach einer Studie der Weltgesundheitsorganisation sterben jährlich Tausende an den Folgen.")
    a = find(an, "sterben jährlich")
    assert a.cue.text == "Nach" and a.cue_parts == []
    assert a.source_mention.text == "einer Studie der Weltgesundheitsorganisation"
    assert "Weltgesundheitsorganisation" in an.source_by_id(a.source).mentions[0].text


def test_meinung_nach_is_postposed_cue():
    an = run(
        "Der Pilotenverband kritisierte die Flughafenaufsicht scharf. "
        "Seiner Meinung nach hätte die Aufsicht von einer Landung abraten müssen."
    )
    a = find(an, "Aufsicht von einer Landung")
    assert a.cue.text == "nach" and a.mode == "according_to"
    # round 5: the possessive phrase is the mention (as SpkAtt marks it); the Source is still the speaker
    assert a.source_mention.text == "Seiner Meinung"
    assert "Pilotenverband" in an.source_by_id(a.source).description


def test_so_with_apposition_names_the_source():
    an = run(
        "Das Gros der Nutzer handhabe den Konsum maßvoll, so Ursula Beispiel, die Leiterin der Fachstelle."
    )
    a = find(an, "Gros der Nutzer")
    assert a.cue.text == "so" and a.source_mention.text.startswith("Ursula Beispiel, die Leiterin")
    assert an.source_by_id(a.source).name == "Ursula Beispiel"


def test_v2_complement_opening_with_a_quoted_word_is_mixed():
    an = run(
        "Innenminister Karl Beispiel sprach am Montag in Berlin vor Journalisten über die Sicherheitslage. "
        "Er sagte, „No-Go-Areas“ dürfe es in Deutschland nicht geben."
    )
    a = find(an, "dürfe es")
    assert a.mode == "mixed" and a.cue.text == "sagte"
    assert an.source_by_id(a.source).name == "Karl Beispiel"


def test_headline_colon_needs_a_name_before_it():
    an = run("Die Preise stiegen im Juni um vier Prozent.", title="Zähne zusammenbeißen: Die Preise steigen weiter")
    assert not any(a.cue and a.cue.text == ":" for a in an.attributions)
    an = run("Die Preise stiegen im Juni um vier Prozent.", title="Politico: Die Preise steigen weiter")
    assert any(a.cue and a.cue.text == ":" for a in an.attributions)


def test_heisst_es_variants():
    an = run(
        "Der Bericht der Behörde wurde am Montag in Berlin vorgestellt. "
        "Wegen des schlechten Zugangs könnten keine Aussagen gemacht werden, heißt es in dem Bericht. "
        "Aber die Stimmung, so hieß es bei mehreren Personen im Umfeld der Kontrolleure, sei denkbar schlecht. "
        "In der Erklärung heißt es, die Lage sei ernst."
    )
    a1 = find(an, "schlechten Zugangs")
    assert a1.cue.text == "heißt" and an.source_by_id(a1.source).type == "document"
    a2 = find(an, "denkbar schlecht")
    assert [p.text for p in a2.message_parts] == ["Aber die Stimmung", "sei denkbar schlecht"]
    assert an.source_by_id(a2.source).type == "anonymous"
    a3 = find(an, "Lage sei ernst")
    assert a3.source_mention.text == "der Erklärung"


def test_sentence_initial_demnach():
    an = run(
        "Das Gericht hat am Montag sein Urteil im Fall der Atomkraftwerke verkündet. "
        "Demnach sollen ältere Atomkraftwerke acht Jahre länger laufen."
    )
    a = find(an, "ältere Atomkraftwerke")
    assert a.cue.text == "Demnach" and a.mode == "according_to"


def test_time_words_between_subject_and_said_are_skipped():
    an = run(
        "The measure comes after health officials this week said black residents account for half of all cases.",
        title="City news",
    )
    a = find(an, "black residents")
    assert a.source_mention.text == "health officials"
    assert an.source_by_id(a.source).type == "anonymous"


def test_english_subject_np_with_apposition_and_for_phrase():
    an = run(
        "Jane Sample, the Labour MP for Newcastle Central, who is supporting the report, "
        "said it showed that low pay was not just an issue for gig workers. "
        "But a spokesperson for the Colleges Employers’ Association (CEA) said its members had cut "
        "the number of such contracts.",
        title="Universities",
    )
    a = find(an, "it showed that low pay")
    assert an.source_by_id(a.source).name == "Jane Sample"
    s = an.source_by_id(find(an, "its members had cut").source)
    assert s.type == "anonymous" and s.count == 1 and "Association" in (s.affiliation or "")


def test_short_scare_quote_in_narration_is_no_attribution():
    an = run("Der Zug mit dem Namen „Blauer Blitz“ fuhr um acht Uhr ab. Die Fahrgäste stiegen in Köln um.")
    assert an.attributions == []


def test_nach_angaben_eines_indefinite_genitive():
    an = run(
        "Die Zeitung berichtet über die Verhandlungen. "
        "Nach Angaben eines Zeitungs-Gegenübers stelle sich die Regierung neu auf. "
        "Im Bericht wird das Gegenüber mit den Worten zitiert, man habe eine Chance verpasst."
    )
    a = find(an, "stelle sich die Regierung")
    s = an.source_by_id(a.source)
    assert s.type == "anonymous" and a.source_mention.text == "Angaben eines Zeitungs-Gegenübers"
    assert src_of_cue(an, "zitiert") is s


def src_of_cue(an, cue: str):
    a = next(a for a in an.attributions if a.cue and a.cue.text == cue)
    return an.source_by_id(a.source)
