"""Session 17 (German): the place that says which body speaks, and hearsay without a named speaker."""

from __future__ import annotations

from reportedly import analyze


def _row(a):
    (x,) = a.attributions
    src = next(s for s in a.sources if s.id == x.source)
    return x.source_mention.text, src.type, src.name


def test_a_place_after_an_organisation_noun_belongs_to_the_mention_not_the_name():
    a = analyze("Titel\n\nDrei Menschen starben, bestätigte die Provinzregierung in Helmand am Montag.")
    assert _row(a) == ("die Provinzregierung in Helmand", "organization", None)
    a = analyze("Titel\n\nWie das Nobelkomitee im norwegischen Oslo mitteilte, fiel die Wahl einstimmig.")
    assert _row(a)[0] == "das Nobelkomitee im norwegischen Oslo"


def test_a_phrase_after_an_organisation_that_names_no_place_is_left_out():
    a = analyze("Titel\n\nDrei Menschen starben, bestätigte die Regierung in einer Erklärung.")
    assert _row(a)[0] == "die Regierung"
    a = analyze("Titel\n\nDie Staatsanwaltschaft Köln teilte mit, der Mann sei frei.")
    assert _row(a) == ("Die Staatsanwaltschaft Köln", "organization", "Staatsanwaltschaft Köln")


def test_dem_vernehmen_nach_is_hearsay_and_a_later_konjunktiv_goes_on_with_the_last_speaker():
    a = analyze("Titel\n\nWie die Polizei bekannt gab, wird es mehr Kontrollen geben. Dort treffen sich dem "
                "Vernehmen nach Gruppen, die Menschen anpöbeln. Es sei wiederholt zu Diebstählen gekommen.")
    assert "dem Vernehmen nach" in [h.span.text for h in a.hedges]
    last = a.attributions[-1]
    assert last.cue is None and a.source_by_id(last.source).description == "die Polizei"


def test_sagte_a_body_then_an_outlet_is_whom_the_body_told():
    a = analyze("Titel\n\nDas sei falsch, teilte das Ministerium der Deutschen Presse-Agentur mit.")
    (x,) = a.attributions
    assert x.source_mention.text == "das Ministerium" and a.chain(x) == ["dpa", "das Ministerium"]
