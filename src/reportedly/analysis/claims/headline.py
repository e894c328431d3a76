"""Headline check: does the body back the headline, and does it back it as strongly?

Finds the body sentences that say what the headline says (content-word overlap, with the headline's
verb required when the tagger found one, and a few news synonyms such as versäumen/verpassen), then
compares certainty: a headline's hedge ("wohl" = probably) against the body's ("möglicherweise" =
possibly), figures against figures, negation against negation, and whether the headline drops an
attribution the body keeps. The explanation names the words a person can look up in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...model import HeadlineCheck, Quantity, source_label
from .hedges import hedge_strength

SUPPORT_MIN = 0.3
"""Share of the headline's content words a body sentence must contain to count as backing it."""

_PREFIX = re.compile(r"^\s*([^:\n]{2,40}?):\s+(?=\S)")
_SUFFIX = re.compile(
    r"(?:,|\s[–-])\s*(?:sagt|sagte|warnt|fordert|says|said|warns|laut|according to)\s+([^,]{2,40})$", re.I
)
# Cues of a disputed assertion: a headline that drops them states an accusation as fact.
_CONTESTED = re.compile(
    r"\b(behauptet\w*|wirft\w* .{0,60}vor|vorgeworfen|Vorwurf|Vorwürfe|beschuldig\w*|unterstellt\w*|"
    r"angeblich|mutmaßlich\w*|claim(?:s|ed)?|alleg\w*|accus\w*|critics say|Kritiker)\b",
    re.I,
)
_NEG = re.compile(r"\b(nicht|kein\w*|nie|niemals|not|no|never|none|n't)\b", re.I)
_ABSOLUTE = re.compile(
    r"\b(alle|immer|nie|niemals|völlig|komplett|total|Rekord\w*|massiv\w*|beweist|bewiesen|"
    r"bestätigt|endgültig|all|every|always|never|record|massive|proves?|proven|confirm(?:s|ed)|"
    r"definitely|completely)\b",
    re.I,
)
_STOP = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
    "für", "mit", "von", "vom", "zum", "zur", "auf", "aus", "bei", "nach", "über", "unter", "wie", "als",
    "auch", "nicht", "noch", "schon", "sich", "ist", "sind", "war", "wird", "werden", "hat", "haben",
    "the", "and", "for", "with", "from", "that", "this", "over", "into", "after", "has", "have", "was",
    "were", "are", "will", "its", "his", "her", "their", "not", "but", "than", "about", "wohl", "offenbar",
    "könnte", "dürfte", "may", "might", "could", "says", "sagt", "laut", "gegen", "against", "new", "neue",
}
# News synonyms the overlap would otherwise miss; each maps to one key.
_SYNONYMS = {
    "verpas": "versäu", "vertan": "versäu", "vertun": "versäu", "missed": "versäu", "miss": "versäu",
    "chance": "gelege",
    "opport": "gelege", "gesprä": "verhan", "talks": "verhan", "negoti": "verhan", "getöte": "tote",
    "killed": "tote", "dead": "tote", "deaths": "tote", "starben": "tote", "gestor": "tote", "tot": "tote",
    "rücktr": "zurück", "resign": "zurück", "steigt": "steig", "gestie": "steig", "rises": "steig",
    "rose": "steig", "sinkt": "sink", "gesunk": "sink", "falls": "sink", "fell": "sink", "plant": "plan",
    "planen": "plan", "plans": "plan",
    "shot": "destro", "shoot": "destro", "downed": "destro", "interc": "destro", "zerstö": "destro",
    "abgefa": "destro",  # s17: "shot down 20 drones" in the headline, "had destroyed 20 drones" in the body
}

_SYN = {
    "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c)): "".join(
        c for c in unicodedata.normalize("NFKD", v) if not unicodedata.combining(c)
    )
    for k, v in _SYNONYMS.items()
}


def check_headline(doc, quantities: list[Quantity]) -> HeadlineCheck | None:
    """Compare headline and body; None when the text has no separate headline."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    if doc.headline_end <= lead or doc.headline_end >= len(text.rstrip()):
        return None
    span = doc.trimmed_span(lead, doc.headline_end)
    head = span.text
    pm = _PREFIX.match(head)
    sm = _SUFFIX.search(head)
    attributed_to = pm.group(1).strip() if pm and _looks_like_source(pm.group(1)) else None
    if attributed_to is None and sm:
        attributed_to = sm.group(1).strip()
    body_from = span.start + (pm.end() if pm and attributed_to else 0)
    head_claim = text[body_from : span.end]
    head_hedges = [h for h in doc.analysis.hedges if span.start <= h.span.start < span.end]
    head_strength = (
        0.5
        if head.rstrip().endswith("?")
        else min([hedge_strength(h.span.text) for h in head_hedges], default=3.0)
    )
    head_att = next(
        (a.id for a in doc.analysis.attributions if a.cue and span.start <= a.cue.start < span.end), None
    )
    keys = _groups(doc, body_from, span.end)
    verbs = _groups(doc, body_from, span.end, verbs_only=True)
    body = [
        s for s in doc.sentences if s.start >= doc.headline_end and not doc.is_boilerplate(s.start, s.end)
    ]
    scored, topical = [], []
    for s in body if keys else ():  # no content words: no sentence reaches SUPPORT_MIN
        sk = _sentence_keys(doc.tokens, s)
        share = sum(1 for g in keys if g & sk) / len(keys)
        if share < SUPPORT_MIN:
            continue
        (scored if not verbs or any(g & sk for g in verbs) else topical).append((share, s))
    scored.sort(key=lambda x: -x[0])
    best = scored[0][0] if scored else 0.0
    support = [s for r, s in scored if verbs or r >= 0.6 * best][:4]
    if not support and topical:
        # Same topic, other predicate: only a hedged or narrower body makes the headline "stronger".
        facts = [_backing(doc, s) for _, s in sorted(topical, key=lambda x: -x[0])[:4]]
        weaker = max(f["strength"] for f in facts) < head_strength
        if weaker or _absolute_missing(head_claim, [f["text"] for f in facts]):
            support = [s for _, s in sorted(topical, key=lambda x: -x[0])[:4]]
    result = HeadlineCheck(
        span=span,
        assessment="supported",
        explanation="",
        attribution=head_att,
        hedges=[h.span for h in head_hedges],
    )
    if not support:
        result.assessment = "unsupported"
        result.explanation = (
            f"No sentence in the body says what the headline says ({_quote(head_claim)}); "
            f"none contains {SUPPORT_MIN:.0%} of its content words."
        )
        return result
    result.supported_by = _support_ids(doc, support)
    facts = [_backing(doc, s) for s in support]
    strongest = max(facts, key=lambda f: (f["strength"], f["hedged"], bool(f["by"])))
    head_q = [q for q in quantities if span.start <= q.span.start < span.end]
    body_q = [q for q in quantities if q.span.start >= doc.headline_end]
    missing = [q for q in head_q if not any(_same_value(q, b) for b in body_q)]
    who = f", attributed to {attributed_to}," if attributed_to else ""
    if missing:
        q = missing[0]
        bigger = [b for b in body_q if b.value and 0 < b.value < q.value and _same_unit(q, b)]
        result.assessment = "stronger_than_body" if bigger else "unsupported"
        result.explanation = f"The headline's figure {_quote(q.span.text)} does not occur in the body" + (
            f", which gives {_quote(bigger[0].span.text)}." if bigger else "."
        )
    elif all(bool(_NEG.search(head_claim)) != bool(_NEG.search(f["text"])) for f in facts):
        result.assessment = "unsupported"
        result.explanation = (
            f"The headline {'denies' if _NEG.search(head_claim) else 'asserts'} what the body "
            f"{'asserts' if _NEG.search(head_claim) else 'denies'}: {_quote(strongest['text'])}."
        )
    elif head_strength > strongest["strength"]:
        result.assessment = "stronger_than_body"
        hedge_words = ", ".join(_quote(h.span.text) for h in head_hedges) or "no hedge"
        result.explanation = (
            f"The headline presents it as {_certainty(head_strength)} ({hedge_words}){who} but the body "
            f"backs it only with {len(facts)} {_certainty(strongest['strength'])} "
            f"statement{'s' if len(facts) > 1 else ''}, the strongest being "
            f"{_quote(strongest['text'])}{strongest['by']}."
        )
    elif absolute := _absolute_missing(head_claim, [f["text"] for f in facts]):
        result.assessment = "stronger_than_body"
        result.explanation = (
            f"The headline says {_quote(absolute)}, which none of the body sentences backing it "
            f"says ({_quote(strongest['text'])})."
        )
    elif (
        head_strength >= 3 and not attributed_to and head_att is None and all(f["contested"] for f in facts)
    ):
        result.assessment = "stronger_than_body"
        result.explanation = (
            f"The headline states as fact what the body only reports{strongest['by']}: "
            f"{_quote(strongest['text'])}."
        )
    else:
        result.explanation = (
            f"The body backs the headline as {_certainty(strongest['strength'])}: "
            f"{_quote(strongest['text'])}{strongest['by']}."
        )
    return result


def _fold(word: str) -> str:
    w = word.lower()
    if w.isascii():
        return w
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c))


def _looks_like_source(prefix: str) -> bool:
    """ "Politico:", "Minister:", "Studie beweist:" name a source; "Brand in Lagerhalle:" names a topic."""
    words = prefix.split()
    return len(words) <= 4 and not any(w.lower() in _TOPIC_WORDS for w in words)


_TOPIC_WORDS = {"in", "im", "am", "an", "bei", "nach", "vor", "auf", "für", "gegen", "um", "mit", "über",
                "at", "on", "for", "after", "over", "of", "with", "und", "and"}
_EN_SUFFIX = re.compile(r"(?<=\w{3})(?:ing|ed|es|s)$")


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    w = _fold(word)
    if w.isascii():
        w = _EN_SUFFIX.sub("", w)
    k = w[:6]
    return _SYN.get(k, _SYN.get(w, k))


def _groups(doc, start: int, end: int, verbs_only: bool = False) -> list[frozenset[str]]:
    """Per content token in [start, end), its keys: lemma and surface word cut to 6 letters, hyphen
    parts, news synonyms merged. With `verbs_only`, the full verbs (the predicate the body must repeat)."""
    out: list[frozenset[str]] = []
    lo = doc.token_at(start)
    i = lo.i if lo is not None else 0
    toks = doc.tokens
    tagged = any(t.pos for t in toks[i:i + 5])
    while i < len(toks) and toks[i].start < end:
        t = toks[i]
        i += 1
        if t.start < start:
            continue
        keys = _word_keys(t.text, t.lemma)
        if keys is None:
            continue
        if verbs_only and not (t.pos == "VERB" if tagged else _untagged_verb(doc, t)):
            continue
        out.append(keys)
    return out


@lru_cache(maxsize=65536)
def _word_keys(text: str, lemma: str) -> frozenset[str] | None:
    """The keys of one (word, lemma); None for short words, punctuation and stop words."""
    if len(text) < 3 or not text[0].isalnum() or text.lower() in _STOP:
        return None
    keys = {_key(text)}
    if lemma and lemma[0].isalpha() and lemma.lower() not in _STOP:
        keys.add(_key(lemma))
    if "-" in text:
        keys.update(_key(p) for p in text.split("-") if len(p) >= 3 and p.lower() not in _STOP)
    return frozenset(keys)


def _keys(doc, start: int, end: int) -> set[str]:
    return set().union(*_groups(doc, start, end))


def _sentence_keys(tokens, sent) -> set[str]:
    """`_keys` of a whole sentence, from its token range: no offset search and no per-token
    bounds checks (the check runs it on every body sentence)."""
    out: set[str] = set()
    for t in tokens[sent.first:sent.last]:
        k = _word_keys(t.text, t.lemma)
        if k is not None:
            out |= k
    return out


def _untagged_verb(doc, t) -> bool:
    """Untagged German: lower-case content words that do not look like adjectives are verbs."""
    w = t.text
    return doc.language == "de" and w[:1].islower() and len(w) > 3 and (
        not w.endswith(("e", "en", "er", "es", "em")) or _key(w) in _SYN.values())


def _backing(doc, sent) -> dict:
    text = doc.text[sent.start : sent.end].strip()
    hedges = [h for h in doc.analysis.hedges if sent.start <= h.span.start < sent.end]
    strength = min([hedge_strength(h.span.text) for h in hedges], default=3.0)
    if text.endswith("?") or re.search(r"\b(ob|whether|if)\b", text):
        strength = min(strength, 1.0)
    att = max(
        doc.analysis.attributions,
        default=None,
        key=lambda a: min(sent.end, a.message.end) - max(sent.start, a.message.start),
    )
    if att is not None and min(sent.end, att.message.end) - max(sent.start, att.message.start) <= 0:
        att = None
    by = ""
    if att is not None:
        by = f" (said by {source_label(doc.analysis.source_by_id(att.source))})"
    shown = att.message.text if att is not None and sent.start <= att.message.start < sent.end else text
    return {
        "text": shown, "strength": strength, "by": by,
        "hedged": bool(hedges),
        "contested": bool(_CONTESTED.search(text)),
    }


def _support_ids(doc, support) -> list[str]:
    ids: list[str] = []
    for s in support:
        ids += [c.id for c in doc.analysis.claims if c.sentence.start >= s.start and c.sentence.end <= s.end]
        ids += [a.id for a in doc.analysis.attributions if s.start <= a.message.start < s.end]
    return list(dict.fromkeys(ids))


def _same_value(a: Quantity, b: Quantity) -> bool:
    return abs(a.value - b.value) <= 0.01 * max(1.0, abs(a.value)) or (
        b.upper is not None and b.value <= a.value <= b.upper
    )


def _same_unit(a: Quantity, b: Quantity) -> bool:
    return not a.unit or not b.unit or _key(a.unit.split()[-1]) == _key(b.unit.split()[-1])


def _absolute_missing(head: str, body: list[str]) -> str | None:
    for m in _ABSOLUTE.finditer(head):
        if not any(re.search(rf"\b{re.escape(m.group(0))}\b", b, re.I) for b in body):
            return m.group(0)
    return None


def _certainty(strength: float) -> str:
    if strength >= 3:
        return "certain"
    if strength >= 2:
        return "probable"
    if strength >= 1:
        return "possible"
    return "open"


def _quote(s: str, limit: int = 120) -> str:
    s = " ".join(s.split())
    return "'" + (s if len(s) <= limit else s[: limit - 1] + "…") + "'"
