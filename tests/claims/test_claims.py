"""Claims: check-worthy sentences, tied to the attribution whose message holds them."""

from __future__ import annotations

from click.testing import CliRunner

from reportedly.cli.main import cli

TEXT = (
    "Bilanz der Offensive\n\n"
    "Das Verteidigungsministerium erklärte, dass die Armee mehr als 43.000 Kämpfer verloren habe. "
    "Das Militär habe zudem 1.831 Panzerfahrzeuge zerstört, darunter 25 Leopard-Panzer. "
    "Unabhängig überprüfen ließen sich die Angaben nicht. "
    "Die Regierung in Kiew meldete 300 Gefangene."
)


def test_claims_quantity_inherits_its_attribution(run_with):
    doc = run_with(
        TEXT,
        [
            ("die Armee mehr als 43.000 Kämpfer verloren habe", "s1", "a1"),
            ("Das Militär habe zudem 1.831 Panzerfahrzeuge zerstört, darunter 25 Leopard-Panzer", "s1", "a2"),
        ],
    )
    owner = {q.value: c.attribution for c in doc.analysis.claims for q in c.quantities}
    assert owner[43000] == "a1"
    assert owner[1831] == "a2" and owner[25] == "a2"
    assert owner[300] is None  # the outlet's own statement


def test_claims_one_sentence_two_speakers_gives_two_claims(run_with):
    text = "Streit um Zahlen\n\nDie Polizei sprach von 5.000 Teilnehmern, die Veranstalter von 20.000."
    doc = run_with(text, [("5.000 Teilnehmern", "s1", "a1"), ("20.000", "s2", "a2")])
    by_att = {c.attribution: [q.value for q in c.quantities] for c in doc.analysis.claims if c.quantities}
    assert by_att == {"a1": [5000], "a2": [20000]}


def test_claims_checkworthy_ranks_figures_above_questions(run_with):
    text = (
        "Debatte\n\nDie Arbeitslosigkeit stieg im Mai auf 6,1 Prozent, "
        "wie das Statistikamt Destatis meldete. "
        "Was heißt das für uns alle?"
    )
    doc = run_with(text, [])
    scores = {c.sentence.text[:10]: c.checkworthy for c in doc.analysis.claims}
    assert scores["Die Arbeit"] >= 0.6
    assert scores.get("Was heißt ", 0.0) < 0.35


def test_claims_hedges_are_listed_on_their_claim(run_with):
    text = "Ermittlungen\n\nDer mutmaßliche Täter soll 2,5 Millionen Euro erbeutet haben."
    doc = run_with(text, [])
    (claim,) = [c for c in doc.analysis.claims if c.quantities]
    assert {h.text for h in claim.hedges} == {"mutmaßliche", "soll"}
    assert claim.quantities[0].value == 2.5e6


def test_claims_pipeline_survives_arbitrary_text(run):
    for text in [
        "",
        "12345",
        "!!! ??? ...",
        "Nur eine Zeile ohne Text darunter",
        "Kopf\n\n" + "1. " * 200,
        "Title\n\n$ € £ 1,2,3,4 5.5.5 10:99 -7 ½ 3/4",
    ]:
        doc = run(text)
        assert isinstance(doc.analysis.claims, list)


def test_claims_cli_table_and_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", str(path)])
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[1].split()
    assert header == ["value", "unit", "approx.", "source", "chain"]
    assert "43,000" in result.output and "more_than" in result.output
    result = CliRunner().invoke(cli, ["claims", "--format", "json", str(path)])
    import json

    rows = json.loads(result.output)["quantities"]
    assert {r["value"] for r in rows} >= {43000, 1831, 25, 300}
    assert all({"value", "unit", "approximation", "source", "chain"} <= r.keys() for r in rows)


def test_claims_helper_sees_all_quantities(run):
    quantities = lambda d: [q for c in d.analysis.claims for q in c.quantities]  # noqa: E731
    doc = run("Haushalt\n\nDer Bund gibt 17,3 Mrd. Euro aus, die Länder rund 1,5 Millionen.")
    assert [q.value for q in quantities(doc)] == [17.3e9, 1.5e6]
