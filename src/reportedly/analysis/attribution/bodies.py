"""Which kind of body an organisation is, and whether a description ("das Institut", "the company") can be
the organisation named before (moved out of speakers.py in session 21)."""

from __future__ import annotations

from .lexicon import COMPANY_KINDS_EN, ORG_HEADS

ORG_NOUNS = frozenset(
    """konzern unternehmen firma behörde ministerium partei regierung gruppe verband bank autobauer hersteller
konzerns unternehmens ministeriums verbands gewerkschaft institut amt polizei kommission dienst fachgesellschaft kasse
organisation organization stiftung bündnis vereinigung genossenschaft veranstalter veranstalters vertretung botschaft
company firm group ministry government agency party department carmaker manufacturer bank union palace chain
""".split()
)
COMPANY_NOUNS = COMPANY_KINDS_EN | frozenset(
    """konzern unternehmen firma bank autobauer hersteller konzerns unternehmens verein klub club vereins
    carrier veranstalter veranstalters""".split()  # s31: "nach Angaben des Veranstalters"
)
AUTHORITY_WORDS = (
    "polizei", "behörde", "ministerium", "regierung", "staatsanwaltschaft", "gericht", "feuerwehr", "amt",
    "partei", "gewerkschaft", "police", "ministry", "government", "court", "department", "agency",
    "kreml", "kremlin", "pentagon", "weißes haus", "weißen haus", "white house",
    "ig metall", "ig bce", "ig bau", "ver.di", "teamsters",  # s23: "das Unternehmen" after the headline's union
)
"""Round 15: organisations that "das Unternehmen", "the company" never refers back to."""
STATE_BODY_HEADS = ("wache", "amt", "ministerium", "polizei", "direktion", "präsidium", "aufsicht", "verwaltung",
                    "staatsanwaltschaft", "kommission", "dienst")
"""S32: heads of an unnamed state body that "die Behörde" may refer back to."""


def authority(org) -> bool:
    """Is `org` a police force, court, ministry, government or party ("das Unternehmen" never refers to one)?"""
    return _authority(org)


def _authority(org) -> bool:
    words = " ".join([org.name or "", org.description or ""] + [m.text for m in org.mentions[:2]]).lower()
    words = words.replace("department store", "")  # s21: "British department store chain Brightmore" is a company
    return any(w in words for w in AUTHORITY_WORDS)


CIVIL_WORDS = (
    "gruppe", "initiative", "bündnis", "aktivist", "bewegung", "verein", "verband", "unternehmen", "konzern", "partei",
    "gewerkschaft", "organisation", "stiftung", "club", "klub", "netzwerk",
)
"""S22: bodies that are no authority ("die Behörde" never refers to them)."""


PARTIES_DE = frozenset("union cdu csu spd fdp grüne grünen afd linke bsw".split())


def _company(org, h: str) -> bool:
    """Does a company word, and not the noun h itself, describe `org` ("Der Armaturenhersteller Kessler", not
    "Der Verband kommunaler Unternehmen" for "der Verband")?"""
    words = " ".join([org.name or "", org.description or ""] + [m.text for m in org.mentions[:3]]).lower()
    return h not in words and any(w in words for w in ("unternehmen", "konzern", "hersteller", "firma", "company"))


def _civil(org) -> bool:
    words = " ".join([org.name or "", org.description or ""] + [m.text for m in org.mentions[:2]]).lower()
    return any(w in words for w in CIVIL_WORDS) and not any(w in words for w in ("polizei", "behörde", "amt"))


KIND_NOUNS = (
    "partei", "gericht", "gewerkschaft", "verband", "verein", "institut", "stiftung", "universität",
    "ministerium", "polizei", "feuerwehr", "staatsanwaltschaft", "konzern", "bank", "gesellschaft", "kammer",
)
"""S7: nouns that say what kind of body an organisation is: "die Partei" is no court."""
KIND_OF = {"verein": "verband", "bank": "institut"}
"""S31: kinds the press uses for each other ("Der Deutsche Alpenverein … schrieb der Verband"; s34: a bank is "das
Institut")."""
OWN_KIND_NOUNS = frozenset("polizei feuerwehr staatsanwaltschaft gericht".split())
"""S9: bodies a named organisation is only when its name says so ("die Polizei" is no "Kreml")."""


def other_kind(name: str, h: str) -> bool:
    """Does the organisation noun `h` name another kind of body than the one `name` says it is?"""
    tail = h.lower().rsplit("-", 1)[-1]
    last = name.lower().rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    kind = next((k for k in KIND_NOUNS if last.endswith(k)), None)
    return tail in KIND_NOUNS and kind is not None and KIND_OF.get(kind, kind) != KIND_OF.get(tail, tail)


def _kind(word: str) -> str | None:
    """The kind of body a word names, genitive too ("Lokführergewerkschaft", "des Konzerns"), or None."""
    w = word.lower().rsplit("-", 1)[-1]
    kind = next((k for k in KIND_NOUNS if w.endswith((k, k + "s", k + "es"))), None)
    return KIND_OF.get(kind, kind)


def another_kind(org, h: str) -> bool:
    """Does the organisation noun `h` name another kind of body than `org`'s name or (s17) its own mentions
    say it is ("das Ministerium", "des Konzerns" after "Die Lokführergewerkschaft GDL")?"""
    if other_kind(org.name or "", h):
        return True
    if (org.name or "").lower() in PARTIES_DE and _kind(h) in ("ministerium", "polizei", "gericht"):
        return True  # s22: "nach Angaben des Ministeriums" after the Union spoke: no party is a ministry
    if (tail := h.lower().rsplit("-", 1)[-1]) in ("gewerkschaft", "partei", "verband") and _company(org, tail):
        return True  # s22: "Die Gewerkschaft forderte …" after "Der Armaturenhersteller Kessler": not the company
    if h.lower().rsplit("-", 1)[-1] in COMPANY_NOUNS and any(w in m.text.lower() for m in org.mentions for w in (
            "vereinigung", "gewerkschaft", "verband")):
        return True  # s24: "Nach Angaben des Konzerns" after "die Vereinigung Cockpit (VC)": not the union
    if h.lower() in ("union", "unions") and org.name and not any(w in org.name.lower() for w in UNION_WORDS):
        return True  # s24: "The union has sued the company" after "Meta, the social media company, …"
    want = _kind(h)
    if want is None:
        return False
    kinds = {k for m in org.mentions for w in m.text.split() if (k := _kind(w)) is not None}
    return bool(kinds) and want not in kinds


RESEARCH_NOUNS = frozenset(
    """institut instituts stiftung universität hochschule verband verein institute university foundation
    association""".split()
)
"""Research and civil-society bodies: never a government authority named before ("das Institut")."""
GOVERNMENT_HEADS = frozenset("government regierung bundesregierung landesregierung administration".split())


NAME_HEADS_EN = frozenset("""trust department agency commission council committee company corporation authority
    union association office ministry board bank court service institute university foundation party""".split())
"""The last word of an English organisation's name that says what kind of body it is."""
UNION_WORDS = ("union", "workers", "teamsters", "federation", "association", "guild", "brotherhood", "unite",
               "unison", "gmb", "aslef", "rmt", "bma", "nea", "aft", "confederation", "congress", "fnv", "verdi")
GENERIC_EN = frozenset("group organisation organization".split())


def another_body(org, h: str, lows: list[str], english: bool) -> bool:
    """Is the organisation noun `h` (description `lows`) not the organisation `org` named last?"""
    if h.rsplit("-", 1)[-1] in COMPANY_NOUNS and _authority(org):
        return True  # round 15: "Das Unternehmen erklärte" after "Wie die Polizei mitteilte": not the police
    if any(w in ("der", "des", "für") for w in lows[2:]) and not _shares(org, lows[2:]):
        return True  # round 16: "Das Institut der deutschen Wirtschaft", s7: "… für Kriegsstudien": a body of its own
    if "-" in h and len(prefix := h.rsplit("-", 1)[0]) >= 2 and not any(
            prefix in m.text.lower() for m in org.mentions) and prefix not in (org.name or "").lower():
        return True  # s21: "Das Ifo-Institut" after "… drohe Deutschland …": the prefix names a body of its own
    if (h.rsplit("-", 1)[-1] == "behörde" or h.rsplit("-", 1)[-1] in OWN_KIND_NOUNS) and _civil(org):
        return True  # s22: "Die Polizei …, teilte die Behörde mit" after "Die Gruppe X …": no group is an authority
    if h.rsplit("-", 1)[-1] in RESEARCH_NOUNS and _authority(org):
        return True  # s7: "Das Institut schrieb" after "Der Kreml äußerte sich": not the Kremlin
    if another_kind(org, h):
        return True  # s7: "Die Partei habe …" after "Das Bundesverfassungsgericht hat …"
    tail = h.rsplit("-", 1)[-1]
    if tail in OWN_KIND_NOUNS and org.name and not any(tail in m.text.lower() for m in org.mentions):
        return True  # s9: "Die Polizei sprach …" after "Kreml: …": a police force says so in its name
    if english and org.name and (last := org.name.split()[-1].lower()) in NAME_HEADS_EN and last != h and (
            h not in GENERIC_EN or last in ("department", "ministry", "court", "office", "agency")) and not (
            h == "union" and last == "association"):  # s24: "The Springdale Education Association … The union"; a
        # committee, union or trust may be "the group"; a ministry or court is not
        return True  # s12: "the department" after "The … Transportation Trust": a trust is no department
    inner = lows[1:-1]
    based = [k for k, w in enumerate(inner) if w.endswith(("-based", "-headquartered"))]
    inner = inner[based[-1] + 1 :] if based else inner  # s25: "The New Jersey-based company": where, not which
    if english and inner and not _shares(org, inner) and not all(
            w.endswith(("ish", "ese", "ian", "can")) for w in inner):
        return True  # round 16: "the Unite union" after "the IG Metall union"; s19: not "the Swedish company"
    if h in GOVERNMENT_HEADS and not any(h[:6] in m.text.lower() for m in org.mentions):
        return True  # round 16: "The government insists …" after "The National Education Union said"
    return _other_org_noun(org, h)  # round 16: "Der Verband warf …" after "Die Opposition wirft …"


def _shares(org, words: list[str]) -> bool:
    """Does an earlier mention of `org` hold one of the capitalised-content words (its genitive)?"""
    seen = {w.lower() for m in org.mentions for w in m.text.split()}
    return any(w in seen for w in words if len(w) > 3)


def _other_org_noun(org, h: str) -> bool:
    """An unnamed organisation introduced by another organisation noun ("die Opposition", then "der
    Verband"); a named one ("die IG Metall", then "die Gewerkschaft") may be called anything."""
    if org.name or not org.mentions:
        return False
    head = org.mentions[0].text.lower().replace("-", " ").split()[-1]
    if head.endswith("n") and head not in ORG_NOUNS and head[:-1] in ORG_NOUNS:
        head = head[:-1]  # round 18: "Ukrainische Behörden" meldeten …, "Die Polizei" is another body
    stem = h.rsplit("-", 1)[-1][:5]
    if stem == "behör" and head.endswith(STATE_BODY_HEADS):
        return False  # s32: "nach Angaben der griechischen Küstenwache …, teilte die Behörde mit"
    if head[:5] not in h and stem not in head and head.rstrip(".").endswith("s") and h in KIND_NOUNS:
        return True  # s22: "Die Gewerkschaft fordert …" after "nach Angaben des Flughafens": another body
    return (head in ORG_NOUNS or head.endswith(ORG_HEADS)) and stem not in head and head[:5] not in h
