"""Source mentions: find the noun phrase of a speaker, type it and resolve it to one Source.

A Source is one real-world speaker with all its mentions: "General Mark Milley", "Milley" and
"er" share one id; "das Blatt" is the newspaper just named; "ein anderer Vertreter der
US-Regierung" is a new anonymous source with count 1 and affiliation "US-Regierung".
"""

from __future__ import annotations

import re

from ...model import Source, SourceType, Span
from ..outlets import outlet_registry

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen kein keine the a an this these those".split()
)
NP_INNER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"})
PRONOUNS = frozenset("er sie he she they ihm ihr".split())
ANON_HEADS = frozenset(
    """
beamte beamter beamten vertreter vertreterin sprecher sprecherin insider kreise kreisen quelle quellen
diplomat diplomaten mitarbeiter mitarbeiterin offizielle offizieller gegenüber informant informanten
regierungskreise regierungskreisen sicherheitskreise sicherheitskreisen ermittler experten experte
augenzeugen augenzeuge zeugen anwohner beobachter official officials source sources insiders aide aides
spokesperson spokesman spokeswoman diplomat diplomats person people analysts analyst experts witnesses
""".split()
)
MEDIA_HEADS = frozenset(
    "blatt zeitung zeitschrift magazin sender nachrichtenagentur agentur fernsehsender sendung portal "
    "newspaper paper magazine broadcaster agency outlet".split()
)
ORG_HEADS = (
    "ministerium",
    "regierung",
    "behörde",
    "polizei",
    "partei",
    "kreml",
    "unternehmen",
    "konzern",
    "gericht",
    "staatsanwaltschaft",
    "armee",
    "militär",
    "verband",
    "institut",
    "amt",
    "kommission",
    "botschaft",
    "bundeswehr",
    "nato",
    "uno",
    "rat",
    "weißes haus",
    "pentagon",
    "ministry",
    "government",
    "police",
    "company",
    "army",
    "military",
    "department",
    "agency",
    "office",
    "council",
    "court",
    "white house",
    "kremlin",
    "bank",
    "stiftung",
    "gewerkschaft",
)
DOC_HEADS = frozenset(
    "bericht studie dokument papier erklärung mitteilung umfrage report study document "
    "statement survey analyse".split()
)
NUMBERS = {
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "eines": 1,
    "einem": 1,
    "einen": 1,
    "a": 1,
    "an": 1,
    "one": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
TITLES = frozenset(
    "minister ministerin präsident präsidentin kanzler kanzlerin chef chefin vorsitzende vorsitzender "
    "general bürgermeister bürgermeisterin abgeordnete abgeordneter president minister chancellor".split()
)
_AGE = re.compile(r"^\d+-[Jj]ährige[nr]?$")


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
        elif low in ("der", "des", "of", "the") and b + 1 < last and _np_inner(tokens[b + 1]):
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

    def resolve(self, doc, a: int, b: int) -> Source:
        """The Source of the mention tokens [a, b): typed, keyed and merged with earlier ones."""
        toks = doc.tokens[a:b]
        span = doc.trimmed_span(toks[0].start, toks[-1].end)
        words = [t.text for t in toks]
        lows = [w.lower() for w in words]
        content = [t for t in toks if t.text.lower() not in DETERMINERS]
        if len(toks) == 1 and lows[0] in PRONOUNS:
            prev = (
                self.last("person", "anonymous")
                if lows[0] in ("er", "he", "ihm")
                else self.last("person", "anonymous", "organization", "media")
            )
            if prev is not None:
                self.mention(prev, span)
                return prev
        reg = outlet_registry()
        for _s, e, entry in reg.mentions(doc.text, span.start, span.end):
            if e < len(doc.text) and doc.text[e] == "-":  # "Politico-Gegenüber" is not Politico
                continue
            return self.add("media:" + entry.name, entry.name, "media", span)
        names = [
            t
            for t in content
            if t.pos == "PROPN"
            or (t.ent.endswith("PER") or t.ent.endswith("ORG"))
            or (not t.pos and _bare_name(t, toks))
        ]
        heads = [t for t in content if t.pos == "NOUN" or (not t.pos and t.text[:1].isupper())]
        head = heads[0].text.lower() if heads else (content[-1].text.lower() if content else lows[-1])
        head_last = head.rsplit("-", 1)[-1]
        if head_last not in ANON_HEADS and head_last.endswith("s") and head_last[:-1] in ANON_HEADS:
            head_last = head_last[:-1]  # genitive: "eines Politico-Gegenübers"
        comma = next((t.i for t in toks if t.text == ","), None)
        if comma is not None and any(t.i > comma for t in names):
            names = [t for t in names if t.i > comma]  # apposition: "Der Sprecher, Igor K."
        elif names and heads and head_last in ANON_HEADS and names[0].i > heads[0].i:
            names = []  # "ein Sprecher der Bundeswehr"
        if names:
            name = " ".join(t.text for t in _name_run(names))
            key_word = _name_run(names)[-1].text.lower()
            is_org = any(t.ent.endswith("ORG") for t in names) or any(h in name.lower() for h in ORG_HEADS)
            existing = self.get("name:" + key_word)
            if existing is not None:
                self.mention(existing, span)
                return existing
            role = " ".join(w for w in words[: names[0].i - toks[0].i] if w.lower() not in DETERMINERS).strip(
                " ,"
            )
            return self.add(
                "name:" + key_word, name, "organization" if is_org else "person", span, role=role or None
            )
        if head_last in MEDIA_HEADS and lows[0] in ("das", "die", "dem", "der", "the"):
            prev = self.last("media")
            if prev is not None:
                self.mention(prev, span)
                return prev
        if head_last in ANON_HEADS or head in ANON_HEADS:
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
            src.affiliation = _affiliation(words)
            return src
        titled = _AGE.match(words[-1]) or head_last in TITLES
        if titled and lows[0] in ("der", "die", "the"):
            prev = self.last("person")
            if prev is not None:
                self.mention(prev, span)
                return prev
        key = " ".join(w for w in lows if w not in DETERMINERS)
        existing = self.get("desc:" + key)
        if existing is not None:
            self.mention(existing, span)
            return existing
        type_: SourceType = "unknown"
        if any(head_last.endswith(h) or h in key for h in ORG_HEADS):
            type_ = "organization"
        elif head_last in DOC_HEADS:
            type_ = "document"
        elif head_last in MEDIA_HEADS:
            type_ = "media"
        elif toks[0].pos == "PRON" or lows[0] in PRONOUNS or titled:
            type_ = "person"
        return self.add("desc:" + key, None, type_, span, description=span.text)


def _bare_name(tok, toks) -> bool:
    """Without a tagger: a capitalised word that is no known common noun and follows no article."""
    low = tok.text.lower()
    if not tok.text[:1].isupper() or tok is toks[0] or low in ANON_HEADS or low in MEDIA_HEADS:
        return False
    if low in TITLES or low in DOC_HEADS or low.endswith(ORG_HEADS):
        return False
    prev = toks[tok.i - toks[0].i - 1].text.lower()
    return prev not in DETERMINERS


def _name_run(names: list) -> list:
    """The first run of consecutive name tokens ("Mark Milley" from "General Mark Milley")."""
    run = [names[0]]
    for t in names[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    return run


def _affiliation(words: list[str]) -> str | None:
    """Whom an anonymous source belongs to: "der US-Regierung", "US-Beamte", "Politico-Gegenüber"."""
    lows = [w.lower() for w in words]
    for k, w in enumerate(lows):
        if w in ("der", "des", "of", "from", "aus", "in", "im") and k > 0 and k + 1 < len(words):
            rest = [x for x in words[k + 1 :] if x.lower() not in DETERMINERS]
            if rest:
                return " ".join(rest)
    for w in words:
        if "-" in w and w.rsplit("-", 1)[-1].lower() in ANON_HEADS:
            return w.rsplit("-", 1)[0]
    return None
