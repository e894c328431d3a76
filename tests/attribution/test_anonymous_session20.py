"""Session 20: anonymous sources a verification desk looks for first — the person told an outlet, not
the outlet speaking; a person's place of origin is no name; an unknown compound for people in a headline."""

from __future__ import annotations

from reportedly import analyze

from .helpers import run_en
from .helpers import titled as _analysis


def _source(an, k: int = 0):
    return an.source_by_id(an.attributions[k].source)


def test_the_outlet_told_after_a_person_in_the_vorfeld_is_no_speaker():
    a = _analysis("Der Konzern äußerte sich nicht. Drei mit den Plänen vertraute Personen sagten der "
                  "Nachrichtenagentur Reuters, die Entscheidung falle bald.")
    s = _source(a)
    assert (s.type, s.description, s.count) == ("anonymous", "Drei mit den Plänen vertraute Personen", 3)
    a = _analysis("Ein hoher Nato-Offizier sagte der dpa, die Truppenbewegungen seien ungewöhnlich.")
    s = _source(a)
    assert (s.type, s.description, s.affiliation) == ("anonymous", "Ein hoher Nato-Offizier", "Nato")


def test_a_masculine_outlet_after_the_verb_still_speaks():
    a = _analysis("Am Abend bestätigte der Sender, dass die Sendung ausfalle.")
    assert (a.attributions[0].source_mention.text, _source(a).type) == ("der Sender", "media")
    a = _analysis("Am Montag sagte der Deutschen Presse-Agentur ein Sprecher, die Lage sei ernst.")
    assert (_source(a).type, a.attributions[0].source_mention.text) == ("anonymous", "ein Sprecher")


def test_a_place_of_origin_is_no_name():
    a = _analysis("Ein Klinikmanager aus Bayern, der anonym bleiben will, sagte, ohne Hilfe müsse sein Haus "
                  "schließen.")
    s = _source(a)
    assert (s.name, s.type, s.count, s.affiliation) == (None, "anonymous", 1, "Bayern")
    s = _source(_analysis("Ein Landwirt aus dem Emsland, der seinen Namen nicht nennen will, sagte, die Ernte sei "
                          "verloren."))
    assert (s.name, s.type) == (None, "anonymous")
    assert _source(_analysis("Ein Sprecher von Greenpeace sagte, es sei gut.")).affiliation == "Greenpeace"


def test_a_headline_opening_with_an_unknown_people_compound():
    a = analyze("Sicherheitskreise warnen vor Anschlägen\n\nDie Polizei ist in Alarmbereitschaft.")
    x = a.attributions[0]
    assert (x.source_mention.text, _source(a).type) == ("Sicherheitskreise", "anonymous")


def test_english_person_from_a_place_is_unnamed():
    an = run_en("A hospital manager from Ohio, who did not want to be named, said his hospital would close.")
    s = an.source_by_id(an.attributions[0].source)
    assert (s.name, s.type, s.affiliation) == (None, "anonymous", "Ohio")
    an = run_en("John Doe from Example Securities said the market would recover.")
    assert an.source_by_id(an.attributions[0].source).name == "John Doe"
