"""Hedges: epistemic uses are found with their kind; deontic and non-epistemic uses are not."""

from __future__ import annotations

import pytest

from reportedly.analysis.claims.hedges import find_hedges, hedge_strength


def _hedges(run, text):
    return [(h.span.text, h.kind) for h in find_hedges(run(text))]


@pytest.mark.parametrize(
    "text,word,kind",
    [
        (
            "Kabinett.\n\nDer Minister wusste offenbar seit Wochen von den Plänen.",
            "offenbar",
            "modal_particle",
        ),
        ("Kabinett.\n\nDas war wohl ein schwerer Fehler der Regierung.", "wohl", "modal_particle"),
        ("Kabinett.\n\nDie Täter kamen vermutlich über die Grenze.", "vermutlich", "modal_particle"),
        (
            "Kabinett.\n\nDer angeblich gestohlene Wagen wurde in Polen gefunden.",
            "angeblich",
            "modal_particle",
        ),
        ("Kabinett.\n\nMöglicherweise haben wir eine Chance verpasst.", "Möglicherweise", "adverb"),
        ("Kabinett.\n\nDer mutmaßliche Täter wurde am Abend festgenommen.", "mutmaßliche", "adjective"),
        ("Kabinett.\n\nDie Einigung könnte noch an den Ländern scheitern.", "könnte", "modal_verb"),
        ("Kabinett.\n\nDie Kosten dürften in diesem Jahr weiter steigen.", "dürften", "modal_verb"),
        ("Kabinett.\n\nDer Minister soll von den Plänen gewusst haben.", "soll", "modal_verb"),
        ("Kabinett.\n\nDer Präsident scheint die Lage anders zu bewerten.", "scheint", "reporting_verb"),
        ("Kabinett.\n\nDem Vernehmen nach will der Konzern Stellen streichen.", "Dem Vernehmen nach", "reporting_verb"),
        ("Kabinett.\n\nMedienberichten zufolge will der Konzern Stellen streichen.", "Medienberichten zufolge",
         "reporting_verb"),
        ("Cabinet.\n\nThe minister reportedly knew about the plan.", "reportedly", "adverb"),
        ("Cabinet.\n\nThe bill might fail in the Senate next week.", "might", "modal_verb"),
        ("Cabinet.\n\nThe suspect is believed to have left the country.", "is believed", "reporting_verb"),
        ("Cabinet.\n\nThe governor appears to have timed his retirement.", "appears", "reporting_verb"),
    ],
)
def test_hedges_epistemic_markers_found(run, text, word, kind):
    assert (word, kind) in _hedges(run, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kabinett.\n\nDie Regierung soll handeln.",
        "Kabinett.\n\nDie Opposition fordert, die Regierung solle endlich handeln "
        "und der Minister soll zurücktreten.",
        "Kabinett.\n\nDas Gesetz dient dem Wohl der Bürger.",
        "Kabinett.\n\nDie Kinder fühlen sich in der neuen Schule wohl.",
        "Kabinett.\n\nDer Minister kann das Gesetz nicht allein ändern.",
        "Kabinett.\n\nDie Polizei will die Zeugen heute vernehmen.",
        "Cabinet.\n\nThe spokesman could not be reached for comment.",
        "Cabinet.\n\nThe vote took place in May after a long debate.",
        "Cabinet.\n\nThe ministry wants a decision as soon as possible.",
        "Kabinett.\n\nDie Partei will Investitionen in Schienen und Schulen, um zu wachsen.",  # s18: rails
    ],
)
def test_hedges_non_epistemic_uses_ignored(run, text):
    assert _hedges(run, text) == []


def test_hedges_scope_is_the_clause(run):
    doc = run("Bericht.\n\nZwei Beamte werden zitiert, wonach Milley doch recht gehabt haben könnte.")
    (h,) = find_hedges(doc)
    assert h.scope is not None and h.scope.text == "wonach Milley doch recht gehabt haben könnte"


def test_hedges_wie_verlautet_weakens_the_main_clause(run):
    (h,) = find_hedges(run("Konzern.\n\nWie verlautet, will der Konzern 500 Stellen streichen."))
    assert (h.span.text, h.kind) == ("Wie verlautet", "reporting_verb")
    assert h.scope is not None and h.scope.text == "Wie verlautet, will der Konzern 500 Stellen streichen"


def test_hedges_strength_orders_probable_above_possible():
    assert hedge_strength("wohl") > hedge_strength("möglicherweise")
    assert hedge_strength("likely") > hedge_strength("might")
