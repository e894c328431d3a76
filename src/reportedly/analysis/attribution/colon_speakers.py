"""Who speaks a quotation that follows a colon: 'Die Ministerin zeigte sich kämpferisch: „…“', 'Für Anna B. ist
klar: „…“', 'Merz dazu: „…“', 'Sein Fazit: „…“', 'Laura Benning, who attended the hearing, posted on X: "…"'.
Moved out of quotations.py in session 28."""

from __future__ import annotations

from . import messages as M
from .cues import SPEECH_EN, is_finite, verb_cue
from .names import media_noun, org_word, person_words
from .names_before import person_name_before
from .names_en import english_person_words
from .pronoun_sources import pronoun_source
from .sources import np_tokens
from .speakers import is_person_noun, lexicon_person_noun
from .subjects import subject


def colon_speaker(doc, qa: int, sent, table):
    """(verb, subject tokens, Source) when a quotation follows a colon after a clause whose subject can
    speak: 'Die Ministerin zeigte sich kämpferisch: „…“', 'Für Anna B. ist klar: „…“'; else None."""
    toks = doc.tokens
    k = qa - 1
    while k > sent.first and toks[k].text in M.QUOTE_MARKS:
        k -= 1
    if toks[k].text != ":" or k - sent.first < 1:
        return None
    lang = doc.language
    fv = next((j for j in range(sent.first, k) if not toks[j].quote and (finite(toks[j], lang) and not (
        lang == "en" and _in_relative_en(toks, sent.first, j)) or lang == "en" and _after_relative_en(
        toks, sent.first, j))), None)
    if fv is None:  # round 16: English too ('Smith: "This is a disaster."'), and a one-word name
        return _verbless_speaker(doc, sent.first, k, table)
    src = subject(doc, fv, sent.first, k, lang)
    if lang == "en" and src is not None and src[0] > fv:
        return None  # 'Asked about it, the minister said: …' has its cue; the subject comes first in English
    found = person_name_before(toks, k, k - sent.first + 1, lang) if src is None else None
    if found is not None and toks[found[0]].i >= sent.first:
        src = found
    if src is not None and lang == "en" and not any(speaker_word(t) for t in toks[src[0] : src[1]]):
        people = person_words(toks) | english_person_words(toks)  # round 16: 'Smith was blunt: "…"' (a NOUN)
        src = src if any(t.text in people for t in toks[src[0] : src[1]]) else None
        return colon_result(doc, _said_before(toks, fv, k, lang), src, table) if src is not None else None
    pronoun = src is not None and src[1] - src[0] == 1 and lang == "de" and toks[src[0]].text in ("er", "sie") and (
        pronoun_source(table, doc, src[0], toks[src[0]].start, toks[src[0]].text) is not None)
    if src is None or not (pronoun or any(speaker_word(t) for t in toks[src[0] : src[1]])):
        return None  # "Auf dem Plakat stand: „…“": no one who speaks (and no stray Source); s10: but
    return colon_result(doc, _said_before(toks, fv, k, lang), src, table)  # "Dabei griff sie … an: „…“" is hers


def _in_relative_en(toks, first: int, j: int) -> bool:
    """S28: token j lies in a relative clause in commas ("Laura Benning, who attended the hearing, posted on X:"):
    its verb is not the clause's."""
    opening = next((c for c in range(j - 1, first, -1) if toks[c].text == ","), None)
    if opening is None or toks[opening + 1].text.lower() not in ("who", "which"):
        return False
    c = j + 1
    while c < len(toks) and toks[c].sent == toks[j].sent:
        if toks[c].text == ",":
            return True
        c += 1
    return False


def _after_relative_en(toks, first: int, j: int) -> bool:
    """A participle right after the relative clause's closing comma is the main clause's past tense ("…, who
    attended the hearing, posted on X:")."""
    return toks[j].tag == "VVN" and j - 2 > first and toks[j - 1].text == "," and _in_relative_en(toks, first, j - 2)


def colon_result(doc, fv: int, src: tuple[int, int], table):
    source = _possessor(doc, src, table) or table.resolve(doc, *src)
    return (fv, src, source) if source.type in ("person", "organization", "media", "anonymous") else None


def _said_before(toks, fv: int, colon: int, lang: str) -> int:
    """S14: the cue of a clause that ends in a colon: its last reporting word ("The Government came out fighting
    by insisting:": "insisting"), else its finite verb."""
    return next((k for k in range(colon - 1, fv, -1) if _speech_word(toks[k], lang)), fv)


def _speech_word(tok, lang: str) -> bool:
    """A reporting verb, also an English "-ing" form the tagger read as a noun ("by insisting:")."""
    if verb_cue(tok, lang):
        return True
    w = tok.text.lower()
    return lang == "en" and w.endswith("ing") and bool({w[:-3] + "s", w[:-3] + "es"} & SPEECH_EN)


VERBLESS_LINKS = frozenset(
    "dazu darauf zum zur über gegenüber im am auf bei beim in nach vor vom mit on in to at after "
    "weiter ergänzend abschließend zudem außerdem dagegen hingegen knapp lapidar".split()
)
"""What may stand between a speaker and the colon: "Merz dazu:", "Scholz in der ARD:", "Merz bei Lanz:"; s9:
"Huber weiter:", "Die Ministerin knapp:"."""


def _verbless_speaker(doc, first: int, colon: int, table):
    """Round 13: "Der Minister dazu: „…“", "Merkel zum Urteil: „…“" — a speaker's noun phrase opening the
    sentence, at most a short phrase ("dazu", "zum Urteil") and no verb before the colon: (None, mention,
    Source) for a person or organisation; else None."""
    toks = doc.tokens
    if colon - first > 8 or any(t.pos in ("VERB", "AUX") or t.text in (",", ";") for t in toks[first:colon]):
        return None
    head = next((j for j in range(first, colon) if toks[j].pos in ("NOUN", "PROPN")), first)
    a, b = np_tokens(toks, head, first, colon)
    owner = _possessor(doc, (a, b), table) if a == first and b >= colon - 1 else None
    if owner is not None:  # round 16: "Sein Fazit: „…“"
        return None, (a, b), owner
    if a != first or not any(speaker_word(t) for t in toks[a:b]) or colon - b > 3:
        return None
    if b < colon and toks[b].text.lower() not in VERBLESS_LINKS:
        return None
    source = table.resolve(doc, a, b)
    return (None, (a, b), source) if source.type in ("person", "organization", "media", "anonymous") else None


STATEMENT_NOUNS = frozenset(
    "fazit urteil botschaft antwort kommentar reaktion forderung appell rat credo devise einschätzung prognose "
    "bilanz warnung mahnung kritik meinung ansicht position".split()
)
"""Nouns for what someone says: "Sein Fazit: „…“", "Ihr Urteil fiel deutlich aus: …" (round 16)."""


def _possessor(doc, src: tuple[int, int], table):
    """Round 16: "Sein Fazit:", "Ihre Antwort:": whose statement a possessive names (he / she), else None."""
    toks = doc.tokens
    a, b = src
    low = toks[a].text.lower()
    if (
        b - a >= 4
        and low in ("die", "das", "der")
        and toks[a + 1].text.lower() in STATEMENT_NOUNS
        and toks[a + 2].text.lower() in ("des", "der")
    ):  # "Die Antwort des Ministers: „…“": the genitive's
        owner = table.resolve(doc, a + 2, b)
        return owner if owner.type in ("person", "organization", "anonymous", "media") else None
    if b - a != 2 or toks[b - 1].text.lower() not in STATEMENT_NOUNS:
        return None
    if low in ("sein", "seine", "seinem", "seiner", "his"):
        pronoun = "er" if doc.language == "de" else "he"
    elif low in ("ihr", "ihre", "ihrem", "ihrer", "her"):
        pronoun = "sie" if doc.language == "de" else "she"
    else:
        return None
    return pronoun_source(table, doc, a, toks[a].start, pronoun)


def finite(tok, lang: str) -> bool:
    if lang == "en":  # the English layer's tags: VVD, VBZ …; its morphology says Fin
        return "VerbForm=Fin" in tok.morph and tok.pos in ("VERB", "AUX")
    return is_finite(tok)


QUOTE_LABELS = frozenset("o-ton originalton zitat wortlaut".split())
"""S14: words that announce a quotation, not who speaks it ("Hier etwas O-Ton: „…“")."""


def speaker_word(tok) -> bool:
    if tok.text.lower() in QUOTE_LABELS:
        return False
    if tok.ent[2:] in ("PER", "ORG") or tok.pos == "PROPN" or tok.text in ("He", "She", "They"):
        return True  # 'He put it bluntly: "…"' (English pronouns open the sentence)
    return tok.pos == "NOUN" and (
        is_person_noun(tok.text) or lexicon_person_noun(tok.text) or org_word(tok.text) or media_noun(tok.text)
    )
