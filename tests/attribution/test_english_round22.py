"""Round 22 (English, session 12): "it is safe to say" and "a way to say" are the writer's hedge, no one's
speech. Sentences written here."""

from __future__ import annotations

from .helpers import mention_of, run_en


def test_safe_to_say_reports_no_one():
    an = run_en("In fact, it would be safe to say that the iceberg is large. Is there any objective way to say that "
                "some groups are smarter than others? It is too early to say whether the plan worked.")
    assert an.attributions == []


def test_wanting_to_say_still_reports():
    an = run_en("The minister wanted to say that the plan had failed.")
    assert mention_of(an, "plan had failed") == "The minister"
