"""Where the next phrase of a German clause starts after a speaker's noun phrase (moved out of phrases.py in
session 23): an article, a predicative adjective, a number with its noun, a second common noun, or an outlet
told without an article."""

from __future__ import annotations

from ...language.subjects import time_phrase_at
from ..outlets import outlet_registry
from .names import org_word
from .speakers import is_person_noun, is_person_role


def capitalised(tok) -> bool:
    """A word that starts with a capital (shared with phrases.py and phrase_tails.py)."""
    return tok.text[:1].isupper()


def new_np(tokens, k: int, last: int) -> bool:
    """Round 12 (German tags only, so English phrases are untouched): token k opens the next phrase of the
    clause, not the speaker's — an article ("… der Fluggesellschaft die Genehmigung"), a predicative
    adjective ("Angaben der UN überfordert"), a number with its noun ("Behördenangaben 7.000 Menschen")."""
    tag = tokens[k].tag
    if tag == "NN":
        return time_phrase_at(tokens, k) or _second_common_noun(tokens, k)  # s13: "die Polizei Anfang Oktober"
    if tag == "NE":  # s23: "Wie ein Sprecher MDR SACHSEN bestätigte": the outlet told (not "die Staatsagentur Tass")
        return tokens[k - 1].tag == "NN" and is_person_noun(tokens[k - 1].text) and _outlet(tokens[k].text)
    if tag in ("PPOSAT", "PDAT"):  # s21: "Angaben der Volksstimme seine Kollegen"; a genitive ("seiner") may go on
        return k > 0 and tokens[k - 1].pos in ("NOUN", "PROPN") and not tokens[k].text.lower().endswith(("er", "es"))
    if tag not in ("ART", "ADJD", "CARD"):
        return False
    if tag == "CARD" and k + 1 < last and tokens[k + 1].tag in ("VVPP", "VVINF", "APPR", "APPRART", "ADV") and (
            _year(tokens[k].text) and tokens[k - 1].pos in ("NOUN", "PROPN")):
        return True  # s32: "hatte der Sozialdemokrat 2015 gesagt", "hatte Rehfeld 2019 in einem Interview gesagt"
    if tag == "CARD":  # s13: not "die Tierschutzorganisation Vier Pfoten", a capitalised number word in a name
        return k + 1 < last and tokens[k + 1].pos == "NOUN" and capitalised(tokens[k + 1]) and not (
            tokens[k].text[:1].isupper() and tokens[k].i > 0 and tokens[k - 1].pos == "NOUN"
        )
    return True


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _outlet(word: str) -> bool:
    return outlet_registry().lookup(word) is not None


def _second_common_noun(tokens, k: int) -> bool:
    """S17: a common noun right after a common noun opens the next phrase ("laut Ministerium Arbeiten an
    der Leitung"): a name ("Präsident Obama", "die Polizei Köln") is tagged so or carries an entity tag."""
    prev = tokens[k - 1] if k else None
    if prev is None or prev.tag != "NN" or "-" in prev.text or prev.ent != "O" or tokens[k].ent != "O":
        return False
    if not tokens[k].text.isalpha() or org_word(tokens[k].text):
        return False  # "Bertelsmann Stiftung"
    if is_person_noun(prev.text) or is_person_role(prev.text):
        return False  # "Professor Drosten"
    if org_word(prev.text) and k + 1 < len(tokens) and tokens[k + 1].text in (",", "(") and tokens[k + 1].sent == (
            prev.sent):
        return False  # s27: "die Präsidentin des Sozialverbands Bürgerhilfe, Gisela Hartung": the body's name
    return not any(True for _ in outlet_registry().mentions(f"{prev.text} {tokens[k].text}"))  # "Business Insider"
