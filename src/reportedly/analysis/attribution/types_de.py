"""Round 12 (German): types of unnamed source mentions that the earlier head lists miss.

"Augenzeugenberichten zufolge" reports what eyewitnesses say (anonymous), "Zeitungsberichten zufolge"
what the press writes (media) — not a document; the first part of the compound tells who speaks.
"""

from __future__ import annotations

import re

from .anonymous import SOCIAL_NOUNS, anonymous_tail
from .company_names import company_words
from .lexicon import ANON_HEADS, HOUSE_FIRMS, KNOWN_ORGS, PLACE_NOUNS
from .names import doc_noun, org_word
from .speakers import BODY_NOUNS, CLERGY, DEFINITE, ORG_NOUNS, is_person_noun, is_person_role, lexicon_person_noun

REPORT_TAILS = ("berichten", "berichte", "bericht", "berichts", "aussagen", "aussage", "schilderungen", "angaben")
"""Compound tails of what someone says: the part before names the speaker."""
PRESS_PARTS = ("zeitung", "presse", "medien", "agentur", "fernseh", "rundfunk", "radio", "nachrichten", "zeitungs")


def compound_report_type(head: str) -> str | None:
    """ "Augenzeugenberichten", "Zeugenaussagen", "Insiderangaben" → anonymous; "Zeitungsberichten",
    "Presseberichten" → media; else None (a cheap suffix test first)."""
    w = head.lower().rsplit("-", 1)[-1]
    if not w.endswith(REPORT_TAILS):
        return None
    tail = next(t for t in REPORT_TAILS if w.endswith(t))
    first = w[: -len(tail)]
    if len(first) < 4:
        return None
    if first.startswith(PRESS_PARTS):
        return "media"
    stems = {first, first.rstrip("s"), first[:-1] if first.endswith("n") else first}
    if any(s in ANON_HEADS or is_person_noun(s) or lexicon_person_noun(s) for s in stems):
        return "anonymous"
    return None


ROMAN = frozenset("I II III IV V".split())


PLACE_NAMED_BODIES = ("staatsanwaltschaft", "polizei", "gericht", "präsidium", "feuerwehr", "landratsamt")
"""Bodies whose name is their noun and a town: the word after them is the town, whatever its entity tag."""


def org_place_run(toks, run: list, a: int) -> list:
    """ "die Staatsanwaltschaft Köln", "die Kantonspolizei Aargau", "das Landgericht München": a place
    right after an organisation noun is part of the organisation's name, not the organisation itself
    (the run [place] becomes [noun, place]). A company name after "der Konzern" stays an apposition."""
    k = run[0].i - 1
    numbered = len(run) == 2 and run[1].text in ROMAN  # s19: "die Staatsanwaltschaft München I"
    if k < a or (len(run) != 1 and not numbered):
        return run  # cheap tests first
    if not run[0].ent.endswith("LOC") and not toks[k].text.lower().endswith(PLACE_NAMED_BODIES):
        return run  # s22: "laut Staatsanwaltschaft Kassel" (a town the tagger took for a person)
    noun = toks[k]
    if noun.pos != "NOUN" or not noun.text[:1].isupper() or noun.ent != "O":
        return run
    return [noun] + run if org_word(noun.text) or noun.text.lower() in KNOWN_ORGS else run  # s25: "Die Diakonie
    # Deutschland"



def role_then_name(toks, a: int, b: int, heads: list, names: list) -> list | None:
    """S26: "erzählte Anwohnerin Gerlinde Stadler": a bare role noun opening the mention, then a first and a last name
    (the tagger may call the last a noun): the person's name words, else None."""
    if not heads or heads[0].i != a or not names or names[0].i != a + 1:
        return None
    if len(names) >= 2:
        return names
    last = toks[a + 2] if b == a + 3 else None
    if last is not None and last.pos == "NOUN" and last.text[:1].isupper() and last.text.isalpha() and not (
            is_person_noun(last.text) or lexicon_person_noun(last.text)):
        return names + [last]
    return None


def without_buyer(toks: list) -> list:
    """S26: "der Rheinland-Pfalz-Trend von Infratest dimap im Auftrag des SWR": who paid for a poll or a study is not
    who reports it when the mention names who made it; the words from "im Auftrag" on name no speaker then (s22:
    "Einer Umfrage im Auftrag des Personaldienstleisters Arvento" is Arvento's)."""
    cut = next((k for k in range(1, len(toks) - 2) if toks[k].text == "Auftrag" and toks[k - 1].text == "im"), None)
    if cut is None or not any(t.text == "von" or t.pos == "PROPN" for t in toks[1 : cut - 1]):
        return toks
    return toks[: cut - 1]


NAME_HEADS = frozenset("vereinigung stiftung aktion bündnis".split()) | HOUSE_FIRMS
"""Nouns that open the name of the body they head: "Vereinigung Cockpit", "Stiftung Warentest" (unlike
"die Gewerkschaft Verdi", whose name is "Verdi")."""


DIRECTIONS = frozenset("Nord Süd Ost West Mitte Nordost Nordwest Südost Südwest Nord-Ost Süd-West".split())
"""The districts of a police force or an authority ("Polizeidirektion West", "Polizeiinspektion Mitte")."""


def headed_name_run(toks, run: list, a: int) -> list:
    """S26: "Die Vereinigung Cockpit (VC)": the body is the "Vereinigung Cockpit", not a "Cockpit"; "laut Infratest
    dimap": a known organisation's name of two words, whatever the tagger made of the first."""
    k = run[0].i - 1
    if k >= a and len(run) == 1 and f"{toks[k].text} {run[0].text}".lower() in KNOWN_ORGS:
        return [toks[k]] + run
    if k >= a and len(run) == 1 and run[0].text in DIRECTIONS and toks[k].pos == "NOUN" and org_word(toks[k].text):
        return [toks[k]] + run  # s31: "die Polizeidirektion West" is no body called "West"
    if k < a or len(run) != 1 or toks[k].text.lower() not in NAME_HEADS or toks[k].pos != "NOUN":
        return run
    return [toks[k]] + run if k == a or toks[k - 1].pos == "DET" else run


def founder_name_run(toks, run: list, a: int) -> list:
    """S7: "der Bertelsmann Stiftung", "der Hans Böckler Stiftung": a lone organisation word as the name
    takes the capitalised words before it (after the article), which name the body."""
    if len(run) != 1 or not org_word(run[0].text):
        return run
    k = run[0].i - 1
    while k > a and _founder_word(toks[k]) and (toks[k - 1].text[:1].isupper() or toks[k - 1].pos == "DET"):
        run = [toks[k]] + run
        k -= 1
    return run


def _founder_word(t) -> bool:
    return (
        t.pos in ("NOUN", "PROPN") and t.text[:1].isupper() and not org_word(t.text) and not is_person_noun(t.text)
    )


def adjective_name_run(toks, run: list, a: int) -> list:
    """Round 16: "die Vereinigten Staaten", "die Europäische Union": a capitalised adjective inside the
    mention (after its article, so not capitalised for opening the sentence) belongs to the name."""
    k = run[0].i - 1
    while k > a and toks[k].tag == "ADJA" and toks[k].text[:1].isupper() and not run[-1].ent.endswith("PER"):
        run = [toks[k]] + run
        k -= 1
    return run


ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen".split())


def without_attribute(toks: list, content: list) -> list:
    """Round 16: a mention opening with an extended attribute ("der in Hamburg lebende Autor", "die seit
    Jahren in Berlin tätige Anwältin"): the words inside it are no part of the speaker's name or head."""
    if len(toks) >= 5 and toks[0].pos == "DET" and toks[1].pos == "DET" and toks[2].pos in ("NOUN", "PROPN") and (
            toks[3].tag == "ADJA" and toks[4].pos == "NOUN"):  # s27: "einem der Zeitung vorliegenden Vermerk"
        return [t for t in content if t.i not in (toks[1].i, toks[2].i)]
    for p in range(len(toks) - 3):  # s29: also inside the mention, "einer Ad-hoc-Mitteilung des im SDax notierten
        if toks[p].text.lower() not in ARTICLES or toks[p + 1].pos != "ADP":  # Unternehmens"; s23: "das" read as PDS
            continue
        adja = next((k for k in range(p + 2, min(len(toks) - 1, p + 9)) if toks[k].tag == "ADJA" and toks[
            k + 1].pos in ("NOUN", "PROPN")), None)
        if adja is not None:
            inside = {t.i for t in toks[p + 1 : adja + 1]}
            return [t for t in content if t.i not in inside]
    return content


def without_origin(toks: list, content: list) -> list:
    """S20: "Ein Klinikmanager aus Bayern", "Eine Lehrerin aus dem Erzgebirge": the place a person comes from
    (a place name after "aus" right after a person noun) names no one; the speaker is the unnamed person. So
    does the place after "in" where a person or body sits (s27)."""
    for k in range(1, len(toks) - 1):
        before = toks[k - 1].text
        if toks[k].text not in ("aus", "in") or not (is_person_noun(before) or lexicon_person_noun(before) or (
                toks[k].text == "in" and org_word(before) and not is_person_role(before))):
            continue  # s27: "Ein westlicher Diplomat in Kiew", "das Ministerium in Moskau": where they sit
        j = k + 1 + (toks[k + 1].pos == "DET")
        place = []
        while j < len(toks) and toks[j].ent.endswith("LOC"):
            place.append(toks[j].i)
            j += 1
        if place and (j == len(toks) or toks[j].text == ","):  # s26: "Ein Delegierter aus Nordrhein-Westfalen,
            return [t for t in content if t.i not in place]  # seit mehr als 30 Jahren Parteimitglied,"
    return _without_home(toks, content)


def _without_home(toks: list, content: list) -> list:
    """S22: "eine Bewohnerin des Dorfes Chuquibamba", "ein Anwohner der Gemeinde Lützen": the name after a
    place noun in the genitive of a person noun is the place the person lives in, not the person's name."""
    for k in range(1, len(toks) - 2):
        if toks[k].text.lower() not in ("des", "der") or not (
                is_person_noun(toks[k - 1].text) or lexicon_person_noun(toks[k - 1].text)):
            continue
        if toks[k + 1].text.lower() in PLACE_NOUNS and all(t.text[:1].isupper() for t in toks[k + 2 :]):
            place = {t.i for t in toks[k + 2 :]}
            return [t for t in content if t.i not in place]
    return _without_place_adjective(toks, content)


def _without_place_adjective(toks: list, content: list) -> list:
    """S30: "der Walliser Staatsrat Jean-Marc Rey": a place adjective before the person noun of a named person
    (the name tagged a person after it) names no one."""
    for k in range(len(toks) - 2):
        t = toks[k]
        if (t.ent.endswith("LOC") or t.pos == "PROPN") and t.text.endswith("er") and toks[k + 1].pos == "NOUN" and (
                toks[k + 2].ent.endswith("PER")) and t.text[:1].isupper():  # s30: "die Göttinger (PROPN) Physikerin"
            return [c for c in content if c.i != t.i]
    return content


def plain_body(words: list[str]) -> bool:
    """A definite article and a body noun ("die Behörde", "the company"), or with a city adjective between (s20:
    "die Karlsruher Behörde" after "Die Bundesanwaltschaft"): a body named before, not a new one."""
    if not words or words[0].lower() not in DEFINITE:
        return False
    return len(words) == 2 or (len(words) == 3 and words[1][:1].isupper() and words[1].endswith("er"))


def speaker_words(toks: list, content: list) -> list:
    """The words of a German mention that can name its speaker: not those of an extended attribute
    (`without_attribute`) nor a person's place of origin (`without_origin`)."""
    return without_origin(toks, without_attribute(toks, content))


ENGLISH_ORG_WORDS = frozenset(
    "institute council center centre foundation university school office committee bureau agency commission "
    "association society fund board forum alliance coalition network project group".split()
)
ENGLISH_LINKS = frozenset("of for on the and".split())


def english_org_run(toks, run: list, a: int, stop: int) -> list:
    """S9: an English organisation name in German text keeps its lowercase links — "des US-Thinktanks
    Institute for the Study of War", "der Council on Foreign Relations" — where the German name run
    stopped at "for" or "on"."""
    while len(run) > 1 and run[-1].text in ENGLISH_LINKS:
        run = run[:-1]
    k = run[0].i - 1
    while k > a and toks[k].text in ENGLISH_LINKS:
        k -= 1
    if k >= a and k < run[0].i - 1 and toks[k].text.lower() in ENGLISH_ORG_WORDS:
        run = list(toks[k : run[0].i]) + run  # "dem Center for Strategic …": the head the tagger left out
    j = next((k for k, t in enumerate(run) if t.text.lower() in ENGLISH_ORG_WORDS), None)
    if j is None:
        return run
    if j > 0 and any("-" in t.text or t.tag == "NN" for t in run[:j]):
        run = run[j:]  # "des US-Thinktanks Institute for …": the German noun before is no part of the name
    k = run[-1].i + 1
    while k < stop:
        m = k
        while m < stop and toks[m].text in ENGLISH_LINKS:
            m += 1
        if m == k or m >= stop or not (toks[m].text[:1].isupper() and toks[m].text.isalpha()) or m - k > 2:
            break
        while m + 1 < stop and toks[m + 1].text[:1].isupper() and toks[m + 1].text.isalpha():
            m += 1
        run = run + list(toks[k : m + 1])
        k = m + 1
    return run


TITLE_NOUNS = CLERGY | {"bruder", "schwester"}


def title_noun(t) -> bool:
    """S23: "Provinzial Bruder Matthias Kernleitner": common nouns before the name that the entity tagger
    counted into it; the person is Matthias Kernleitner."""
    return t.tag == "NN" and t.text.lower() in TITLE_NOUNS


def title_surname(toks, t, content: list) -> bool:
    """S9: "Fraktionschefin Dröge", "Parteichef Klingbeil", "die Sprecherin Müller": a capitalised word the
    tagger left as a common noun (or tagged as a place), right after a role noun and closing the mention, is
    a surname."""
    if t.pos not in ("NOUN", "PROPN") or t.ent.endswith("PER") or not t.text[:1].isupper() or not t.text.isalpha():
        return False
    if t.i == 0 or t.text.isupper():
        return False  # "Sprecher ADAC": an acronym is a body
    role = toks[t.i - 1]
    if role.i < content[0].i or not (
        is_person_role(role.text) or is_person_noun(role.text.lower()) or anonymous_tail(role.text)
        or role.text in COURT_TITLES  # s23: "Verteidiger Pfannmüller kündigte an"
    ):
        return False
    last = content[-1] if content[-1].text != ")" else None
    return t is last or (t.i + 1 < len(toks) and toks[t.i + 1].text == "(")


COURT_TITLES = frozenset(
    "Verteidiger Verteidigerin Nebenklagevertreter Nebenklagevertreterin Pflichtverteidiger".split()
)


REPORTS_SINGULAR = frozenset("berichtet berichtete".split())
"""S13: "berichten" in the singular: an outlet reports; "Wie Pendler berichten" are people."""


OUTLET_WORDS = frozenset("blog podcast sender portal magazin zeitung blatt agentur".split())
"""German nouns for a kind of outlet that the tagger may read as part of the name after them: "Der Blog
Fefe", "Der Podcast Lage der Nation" (session 16)."""


def reporting_name(toks, ev) -> None:
    """S13: "wie unter anderem Macrumors berichtet", "The Elec berichtete": a name the typing did not know
    (no person, no organisation word, not in the outlet registry) that reports is an outlet. Typed
    unknown, it would also nest in the report of the outlet cited before it."""
    src = ev.source
    if src is None or ev.src is None or not ev.cue:
        return
    if src.type != "unknown" and not (src.type == "organization" and toks[ev.src[0]].text == "The"):
        return  # s16: an English "The …" the typing took for a company ("The Elec berichtete") may report too
    c = ev.cue[0]
    if toks[c].text not in REPORTS_SINGULAR or (c + 1 < len(toks) and toks[c + 1].text in ("haben", "hatten")):
        return  # "Wie Pendler berichten", "wie Pendler berichtet haben": people
    a, b = ev.src
    words = toks[a:b]
    if all(t.text[:1].isupper() and not t.ent.endswith("PER") for t in words):
        src.type = "media"


def company_sources(doc, table) -> None:
    """S22: a one-word name the entity tagger called a person ("Veramed wies die Vorwürfe zurück") is the
    company when the article writes it as a company's name (`company_names.company_words`) and no mention of
    it has a word for a person."""
    for src in table.sources:
        if src.type != "person" or not src.name or " " in src.name or src.name not in company_words(doc):
            continue
        if not any(is_person_noun(w) or is_person_role(w) for m in src.mentions for w in m.text.split()):
            src.type = "organization"


def paper_owner(content: list):
    """S16: the s-genitive owner of a paper that ends the mention ("Apples Patent", "Politicos Bericht"), which
    the tagger may read as one person's name; None if the mention is no such paper."""
    if len(content) < 2:
        return None
    owner, paper = content[-2], content[-1]
    if owner.text[:1].isupper() and owner.text.endswith("s") and paper.text[:1].isupper() and doc_noun(paper.text):
        return owner
    return None


def genitive_name_run(toks, run: list, stop: int) -> list:
    """S17: "der Bundesverband der Deutschen Heizungsindustrie (BDH)", "der Verband der Automobilindustrie
    (VDA)": an organisation word alone as the name takes the genitive after it when that genitive is a
    name's (a capitalised adjective in it, or an acronym in brackets right after it)."""
    j = run[0].i - 1 if run else 0
    while j > 0 and toks[j].tag == "ADJA" and toks[j].text[:1].isupper():
        j -= 1
    named = len(run) >= 2 and run[0].ent == "B-ORG" and all(t.text[:1].isupper() for t in run)
    if named and j >= 1 and toks[j].text.lower() in ("der", "des") and toks[j - 1].tag == "NN" and org_word(
            toks[j - 1].text):
        return list(toks[j - 1 : run[-1].i + 1])  # s25: "Der Börsenverein des Deutschen Buchhandels": the whole name
    if len(run) != 1 or not org_word(run[0].text):
        return run
    k = run[0].i + 1
    if k + 1 >= stop or toks[k].text.lower() not in ("der", "des"):
        return run
    e = k + 1
    while e < stop and toks[e].text[:1].isupper() and toks[e].tag in ("ADJA", "NN", "NE"):
        e += 1
    words = toks[k + 1 : e]
    if not words or words[-1].tag == "ADJA":
        return run
    capital_adjective = any(t.tag == "ADJA" for t in words)
    acronym = e + 2 < len(toks) and toks[e].text == "(" and toks[e + 1].text.isupper() and toks[e + 2].text == ")"
    return list(toks[run[0].i : e]) if capital_adjective or acronym else run


SOCIAL_NETWORKS = re.compile(r"\b(sozialen?|social)\s+(netzwerke[n]?|medien|media|networks?)\b", re.I)
"""S19: "in sozialen Netzwerken", "in den sozialen Medien": posts by no one named, not an organisation."""


def social_networks(ev) -> None:
    """An unnamed source described as the social networks is their posts (social_post)."""
    src = ev.source
    if src is not None and not src.name and src.type in ("organization", "unknown", "media") and (
            SOCIAL_NETWORKS.search(src.description or "")):
        src.type = "social_post"


BODY_WORDS_DE = BODY_NOUNS | ORG_NOUNS
"""Nouns for a body that close a mention ("nach Angaben des Instituts")."""


def common_noun_tagged_name(t, content: list) -> bool:
    """A common noun for a person ("Insider") or (s32) a body closing the mention ("nach Angaben des Instituts", not
    "des Instituts der deutschen Wirtschaft (IW)") tagged a name but no entity."""
    low = t.text.lower()
    if low in SOCIAL_NOUNS and t.ent == "O":
        return True  # s34: "Ein Sharepic (NE), das auf Facebook kursiert"
    return t.tag == "NN" and t.ent == "O" and (is_person_noun(low) or t is content[-1] and low.removesuffix("s") in (
        BODY_WORDS_DE) and (len(content) == 1 or content[-2].i != t.i - 1))  # not "der Bertelsmann Stiftung"
