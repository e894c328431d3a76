"""Which person a text named before a given token (moved out of names.py in session 30): the nearest name tagged a
person, or an untagged full name after a known first name, but not a quoted name, a possessor, a title of a thing
("das Lied „Anna Lena“") or the name of a thing after its common noun ("der Tanker Marlin Luanda")."""

from __future__ import annotations

from .names import capital_name, known_first_name, org_word
from .speakers import is_person_noun, is_person_role, lexicon_person_noun


def person_name_before(toks, a: int, window: int, lang: str = "de", oblique: bool = True) -> tuple[int, int] | None:
    """Token range of the nearest person name ending before token a: entity tag PER, or in English
    (no entity tags) two or more capitalised name words ("Tom Placeholder"); with `oblique` False, not a
    name after a preposition ("trifft auf Adrian Mannarino"), which an epithet rarely means (s13)."""
    if lang == "en":
        k = a - 1
        while k > max(-1, a - window):
            if capital_name(toks[k]) and capital_name(toks[k - 1]) and k - 1 >= 0 and toks[k - 1].sent == toks[k].sent:
                s = k - 1  # s23: not the headline's last word and the body's first ("Trial" "Teague")
                while s > 0 and capital_name(toks[s - 1]) and toks[s - 1].sent == toks[k].sent:
                    s -= 1
                if (s > 0 and toks[s - 1].text.lower() == "the") or (k + 1 < a and toks[k + 1].text[:1].isupper()
                                                                      and toks[k + 1].text.isalpha()):
                    k = s - 1  # s24: "the BNP Paribas Open": an event's or a body's name, no person
                    continue
                return s, k + 1
            k -= 1
        return None
    for k in range(a - 1, max(-1, a - window), -1):
        if untagged_full_name(toks, k):
            if not oblique and k > 1 and toks[k - 2].pos == "ADP":
                continue  # s22: nor such a name after a preposition ("gegen Mackenzie McDonald")
            return k - 1, k + 1  # s17: "Joël Niederlaender", which the tagger missed
        if toks[k].ent.endswith("PER") and toks[k].pos in ("PROPN", "NOUN"):
            if toks[k].quote or (toks[k].text.endswith("s") and k + 1 < a and toks[k + 1].pos == "NOUN" and toks[
                    k + 1].ent == "O"):
                continue  # s29: a name quoted ("„Goethe ist …“, sagte die Regisseurin") or a possessor ("Goethes")
            e = k + 1
            while e < len(toks) and toks[e].ent == "I-PER":
                e += 1
            s = k
            while (
                s > 0
                and (toks[s - 1].pos == "PROPN" or toks[s - 1].ent.endswith("PER"))
                and not is_person_role(toks[s - 1].text)
            ):
                s -= 1
            if not oblique and s > 0 and (toks[s - 1].pos == "ADP" and toks[s - 1].text != "Als" or s > 1 and toks[
                    s - 2].pos == "ADP" and toks[s - 1].text[:1].isupper() and toks[s - 1].pos == "ADJ"):
                continue  # s22: nor "aus Klein Rietzow" (a village; "Klein" an adjective); s30: "Als Gerda Wilms …"
            if s > 0 and toks[s - 1].pos == "NOUN" and org_word(toks[s - 1].text) and e - s == 1:
                continue  # s24: "von der Hochschule Worms" (a town tagged a person): the body's name, no one's
            if e < len(toks) and toks[e].text == "(" and (s == 0 or toks[s - 1].sent != toks[s].sent):
                continue  # s22: a dateline's place ("Klein Rietzow (dpa/bb) - …"), tagged a person
            if _title_of_thing(toks, s, e) or _name_of_thing(toks, s):
                continue
            if e - s == 1 and toks[s].tag == "NN" and s > 1 and toks[s - 1].pos == "NOUN" and toks[
                    s - 2].text.lower() in ("ein", "eine", "einer"):
                continue  # s25: "habe ihr eine Apothekerin Zäpfchen mitgegeben": a thing, no one's name
            if s > 2 and toks[s - 1].text.lower() in RELATIVES and toks[s - 2].text == "," and toks[s - 3].ent.endswith(
                    "PER"):
                continue  # s32: "Cheftrainer Kees van der Molen, den Oberhaus … verpflichtet hatte, …. „…“, sagte der
                # Niederländer": the name the relative clause is about, not the one inside it
            if s > 0 and toks[s - 1].text[-1:].isdigit():
                continue  # s16: "das iPhone 14 Max", "die Boeing 737 Max": a model after its number
            return s, e
    return None


def untagged_full_name(toks, k: int) -> bool:
    """S17: token k is a surname after a known first name, neither tagged a person."""
    t = toks[k]
    if k < 1 or t.pos != "PROPN" or t.ent != "O" or not t.text[:1].isupper() or not t.text.isalpha():
        return False
    prev = toks[k - 1]
    return not prev.ent.endswith("PER") and prev.text[:1].isupper() and known_first_name(prev.text)


RELATIVES = frozenset("der die das den dem deren dessen".split())
"""Relative pronouns (tagged articles before a name as often as not)."""
TITLE_MARKS = frozenset('„“”"»«‚‘›‹')


def _title_of_thing(toks, s: int, e: int) -> bool:
    """S14: a name that fills a quotation right after a common noun titles a thing ("Verdis Oper „Aida“",
    "das Schiff „Titanic“"), not a person a later "der Intendant" could be; "der Rapper „Bushido“" is one."""
    return (
        s >= 2 and e < len(toks) and toks[s - 1].text in TITLE_MARKS and toks[e].text in TITLE_MARKS
        and toks[s - 2].tag == "NN" and not is_person_noun(toks[s - 2].text)
    )


def _name_of_thing(toks, s: int) -> bool:
    """S28: a name right after an article and a common noun for no person ("den Erreger Salmonella
    Enteritidis", "der Tanker Marlin Luanda") names a thing, not someone a later "die Amtsärztin" could be (s30: not
    after a first name: "Die Ozeanografin Lena Marquardt")."""
    if s < 2 or toks[s - 1].tag != "NN" or toks[s - 2].pos != "DET" or toks[s - 2].sent != toks[s].sent:
        return False
    if known_first_name(toks[s].text):
        return False
    noun = toks[s - 1].text
    return not (is_person_noun(noun) or is_person_role(noun) or lexicon_person_noun(noun.lower()))
