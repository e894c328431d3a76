"""Quantities: formats, approximations, ranges, counted things, and what is not a quantity."""

from __future__ import annotations

import pytest

from reportedly.analysis.claims.quantities import find_quantities


def _one(run, text):
    qs = find_quantities(run(text))
    assert len(qs) == 1, [(q.span.text, q.value) for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    "text,value,approx,unit_part",
    [
        (
            "Kiew.\n\nDas Ministerium meldete, die Armee habe mehr als 43.000 Kämpfer verloren.",
            43000,
            "more_than",
            "Kämpfer",
        ),
        (
            "Haushalt.\n\nDer Etat des Ministeriums umfasst im kommenden Jahr 17,3 Mrd. Euro.",
            17.3e9,
            "exact",
            "Euro",
        ),
        (
            "Hochwasser.\n\nNach Schätzungen sind rund 1,5 Millionen Menschen von der Flut betroffen.",
            1.5e6,
            "about",
            "Menschen",
        ),
        (
            "Inflation.\n\nDie Verbraucherpreise stiegen im Vorjahresvergleich um drei Prozent.",
            3,
            "exact",
            "Prozent",
        ),
        ("Umfrage.\n\nZwei Drittel der Befragten lehnen die Reform ab.", 0.6667, "exact", "Drittel"),
        (
            "Streik.\n\nDer Konzern droht mit einer Strafe von bis zu zehn Millionen Euro.",
            1e7,
            "less_than",
            "Euro",
        ),
        ("Kosten.\n\nDie Sanierung kostete knapp 3.300 Euro pro Wohnung.", 3300, "less_than", "Euro"),
        ("Results.\n\nThe company said it lost $2.5bn in the last quarter.", 2.5e9, "exact", "$"),
        (
            "Covid.\n\nThe state has recorded nearly 162,000 infections since March.",
            162000,
            "less_than",
            "infections",
        ),
        ("Storm.\n\nAt least 12 people were killed when the storm hit the coast.", 12, "more_than", "people"),
        ("Rates.\n\nUnemployment rose to 9.59 percent in the second quarter.", 9.59, "exact", "percent"),
    ],
)
def test_quantities_formats_and_approximations(run, text, value, approx, unit_part):
    q = _one(run, text)
    assert q.value == pytest.approx(value, rel=1e-3)
    assert q.approximation == approx
    assert unit_part in (q.unit or "")


def test_quantities_range_has_lower_value_and_upper(run):
    q = _one(run, "Gefechte.\n\nBei den Kämpfen wurden nach Angaben der Armee 20 bis 30 Soldaten verletzt.")
    assert (q.value, q.upper, q.approximation) == (20, 30, "range")
    q = _one(run, "Model.\n\nThe model projects that between 100,000 and 200,000 Americans could die.")
    assert (q.value, q.upper, q.approximation) == (100000, 200000, "range")


def test_quantities_sub_counts_are_their_own(run):
    doc = run(
        "Bilanz.\n\nDas Militär habe 1.831 ukrainische Panzerfahrzeuge, darunter 25 Leopard-Panzer, "
        "sieben AMX-Radpanzer und 21 Bradley-Schützenpanzer, zerstört."
    )
    got = [(q.value, q.unit) for q in find_quantities(doc)]
    assert got == [
        (1831, "ukrainische Panzerfahrzeuge"),
        (25, "Leopard-Panzer"),
        (7, "AMX-Radpanzer"),
        (21, "Bradley-Schützenpanzer"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Termin.\n\nAm 18. August 2023 um 14:30 Uhr trat der 36-jährige Minister vor die Presse.",
        "Nachfolge.\n\nHoch im Kurs steht seine Schwester Kim Yo Jong (32), heißt es in Seoul.",
        "Nato.\n\nDie Regierung berief sich auf Artikel 5 des Nordatlantikvertrags.",
        "Pandemie.\n\nDie COVID-19-Pandemie hat die Branche hart getroffen.",
        "Liga.\n\nDer Verein spielt seit Jahren in der 3. Liga.",
        "Plan.\n\n1. Die Steuern sinken.\n2. Die Renten steigen.",
        "Filing.\n\nThe page was created on Dec. 19, a day before the deadline.",
        "Judge.\n\nThe governor appointed Montoya-Lewis, 51, to the court in 2019.",
        "Bericht.\n\nIn den vergangenen zwei Jahren hat sich wenig getan.",
    ],
)
def test_quantities_excludes_dates_times_ages_identifiers_lists(run, text):
    assert [q.span.text for q in find_quantities(run(text))] == []


def test_quantities_rate_base_is_not_a_quantity(run):
    qs = find_quantities(run("Infections.\n\nSpain reported 25.9 new cases per 100,000 people this week."))
    assert [q.value for q in qs] == [25.9]


def test_quantities_articles_are_not_the_number_one(run):
    assert find_quantities(run("Besuch.\n\nEin Sprecher sagte, eine Entscheidung falle bald.")) == []
