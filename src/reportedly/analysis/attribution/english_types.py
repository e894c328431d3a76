"""English source types, round 10: speakers the shared typing leaves untyped or mistypes ("Zelenskiy
said", "One woman said", "Downing Street said", "It said", "The head of the … Agency, Rafael Grossi,
said"). Each runs on an English event once its Source is resolved (`english.finish`). Sentences in
tests/attribution/test_english_round10.py.
"""

from __future__ import annotations

import re

from .english_bodies import body_of_people, named_news_agency, platform_page, reporting_paper, staff_as_body
from .english_fronted import finding_document
from .full_names import TITLE_GENDER
from .names import known_first_name
from .speakers import is_person_noun, is_person_role

UNNAMED_PEOPLE = frozenset(
    """woman women man men relative relatives mother father mothers fathers son daughter wife husband sister
    brother grandmother grandfather victim victims member members worker volunteer volunteers nurse teacher
    student soldier neighbour neighbor survivor witness resident doctor passenger driver owner friend
    colleague employee activist protester pensioner farmer shopkeeper mourner mourners child children
    teenager girl boy family families rebels rebel militants fighters gunmen protesters
    demonstrators suspect suspects teenagers pensioners motorist motorists commuter commuters tourist
    tourists visitor visitors spectator spectators onlooker onlookers bystander bystanders customer
    firefighter firefighters paramedic paramedics medic medics commander commanders officer citizen citizens
    monitor monitors inspector inspectors mediator mediators adviser advisers advisor advisors employees
    palestinians israelis ukrainians russians americans iranians syrians iraqis afghans europeans allies
    aides advisers strategists operatives donors""".split()
)
"""Unnamed people as speakers ("one woman said", "a relative of the victim told …")."""


PHRASE_ENDS = ("in", "at", "from", "who", "with", ",")
PEOPLE_DETS = frozenset("a an one another two three four five several some many the".split())


def unnamed_person(doc, ev) -> None:
    """ "One woman said …", "A relative of the victim told the BBC …": an untyped speaker with no name,
    whose head (before "of/in/at/from/who") is a word for people, is an anonymous source."""
    src = ev.source
    if src is None or src.type != "unknown" or src.name is not None or ev.src is None:
        return
    toks = doc.tokens
    a, b = ev.src
    words = [t.text.lower() for t in toks[a:b]]
    stop = next((n for n, w in enumerate(words) if w in ("of", *PHRASE_ENDS)), len(words))
    if len(words) > 3 and words[1] == "of" and words[0] in ("one", "some", "many", "most", "several", "two", "three"):
        stop = next((n for n, w in enumerate(words[2:], 2) if w in PHRASE_ENDS), len(words))
        words = [words[0], *words[2:stop]]  # "One of the men": the men
        stop = len(words)
    head = words[:stop]
    if head and head[0] in PEOPLE_DETS and name_withheld(toks, b):
        src.type, src.count = "anonymous", 1 if head[0] in ("a", "an", "one", "another") else None
        return  # s19: "said one machinist, who declined to give his name": whatever the noun
    if not head or head[-1] not in UNNAMED_PEOPLE:
        return
    possessed = any(w.endswith(("'s", "’s")) for w in head[:-1])  # "Ms Ahmed's family"
    if head[0] not in PEOPLE_DETS and not possessed and not (head[-1].endswith("s") or head[-1] in ("children", "men")):
        return  # "flood victims": a plural needs no determiner
    if not possessed and any(t.text[:1].isupper() for t in toks[a + 1 : a + stop]):
        return  # "a member of Example Party", "a Smith relative": named people or bodies stay as they are
    src.type = "anonymous"
    src.count = 1 if head[0] in ("a", "an", "one", "another") else None


WITHHELD = ("declined to give", "asked not to be", "not to be named", "not to be identified", "condition of anonymity")


def name_withheld(toks, b: int) -> bool:
    """The words right after a mention say that its name is withheld (", who declined to give his name")."""
    if b >= len(toks) or toks[b].text != ",":
        return False
    after = " ".join(t.text.lower() for t in toks[b + 1 : b + 10] if t.sent == toks[b].sent)
    return any(w in after for w in WITHHELD)


def lone_name_person(doc, ev) -> None:
    """ "Zelenskiy said …", "Smith insisted …": one capitalised word as the speaker of a reporting verb
    that the language layer gave no type (no entity tag, no organisation or place word) is a person's
    surname; known places and organisations ("Moscow", "Hamas", "NATO") are typed before this."""
    src = ev.source
    if src is None or src.type != "unknown" or src.name is not None or ev.src is None:
        return
    a, b = ev.src
    toks = doc.tokens
    if b - a != 1:
        return
    word = toks[a].text
    if word.endswith(("'s", "’s")):  # "Smith's view is that …"
        word = word[:-2]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 2):
        return
    if word.lower() in NOT_SURNAMES:
        return
    first = toks[ev.msg[0][0]].text.lower() if ev.msg else ""
    which = b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].text.lower() == "which"  # s19: "Spotify, which …"
    if first in ("it", "its") or which or not _ever_after_a_name_word(toks, word):
        src.type, src.name, src.description = "organization", word, None  # "Apple said it would …"; s17:
        return  # "Tesla said …" when the article never names a "… Tesla" (a person's surname follows a first name)
    src.type, src.name, src.description = "person", word, None


def _ever_after_a_name_word(toks, word: str) -> bool:
    """S17: does the word follow a capitalised word somewhere in the text ("Elon Musk", "Prime Minister Keir
    Starmer", "Mr Smith"), as a person's surname does once the article introduces them? A word the text
    uses only once gets the benefit of the doubt ("Smith said the plan was dead")."""
    at = [k for k, t in enumerate(toks) if t.text in (word, word + "'s", word + "’s")]
    return len(at) < 2 or any(
        k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.rstrip(".").isalpha()
        and toks[k - 1].sent == toks[k].sent
        for k in at
    )


NOT_SURNAMES = frozenset(
    """the this that these those it they he she we i you there here one some many most all both each
    police officials sources critics experts analysts authorities residents witnesses"""
    .split()
)


INSTITUTION_PLACES = frozenset("street square palace avenue road states".split())
"""Last words of place names that speak for an institution ("Downing Street", "Tiananmen Square"); not
"Hill", "Hall", "Park": surnames as often ("Margaret Hill")."""


def place_named_speaker(ev) -> None:
    """ "Downing Street said …", "Capitol Hill …": a speaker whose two-word name ends in a building or
    place word speaks for an institution, not as a person."""
    src = ev.source
    if src is None or src.type != "person" or not src.name or src.role:
        return
    words = src.name.split()
    if len(words) >= 2 and words[-1].lower() in INSTITUTION_PLACES and all(w[:1].isupper() for w in words):
        src.type = "organization"


def it_is_no_person(ev) -> None:
    """ "It said …" when no organisation, outlet or document spoke before: the pronoun's own Source is
    an unnamed organisation, never a person."""
    src = ev.source
    if src is not None and src.type == "person" and not src.name and (src.description or "").lower() == "it":
        src.type = "organization"


PERSON_HEADS = frozenset("head chief director leader president chairman chairwoman secretary minister boss".split())


def named_head_of(doc, ev) -> None:
    """ "The head of the International Atomic Energy Agency, Rafael Grossi, said": the name after a
    person's role is a person, although an outlet word ("Agency") stands in the role."""
    src = ev.source
    if src is None or src.type != "media" or not src.name or len(src.name.split()) < 2 or ev.src is None:
        return
    toks = doc.tokens
    a, b = ev.src
    if any(t.text.lower() in PERSON_HEADS for t in toks[a:b]) and any(t.text == "," for t in toks[a:b]):
        src.type = "person"


def plural_people_name(doc, ev) -> None:
    """ "Mourners said …", "Rebels said …": a plural word for people opening the sentence looks like a
    name to the typing (capitalised), but it names no one: an anonymous group."""
    src = ev.source
    if src is None or src.type not in ("person", "unknown") or not src.name or " " in src.name:
        return
    low = src.name.lower()
    if low in UNNAMED_PEOPLE and low.endswith("s"):
        src.type, src.description, src.name = "anonymous", src.name, None


NAME_TITLES = frozenset("professor prof sir dame lord lady dr doctor mr mrs ms".split())


def named_after_role(doc, ev) -> None:
    """ "NHS England's national medical director, Professor Sir Stephen Powis, warned …": a role, a
    comma and a titled name is that person (the shared typing took the role's head for an unnamed
    official). Only a Source of this one mention is retyped."""
    src = ev.source
    if src is None or src.type != "anonymous" or src.name or ev.src is None or len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    comma = next((k for k in range(b - 1, a, -1) if toks[k].text == ","), None)
    if comma is None:
        return
    run = [t for t in toks[comma + 1 : b] if t.text.lower().rstrip(".") not in NAME_TITLES]
    if not 2 <= len(run) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha() for t in run):
        return
    if b - comma - 1 - len(run) < 1:
        return  # an untitled name after a comma is left to the shared rules
    src.type, src.name = "person", " ".join(t.text for t in run)
    src.role = doc.text[toks[a].start : toks[comma - 1].end]
    src.description = None


SPOKES_HEADS = frozenset(
    """spokesperson spokesman spokeswoman official officials source sources aide aides strategist strategists
    operative operatives adviser advisers insider insiders donor donors""".split()
)


def organisation_spokesperson(doc, ev) -> None:
    """ "A Department of Health and Social Care spokesperson said": a mention that ends in an unnamed
    spokesperson or official is that anonymous person, the organisation only its affiliation (only a
    Source of this one mention is retyped)."""
    src = ev.source
    if src is None or src.type != "organization" or ev.src is None or len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    if b - a < 3 or toks[b - 1].text.lower() not in SPOKES_HEADS:
        return
    affiliation = src.name
    src.type, src.name = "anonymous", None
    src.description = doc.text[toks[a].start : toks[b - 1].end]
    src.affiliation = affiliation
    src.count = 1 if toks[a].text.lower() in ("a", "an", "one") else None


PARTY_NAMES = frozenset("labour conservatives tories democrats republicans greens lib snp plaid reform".split())
ORG_TAILS = frozenset(
    """rail railways airways airlines energy water trust council foundation society alliance party network
    partnership coalition federation programme program fund forum institute agency commission committee
    association organisation organization authority
    mutual power insurance holdings group labs systems technologies industries pharmaceuticals capital partners
    ventures motors bank inc corp ltd llc plc county""".split()
)  # s22: "Bellmont Mutual", "Sierra Crest Power", "the Galvin County sheriff's office" were people


def party_or_company(ev) -> None:
    """ "Labour said …", "Network Rail said …": party names and names ending in a company or body word
    are organisations, not people."""
    src = ev.source
    if src is None or src.type not in ("person", "unknown") or not src.name:
        return
    words = src.name.lower().split()
    if len(words) == 1 and src.name.isupper() and src.name.isalpha() and len(src.name) >= 2:
        if src.role and src.role.endswith("("):  # "The Rail Delivery Group (RDG)": the long form
            src.name = src.role.rstrip(" (")
        src.type, src.role = "organization", None  # an acronym: "RDG", "ABI"
        return
    if src.role:
        return
    if (len(words) == 1 and words[0] in PARTY_NAMES | {"palace"}) or (len(words) >= 2 and words[-1] in ORG_TAILS):
        src.type = "organization"


BODY_HEADS = frozenset(
    """service services brigade council committee commission union board court tribunal police army navy
    military government ministry department agency authority regulator embassy consulate parliament
    senate congress assembly cabinet office company firm bank carmaker insurer retailer charity
    university school hospital trust club league campaign festival federation association organisation
    organization foundation institute monitor companies firms palace railroad railway""".split()
)


def unnamed_body(doc, ev) -> None:
    """ "The fire service said …", "the local council said …": an untyped speaker whose head is a word
    for an institution is an organisation."""
    src = ev.source
    if src is None or src.type != "unknown" or src.name or ev.src is None:
        return
    toks = doc.tokens
    a, b = ev.src
    words = [t.text.lower() for t in toks[a:b]]
    stop = next((n for n, w in enumerate(words) if w in ("of", *PHRASE_ENDS)), len(words))
    if stop and words[stop - 1] in BODY_HEADS:
        src.type = "organization"


ROLE_ONLY = frozenset("mp mps senator minister official lawmaker congressman congresswoman diplomat".split())
PARTY_MEMBERS = frozenset("tory tories democrat democrats republican republicans conservative conservatives".split())
"""S10: "A senior Tory said", "one Republican told": a party member with no name is anonymous too."""
UNNAMED_HOLDERS = ROLE_ONLY | PARTY_MEMBERS


def unnamed_role_holder(doc, ev) -> None:
    """ "One senior Tory MP, speaking on condition of anonymity, told …": a "name" that is only a party or
    country word and a role, after "one"/"a"/"another", names no one: an anonymous source."""
    src = ev.source
    if src is None or src.type not in ("person", "organization") or not src.name or ev.src is None or len(
            src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    words = src.name.split()
    if src.type == "organization" and words[-1].lower() not in PARTY_MEMBERS:
        return  # s10: only "One Republican told …" was taken for the party
    if words[-1].lower() not in UNNAMED_HOLDERS or len(words) > 3:
        return
    if toks[a].text.lower() not in ("a", "an", "one", "another", "two", "three", "several", "some"):
        return
    src.type, src.name = "anonymous", None
    src.description = doc.text[toks[a].start : toks[b - 1].end]
    src.count = 1 if toks[a].text.lower() in ("a", "an", "one", "another") else None


def possessor_is_no_speaker(doc, ev) -> None:
    """ "Ms Ahmed's family said …", "One, who did not want to be named, said": a possessive name with a
    noun after it is the affiliation of an unnamed speaker, and a lone "One"/"Another" is one unnamed
    person (only a Source of this one mention is retyped)."""
    src = ev.source
    if src is None or ev.src is None or len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    words = [t.text.lower() for t in toks[a:b]]
    if src.type in ("unknown", "person") and words in (["one"], ["another"]):  # "Another said …"
        src.type, src.count, src.name, src.description = "anonymous", 1, None, src.description or src.name
        return
    if src.type != "person" or not src.name or not src.name.endswith(("'s", "’s")):
        return
    k = next((j for j in range(a, b) if toks[j].text.endswith(("'s", "’s"))), None)
    if k is None or k + 1 >= b:
        return
    src.affiliation = src.name[:-2].strip()
    src.type, src.name = "anonymous", None
    src.description = doc.text[toks[a].start : toks[b - 1].end]


MILITARY_TITLES = frozenset(
    "gen gen. maj maj. brig brig. col col. lt lt. capt capt. sgt sgt. adm adm. cmdr cmdr. rep rep. sen sen.".split()
)
PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def titled_name_at_end(doc, ev) -> None:
    """ "Pentagon spokesman Maj. Gen. Pat Ryder said": a name after abbreviated titles at the end of an
    anonymous-looking mention is that person; "Rep. Jim Jordan, R-Ohio, told": the party and state
    after the comma are no name (only a Source of this one mention is changed)."""
    src = ev.source
    if src is None or ev.src is None or len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    if src.type == "person" and src.name and PARTY_STATE.match(src.name):
        comma = next((k for k in range(a, b) if toks[k].text == ","), None)
        run = [t.text for t in toks[a:comma] if t.text[:1].isupper() and t.text.isalpha()] if comma else []
        if len(run) >= 2:
            src.name = " ".join(run[-2:])
        return
    if src.type != "anonymous" or src.name:
        return
    k = b
    while k > a and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha():
        k -= 1
    if b - k < 2 or k == a or toks[k - 1].text.lower() not in MILITARY_TITLES | NAME_TITLES:
        return
    src.type, src.name = "person", " ".join(t.text for t in toks[k:b])
    src.role = doc.text[toks[a].start : toks[k - 1].end]
    src.description = None


SINGLE_ROLES = frozenset(
    """leader president frontrunner candidate nominee minister premier chancellor king queen monarch pope
    chief commander envoy ambassador""".split()
)


def nationality_and_role(doc, ev) -> None:
    """ "the Ukrainian leader", "The Republican frontrunner": an adjective of nationality or party before
    the holder of one office is no name; the speaker is that (unnamed) person."""
    src = ev.source
    if src is None or ev.src is None or not src.name or " " in src.name or len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    words = [t.text for t in toks[a:b]]
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() not in SINGLE_ROLES:
        return
    if src.name not in words[1:-1] or not src.name.endswith(("an", "ese", "ish", "ic")):
        return
    src.type, src.name = "person", None
    src.description = doc.text[toks[a].start : toks[b - 1].end]


def general_staff(ev) -> None:
    """S18: a military's general staff is a body, not unnamed staff members."""
    staff_as_body(ev.source)


def acronym_body(doc, ev) -> None:
    """S19: "The Integrated Food Security Phase Classification (IPC) found …": a name followed by an
    acronym of its own initials in brackets is a body; a person's bracket holds a party ("(FDP)")."""
    src, toks = ev.source, doc.tokens
    if src is None or src.type != "person" or ev.src is None or not src.name or src.name.count(" ") < 2:
        return
    b = ev.src[1]
    if b + 2 >= len(toks) or toks[b].text != "(" or toks[b + 2].text != ")":
        return
    acronym, initials = toks[b + 1].text, iter(w[0] for w in src.name.split() if w[:1].isupper())
    if acronym.isupper() and len(acronym) >= 2 and all(any(c == i for i in initials) for c in acronym):
        src.type = "organization"


def retype(doc, ev) -> None:
    """Every round-10 type repair, in order, for an English event whose Source was just resolved."""
    if ev.source is not None and ev.source.type == "person" and (ev.source.name or "").endswith(("'s", "’s")):
        if ev.src is not None and doc.tokens[ev.src[1] - 1].text.endswith(("'s", "’s")):
            ev.source.name = ev.source.name[:-2]  # "Jane Roe's view is that …": the possessor speaks
    lone_name_person(doc, ev)  # "Zelenskiy said …": a lone capitalised name with no other type
    unnamed_person(doc, ev)  # "One woman said …", "A relative of the victim said …": anonymous
    place_named_speaker(ev)  # "Downing Street said …": an institution
    it_is_no_person(ev)  # "It said …" with no organisation named before: not a person
    plural_people_name(doc, ev)  # "Mourners said …": an anonymous group
    named_after_role(doc, ev)  # "…'s medical director, Professor Sir Stephen Powis, warned": a person
    organisation_spokesperson(doc, ev)  # "A Department of … spokesperson said": anonymous
    party_or_company(ev)  # "Labour said", "Network Rail said": organisations
    unnamed_body(doc, ev)  # "The fire service said": an organisation
    unnamed_role_holder(doc, ev)  # "One senior Tory MP … told": anonymous
    possessor_is_no_speaker(doc, ev)  # "Ms Ahmed's family said", "One, who …, said": anonymous
    general_staff(ev)  # s18: "the Ukrainian army's general staff said": a body
    titled_name_at_end(doc, ev)  # "… spokesman Maj. Gen. Pat Ryder said", "Rep. Jim Jordan, R-Ohio,"
    named_head_of(doc, ev)  # "The head of the … Agency, Rafael Grossi, said": a person
    nationality_and_role(doc, ev)  # "The Republican frontrunner", "the Ukrainian leader": a person
    finding_document(doc, ev)  # round 11: "Satellite images show …": a document
    acronym_body(doc, ev)  # s19: "The Integrated Food Security Phase Classification (IPC)": a body
    business_named(doc, ev)  # s21: "Australian telecommunications provider Coralnet said": a company
    reporting_paper(doc, ev)  # s28: "The Plain Dealer first reported": an outlet
    body_of_people(doc, ev)  # s28: "The Philippine coast guard said", "South Korea's Joint Chiefs of Staff said"
    named_news_agency(doc, ev)  # s28: "Iran's Tasnim news agency reported": an outlet
    platform_page(doc, ev)  # s28: "A post on the official Facebook page of … said": a post
    body_by_it(doc, ev)  # s30: "Athletics Kenya said it was …", "The DP World Tour said": an organisation


def body_by_it(doc, ev) -> None:
    """S30: a name of capitalised words with no known first name is an organisation's when "it" opens the message
    ("Athletics Kenya said it was disappointed") or "the" opens the mention right before it ("The DP World Tour
    said"): English has no entity tags, and two capitalised words were taken for a person's name."""
    src = ev.source
    if src is None or src.type != "person" or not src.name or ev.src is None or known_first_name(src.name.split()[0]):
        return
    if src.role or is_person_role(src.name) or any(  # "Mr. Cueto", "Chi Onwurah, the Labour MP for …": a person
            w.rstrip(".").lower() in TITLE_GENDER or is_person_role(w) for m in src.mentions for w in m.text.split()):
        return
    toks = doc.tokens
    a, b = ev.src
    if b + 2 < len(toks) and toks[b].text == "," and toks[b + 1].text.lower() in ("the", "a", "an") and any(
            is_person_role(t.text) or is_person_noun(t.text) or t.text.lower() in ("mp", "mep") for t in toks[
                b + 2 : b + 8]):
        return  # "Chi Onwurah, the Labour MP for Newcastle Central, …, said it showed …": described as a person
    first = src.name.split()[0]
    k = next((j for j in range(a, ev.src[1]) if toks[j].text == first), None)
    after_cue = ev.msg and ev.cue and ev.msg[0][0] > ev.cue[0] and ev.mode != "direct" and not toks[ev.msg[0][0]].quote
    opening = toks[ev.msg[0][0]].text.lower() if after_cue else ""  # "said it would", not "It was too early, he said"
    if opening in ("it", "its") or (k is not None and k > 0 and toks[k - 1].text.lower() == "the" and k - 1 == a) or (
            " " not in src.name and not _ever_after_a_name_word(toks, src.name)) or (  # "Ukrenergo said …"
            ev.cue and _in_a_note(toks, ev.cue[-1])):  # s32: "UOB Kay Hian said in a note to clients that …"
        src.type = "organization"


def _in_a_note(toks, c: int) -> bool:
    """ "said in a (research) note": a broker's or bank's note to its clients, not a person's words."""
    words = [t.text.lower() for t in toks[c + 1 : c + 5]]
    return words[:2] == ["in", "a"] and "note" in words[2:4]


def business_named(doc, ev) -> None:
    """S21: a name right after a noun for a business inside the mention ("telecommunications provider Coralnet",
    "department store chain Brightmore") is the company's, not a person's."""
    from .name_kinds import COMPANY_BEFORE  # name_kinds imports names, which this module's users import first

    src = ev.source
    if src is None or src.type != "person" or not src.name or ev.src is None:
        return
    toks = doc.tokens
    a, b = ev.src
    first = src.name.split()[0]
    k = next((j for j in range(a + 1, b) if toks[j].text == first), None)
    if k is not None and toks[k - 1].text.lower() in COMPANY_BEFORE:
        src.type = "organization"
