"""Every place the article names a source, not only where it speaks (session 16).

The engine records a mention where it resolves a speaker: "Mark Milley" as the subject of a cue, "Der
Vorsitzende des Vereinigten Generalstabs" when that phrase speaks. The contract's `mentions` are every
place the article refers to the source, so a named source also gets the other occurrences of its name:
"General Mark Milley" in the lead, "wonach Milley doch recht gehabt haben könnte" inside a message, "Gen.
MARK MILLEY" in a quoted tweet. A person is found by the full name and by the surname (unless two
sources share it), an organisation by its name, an outlet by every registry name of that outlet.
"""

from __future__ import annotations

import re

from ...model import Span
from ..outlets import OutletRegistry, outlet_registry
from .outlet_mentions import INDEFINITE
from .speakers import DEFINITE, is_person_role

NAMED_TYPES = frozenset(("person", "organization", "media"))
ARTICLES = DEFINITE | INDEFINITE
MIN_SURNAME = 3
"""Shorter last words ("Li", "Wu") are looked up only as part of the full name."""


def add_name_mentions(doc, sources: list) -> None:
    """Add to each named person, organisation and outlet the occurrences of its name in the text, and to a
    person without a role the office word right before their full name ("Wirtschaftsminister")."""
    named = [s for s in sources if s.type in NAMED_TYPES and s.name and s.name[:1].isupper()]
    if not named:
        return
    last_words = [s.name.split()[-1] for s in named if s.type == "person"]
    owner: dict[str, object] = {}  # written form -> its source; None for a form two sources share
    for s in named:
        for form in _forms(s, last_words):
            owner[form] = s if owner.get(form, s) is s else None
    forms = sorted((f for f, s in owner.items() if s is not None), key=len, reverse=True)
    if not forms:
        return
    # whole words (the genitive "Milleys" too), not inside a compound ("Milley-Doktrin", "Politico-Gegenüber")
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?:s|’s|'s)?(?![\w-])")
    taken = [(m.start, m.end) for s in sources for m in s.mentions]
    text = doc.text
    for m in pattern.finditer(text):
        a, b = m.span(1)
        src = owner[m.group(1)]
        if m.group(1) != src.name and src.type == "person" and _after_article(text, a):
            continue  # "der Koch", "die Fischer": the surname is a noun here
        if doc.is_boilerplate(a, b) or any(x < b and a < y for x, y in taken):
            continue
        src.mentions.append(Span(a, b, text[a:b]))  # in text order once finalize sorts every source's mentions
        taken.append((a, b))
    for src in named:  # s17: "Habeck verteidigt …" in the headline first, "Wirtschaftsminister Robert Habeck" later
        if src.type == "person" and src.role is None:
            src.role = next((r for m in src.mentions if m.text == src.name and (r := _role_right_before(doc, m.start))),
                            None)


def _forms(src, last_words: list[str]) -> list[str]:
    """The written forms of a source's name: an outlet's registry names; a person's full name, the name in
    capitals ("Gen. MARK MILLEY" in a tweet) and the surname unless another person has it too."""
    if src.type == "media":
        entry = outlet_registry().lookup(src.name)
        return OutletRegistry.forms(entry) if entry is not None else [src.name]
    forms = [src.name]
    if " " in src.name:
        forms.append(src.name.upper())
    last = src.name.split()[-1]
    if src.type == "person" and last != src.name and len(last) >= MIN_SURNAME and last_words.count(last) == 1:
        forms.append(last)
    return forms


def _role_right_before(doc, a: int) -> str | None:
    """The office or title word right before a name at character a ("Wirtschaftsminister"), or None."""
    tok = doc.token_at(a)
    if tok is None or tok.i == 0:
        return None
    prev = doc.tokens[tok.i - 1]
    return prev.text if prev.pos == "NOUN" and prev.text[:1].isupper() and is_person_role(prev.text) else None


def _after_article(text: str, a: int) -> bool:
    before = text[max(0, a - 8) : a].split()
    return bool(before) and before[-1].lower() in ARTICLES
