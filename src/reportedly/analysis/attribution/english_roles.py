"""English definite role nouns, round 12: "the minister", "the judge" as the speaker (and papers and
posts by their head noun, `english_kinds`).

The shared lookup (`speakers.refer_back`) falls back on the person named last, so in "Judge Anna Berg
heard the case. Tom Example said … The judge said …" the judge became Tom Example. Here such a
description resolves to the person the text introduced with that role — a title before the name
("Foreign Minister Jane Doe", "foreign minister Jane Doe"), an apposition after it ("Jane Doe, the
foreign minister,") or before it ("the foreign minister, Jane Doe,"); otherwise it stays an unnamed
holder of that office: typed person (an identifiable office is no anonymous source, see
docs/attribution.md), role the noun, name null. `EnglishTable` is the engine's SourceTable for English
articles only, so German output is untouched.
"""

from __future__ import annotations

import re

from ..outlets import outlet_registry
from . import english_pronouns as EP
from .bodies_named_en import body_named_before
from .english_kinds import kind
from .lexicon import COMPANY_KINDS_EN
from .name_kinds import ORG_NAME_TAILS_EN
from .names import capital_name, known_first_name
from .names_before import person_name_before
from .nationalities import DEMONYMS_EN
from .sources import SourceTable
from .speakers import NEAR_CHARS, ORG_NOUNS, is_person_role
from .unnamed_again import spelled_in

ROLE_HEADS = frozenset(
    """minister secretary president judge senator governor mayor chancellor premier ambassador prosecutor
    general commander chairman chairwoman envoy pope sheriff coroner magistrate congressman congresswoman
    coach manager striker goalkeeper keeper midfielder defender winger captain quarterback pitcher
    councillor councilor councilman councilwoman mp mep frontbencher backbencher lawmaker""".split()
)
"""Roles with one holder in a story; "the spokesman", "the official" stay with the shared rules
(unnamed staff are anonymous)."""

QUALIFIERS = frozenset(
    """prime foreign defence defense interior finance health home justice deputy vice chief attorney
    district federal trial supreme economy energy education trade transport environment""".split()
)
"""Words of a description the introduction must share: "the prime minister" is not "Foreign Minister
Jane Doe"; a nationality ("the Israeli prime minister") need not be repeated."""

ABBREVIATED = {"sen.": ("senator",), "rep.": ("congressman", "congresswoman"), "gov.": ("governor",),
               "gen.": ("general",), "rev.": ("pastor",), "cllr": ("councillor",), "cllr.": ("councillor",)}
"""S23: "The senator" after "Sen. Marla Whitcombe": the role nouns an abbreviated title stands for."""
PLAYER_ROLES = frozenset("striker goalkeeper keeper midfielder defender winger quarterback pitcher".split())
PLAYER_REACH = 300
"""S23: "the striker" is the person mentioned last, within this many characters, when no one was introduced so."""
COMPANY_WORDS_EN = COMPANY_KINDS_EN | frozenset("grocer supermarket bank group".split())
"""What "the company", "the bank" refers back to."""
AGE_REACH = 600
"""S23: "the 27-year-old" with no age given before is the person mentioned last within this many characters."""
TITLE_MODIFIERS = frozenset("international national state federal senior chief general".split())
"""Capitalised words of a title ("the International Trade Secretary"), no party or club the person stands for."""
DESCRIBED_REACH = 1000
"""S24: how far back (characters) "the former paramedic" looks for "Name, a … former paramedic"."""
EPITHET_REACH = 400
"""S24: "the Democrat", "the Everton boss" is the person mentioned last within this many characters."""
LAWYERS = ("lawyer", "attorney", "counsel", "litigator")
TRADE_EPITHETS = frozenset("lawyer attorney litigator diplomat economist anaesthetist anesthetist surgeon veteran "
                           "politician actor actress singer representative housekeeper electrician plumber carpenter "
                           "mechanic".split())  # s30: "said Maria Delgado, 71, …. The retired hotel housekeeper said"
EPITHET_HEADS = TRADE_EPITHETS | DEMONYMS_EN | frozenset(  # s24: "The American, who is ranked No. 4"; s25: "The
    # retiree said", "The pollster, whose company …": the person just named
    "democrat republican boss mother father retiree grandmother grandfather widow pollster".split())
BACK_TOKENS = 600
"""How many tokens back an introduction is looked for (the distance is also capped at NEAR_CHARS)."""

_ARTICLES = frozenset("the a an".split())
OUTLET_NOUNS = frozenset("agency paper newspaper outlet site broadcaster network".split())
OWN_PIECES = frozenset("report article story paper".split())  # s23: "The paper said" after "The … Post reported"
REPORT_REACH = 1500


def _description(toks, a: int, b: int) -> tuple[str, set[str]] | None:
    """("minister", {"foreign"}) for "the foreign minister" spanning [a, b); None for anything else."""
    words = [t.text.lower() for t in toks[a:b]]
    if len(words) < 2 or words[0] != "the" or words[-1] not in ROLE_HEADS:
        return None
    mods = words[1:-1]
    if len(mods) > 3 or any(not w.isalpha() for w in mods) or any(w in ("new", "other") for w in mods):
        return None  # "the new coach": someone else than the one introduced
    return words[-1], {w for w in mods if w in QUALIFIERS}


def _name_run(toks, k: int, step: int, limit: int) -> tuple[int, int] | None:
    """A run of two or three capitalised name words starting at k and going in direction `step`."""
    run = []
    while len(run) < 4 and 0 <= k < limit and capital_name(toks[k]) and toks[k].text.lower() not in ROLE_HEADS:
        run.append(k)
        k += step
    if not 2 <= len(run) <= 3:
        return None
    return (min(run), max(run) + 1)


def _role_words(toks, k: int, lo: int) -> list[str]:
    """The words of a title ending at the role noun k, back to an article or non-title word."""
    out = []
    j = k - 1
    while j >= lo and len(out) < 3 and toks[j].text.isalpha() and toks[j].text.lower() not in _ARTICLES:
        if not (toks[j].text[:1].isupper() or toks[j].text.lower() in QUALIFIERS):
            break
        out.append(toks[j].text)
        j -= 1
    return out


def introduction(toks, a: int, head: str, quals: set[str]) -> tuple[int, int, str] | None:
    """Token range of the latest person introduced before token a with the role `head` (and the
    qualifiers), with the role's words; None when there is none."""
    lo = max(0, a - BACK_TOKENS)
    for k in range(a - 1, lo - 1, -1):
        t = toks[k]
        if (t.text.lower() != head and head not in ABBREVIATED.get(t.text.lower(), ())) or (
                toks[a].start - t.start > NEAR_CHARS):
            continue
        title = _role_words(toks, k, lo)
        if not quals <= {w.lower() for w in title} and not quals <= set(w.text.lower() for w in toks[k + 1 : k + 4]):
            continue
        role = " ".join([*reversed(title), t.text])
        run = _name_run(toks, k + 1, 1, a)  # "Foreign Minister Jane Doe"
        if run is None and k + 2 < a and toks[k + 1].text == ",":
            run = _name_run(toks, k + 2, 1, a)  # "the foreign minister, Jane Doe,"
        if run is None:  # "Jane Doe, the foreign minister,": the name before the comma and article
            j = k - len(title) - 1
            det = toks[j].text.lower() if j >= lo else ""
            if j - 1 >= lo and (det in _ARTICLES or det.endswith(("'s", "’s"))) and toks[j - 1].text == ",":
                run = _name_run(toks, j - 2, -1, a)
        if run is not None:
            return run[0], run[1], role
    return None


class EnglishTable(SourceTable):
    """SourceTable for English articles: definite role nouns resolve as the module docstring says."""

    def resolve(self, doc, a: int, b: int):
        toks = doc.tokens
        if b - a == 2 and toks[a + 1].text.lower() == "newspaper" and (
                named := self._paper_named(doc, a, b, doc.trimmed_span(toks[a].start, toks[b - 1].end))) is not None:
            return named  # s26: "…, seen by the Guardian, …, the newspaper reported": the Guardian
        paper = kind(toks, a, b)
        if paper is not None:  # "According to court filings", "a memo seen by Reuters", "A tweet from …"
            span = doc.trimmed_span(toks[a].start, toks[b - 1].end)
            outlet = self._outlets_piece(toks, a, b, span) or self._paper_named(doc, a, b, span)
            if outlet is not None:
                self.mention(outlet, span)
                return outlet
            return self.add(f"{paper}:{span.text.lower()}", None, paper, span, description=span.text)
        other = self._other_organization(doc, a, b) or self._body_named_before(doc, a, b)
        if other is not None:
            return other
        opening = self._company_opening(doc, a, b)
        if opening is not None:
            return opening
        aged = self._of_age(doc, a, b) or self._described_before(doc, a, b) or self._former_role(doc, a, b) or (
            self._role_acronym(doc, a, b))
        if aged is not None:
            return aged
        desc = _description(toks, a, b) if b - a <= 5 else None
        if desc is None:
            epithet = self._epithet(doc, a, b)
            return epithet if epithet is not None else super().resolve(doc, a, b)
        head, quals = desc
        span = doc.trimmed_span(toks[a].start, toks[b - 1].end)
        found = introduction(toks, a, head, quals)
        known = self._with_role(head, quals, toks[a].start)
        if found is not None and (known is None or toks[found[0]].start > known.mentions[-1].start):
            s, e, role = found
            person = super().resolve(doc, s, e)
            if person.type == "person" and person.name:
                person.role = person.role or role
                self.mention(person, span)
                return person
        if known is None and head in PLAYER_ROLES:  # s23: "Danquah, who has scored nine goals, said …. "…," the
            known = self._person_just_named(toks[a].start, PLAYER_REACH)  # striker said": a player named just before
        if known is None and b - a == 3 and toks[a + 1].text[:1].isupper() and toks[a + 1].text.isalpha() and (
                toks[a + 1].text.lower() not in QUALIFIERS | TITLE_MODIFIERS):
            known = self._person_just_named(toks[a].start, EPITHET_REACH)  # s24: "the Labour minister" after
            # "Health Secretary Martin Gale", "the Everton manager" after "Everton boss Rob Hartley"
        if known is not None:
            self.mention(known, span)
            return known
        key = "office:" + " ".join(t.text.lower() for t in toks[a + 1 : b])
        return self.add(key, None, "person", span, description=span.text, role=toks[b - 1].text)

    def _role_acronym(self, doc, a: int, b: int):
        """S31: "the CEO" after "Chief Electoral Officer Rakesh Kumar Sinha", "the SSP" after "Senior Superintendent
        of Police Anand Kumar Pandey": the person whose role's capitals the acronym spells."""
        toks = doc.tokens
        label = toks[a + 1].text if b - a == 2 else ""
        if toks[a].text.lower() != "the" or not (2 <= len(label) <= 5 and label.isalpha() and label.isupper()):
            return None
        at = toks[a].start
        person = next((s for s in reversed(self.sources) if s.type == "person" and s.name and s.role and any(
            m.start < at for m in s.mentions) and spelled_in(label, s.role)), None)
        if person is not None:
            self.mention(person, doc.trimmed_span(toks[a].start, toks[b - 1].end))
        return person

    def _company_opening(self, doc, a: int, b: int):
        """S23: "Fernhill Markets will close 23 stores …, the regional grocer said": "the company", "the grocer" with no
        organisation named before is the company whose name opens the sentence (or the one before)."""
        toks = doc.tokens
        if b - a > 3 or toks[a].text.lower() != "the" or toks[b - 1].text.lower() not in COMPANY_WORDS_EN:
            return None
        if any(s.type == "organization" and s.name for s in self.sources):
            return None
        si = toks[a].sent
        for sent in (doc.sentences[si], doc.sentences[si - 1] if si else None):
            if sent is None:
                continue
            k = sent.first
            while k < sent.last and toks[k].text[:1].isupper() and toks[k].text.isalpha() and k - sent.first < 4:
                k += 1
            if k - sent.first >= 2 and toks[k - 1].text.lower() in ORG_NAME_TAILS_EN:
                found = super().resolve(doc, sent.first, k)
                if found.type == "organization":
                    self.mention(found, doc.trimmed_span(toks[a].start, toks[b - 1].end))
                    return found
        return None

    def _epithet(self, doc, a: int, b: int):
        """S24: wire copy names a person, then calls them by party, trade or club: "The Democrat said", "the Ohio
        Republican wrote", "the Everton boss said", "the civil rights lawyer said", "The 31-year-old anaesthetist
        said". Such a description is the person named last close by (a lawyer first the one with that role)."""
        toks = doc.tokens
        words = [t.text for t in toks[a:b]]
        if [w.lower() for w in words[:3]] in (["the", "mother", "of"], ["the", "father", "of"]) and len(words) == 4:
            words = words[:2]  # s24: '"…," the mother of two said': the person just named
        elif not 2 <= len(words) <= 6 or words[0].lower() != "the" or words[-1].lower() not in EPITHET_HEADS:
            return None
        if not all(w.replace("-", "").isalnum() for w in words[1:-1]):
            return None
        head = words[-1].lower()
        if head in TRADE_EPITHETS and len(words) == 2:
            return None  # "the lawyer" alone: the shared rules (a role, or an unnamed person)
        at = toks[a].start
        known = None
        if head in LAWYERS:
            known = next(filter(None, (self._with_role(w, set(), at) for w in LAWYERS)), None)
        known = known or self._closest_person(doc, a, EPITHET_REACH)
        if known is None:  # "a swift rebuke from Senator Carl Bridger. "…," the Ohio Republican wrote"
            named = person_name_before(toks, a, 60, "en")
            first = next((j for j in range(*named) if known_first_name(toks[j].text)), None) if named else None
            surname = None
            if first is None:  # s26: "Garrity, a businessman, …. …, the Republican said" after "Tom Garrity"
                full = self._full(doc)
                surname = next((j for j in range(a - 1, max(0, a - 60) - 1, -1) if " " in full.get(toks[j].text, "")
                                and toks[j].text[:1].isupper()), None)
                first, named = (surname, (surname, surname + 1)) if surname is not None else (None, named)
            if first is None or (named[1] - first < 2 and surname is None):
                return None
            known = super().resolve(doc, first, named[1])  # "Senator Carl Bridger": from the first name on
            if known.type != "person" or not known.name:
                return None
        if known is None:
            return None
        self.mention(known, doc.trimmed_span(at, toks[b - 1].end))
        return known

    def _former_role(self, doc, a: int, b: int):
        """S25: "Secretary-General Henrik Vallgren told …. …, the former Norwegian defense minister acknowledged": a
        past office describes the person named last close by (a present one may be someone else's)."""
        toks = doc.tokens
        words = [t.text.lower() for t in toks[a:b]]
        if not 3 <= len(words) <= 6 or words[:2] != ["the", "former"] or not is_person_role(words[-1]):
            return None
        known = self._closest_person(doc, a, EPITHET_REACH)
        same = self._same_head_unnamed(toks[a].start, words[-1])
        if same is not None and (known is None or same.mentions[-1].start > known.mentions[-1].start):
            known = same  # s27: "A former Halbrook program manager, who spoke on condition of anonymity, said …"
        if known is not None:
            self.mention(known, doc.trimmed_span(toks[a].start, toks[b - 1].end))
        return known

    def _same_head_unnamed(self, at: int, head: str):
        """The unnamed source mentioned last before `at` (within the epithet reach) whose mention's last word is
        `head`: "the former manager" after "A former Halbrook program manager"."""
        found = [s for s in self.sources if s.type == "anonymous" and s.mentions and s.mentions[-1].start < at
                 and at - s.mentions[-1].start <= EPITHET_REACH
                 and s.mentions[0].text.rsplit(None, 1)[-1].lower() == head]
        return max(found, key=lambda s: s.mentions[-1].start, default=None)

    def _described_before(self, doc, a: int, b: int):
        """S24: "the former paramedic" after "Naomi Achterberg, a 41-year-old former paramedic, took 16,204 votes": the
        person an apposition before described with the same words (no source yet, so no role to match)."""
        toks = doc.tokens
        words = [t.text for t in toks[a:b]]
        if not 3 <= len(words) <= 4 or words[0].lower() != "the" or not all(w.isalpha() and w.islower() for w in
                                                                           words[1:]):
            return None
        at = toks[a].start
        pattern = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), an? [^,.;]{0,40}?\b" + re.escape(
            " ".join(words[1:])) + r"\b")
        hits = list(pattern.finditer(doc.text, max(0, at - DESCRIBED_REACH), at))
        if not hits:
            return None
        start, end = hits[-1].span(1)
        k = next((j for j in range(a - 1, -1, -1) if toks[j].start == start), None)
        e = next((j for j in range(k, a) if toks[j].end == end), None) if k is not None else None
        if k is None or e is None or not known_first_name(toks[k].text):
            return None
        found = super().resolve(doc, k, e + 1)
        if found.type != "person" or not found.name:
            return None
        self.mention(found, doc.trimmed_span(at, toks[b - 1].end))
        return found

    def _surname_subject(self, doc, a: int):
        """The person whose surname alone opens the sentence before token a's, as the subject of its verb, when the
        article gave the full name before ("Dominic Hale's equaliser …. Hale was in no mood …"); else None."""
        toks = doc.tokens
        si = toks[a].sent
        if si == 0:
            return None
        k = doc.sentences[si - 1].first
        w = toks[k]
        if not (w.text[:1].isupper() and w.text.isalpha()) or k + 1 >= len(toks) or toks[k + 1].pos not in (
                "AUX", "VERB"):
            return None
        for j in range(k - 1, max(0, k - 400), -1):
            if toks[j].text in (w.text, w.text + "'s", w.text + "’s") and known_first_name(toks[j - 1].text):
                src = super().resolve(doc, j - 1, j + 1)  # "Dominic Hale's": the possessive is dropped
                return src if src.type == "person" and src.name else None
        return None

    def _closest_person(self, doc, a: int, reach: int):
        """The person named last before token a: a source's mention, or (s24) a full name in the text after it that
        no event spoke yet ("For Kiara Moss, the vote came too late. The 34-year-old home health aide said …")."""
        toks = doc.tokens
        at = toks[a].start
        known = self._person_just_named(at, reach)
        named = person_name_before(toks, a, 40, "en")
        if named is None or not (known_first_name(toks[named[0]].text) or toks[named[1] - 1].text in self._people(
                doc)) or at - toks[named[0]].start > reach or (
                known is not None and known.mentions[-1].start >= toks[named[0]].start):
            return known
        j = named[0] - 1
        while j > 0 and toks[j].text.islower() and toks[j].pos in ("NOUN", "ADJ", "DET"):
            j -= 1
        if toks[j].pos == "ADP" and j != doc.sentences[toks[j].sent].first:
            return known  # "on the fitness of captain Jordan Pike": a name inside a phrase is no one who goes on
        if known is not None and EP.in_speaker_sentence(doc, toks[named[0]], known, known.mentions[-1].end, None):
            return known  # s30: "Adler … said Ridgeline had held talks with Chief Executive Karen Holt. '…,' the
            # 61-year-old investor said": a name in what the last speaker reported
        found = super().resolve(doc, *named)
        return found if found.type == "person" and found.name else known

    def _person_just_named(self, at: int, reach: int):
        """The named person mentioned last before `at`, within `reach` characters, or None."""
        people = [s for s in self.sources if s.type == "person" and s.name and s.mentions and s.mentions[-1].start < at]
        last = max(people, key=lambda s: s.mentions[-1].start, default=None)
        return last if last is not None and at - last.mentions[-1].start <= reach else None

    def _of_age(self, doc, a: int, b: int):
        """S23: "the 54-year-old" is the person the text gave that age after the name ("Rosalind Teague, 54,")."""
        words = [t.text for t in doc.tokens[a:b]]  # s23: also "The 54-year-old congresswoman"
        if len(words) not in (4, 5, 6, 7) or words[0].lower() != "the" or not words[1].isdigit() or words[2:4] != [
                "-", "year-old"] or not all(w.isalpha() for w in words[4:]):  # s24: "The 41-year-old Samoan diplomat",
            # "The 34-year-old home health aide"
            return None
        at = doc.tokens[a].start
        people = [s for s in self.sources if s.type == "person" and s.name and s.mentions and s.mentions[0].start < at]
        found = [s for s in people if re.search(rf"\b{re.escape(s.name.split()[-1])}, {words[1]}\b", doc.text[:at])]
        if not found:  # s29: "Hale was in no mood …. '…,' the 26-year-old told": the surname opening the sentence
            # before
            found = [s for s in [self._surname_subject(doc, a)] if s is not None]
        if not found:  # else the person named last, close by ("Tiago Ramalho … the 27-year-old wrote")
            found = [s for s in [self._closest_person(doc, a, AGE_REACH)] if s is not None]
        k = a  # s23: "written by former candidate Russell Teague, alleged …. "…," the 58-year-old wrote"
        while not found and (named := person_name_before(doc.tokens, k, 120 - (a - k), "en")) is not None:
            if known_first_name(doc.tokens[named[0]].text):  # the person just named (not "Marrowgate County")
                found = [s for s in [super().resolve(doc, *named)] if s.type == "person" and s.name]
            k = named[0]
        if len(found) != 1:
            return None
        self.mention(found[0], doc.trimmed_span(doc.tokens[a].start, doc.tokens[b - 1].end))
        return found[0]

    def _outlets_piece(self, toks, a: int, b: int, span):
        """S21: "…, the report said" right after "Bloomberg News reported …": the outlet's own piece is the outlet
        (as "der Bericht" after "Politico berichtet"), within REPORT_REACH characters of its last mention."""
        owner = b - a == 3 and toks[a + 1].text.lower().replace("’", "'").removesuffix("'s") in OUTLET_NOUNS
        if not (b - a == 2 or owner) or toks[a].text.lower() != "the" or toks[b - 1].text.lower() not in OWN_PIECES:
            return None  # s24: also "The agency's report suggested …" after "TASS … reported"
        prev = self.last("media", "document")
        if prev is None or prev.type != "media" or not prev.mentions or span.start - prev.mentions[-1].start > (
                REPORT_REACH):
            return None
        return prev

    def _paper_named(self, doc, a: int, b: int, span):
        """S26: "…, seen by the Guardian, …. The paper reported that …": "the paper" is the outlet named in the
        sentence before (in a phrase that made no source of it), not a document."""
        toks = doc.tokens
        if b - a != 2 or toks[a].text.lower() != "the" or toks[a + 1].text.lower() not in ("paper", "newspaper"):
            return None
        sent = toks[a].sent
        found = [entry for _s, _e, entry in outlet_registry().mentions(doc.text, doc.sentences[sent].start, span.start)]
        if not found:  # its own sentence first ("…, seen by the Guardian, …, the newspaper reported"), then the one
            start = doc.sentences[max(0, sent - 1)].start  # before, if it names only one outlet
            found = [entry for _s, _e, entry in outlet_registry().mentions(doc.text, start, span.start)]
            if len({e.name for e in found}) != 1:
                return None
        return self.add("media:" + found[-1].name, found[-1].name, "media", span)

    def _body_named_before(self, doc, a: int, b: int):
        """S28: "The European Medicines Agency has opened a review …, the agency said": "the agency" is the body
        the article named before, not yet as a speaker (names_en.body_named_before)."""
        toks = doc.tokens
        if not 2 <= b - a <= 3 or toks[a].text.lower() != "the" or (
                b - a == 3 and not toks[a + 1].text.endswith("-based")):
            return None  # s29: "The Amsterdam-based regulator said"
        body = body_named_before(toks, a, toks[b - 1].text.lower())
        if body is None:
            return None
        span = doc.trimmed_span(toks[a].start, toks[b - 1].end)
        key = "name:" + body.rsplit(" ", 1)[-1].lower()
        if (known := self.get(key)) is not None:
            self.mention(known, span)
            return known
        return self.add(key, body, "organization", span)

    def _other_organization(self, doc, a: int, b: int):
        """ "The government said … The company said …": "the company" is not the unnamed government the
        shared lookup would point back to (the organisation mentioned last). An unnamed organisation
        is only referred back to by its own noun; otherwise the description is an organisation of its own."""
        toks = doc.tokens
        if b - a != 2 or toks[a].text.lower() != "the" or toks[a + 1].text.lower() not in ORG_NOUNS:
            return None
        noun = toks[a + 1].text.lower()
        last = self.last("organization")
        if last is None or last.name or noun in (last.description or "").lower().split():
            return None
        span = doc.trimmed_span(toks[a].start, toks[b - 1].end)
        return self.add("org:" + noun, None, "organization", span, description=span.text)

    def _with_role(self, head: str, quals: set[str], at: int):
        """The latest named person whose role holds the noun (and the qualifiers), near `at`."""
        best = None
        for src in self.sources:
            words = set((src.role or "").lower().replace(",", " ").split())
            if src.type != "person" or not src.name or head not in words or not quals <= words:
                continue
            seen = [m.start for m in src.mentions if m.start < at]
            if seen and at - seen[-1] <= NEAR_CHARS and (best is None or seen[-1] > best[0]):
                best = (seen[-1], src)
        return best[1] if best else None

