"""Round 5: source mentions that stand for a speaker without naming one, as SpkAtt and GePaDe mark them:
"Demnach", "Seiner Meinung nach", "nach dessen Angaben", generic "man", and the personal pronoun of a
verb-final clause ("wenn wir darüber reden"). The Source stays the current speaker where the words name
no one. Sentences written here."""

from __future__ import annotations

from .helpers import find
from .helpers import run as _run


def run(body: str, title: str = "Meldung des Tages"):
    an = _run(body, title)
    return an, {s.id: s for s in an.sources}


def test_demnach_is_the_mention_and_the_source_the_current_speaker():
    an, srcs = run(
        "Das Statistikamt teilte am Montag mit, die Preise seien gestiegen. "
        "Demnach sind die Ausgaben für Schulen um zwölf Prozent gestiegen."
    )
    a = find(an, "Ausgaben für Schulen")
    assert a.cue.text == "Demnach" and a.source_mention.text == "Demnach"
    assert a.source == find(an, "Preise seien").source  # "Demnach" names no new Source


def test_possessive_nach_phrase_is_the_mention():
    an, srcs = run(
        "Der Bürgermeister Karl Beispiel äußerte sich am Abend. "
        "Seiner Meinung nach hätte die Brücke schon vor Jahren saniert werden müssen."
    )
    a = find(an, "Brücke")
    assert a.cue.text == "nach" and a.source_mention.text == "Seiner Meinung"


def test_generic_man_is_the_mention_not_the_noun_after_the_verb():
    an, _ = run("Dazu muss man allerdings wissen, dass der Anteil der Kohle dort bei nur vier Prozent liegt.")
    a = find(an, "Anteil der Kohle")
    assert a.source_mention is not None and a.source_mention.text == "man"


def test_pronoun_of_a_verb_final_clause_is_the_subject():
    an, _ = run("Aber wenn wir über höhere Bußgelder reden, dann müssen wir erklären, wofür das Geld gebraucht wird.")
    a = next(a for a in an.attributions if a.cue is not None and a.cue.text == "reden")
    assert a.source_mention.text == "wir"


def test_pronoun_after_dass_is_the_subject_not_the_object():
    an, _ = run("Die Ministerin sagte, es sei wichtig, dass sie den Kommunen mitteile, wie die Hilfen verteilt werden.")
    a = next(a for a in an.attributions if a.cue is not None and a.cue.text == "mitteile")
    assert a.source_mention.text == "sie"


def test_english_is_unchanged_by_the_german_rules():
    an, srcs = run("Jane Roe, the mayor of Exampleton, said the bridge would reopen in May.", "City news")
    a = find(an, "bridge")
    assert srcs[a.source].name == "Jane Roe"


def test_english_who_clause_reports_rightwards_and_resolves_to_the_antecedent():
    an, srcs = run(
        "The plan angered members of the Green party, who said the cuts would hurt rural schools.", "Budget row"
    )
    a = find(an, "rural schools")
    assert a.message.text == "the cuts would hurt rural schools"
    assert a.source_mention.text == "who"
    s = srcs[a.source]
    assert s.type == "anonymous" and "members of the Green party" in s.description


def test_english_who_clause_after_an_apposition_is_the_named_person():
    an, srcs = run("Among the critics is John Example, a lawyer in Exampleton, who said the ruling was wrong.", "Court")
    a = find(an, "ruling was wrong")
    assert srcs[a.source].name == "John Example"


def test_members_of_a_body_are_anonymous_in_both_languages():
    an, srcs = run("Mitglieder der Stadtratsfraktion sagten, der Haushalt sei nicht zu halten.")
    assert srcs[find(an, "Haushalt").source].type == "anonymous"
    an, srcs = run("Two members of the council said the budget could not be met.", "Council")
    s = srcs[find(an, "budget").source]
    assert s.type == "anonymous" and s.count == 2


def test_english_familiar_with_phrase_is_the_whole_anonymous_description():
    an, srcs = run("People familiar with the negotiations said the deal was close.", "Deal")
    a = find(an, "deal was close")
    assert a.source_mention.text == "People familiar with the negotiations"
    assert srcs[a.source].type == "anonymous"
    an, srcs = run("The factory will close in June, a person close to the owners said.", "Factory")
    a = find(an, "factory will close")
    assert srcs[a.source].description == "a person close to the owners"


def test_lassen_sie_mich_the_speaker_is_mich():
    an, _ = run("Zum Schluss lassen Sie mich noch darauf hinweisen, dass die Frist im Mai endet.")
    a = find(an, "Frist im Mai")
    assert a.source_mention.text == "mich"
    an, _ = run("Lasst uns darüber reden, wie wir die Schulen besser ausstatten.")
    assert find(an, "Schulen besser").source_mention.text == "uns"
