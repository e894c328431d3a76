"""Which Source was mentioned last, of a kind: the queries pronouns and descriptions ask of the source
table ("er" is the last single person, "sie" (plural) the last unnamed group, "der Vorsitzende …" the
person just named). Split from sources.py in session 7; `SourceTable` inherits them."""

from __future__ import annotations

from ...model import Source
from . import names as N
from .names_before import person_name_before

GENERIC_GROUPS = frozenset("person people source sources quelle quellen kreise kreisen insider insiders".split())
"""Anonymous speakers that "he"/"er" does not refer back to."""


SINGULAR_ARTICLES = frozenset("der dem den des ein einem einen eines a an".split())
"""S11: "Der Mann", "dem Täter": an unnamed individual even where no count was read ("er" may be him)."""


class RecentSources:
    """Recency queries over `self.sources` (the table's Sources in order of first mention); `_named_before`
    and `_newer_person` resolve the name they find through the table's `resolve`."""

    sources: list[Source]

    def _last_individual(self, at: int, lang_individual: str = "") -> Source | None:
        """The most recently mentioned person, or anonymous individual ("ein Aktivist"); generic
        groups ("a person familiar", "sources", "Kreise") are not what "he"/"er" points to."""
        best, best_at = None, -1
        for src in self.sources:
            seen = [m.start for m in src.mentions if m.start <= at]
            if not seen:
                continue
            if src.type == "anonymous":
                desc = (src.description or "").lower().split()
                one = src.count == 1 or (src.count is None and desc and (desc[0] in SINGULAR_ARTICLES or (
                    desc[0] == "the" and not desc[-1].endswith("s"))))  # s30: "The Prime Minister's official
                # spokesman told reporters …. '…,' he said'
                if not one or not desc or desc[-1].rstrip(",") in GENERIC_GROUPS - {lang_individual}:
                    continue
            elif src.type != "person":
                continue
            if seen[-1] > best_at:
                best, best_at = src, seen[-1]
        return best

    def _last_one_anonymous(self, at: int, window: int = 1500) -> Source | None:
        """The last anonymous source of count 1 within `window` characters, generic heads included ("ein
        Insider", "eine Quelle"): what "er" points to when no person or other individual was named."""
        best, best_at = None, -1
        for src in self.sources:
            seen = [m.start for m in src.mentions if m.start <= at]
            if src.type == "anonymous" and src.count == 1 and seen and at - seen[-1] <= window and seen[-1] > best_at:
                best, best_at = src, seen[-1]
        return best

    def _last_group(self, at: int, window: int = 1500) -> Source | None:
        """The most recently mentioned unnamed group ("zwei Beamte", "Anwohner") within `window`
        characters: what a plural "sie" points to before any single person named since."""
        best, best_at = None, -1
        for src in self.sources:
            seen = [m.start for m in src.mentions if m.start <= at]
            if src.type == "anonymous" and src.count != 1 and seen and at - seen[-1] <= window and seen[-1] > best_at:
                best, best_at = src, seen[-1]
        return best

    def _named_before(self, doc, a: int, window: int = 15, oblique: bool = True) -> Source | None:
        """The person named in the text just before token a ("an General Mark Milley: Der Vorsitzende
        …"), as a Source with that mention; None when no person name precedes within `window`."""
        found = person_name_before(doc.tokens, a, window, doc.language, oblique)
        speaker = self._speaker_since(doc, a, window, found[0] if found is not None else None)
        if speaker is not None:
            return speaker
        if found is None:
            return None
        src = self.resolve(doc, *found)
        return src if src.type == "person" else None

    def _speaker_since(self, doc, a: int, window: int, k: int | None) -> Source | None:
        """S34: a named person who spoke within `window` tokens before token a, mentioned by name after token k (the
        name the entity tags found, if any): "sagte Armeesprecher Brigadegeneral Khalid al-Nur (no person tag) ….
        Der Offizier kündigte an" is al-Nur, not the woman named before him."""
        toks = doc.tokens
        lo = toks[max(0, a - window)].start
        if k is not None:
            lo = max(lo, toks[k].end)
        best, best_at = None, -1
        for src in self.sources:
            surname = src.name.split()[-1] if src.type == "person" and src.name and " " in src.name else ""
            if len(surname) <= 2:
                continue  # a full name, not the initial "P." the tagger saw as no person either
            seen = [m.start for m in src.mentions if lo <= m.start < toks[a].start and surname in m.text]
            if seen and seen[-1] > best_at:
                best, best_at = src, seen[-1]
        return best

    def _named_before_unless(self, doc, a: int, window: int, gender: str, oblique: bool = True) -> Source | None:
        """The person named nearest before token a, up to `window` tokens back, whom nothing shows to be of
        `gender` ("m"/"f"): the names in between that are of it are passed over."""
        from .speakers import person_gender  # speakers imports the modules that import this one

        k = a
        while (found := person_name_before(doc.tokens, k, window - (a - k), doc.language, oblique)) is not None:
            src = self.resolve(doc, *found)
            if src.type == "person" and person_gender(src) != gender:
                return src
            k = found[0]
        return None

    def _newer_person(self, doc, a: int, prev: Source, pronoun: str) -> Source | None:
        """A person named after `prev` was last mentioned, in this or the previous sentence, whose
        gender (as far as the text shows it) agrees with the pronoun: "Der Anwalt Peter Muster
        vertritt die Familie. Er sagte, …" is Muster, not the speaker two paragraphs up."""
        toks = doc.tokens
        found = person_name_before(toks, a, 40, doc.language)
        if doc.language == "de" and (known := _known_surname_before(doc, a, 40)) is not None and (
                found is None or known[0] > found[0]):
            found = known  # s19: "Lauterbach verteidigte die Pläne. …, sagte er": a surname tagged as a town
        if found is None or toks[found[0]].start <= prev.mentions[-1].start:
            return None
        if toks[found[0]].start < prev.mentions[-1].end:  # s18: "Gerald W. von Airborne Consulting … sagte er"
            return None  # "A spokeswoman for Example Motors said …. she added": the name inside the mention
        if toks[a].sent - toks[found[0]].sent > 1:
            return None
        gender = N.gender(toks, found[0])
        if gender is not None and gender != ("f" if pronoun == "she" else "m"):
            return None
        src = self.resolve(doc, *found)
        return src if src.type == "person" else None


def _known_surname_before(doc, a: int, window: int) -> tuple[int, int] | None:
    """The nearest token before a that is the surname of a person the article named in full, whatever
    entity tag it has here, as a one-token range; None when there is none."""
    from .full_names import full_names_of  # full_names imports the name tests this module's users load

    names = full_names_of(doc)
    toks = doc.tokens
    for k in range(a - 1, max(-1, a - window), -1):
        if toks[k].pos == "PROPN" and toks[k].text in names and not toks[k].ent.endswith("PER"):
            return k, k + 1
    return None
