"""Session 26 (German, round 36)."""

from __future__ import annotations

from .helpers import run, source_of


def test_data_protection_is_no_one_cited():
    an = run("Ein Sprecher der Klinik sagte unter Verweis auf den Datenschutz, man könne keine Auskunft geben.")
    assert [a.source_mention.text for a in an.attributions] == ["Ein Sprecher der Klinik"]
    assert source_of(an, "keine Auskunft").type == "anonymous"


def test_a_union_whose_name_opens_with_vereinigung():
    an = run("Die Vereinigung Cockpit (VC) kündigte am Montag einen Streik an. Die Gewerkschaft teilte mit, die "
             "Verhandlungen seien gescheitert. Auch die Vereinigung Cockpit sagte, man sei enttäuscht.")
    srcs = {source_of(an, m).id for m in ("Streik", "gescheitert", "enttäuscht")}
    assert len(srcs) == 1 and source_of(an, "Streik").name == "Vereinigung Cockpit"
