"""Round 18 (English): quoted fragments that close after the sentence's period (American style)."""

from __future__ import annotations

from .helpers import find, run_en


def test_a_quoted_fragment_closing_after_the_period_stays_in_the_message():
    an = run_en('In a letter to congressional leaders, Austin wrote that further delays would "hand Putin '
                'a victory." The minister said the plan was “dead on arrival.”')
    a = find(an, "Putin")
    assert a.message.text == 'further delays would "hand Putin a victory."'
    assert a.mode == "mixed"
    assert find(an, "arrival").message.text == "the plan was “dead on arrival.”"


def test_an_urged_infinitive_keeps_its_object_before_the_quoted_fragment():
    an = run_en('President Volodymyr Zelensky, speaking at a news conference in Kyiv, urged allies not to '
                '"lose focus."')
    a = find(an, "focus")
    assert a.message.text == 'allies not to "lose focus."' and a.mode == "mixed"
