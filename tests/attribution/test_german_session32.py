"""Session 32 (German, round 41 batch 5): sports clubs, prosecutors and companies after a dateline, press
reviews that tell a paper, names inside a relative clause."""

from __future__ import annotations

from .helpers import run, source_of


def test_the_authority_after_an_unnamed_coast_guard_is_the_coast_guard():
    an = run("Innerhalb von 48 Stunden sind nach Angaben der griechischen Küstenwache mehr als 700 Migranten auf "
             "Kreta angekommen. Die meisten Boote seien von Tobruk aus gestartet, teilte die Behörde am Sonntag mit.")
    assert source_of(an, "Boote") is source_of(an, "Migranten")


def test_a_paper_told_in_the_vorfeld_is_not_the_speaker():
    an = run("AfD-Landeschef Jörg Kämmerer zeigte sich unbeeindruckt. Der „Sächsischen Zeitung“ sagte er, Umfragen "
             "hätten seine Partei eher unterschätzt. Am Wahlabend werde es eine Überraschung geben.")
    assert source_of(an, "Umfragen").name == "Jörg Kämmerer"
    assert source_of(an, "Wahlabend").name == "Jörg Kämmerer"


def test_die_behoerde_after_a_prosecutor_tagged_a_name():
    an = run("Rostock (dpa) - Die Generalstaatsanwaltschaft Rostock ermittelt gegen zwölf Polizeianwärter. Die "
             "angehenden Beamten sollen in einer Chatgruppe Bilder geteilt haben, teilte die Behörde mit.")
    assert source_of(an, "Chatgruppe").name == "Generalstaatsanwaltschaft Rostock"


def test_a_town_adjective_before_die_behoerde():
    an = run("Karlsruhe (AFP) - Die Bundesanwaltschaft hat Anklage gegen fünf Männer erhoben. Die Beschuldigten "
             "hätten Anschläge geplant, teilte die Karlsruher Behörde am Donnerstag mit.")
    assert source_of(an, "Anschläge").name == "Bundesanwaltschaft"


def test_a_dateline_with_an_agency_whose_place_was_tagged_a_noun():
    an = run("Ludwigshafen (Reuters) - Der Spezialchemiekonzern Veltrana will weltweit rund 2.400 Stellen abbauen. "
             "In einer Mitteilung an die Börse teilte das Unternehmen mit, bis 2026 sollten 350 Millionen Euro "
             "eingespart werden.")
    assert source_of(an, "350 Millionen").name == "Veltrana"


def test_a_league_epithet_is_the_club_and_its_number_is_part_of_its_name():
    an = run("Gelsenkirchen (AFP) - Der FC Schalke 04 hat sich mit sofortiger Wirkung von seinem Sportdirektor "
             "getrennt. Das teilte der Zweitligist am Montagabend mit.")
    src = source_of(an, "Sportdirektor")
    assert src.type == "organization" and src.name == "FC Schalke 04"


def test_nach_eingehender_analyse_is_a_time_not_a_source():
    an = run("In der Erklärung des Vereins heißt es, die Entscheidung sei nach eingehender Analyse der sportlichen "
             "Entwicklung gefallen.")
    assert not any(a.cue.text.lower() == "nach" for a in an.attributions)
    assert source_of(an, "Entscheidung").type == "document"


def test_a_name_inside_a_relative_clause_on_a_name_is_not_the_epithets():
    an = run("Der Verein hat den Sportdirektor entlassen. Cheftrainer Stefan Berger, den Michael Wagner im Sommer "
             "verpflichtet hatte, äußerte sich am Dienstag zurückhaltend. „Er hat mich geholt, das vergesse ich "
             "nicht“, sagte der 45-Jährige.")
    assert source_of(an, "vergesse").name == "Stefan Berger"
