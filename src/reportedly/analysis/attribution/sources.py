"""Source mentions: find the noun phrase of a speaker, type it and resolve it to one Source.

A Source is one real-world speaker with all its mentions: "General Mark Milley", "Milley" and
"er" share one id; "das Blatt" is the newspaper just named; "ein anderer Vertreter der
US-Regierung" is a new anonymous source with count 1 and affiliation "US-Regierung".
"""

from __future__ import annotations

from ...model import Source, SourceType, Span
from ..outlets import outlet_registry
from . import names as N
from .lexicon import (
    _AGE,
    ANON_HEADS,
    DETERMINERS,
    DOC_HEADS,
    HONORIFICS,
    MEDIA_HEADS,
    NP_INNER_POS,
    NUMBERS,
    ORG_HEADS,
    PRONOUNS,
    TITLES,
)
from .speakers import DEFINITE, is_person_noun, is_person_role, refer_back

QUOTES = frozenset('"„“”»«')
RELATIVES = frozenset("wo der die das dem den deren dessen who which where whose that".split())
GENERIC_GROUPS = frozenset("person people source sources quelle quellen kreise kreisen insider insiders".split())
"""Anonymous speakers that "he"/"er" does not refer back to."""


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def np_tokens(tokens, head: int, first: int, last: int) -> tuple[int, int]:
    """Token range [a, b) of the noun phrase around `head`, kept inside [first, last)."""
    a = head
    while a > first and (
        _np_inner(tokens[a - 1])
        or (tokens[a - 1].pos in ("ADV", "PART") and tokens[a].pos in ("ADJ", "ADV", "PART"))
    ):
        a -= 1
    while a < head and tokens[a].pos in ("ADV", "PART"):
        a += 1
    if (  # "der 48-Jährige" tokenised as 48 | - | Jährige
        a - 3 >= first
        and tokens[a - 1].text == "-"
        and tokens[a - 2].text.isdigit()
        and tokens[a - 1].start == tokens[a - 2].end
        and tokens[a - 3].text.lower() in DETERMINERS
    ):
        a -= 3
    b = head + 1
    while b < last:
        t = tokens[b]
        low = t.text.lower()
        if (
            _np_inner(t)
            and (t.pos in ("PROPN", "NOUN", "X", "NUM") or _capitalised(t))
            and t.text not in '„“"'
        ):
            b += 1
        elif (  # "VW-Betriebsratschefin und Aufsichtsrätin Daniela Cavallo"
            low in ("und", "and")
            and b + 2 < last
            and is_person_noun(tokens[head].text)
            and tokens[b + 1].text[:1].isupper()
            and tokens[b + 2].ent.endswith("PER")
        ):
            b += 2
        elif (  # 'des "Handelsblatts"', 'der „Süddeutschen Zeitung“'
            low in ("der", "des", "of", "the")
            and b + 3 < last
            and tokens[b + 1].text in QUOTES
            and _np_inner(tokens[b + 2])
        ):
            c = b + 2
            while c < last and c < b + 7 and tokens[c].text not in QUOTES:
                c += 1
            if c >= last or tokens[c].text not in QUOTES:
                break
            b = c + 1
        elif low in ("der", "des", "eines", "einer", "of", "the") and b + 1 < last and _np_inner(tokens[b + 1]):
            b += 1
            while b < last and _np_inner(tokens[b]) and tokens[b].text.lower() not in (",",):
                b += 1
        elif (
            low == ","
            and b + 1 < last
            and tokens[b + 1].pos == "PROPN"
            or (
                low == ","
                and b + 2 < last
                and not tokens[b + 1].pos
                and _capitalised(tokens[b + 1])
                and _capitalised(tokens[b + 2])
            )
        ):
            c = b + 1  # apposition: ", Generalleutnant Igor Konaschenkow,"
            while c < last and (
                tokens[c].pos in ("PROPN", "NOUN") or (not tokens[c].pos and _capitalised(tokens[c]))
            ):
                c += 1
            if c < last and tokens[c].text in (",", ")"):
                b = c
            break
        else:
            break
    return a, b


def _np_inner(tok) -> bool:
    if tok.pos:
        return tok.pos in NP_INNER_POS or tok.tag in ("PPOSAT", "PIAT", "PDAT")
    return tok.text.lower() in DETERMINERS or tok.text[:1].isupper() or tok.text.isdigit()


class SourceTable:
    """Creates and merges Sources while the engine runs; ids are stable within an article."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._by_key: dict[str, Source] = {}
        self._last_of: dict[str, Source] = {}

    def add(
        self,
        key: str,
        name: str | None,
        type_: SourceType,
        mention: Span | None,
        description: str | None = None,
        role: str | None = None,
    ) -> Source:
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
        self._last_of[src.type] = src
        self._last_of["any"] = src
        return src

    def mention(self, src: Source, mention: Span | None) -> None:
        if mention is not None and all(m.start != mention.start for m in src.mentions):
            src.mentions.append(mention)
            src.mentions.sort(key=lambda m: m.start)

    def get(self, key: str) -> Source | None:
        return self._by_key.get(key)

    def last(self, *types: str) -> Source | None:
        cands = [self._last_of[t] for t in types if t in self._last_of]
        return max(cands, key=lambda s: s.mentions[-1].start if s.mentions else -1) if cands else None

    def _last_individual(self, at: int) -> Source | None:
        """The most recently mentioned person, or anonymous individual ("ein Aktivist"); generic
        groups ("a person familiar", "sources", "Kreise") are not what "he"/"er" points to."""
        best, best_at = None, -1
        for src in self.sources:
            seen = [m.start for m in src.mentions if m.start <= at]
            if not seen:
                continue
            if src.type == "anonymous":
                desc = (src.description or "").lower().split()
                if src.count != 1 or not desc or desc[-1].rstrip(",") in GENERIC_GROUPS:
                    continue
            elif src.type != "person":
                continue
            if seen[-1] > best_at:
                best, best_at = src, seen[-1]
        return best

    def _named_before(self, doc, a: int, window: int = 15) -> Source | None:
        """The person named in the text just before token a ("an General Mark Milley: Der Vorsitzende
        …"), as a Source with that mention; None when no person name precedes within `window`."""
        found = N.person_name_before(doc.tokens, a, window, doc.language)
        if found is None:
            return None
        src = self.resolve(doc, *found)
        return src if src.type == "person" else None

    def resolve(self, doc, a: int, b: int) -> Source:
        """The Source of the mention tokens [a, b): typed, keyed and merged with earlier ones."""
        toks = doc.tokens[a:b]
        span = doc.trimmed_span(toks[0].start, toks[-1].end)
        words = [t.text for t in toks]
        lows = [w.lower() for w in words]
        content = [t for t in toks if t.text.lower() not in DETERMINERS]
        if len(toks) == 1 and lows[0] in PRONOUNS:
            if lows[0] in ("er", "he", "ihm", "she"):  # the latest single person, named or not
                prev = self._last_individual(span.start)
                if prev is None or not prev.name or span.start - prev.mentions[-1].start > 300:
                    prev = self._named_before(doc, a, 30) or prev  # a person named but not quoted yet
            elif lows[0] in ("it", "its"):
                prev = self.last("organization", "media", "document")
            elif lows[0] == "they":
                prev = self.last("anonymous", "organization", "person")
            else:
                prev = self.last("person", "anonymous", "organization", "media")
            if prev is not None:
                self.mention(prev, span)
                return prev
        reg = outlet_registry()
        for _s, e, entry in reg.mentions(doc.text, span.start, span.end):
            if e < len(doc.text) and doc.text[e] == "-":  # "Politico-Gegenüber" is not Politico
                continue
            return self.add("media:" + entry.name, entry.name, "media", span)
        for t in content:  # a surname or short name already known: "Milley", "laut Scheuer"
            low = t.text.lower()
            known = self._by_key.get("name:" + low) if t.text[:1].isupper() else None
            if known is None and t.text[:1].isupper() and low.endswith("s") and len(low) > 4:
                known = self._by_key.get("name:" + low[:-1])  # genitive: "Der Vorwurf Sardanas"
            if known is not None and (t.pos in ("PROPN", "") or t.ent != "O" or len(content) == 1):
                if known.type == "organization" and any(w.ent.endswith("PER") for w in content):
                    known.type = "person"  # "Trump" first, "US-Präsident Donald Trump" later
                self.mention(known, span)
                return known
        names = [
            t
            for t in content
            if (t.pos == "PROPN" and t.text.lower() not in HONORIFICS and not (t.ent == "O" and is_person_role(t.text)))
            or (t.ent.endswith("PER") or t.ent.endswith("ORG"))
            or (not t.pos and N.bare_name(t, toks))
        ]
        if doc.language == "en":
            names = N.english_names(content, doc.tokens)
        heads = [t for t in content if t.pos == "NOUN" or (not t.pos and t.text[:1].isupper())]
        if (
            names
            and heads
            and lows[0] in DEFINITE
            and heads[0].i < names[0].i
            and not any(t.text == "," for t in toks)
            and any(w in ("des", "der", "of") for w in lows[heads[0].i - toks[0].i + 1 : names[0].i - toks[0].i])
        ):
            back = refer_back(self, heads[0].text, lows, N.plural(heads[0]), span.start, strict=True)
            back = back or self._named_before(doc, a)
            if back is not None:  # "Der Vorsitzende des Vereinigten Generalstabs" = the person just named
                self.mention(back, span)
                return back
            if is_person_noun(heads[0].text):  # "der Staatsanwalt des Distrikts Nord": no name of his own
                names = []
        if doc.language == "en":  # English heads come last: "the state's energy experts"
            heads = [
                t
                for t in content
                if t.pos in ("NOUN", "PROPN") or t.text.lower() in ANON_HEADS or is_person_noun(t.text)
            ]
            stop = next((t.i for t in toks if t.text.lower() in ("of", ",", "in", "at", "from", "who", "with")), b)
            pre = [t for t in heads if t.i < stop]
            people = [t for t in pre if t.text.lower() in ANON_HEADS or is_person_noun(t.text)]
            heads = ((people or pre)[-1:] + [t for t in heads if t.i >= stop]) or heads
        head = heads[0].text.lower() if heads else (content[-1].text.lower() if content else lows[-1])
        head_last = head.rsplit("-", 1)[-1]
        if head_last not in ANON_HEADS and head_last.endswith("s") and head_last[:-1] in ANON_HEADS:
            head_last = head_last[:-1]  # genitive: "eines Politico-Gegenübers"
        comma = next((t.i for t in toks if t.text == ","), None)
        after = [t for t in names if comma is not None and t.i > comma]
        if after and after[0].i - comma <= 2 and doc.tokens[comma + 1].text.lower() not in RELATIVES:
            names = [t for t in names if t.i > comma]  # apposition: "Der Sprecher, Igor K."
        elif names and heads and head_last in ANON_HEADS and names[0].i > heads[0].i:
            names = []  # "ein Sprecher der Bundeswehr"
        affiliation = None
        if (
            doc.language == "en"
            and names
            and heads
            and heads[0].i > names[-1].i
            and (head in ANON_HEADS or is_person_noun(head))
        ):  # "one GOP operative", "a White House official": anonymous, affiliated with the name
            affiliation = " ".join(t.text for t in names)
            names = []
        if names:
            run = N.name_run(names, doc.tokens, b)
            if any(t.ent.endswith("PER") for t in run):  # "Aufsichtsrätin Daniela Cavallo": the tagged name
                while not run[0].ent.endswith("PER"):
                    run = run[1:]
            k = a - 1
            while k > 0 and doc.tokens[k].text in '"„“”»«':  # 'des "Handelsblatts"'
                k -= 1
            name = N.nominative(" ".join(t.text for t in run), lows, doc.tokens[k].text.lower() if a else "")
            if name != run[0].text and len(run) == 1 and any(True for _ in outlet_registry().mentions(name)):
                entry = next(outlet_registry().mentions(name))[2]
                return self.add("media:" + entry.name, entry.name, "media", span)
            key_word = name.rsplit(" ", 1)[-1].lower()
            type_ = N.name_type(run, name, [h for h in heads if h.i < run[0].i])
            if type_ == "media":
                return self.add("name:" + key_word, name, "media", span)
            is_org = type_ == "organization"
            existing = self.get("name:" + key_word)
            if existing is not None:
                if existing.type == "organization" and type_ == "person" and len(run) > 1:
                    existing.type = "person"  # "Trump" first, "US-Präsident Donald Trump" later
                if len(name) > len(existing.name or ""):
                    existing.name = name
                self.mention(existing, span)
                return existing
            before = words[: run[0].i - toks[0].i]
            role = " ".join(w for w in before if w.lower() not in DETERMINERS and w not in QUOTES).strip(" ,")
            return self.add(
                "name:" + key_word, name, "organization" if is_org else "person", span, role=role or None
            )
        if head_last in MEDIA_HEADS and lows[0] in ("das", "die", "dem", "der", "the"):
            prev = self.last("media")
            if prev is not None:
                self.mention(prev, span)
                return prev
        titled = _AGE.match(words[-1]) or head_last in TITLES
        plural = bool(heads) and N.plural(heads[0])
        back = refer_back(self, head, lows, plural, span.start)
        if back is None and lows[0] in DEFINITE and not plural and (titled or is_person_role(head)):
            back = self._named_before(doc, a)
        if back is not None:  # "der Minister", "der 48-Jährige", "der Konzern", "the company"
            self.mention(back, span)
            return back
        pronoun_head = lows[0] in ("einer", "eine", "one", "einige", "mehrere", "some", "several")
        if (
            head_last in ANON_HEADS
            or head in ANON_HEADS
            or is_person_noun(head_last)
            or (pronoun_head and any(is_person_noun(t.text) for t in content[1:]))  # "einer von ET-News' Insidern"
        ):
            desc = span.text
            definite = lows[0] in ("der", "die", "das", "dem", "den", "des", "the")
            if definite and not any(w in ("anderer", "andere", "another") for w in lows):
                for src in reversed(self.sources):
                    if src.type == "anonymous" and head_last in (src.description or "").lower():
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
            src.affiliation = affiliation or N.affiliation(words)
            return src
        key = " ".join(w for w in lows if w not in DETERMINERS)
        existing = self.get("desc:" + key)
        if existing is not None:
            self.mention(existing, span)
            return existing
        type_: SourceType = "unknown"
        if any(head_last.endswith(h) or h in key for h in ORG_HEADS):
            type_ = "organization"
        elif any(sum(c.isupper() for c in t.text) >= 2 and t.text.isalpha() for t in content):
            type_ = "organization"  # "der AStA", "das FWR": an acronym
        elif head_last.startswith("medien") or head_last.startswith("presse"):
            type_ = "media"  # "einem Medienbericht zufolge", "Presseberichten"
        elif head_last in DOC_HEADS or N.doc_noun(head_last):
            type_ = "document"
        elif head_last in MEDIA_HEADS:
            type_ = "media"
        elif lows == ["they"] or lows == ["sie"] and N.plural(toks[0]):
            type_ = "anonymous"  # an unnamed group
        elif (len(toks) == 1 and (toks[0].pos == "PRON" or lows[0] in PRONOUNS)) or titled:
            type_ = "person"
        return self.add("desc:" + key, None, type_, span, description=span.text)
