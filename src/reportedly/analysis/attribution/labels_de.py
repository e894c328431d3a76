"""Round 14 (German): "lauten" that states a name or a question, not what someone said.

"Die entscheidende Frage lautet: …", "Die Namen der Besatzung lauten: …", "Der Titel lautet …" — the
verb gives the wording of a label; no one speaks (SpkAtt marks no event). "Die Kernaussage des Chefs
lautete: „…“" still reports.
"""

from __future__ import annotations

LABEL_NOUNS = frozenset(
    "frage fragen name namen titel überschrift bezeichnung motto devise adresse diagnose formel".split()
)
STOPS = frozenset({",", ";", ":", ".", "„", "“"})


def label_lauten(toks, i: int, first: int, end: int) -> bool:
    """Is toks[i] a form of "lauten" whose subject (before it in its clause, or right after it) is a label
    noun? A cheap lemma test first."""
    if (toks[i].lemma or "").lower() != "lauten":
        return False
    for k in range(i - 1, max(first, i - 8) - 1, -1):
        if toks[k].text in STOPS:
            break
        if toks[k].pos == "NOUN" and toks[k].text.lower().rsplit("-", 1)[-1] in LABEL_NOUNS:
            return True
    nxt = next((k for k in range(i + 1, min(end, i + 4)) if toks[k].pos == "NOUN"), None)
    return nxt is not None and toks[nxt].text.lower() in LABEL_NOUNS
