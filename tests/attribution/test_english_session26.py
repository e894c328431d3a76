"""Session 26 (English, round 36)."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_notice_a_declaration_and_a_communique_are_documents():
    an = run("All schools will stay closed on Friday, according to a notice posted on the county website. A joint "
             "declaration signed by the ministers said the talks would continue. The final communique said both sides "
             "had agreed to a ceasefire.")
    assert [source_of(an, m).type for m in ("stay closed", "talks would", "ceasefire")] == ["document"] * 3
