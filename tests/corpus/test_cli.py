"""The corpus commands as users call them (click's runner, no subprocess)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reportedly.cli.main import cli

from .helpers import write_text_files
from .test_queries import db  # noqa: F401 - fixture


def test_commands_on_a_corpus(db, tmp_path):  # noqa: F811
    run = CliRunner().invoke
    res = run(cli, ["search", "43.000", "--db", db, "-f", "json"])
    assert res.exit_code == 0, res.output
    assert {r["article_id"] for r in json.loads(res.stdout)["rows"]} == {"early", "late", "en"}
    res = run(cli, ["sources", "--db", db, "--anonymous", "-f", "json"])
    assert json.loads(res.stdout)["sources"]["rows"][0]["source"] == "ein Sprecher"
    res = run(cli, ["stories", "--db", db, "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["rows"]
    res = run(cli, ["trace", "43.000 Kämpfer", "--db", db, "-f", "json"])
    rows = json.loads(res.stdout)["rows"]
    assert rows[0]["first"] is True and rows[0]["outlet"] == "Tagesblatt"
    assert run(cli, ["trace", "43.000 Kämpfer", "--db", db]).exit_code == 0  # table output
    out = tmp_path / "cr.json"
    assert run(cli, ["export", "--db", db, "--format", "claimreview", "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text("utf-8"))
    res = run(cli, ["export", "--db", db, "--format", "csv", "-o", str(tmp_path / "csv"), "--table", "claims"])
    assert res.exit_code == 0 and (tmp_path / "csv" / "claims.csv").exists()
    assert run(cli, ["search", "x", "--db", str(tmp_path / "missing.sqlite")]).exit_code == 1


def test_batch_command_exit_codes(tmp_path):
    write_text_files(tmp_path / "in", 3)
    path = str(tmp_path / "c.sqlite")
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "in"), "--db", path, "-j", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "nothing*"), "--db", path, "--no-progress"])
    assert res.exit_code == 1
