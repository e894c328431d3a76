"""Headline check: supported, stronger than the body, unsupported — with a checkable explanation."""

from __future__ import annotations

from reportedly.analysis.claims.headline import check_headline


def test_headline_probable_headline_over_possible_body_is_stronger(run):
    doc = run(
        "Zeitung: Regierung verpasste wohl Chance auf Einigung mit Gewerkschaften\n\n"
        'Ein Beamter, der nicht genannt werden wollte, sagte der Zeitung: "Möglicherweise haben wir eine '
        'Chance auf eine Einigung verpasst." Ein anderer Beamter bezweifelte, dass die Gewerkschaften je '
        "verhandeln wollten."
    )
    h = doc.analysis.headline
    assert h.assessment == "stronger_than_body"
    assert "'wohl'" in h.explanation and "Möglicherweise" in h.explanation
    assert [s.text for s in h.hedges] == ["wohl"]


def test_headline_plain_report_is_supported(run):
    doc = run(
        "Bahn erhöht Preise im Fernverkehr um drei Prozent\n\n"
        "Die Deutsche Bahn erhöht zum Fahrplanwechsel die Preise im Fernverkehr um drei Prozent. "
        "Das teilte das Unternehmen am Montag mit."
    )
    assert doc.analysis.headline.assessment == "supported"


def test_headline_without_backing_is_unsupported(run):
    doc = run(
        "Minister kündigt Rücktritt an\n\n"
        "Der Bundestag hat am Donnerstag über den Haushalt debattiert. Die Opposition kritisierte die "
        "Ausgaben für Verteidigung."
    )
    h = doc.analysis.headline
    assert h.assessment == "unsupported" and h.explanation.endswith(".")


def test_headline_figure_larger_than_body_is_stronger(run):
    doc = run(
        "Flood kills 500 people in northern India\n\n"
        "Floods in northern India have killed at least 120 people, officials said on Monday. "
        "Rescue teams are searching for people who were killed or missing in the flood."
    )
    h = doc.analysis.headline
    assert h.assessment == "stronger_than_body" and "'500 people'" in h.explanation


def test_headline_dropped_attribution_is_stronger(run):
    doc = run(
        "Mayor took bribes from developers\n\n"
        "The opposition claimed on Tuesday that the mayor took bribes from two developers. "
        "The mayor denied the accusation."
    )
    assert doc.analysis.headline.assessment == "stronger_than_body"


def test_headline_none_without_a_body(run):
    assert check_headline(run("Nur eine Zeile"), []) is None


def test_shot_down_in_the_headline_is_destroyed_in_the_body():
    from reportedly import analyze

    a = analyze("Russia says it shot down 20 Ukrainian drones over Crimea\n\nRussia's Defence Ministry said on "
                "Sunday its air defences had destroyed 20 Ukrainian drones over the Crimean peninsula overnight.")
    assert a.headline is not None and a.headline.assessment == "supported"
