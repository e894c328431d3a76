"""Session 16 (English): papers typed as documents by their head noun."""

from __future__ import annotations

import pytest

from reportedly import analyze


@pytest.mark.parametrize("mention", ["The legislation", "New research", "The manifesto",
                                     "The first clinical trial of the drug"])
def test_papers_that_say_something_are_documents(mention):
    a = analyze(f"Title here\n\n{mention} says that the risk is small.")
    assert [s.type for s in a.sources] == ["document"]


def test_a_name_at_the_start_stays_a_person():
    a = analyze("Title here\n\nJohn Trial says that the risk is small.")
    assert [s.type for s in a.sources] == ["person"]
