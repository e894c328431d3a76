"""Discourse-level speakers: who is talking now, and whom a description or pronoun refers to.

Two jobs, both linear in the number of events or sources:

* the current speaker: a quotation or Konjunktiv I sentence with no source of its own continues
  the most recent speech event whose source is a plausible speaker, within a few sentences and the
  same or the previous paragraph (a new paragraph two steps away is a topic shift);
* definite descriptions: "der Minister", "der 48-Jährige", "der Konzernchef", "the minister" refer
  back to a person already named; "der Konzern", "das Unternehmen", "the company" to the last
  organisation; "das Blatt", "die Zeitung" to the last outlet (handled in sources.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .anonymous import extra_person_noun, feminine_of_anonymous_head
from .bodies import COMPANY_NOUNS, ORG_NOUNS, another_body, another_kind, authority  # noqa: F401 - re-exported
from .nationalities import nationality

CLERGY = frozenset((  # s23: "Provinzial Bruder Matthias Kernleitner", "Pfarrerin Anne Roth", "Bishop Ellis"
    "bischof", "bischöfin", "pfarrer", "pfarrerin", "pastor", "pastorin", "kardinal", "prälat", "dekan", "dekanin",
    "superintendent", "superintendentin", "rabbiner", "rabbinerin", "imam", "diakon", "diakonin", "generalvikar",
    "äbtissin", "priorin", "pater", "provinzial", "provinzialin", "ordensschwester", "ordensbruder", "bishop",
    "cardinal", "rabbi", "reverend", "priest", "vicar", "archdeacon",
))
"""Clergy: roles before a name, never part of it."""
PERSON_ROLE_SUFFIXES = (
    "minister", "ministerin", "chancellor", "administrator", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "chef", "chefin", "principal",  # s29: "Alpine team principal Laurent Dufresne"
    "vorsitzende", "vorsitzender", "leiter", "leiterin", "manager", "managerin", "ceo", "politiker",
    "politikerin", "oberhaupt", "kenner", "kennerin", "gründer", "gründerin", "direktor", "direktorin",
    "abgeordnete", "abgeordneter", "staatsanwalt", "staatsanwältin", "anwalt", "anwältin", "richter",
    "richterin", "bürgermeister", "bürgermeisterin", "botschafter", "botschafterin", "general", "trainer",
    "trainerin", "ökonom", "ökonomin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "jurist",
    "juristin", "mediziner", "medizinerin",  # s21: "…, so der Jurist" after "Ihr Anwalt Florian K."
    "aktivist", "aktivistin", "unternehmer", "unternehmerin", "autor", "autorin", "sekretär", "sekretärin",
    "kommissar", "kommissarin", "senator", "senatorin", "gouverneur", "gouverneurin", "premier",
    "premierminister", "regierungschef", "regierungschefin", "vizekanzler", "kandidat", "kandidatin",
    "jährige", "jähriger", "jährigen", "vorsteher", "vorsteherin", "landeshauptmann", "landeshauptfrau", "obmann",
    "redakteur", "redakteurin", "herausgeber", "herausgeberin", "moderator", "moderatorin", "korrespondent",
    "korrespondentin", "intendant", "intendantin", "verleger", "verlegerin",  # s12: "»Zeit«-Chefredakteur X"
    "bundesrätin", "nationalrätin", "ständerätin", "ständerat", "regierungsrätin", "stadträtin", "gemeinderätin",
    "landrätin", "landrat", "obfrau",  # s24: Swiss and local councillors ("Bundesrätin Cornelia W."); s30: Austrian
    "führer", "führerin", "herausforderer", "herausforderin",  # s31: "der Oppositionsführer"
    "beauftragte", "beauftragter",  # s31: "die Hamburgische Datenschutzbeauftragte Miriam Oltmanns"
    "dezernent", "dezernentin", "stadtrat", "stadträtin",  # s32: "die Kulturdezernentin der Stadt … Petra Lindemann"
    "governor", "president", "chairman", "chairwoman", "chair", "chief", "executive", "director", "secretary",
    "senator", "mayor", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "congressman", "congresswoman",
    "economist", "founder", "judge", "justice", "prosecutor", "lawyer", "attorney", "general", "ambassador", "coach",
    "researcher", "professor", "official", "leader", "scientist", "engineer",
    "coroner", "magistrate",  # s34: "Coroner says police failures contributed to death", "A coroner has ruled"
    "stürmer", "stürmerin", "torwart", "torhüter", "torhüterin", "keeper", "kapitän", "kapitänin", "spielführer",
    "spielführerin", "angreifer", "angreiferin", "spieler", "spielerin", "torjäger", "torschütze", "torschützin",
    # s23: "…“, so der Stürmer" (named before)
    "experte", "expertin", "meteorologe", "meteorologin", "biologe", "biologin", "virologe", "virologin",
    "epidemiologe", "epidemiologin", "soziologe", "soziologin", "politologe", "politologin", "psychologe",
    "psychologin", "studienleiter", "studienleiterin",  # s23: "Die Expertin", "die Mikrobiologin"
    "verteidiger", "verteidigerin",  # s28: "Rechtsanwalt Okan Demir … sagte der Verteidiger"
    "gewerkschafter", "gewerkschafterin",  # s28: "X, Mitglied des DGB-Vorstands, …. Der Gewerkschafter"
    *sorted(CLERGY),
)
DEFINITE = frozenset("der die das dem den des the".split())
BODY_NOUNS = COMPANY_NOUNS | frozenset("gewerkschaft verband partei union".split())
"""S7: "die Gewerkschaft" after "Die Lokführergewerkschaft GDL hat …": the body named in the sentence before."""
GOOD_TYPES = frozenset({"person", "organization", "media", "anonymous", "document", "social_post"})


PERSON_NOUN_SUFFIXES = (
    "blogger", "bloggerin", "nutzer", "nutzerin", "händler", "händlerin", "berater", "beraterin", "bewohner",
    "bürger", "kritiker", "anhänger", "gegner", "befürworter", "teilnehmer", "mitglied", "mitglieder", "arzt",
    "ärzte", "ärztin", "fahrer", "fahrerin", "kunde", "angestellte", "angestellter", "demonstrant", "protestierende",
    "journalist", "journalistin", "vertreter", "vertreterin", "beamte", "beamter", "beamtin", "insider",
    "delegierte", "delegierter",  # s34: "Ein Delegierter aus dem Kreisverband Pinneberg, der anonym bleiben wollte"
    "sprecher", "sprecherin", "experte", "expertin", "fachleute", "informant", "zeuge", "zeugin",
    "diplomat", "diplomatin", "ermittler", "ermittlerin", "mitarbeiter", "mitarbeiterin", "beobachter",
    "analyst", "analystin", "kreise", "kreisen", "quelle", "quellen", "gegenüber", "person", "personen",
    "user", "residents", "witness", "witnesses", "insiders", "aides", "officials", "sources", "analysts",
    "experts", "people", "staff", "reporter", "reporters", "staffer", "staffers", "operative", "operatives",
    "negotiator", "negotiators", "offizier", "offizierin", "kommandeur", "kommandeurin", "strategist", "strategists",
    "donor", "donors",  # s20: "Ein Nato-Offizier", "A Democratic strategist close to the White House"
    # unnamed people in the story, seen as sources in the SpkAtt tune split
    "entführer", "soldat", "soldaten", "pilot", "piloten", "pilotin", "jugendliche", "jugendlichen", "lotse",
    "lotsen", "menschen", "betreiber", "organisatoren", "veranstalter", "besitzer", "besitzerin",
    "sachbearbeiter", "sachbearbeiterin", "polizist", "polizisten", "polizistin", "angehörige", "angehörigen",
    "angeklagte", "angeklagter", "angeklagten", "beschuldigte", "beschuldigter", "verdächtige", "verdächtiger",
    "täter", "täterin", "dokumentar", "dokumentarin", "checker", "checkerin",  # s30: "Laut den Faktencheckern"
    "pflegekraft", "pflegekräfte", "fachkraft", "fachkräfte", "lehrkraft", "lehrkräfte", "hilfskraft", "hilfskräfte",
    "einsatzkräfte", "rettungskräfte",  # s23: "Eine frühere Pflegekraft hatte als Zeugin ausgesagt"
    "rechercheur", "rechercheurin", "hebamme",  # s29: "Die Rechercheure von Correctiv fanden heraus", "Eine Hebamme"
    "attaché", "attache", "attachée",  # s33: "Ein westlicher Militärattaché, der nicht genannt werden wollte"
)


_GENDER_FORM = re.compile(r"(?:[*:_]|/-?)(in(?:nen)?)$")


def gender_base(word: str) -> str:
    """Session 11: "Expert*innen", "Lehrer:innen", "Kund/-innen" as the noun they stand for: "expertinnen"."""
    low = word.lower()
    return _GENDER_FORM.sub(r"\1", low) if ("*" in low or ":" in low or "_" in low or "/" in low) else low


DISTRICT = re.compile(r"(land|wahl|stadt|kirchen)kreis(es|e|en)?$")


@lru_cache(maxsize=1 << 16)
def is_person_noun(word: str) -> bool:
    """A noun that denotes people without naming them: "Netznutzer", "Aktivisten", "Regierungssprecher"."""
    w = gender_base(word).rsplit("-", 1)[-1]
    if w.endswith(PERSON_NOUN_SUFFIXES) or w.endswith(PERSON_ROLE_SUFFIXES):
        return True
    if DISTRICT.search(w):
        return False  # s19: "des Landkreises" is a body, not a "Kreise" of people like "Regierungskreise"
    for end in ("innen", "en", "n", "e", "s"):  # plural and genitive forms: "Aktivisten", "Ministers"
        if w.endswith(end) and len(w) > len(end) + 3:
            stem = w[: -len(end)]
            if stem.endswith(PERSON_NOUN_SUFFIXES) or stem.endswith(PERSON_ROLE_SUFFIXES):
                return True
    return False


PERSON_ADJ_STEMS = (
    "verletzt", "getötet", "festgenommen", "verhaftet", "angehörig", "beteiligt", "betroffen", "verantwortlich",
    "anwesend", "geflüchtet", "vertrieben", "überlebend", "demonstrierend", "streikend", "reisend", "delegiert",
    "gefangen", "erwachsen", "verwandt", "befragt", "beschäftigt", "arbeitslos", "freiwillig", "gläubig",
    "infiziert", "geimpft", "einheimisch", "hinterblieben", "sachverständig", "aufständisch", "vermisst",
    "entführt", "inhaftiert", "deutsch", "prominent", "vertraut", "abgeordnet",  # s21: "Abgeordnete der Union"
    "forschend", "studierend", "lehrend", "mitarbeitend", "teilnehmend", "liberal",  # s26: "Die Forschenden
    # schreiben", "schrieb der Liberale"
)
"""Adjectives and participles used as nouns for people: "die Verletzten", "ein Beteiligter",
"Schwerverletzte", "Verantwortliche der Stadt"."""
PERSON_WORD_ENDINGS = ("mann", "männer", "leute", "opfer", "geisel", "geiseln")
"""People nouns without a feminine -in form: "Feuerwehrmann", "Fachleute", "Todesopfer"."""
MIN_TAIL = 4
"""Shortest compound tail looked up in the person-noun list (training/attribution_person_nouns.py)."""


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    path = resources.files("reportedly.data").joinpath("attribution/person_nouns_de.tsv")
    return frozenset(path.read_text("utf-8").split())


def lexicon_person_noun(word: str) -> bool:
    """A German noun for people by the german-pos-dict motion list (a masculine noun with a feminine
    -in form: "Techniker"/"Technikerin", "Helfern", "Gutachters"), a compound ending in one
    ("Gefängniswärter"), or an adjective used as a noun for people ("die Verletzten", "Tote")."""
    w = gender_base(word).rsplit("-", 1)[-1]
    if len(w) < 3 or not w.isalpha():
        return False
    if w.endswith(PERSON_WORD_ENDINGS) or w in ("tote", "toten", "toter"):
        return True
    if len(w) >= 7 and w.endswith(("ist", "isten")) and not w.endswith(("frist", "fristen")):
        return True  # s25: "eines früheren Prokuristen", "Polizist", "Aktivisten" (not "Zwischenfrist")
    if extra_person_noun(w) or feminine_of_anonymous_head(w):  # round 10: "Anwohnerin", "Funktionär"
        return True
    if any(w.endswith((stem + "e", stem + "en", stem + "er")) for stem in PERSON_ADJ_STEMS):
        return True
    lex = _person_nouns()
    return any(w[k:] in lex for k in range(0, len(w) - MIN_TAIL + 1))


OFFICE_SUFFIXES = (
    "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "bürgermeister",
    "bürgermeisterin", "botschafter", "botschafterin", "gouverneur", "gouverneurin", "premier",
    "premierminister", "regierungschef", "regierungschefin", "senator", "senatorin",
    "governor", "president", "mayor", "secretary", "ambassador", "chancellor", "premier",
    "papst", "könig", "königin", "kaiser", "kaiserin", "generalsekretär", "generalsekretärin", "landrat",
    "landrätin", "staatschef", "staatschefin", "beauftragte", "beauftragter", "bevollmächtigte", "bevollmächtigter",
    "fraktionschef", "fraktionschefin", "parteichef", "parteichefin", "rathauschef", "rathauschefin",  # s21
)
"""Offices with one holder: "der Innenminister", "die Bürgermeisterin", "the mayor" name an
identifiable person even without a name — typed person, not anonymous."""


def is_office(word: str) -> bool:
    """"Innenminister", "Konzernchef", "Staatsanwalt", "mayor" (singular forms only)."""
    return word.lower().rsplit("-", 1)[-1].endswith(OFFICE_SUFFIXES)


@lru_cache(maxsize=1 << 16)
def is_person_role(word: str) -> bool:
    """"Konzernchef", "Verkehrsminister", "48-Jährige", "minister": a noun that names a person's role."""
    w = word.lower().rsplit("-", 1)[-1]
    return w.endswith(PERSON_ROLE_SUFFIXES)


NEAR_CHARS = 2500
"""A description refers back only to a source mentioned within this many characters."""


def refer_back(
    table, head: str, lows: list[str], plural: bool, at: int = 1 << 30, strict: bool = False, roles: bool = False
):
    """The earlier Source a definite description without a name points to, or None.

    `strict`: only a person whose role shares the word, or the source mentioned last of all.
    `roles` (English): a named person with another role is never "the minister"."""
    if len(lows) == 1 and lows[0] in OWN_FIGURES:
        head = OWN_FIGURES[lows[0]]  # s31: "Verkauft wurde die Ware nach Firmenangaben in …": the company's own
        lows = [head]
    if len(lows) == 1 and lows[0] in COMPANY_NOUNS:
        lows = ["das", *lows]  # s23: "Laut Unternehmen sollen die Windräder …": the company named before
    if not lows or lows[0] not in DEFINITE or plural or any(w in ("andere", "anderer", "another") for w in lows):
        return None
    h = head.lower()
    if lows[0] in ("des", "der") and len(lows) == 2 and (named := _body_named(table, h, at)) is not None:
        return named  # s22: "nach Angaben des Gesundheitsamts" after "Das Gesundheitsamt Kempten warnt …"
    if h in ORG_NOUNS or h.rsplit("-", 1)[-1] in ORG_NOUNS:
        org = table.last("organization")
        if org is not None and h.rsplit("-", 1)[-1] in COMPANY_NOUNS and authority(org) and not roles:
            org = next((s for s in reversed(table.sources) if s.type == "organization" and not authority(s) and (
                _recent(s, at)) and not another_body(s, h, lows, roles)), org)  # s22: "Der Konzern wies …" after
            # the Kraftfahrt-Bundesamt spoke: the car maker named before it
        if org is None or another_body(org, h, lows, roles) or (roles and _affiliation_since(table, org, at)):
            return None
        return org if _recent(org, at) else None
    nation = nationality(h.rsplit("-", 1)[-1])  # round 16: "der Belgier", "die Spanierin"
    if not (is_person_role(h) or is_person_noun(h) or nation):
        return None
    stem = h.rsplit("-", 1)[-1]
    want = wanted_gender(stem, lows)  # "die Ministerin", "der 31-Jährige"
    counsel = COUNSEL.get(stem.removesuffix("in"), stem)  # s28: "Rechtsanwalt X … sagte der Verteidiger"
    for src in reversed(table.sources):  # a person whose role shares the word ("der Minister")
        role = (src.role or "").lower()
        shares = (stem in role.split()) if roles else (stem[:6] in role or counsel[:6] in role or _spokesman_of(
            stem, role))  # s28: "the diplomat"
        if src.type == "person" and src.name and shares and not other_lawyer(role, stem) and _recent(src, at):
            if _gender_fits(src, want):
                return src
    if not is_person_role(h) and not nation:
        return None  # "der Sprecher" with no named spokesperson before: a new anonymous source
    if strict:
        latest = max(table.sources, key=lambda s: s.mentions[-1].start if s.mentions else -1, default=None)
        fits = latest is not None and latest.type == "person" and latest.name and _gender_fits(latest, want)
        return latest if fits else None
    if roles and len(lows) > 2:
        return None  # s7 (English): "the opposition leader" is no one named without that role
    named = [
        s
        for s in table.sources
        if s.type == "person"
        and s.name
        and _recent(s, at)
        and not (roles and s.role)
        and not _other_office(s.role, lows)
        and not _profession_not_office(s.role, h)
        and _gender_fits(s, want)
    ]
    if stem.endswith(("jährige", "jährigen")):  # round 16: "Ein Zeuge … berichtete …. „…“, sagte der 31-Jährige"
        named += [s for s in table.sources if s.type == "anonymous" and s.count == 1 and _private(s) and _close(s, at)
                  and _unnamed_gender_fits(s, want)]  # s22: "die 68-Jährige" is no "Ein DWD-Meteorologe"
    return max(named, key=lambda s: _last_before(s, at)) if named else None


OWN_FIGURES = {"firmenangaben": "unternehmen", "unternehmensangaben": "unternehmen", "konzernangaben": "konzern"}
"""A company's own figures, which refer back to the company like "das Unternehmen"."""


def _spokesman_of(stem: str, role: str) -> bool:
    """S31: "der Behördensprecher" is the person named as "Sprecher der Staatsanwaltschaft"; "der Polizeisprecher"
    one whose role names the police."""
    qualifier = stem.removesuffix("in").removesuffix("sprecher")
    return stem.removesuffix("in").endswith("sprecher") and "sprecher" in role and (
        qualifier in ("behörden", "") or qualifier.rstrip("s")[:6] in role)


def other_lawyer(role: str, word: str) -> bool:
    """S26: a prosecutor's role shares "anwalt" with "der Anwalt" (the defence): no match between the two."""
    return "staatsanw" in role and "staatsanw" not in word and ("anwalt" in word or "anwält" in word)


COURT_ROLES = ("richter", "staatsanwalt", "staatsanwält", "verteidiger", "anwalt", "anwält", "zeug", "angeklagt",
               "nebenkläger", "kläger", "gutachter", "sachverständig")
"""Parties to a trial: one of them is never described as another ("Oberstaatsanwältin Claudia Berg …. Die
Vorsitzende Richterin"), while a politician may be "der Kanzler", "der SPD-Politiker", "der Sozialdemokrat"."""


COUNSEL = {"verteidiger": "anwalt", "anwält": "anwalt"}
"""Court roles that name the same party: the defence counsel is a lawyer ("Verteidiger" = "Anwalt")."""


OFFICIAL_WORDS = ("sprecher", "beamt", "vertreter", "kreise", "insider", "diplomat", "offizier", "funktionär", "quelle",
                  "reporter", "journalist")  # s25: the reporter who asked is not "Der 51-Jährige" who answers


def _affiliation_since(table, org, at: int) -> bool:
    """S19: an unnamed speaker of another body spoke after `org` was last mentioned ("A spokesperson for Tell
    MAMA said …. According to the group, …"): "the group" is likelier that body than `org`."""
    last_org = max((m.start for m in org.mentions if m.start < at), default=-1)
    return any(
        s.type == "anonymous" and (s.affiliation or "")[:1].isupper() and s.affiliation.lower() not in (
            org.name or "").lower()
        and any(last_org < m.start < at for m in s.mentions)
        for s in table.sources
    )


def _unnamed_gender_fits(src, want: str | None) -> bool:
    """The head of an unnamed person's first mention agrees with the gender an epithet wants ("die 68-Jährige":
    "eine Anwohnerin", not "ein Meteorologe")."""
    if want is None or not src.mentions:
        return True
    head = src.mentions[0].text.lower().split()[-1].rsplit("-", 1)[-1]
    feminine = head.endswith(("in", "frau")) or src.mentions[0].text.lower().split()[0] in ("eine", "die", "einer")
    return feminine == (want == "f")


def _private(src) -> bool:
    """An unnamed private person ("ein Zeuge", "ein Anwohner"), not an unnamed official: an age stands for
    the former ("der 31-Jährige"), hardly ever for a spokesperson."""
    text = " ".join(m.text.lower() for m in src.mentions[:1])
    return not any(w in text for w in OFFICIAL_WORDS)


def _close(src, at: int) -> bool:
    """Mentioned within the last 250 characters: an unnamed person is taken up only right after (a named
    one stays in reach for NEAR_CHARS; with that reach an age took a witness for a named speaker)."""
    return bool(src.mentions) and at - src.mentions[-1].start <= 250


def _other_office(role: str | None, lows: list[str]) -> bool:
    """Round 16: a description naming another party to the trial than the person's role; round 18: another
    office ("Der Minister" is not "der Präsident des Verbands")."""
    words = (role or "").lower().replace("-", " ").split()
    if not words:
        return False
    last = words[-1]
    mine = COUNSEL.get(mine, mine) if (mine := next((r for r in COURT_ROLES if r in last), None)) else None
    theirs = next((r for w in lows for r in COURT_ROLES if r in w), None)
    theirs = COUNSEL.get(theirs, theirs)  # s25: "Verteidiger X … sagte der Anwalt": one lawyer
    if mine is not None and theirs is not None and mine != theirs:
        return True
    mine = next((f for w in words for f in OFFICE_FAMILIES if w.endswith(f)), None)  # "Präsident des Verbands"
    theirs = next((f for w in lows for f in OFFICE_FAMILIES if w.rsplit("-", 1)[-1].rstrip("in").endswith(f)), None)
    mine = "vorsitz" if mine is None and any("vorsitz" in w for w in words) else mine  # s19: "der Ehrenvorsitzende
    theirs = "vorsitz" if theirs is None and any("vorsitz" in w for w in lows) else theirs  # X" is no "Minister"
    if mine is not None and theirs is not None and mine != theirs:
        return True
    return _government_and_group(words, lows) or _government_and_group(lows, words)


def _government_and_group(a: list[str], b: list[str]) -> bool:
    """S21: a member of a government is never the leader of a parliamentary group: "Agrarminister X" is not
    "der CDU-Fraktionschef im Landtag"."""
    return any(w.rsplit("-", 1)[-1].endswith(("minister", "ministerin", "kanzler", "kanzlerin")) for w in a) and any(
        "fraktion" in w for w in b)


OFFICE_FAMILIES = ("bürgermeister", "präsident", "minister", "kanzler", "landrat", "senator", "gouverneur")
"""Offices one person rarely holds two of at once: "der Minister" is nobody introduced as a "Präsident"
("bürgermeister" before "meister"-less families; "Ministerpräsident" is a "präsident")."""


def described_as(src, head: str, lows: tuple[str, ...] | list[str] = ()):
    """`src`, unless the description's gender ("die Ministerin", "der 31-Jährige") is not the Source's or it
    names another party to a trial than the Source's role."""
    stem = head.lower().rsplit("-", 1)[-1]
    if src is None or _other_office(src.role, list(lows)) or _profession_not_office(src.role, head):
        return None
    return src if _gender_fits(src, wanted_gender(stem, lows)) else None


PROFESSION_STEMS = (
    "ökonom", "wissenschaftler", "forscher", "expert", "analyst", "anwalt", "anwält", "arzt", "ärzt", "journalist",
    "professor", "politolog", "historiker", "virolog", "soziolog", "jurist", "autor", "staatsrechtler",
)
"""S7: professions whose holder the text names ("Der Ökonom Clemens Fuest") and who hold no office."""


def _profession_not_office(role: str | None, head: str) -> bool:
    """S7: "den Minister", "der Bürgermeister" is no economist or lawyer named before (only an office
    against a profession: applying "another role, another person" to all roles cost 0.038 on gold)."""
    last = (role or "").lower().rsplit("-", 1)[-1].split(" ")[-1]
    return bool(last) and last.startswith(PROFESSION_STEMS) and is_office(head)


def wanted_gender(stem: str, lows: tuple[str, ...] | list[str] = ()) -> str | None:
    """The gender a German singular description shows: the feminine suffix ("Ministerin"), or, for an
    adjective noun ("Jährige", "Vorsitzende", "Angeklagte") and a masculine role noun, the article
    (round 16: "der 31-Jährige" is not the woman named before). None when it shows none."""
    if stem.endswith("in") and (is_person_role(stem[:-2]) or is_person_noun(stem[:-2]) or nationality(stem) or (
            stem.endswith(("demokratin", "republikanerin")))):  # s34: "die Sozialdemokratin" is no Bernd
        return "f"
    art = lows[0] if lows else ""
    if art == "der" and (stem.endswith("e") or is_person_role(stem) or is_person_noun(stem) and len(lows) == 2):
        return "m"  # nominative "der Jährige", "der Minister" (the dative "der Ministerin" ends in -in); s34: "der
        # Offizier" (not "der Sprecherin der Behörde"'s genitive)
    if art == "die" and stem.endswith("e") and len([w for w in lows if w != "-"]) <= 3:  # s22: "die 68 - Jährige"
        return "f"  # "die 31-Jährige", "die Vorsitzende"
    return None


def gender_fits(src, head: str, lows) -> bool:
    """S9: does the description's gender ("die Abgeordnete", "der Vorsitzende") allow `src`?"""
    return src is None or _gender_fits(src, wanted_gender(head.lower().rsplit("-", 1)[-1], lows))


def _gender_fits(src, want: str | None) -> bool:
    """Round 15: "die Ministerin" is no man already named ("CDU-Chef Friedrich Merz"): the Source's
    gender from its pronouns, first name or English role words, or its German role's form."""
    if want is None:
        return True
    return person_gender(src) in (None, want)


def person_gender(src) -> str | None:
    """'f' or 'm' for a person or an unnamed one, as far as the text shows it: pronouns resolved to the
    Source, its first name, its German role ("Innenministerin"), or the head of an unnamed one's
    description ("eine Sprecherin der Organisation", s7)."""
    from .english_pronouns import source_gender  # names → speakers: imported late

    if src is None or src.type not in ("person", "anonymous"):
        return None
    got = source_gender(src)
    if got is None and src.type == "anonymous":
        words = (src.description or "").lower().split()
        if words and words[0] in ("ein", "eine", "einer", "der", "die", "dem", "den", "des"):
            head = next((w for w in words[1:] if w[:1].isalpha() and (is_person_role(w) or is_person_noun(w)
                                                                     or feminine_of_anonymous_head(w))), None)
            if head and head.endswith("in"):
                return wanted_gender(head, words)
            return "m" if head and words[0] in ("ein", "der") and not head.endswith("innen") else None  # s26:
            # "Ein Sprecher der Bundesregierung sagte …. …, antwortete sie": not him
        return None
    role = (src.role or "").lower().rsplit("-", 1)[-1].split(" ")[-1]
    if got is None and role and (is_person_role(role) or is_person_noun(role)):
        stem = role[:-2] if role.endswith("in") else ""
        plain = stem.replace("ä", "a").replace("ö", "o").replace("ü", "u")  # s21: "Rechtsanwältin", "Ärztin"
        got = "f" if stem and any(is_person_role(w) or is_person_noun(w) for w in (stem, plain, stem + "e")) else "m"
        if role.endswith("e") and not stem:  # s26: "Die Linken-Abgeordnete Derya Aksoy": the article tells
            firsts = {m.text.split(" ", 1)[0].lower() for m in src.mentions}
            got = "f" if firsts & {"die", "eine"} else "m" if firsts & {"der", "ein"} else None
    return got


def _body_named(table, h: str, at: int):
    """The organisation named before whose name holds the genitive noun h in the nominative ("des
    Gesundheitsamts": "Gesundheitsamt Kempten"), the latest one; None when there is none."""
    stems = {h[:-2], h[:-1]} if h.endswith("es") else {h[:-1]} if h.endswith("s") else {h}
    body = not is_person_role(h) and not is_person_noun(h)  # s25: inside a compound too ("der Polizei" after "Wie
    for src in reversed(table.sources):  # die Landespolizeidirektion Tirol mitteilte"), but no "Minister"
        words = src.name.lower().split() if src.type == "organization" and src.name else []
        inside = body and any(len(st) >= 6 and st in w for st in stems for w in words)
        if words and _recent(src, at) and (stems & set(words) or inside):
            return src
    return None


def _recent(src, at: int) -> bool:
    """Mentioned within NEAR_CHARS before `at` (s25: a mention after it does not count: a quotation attached late
    took "Der 51-Jährige" for the sports director the next paragraph introduces)."""
    return at - _last_before(src, at) <= NEAR_CHARS


def _last_before(src, at: int) -> int:
    return max((m.start for m in src.mentions if m.start < at), default=-(1 << 40))
