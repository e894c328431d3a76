"""Round 21 (German, session 11): found on real pages, not in SpkAtt's Wikinews: a clause after an inserted
cue, the man who opens the sentence before "Er sagt", an age epithet two sentences after the name, a
comparison in Konjunktiv II after a quotation. Sentences written here."""

from __future__ import annotations

from .helpers import find, run, source_of

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
