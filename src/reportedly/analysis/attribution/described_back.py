"""A definite description that refers back to a source named before: "der Minister", "der 48-Jährige",
"the company", "Der Verband". Split from sources.py in session 34; `SourceTable._resolve` asks it before it
makes a new unnamed source of the description."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Source, Span
from . import company_names as CN
from . import english_pronouns as EP
from . import epithets_de as ED
from . import names as N
from . import roles_de as RD
from . import speakers as SK
from . import types_de as TD
from . import unnamed_again as UA
from .lexicon import _AGE, TITLES
from .names_before import person_name_before
from .speakers import DEFINITE, is_person_role, refer_back

AGE_EN = re.compile(r"^(\d+-)?year-old$")


@dataclass(frozen=True)
class Description:
    """The words of a mention without a name, as `SourceTable._resolve` has read them."""

    a: int
    b: int
    span: Span
    words: list[str]
    lows: list[str]
    content: list
    heads: list
    head: str
    head_last: str
    owned: bool
    titled: bool


def age_word(words: list[str]) -> str:
    """The last word, or the age the tokenizer split (s22: "58 - Jährige")."""
    return "".join(words[-3:]) if len(words) > 3 and words[-2] == "-" else words[-1]


def titled(doc, words: list[str], lows: list[str], head_last: str) -> bool:
    """An age, a title or a nationality: words that describe someone named before ("der 48-Jährige")."""
    aged = words[-2:] if lows[0] == "the" else words[-1:]  # s18: "the 88-year-old pontiff"; "a 45-year-old man"
    return bool(_AGE.match(age_word(words)) or head_last in TITLES or (doc.language == "en" and any(
        map(AGE_EN.match, aged))) or (doc.language == "de" and SK.nationality(head_last)))  # round 16: "der Belgier"


def earlier_source(table, doc, d: Description) -> tuple[Source | None, bool]:
    """The source named before that `d` describes, or None; and whether `d` stands for more than one."""
    a, b, span, words, lows, content = d.a, d.b, d.span, d.words, d.lows, d.content
    heads, head, head_last, owned, titled_ = d.heads, d.head, d.head_last, d.owned, d.titled
    age = age_word(words)
    plural = bool(heads) and N.plural(heads[0])
    back = refer_back(table, head, lows, plural, span.start, roles=doc.language == "en")
    if doc.language == "de" and back is not None and back.type == "person":  # s34: "Der Vantera-Chef" is not
        back = by_labels(table, doc, back, head, lows, span.start)  # "Rheinfels-Vorstandschef Stefan Maurer"
    if back is not None and back.type == "person" and named_in_own_message(doc, a, back):
        back = None  # s34: "Meixner habe zu wenig zugehört, sagte der Kommunalpolitiker": not Meixner himself
    back = UA.newer_unnamed(table.sources, back, content, head_last, lows)  # s30: "…, the official said"
    if back is not None and back.type == "anonymous" and doc.language == "de" and _AGE.match(age) and (
            a == doc.sentences[doc.tokens[a].sent].first) and age.split("-")[0] not in (back.description or ""):
        back = SK.described_as(named_since(table, doc, a, back), head, lows) or back
    fresh = doc.language == "de" and back is not None and back.type == "person" and lows[0] in DEFINITE and (
        not plural) and (intro := ED.introduced_unnamed(doc, a, head)) is not None and back.mentions[
            -1].start < doc.tokens[intro].start
    back = None if fresh else back  # s31: "Der Forscher" after
    # "von einem niederländischen Sicherheitsforscher": someone new, not the person named before
    if doc.language == "de" and back is not None and back.type == "organization" and len(content) == 1 and (
            k := ED.compound_body_at(doc.tokens, a, head_last)) is not None and doc.tokens[
            k].start > back.mentions[-1].start:  # s28: "des Bundesverbands (BDL), Stefan Roloff. Der Verband
        back = ED.compound_body_before(table, doc, a, head_last, k) or back  # forderte Verdi auf": not Verdi
    back = CN.newer_company(table, doc, a, back, head_last, content)  # s31: "die Deutsche Bahn" after "der DWD"
    if doc.language == "de" and lows[0] in DEFINITE and _AGE.match(age) and (
            same := ED.same_age_name(doc.tokens, a, age)) is not None:
        back = table.resolve(doc, *same)  # s28: "Der 49-jährige Markus L. …" paragraphs before "Der 49-Jährige"
    if doc.language == "de" and ED.someone_new(doc.tokens, heads, b):
        back, plural = None, True  # s24: "Der Anwalt eines Beschuldigten": someone new, no one named before
    if doc.language == "de" and lows[0] in DEFINITE and not plural and heads:
        newer = SK.described_as(RD.newer_name(table, doc, a, head, back), head, lows)  # round 16: gender
        back = RD.introduced_as(table, doc, a, head, newer or back)  # round 11, 15
        back = back if SK.gender_fits(back, head, lows) else None  # s9: "die Abgeordnete" is no Peter
    trade = doc.language == "de" and not plural and ED.trade_epithet(lows, head) and not fresh  # "Der Arzt"
    if back is None and lows[0] in DEFINITE and not plural and (titled_ or is_person_role(head) or trade):
        aged_en = doc.language == "en" and bool(AGE_EN.match(words[-1]))  # s21: "the 52-year-old told …"
        far = aged_en or doc.language == "de" and ("-" in head or titled_ or trade or head.endswith(
            ED.FAR_EPITHETS) or lows[2:3] == ["des"] and ED.titled_opening(doc, a))  # s24 (trade): "sagt
        # Studienleiter Henrik A. …. Der Endokrinologe betont"; s30: "die Vorsteherin des … Departements des Innern"
        # s7: epithets ("die 78-Jährige") for someone named before; s13: not after "gegen Mackenzie McDonald"
        tagged = trade and (a > 0 and doc.tokens[a - 1].text.lower() == "so" or ED.party_epithet(head))  # s26:
        # "…“, so der Psychiater"; "…“, schrieb der Liberale" after a long sentence about him
        bare_trade = trade and not any("jährig" in w.lower() for w in lows)  # not "die 41-jährige Pflegerin"
        reach = 60 if aged_en else 45 if tagged else (40 if bare_trade else 30) if far else 15
        # s21: English quotes run long between name and epithet; s26: a "so" tag after a long reported
        # sentence; s28: a trade or rank after one ("X, Sprecher der …, sagte …. „…“, betonte der Oberst")
        if far and doc.language == "de" and (_AGE.match(age) or trade):
            reach += sum(1 for t in doc.tokens[max(0, a - 60) : a] if t.quote)  # s22: nor count German ones
        if far and doc.language == "de" and (si := doc.tokens[a].sent) > 0:
            reach = max(reach, a - doc.sentences[ED.about_described(doc, si - 1)].first + 1)  # s28: "… Gerd
            # Kessler hat … verteidigt. Das Land müsse …, sagte der CDU-Politiker": the sentence before
        at = ED.past_own_message(doc, a)  # s30: "Der 23-jährige Hasan E. habe …, erklärte der Staatsanwalt"
        back = SK.described_as(table._named_before(doc, at, reach - a + at, not far or ED.relative_on_name(
            doc.tokens, a)), head, lows)  # s27: "ein Video von Dana Wolff, in dem die 31-Jährige behauptete"
        if doc.language == "de":  # s34: "konterte die Sozialdemokratin" past a CDU man quoted in between
            back = by_labels(table, doc, back, head, lows, span.start)
        if back is None and doc.language == "de" and lows[0] in ("die", "der") and _AGE.match(age):
            other_sex = "m" if lows[0] == "die" else "f"  # s27: "die 44-Jährige" past a man named in between; s34:
            # "… ist Klaus Dörrbecker als Zeuge vernommen worden. <a long sentence> „…“, sagte der 61-Jährige"
            back = table._named_before_unless(doc, a, ED.AGED_REACH, other_sex, oblique=False)
        if back is not None and doc.language == "en" and back.role and head[:6] not in back.role.lower() and (
                not aged_en):
            back = None  # "Tom Example, the housing spokesman. The minister …": someone else
        elif (
            back is not None
            and doc.language == "en"
            and not back.role
            and not AGE_EN.match(words[-1])
            and not EP.titled_near(doc, a, head)
        ):
            back = None  # "… President Volodymyr Zelensky. The minister told reporters": someone else
    if back is None and doc.language == "en" and lows[0] == "the" and lows[-1] == "mp" and len(lows) <= 3:
        back = table._named_before(doc, a, 40)  # s18: "Chris Grayling warned …. …, the Conservative MP said"
    if back is None and TD.plain_body(words) and CN.body_head(head_last, SK.BODY_NOUNS, doc.language == "de"):
        named = CN.body_in_sentence(doc, a, table._people(doc), head_last)  # r16: "X will cut …, the company said"
        back = table.resolve(doc, *named) if named is not None else None
        back = back if back is not None and back.type == "organization" else None
        back = None if back is not None and SK.another_kind(back, head) else back  # s7, s17
    back = None if owned else back  # s9: "Die Anwältin des Angeklagten Peter M." is someone new
    if back is None and doc.language == "de" and len(content) == 1 and lows[0] in ED.COMPOUND_ARTICLES:
        back = ED.compound_body_before(table, doc, a, head_last) or ED.name_opening(table, doc, a, content[0])
        # s24: "Das Ministerium bestätigte" after "aus dem Bundesgesundheitsministerium"; s25: "Die Diakonie"
    if back is None and doc.language == "de" and lows[0] in DEFINITE and not plural and head.lower() in ACCUSED:
        back = accused_named(table, doc, a)
    if back is None and doc.language == "de" and lows[0] in DEFINITE and not plural and own_group(lows, head):
        back = SK.described_as(table._named_before(doc, ED.past_own_message(doc, a), OWN_GROUP_REACH), head, lows)
    return back, plural


def named_in_own_message(doc, a: int, src: Source) -> bool:
    """The description at token a closes a sentence that names `src` before it ("Meixner habe zuletzt zu wenig
    zugehört, sagte der Kommunalpolitiker"): what the speaker says is about that person, so the speaker is someone
    else."""
    toks = doc.tokens
    if not src.name or a < 2 or toks[a - 1].pos not in ("VERB", "AUX") or toks[a - 2].text != ",":
        return False
    surname = src.name.split()[-1]
    first = doc.sentences[toks[a].sent].first
    return any(t.text == surname for t in toks[first : a - 2]) and not any(t.quote for t in toks[first : a - 2])


ACCUSED = frozenset("angeklagte angeklagter angeklagten beschuldigte beschuldigter beschuldigten".split())
ACCUSED_SENTENCES = 6
"""Sentences back to the one that names the accused."""


def accused_named(table, doc, a: int) -> Source | None:
    """S34: "Der 27 Jahre alte Dennis W. ist wegen Totschlags angeklagt. … „…“, sagte der Angeklagte": the person a
    sentence before names together with the charge ("angeklagt", "beschuldigt"); None when there is none."""
    toks = doc.tokens
    si = toks[a].sent
    for s in range(si - 1, max(-1, si - 1 - ACCUSED_SENTENCES), -1):
        sent = doc.sentences[s]
        if sent.start < doc.headline_end:
            break
        if not any(toks[k].text.lower().startswith(("angeklagt", "beschuldigt")) for k in range(sent.first, sent.last)):
            continue
        found = person_name_before(toks, sent.last, sent.last - sent.first, doc.language)
        if found is not None and found[0] >= sent.first:
            src = table.resolve(doc, *found)
            return src if src.type == "person" else None
    return None


OWN_GROUP_REACH = 45
"""Tokens back to the person a description with her or his own group names (`own_group`)."""


def own_group(lows: list[str], head: str) -> bool:
    """S34: "die innenpolitische Sprecherin ihrer Fraktion", "der Vorsitzende seiner Partei": a role in the group of
    the person it describes (the possessive agrees with the role's gender), so someone named before, not someone new
    ("der Sprecher ihrer Partei" is another person)."""
    h = head.lower()
    if h not in lows:
        return False
    after = lows[lows.index(h) + 1 :]
    female = h.endswith("in") or h.endswith("frau")
    return any(w in (("ihrer", "ihres") if female else ("seiner", "seines")) for w in after[:2])


def named_since(table, doc, a: int, unnamed: Source) -> Source | None:
    """S34: the person named after an unnamed speaker, whom an age before token a describes: "Ein Abgeordneter
    sagte, die Sache könne für Minister Felix Waldner gefährlich werden. Der 47-Jährige, der …" is Waldner: an age
    that opens a sentence takes up the person named last (not "„…“, sagte der 58-Jährige" after "Ein Anwohner sagte,
    er habe Peter Müller …", nor an age the unnamed speaker was given: "Ein 58-jähriger Anwohner")."""
    found = person_name_before(doc.tokens, a, 40, doc.language)
    if found is None or doc.tokens[found[0]].start < unnamed.mentions[-1].end:
        return None
    src = table.resolve(doc, *found)
    return src if src.type == "person" else None


PARTY_EPITHETS = {"sozialdemokrat": ("spd", "spö", "sp"), "christdemokrat": ("cdu", "csu", "cvp"),
                  "christsozial": ("csu",), "liberale": ("fdp", "neos"), "grüne": ("grüne", "grünen")}
"""A party member's noun and the party labels that name that party (German, Austrian, Swiss)."""

PARTY_FORMS = {"grüne": ("grüne", "grünen"), "grünen": ("grüne", "grünen"), "linke": ("linke", "linken"),
               "linken": ("linke", "linken")}
"""Party labels with two forms ("Grünen-Politikerin", "Petra Vossberg (Grüne)")."""

CHIEF_TAILS = ("chef", "chefin", "sprecher", "sprecherin", "gründer", "gründerin", "manager", "managerin")
"""Heads of "Vantera-Chef": a role in the firm the first part names."""

NO_FIRM = frozenset("us eu un uno ex vize ko co bundes landes kreml nato".split())
"""First parts of a role that name no firm ("US-Präsident", "Ex-Chef")."""

MEMBER_REACH = 2000
"""Characters back to the member an epithet describes."""


def epithet_labels(head: str) -> tuple[str, ...] | None:
    """S34: the labels an epithet names its person's party or firm by: "die Sozialdemokratin" (SPD), "der
    CSU-Politiker" (CSU), "der Vantera-Chef" (vantera); None for other descriptions."""
    low = head.lower()
    first, _, last = low.partition("-")
    if last and first in ED.PARTIES:
        return PARTY_FORMS.get(first, (first,))
    if last and last in CHIEF_TAILS and first.isalpha() and first not in NO_FIRM and first not in ED.PARTIES:
        return (first,)
    base = low.removesuffix("in") if low.endswith("in") else low.removesuffix("n")
    return next((labels for noun, labels in PARTY_EPITHETS.items() if base.endswith(noun)), None)


def member_labels(doc, src: Source) -> set[str]:
    """The parties and firms a person's role and mentions name ("SPD-Fraktionsvize", "Karsten Vogt (SPD)",
    "Rheinfels-Vorstandschef")."""
    texts = [src.role or "", *(m.text for m in src.mentions), *(doc.text[m.end : m.end + 8] for m in src.mentions)]
    words = " ".join(texts).replace("(", " ").replace(")", " ").split()
    labels = {w.lower() for w in words if w.lower() in ED.PARTIES}
    prefixes = (w.split("-", 1)[0] for w in words if "-" in w and w[:1].isupper())  # "Rheinfels-Vorstandschef"
    return labels | {p.lower() for p in prefixes if p.isalpha() and p.lower() not in NO_FIRM}


def by_labels(table, doc, back: Source | None, head: str, lows: list[str], at: int) -> Source | None:
    """`back`, unless the epithet names a party or firm (`epithet_labels`) and `back` is labelled with others only:
    then the person last named with one of its labels, if any."""
    labels = epithet_labels(head)
    if labels is None:
        return back
    party = labels[0] in ED.PARTIES  # a party's member, else a firm's
    own = {w for w in member_labels(doc, back) if (w in ED.PARTIES) == party} if back is not None else set()
    if own and not own & set(labels):  # labelled with another party (another firm), not merely a place or office
        back = None
    return back or SK.described_as(labelled_member(table, doc, labels, at), head, lows)


def labelled_member(table, doc, labels: tuple[str, ...], at: int) -> Source | None:
    """The person last mentioned before `at` (within MEMBER_REACH) whose role or mentions name one of `labels`."""
    found, found_at = None, -1
    for src in table.sources:
        seen = [m.start for m in src.mentions if m.start < at and at - m.start <= MEMBER_REACH]
        if src.type == "person" and src.name and seen and seen[-1] > found_at and member_labels(doc, src) & set(labels):
            found, found_at = src, seen[-1]
    return found
