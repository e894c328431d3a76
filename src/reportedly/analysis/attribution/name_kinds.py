"""What kind of name a source's name is (person, organisation or outlet) and its nominative form;
split from names.py in session 14, which finds the name words themselves."""

from __future__ import annotations

from ...model import SourceType
from .company_names import COMPANY_NAME_TAILS_EN, KIND_TAILS
from .lexicon import (
    CLUB_WORDS,
    COMPANY_KINDS_EN,
    GOVERNMENT_PLACES,
    HOUSE_FIRMS,
    KNOWN_ORGS,
    MEDIA_HEADS,
    ORG_HEADS,
)
from .names import known_first_name, media_noun, org_word
from .speakers import is_office, is_person_noun, is_person_role

COMPANY_BEFORE = COMPANY_KINDS_EN | frozenset(
    """provider operator carrier maker developer supplier bank group startup konzern unternehmen firma hersteller
    utility""".split()
)
"""Nouns for a business right before its name ("provider Coralnet", "der Konzern X"): the name is a company's."""
OUTLET_NAME_TAILS = frozenset(
    {"review", "allgemeine", "rundschau", "morgenpost", "abendblatt", "anzeiger", "kurier", "tagblatt", "volksstimme",
     "volkszeitung", "merkur", "kreisblatt", "tageblatt", "wochenblatt",
     "bote", "boten", "landbote", "echo", "generalanzeiger", "landeszeitung", "nachrichten", "abendspiegel",  # s23
     "ledger", "chronicle", "dispatch", "observer", "examiner", "inquirer", "sentinel", "courier",  # s22
     "bee", "star", "register", "mirror", "express", "gazette", "herald", "tribune", "telegraph", "post", "times",
     "journal",  # s23
     "channel",  # s24: "Tennis Channel reported, citing two sources, …"
     "weekly",  # s34: "Athletics Weekly reported"
     "presse", "stimme", "news"}  # s29: "Wie die „Freie Presse“ berichtet", "die „Heilbronner Stimme“", "STAT News"
)
"""S14: last words of outlets' names that are no outlet nouns by themselves ("The Spokesman-Review", "Harvard
Business Review"; "a review" is a document); s21: German papers the registry lacks ("Märkische Allgemeine")."""
OUTLET_NAME_HEADS = frozenset("corriere gazeta gazzetta giornale diario dziennik jornal courrier".split())
"""S23: first words of foreign papers' names ("Der italienische „Corriere del Nord“ schreibt")."""


ORG_NAME_TAILS_EN = COMPANY_NAME_TAILS_EN | frozenset(
    """constabulary police aggregates therapeutics biosciences sciences front movement alliance coalition markets
    stores foods logistics media entertainment studios networks communications robotics dynamics aerospace mining
    minerals resources chemicals materials properties brands pharma group corp corporation inc ltd llc plc
    associates ventures solutions services district districts health healthcare hospitals
    shipping aero airways airlines semiconductor semiconductors systems motors technologies holdings
    jury tribunal government diagnostics analytics biotech genomics devices electronics instruments software
    labs laboratories""".split()) | CLUB_WORDS  # s32: "Meridian Micro Devices forecast …, saying"; "Dunmore Athletic"
# s25: "Meridian Valley Health"; s28: "Nereus Shipping", "Torvald Aero", "Halvern Semiconductor"; s29: "The National
# Elections Jury (JNE) said"
"""Last words of English organisations' names that are no organisation words of their own."""


def role_in_name(toks, t) -> bool:
    """S7: the entity tagger put the role into the name ("Co-Vorsitzender Fabio De Masi" as one PER): a
    first token followed by a first name and a surname."""
    k = t.i
    return t.ent == "B-PER" and k + 2 < len(toks) and toks[k + 1].ent == "I-PER" and toks[k + 2].ent == "I-PER"


def tagged_name(toks, run: list, lang: str) -> list:
    """The person's name in a run that holds a tagged one: past untagged words (German: "Aufsichtsrätin
    Daniela Cavallo"; not English "Rachel" in "Chancellor Rachel Reeves", whose roles are left out already)
    and a role the tagger put into the name (s7: "Co-Vorsitzender Fabio De Masi"). S18 (English): past the
    last role word when a first name and a surname follow ("German Chancellor Olaf Scholz" as one PER)."""
    while (not run[0].ent.endswith("PER") and lang != "en") or (role_in_name(toks, run[0]) and is_person_role(
            run[0].text)):
        run = run[1:]
    if lang != "en":
        return run
    r = max((k for k, t in enumerate(run[:-2]) if is_person_role(t.text)), default=None)
    return run[r + 1 :] if r is not None else run


WEB_KINDS = frozenset("website site blog newsletter podcast tracker".split())
"""English words for an online outlet before its name ("the tracking website PowerOutage.us")."""
COMPANY_KINDS = KIND_TAILS + ("betreiber", "discounter")  # s31: one list with company_names' (it lacked "Betreiber")
"""Words for a kind of company that look like words for people (-er) and that a company's name follows."""


CLUB_TAILS = CLUB_WORDS | frozenset(("city", "villa"))
"""S19: the short names of football clubs, never a person's surname alone."""


def _body_noun(word: str) -> bool:
    """A noun for a body that no person's title shares ("Tierrechtsorganisation"; not "Landrat", "Vorstand")."""
    return org_word(word) and not (is_person_role(word) or is_person_noun(word) or is_office(word)) and not (
        word.lower().endswith(("rat", "vorstand")))  # "Landrat X", "Personalvorstand X": titles of a person


def _government_agency(h, before: list) -> bool:
    """S18/s19: English "agency" is a government's unless "news" or "press" goes before it ("Federal Emergency
    Management Agency administrator X", "The national weather agency Aemet"); s31: a bare German "Agentur" is no
    news agency either."""
    if h.text.lower() == "agentur":
        return True  # s31: "teilte die Agentur Stageline mit, die den Sänger managt": a name the registry lacks after a
        # bare "Agentur" is a talent or PR agency's (news agencies are "Nachrichtenagentur", or named in the registry)
    if h.text.lower() != "agency":
        return False
    return not any(t.text.lower() in ("news", "press", "wire") for t in before)


BODY_INTRO_REACH = 400
"""Tokens back that `introduced_with_body` looks for the name's introduction (about a short article's length)."""


OUTLET_DESKS = frozenset("dpa afp ap reuters ard zdf ndr wdr swr br mdr rbb hr sr orf srf br24 correctiv".split())
"""Outlets that run a fact-check or research desk under a hyphenated name."""
DESK_TAILS = ("faktencheck", "faktenfinder", "recherche", "factcheck", "fact-check", "investigativ")


def introduced_with_body(tokens, run: list) -> bool:
    """S29: "Die Hilfsorganisation Medico hat … geliefert. …, teilte Medico mit" (the second "Medico" tagged a person):
    a name the article introduced right after a noun for a body (earlier, outside the mention) names that body."""
    if known_first_name(run[0].text):
        return False  # "der Verein Michael Müller" is rare, "der Anwalt Michael Müller" no body noun
    words = [t.text for t in run]
    n = len(words)
    for j in range(run[0].i - 1, max(0, run[0].i - BODY_INTRO_REACH), -1):
        if tokens[j].text == words[0] and [t.text for t in tokens[j : j + n]] == words and tokens[j - 1].sent == tokens[
                j].sent and (_body_noun(
                tokens[j - 1].text) or tokens[j - 1].text.lower().endswith(COMPANY_KINDS)):  # not a title's last word
            return True
    return False


def name_type(run: list, name: str, before: list, people: frozenset[str] = frozenset(), german: bool = False,
              tokens=None) -> SourceType:
    """person, organization or media for a name: entity tags, then the nouns around it.

    "dem Magazin ET-News" is media; "Rheinmetall", "Südkorea" (no person tag, one word) are
    organisations; "Mark Milley" (two capitalised words) is a person."""
    low = name.lower()
    office = bool(before) and before[-1].i == run[0].i - 1 and _office_of(tokens, before[-1].i)
    if office:
        before = before[:-1]  # s31: the body that closes a title ("Senior Superintendent of Police Anand Kumar Pandey")
    if len(name) == 1:
        return "organization"  # s18: "X, the social media platform owned by Elon Musk, has sued …": no person
    last = low.rsplit(" ", 1)[-1]
    outlet_tail = last.rsplit("-", 1)[-1] in MEDIA_HEADS | OUTLET_NAME_TAILS or last.endswith("blatts")  # s22:
    if outlet_tail and last in ("agentur", "agency") and " " in low and not any(
            w in low for w in ("nachrichten", "presse", "news", "press", "foto", "photo")):
        outlet_tail = False  # s24: "die Nationale Anti Doping Agentur (NADA)" is no news agency
    outlet_tail = outlet_tail or "-" in last and last.split("-", 1)[0] in {"journal", "times", "post"}  # "des
    outlet_tail = outlet_tail or (" " in low and low.split(" ", 1)[0] in OUTLET_NAME_HEADS)  # s23: "Corriere del Nord"
    outlet_tail = outlet_tail or (len(run) >= 3 and "news" in low.split()[1:])  # s34: "Coastline News Network said"
    outlet_tail = outlet_tail or (" " not in low and low.split("-", 1)[0] in OUTLET_DESKS and low.endswith(
        DESK_TAILS))  # s30: "Der dpa-Faktencheck hat das Video untersucht. Demnach …": the agency's own desk
    if outlet_tail or any(  # Kreisblatts", "The Atlanta Journal-Constitution", "The Times-Picayune"
            (media_noun(h.text) and not _government_agency(h, before)) or h.text.lower() in WEB_KINDS for h in before):
        return "media"  # s18: not "Federal Emergency Management Agency administrator Deanne Criswell"
    if len(run) == 1 and name[:1].isalpha() and any(c.isdigit() for c in name) and name.isalnum():
        return "organization"  # s26: "Stilwerk24 teilte mit", "Check24": no person's name holds a digit
    if german and len(run) == 1 and len(name) >= 3 and name.isalpha() and name.isupper():
        return "organization"  # s22: "des Bundesamts für Migration und Flüchtlinge (BAMF)" (tagged a person)
    if len(run) == 1 and run[0].text.endswith("s") and before and before[-1].i == run[0].i - 1:
        if org_word(before[-1].text):  # "die Regierung Kenias": the country's government
            return "organization"
    if before and before[-1].i == run[0].i - 1 and not before[-1].text.endswith("s") and _body_noun(before[-1].text):
        return "organization"  # s19: "Die Tierrechtsorganisation Soko Tierschutz" (tagged a person); not the
        # genitive "des Parlaments Alain B.", a body the person belongs to
    kind = tokens[run[0].i - 1].text.lower() if tokens is not None and run[0].i > 0 else ""
    if before and before[-1].i == run[0].i - 1 and before[-1].text.lower() in COMPANY_BEFORE or german and (
            kind.endswith(COMPANY_KINDS)):  # s32: "Die Hamburger Reederei (PROPN) Nordic Sea Cruises"
        return "organization"  # s21: "Australian telecommunications provider Coralnet" (tagged a person)
    if len(run) == 1 and low in CLUB_TAILS:
        return "organization"  # s19: "City said it was surprised" after "Manchester City": the club
    if low in KNOWN_ORGS or (len(run) == 1 and low.removesuffix("s") in KNOWN_ORGS):
        return "organization"  # round 16: "Greenpeace sprach von …", "Germanwatch zufolge"
    if len(run) >= 3 and " ".join(t.text.lower() for t in run[-2:]) in KNOWN_ORGS:
        return "organization"  # s26: "The Peruvian Red Cross estimated …" (a national branch)
    ents = [t.ent[2:] for t in run if t.ent and t.ent != "O"]
    if len(run) == 1 and low in GOVERNMENT_PLACES and not any(is_person_noun(h.text) for h in before):
        return "organization"  # "Moskau erklärte", "Beijing warned": the government
    if "-" in run[-1].text and org_word(run[-1].text.rsplit("-", 1)[-1]):
        return "organization"  # s14: "Robert Koch-Institut", "Friedrich-Ebert-Stiftung": named after a person
    if len(run) > 1 and (run[0].text.lower() in HOUSE_FIRMS or any(t.text == "&" for t in run)):
        return "organization"  # s34: "Bankhaus Lindemann erklärte" (tagged a person), "Harrow & Finch": a firm
    if any(org_word(t.text) for t in run if not t.ent.endswith("PER")) or low.endswith((" haus", " house")):
        return "organization"  # "Institut für X", "Weißes Haus"; not "Fratzscher" (PER) for its "rat"
    if len(run) > 1 and last in ORG_NAME_TAILS_EN:
        return "organization"  # s23: "Derbyshire Constabulary said", "Corvane Therapeutics said" (no entity tags)
    if len(run) > 1 and known_first_name(run[0].text):
        return "person"  # s7: "Bank of England Governor Andrew Bailey" (no entity tags in English)
    if len(run) > 1 and "PER" not in ents and any(
        len(t.text) > 1 and t.text.isupper() and t.text.lower().rstrip("s") not in ROLE_ACRONYMS for t in run
    ):
        return "organization"  # round 18: "NHS England", "BBC Verify": an acronym in a name of several words
    if len(run) == 1 and ents == ["LOC"] and name in people and low not in GOVERNMENT_PLACES and not any(
            org_word(h.text) or h.text.lower().endswith(("kanzlei", "firma")) or h.text.lower().removesuffix(
                "s").endswith(COMPANY_KINDS) for h in before):  # s28: "des Betreibers Fraport" (tagged a town)
        return "person"  # s18: "Lauterbach wies die Kritik zurück" (tagged a town) after "Karl Lauterbach"
    if "ORG" in ents or ("LOC" in ents and "PER" not in ents):  # s9: not after a role ("Fraktionschef Mützenich")
        titled = office or before and before[-1].i == run[0].i - 1 and is_person_role(before[-1].text)  # s12: also
        # "Chefredakteur Giovanni di Lorenzo", tagged a place
        return "person" if titled and not org_word(before[-1].text) else "organization"
    if len(run) > 1 and before and before[-1].i == run[0].i - 1 and before[-1].text.islower() and is_person_role(
            before[-1].text):
        return "person"  # s18: "… Agency administrator Deanne Criswell": the role right before a full name
    if "PER" not in ents and any(h.text.lower().endswith(ORG_HEADS) for h in before):
        return "organization"  # "the regulator Ofgem", "der Konzern Rheinmetall"
    if len(run) <= 3 and before and before[-1].i == run[0].i - 1 and before[-1].text.lower().removesuffix(
            "s").endswith(COMPANY_KINDS):
        return "organization"  # s18: "der Betreiber Fraport" (tagged a person), "der Hersteller Bosch"; s22: "Der
        # Projektentwickler Lindholm Immobilien" (a first name opening the run made it a person above)
    if tokens is not None and not before and introduced_with_body(tokens, run):
        return "organization"
    if "PER" in ents or len(run) > 1 or any(is_person_noun(h.text) for h in before):
        return "person"
    if run[0].pos == "PROPN" and run[0].ent == "O" and not before and not {name, name.removesuffix("s")} & people and (
        not known_first_name(run[0].text)  # s17: "Detlev sagte": a first name alone is a person
    ):
        return "organization"  # one untagged word: "Rheinmetall"; upgraded if a full person name follows
    return "person"


ROLE_ACRONYMS = frozenset("mp mep ceo cfo coo cto pm gp qc kc dj msp".split())
"""Acronyms for people, not organisations ("Tory MP")."""

CASE_FORMS = {
    "Weißen Haus": "Weißes Haus", "Weißen Hauses": "Weißes Haus", "Roten Kreuz": "Rotes Kreuz",
    "Roten Kreuzes": "Rotes Kreuz", "Roten Halbmond": "Roter Halbmond", "Roten Halbmonds": "Roter Halbmond",
    "Weiße Haus": "Weißes Haus", "Rote Kreuz": "Rotes Kreuz", "Rote Halbmond": "Roter Halbmond",
}
"""S7: names with an adjective that the case changes, in their nominative."""


def _office_of(tokens, k: int) -> bool:
    """The noun at k closes a title after "of" ("Superintendent of Police")."""
    return tokens is not None and k >= 2 and tokens[k - 1].text.lower() == "of" and is_person_role(tokens[k - 2].text)


def nominative(name: str, lows: list[str], before: str = "") -> str:
    """"des Handelsblatts" -> "Handelsblatt": drop the genitive s of a one-word name after "des"."""
    if name in CASE_FORMS:
        return CASE_FORMS[name]  # s7: "aus dem Weißen Haus" -> "Weißes Haus"
    lows = [w for w in lows if w not in ('"', "„", "“", "”", "»", "«")]
    genitive = (len(lows) == 2 and lows[0] == "des") or before in ("des", "eines")  # round 16: any mention
    if genitive and name.endswith("s") and not name.endswith("ss") and len(name) > 4 and " " not in name:
        return _without_genitive(name)
    head, space, tail = name.partition(" ")
    if space and (lows[:1] == ["des"] or before in ("des", "eines")) and head.endswith("s") and (org_word(
            head) or media_noun(head[:-1])) and tail[:1].isupper() and not org_word(tail.split(" ")[0]):  # s30: also
        # "des Rundfunks Mittelelbe"
        return _without_genitive(head) + space + tail  # round 16: "des Instituts Forsa" -> "Institut Forsa"
    rest_, space_, last = name.rpartition(" ")
    if space_ and (lows[:1] == ["des"] or before in ("des", "eines")) and last.endswith("s") and not last.endswith(
            "ss") and org_word(last):
        return _adjective_nominative(rest_ + space_ + _without_genitive(last), [before or lows[0]])  # s19: "des
        # Robert Koch-Instituts" -> "Robert Koch-Institut"; s21: "des Deutschen Bundestags" -> "Deutscher Bundestag"
    first, sep, rest = name.partition(" für ")
    if not sep:
        first, sep, rest = name.partition(" der ")  # round 16: "des Instituts der deutschen Wirtschaft"
    if sep and (lows[:1] == ["des"] or before in ("des", "eines")) and first.endswith("s") and org_word(first):
        return _without_genitive(first) + sep + rest  # "des Instituts für Weltwirtschaft" -> "Institut für …"
    article = lows[:1] if lows[:1] and lows[0] in GENDERED_ARTICLES else [before] if before else lows[:1]
    words = name.split(" ")
    if len(words) == 2 and all(w.endswith("en") for w in words) and words[-1].lower()[:-1] in OUTLET_NAME_TAILS:
        return " ".join(w[:-1] for w in words)  # s30: "der „Märkischen Allgemeinen“" -> "Märkische Allgemeine"
    if len(words) == 2 and words[0].endswith("er") and words[-1].endswith("en") and words[-1].lower()[
            :-1] in OUTLET_NAME_TAILS:
        return f"{words[0]} {words[-1][:-1]}"  # s31: "Nach Ansicht der Augsburger Allgemeinen" -> "… Allgemeine"
    return _adjective_nominative(name, article)  # s21: "(Angaben) des Deutschen Landkreistags", "des" before it


GENDERED_ARTICLES = frozenset("der die das dem den des eines einer einem".split())
FEMININE_HEADS = ("ung", "heit", "keit", "schaft", "ion", "bank", "bahn", "agentur", "kammer", "partei", "behörde",
                  "polizei", "zentrale", "regierung", "armee", "marine", "luftwaffe", "post", "akademie", "universität")
NEUTER_HEADS = ("amt", "institut", "ministerium", "zentrum", "gericht", "komitee", "büro", "kommando", "parlament")
MASCULINE_HEADS = ("dienst", "bund", "rat", "tag", "verband", "verein", "fonds", "hof", "senat", "konzern", "sender")


def _adjective_nominative(name: str, article: list[str]) -> str:
    """S18: an organisation's name with a leading adjective in the nominative the name has on its own: "das
    Auswärtige Amt" and "des Auswärtigen Amtes" -> "Auswärtiges Amt", "der Deutsche Wetterdienst" ->
    "Deutscher Wetterdienst", "der Deutschen Rentenversicherung" -> "Deutsche Rentenversicherung"."""
    adj, space, rest = name.partition(" ")
    if not space or not adj[:1].isupper() or not adj.endswith(("e", "en", "em", "er")) or " " in rest or not rest[
            :1].isupper():
        return name
    if adj.endswith("er") and article[:1] and article[0] in GENDERED_ARTICLES:
        return name  # s29: after an article "-er" is a place's word, which never declines ("die Genfer Zeitung")
    strong = adj.endswith(("em", "er"))  # s22: no article, the adjective shows the case: "Laut Deutschem Wetterdienst"
    if not strong and article[:1] and article[0] not in GENDERED_ARTICLES:
        return name  # no article before it: "Deutsche Bahn" as written
    low = rest.lower()
    heads = FEMININE_HEADS + NEUTER_HEADS + MASCULINE_HEADS
    head = next((c for c in (low, low[:-2] if low.endswith("es") else "", low[:-1] if low.endswith("s") else "")
                 if c and c.endswith(heads)), None)
    if head is None:
        return name
    ending = "e" if head.endswith(FEMININE_HEADS) else "es" if head.endswith(NEUTER_HEADS) else "er"
    stem = adj[:-2] if adj.endswith(("en", "em", "er")) else adj[:-1]
    return f"{stem}{ending} {rest[: len(head)]}"


def _without_genitive(word: str) -> str:
    """S13: "Instituts" -> "Institut", and "Verbandes" -> "Verband" (not "Verbande")."""
    return word[:-2] if word.endswith("es") and len(word) >= 6 and org_word(word[:-2]) else word[:-1]  # s19: "Bundes"


def person_nominative(name: str, people: frozenset[str]) -> str:
    """S14: a person's name in the genitive ("Berlusconis", "Silvio Berlusconis") without its -s when the
    article names that person without it somewhere ("Silvio Berlusconi"); else unchanged ("Hans")."""
    last = name.rsplit(" ", 1)[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss") and last[:-1] in people:
        return name[:-1]
    return name

