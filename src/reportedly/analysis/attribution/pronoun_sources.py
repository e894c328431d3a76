"""Which earlier Source a pronoun that names a speaker points to ("er", "sie", "he", "it", "they"); moved
out of sources.py in round 16. German "sie" is a woman just named, else a feminine organisation
(pronouns_de.py); English "he"/"she" a person named since the last speaker (english_pronouns.py)."""

from __future__ import annotations

from . import anonymous as A
from . import english_pronouns as EP
from . import names as N
from . import pronouns_de as PD
from . import speakers as SK
from .cues import is_finite, konjunktiv
from .mood_de import sentence_konjunktiv


def pronoun_source(table, doc, a: int, at: int, low: str):
    """The Source the pronoun `low` at token a (character `at`) stands for, or None."""
    if low == "sie" and doc.language == "de" and _formal(doc.tokens, a):
        prev = table.last("person")  # s12: "Deshalb finden Sie hier Gründe": the reader or the one asked, no body
        return prev if prev is not None and prev.name else None
    if doc.language == "de" and (body := PD.wie_clause_subject(table, doc, a, low)) is not None:
        return body  # s18: "Der Konzern rechnet mit …, wie er mitteilte"
    if low in ("he", "she") and doc.language == "en":  # round 11: named since the speaker
        prev = EP.speaker_for(table, doc, a, low)
    elif low in ("er", "he", "ihm", "ihn", "she"):  # the latest single person, named or not
        prev = table._last_individual(at, "insider" if doc.language == "de" else "")
        if doc.language == "de" and prev is not None and _reported_here(doc, prev, a, at):
            before = max(m.start for m in prev.mentions if m.start < at)  # s9: "Auf die Frage, ob Frank …
            prev = table._last_individual(before - 1, "insider") or prev  # müsse, antwortete er": not Frank
        if prev is None or not prev.name or at - prev.mentions[-1].start > 300:
            named = table._named_before(doc, a, 30)  # a person named but not quoted yet
            if named is not None and prev is not None and prev.type == "anonymous" and _reported(doc, named, at):
                named = None  # s7: "Ein Diplomat sagte, …. Merz habe …. Er fügte hinzu": the diplomat goes on
            prev = A.closer(prev, named, at) if doc.language != "en" else named or prev
        else:  # a person named since the last speaker, in this or the previous sentence
            newer = table._newer_person(doc, a, prev, low)
            prev = newer if newer is not None and not _reported(doc, newer, at) else prev  # s7: not in a message
        if prev is None and doc.language != "en":  # round 10: "Ein Insider sagte … fügte er hinzu"
            prev = table._last_one_anonymous(at) or table._named_before(doc, a, 120)
        if low in ("er", "ihm", "ihn") and _gender(prev) == "f":  # round 16: "Die Stadträtin Maria S. …. Er"
            prev = _latest_man(table, doc, a, at)
        if low == "er" and doc.language == "de":
            prev = PD.previous_subject(table, doc, a, prev) or prev or PD.described_person(table, doc, a, low)
    elif low in ("it", "its"):
        body = EP.body_before(table, doc, a) if doc.language == "en" else None  # round 18: "The company did not
        prev = body or table.last("organization", "media", "document")  # respond. It has said …": the company
    elif low == "they":
        prev = table.last("anonymous", "organization", "person")
    elif low == "sie" and N.plural_verb(doc.tokens, a):  # "Sie betonten": a group, not "Ministerin X"
        prev = PD.previous_subject(table, doc, a, None, "sie") or table._last_group(at) or table.last(
            "person", "anonymous", "organization", "media"
        )
    elif low == "dieser" and doc.language == "de" and (this := PD.demonstrative(table, doc, a)) is not None:
        prev = this  # s25: "… die Aussagen eines früheren Prokuristen. Dieser soll angegeben haben"
    else:  # round 10 (German): else a person named up to 120 tokens back, not quoted yet
        last = table.last("person", "anonymous", "organization", "media")
        prev = PD.sie_singular(table, doc, a) if low == "sie" else None  # round 15: "Ministerin X … Sie"
        if prev is None and low == "sie" and doc.language == "de":  # s11: "Eine Frau kommt …. Sie findet"
            prev = PD.previous_subject(table, doc, a, last, "sie")
        if prev is not None and last is not None and last is not prev and not _male(last) and _reported(doc, prev, at):
            prev = None  # s7: "Brantner sagte, Baerbock habe sich durchgesetzt. Sie fügte hinzu": Brantner
        if low == "sie" and _male(last):
            last = table.last("anonymous", "organization", "media")  # round 16: "Sie warf …" is no man
        if low == "sie" and doc.language == "de" and last is not None and _no_she(last):
            last = _latest_she(table, at)  # s27: "Wie X unter Berufung auf das Umfeld des Paares berichtete, … Im
            # Gespräch bestätigt sie das nun": not "das Umfeld"
        if low == "sie" and prev is None and last is not None and last.type in ("media", "document") and (
                woman := _latest_woman(table, at)) is not None:
            last = woman  # s22: "Berichte, wonach …, dementierte sie": a singular verb, the woman before
        prev = prev or last or (table._named_before(doc, a, 120) if doc.language != "en" else None)
        prev = None if low == "sie" and _male(prev) else prev
    if low in ("sie", "er", "they", "he", "she") and prev is not None and not prev.name and (
            prev.description or "").lower() in SPEAKER_PRONOUNS:
        return None  # s12: "sie sagen nur: …" after "wir": a third person is not "wir" or "ich"
    return prev


SPEAKER_PRONOUNS = frozenset("ich wir du ihr uns mir mich i we you us me".split())


NOT_SHE_OPENERS = frozenset("das dem des ein einem eines ihr sein".split())
"""First words of a neuter or masculine singular mention; s31: also a possessive without ending ("Ihr Management
bestätigte …. Schon damals hatte sie …": the singer, not her management)."""


def _no_she(src) -> bool:
    """The Source was named in the neuter or masculine singular ("das Umfeld des Paares", "ein Sprecher"): no "sie"."""
    return bool(src.mentions) and src.mentions[0].text.split(None, 1)[0].lower() in NOT_SHE_OPENERS


def _latest_she(table, at: int):
    """The source mentioned last before `at` (within 600 characters) that "sie" can stand for, or None."""
    cands = [s for s in table.sources if s.type in ("person", "anonymous", "organization", "media") and s.mentions
             and s.mentions[-1].start < at and at - s.mentions[-1].start <= 600 and not _no_she(s) and not _male(s)]
    return max(cands, key=lambda s: s.mentions[-1].start, default=None)


def _formal(toks, a: int) -> bool:
    """A capitalised "Sie" inside a sentence: the formal "you"."""
    return toks[a].text == "Sie" and a > 0 and toks[a - 1].sent == toks[a].sent and toks[a - 1].text not in (
        '"„“»«:(')


def _latest_woman(table, at: int):
    """The latest person mentioned within 600 characters whom the text does not show as a man; or None."""
    women = [s for s in table.sources if s.type == "person" and s.mentions and at - s.mentions[-1].start <= 600
             and _gender(s) != "m"]
    return max(women, key=lambda s: s.mentions[-1].start, default=None)


def _gender(src) -> str | None:
    return SK.person_gender(src)


def _male(src) -> bool:
    return _gender(src) == "m"


def _latest_man(table, doc, a: int, at: int):
    """The person last mentioned, or named up to 120 tokens back, whom nothing shows to be a woman."""
    people = [s for s in table.sources if s.type == "person" and s.mentions and s.mentions[-1].start < at]
    for src in sorted(people, key=lambda s: -s.mentions[-1].start):
        if _gender(src) != "f" and at - src.mentions[-1].start <= 1500:
            return src
    return table._named_before_unless(doc, a, 120, "f")


def _reported_here(doc, src, a: int, at: int) -> bool:
    """S9: the latest mention of `src` stands in reported speech in the pronoun's own sentence."""
    start = max((m.start for m in src.mentions if m.start < at), default=None)
    tok = doc.token_at(start) if start is not None else None
    return tok is not None and tok.sent == doc.tokens[a].sent and _reported(doc, src, at)


def _reported(doc, src, at: int) -> bool:
    """S7: the latest mention of `src` before `at` stands in reported speech (a Konjunktiv I sentence, a
    quotation): someone talked about them there, so a pronoun after it is more likely that someone."""
    start = max((m.start for m in src.mentions if m.start < at), default=None)
    tok = doc.token_at(start) if start is not None else None
    if tok is None:
        return False
    if tok.quote:
        return True
    toks, sent = doc.tokens, doc.sentences[tok.sent]
    if sentence_konjunktiv(toks, sent.first, sent.last, doc.language) == 1:
        return True
    verb = next((t for t in toks[tok.i + 1 : sent.last] if is_finite(t) or t.text in (",", ";", ":")), None)
    return verb is not None and is_finite(verb) and konjunktiv(verb, doc.language) == 1  # "…, Merz habe …"

