"""Hedges: the words with which a text (or its sources) says it is not sure.

A lexicon decides the candidates; small rules then drop the non-epistemic uses that make a naive
word list useless: the noun "Wohl", "sich wohl fühlen", deontic "soll" ("Die Regierung soll
handeln"), "could not" of ability, the month "May", "as soon as possible". Each hedge carries a
strength (see `hedge_strength`), which the headline check uses to compare headline and body.
"""

from __future__ import annotations

import re

from ...model import Hedge, Span

# word → (kind, strength); strength 2 = "probably", 1 = "possibly / it is said".
WORDS: dict[str, tuple[str, float]] = {
    "wohl": ("modal_particle", 2), "offenbar": ("modal_particle", 2), "anscheinend": ("modal_particle", 2),
    "vermutlich": ("modal_particle", 2), "angeblich": ("modal_particle", 1),
    "scheinbar": ("modal_particle", 2), "offensichtlich": ("modal_particle", 2),
    "offenkundig": ("modal_particle", 2), "augenscheinlich": ("modal_particle", 2),
    "wahrscheinlich": ("adverb", 2), "möglicherweise": ("adverb", 1), "womöglich": ("adverb", 1),
    "mutmaßlich": ("adverb", 1), "vielleicht": ("adverb", 1), "eventuell": ("adverb", 1),
    "voraussichtlich": ("adverb", 2), "unbestätigt": ("adverb", 1), "unklar": ("adverb", 1),
    "könnte": ("modal_verb", 1), "könnten": ("modal_verb", 1), "dürfte": ("modal_verb", 2),
    "dürften": ("modal_verb", 2), "reportedly": ("adverb", 1), "allegedly": ("adverb", 1),
    "apparently": ("adverb", 2), "possibly": ("adverb", 1), "probably": ("adverb", 2),
    "perhaps": ("adverb", 1), "maybe": ("adverb", 1), "presumably": ("adverb", 2),
    "purportedly": ("adverb", 1), "supposedly": ("adverb", 1), "seemingly": ("adverb", 2),
    "likely": ("adverb", 2), "unlikely": ("adverb", 1), "unclear": ("adverb", 1),
    "unconfirmed": ("adverb", 1), "may": ("modal_verb", 1), "might": ("modal_verb", 1),
    "could": ("modal_verb", 1), "alleged": ("adjective", 1), "apparent": ("adjective", 2),
    "possible": ("adjective", 1), "suspected": ("adjective", 1), "purported": ("adjective", 1),
}
# Inflected adjectives: "angebliche", "mutmaßlichen", "vermeintlichen".
_ADJ_RX = re.compile(r"(angeblich|mutmaßlich|vermeintlich|wahrscheinlich|möglich)(e|en|er|es|em)?$")
_REPORTIVE_SOLL = {"soll", "sollen"}
_SCHEIN = {
    "scheint", "scheinen", "schien", "schienen", "appears", "appear", "appeared", "appearing", "seems",
    "seem", "seemed",
}
_GILT = {"gilt", "gelten", "galt", "galten"}
_PASSIVE_BELIEF = {"believed", "thought", "said", "reported", "rumored", "rumoured", "understood"}
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_DEMAND = re.compile(
    r"\b(forder\w*|verlang\w*|appellier\w*|aufgefordert|Aufforderung|müsse|müssen|endlich|"
    r"unbedingt|sofort|Willen|will|wollen|Plan\w*|Ziel)\b",
    re.I,
)
_NOUN_WOHL_BEFORE = {
    "zum", "das", "dem", "des", "für", "aufs", "ihr", "sein", "ihrem", "seinem", "allgemeine",
    "öffentliche", "gemeinsame", "leibliche",
}
_FEEL = re.compile(r"^(fühl|befind|bekomm|tut|tat|ergeh|war mir)", re.I)
_ZU_INF = re.compile(r"^(?:an|auf|aus|ein|mit|vor|zurück|ab|weg|her|hin)zu\w+en$")
_BOUNDARY = ',;:–—()"„“”«»'


_CANDIDATES = frozenset(WORDS) | _REPORTIVE_SOLL | _SCHEIN | _GILT | _PASSIVE_BELIEF | {
    "vernehmen", "verlautet", "verlautete", "estimated", "think", "believe", "glaube", "denke",
    "vermute", "clear", "klar"}
_ADJ_STEMS = ("angeblich", "mutmaßlich", "vermeintlich")
_HEARSAY_NOUNS = ("berichten", "gerüchten")
"""S17: "Medienberichten zufolge", "Gerüchten zufolge": someone says it, the text does not (with "zufolge")."""


def find_hedges(doc) -> list[Hedge]:
    """Epistemic hedges with kind and the clause each one weakens."""
    out: list[Hedge] = []
    toks = doc.tokens
    for sent in doc.sentences:
        stoks = toks[sent.first : sent.last]
        question = doc.text[sent.start : sent.end].rstrip().endswith("?")
        for k, t in enumerate(stoks):
            low = t.text.lower()
            if low not in _CANDIDATES and not low.startswith(_ADJ_STEMS) and not low.endswith(_HEARSAY_NOUNS):
                continue
            hit = _match(doc, stoks, k, question)
            if hit is None or t.boilerplate or doc.is_boilerplate(t.start, t.end):
                continue
            (s, e), kind = hit
            out.append(Hedge(span=doc.span(s, e), kind=kind, scope=_scope(doc, sent, s, e)))
    return out


def _match(doc, stoks, k: int, question: bool) -> tuple[tuple[int, int], str] | None:
    t = stoks[k]
    w = t.text
    low = w.lower()
    nxt = stoks[k + 1].text.lower() if k + 1 < len(stoks) else ""
    prev = stoks[k - 1].text.lower() if k > 0 else ""
    span = (t.start, t.end)
    if low == "wohl":
        if _wohl_is_noun_or_feeling(stoks, k) or nxt == "aber":
            return None
        return span, "modal_particle"
    if low == "may" and (w == "May" and (k > 0 or (nxt[:1].isdigit()))):
        return None  # the month
    if low == "could" and nxt in ("not", "n't", "never"):
        return None  # ability: "could not be reached"
    if low == "possible" and (prev in ("as", "if", "whenever", "wherever") or nxt in ("to", "", ".", ",")):
        return None
    if low in ("könnte", "könnten", "could", "may", "might") and question and k == 0:
        return None  # "Könnte er …?" asks, it does not hedge
    if low in ("likely", "unlikely") and prev in ("more", "most", "less"):
        return None
    if low == "offenbar" and prev in ("wurde", "wurden", "wird", "werden", "ist") and nxt in ("", ".", ","):
        return None  # "wurde offenbar" = became evident
    if low in WORDS:
        return span, WORDS[low][0]
    if _ADJ_RX.fullmatch(low) and not low.startswith("möglich") and low not in ("wahrscheinlich",):
        return span, "adjective"
    if low in _REPORTIVE_SOLL:
        return (span, "modal_verb") if _reportive_soll(doc, stoks, k, question) else None
    if low in _SCHEIN and _followed_by_zu_or_as(stoks, k, low) and not (w == "Schienen" and k > 0):  # the rails
        return span, "reporting_verb"
    if low in _GILT and any(x.text.lower() == "als" for x in stoks[k + 1 : k + 6]):
        return span, "reporting_verb"
    if low in _PASSIVE_BELIEF and prev in _BE and nxt == "to":
        return (stoks[k - 1].start, t.end), "reporting_verb"  # "is believed to", "is said to"
    if low.endswith(_HEARSAY_NOUNS) and nxt == "zufolge":
        return (t.start, stoks[k + 1].end), "reporting_verb"
    if low == "vernehmen" and prev == "dem" and nxt == "nach":  # s17: "Dem Vernehmen nach", as one hears
        return (stoks[k - 1].start, stoks[k + 1].end), "reporting_verb"
    if low in ("verlautet", "verlautete") and prev == "wie" and nxt == ",":  # s17: "Wie verlautet, …"
        return (stoks[k - 1].start, t.end), "reporting_verb"
    if low == "estimated" and prev == "an":
        return (stoks[k - 1].start, t.end), "adverb"
    if low in ("think", "believe", "glaube", "denke", "vermute") and prev in ("i", "we", "ich", "wir"):
        return (stoks[k - 1].start, t.end), "reporting_verb"
    if (
        low in ("clear", "klar")
        and prev in ("not", "nicht")
        and k >= 2
        and stoks[k - 2].text.lower() in ("is", "was", "ist", "war", "es")
    ):
        return (stoks[k - 2].start, t.end), "adverb"  # "it is not clear", "ist nicht klar"
    return None


def _wohl_is_noun_or_feeling(stoks, k: int) -> bool:
    t = stoks[k]
    prev = stoks[k - 1].text.lower() if k > 0 else ""
    if t.text == "Wohl" and k > 0 and prev not in ('"', "„", "(", "–"):
        return True  # the noun, mid-sentence
    if prev in _NOUN_WOHL_BEFORE or (t.pos == "NOUN"):
        return True
    if t.text == "Wohl" and k + 1 < len(stoks) and stoks[k + 1].text.lower() in ("der", "des", "und", "von"):
        return True
    return any(_FEEL.match(x.text) for x in _clause_tokens(stoks, k) if x is not t)


def _reportive_soll(doc, stoks, k: int, question: bool) -> bool:
    """ "Kim soll gestorben sein" (is said to) vs "Die Regierung soll handeln" (ought to)."""
    if question:
        return False
    prev = stoks[k - 1].text.lower() if k > 0 else ""
    if prev in ("ich", "wir", "du", "ihr", "man") or (
        k + 1 < len(stoks) and stoks[k + 1].text.lower() in ("ich", "wir", "du", "ihr", "man")
    ):
        return False
    clause = _clause_tokens(stoks, k)
    words = [x.text.lower() for x in clause]
    if any(w in ("sein", "haben", "worden") for w in words):
        return True  # perfect infinitive: reportive
    if doc.in_quote(stoks[k].start, stoks[k].end):
        return False
    sent_text = doc.text[stoks[0].start : stoks[-1].end]
    if _DEMAND.search(sent_text):
        return False
    after = [x for x in clause if x.start > stoks[k].start]
    if len(after) <= 2 and after and (after[0].tag.startswith("VV") or after[0].text.endswith("en")):
        return False  # bare "soll handeln": an order, not a report
    return True


def _followed_by_zu_or_as(stoks, k: int, low: str) -> bool:
    clause = [x.text.lower() for x in _clause_tokens(stoks, k) if x.start > stoks[k].start]
    if low.startswith(("appear", "seem")):
        return bool(clause) and clause[0] in ("to", "that", "likely", "unlikely", "as", "increasingly")
    return "zu" in clause or any(_ZU_INF.match(w) for w in clause)


def _clause_tokens(stoks, k: int):
    i = k
    while i > 0 and stoks[i - 1].text not in _BOUNDARY:
        i -= 1
    j = k
    while j + 1 < len(stoks) and stoks[j + 1].text not in _BOUNDARY:
        j += 1
    return stoks[i : j + 1]


def _scope(doc, sent, s: int, e: int) -> Span:
    """The clause the hedge weakens: between the nearest clause boundaries inside its sentence."""
    text = doc.text
    a = s
    while a > sent.start and text[a - 1] not in _BOUNDARY and text[a - 1] != "\n":
        a -= 1
    b = e
    if text[a:e].lower().startswith("wie ") and text[e : e + 1] == ",":
        b = e + 1  # s17: "Wie verlautet, will der Konzern …" weakens the clause after the comma
    while b < sent.end and text[b] not in _BOUNDARY and text[b] != "\n":
        b += 1
    sp = doc.trimmed_span(a, b)
    if sp.text.endswith((".", "!", "?")):
        sp = doc.trimmed_span(sp.start, sp.end - 1)
    return sp


def hedge_strength(word: str) -> float:
    """How much a hedge weakens a statement: 2 "probably", 1 "possibly / reportedly" (3 = a plain fact)."""
    low = word.lower().split()[0] if word.strip() else ""
    if low in WORDS:
        return WORDS[low][1]
    if low in _SCHEIN or low in _GILT or low in ("is", "are", "was", "were", "i", "we", "ich", "wir"):
        return 2
    return 1
