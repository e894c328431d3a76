"""German speakers outside the subject slot (moved out of subjects.py in session 21): the agent of a passive
cue ("vom LSVD aufgefordert", "In Sicherheitskreisen wird befürchtet"), and the subject after the verb when
the Vorfeld is a source phrase ("Ermittlerkreisen zufolge gehen die Behörden davon aus")."""

from __future__ import annotations

from .anonymous import social_noun
from .lexicon import GOVERNMENT_PLACES
from .names import org_word
from .phrases import np_tokens

POSTPOSITIONS = frozenset(("zufolge",))


def after_postposition(toks, np: tuple[int, int], fv: int, end: int) -> tuple[int, int] | None:
    """S21: a noun phrase before "zufolge" is the source phrase's, not the verb's subject: the subject is the
    noun phrase right after the finite verb (adverbs skipped), or None when none follows."""
    if np[1] >= end or toks[np[1]].text.lower() not in POSTPOSITIONS or np[1] >= fv:
        return np
    k = fv + 1
    while k < end and toks[k].tag in ("ADV", "PTKNEG"):
        k += 1
    if k >= end or toks[k].pos not in ("DET", "NOUN", "PROPN", "PRON", "ADJ"):
        return None
    head = next((j for j in range(k, min(end, k + 4)) if toks[j].pos in ("NOUN", "PROPN", "PRON")), None)
    return np_tokens(toks, head, k, end) if head is not None else None


REPORT_NOUNS = (
    "bericht", "berichten", "mitteilung", "erklärung", "stellungnahme", "studie", "brief", "schreiben", "papier",
    "gutachten", "umfrage", "umfragen", "interview", "artikel", "beitrag", "meldung", "analyse", "resolution",
    "dokument", "entwurf",
)
"""S10: what can say something in a passive report ("In einem Bericht wurde vermutet"); narrower than
names.doc_noun, which takes "Vereinigung" for an "Einigung"."""


def passive_agent(toks, i: int, first: int, end: int) -> tuple[int, int] | None:
    """The von-phrase of a German passive cue ("vom LSVD aufgefordert"), or a circle it comes from ("In
    Sicherheitskreisen wird befürchtet"), else None."""
    for k in range(i - 1, max(first, i - 10) - 1, -1):
        if toks[k].text in (",", ":", ";") or toks[k].quote:
            return None
        if toks[k].text.lower().endswith(("kreisen", "kreise")) and toks[k - 1].text.lower() in ("in", "aus"):
            return k, k + 1
        if k - 1 == first and toks[k - 1].text.lower() in ("in", "aus") and toks[k].text.lower() in GOVERNMENT_PLACES:
            return k, k + 1  # "In Kiew wird befürchtet, …": the government there
        if (  # round 10: "Aus dem Ministerium wurde bestätigt", "Im Innenministerium wird befürchtet"
            toks[first].text.lower() in ("aus", "im", "in", "beim", "seitens")
            and k > first
            and all(t.pos in ("DET", "ADJ") for t in toks[first + 1 : k])
            and toks[k].pos in ("NOUN", "PROPN")
            and org_word(toks[k].text)
        ):
            return np_tokens(toks, k, first + 1, i)
        if toks[k].text.lower() in ("von", "vom") and k + 1 < i:
            head = next((j for j in range(k + 1, i) if toks[j].pos in ("NOUN", "PROPN")), None)
            return np_tokens(toks, head, k + 1, i) if head is not None else None
        if toks[k].pos in ("NOUN", "PROPN") and (toks[k].text.lower().endswith(REPORT_NOUNS) or social_noun(
                toks[k].text, [])):  # s10: "In einem Bericht der Zeitung wurde vermutet", "So wird in einer
            j = k - 1  # Pressemitteilung … gefordert": the document; s34: the post or channel ("In einem
            while j > first and toks[j].pos in ("DET", "ADJ"):  # Telegram-Kanal mit 40.000 Abonnenten wird
                j -= 1  # behauptet", "Auf dem Sharepic wird behauptet")
            if j >= first and toks[j].text.lower() in ("in", "im", "auf"):
                return np_tokens(toks, k, j + 1, i)
    return None
