"""Names the POS tagger missed, counted as names while the engine runs (moved out of names.py in session 22):
a capitalised word the entity tagger calls a person ("Habeck sagte": VVIMP), the surname of a full name the
article gave, and the English kind noun before a company's name that the tagger read as an adverb."""

from __future__ import annotations

from contextlib import contextmanager

from .company_names import KIND_TAILS, LEGAL_FORMS
from .lexicon import COMPANY_KINDS_EN, KNOWN_ORGS, NOUNS_TAGGED_ADJ_EN
from .names import known_first_name, org_word
from .speakers import is_person_noun, is_person_role


@contextmanager
def names_as_propn(toks, doc=None):
    """While the engine runs, a capitalised word the entity tagger calls a person or organisation but
    the POS tagger a verb or adjective ("Habeck sagte": VVIMP, "Selenskyj": ADJD) counts as a name; so
    does the surname of a full name the article gave ("Fiel selbst zeigte sich …" after "Cristian Fiel"; s18:
    "Wagenknecht sagte" after "Sahra Wagenknecht", tagged a noun)."""
    from .full_names import full_names, full_names_of, surname_read_as_noun  # full_names imports this module

    changed = []
    surnames = None
    german = doc is not None and doc.language == "de"
    for t in toks:
        capital = t.text[:1].isupper() and t.text.replace("-", "").isalpha()  # s25: "Fane-Lowther" (ADV) conceded
        if _double_first_name(toks, t):  # s23: "Bürgermeister Klaus-Dieter (ADJA) Renner (NN) sagte"
            for w, ent in ((t, "B-PER"), (toks[t.i + 1], "I-PER")):
                changed.append((w, w.pos, w.tag, w.ent))
                w.pos, w.tag, w.ent = "PROPN", "NE" if german else "NP0", ent
            continue
        if german and t.ent == "O" and _untagged_apposed_name(toks, t.i):
            for w, ent in ((t, "B-PER"), (toks[t.i + 1], "I-PER")):  # s25: "Der Außenpolitiker der Union, Hendrik
                changed.append((w, w.pos, w.tag, w.ent))  # (NN) Baumeister (NN), nannte …": the tagger saw no name
                w.pos, w.tag, w.ent = "PROPN", "NE", ent
            continue
        if german and t.pos == "NOUN" and _before_legal_form(toks, t.i):
            changed.append((t, t.pos, t.tag, t.ent))  # s23: "die Windkontor (NN) Mittelgebirge GmbH": one name
            t.pos, t.tag = "PROPN", "NE"
            continue
        if german and t.ent == "B-ORG" and (retags := _misread_org(toks, t.i)) is not None:
            for w, (pos, tag, ent) in zip(toks[t.i :], retags):  # s30: a person or a kind noun inside an organisation
                changed.append((w, w.pos, w.tag, w.ent))
                w.pos, w.tag, w.ent = pos or w.pos, tag or w.tag, ent
            continue
        if german and t.ent == "B-ORG" and _person_tagged_org(toks, t):
            for w in (t, toks[t.i + 1]):  # s19: "Die Desinformationsforscherin Pia Lamberty" tagged ORG
                changed.append((w, w.pos, w.tag, w.ent))
                w.ent = "B-PER" if w is t else "I-PER"
        if capital and t.ent[2:] in ("PER", "ORG") and t.pos not in ("PROPN", "NOUN", ""):
            changed.append((t, t.pos, t.tag, t.ent))
            t.pos, t.tag = "PROPN", "NE"
        elif german and capital and t.ent == "O" and t.tag == "NN" and surname_read_as_noun(toks, t.i):
            changed.append((t, t.pos, t.tag, t.ent))  # s21: "Roderich Kiesewetter" ("Kiesewetter" a noun)
            t.pos, t.tag, t.ent = "PROPN", "NE", "I-PER"
        elif german and capital and t.ent == "O" and t.pos in ("ADJ", "ADV") and _surname_after_first(toks, t):
            changed.append((t, t.pos, t.tag, t.ent))  # s30: "sagte Co-Präsidentin Leonie Frei (ADJD) gegenüber …"
            t.pos, t.tag, t.ent = "PROPN", "NE", "I-PER"
        elif capital and t.ent == "O" and (t.pos in ("VERB", "ADJ", "ADV") or (t.pos == "NOUN" and german and _bare(
                toks, t))):
            if surnames is None:  # s7: "Fiel selbst zeigte sich enttäuscht" after "Trainer Cristian Fiel"
                surnames = full_names_of(doc) if doc is not None else full_names(toks)
            if t.text in surnames:
                changed.append((t, t.pos, t.tag, t.ent))
                t.pos, t.tag, t.ent = "PROPN", "NE", "B-PER"
        elif t.pos in ("ADV", "ADJ", "VERB") and t.text in KIND_NOUNS_EN and 0 < t.i < len(toks) - 1 and (
                toks[t.i + 1].text[:1].isupper() and (toks[t.i - 1].text[:1].isupper() or toks[t.i - 1].pos == "DET")):
            changed.append((t, t.pos, t.tag, t.ent))  # s22: "U.S. insurer (ADV) Bellmont Mutual said"
            t.pos, t.tag = "NOUN", "NN1"
        elif t.text in ("year-old", "year-olds") and t.pos != "NOUN":
            changed.append((t, t.pos, t.tag, t.ent))  # s23: '"Yes," the 54-year-old (ADV) said, "because …"'
            t.pos, t.tag = "NOUN", "NN1" if t.text == "year-old" else "NN2"
        elif t.tag == "CRD" and t.text.endswith(("'s", "’s")) and not any(c.isdigit() for c in t.text):
            changed.append((t, t.pos, t.tag, t.ent))  # s22: "a person familiar with the company's (CRD) internal
            t.pos, t.tag = "NOUN", "NN1"  # investigation told …": a possessive noun, no number
        elif t.pos == "ADJ" and t.text.lower() in NOUNS_TAGGED_ADJ_EN and t.i + 1 < len(toks):
            nxt = toks[t.i + 1]  # English "The military said": a noun when no noun follows
            if nxt.pos not in ("NOUN", "PROPN", "ADJ") and not nxt.text[:1].isupper():
                changed.append((t, t.pos, t.tag, t.ent))
                t.pos, t.tag = "NOUN", "NN1"
    try:
        yield
    finally:
        for t, pos, tag, ent in changed:
            t.pos, t.tag, t.ent = pos, tag, ent


KIND_NOUNS_EN = COMPANY_KINDS_EN | frozenset(
    "carrier utility operator provider supplier developer giant startup".split())
"""English words for a kind of company before its name, which the tagger reads as adverbs or verbs."""


def _person_tagged_org(toks, t) -> bool:
    """A two-word "organisation" right after a word for people is a person ("Die Forscherin Pia L."), unless a
    word of it names a body."""
    k = t.i
    if k == 0 or k + 1 >= len(toks) or toks[k + 1].ent != "I-ORG" or (k + 2 < len(toks) and toks[k + 2].ent == "I-ORG"):
        return False
    prev, words = toks[k - 1], (t.text, toks[k + 1].text)
    return prev.pos == "NOUN" and is_person_noun(prev.text) and not any(org_word(w) for w in words) and (
        " ".join(words).lower() not in KNOWN_ORGS and all(w.isalpha() and w[:1].isupper() for w in words))


def _misread_org(toks, k: int) -> tuple | None:
    """S30: the (pos, tag, entity) per token of an organisation of two or three words that the entity tagger made of
    a role and a name ("Bundesrätin Claudia Moser-Rüegg"), a place adjective and a kind noun before a name ("Der
    Münchner Streamingdienst Kinovia": Kinovia) or a place adjective and a word for a person ("die Hamburger
    Forscherin"); None for any other. An empty pos or tag keeps the token's own (the name's further words keep theirs:
    "Der Hamburger Verlag Hellwig & Sohn")."""
    size = 1
    while k + size < len(toks) and toks[k + size].ent == "I-ORG":
        size += 1
    words = toks[k : k + 3]
    place = toks[k].text.endswith("er") and toks[k].text[:1].isupper()
    if size == 3 and is_person_role(words[0].text) and known_first_name(words[1].text) and words[2].text[:1].isupper():
        return ("NOUN", "NN", "O"), ("PROPN", "NE", "B-PER"), ("PROPN", "NE", "I-PER")
    if size >= 3 and place and words[0].tag == "ADJA" and words[1].tag == "NN" and words[2].tag == "NE":
        return ("ADJ", "ADJA", "O"), ("NOUN", "NN", "O"), ("", "", "B-ORG")
    if size == 2 and place and is_person_noun(words[1].text):
        return ("ADJ", "ADJA", "O"), ("NOUN", "NN", "O")
    if size == 1 and words[0].tag == "ADJA" and k + 2 < len(toks) and (is_person_noun(toks[k + 1].text) or (
            is_person_role(toks[k + 1].text))) and toks[k + 2].ent == "B-PER":
        return (("ADJ", "ADJA", "O"),)  # s31: "die Hamburgische Datenschutzbeauftragte Miriam Oltmanns"
    return None


def _bare(toks, t) -> bool:
    """S18: a noun with no article or adjective before it ("Wagenknecht sagte" after "Sahra Wagenknecht")."""
    prev = toks[t.i - 1] if t.i > 0 else None
    return prev is None or prev.sent != t.sent or prev.pos not in ("DET", "ADJ", "ADP")


def _surname_after_first(toks, t) -> bool:
    """A capitalised adjective right after a first name tagged a person, in mid-sentence: the surname ("Frei")."""
    prev = toks[t.i - 1] if t.i > 1 else None
    return prev is not None and prev.ent == "B-PER" and prev.sent == t.sent and toks[t.i - 2].sent == t.sent and (
        known_first_name(prev.text)) and (t.i + 1 == len(toks) or toks[t.i + 1].ent != "I-PER")


def _untagged_apposed_name(toks, k: int) -> bool:
    """A known first name and a capitalised word, neither tagged a person, between commas after a noun phrase."""
    if not (0 < k < len(toks) - 2) or toks[k - 1].text != "," or toks[k + 2].text != ",":
        return False
    first, last = toks[k], toks[k + 1]
    return first.text[:1].isupper() and first.text.isalpha() and known_first_name(first.text) and last.ent == "O" and (
        last.text[:1].isupper() and last.text.isalpha() and not org_word(last.text)) and toks[k - 2].pos in (
        "NOUN", "PROPN")


def _double_first_name(toks, t) -> bool:
    """A hyphenated pair of first names before a capitalised word the tagger did not take for a name."""
    if "-" not in t.text or t.pos == "PROPN" or t.i + 1 >= len(toks) or not t.text[:1].isupper():
        return False
    parts = t.text.split("-")
    nxt = toks[t.i + 1]
    return len(parts) == 2 and all(p[:1].isupper() and known_first_name(p) for p in parts) and (
        nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.ent in ("O", "I-PER", "B-PER"))


def _before_legal_form(toks, k: int) -> bool:
    """A capitalised noun after an article whose capitalised words run on to a legal form ("GmbH", "AG")."""
    if k == 0 or toks[k - 1].pos != "DET" or not toks[k].text[:1].isupper() or not toks[k].text.isalpha():
        return False
    j = k + 1
    while j < min(len(toks), k + 4) and toks[j].text not in LEGAL_FORMS:
        if not (toks[j].text[:1].isupper() and toks[j].text.replace("-", "").isalpha()):
            return False
        j += 1
    if j >= len(toks) or toks[j].text not in LEGAL_FORMS:
        return False
    low = toks[k].text.lower()  # not "Der Armaturenhersteller Kessler Armaturen GmbH": the kind before the name
    return not (low.removesuffix("s").endswith(KIND_TAILS) or org_word(low) or is_person_noun(low))
