"""`reportedly tag` as a standalone click command."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reportedly.cli.tag import tag_command

CONLLU = """# sent_id = 1
1\tDie\t_\t_\t_\t_\t_\t_\t_\t_
2\tRegierung\t_\t_\t_\t_\t_\t_\t_\t_
3\tstelle\t_\t_\t_\t_\t_\t_\t_\t_
4\tsich\t_\t_\t_\t_\t_\t_\t_\t_
5\tdie\t_\t_\t_\t_\t_\t_\t_\t_
6\tFrage\t_\t_\t_\t_\t_\t_\t_\t_
7\t.\t_\t_\t_\t_\t_\t_\t_\t_

"""


def test_cli_tag_conllu_roundtrip():
    res = CliRunner().invoke(tag_command, ["-", "--input-format", "conllu"], input=CONLLU)
    assert res.exit_code == 0, res.output
    lines = [ln.split("\t") for ln in res.output.splitlines() if ln and not ln.startswith("#")]
    assert [c[1] for c in lines] == ["Die", "Regierung", "stelle", "sich", "die", "Frage", "."]
    assert "Mood=Sub" in lines[2][5] and "Tense=Pres" in lines[2][5]
    assert all(len(c) == 10 for c in lines)


def test_cli_tag_text_json():
    res = CliRunner().invoke(tag_command, ["-", "--format", "json"],
                             input="Igor Konaschenkow sagte, das Militär habe 1.831 Panzer zerstört.\n")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    toks = [t for s in data for t in s["tokens"]]
    assert any(t["text"] == "habe" and "Mood=Sub" in t["morph"] for t in toks)
    assert any(t["text"] == "1.831" and t["pos"] == "NUM" for t in toks)


def test_cli_tag_missing_file():
    res = CliRunner().invoke(tag_command, ["/nonexistent/file.txt"])
    assert res.exit_code != 0 and "cannot read" in res.output


def test_cli_tag_headline_and_paragraphs_are_sentences():
    text = "Russland meldet Verluste\nDas Militär habe Panzer zerstört\n\nDie Regierung stelle sich die Frage\n"
    res = CliRunner().invoke(tag_command, ["-", "--format", "json"], input=text)
    assert res.exit_code == 0, res.output
    sents = [[t["text"] for t in s["tokens"]] for s in json.loads(res.output)]
    assert sents[0] == ["Russland", "meldet", "Verluste"]
    assert sents[-1][0] == "Die" and len(sents) == 3
