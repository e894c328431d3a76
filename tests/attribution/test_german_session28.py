"""Session 28 (German, round 38): names and titles in quotation marks in narration, and the round-38 constructions."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_quoted_name_after_a_noun_in_narration_is_no_quote():
    an = run("Der ehemalige Chef der Gewerkschaft „Öffentliche Dienste, Transport und Verkehr“ ist tot.")
    assert an.attributions == []


def test_a_list_of_quoted_titles_in_narration_is_no_quote():
    an = run("Am Samstag gab es Vorträge zu Themen wie „Der Einsatz der Trümmerbahnen in Dresden“, "
             "„Erinnerungen und Bilder zur Verkehrsgeschichte“ und „Zur Geschichte der Betriebshöfe“.")
    assert an.attributions == []


def test_a_quoted_gloss_in_brackets_is_no_quote():
    an = run("In der Partei Jobbik („Bewegung für ein besseres Ungarn“) haben die Rechten ein Sprachrohr.")
    assert an.attributions == []


def test_a_quoted_sentence_of_the_speaker_in_narration_stays_a_quote():
    an = run("Die Ministerin besuchte das Lager. „Wir lassen niemanden allein“, sagte sie. Dann fuhr sie weiter. "
             "„Das ist unsere Pflicht.“")
    assert [a.message.text for a in an.attributions][-1] == "Das ist unsere Pflicht."


def test_seiner_meinung_nach_inside_a_report_is_the_speakers_own_view():
    an = run("In einem Interview erklärte der Direktor der Behörde, Mohammed el-Baradei, Nordkorea besitze seiner "
             "Meinung nach vier bis sechs Atomwaffen.")
    assert [(a.cue.text, a.message.text) for a in an.attributions] == [
        ("erklärte", "Nordkorea besitze seiner Meinung nach vier bis sechs Atomwaffen")]


def test_seiner_meinung_nach_in_a_clause_of_its_own_stays_a_report():
    an = run("Joe Stork fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen "
             "„entsetzlichen Angriff auf Zivilisten“ gehandelt haben könne.")
    assert "nach" in [a.cue.text for a in an.attributions]


def test_a_weekday_is_no_name_of_a_report():
    an = run("In seinem am Mittwoch veröffentlichten Jahresbericht heißt es, das Ministerium habe Mittel ohne "
             "Prüfung bewilligt.")
    src = source_of(an, "Mittel ohne")
    assert src.type == "document" and src.name is None


def test_a_name_in_apposition_after_an_inverted_cue_is_no_piece_of_the_message():
    an = run("Das Amt meldet 47 Fälle. Lebensgefahr bestehe nicht, sagte die Leiterin des Amtes, Sabine Roeder.")
    att = next(a for a in an.attributions if a.cue and a.cue.text == "sagte")
    assert att.message.text == "Lebensgefahr bestehe nicht" and att.message_parts == []
    assert an.source_by_id(att.source).name == "Sabine Roeder"


def test_an_academic_title_opens_the_name_in_apposition():
    an = run("Lebensgefahr bestehe nicht, sagte die Leiterin des Amtes, Dr. Sabine Roeder.")
    assert source_of(an, "Lebensgefahr").name == "Sabine Roeder"


def test_a_name_after_a_noun_for_a_thing_is_no_one_an_epithet_means():
    an = run("Laboruntersuchungen hätten in Resten des Salats den Erreger Salmonella Enteritidis nachgewiesen, "
             "erklärte die Amtsärztin.")
    assert source_of(an, "Laboruntersuchungen").name != "Salmonella Enteritidis"
