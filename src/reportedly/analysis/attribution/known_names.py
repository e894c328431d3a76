"""A mention that names a source the article made before: a surname or short name already known ("Milley"
after "General Mark Milley", "laut Scheuer", the genitive "Der Vorwurf Sardanas"). Moved out of sources.py
in session 17."""

from __future__ import annotations

import re

from . import anonymous as A
from .company_names import LEGAL_FORMS
from .lexicon import ANON_HEADS, ANON_HEADS_EN, KNOWN_ORGS
from .name_kinds import COMPANY_KINDS, ORG_NAME_TAILS_EN
from .names import known_first_name, org_word
from .speakers import is_person_noun, is_person_role, lexicon_person_noun

UNNAMED_LINKS_EN = ("for", "to", "at")
"""Words between an unnamed speaker and the body or person named after it: "A representative for Brandt", "an
assistant to the actor Colton Brandt", s34: "A senior official at NHS England"."""

KNIGHTS = frozenset(("Sir", "Dame"))
"""British titles used with the first name alone: "Sir Keir" is Keir Starmer."""


def known_name(table, doc, content: list, a: int, b: int):
    """The known Source a name word of the mention [a, b) names, or None (`content`: its words without
    articles). Retypes an organisation as a person when a person's name now stands for it."""
    if len(content) == 2 and content[0].text in KNIGHTS:  # s17: "Sir Keir said" after "Keir Starmer"
        first = content[1].text
        named = [s for s in table.sources if s.type == "person" and s.name and s.name.split()[0] == first]
        if len(named) == 1 and " " in named[0].name:
            return named[0]
    if len(content) == 1 and content[0].text[:1].isupper() and (org := _company_by_first_word(table, content[0].text)):
        return org  # s23: "according to Corvane" after "Corvane Therapeutics said"
    if doc.language == "en" and len(content) == 1 and content[0].text[:1].isupper() and (
            named := _company_in_text(doc, content[0].text, a)) is not None:
        org = table.resolve(doc, *named)  # s24: "Halvorsen said" after "Halvorsen Pharmaceuticals is recalling …"
        return org if org.type == "organization" else None
    for t in content:
        low = t.text.lower()
        known = table.get("name:" + low) if t.text[:1].isupper() else None
        if known is None and t.text[:1].isupper() and low.endswith("s") and len(low) > 4 and not (
            t.i + 1 < b and doc.tokens[t.i + 1].pos == "NOUN"  # s21: "Bayerns Ministerpräsident" is no "… Bayern"
        ):
            known = table.get("name:" + low[:-1])  # genitive: "Der Vorwurf Sardanas"
        if known is not None and known.type == "anonymous" and known.name is None:
            known = None  # s10: "One Republican" was retyped anonymous; "The Republicans" are not that one
        if known is None or not (t.pos in ("PROPN", "") or t.ent != "O" or len(content) == 1 or (
                " ".join(x.text for x in content) == known.name)):  # s26: "die Vereinigung Cockpit" (NOUN) again
            continue
        if A.other_name(doc.tokens, t.i, a, known) or A.other_first_name(doc.tokens, t.i, a, known):
            continue  # round 15: "Pro Bahn" is not "Deutsche Bahn"; s7: "Jane Thun" not "Max Thun"
        if doc.language == "de" and (A.someone_of(doc.tokens, a, t.i) or A.owner_name(doc.tokens, a, t.i)):
            return None  # round 18: "Ein Sprecher von Pistorius" is not Pistorius; s12: nor "Anhänger Trumps"
        nxt = doc.tokens[t.i + 1].text.lower() if t.i + 1 < b else ""
        if doc.language == "en" and doc.tokens[a].text.lower() in ("a", "an", "one", "another") and (is_person_noun(
                nxt) or is_person_role(nxt) or nxt in ANON_HEADS_EN):
            return None  # s31: "a senior GHMC engineer, who did not wish to be named,": unnamed, of the GHMC
        if doc.language == "en" and (is_person_role(nxt) or nxt in ANON_HEADS_EN) and any(
                x.text[:1].isupper() for x in doc.tokens[t.i + 2 : b]):
            continue  # s24: "Halvorsen Chief Medical Officer Dr. Anil B.": the company, then the person's title;
            # s28: "RSF adviser Omar Jibril" after "The RSF said"
        if doc.language == "en" and any(doc.tokens[j].text.lower() in UNNAMED_LINKS_EN and (
                doc.tokens[j - 1].text.lower() in ANON_HEADS | ANON_HEADS_EN) for j in range(a + 1, t.i)):
            return None  # s24: "A representative for Brandt", "an aide to Whitcombe" is not Brandt (s34: "at")
        if known.type == "organization" and t.i + 1 < b and doc.tokens[t.i + 1].ent.endswith("PER"):
            continue  # round 18: "Israel Katz" after "Israel" (the state): a first name here
        if known.type == "organization" and any(w.ent.endswith("PER") for w in content) and (
            KNOWN_ORGS.isdisjoint((known.name or "").lower().split())  # s21: "Verdi" stays the union, tagged so or not
        ) and not any(org_word(w.text) for w in content) and not (known.name or "").isupper() and not any(
                w.lower().endswith(COMPANY_KINDS) for m in known.mentions for w in m.text.split()):  # s26: "des
            # Robert Koch-Instituts (RKI)" after "RKI meldet …": an institute named after a person; s31: nor "der
            # Veranstalter Nordlicht Concerts" (tagged a person)
            known.type = "person"  # "Trump" first, "US-Präsident Donald Trump" later
        prev = doc.tokens[t.i - 1] if t.i > a else None
        if known.type == "person" and known.name == t.text and prev is not None and prev.text[:1].isupper() and (
                prev.text.isalpha() and (prev.pos == "PROPN" or known_first_name(prev.text))) and not (
                is_person_noun(prev.text) or is_person_role(prev.text) or lexicon_person_noun(prev.text)):
            known.name = f"{prev.text} {t.text}"  # s23: the headline's "Whitcombe:", then "Sen. Marla Whitcombe"
        return known
    return None


def _company_by_first_word(table, word: str):
    """The one company whose name of several words opens with `word` and ends in a company word."""
    found = [s for s in table.sources if s.type == "organization" and s.name and _company_name(s.name.split(), word)]
    return found[0] if len(found) == 1 else None


def _company_in_text(doc, word: str, a: int) -> tuple[int, int] | None:
    """The tokens of "<word> <company word>" ("Halvorsen Pharmaceuticals") before token a, named as no source yet."""
    toks = doc.tokens
    for k in range(a - 1):
        if toks[k].text == word and (toks[k + 1].text.lower() in ORG_NAME_TAILS_EN or toks[k + 1].text in LEGAL_FORMS):
            e = k + 2
            while e < a and (toks[e].text in LEGAL_FORMS or toks[e].text in ("Inc.", "Corp.", "Ltd", "plc")):
                e += 1
            return k, e
    return None


def _company_name(words: list[str], first: str) -> bool:
    return len(words) > 1 and words[0] == first and (words[-1].lower() in ORG_NAME_TAILS_EN or words[-1] in LEGAL_FORMS)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def acronym_source(table, name: str):
    """S19: the organisation the article named before by this name's acronym ("WHO" in the headline, "the World
    Health Organization" in the body), or by the full name this acronym abbreviates; None when there is none."""
    orgs = [s for s in table.sources if s.type == "organization" and s.name]
    if " " in name and len(_initials(name)) >= 2:
        acronym = _initials(name)  # "WHO" may have stayed a description (the pronoun "who" is no name)
        return next((s for s in table.sources if s.type == "organization" and acronym in (s.name, s.description)),
                    None)
    if name.isupper() and 2 <= len(name) <= 6:
        return next((s for s in orgs if " " in s.name and _initials(s.name) == name), None)
    return None


KNOWN_PHRASES = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(
    (n for n in KNOWN_ORGS if " " in n), key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
"""The known organisations named by several words ("Ärzte ohne Grenzen", "Human Rights Watch")."""

KIND_WORDS = frozenset("organisation organization verein bündnis initiative gruppe group charity verband".split())
"""Words for a kind of body that may stand before its name ("Die Organisation Ärzte ohne Grenzen")."""


def known_phrase(text: str, start: int, end: int) -> tuple[str, int] | None:
    """S34: the known organisation of several words that the mention text[start:end] is or opens, as the text spells
    it, with the offset where it ends, when only articles and a kind of body stand before it ("Die Organisation
    Ärzte ohne Grenzen", "Reporter ohne Grenzen": their lower-case words cut the mention short); None for "ein
    Sprecher von Ärzte ohne Grenzen"."""
    m = KNOWN_PHRASES.search(text, start, end + 40)
    if m is None or m.start() >= end or m.end() < end:
        return None
    before = text[start : m.start()].lower().split()
    if not all(w in ("der", "die", "das", "des", "dem", "den", "the") or w.endswith(tuple(KIND_WORDS)) for w in before):
        return None
    return m.group(1), m.end()
