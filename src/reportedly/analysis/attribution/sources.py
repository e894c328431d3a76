"""Source mentions: find the noun phrase of a speaker, type it and resolve it to one Source.

A Source is one real-world speaker with all its mentions: "General Mark Milley", "Milley" and
"er" share one id; "das Blatt" is the newspaper just named; "ein anderer Vertreter der
US-Regierung" is a new anonymous source with count 1 and affiliation "US-Regierung".
"""

from __future__ import annotations

from ...language.tokenize import WEB_ADDRESS
from ...model import Source, SourceType, Span
from ..outlets import outlet_registry
from . import anonymous as A
from . import appositions_de as AP
from . import company_names as CN
from . import described_back as DB
from . import english_unnamed as EU
from . import epithets_de as ED
from . import name_kinds as NK
from . import names as N
from . import names_en as NE
from . import outlet_mentions as OM
from . import quoted_titles as QT
from . import speakers as SK
from . import types_de as TD
from . import unnamed_again as UA
from .description_types import SOCIAL_HEADS_EN, description_type
from .full_names import TITLE_GENDER as TITLES_EN
from .full_names import full_names_of, titled_full_name
from .known_names import UNNAMED_LINKS_EN, acronym_source, known_name, known_phrase
from .lexicon import (
    ANON_HEADS,
    ANON_HEADS_EN,
    CALENDAR_WORDS,
    DETERMINERS,
    HONORIFICS,
    NUMBERS,
    ORG_HEADS,
    ORG_NAMES_EN,
    ORG_NOUNS_EN,
    PRONOUNS,
)
from .phrase_tails import place_of_org
from .phrases import np_tokens, truncated_part  # np_tokens re-exported: the engine and patterns import it here
from .pronoun_sources import pronoun_source
from .recency import RecentSources
from .speakers import DEFINITE, is_office, is_person_noun, is_person_role, lexicon_person_noun, refer_back

RELATIVES = frozenset("wo der die das dem den deren dessen who which where whose that".split())

NO_ONE = frozenset("kein keine keiner niemand no nobody none".split())
"""First words of a description that names no one."""


class SourceTable(RecentSources):
    """Creates and merges Sources while the engine runs; ids are stable within an article."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._by_key: dict[str, Source] = {}
        self._added: list[Source] = []  # every Source a mention resolved to, in that order (one a later "sie" or
        # "er" can mean; s18: read with its current type, as a name first typed a person may be a company)
        self._cache: tuple[int, dict] = (0, {})

    def _per_doc(self, doc, key: str, make):
        """Computed once per document: names.person_words ("people"), names.full_names ("full")."""
        if self._cache[0] != id(doc):
            self._cache = (id(doc), {})
        if key not in self._cache[1]:
            self._cache[1][key] = make()
        return self._cache[1][key]

    def _people(self, doc) -> frozenset[str]:
        en = doc.language == "en"
        return self._per_doc(doc, "people", lambda: N.person_words(doc.tokens) | (
            NE.english_person_words(doc.tokens) if en else frozenset()))

    def _body_before(self, doc, a: int, head: str) -> Source | None:
        """The organisation `body_in_sentence` finds for a body noun at token a, or None."""
        back = self.resolve(doc, *named) if (named := CN.body_in_sentence(doc, a, self._people(doc), head)) else None
        return back if back is not None and back.type == "organization" else None

    def _full(self, doc) -> dict[str, str]:
        return full_names_of(doc)

    def add(self, key: str, name: str | None, type_: SourceType, mention: Span | None, description: str | None = None,
            role: str | None = None) -> Source:
        src = self._by_key.get(key)
        if src is None:
            src = Source(
                id=f"s{len(self.sources) + 1}",
                name=name,
                type=type_,
                mentions=[],
                description=description,
                role=role,
            )
            self.sources.append(src)
            self._by_key[key] = src
        self.mention(src, mention)
        if role and not src.role:
            src.role = role
        if (description or "").split(" ", 1)[0].lower() not in NO_ONE:  # s11: "Kein Virologe hält sie …": no
            self._added.append(src)
        return src

    def _website(self, site: str, span: Span) -> Source:
        """A web address is the outlet it belongs to ("Spiegel.de", "bbc.co.uk") or a site of its own."""
        entry = OM.website_outlet(site)
        if entry is not None:
            return self.add("media:" + entry.name, entry.name, "media", span)
        return self.add("name:" + site.lower(), site, "media", span)

    def mention(self, src: Source, mention: Span | None) -> None:
        if mention is not None and all(m.start != mention.start for m in src.mentions):
            src.mentions.append(mention)
            src.mentions.sort(key=lambda m: m.start)

    def get(self, key: str) -> Source | None:
        return self._by_key.get(key)

    def last(self, *types: str) -> Source | None:
        cands = [next((s for s in reversed(self._added) if s.type == t), None) for t in types]
        cands = [s for s in cands if s is not None]
        return max(cands, key=lambda s: s.mentions[-1].start if s.mentions else -1) if cands else None

    def resolve(self, doc, a: int, b: int) -> Source:
        """The Source of the mention tokens [a, b): typed, keyed and merged with earlier ones; a bracketed
        acronym right after the mention names it too (s7: "Der Deutsche Wetterdienst (DWD)" … "der DWD")."""
        src = self._resolve(doc, a, b)
        if src.type == "organization" and (k := CN.bracketed_label(doc.tokens, a, b)) is not None:
            label = doc.tokens[k + 1].text
            self._by_key.setdefault("name:" + label.lower(), src)
            src.name = src.name or CN.spelled_acronym(doc.tokens, a, k, label)  # s31: "Verband Bildung und Erziehung"
        elif src.type == "organization" and src.name and src.name.isupper() and 2 <= len(src.name) <= 6:
            src.name = CN.spelled_before(doc, a, src.name) or src.name  # s31: "der DWD" = "Deutscher Wetterdienst"
        return src

    def _resolve(self, doc, a: int, b: int) -> Source:
        toks = doc.tokens[a:b]
        span = doc.trimmed_span(toks[0].start, toks[-1].end)
        toks = TD.without_buyer(toks) if doc.language == "de" else toks  # s26: "… im Auftrag der ARD": not the ARD
        words = [t.text for t in toks]
        lows = [w.lower() for w in words]
        content = [t for t in toks if t.text.lower() not in DETERMINERS]
        if doc.language == "de":  # round 16: "der in Hamburg lebende Autor": Hamburg names no one here
            content = TD.speaker_words(toks, content)
        ante = A.relative_antecedent(doc, toks, a)  # round 10: "zitierte einen Beamten, der sagte"
        if ante is not None:
            src = self.resolve(doc, *np_tokens(doc.tokens, ante.i, doc.sentences[ante.sent].first, ante.i + 1))
            self.mention(src, span)
            return src
        if len(toks) == 1 and lows[0] in PRONOUNS:  # s14: the demonstrative "die" ("Die schätzen …"): a group
            prev = self._last_group(span.start) if lows[0] == "die" else pronoun_source(
                self, doc, a, span.start, lows[0])
            if prev is not None:
                self.mention(prev, span)
                return prev
            if lows[0] in ("er", "he", "she"):  # s23: "Er habe …" with no one before it: no person named "Er"
                return self.add(f"pronoun:{span.start}", None, "person", span, description=span.text)
        if (entry := OM.mentioned_outlet(doc.text, span, content)) is not None:
            return self.add("media:" + entry.name, entry.name, "media", span)
        if (phrase := known_phrase(doc.text, span.start, span.end)) is not None:  # s34: "Ärzte ohne Grenzen"
            return self.add("name:" + phrase[0].lower(), phrase[0], "organization", doc.trimmed_span(span.start,
                                                                                                   phrase[1]))
        if doc.language == "de" and (kind_named := OM.named_after_kind(toks)) is not None:  # s17
            return self.add("name:" + kind_named[0].rsplit(" ", 1)[-1].lower(), *kind_named, span)
        site = next((t.text for t in content if "." in t.text and WEB_ADDRESS.fullmatch(t.text)), None)
        if site is not None and not any(is_person_noun(t.text) for t in content):
            return self._website(site, span)  # s12: "Wie von lokalo.de berichtet", "laut bild.de"
        if doc.language == "de" and (titled := QT.named_by_title(toks)) is not None:  # s13: the quoted title
            return self.add("name:" + titled[0].lower(), *titled, span, description=span.text)  # names it
        if (known := known_name(self, doc, content, a, b)) is not None:  # "Milley", "laut Scheuer"
            self.mention(known, span)
            return known
        names = [
            t
            for t in content
            if (
                (t.pos == "PROPN" and t.text.lower() not in HONORIFICS)
                and not ((t.ent in ("O", "I-LOC") or "-" in t.text) and is_person_role(t.text))  # s24: "die
                # SP-Nationalrätin"; s32: "die 47-jährige Zürcher Nationalrätin" (tagged a place)
                or (t.ent.endswith(("PER", "ORG")) and not TD.title_noun(t))  # s23: not "Bruder"
                or (not t.pos and N.bare_name(t, toks))
                or (doc.language == "de" and TD.title_surname(doc.tokens, t, content))  # s9: "Parteichef Klingbeil"
            )
            and t.tag != "ADJA" and t.text not in QT.QUOTE_CLOSE  # "Russische Militärblogger"; s13: not "“"
            and t.text.lower() not in CALENDAR_WORDS  # s28: "seinem am Mittwoch veröffentlichten Jahresbericht"
            and not TD.common_noun_tagged_name(t, content)  # "Insider" (PROPN/NN); s32: "nach Angaben des Instituts"
            and not (doc.language == "de" and t.text.lower() in TD.OUTLET_WORDS)  # s16: "Der Blog Fefe"
            and not (doc.language == "de" and ED.person_noun_tagged_name(doc.tokens, t, a, lows[0]))  # s24
        ]
        if doc.language == "en":  # "Transport Secretary Grant Shapps", "Ofgem's chief executive, Jonathan Example"
            names = NE.mention_names(content, doc.tokens, self._people(doc))
            if names and all(t.text.lower() in A.SOCIAL_PLATFORMS for t in names) and any(
                    w in SOCIAL_HEADS_EN for w in lows):  # s34: "A Facebook post claims", "A post shared more than
                names = []  # 9,000 times on Facebook claims": the post, not the platform
        heads = [t for t in content if (t.pos == "NOUN" or (not t.pos and t.text[:1].isupper()) or (
            t.pos == "PROPN" and "-" in t.text and is_person_role(t.text))) and not truncated_part(doc.tokens, t)]
        heads = A.real_heads(heads, doc.tokens) if doc.language != "en" else heads  # "Regierungsnahe Quellen"
        heads = A.past_attribute(heads, doc.tokens, a)  # "eine mit der Sache vertraute Person"
        if (
            names
            and heads
            and lows[0] in DEFINITE
            and heads[0].i < names[0].i
            and not any(t.text == "," for t in toks)
            and any(w in ("des", "der", "of") for w in lows[heads[0].i - toks[0].i + 1 : names[0].i - toks[0].i])
            and not A.person_named(names)  # "… des Parlaments Alain Lamassoure": his own name
        ):
            back = refer_back(self, heads[0].text, lows, N.plural(heads[0]), span.start, strict=True)
            if back is None and (is_person_role(heads[0].text) or is_person_noun(heads[0].text)):
                back = self._named_before(doc, ED.past_own_message(doc, a))  # not for "das Gutachten des Instituts …"
            if back is not None:  # "Der Vorsitzende des Vereinigten Generalstabs" = the person just named
                self.mention(back, span)
                return back
            if is_person_noun(heads[0].text):  # "der Staatsanwalt des Distrikts Nord"
                names = []
        if doc.language == "en":  # English heads come last: "the state's energy experts"
            heads = [t for t in content if t.pos in ("NOUN", "PROPN") or t.text.lower() in ANON_HEADS
                     or t.text.lower() in ANON_HEADS_EN or is_person_noun(t.text)]
            stop = next((t.i for t in toks if t.text.lower() in NE.STOPS_EN or (t.tag == "VVG" and doc.tokens[
                t.i - 1].pos == "NOUN")), b)  # s31: "A Facebook post showing …"; s32: "… seen by Reuters"
            pre = [t for t in heads if t.i < stop]
            people = NE.people_heads(pre)
            heads = ((people or pre)[-1:] + [t for t in heads if t.i >= stop]) or heads
        head = heads[0].text.lower() if heads else (content[-1].text.lower() if content else lows[-1])
        head = SK.gender_base(head) if doc.language == "de" else head  # s11: "Expert*innen"
        head_last = head.rsplit("-", 1)[-1]
        if head_last not in ANON_HEADS and head_last.endswith("s") and head_last[:-1] in ANON_HEADS:
            head_last = head_last[:-1]  # genitive: "eines Politico-Gegenübers"
        if names and heads and doc.language != "en" and names[0].i > heads[0].i and A.social_noun(heads[0].text, lows):
            names = []  # round 10: "einem Post auf Telegram": the platform is no speaker
        comma = next((t.i for t in toks if t.text == ","), None)
        after = [t for t in names if comma is not None and t.i > comma and not A.named_before_comma(names, comma)]
        if after and (doc.tokens[comma + 1].text.lower() not in RELATIVES or doc.tokens[comma + 1].tag == "ART") and (
            after[0].i - comma <= 2 or AP.described_name(doc.tokens, comma, after[0].i)
        ):  # round 18: "Der Sprecher, der langjährige Oberst Igor Petrow,": an article, not a relative
            names = [t for t in names if t.i > comma]  # apposition: "Der Sprecher, Igor K."
        elif (
            names
            and heads
            and (head_last in ANON_HEADS or (doc.language != "en" and A.anonymous_tail(head_last, lows, heads[0])) or (
                head_last in ANON_HEADS_EN and doc.tokens[heads[0].i + 1].text.lower() in UNNAMED_LINKS_EN))  # s24: "A
            and names[0].i > heads[0].i  # representative for Brandt", "an assistant to the actor Colton Brandt"
            and not (doc.language == "en" and names[0].i == heads[0].i + 1)  # "Kremlin spokesman Dmitry Peskov"
            and not ((names[0].ent.endswith("PER") or N.known_first_name(names[0].text)) and (  # s23: "Der Kritiker
                names[0].i == heads[0].i + 1 or AP.titles_then_name(doc.tokens, heads[0].i, names[0].i) or (
                    doc.language == "en" and NE.titles_between(doc.tokens, heads[0].i + 1, names[0].i))))  # s24:
            # "Army spokesman Brig. Gen. Tariq al-Nour"; "Der Kritiker Hartmut V.", "der Kreml-Sprecher Dmitri P.", r18
            and not (doc.language == "de" and len(names) == 1 and TD.title_surname(doc.tokens, names[0], content))
        ):  # s9: "Regierungssprecher Hebestreit" (no article, the name closing the mention) is named
            names = (TD.role_then_name(doc.tokens, a, b, heads, names) if doc.language == "de" else None) or []
            # "ein Sprecher der Bundeswehr"; s26: but "Anwohnerin Gerlinde Stadler" names her
        affiliation = None
        if doc.language == "en":  # "Labour Party's Rachel Reeves", "a White House official", "A UN report says"
            names, affiliation = EU.english_affiliation(names, heads, content, head, lows)
        if doc.language == "de" and names and heads and ED.owned_document(doc.tokens, heads[0], names[0]):
            names = []  # s25: "Berechnungen der EU-Kommission", "einer Studie der WHO": the document speaks
        if doc.language == "de" and (paper_of := TD.paper_owner(content)) is not None:  # s16: "Apples Patent":
            for _s, _e, entry in outlet_registry().mentions(paper_of.text[:-1]):  # a paper; "Politicos Bericht":
                return self.add("media:" + entry.name, entry.name, "media", span)  # the outlet's
            names = []
        owned = doc.language == "de" and bool(names) and A.owner_name(doc.tokens, a, names[0].i)
        if owned or (doc.language == "de" and names and heads and place_of_org(doc.tokens, heads, names[0].i)):
            names = []  # s9: "Ein Sprecher Selenskyjs", "Die Anwältin des Angeklagten Peter M.": not the speaker
        possessed = False
        if doc.language != "en" and names:  # "Russlands Präsident Wladimir Putin", "Kenias Regierung"
            names, possessed = N.drop_possessor(names, doc.tokens, b)
        if names:
            run = N.name_run(names, doc.tokens, b)
            if doc.language == "de":  # round 12: "Polizei Köln"; round 16: "die Vereinigten Staaten"
                run = TD.headed_name_run(doc.tokens, run, a)  # s26: "Vereinigung Cockpit"
                run = TD.founder_name_run(doc.tokens, TD.org_place_run(doc.tokens, run, a), a)  # s7: "Bertelsmann"
                run = TD.english_org_run(doc.tokens, TD.adjective_name_run(doc.tokens, run, a), a, b)
                run = TD.genitive_name_run(doc.tokens, run, b)  # s17: "Verband der Automobilindustrie (VDA)"
            if any(t.ent.endswith("PER") for t in run) and run[0].pos != "NOUN":  # "Aufsichtsrätin Daniela Cavallo"
                run = NK.tagged_name(doc.tokens, run, doc.language)  # s7: "Co-Vorsitzender Fabio De Masi" as one name
            k = run[0].i - 1  # the word before the name: "(einer Studie) des Instituts für X"
            while k > 0 and doc.tokens[k].text in '"„“”»«':  # 'des "Handelsblatts"'
                k -= 1
            name = NK.nominative(N.joined(run), lows, doc.tokens[k].text.lower() if k >= 0 else "")
            if doc.language == "en" and name.endswith(("'s", "’s")) and len(name) > 3:
                name = name[:-2]  # s28: "a third of Oostlicht's sales, the company said": the company, no "'s"
            if name != run[0].text and len(run) == 1 and any(True for _ in outlet_registry().mentions(name)):
                entry = next(outlet_registry().mentions(name))[2]
                return self.add("media:" + entry.name, entry.name, "media", span)
            key_word = name.rsplit(" ", 1)[-1].lower()
            before_nouns = [h for h in heads if h.i < run[0].i]
            before_nouns = before_nouns or [t for t in content if t.i < run[0].i and (t.pos == "NOUN" or (
                doc.language == "de" and t.text.lower() in TD.OUTLET_WORDS))]  # s16: "Der Blog (PROPN) Fefe"
            type_ = NK.name_type(run, name, before_nouns, self._people(doc), doc.language == "de", doc.tokens)
            if type_ == "person" and doc.language == "de":  # s14: "Hauptargument Berlusconis: …" is Berlusconi's
                name = NK.person_nominative(name, self._people(doc))
                key_word = name.rsplit(" ", 1)[-1].lower()
            if type_ == "person" and " " not in name and (full := self._full(doc).get(name)):  # round 16; s32: the
                name, key_word = full, full.rsplit(" ", 1)[-1].lower()  # first of two surnames ("Ibarra")
            if " " not in name and type_ == "person" and k >= 0 and doc.tokens[k].text.lower().rstrip(".") in TITLES_EN:
                name = titled_full_name(doc.tokens, name, doc.tokens[k].text) or name  # s22: "Mr Anderson"
            if doc.language == "en" and type_ != "media" and {t.text.lower() for t in run} & (
                    ORG_NAMES_EN | ORG_NOUNS_EN):  # "Hamas", "the United Nations"; s30: not "the Local Government
                type_ = "organization"  # Chronicle"
            if type_ == "organization" and outlet_registry().broadcaster_acronym(name):
                type_ = "media"  # s28: "According to the ABC", "told the ABC"
            if type_ == "media":
                return self.add("name:" + key_word, name, "media", span)
            is_org = type_ == "organization"
            existing = self.get("name:" + key_word) or (acronym_source(self, name) if is_org else None)  # s19: WHO
            if existing is not None and is_org and A.other_org(existing, name):
                key_word, existing = name.lower(), self.get("name:" + name.lower())  # round 15: "Pro Bahn"
            elif existing is not None and not is_org and A.other_person(existing, name):
                key_word, existing = name.lower(), self.get("name:" + name.lower())  # s7: "Jane Thun", "Max Thun"
            if existing is not None:
                if existing.type == "organization" and type_ == "person" and (
                    len(run) > 1 or any(is_person_noun(h.text) for h in before_nouns)
                ):  # "Sardana" first, "der Exlobbyist Sardana" later
                    existing.type = "person"  # "Trump" first, "US-Präsident Donald Trump" later
                if len(name) > len(existing.name or ""):
                    existing.name = name
                self.mention(existing, span)
                return existing
            return self.add(
                "name:" + key_word, name, "organization" if is_org else "person", span,
                role=None if is_org else N.person_role(doc, toks, run),
            )
        agency_en = doc.language == "en" and head_last == "agency" and "news" not in lows and "press" not in lows
        titled_outlet = doc.language == "de" and QT.media_title(doc, toks) is not None
        if N.outlet_described(head_last, lows) and not titled_outlet and not (agency_en and len(lows) > 2):  # s19: "des
            # Magazins", "des Blattes"; s32: not "the INDEC statistics agency"
            prev = ED.agency_named_before(self, doc, a, head_last) or self.last("media")  # "the agency" is the news
            # agency just named, else a government agency; s29: "die Agentur" after "Die Ratingagentur Moody's"
            if doc.language == "de" and (named := OM.outlet_named_before(self, doc, a)) is not None:
                prev = named  # s23: "Ganz anders die „Neue Ostholsteiner Zeitung“. Das Blatt meint …": the paper
            # named just before; round 18: not 'Das ZDF-Magazin „Frontal“', which names its own outlet
            if prev is not None and not (agency_en and span.start - prev.mentions[-1].start > 1500):
                self.mention(prev, span)
                return prev
        after_prep = a > 0 and doc.tokens[a - 1].text.lower() in ("im", "vom", "zum")
        if doc.language != "en" and head_last in ED.REPORT_NOUNS and len(content) == 1 and (
                lows[0] in DEFINITE or after_prep):
            piece = ED.own_piece(self, doc, a, span, head_last)  # "Politico berichtet … Im Bericht werden …"
            if piece is not None:
                self.mention(piece, span)
                return piece
        titled = DB.titled(doc, words, lows, head_last)
        described = DB.Description(a, b, span, words, lows, content, heads, head, head_last, owned, titled)
        back, plural = DB.earlier_source(self, doc, described)
        if back is not None:  # "der Minister", "der 48-Jährige", "der Konzern", "the company"
            self.mention(back, span)
            return back
        if (
            (lows[0] in ("der", "die", "dem", "den", "des", "the") or possessed)
            and heads
            and not plural
            and (is_office(heads[0].text) or lows[0] == "des" and is_office(heads[0].text[:-1]))  # s7: "des Ministers"
            and not any(w in ("anderer", "andere", "another", "former", "ehemalige", "ehemaliger") for w in lows)
        ):  # "der Innenminister", "die Bürgermeisterin von X", "the mayor": an identifiable office holder
            role = heads[0].text if is_office(heads[0].text) else heads[0].text[:-1]  # "des Ministers": Minister
            words = [role.lower() if w == heads[0].text.lower() else w for w in lows if w not in DETERMINERS]
            key = "office:" + " ".join(words)
            return self.add(key, None, "person", span, description=span.text, role=role)
        pronoun_head = lows[0] in ("einer", "eine", "one", "einige", "mehrere", "some", "several")
        if head_last == "militärs" or (head_last == "militär" and lows[0] in ("ein", "einem", "eines")):
            head_last = "militär (person)"  # "ein ranghoher Militär", "Militärs": officers, not the armed forces
        if doc.language == "en" and (office := EU.possessed_office(self, lows, span, affiliation)) is not None:
            return office  # s18: "Prime Minister Benjamin Netanyahu's office said": the office, no unnamed minister
        if (
            head_last in ANON_HEADS
            or (doc.language == "en" and (head_last in ANON_HEADS_EN or head_last == "mp" and lows[0] in EU.A_ONE))
            or head_last == "militär (person)"
            or (doc.language != "en" and A.leadership_group(head_last))  # s24: "Aus der BSW-Landesspitze hieß es"
            or head in ANON_HEADS
            or is_person_noun(head_last)
            or N.anonymous_noun(head_last, lows)
            or (doc.language != "en" and lexicon_person_noun(head_last) and not head_last.endswith(ORG_HEADS))
            or (pronoun_head and any(is_person_noun(t.text) for t in content[1:]) and not N.doc_noun(head_last))
            # "einer von ET-News' Insidern"; s34: not "einer Studie des Instituts für Seefahrtskunde" (a "Kunde")
            or ((pronoun_head or lows[0] in NUMBERS) and lows[-1] in N.GROUP_PRONOUNS)  # "Two of them said"
            or lows[0] in ("someone", "somebody", "jemand")  # "Someone familiar with the talks said"
            or (doc.language == "en" and lows[0] == "those" and len(lows) > 2)  # "Those familiar with …"
        ):
            desc = span.text
            definite = lows[0] in ("der", "die", "das", "dem", "den", "des", "the")
            if definite and not any(w in ("anderer", "andere", "another") for w in lows):
                for src in reversed(self.sources):
                    if src.type == "anonymous" and UA.same_unnamed(src.description, content, head_last):
                        self.mention(src, span)
                        return src
            src = self.add(f"anon:{span.start}", None, "anonymous", span, description=desc)
            src.count = next((NUMBERS[w] for w in lows if w in NUMBERS), None)
            if (
                src.count is None
                and len(lows) > 1
                and lows[0] not in ("mehrere", "einige", "several", "some")
            ):
                src.count = 1 if not head.endswith(("n", "e", "s")) or lows[0] in NUMBERS else None
            if doc.language != "en":  # round 10: "die Sprecherin" is one, "dem Umfeld des Kanzlers" a group
                src.count = A.count_de(src.count, head_last, heads[0] if heads else None, lows)
                src.count = None if A.leadership_group(head_last) else src.count
            if doc.language == "en":
                src.affiliation = affiliation or N.affiliation(words)
            else:  # round 10: "Regierungskreise" → Regierung, "des Ministeriums" → Ministerium
                tail = heads[0].text if heads else words[-1]
                src.affiliation = A.affiliation_de(words, tail, N.affiliation)
            return src
        if titled_outlet and (title := QT.media_title(doc, toks)) is not None:
            title = NK.nominative(title, lows)  # s31: "In der „Märkischen Oderzeitung“ ist zu lesen"
            return self.add("name:" + title.lower(), title, "media", span)  # s7: 'dem Fachmagazin „Kicker“'
        key = " ".join(w for w in lows if w not in DETERMINERS and w not in N.POSSESSIVES)  # s19: "Ihre Verteidigung"
        existing = self.get("desc:" + key)
        if existing is not None:
            self.mention(existing, span)
            return existing
        type_ = description_type(doc, toks, a, lows, content, heads, head_last, key, agency_en, titled)
        owner = A.information_owner(content[0].text) if len(content) == 1 and doc.language != "en" else None
        if type_ == "organization" and owner is not None and owner.isupper():  # s21: "Nach RKI-Angaben": the RKI
            known = self.get("name:" + owner.lower())
            if known is None:
                return self.add("name:" + owner.lower(), owner, "organization", span)
            self.mention(known, span)
            return known
        if type_ == "organization" and owner is not None:  # s22: "nach Unternehmensangaben" is "das Unternehmen"
            lows_ = ["das", owner.lower()]  # speaking, "nach Polizeiangaben" the police cited before
            back = self.get("desc:" + owner.lower()) or refer_back(self, owner, lows_, False, span.start) or (
                self._body_before(doc, a, owner.lower()) if owner.lower() in SK.BODY_NOUNS else None)
            if back is not None:
                self.mention(back, span)
                return back
        if type_ == "organization" and (named := CN.compound_company_name(content)):  # s17: "Der VW-Konzern"
            return self.add("name:" + named.rsplit(" ", 1)[-1].lower(), named, type_, span)
        return self.add("desc:" + key, None, type_, span, description=span.text)
