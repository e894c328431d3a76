"""The CLI as users call it: formats, stdin, many inputs with a bad one, exit codes."""

import json
import subprocess
import sys

from click.testing import CliRunner
from conftest import SAMPLES

from reportedly.cli.main import cli

SAMPLE = str(SAMPLES / "sample-de.txt")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_analyze_json_is_the_contract():
    res = run("analyze", SAMPLE, "--format", "json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["schema"] == "reportedly.analysis/1"
    assert data["article"]["title"].startswith("Spiegel:")


def test_analyze_jsonl_keeps_order_and_a_line_for_bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 10)
    en = str(SAMPLES / "sample-en.txt")
    res = CliRunner().invoke(cli, ["analyze", SAMPLE, str(empty), str(tmp_path / "missing.txt"), str(junk), en,
                                   "--format", "jsonl"])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == 5
    assert lines[0]["article"]["language"] == "de" and lines[4]["article"]["language"] == "en"
    for bad, word in zip(lines[1:4], ("empty", "no such file", "binary")):
        assert bad["warnings"] and word in bad["warnings"][0]
        assert bad["article"]["text"] == ""


def test_analyze_stdin_text_and_markdown():
    res = run("analyze", "-", "--format", "markdown", input="Titel\n\n„Nein“, sagte Anna Muster.\n")
    assert res.exit_code == 0
    assert res.stdout.startswith("# Titel")


def test_analyze_text_report_shows_sources_and_outlet():
    res = run("analyze", SAMPLE, "--format", "text")
    assert res.exit_code == 0
    assert "outlet:" in res.stdout and "Attributions" in res.stdout


def test_unknown_setting_is_a_usage_error():
    res = CliRunner().invoke(cli, ["analyze", SAMPLE, "--setting", "nope=1"])
    assert res.exit_code == 2 and "unknown setting" in res.output


def test_schema_command_prints_json_schema():
    res = run("schema")
    assert json.loads(res.stdout)["title"] == "reportedly.analysis/1"


def test_python_dash_m_runs_the_same_cli():
    out = subprocess.run([sys.executable, "-m", "reportedly", "analyze", SAMPLE, "-f", "jsonl"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["article"]["language"] == "de"


def test_unknown_attribution_engine_is_a_usage_error_listing_the_names():
    res = CliRunner().invoke(cli, ["analyze", SAMPLE, "--setting", "attribution_engine=foo"])
    assert res.exit_code == 2
    assert "learned-news" in res.output and "rules" in res.output
