"""Round 13 (German): rules found on the SpkAtt news tune split once its quotations were seen — short
quotations that are names or scare quotes, source phrases inside subordinate clauses, "bekannt geben",
"sich befinden". Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def parts(a) -> list[str]:
    return [p.text for p in a.message_parts] or [a.message.text]


def test_a_short_quote_in_narration_is_no_quotation_of_the_current_speaker():
    an = run(LEAD + "Die Ministerin sagte, die Lage sei ernst. Das Projekt gilt seitdem als „toter Gaul“ in Berlin.")
    assert [a.message.text for a in an.attributions] == ["die Lage sei ernst"]


def test_a_quoted_sentence_still_takes_the_current_speaker():
    an = run(LEAD + "Die Ministerin sagte, die Lage sei ernst. „Wir müssen jetzt handeln.“")
    assert find(an, "Wir müssen jetzt handeln").source == find(an, "die Lage sei ernst").source


def test_a_short_quote_after_a_noun_is_a_name_not_the_cues_message():
    an = run(LEAD + "Der Konzern stellte am Dienstag das Telefon „Nova X“ vor.")
    assert not any("Nova" in a.message.text for a in an.attributions)


def test_a_source_phrase_inside_a_relative_clause_reports_that_clause():
    an = run(LEAD + "Die Männer, die laut Polizei für zehn Überfälle verantwortlich sein dürften, schweigen bisher.")
    a = find(an, "Überfälle")
    assert a.cue.text == "laut"
    assert parts(a) == ["die", "für zehn Überfälle verantwortlich sein dürften"]


def test_a_nach_phrase_inside_a_da_clause_reports_that_clause():
    an = run(
        LEAD + "Die Hunde trafen verspätet ein, da nach Angaben des Zolls die Genehmigung zu spät beantragt worden war."
    )
    a = find(an, "Genehmigung")
    assert parts(a) == ["die Genehmigung zu spät beantragt worden war"]


def test_a_source_phrase_in_the_main_clause_still_reports_the_sentence():
    an = run(LEAD + "Nach Angaben der Polizei wurden zwei Männer festgenommen, die in Köln wohnen.")
    assert "zwei Männer festgenommen" in find(an, "zwei Männer").message.text


def test_bekannt_geben_is_a_cue():
    an = run(
        LEAD
        + "Die Firma hat bekannt gegeben, dass sie das Werk schließt. "
        + "Wie der Konzern bekannt gab, ist der Chef krank."
    )
    assert find(an, "das Werk schließt").cue.text == "gegeben"
    assert find(an, "der Chef krank").cue.text == "gab"
    an = run(LEAD + "Die Staatsanwaltschaft gab heute bekannt, dass den Tätern ein Strafnachlass zugebilligt wird.")
    assert find(an, "Strafnachlass").cue.text == "gab"


def test_reflexive_befinden_is_no_cue():
    an = run(LEAD + "An Bord befanden sich zwei Männer, beide haben den Absturz überlebt.")
    assert an.attributions == []
    an = run(LEAD + "Das Gericht befand, dass der Vertrag nichtig ist.")
    assert find(an, "der Vertrag nichtig").cue.text == "befand"


def test_a_closing_apposition_belongs_to_the_mention_not_the_message():
    an = run(LEAD + "„Wir sind bereit“, sagte Anna Kolb, Geschäftsführerin des Bauernverbands.")
    a = find(an, "Wir sind bereit")
    assert a.source_mention.text == "Anna Kolb, Geschäftsführerin des Bauernverbands"
    assert an.source_by_id(a.source).name == "Anna Kolb"
    an = run(LEAD + "Die Lage sei ernst, sagte Kolb, der Chef der Bank.")
    a = find(an, "Die Lage sei ernst")
    assert parts(a) == ["Die Lage sei ernst"]
    assert a.source_mention.text == "Kolb, der Chef der Bank"


def test_a_party_in_brackets_and_a_von_phrase_join_the_closing_mention():
    an = run(LEAD + "„Wir sind bereit“, sagte Ministerin Gitta Kolb (SPD).")
    assert find(an, "Wir sind bereit").source_mention.text == "Ministerin Gitta Kolb (SPD)"
    an = run(LEAD + "„Wir sind bereit“, sagte Theo Kitz vom Bankhaus Merck.")
    assert find(an, "Wir sind bereit").source_mention.text == "Theo Kitz vom Bankhaus Merck"


def test_a_noun_phrase_message_ends_before_the_next_clause():
    an = run(LEAD + "Der Verband kritisierte den Plan scharf und forderte eine neue Prüfung.")
    assert find(an, "den Plan").message.text == "den Plan"  # s10: "scharf" is the narrator's manner


def test_the_subject_of_a_cue_inside_an_als_clause():
    an = run(LEAD + "Als der Regierungschef am Sonntag sagte, dass die Proteste keine Revolution seien, war es ruhig.")
    assert mention_of(an, "keine Revolution") == "der Regierungschef"


def test_a_subject_after_the_verb_with_an_attribute_of_its_own():
    an = run(LEAD + "Die Lage sei ernst, sagte die für Finanzen zuständige Ministerin.")
    assert mention_of(an, "Die Lage sei ernst") == "die für Finanzen zuständige Ministerin"
    assert source_of(an, "Die Lage sei ernst").type == "person"


def test_nach_der_veroeffentlichung_is_a_time_not_a_source():
    an = run(LEAD + "Nach der Veröffentlichung des Berichts kam es zu Protesten vor dem Rathaus.")
    assert an.attributions == []
    an = run(LEAD + "Nach einer Veröffentlichung der Zeitung hat der Konzern Verluste gemacht.")
    assert find(an, "Verluste").cue.text == "Nach"


def test_a_noun_in_the_konjunktiv_form_list_is_no_continuation():
    body = "Der Wetterdienst warnte vor Sturm. Für weite Teile des Landes wurde eine Warnung ausgegeben."
    an = run(LEAD + body)
    assert not any("Warnung ausgegeben" in a.message.text for a in an.attributions)
    an = run(LEAD + "Der Wetterdienst warnte vor Sturm. Für weite Teile des Landes gebe es eine Warnung.")
    assert find(an, "eine Warnung").source == find(an, "vor Sturm").source


def test_a_first_person_konjunktiv_sentence_is_no_continuation():
    an = run(LEAD + "Der Minister sagte, die Lage sei ernst. Wir hätten das früher sehen müssen.")
    assert not any("früher sehen" in a.message.text for a in an.attributions)
    an = run(LEAD + "Der Minister sagte, die Lage sei ernst. Die Behörden hätten das früher sehen müssen.")
    assert find(an, "früher sehen").source == find(an, "die Lage sei ernst").source  # s12: not "Man hätte"


def test_geschlossen_is_no_cue():
    an = run(LEAD + "Die Stadt teilte mit, dass alle Schulen am Montag geschlossen werden.")
    assert [a.cue.text for a in an.attributions] == ["teilte"]
    an = run(LEAD + "Im Bund werden Lücken geschlossen, die Regeln werden verschärft.")
    assert an.attributions == []


def test_a_cue_before_a_colon_reports_the_next_unquoted_sentence():
    an = run(LEAD + "Der Minister sagte am Montag:\n\nDas Gesetz ist in dieser Form nicht haltbar.")
    a = find(an, "Das Gesetz ist")
    assert a.cue.text == "sagte" and a.source_mention.text == "Der Minister"
    an = run(LEAD + "Der Konzern stellte sein neues Modell vor:\n\nDas Auto fährt elektrisch und kostet wenig.")
    assert an.attributions == []


def test_a_label_in_brackets_and_a_quoted_name_join_any_mention():
    an = run(LEAD + "Der Innenminister Thomas Maier (CDU) sagte, die Lage sei ernst.")
    a = find(an, "die Lage sei ernst")
    assert a.source_mention.text == "Der Innenminister Thomas Maier (CDU)"
    assert an.source_by_id(a.source).name == "Thomas Maier"
    an = run(LEAD + "Die Lage sei ernst, meldet die Nachrichtenagentur „Xinhua“.")
    assert mention_of(an, "Die Lage sei ernst") == "die Nachrichtenagentur „Xinhua“"
    an = run(LEAD + "Nach Angaben des Fonds (MIF) ist die Lage ernst.")
    assert find(an, "die Lage ernst").message.text == "ist die Lage ernst"


def test_a_phrase_before_the_finite_verb_belongs_to_the_opening_mention():
    an = run(LEAD + "Die Botschaft im Irak empfahl, das Land sofort zu verlassen.")
    assert mention_of(an, "das Land sofort") == "Die Botschaft im Irak"
    an = run(LEAD + "Der Minister am Montag sagte, die Lage sei ernst.")
    assert mention_of(an, "die Lage sei ernst") == "Der Minister"


def test_a_month_is_no_subject():
    an = run(LEAD + "Die Wochenzeitung „Neue Welt“ hatte letzten September kritisiert, die Partei sei zu weich.")
    a = find(an, "die Partei sei zu weich")
    assert a.source_mention.text == "Die Wochenzeitung „Neue Welt“"
    assert an.source_by_id(a.source).type == "media"


def test_a_speaker_before_a_colon_without_a_verb():
    an = run(LEAD + "Der Minister zum Urteil: „Wir werden das nicht hinnehmen.“")
    a = find(an, "Wir werden das")
    assert a.mode == "direct" and a.cue is None
    assert a.source_mention.text == "Der Minister"
    an = run(LEAD + "Auf dem Plakat: „Wir werden das nicht hinnehmen.“")
    assert find(an, "Wir werden das").source is None
