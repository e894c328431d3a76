"""An English body the article named before, not yet as a speaker, that "the agency", "the regulator" stands for
("The European Medicines Agency has opened a review …, the agency said"; split from names_en.py in session 31)."""

from __future__ import annotations

from .lexicon import CALENDAR_WORDS

BODY_HEADS_EN = frozenset(
    """agency ministry department office commission court council authority service bank institute university
    committee union association board bureau administration""".split()
)
"""Heads of bodies whose name ends in the head: "the agency" after "the European Medicines Agency"."""
BODY_REACH = 150
"""Tokens back from "the agency" in which the body's name is looked for (about the two sentences before)."""
GENERIC_BODY_HEADS = {
    "regulator": ("Authority", "Commission", "Agency", "Office", "Regulator", "Administration"),
    "watchdog": ("Authority", "Commission", "Agency", "Office", "Watchdog", "Board"),
    "force": ("Police", "Yard", "Constabulary"),  # "Scotland Yard has opened …, the force confirmed"
    "agency": ("Agency", "Commission", "Administration", "Bureau"),  # s31: "The U.S. Federal Trade Commission sued …,
    # the agency said"
}
"""S29: "The Dutch Authority for Consumers and Markets opened an inquiry. The Amsterdam-based regulator said":
nouns for a body whose name ends in another word."""


def body_named_before(tokens, a: int, head: str) -> str | None:
    """S28: "The European Medicines Agency has opened a review …, the agency said": a body the article named
    before, not yet as a speaker, is whom "the agency" means: its name, the run of capitalised words ending
    in the head ("European Medicines Agency"), or None."""
    tails = GENERIC_BODY_HEADS.get(head) or ((head[:1].upper() + head[1:],) if head in BODY_HEADS_EN else ())
    for k in range(a - 1, max(0, a - BODY_REACH), -1):
        if tokens[k].text not in tails or tokens[k].quote:
            continue
        j = k
        while j > 0 and tokens[j - 1].sent == tokens[k].sent and (_name_word(tokens[j - 1]) or (
                tokens[j - 1].text == "and" and j >= 2 and _name_word(tokens[j - 2]))):
            j -= 1  # s31: also "the U.S. Securities and Exchange Commission"
        end = _name_tail(tokens, k)
        if j < k or end > k:  # "the Office of the Director of National Intelligence"
            return " ".join(t.text for t in tokens[j : end + 1])
    return None


def _name_word(t) -> bool:
    """A capitalised word of a body's name (not an article opening the sentence)."""
    return t.text[:1].isupper() and (t.text.isalpha() or t.text in ("U.S.", "U.N.", "E.U.")) and (
        t.text.lower() not in ("the", "a", "an", "this", "that"))


def _name_tail(tokens, k: int) -> int:
    """The last token of a body's name whose head k is followed by "for/of X (and Y)": "Authority for Consumers
    and Markets"."""
    end = k
    j = k + 1
    while j + 1 < len(tokens) and tokens[j].text in ("for", "of", "and", "on"):
        if tokens[j + 1].text == "the" and j + 2 < len(tokens):
            j += 1
        if tokens[j + 1].sent != tokens[k].sent or not (tokens[j + 1].text[:1].isupper() and tokens[
                j + 1].text.isalpha()) or tokens[j + 1].text.lower() in CALENDAR_WORDS:
            break  # s31: not "Commission on Monday"
        end = j = j + 1
        while j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() and tokens[j + 1].text.isalpha():
            end = j = j + 1
        j += 1
    return end
