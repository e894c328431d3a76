"""Which outlet published the article, and which outlets an article names.

The registry (`data/outlets.json`, documented in `data/OUTLETS.md`) lists outlets with their
domains, aliases, owner and state affiliation. Recognition tries, in order of reliability, the
URL's domain, the page metadata, text fingerprints (RT DE's closing "Mehr zum Thema –") and
wire tags ("(dpa)"); `article.outlet.evidence` records every signal that agreed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from ..model import Outlet


@dataclass(frozen=True, slots=True)
class OutletEntry:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str | None
    owner: str | None
    kind: str
    state_affiliated: bool
    state_affiliated_source: str | None
    fingerprints: tuple[str, ...] = ()
    wire_tags: tuple[str, ...] = ()


ARTICLES = frozenset("der die das the".split())
GERMAN_COUNTRIES = frozenset({"DE", "AT", "CH"})
"""Only German-language outlets get German case forms: "Economists" is a plural, not the Economist's."""
FEMININE_ENDS = ("ung", "eit", "welt", "post", "schau", "zeitung", "agentur", "news", "times")
"""Last words that take no genitive s (feminine nouns, English plurals)."""


def german_forms(name: str) -> list[str]:
    """Round 16: the inflected forms German news uses for an outlet's name: the genitive ("des
    Handelsblatts", "des Spiegels") and the weak adjective ("der Süddeutschen Zeitung", "der Neuen
    Zürcher Zeitung"). Acronyms and names ending in s/x/z keep their form."""
    words = name.split()
    out = []
    last = words[-1]

    def inflected(w: str, ending: str) -> str:
        if not w[:1].isupper() or w.lower() in ARTICLES:
            return w
        if w.endswith("e"):
            return w + ending[1:]  # "Süddeutsche" → "Süddeutschen"
        return w[:-2] + ending if w.endswith("scher") else w  # s9: "Bayerischer" → "Bayerische(n)"

    weak = [inflected(w, "en") for w in words[:-1]]
    if (
        last[-1:].isalpha()
        and last[-1] not in "sxzßeSXZ"
        and not last.isupper()
        and len(last) > 3
        and not last.lower().endswith(FEMININE_ENDS)
        and words[0].lower() not in ARTICLES
    ):
        out.append(" ".join(words[:-1] + [last + "s"]))
        if weak != words[:-1]:
            out.append(" ".join(weak + [last + "s"]))  # s9: "des Bayerischen Rundfunks"
    if weak != words[:-1]:
        out.append(" ".join(weak + [last]))
    if any(w.endswith("scher") and w[:1].isupper() for w in words[:-1]):
        out.append(" ".join([inflected(w, "e") for w in words[:-1]] + [last]))  # "der Bayerische Rundfunk"
    return out


@dataclass
class OutletRegistry:
    entries: list[OutletEntry]
    by_domain: dict[str, OutletEntry] = field(default_factory=dict)
    by_name: dict[str, OutletEntry] = field(default_factory=dict)
    name_pattern: re.Pattern | None = None
    name_heads: frozenset[str] = frozenset()
    """First words of outlet names and aliases that go on ("ABC" of "ABC News", "ABC (Australia)")."""

    def __post_init__(self) -> None:
        names: list[str] = []
        for e in self.entries:
            for d in e.domains:
                self.by_domain[d.lower()] = e
            for n in (e.name, *e.aliases):  # a written name wins over another outlet's case form
                self.by_name.setdefault(n.lower(), e)  # ("Sky Sports" is not the genitive of "Sky Sport")
        for e in self.entries:
            for form in self.forms(e):
                self.by_name.setdefault(form.lower(), e)
                names.append(form)
        self.name_heads = frozenset(n.split(" ", 1)[0] for e in self.entries for n in (e.name, *e.aliases) if " " in n)
        names.sort(key=len, reverse=True)
        # Case-sensitive, whole-word: "Stern" the magazine, not "stern" the adjective.
        self.name_pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")

    @staticmethod
    def forms(entry: OutletEntry) -> list[str]:
        """Every written form of the outlet's names: German outlets also in their cases ("des Spiegels")."""
        return [
            form
            for n in (entry.name, *entry.aliases)
            for form in (n, *(german_forms(n) if entry.country in GERMAN_COUNTRIES else ()))
        ]

    def by_url(self, url: str) -> OutletEntry | None:
        host = (urlsplit(url).hostname or "").lower()
        return self.by_host(host)

    def by_host(self, host: str) -> OutletEntry | None:
        host = host.lower().removeprefix("www.")
        parts = host.split(".")
        for k in range(len(parts) - 1):          # longest suffix first: de.rt.com before rt.com
            entry = self.by_domain.get(".".join(parts[k:]))
            if entry:
                return entry
        return None

    def lookup(self, name: str) -> OutletEntry | None:
        return self.by_name.get(name.strip().lower())

    def broadcaster_acronym(self, name: str) -> bool:
        """S28: an acronym that opens the names of outlets but is none itself, as it is ambiguous ("the ABC":
        "ABC (Australia)" or "ABC News"; "NBC", "CBS"): an outlet all the same, which one the registry
        cannot say."""
        if not (2 <= len(name) <= 5 and name.isupper() and name.isalpha()):
            return False
        return name in self.name_heads

    def mentions(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, entry) of every outlet name in the text."""
        for m in self.name_pattern.finditer(text, start, len(text) if end is None else end):
            yield m.start(), m.end(), self.by_name[m.group(0).lower()]


@lru_cache(maxsize=1)
def outlet_registry() -> OutletRegistry:
    raw = json.loads(resources.files("reportedly.data").joinpath("outlets.json").read_text("utf-8"))
    entries = [
        OutletEntry(
            name=o["name"], aliases=tuple(o.get("aliases", ())), domains=tuple(o.get("domains", ())),
            country=o.get("country"), owner=o.get("owner"), kind=o.get("kind", "online"),
            state_affiliated=bool(o.get("state_affiliated")),
            state_affiliated_source=o.get("state_affiliated_source"),
            fingerprints=tuple(o.get("fingerprints", ())), wire_tags=tuple(o.get("wire_tags", ())),
        )
        for o in raw["outlets"]
    ]
    return OutletRegistry(entries)


def _to_model(entry: OutletEntry, domain: str | None, evidence: list[str]) -> Outlet:
    return Outlet(name=entry.name, domain=domain or (entry.domains[0] if entry.domains else None),
                  evidence=evidence, country=entry.country, kind=entry.kind,
                  state_affiliated=entry.state_affiliated)


def recognise_outlet(doc, ctx) -> None:
    """Set `article.outlet` from the URL, page metadata, text fingerprints or wire tags."""
    reg = outlet_registry()
    raw = doc.user_data.get("raw")
    votes: dict[str, list[str]] = {}
    entries: dict[str, OutletEntry] = {}
    domain = None

    def vote(entry: OutletEntry | None, evidence: str) -> None:
        if entry is not None:
            votes.setdefault(entry.name, []).append(evidence)
            entries[entry.name] = entry

    url = doc.article.url
    if url:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        entry = reg.by_host(host)
        if entry:
            domain = host
        vote(entry, f"domain:{host}")
    if raw is not None and raw.site_name:
        vote(reg.lookup(raw.site_name) or (reg.by_host(raw.site_name) if "." in raw.site_name else None),
             f"metadata:site_name={raw.site_name}")
    if raw is not None and raw.author:
        vote(reg.lookup(raw.author), f"byline:{raw.author}")
    text = doc.text
    for entry in reg.entries:
        for fp in entry.fingerprints:
            if fp in text:
                vote(entry, f"fingerprint:{fp}")
    if not votes:
        for entry in reg.entries:
            for tag in entry.wire_tags:
                if wire_credit(text, tag):
                    vote(entry, f"wire_tag:{tag}")
                    break
    if not votes:
        return
    best = max(votes, key=lambda n: (len(votes[n]), not votes[n][0].startswith("wire_tag")))
    doc.article.outlet = _to_model(entries[best], domain, votes[best])


CREDIT_LINE = 40
"""A line this short that holds an agency's bare name is a credit ("dpa/AFP", "Quelle: Reuters")."""


def wire_credit(text: str, tag: str) -> bool:
    """Does `tag` credit the article, rather than cite the agency inside it? A tag in brackets
    ("(dpa)"), with a slash ("dpa/lno") or "©" does wherever it stands; a bare name ("Interfax",
    "AFP") only on a short line of its own, next to a slash ("dpa/AFP") or opening the body as a
    dateline ("AFP – …"): "Die Agentur Interfax zitierte …" is a citation (round 15)."""
    if tag.startswith("(") or "/" in tag or "©" in tag:
        return tag in text
    start = text.find(tag)
    while start != -1:
        end = start + len(tag)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        before, after = text[start - 1 : start], text[end : end + 1]
        if len(line.strip()) <= CREDIT_LINE or "/" in (before, after):
            return True
        if start == line_start and text[end : end + 3].strip()[:1] in ("–", "-", ":", "("):
            return True  # "AFP – Der Präsident …"
        start = text.find(tag, end)
    return False
