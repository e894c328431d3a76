"""Outlets and unnamed people in a source mention: a web address is the outlet it belongs to, an outlet's name
inside a longer name is no outlet, an indefinite pronoun is unnamed people. Moved out of sources.py in
session 12."""

from __future__ import annotations

import re

from ..outlets import OutletEntry, outlet_registry
from .anonymous import speaker_noun_de
from .lexicon import OBTAINED_WORDS
from .name_kinds import OUTLET_NAME_TAILS
from .names import media_noun, org_word
from .phrases import QUOTES
from .speakers import DEFINITE

SOME_PEOPLE = frozenset("manche einige viele mehrere etliche wenige andere einer jemand".split())
"""German indefinite pronouns that stand for unnamed people ("Manche sagen nun, …")."""


OUTLET_OWN = ("informationen", "recherche", "angaben", "bericht", "umfrage", "analyse", "hauptstadtstudio", "redaktion")
"""Nouns after an outlet's hyphen that keep the outlet the speaker ("Spiegel-Informationen")."""


def mentioned_outlet(text: str, span, content: list) -> OutletEntry | None:
    """The outlet a source mention names, if any (moved out of sources.py in session 16)."""
    for start, end, entry in outlet_registry().mentions(text, span.start, span.end):
        rest = text[end + 1 : span.end].split(" ", 1)[0].lower() if end < len(text) else ""
        if text[end : end + 1] == "-" and not rest.startswith(OUTLET_OWN):
            continue  # "Politico-Gegenüber" is not Politico; "Spiegel-Informationen" is the Spiegel
        if inside_name(text, start, end) or opens_body_name(text, end) or _after_own_article(text, start):
            continue  # s12: "The Citizens’ Independent Transportation Trust" is not The Independent; s29: nor "The
            # Independent Retailers Council"
        if common_noun(text, start, end):
            continue  # s16: "ein Blick auf …", "auf einem Bild" is a glance and a picture, no outlet
        if (place := re.search(r"\b([A-ZÄÖÜ]\w+er) $", text[span.start : start])) and not entry.name.startswith(
                place.group(1)):
            continue  # s27: 'das „Leipziger Abendblatt“' is not the Hamburger Abendblatt
        if end < span.end and opening_adjective(text, start, end):
            continue  # s18: "Independent experts welcomed the study" is not The Independent
        if SEEN_BY_END.search(text[span.start : start]):
            continue  # s32: "an internal presentation seen by Reuters": the paper speaks, the outlet only saw it
        if any(t.start == end + 1 and t.text.lower() in MEMBER_ROLES for t in content):
            continue  # s32: "Independent MP Sophie Marchetti" is a member of parliament, not The Independent
        if any(t.end <= start and (t.ent.endswith("PER") or speaker_noun_de(t.text)) for t in content):
            continue  # round 16: "der Chefredakteur der „Süddeutschen Zeitung“", "Faeser der Zeitung"
        if start > span.start and re.search(r"\b(?:im|in dessen|in deren) Auftrag (?:des|der|von)\s*[„»\"]?$",
                                             text[span.start : start]):
            continue  # s26: "der Deutschlandtrend von Infratest dimap im Auftrag der ARD": the poll, not its buyer
        return entry
    return _quoted_english_title(content)


def _quoted_english_title(content: list) -> OutletEntry | None:
    """S24: 'die „Sun“', 'der „Mirror“': a quoted title a German text gives without the English article of the
    outlet's name ("The Sun")."""
    words = [t.text for t in content]
    if len(words) < 3 or words[0] not in ("„", "»", '"') or words[-1] not in ("“", "«", '"'):
        return None
    title = " ".join(words[1:-1])
    if not title[:1].isupper() or title.lower().startswith("the "):
        return None
    named = "The " + title
    return next((entry for _s, _e, entry in outlet_registry().mentions(named) if entry.name == named), None)


def inside_name(text: str, start: int, end: int) -> bool:
    """An outlet's name between two capitalised words of a longer name ("Citizens’ Independent Transportation")."""
    before = text[max(0, start - 30) : start].split()
    after = text[end : end + 30].split()
    if not before or not after or text[start - 1 : start] != " " or text[end : end + 1] != " ":
        return False
    prev = before[-1].rstrip("’'")
    return prev[:1].isupper() and prev.lower() not in DEFINITE | {"a", "an"} and after[0][:1].isupper()


def _after_own_article(text: str, start: int) -> bool:
    """S29: an outlet's name after "The" and another capitalised word is the end of another outlet's name ("The Nevada
    Independent" is not The Independent)."""
    before = text[max(0, start - 40) : start].split()
    return len(before) >= 2 and before[-2] in ("The", "the") and before[-1][:1].isupper() and before[-1].isalpha()


def opens_body_name(text: str, end: int) -> bool:
    """S29: an outlet's name followed by capitalised words that end in a word for a body opens that body's name
    ("The Independent Retailers Council")."""
    if text[end : end + 1] != " ":
        return False
    words = []
    for w in text[end : end + 60].split()[:4]:
        if not (w[:1].isupper() and w.strip(",.;:").isalpha()):
            break
        words.append(w.strip(",.;:"))
        if w[-1:] in ",.;:":
            break
    return bool(words) and org_word(words[-1])


SEEN_BY_END = re.compile(rf"\b(?:{'|'.join(sorted(OBTAINED_WORDS - {'heard'}))}) by (?:the )?$")
"""A mention that ends in "seen by (the)" right before an outlet's name."""
MEMBER_ROLES = frozenset("mp mps mep msp mla senator senators councillor councilor candidate lawmaker".split())
"""Roles after an outlet's one-word name that make it a party label ("Independent MP", "Independent senator")."""


def opening_adjective(text: str, start: int, end: int) -> bool:
    """S18: a one-word outlet name that opens its sentence before a lower-case word of the same mention is
    the adjective it also is ("Independent experts"); mid-sentence it would be written in lower case."""
    word = text[start:end]
    if " " in word or not text[end : end + 1] == " " or not text[end + 1 : end + 2].islower():
        return False
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n\"“”"


INDEFINITE = frozenset("ein eine einen einem einer eines a an".split())


def common_noun(text: str, start: int, end: int) -> bool:
    """S16: an outlet's name after an indefinite article and not joined to a compound is the common noun it
    also is: "ein Blick auf die Karte", "auf einem Bild", but "ein Spiegel-Bericht" names the Spiegel."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in INDEFINITE and text[end : end + 1] != "-"


def website_outlet(site: str) -> OutletEntry | None:
    """The outlet a web address belongs to: by its domain ("zeit.de"), else by its name ("bild.de", "bbc.co.uk")."""
    reg = outlet_registry()
    entry = reg.by_host(site)
    if entry is not None:
        return entry
    bare = site.split(".", 1)[0]
    for form in (bare, bare[:1].upper() + bare[1:], bare.upper()):
        for _s, _e, entry in reg.mentions(form):
            return entry
    return None


OUTLET_KIND_WORDS = frozenset(
    "sender fernsehsender radiosender nachrichtensender blog podcast newsletter portal nachrichtenportal magazin "
    "onlinemagazin nachrichtenmagazin fachblatt fachmagazin fachzeitschrift zeitschrift wochenzeitung tageszeitung "
    "zeitung branchendienst onlinedienst".split()
)
"""S17: words for a kind of outlet that its name follows ("Der Blog Netzpolitik", "Der Sender Welt TV")."""


def named_after_kind(toks: list) -> tuple[str, str] | None:
    """S17: the outlet's name after a word for its kind, all of the mention's remaining words, capitalised
    (quotation marks dropped): "Der Blog Netzpolitik" -> Netzpolitik, "Das Fachblatt „Nature“" -> Nature.
    The tagger reads these names as common nouns, or the kind word as an adjective ("Sender"). S18: a channel
    ("der prorussische Kanal „Voenkor Kotenok“", "der Telegram-Kanal Rybar") is a social-media account.
    (name, source type) or None."""
    k = 0
    while k < len(toks) and (toks[k].pos == "DET" or (k > 0 and toks[k].tag == "ADJA" and not _kind_word(toks[k]))):
        k += 1  # not "Der Sender" (tagged an adjective)
    kind = _kind_word(toks[k]) if k < len(toks) - 1 else None
    if kind is None:
        return None
    name = [t for t in toks[k + 1 :] if t.text not in QUOTES]
    if not name or len(name) > 4 or not all(
        t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalnum() for t in name
    ):
        return None  # "Die Zeitung der Stadt": a genitive, no name
    return " ".join(t.text for t in name), kind


def _kind_word(tok) -> str | None:
    """The source type a word for an outlet's or an account's kind names ("Blog", "Telegram-Kanal"), else None."""
    low = tok.text.lower()
    if low.rsplit("-", 1)[-1] in CHANNEL_WORDS:
        return "social_post"
    return "media" if low in OUTLET_KIND_WORDS else None


CHANNEL_WORDS = frozenset("kanal telegramkanal account profil".split())
"""S18: words for a social-media account that its name follows."""


def kind_title_end(toks, b: int, end: int) -> int:
    """S18: past the quoted name after a word for an outlet's or account's kind at b - 1 ("der prorussische
    Kanal „Voenkor Kotenok“"), which the noun phrase left out; `b` when there is none."""
    if not (0 < b < end and toks[b].text in ("„", "»", "“", '"')):
        return b
    if not _kind_word(toks[b - 1]):
        return b
    close = next((k for k in range(b + 1, min(end, b + 6)) if toks[k].text in QUOTES), None)
    return close + 1 if close is not None and close > b + 1 else b


def outlet_named_before(table, doc, a: int):
    """S23: "Ganz anders die „Neue Ostholsteiner Zeitung“. Das Blatt meint, …": the outlet the sentence before
    names by a quoted title after an article (no source yet); s31: or an outlet of the registry named in that
    sentence or its own before token a ("Das chinesische Staatsfernsehen CCTV zeigte Aufnahmen. …, hieß es in dem
    Bericht", "muss die RTL-Tanzshow verlassen, teilte der Sender mit"): its Source, or None."""
    toks = doc.tokens
    si = toks[a].sent
    if si == 0:
        return None
    s = doc.sentences[si - 1]
    for k in range(s.first + 1, s.last - 2):
        if toks[k].text in ("„", "»") and toks[k - 1].pos == "DET":
            close = next((j for j in range(k + 2, min(s.last, k + 8)) if toks[j].text in ("“", "«")), None)
            last = toks[close - 1].text.lower().rsplit("-", 1)[-1] if close is not None else ""
            if last.endswith(("zeitung", "blatt", "kurier", "anzeiger")) or last in OUTLET_NAME_TAILS or (
                    last[:-1] in OUTLET_NAME_TAILS):  # s34: 'sagte der „Augsburger Allgemeinen“' (dative)
                found = table.resolve(doc, k - 1, close + 1)
                return found if found.type == "media" else None
    latest = table.last("media")
    for start, end, entry in reversed(list(outlet_registry().mentions(doc.text, s.start, toks[a].start))):
        if latest is not None and latest.mentions and latest.mentions[-1].start >= start:
            return None  # an outlet cited since, as a source: the caller's own choice stands
        first = doc.token_at(start)  # several words, an acronym, or after an outlet noun: not "das Bild drehen";
        if first is None or doc.text[start - 1 : start] == "(" and doc.text[end : end + 1] == ")":
            continue  # nor the agency of the dateline, "Berlin (AFP) –"
        if " " in doc.text[start:end] or doc.text[start:end].isupper() or first.i > 0 and media_noun(
                toks[first.i - 1].text):
            return table.add("media:" + entry.name, entry.name, "media", None)
    return None
