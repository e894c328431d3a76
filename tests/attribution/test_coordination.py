"""Joint statements: two speakers joined by "und"/"and" both speak (source + co_sources), each with
their own mention; coordinations inside one speaker's description stay one speaker."""

from __future__ import annotations

from reportedly.outputs.text import render_text

from .helpers import EN_LEAD, find, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def co_names(an, needle: str) -> list[str]:
    return [an.source_by_id(s).name or an.source_by_id(s).description for s in find(an, needle).co_sources]


def test_two_named_speakers_both_speak_with_their_own_mentions():
    body = "Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron sagten, man werde die Ukraine unterstützen."
    an = run(LEAD + body)
    a = find(an, "Ukraine")
    assert a.source_mention.text == "Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron"
    assert source_of(an, "Ukraine").name == "Olaf Scholz"
    assert co_names(an, "Ukraine") == ["Emmanuel Macron"]
    scholz = source_of(an, "Ukraine")
    assert [m.text for m in scholz.mentions] == ["Bundeskanzler Olaf Scholz"]
    assert an.speaker_label(a) == "Olaf Scholz + Emmanuel Macron"


def test_two_organisations_and_the_continued_speech_keep_both():
    an = run(LEAD + "Amnesty International und Human Rights Watch forderten, die Gefangenen freizulassen. "
             "Die Haftbedingungen seien unmenschlich.")
    assert co_names(an, "Gefangenen") == ["Human Rights Watch"]
    assert co_names(an, "Haftbedingungen") == ["Human Rights Watch"]


def test_a_coordination_inside_one_description_stays_one_speaker():
    for body in (
        "Politiker von CDU und SPD sagten, man werde verhandeln.",
        "Der Sprecher der Grünen und der Linken sagte, man werde verhandeln.",
        "Das Ministerium für Umwelt und Verbraucherschutz teilte mit, man werde verhandeln.",
    ):
        an = run(LEAD + body)
        assert find(an, "verhandeln").co_sources == [], body


def test_english_joint_statement_and_a_place_list():
    an = run(EN_LEAD + " President Joe Biden and Chancellor Olaf Scholz said they would keep supporting Ukraine.")
    assert source_of(an, "supporting").name == "Joe Biden"
    assert co_names(an, "supporting") == ["Olaf Scholz"]
    an = run(EN_LEAD + " Officials from France and Germany said the talks would continue.")
    assert find(an, "talks").co_sources == []


def test_the_text_report_names_both_speakers():
    an = run(LEAD + "Olaf Scholz und Emmanuel Macron sagten, man werde die Ukraine unterstützen.")
    assert "Olaf Scholz + Emmanuel Macron" in render_text(an)
