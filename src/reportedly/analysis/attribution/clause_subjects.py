"""Subject fallbacks inside one German clause: the generic "man", a personal pronoun or a nominative noun phrase
opening a verb-final clause, a relative pronoun after a name, a subject after the verb behind an attribute with its
own prepositional phrase. Split from subjects.py (session 33), which calls them when the parser links no subject."""

from __future__ import annotations

from .cues import is_finite
from .names import feminine_media_noun
from .quoted_titles import title_start
from .sources import np_tokens
from .speakers import is_person_noun


def generic_subject(toks, fv: int, first: int, end: int) -> tuple[int, int] | None:
    """ "das muss man sagen", "wenn man bedenkt, dass …": the generic "man" of the finite verb. It names
    no one (the Source stays the current speaker), but it is the source mention SpkAtt and GePaDe mark."""
    for k in range(first, end):
        t = toks[k]
        if t.text.lower() == "man" and (k in (fv - 1, fv + 1, fv + 2) or (t.dep == "nsubj" and t.head == fv)):
            if not any(toks[j].text in (",", ":", ";") or toks[j].quote for j in range(min(k, fv), max(k, fv))):
                return k, k + 1
    return None


CLAUSE_PRONOUNS_DE = frozenset("ich wir er sie du ihr".split())


def clause_pronoun(toks, fv: int, first: int) -> int | None:
    """A verb-final clause that opens with a conjunction, w-word or relative pronoun and then a personal
    pronoun: "wenn wir über Bußgelder reden", "dass ich mir wünschen würde", "denen wir uns verpflichtet
    haben" — the pronoun is the subject (GePaDe marks it as the source: speakers speak of themselves)."""
    c = fv - 1
    while c > first and toks[c].tag not in ("KOUS", "PWAV", "PRELS"):  # "Aber wenn wir …"
        if toks[c - 1].text in (",", ":", ";", "-", "–", "(") or toks[c - 1].quote:
            return None
        c -= 1
    if toks[c].tag not in ("KOUS", "PWAV", "PRELS"):
        return None
    k = c + 1
    while k < fv and toks[k].tag == "ADV":  # "dass auch ich"
        k += 1
    if k < fv and toks[k].tag == "PPER" and toks[k].text.lower() in CLAUSE_PRONOUNS_DE:
        return k
    return None


NOMINATIVE_OPENERS = frozenset("der die das ein eine".split())


def relative_subject(toks, fv: int, first: int) -> tuple[int, int] | None:
    """S30: a relative pronoun after a comma followed by no noun phrase of its own before the clause's verb
    ("Sabine Koller, die am Sonntag in der ORF-„Pressestunde“ betont hatte, …"): the pronoun is the subject, the name
    before it its mention."""
    c = next((j for j in range(fv - 1, max(first, fv - 12) - 1, -1) if toks[j].text == "," or toks[
        j].tag == "PRELS"), None)
    if c is None or toks[c].tag != "PRELS" or toks[c].text.lower() not in ("der", "die", "das") or toks[
            c - 1].text != "," or not (toks[c - 2].pos == "PROPN" or is_person_noun(toks[c - 2].text)):
        return None  # after a name or a word for a person: one the table can resolve the pronoun to
    if toks[c + 1].pos not in ("ADV", "ADP"):
        return None
    a = c - 2
    while a - 1 >= first and toks[a].ent == "I-PER" and toks[a - 1].ent.endswith("PER"):
        a -= 1  # "General Mark (NN) Milley": the name the tagger marked, not the title
    return (a, c - 1) if toks[c - 2].pos == "PROPN" else (c, c + 1)


def clause_noun(toks, fv: int, first: int, dates: set[int]) -> tuple[int, int] | None:
    """Round 13: a verb-final clause opened by a conjunction ("als", "nachdem", "weil", "dass") whose first
    phrase is a noun phrase in the nominative: "Als der Regierungschef am Sonntag sagte, …" — that phrase
    is the subject (before: the date next to the verb was skipped and no speaker was found)."""
    c = fv - 1
    while c > first and not _conjunction(toks[c]):
        if toks[c - 1].text in (",", ":", ";", "-", "–", "(") or toks[c - 1].quote and title_start(
                toks, fv - 1, first) < first:  # s30: a short quoted title may ('Wie die „Mitteldeutsche Zeitung“ …')
            return None
        c -= 1
    if not _conjunction(toks[c]) or c + 1 >= fv or (c > first and toks[c - 1].text != ","):
        return None
    k = c + 1
    if not (toks[k].text.lower() in NOMINATIVE_OPENERS or toks[k].pos == "PROPN") or k in dates:
        return None
    head = next((j for j in range(k, min(fv, k + 5)) if toks[j].pos in ("NOUN", "PROPN") and toks[
        j].text.isalnum()), None)  # s30: not the opening mark of 'Wie die „Mitteldeutsche Zeitung“' (tagged a noun)
    if head is None or head in dates:
        return None
    return np_tokens(toks, head, k, fv)


def attributed_subject(toks, fv: int, end: int) -> tuple[int, int] | None:
    """Round 13: "…, teilte die zur Stanford University gehörende Hoover Institution mit.", "…, sagte die für
    Finanzen zuständige Ministerin." — a subject after the verb whose noun follows an attribute with its own
    prepositional phrase (the search for the noun next to the verb stops at the preposition)."""
    opener = toks[fv + 1].text.lower() in NOMINATIVE_OPENERS or toks[fv + 1].tag in ("CARD", "PIAT", "PIDAT")
    if not opener or toks[fv + 2].pos != "ADP":
        return None  # cheap tests first; s28: "sagten zwei mit der Entscheidung vertraute Personen der Agentur"
    for j in range(fv + 3, min(end - 1, fv + 10)):
        w = toks[j]
        if w.text in (",", ";", ":") or w.quote or w.tag.endswith("FIN"):
            return None
        if w.tag == "ADJA" and toks[j + 1].pos in ("NOUN", "PROPN"):
            b = np_tokens(toks, j + 1, j + 1, end)[1]
            if b - 2 > j + 1 and toks[b - 2].text.lower() == "der" and feminine_media_noun(toks[b - 1].text):
                b -= 2  # "… vertraute Personen der Agentur": the agency is told, no genitive of the speakers
            return fv + 1, b
    return None


def _conjunction(tok) -> bool:
    """A subordinating conjunction; "Als" opening a sentence too (the tagger often reads it as a preposition)."""
    return tok.tag == "KOUS" or (tok.text == "Als" and tok.tag == "APPR")


def date_tokens(doc) -> set[int]:
    """Tokens inside date mentions: "Anfang August" is never the speaker."""
    out: set[int] = set()
    for d in doc.analysis.dates:
        t = doc.token_at(d.span.start)
        while t is not None and t.start < d.span.end:
            out.add(t.i)
            t = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
    return out


def named_with_listed_body(toks, first: int, fv: int) -> bool:
    """The Vorfeld is a named person ("Die Forscherin Julia Smirnova") with a "von"/"vom" phrase whose
    name lists words with a comma ("vom Center für Monitoring, Analyse und Strategie (CeMAS)"): one phrase."""
    comma = next((k for k in range(first, fv) if toks[k].text == ","), None)
    if comma is None or fv - first > 16 or any(t.quote or is_finite(t) or t.tag.startswith("PREL") for t in toks[
            first:fv]):
        return False
    name_end = next((k for k in range(first, min(comma, first + 5)) if toks[k].ent.endswith("PER") and not toks[
        k + 1].ent.endswith("PER")), None)
    if name_end is None or toks[name_end + 1].text.lower() not in ("vom", "von") or name_end + 1 >= comma:
        return False
    return all(t.pos in ("DET", "NOUN", "PROPN", "ADJ") for t in toks[first:name_end]) and toks[fv - 1].text != ","
