"""A cheap subject heuristic: link each finite verb to the nominative subject of its clause.

No parser is shipped (a trained parser costs more time per word than the whole layer may). The
attribution engine needs the subject of a speech verb, so for every finite verb we mark one token
with ``dep="nsubj"`` and ``head=<verb index>``:

1. the clause is the stretch around the verb bounded by punctuation, subordinating conjunctions
   ("dass", "that") and other finite verbs;
2. candidates are personal/demonstrative/indefinite pronouns in the nominative form and the heads
   of noun phrases (last NOUN/PROPN of a run), skipping noun phrases introduced by a preposition;
3. the first candidate of the clause before the verb wins (German V2 and verb-final clauses,
   English SVO);
   otherwise the first candidate after it (German inversion: "betonte der Sprecher").

Heads are indices into the token list given (the document's token index in the pipeline).
"""

from __future__ import annotations

from .tokenize import MONTHS

BREAK = frozenset(",;:–—()[]\"„“”«»‚‘…!?.")
NOM_PRON = {
    "de": frozenset("ich du er sie es wir ihr man wer was der die das dies dieser diese jemand niemand "
                    "keiner alle viele beide einer eine".split()),
    "en": frozenset("i you he she it we they who someone nobody everyone anyone one this that these those".split()),
}
NOT_NOMINATIVE = frozenset("dem einem den einen keinem keinen diesem diesen jedem jeden".split())
"""German articles that never open a subject."""
OBLIQUE_PRONOUNS = frozenset("mir mich dir dich uns euch ihm ihn ihnen".split())
"""German pronouns that are never a subject."""
NP_INNER = frozenset({"DET", "ADJ", "NUM", "ADV", "PROPN", "NOUN", "PRON"})
RELATIVE_EN = frozenset({"who", "which"})
NOUNISH = frozenset({"NOUN", "PROPN", "ADJ"})


def _is_fin(t) -> bool:
    return "VerbForm=Fin" in t.morph and t.pos in ("VERB", "AUX")


def _candidate(tokens, k: int, lang: str, a: int) -> bool:
    t = tokens[k]
    if t.pos == "PRON":
        return t.text.lower() in NOM_PRON.get(lang, ())
    if t.pos not in ("NOUN", "PROPN"):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].pos in ("NOUN", "PROPN") and tokens[k + 1].text not in BREAK:
        return lang == "de" and time_phrase_at(tokens, k + 1)  # not the last word of a name / compound run
    if lang == "de" and k + 2 < len(tokens) and tokens[k + 1].tag == "ADJA" and tokens[k + 2].pos == "NOUN" and (
        tokens[k - 1].tag == "CARD"
    ):
        return False  # s13: "Der 330 Seiten starke Bericht": a measure inside the attribute of the next noun
    j = k - 1
    while j >= a and tokens[j].pos in NP_INNER:
        j -= 1
    if lang == "de" and j + 1 < k and tokens[j + 1].text.lower() in NOT_NOMINATIVE:
        return False  # s12: "was eine Quelle einem Reporter erzählt": a dative or accusative phrase
    if j > a and tokens[j].text in ("und", "oder", "and", "or"):  # s12: "außer Pence und Trump": the second
        i = j - 1  # conjunct of a phrase with a preposition
        while i >= a and tokens[i].pos in NP_INNER:
            i -= 1
        if i >= a and tokens[i].pos == "ADP" and i < j - 1:
            return False
    if j >= a and tokens[j].pos == "ADP":
        return extended_attribute(tokens, k, a)  # "der in Hamburg lebende Autor" is no prepositional phrase
    if k > a and tokens[k - 1].tag in ("ART",) and tokens[k - 1].text.lower() in ("des", "dem", "der") and \
            k - 1 > a and tokens[k - 2].pos in ("NOUN", "PROPN"):
        return False  # genitive attribute "der Sprecher des Ministeriums"
    return True


def _bracket_start(tokens, close: int, a: int) -> int:
    """The token before a short bracketed label ending at `close`, or a - 1 (stop) when there is none."""
    for j in range(close - 1, max(a, close - 5) - 1, -1):
        if tokens[j].text == "(":
            return j - 1 if j > a else a - 1
        if tokens[j].text in BREAK or _is_fin(tokens[j]):
            break
    return a - 1


def extended_attribute(tokens, k: int, a: int) -> bool:
    """Is noun k the head of "der in Hamburg lebende Autor", "die seit Jahren tätige Anwältin": an article,
    a phrase with a preposition, then an attributive adjective or participle right before the noun?"""
    if k - 2 < a or tokens[k - 1].tag != "ADJA":
        return False
    i = k - 1
    while i > a and tokens[i - 1].tag == "ADJA":
        i -= 1
    if tokens[i - 1].pos == "DET" and i - 2 >= a and tokens[i - 2].pos == "ADP":
        return False  # s30: "Die für die technische Infrastruktur (zuständige Gematik)": the adjective of the
        # phrase's own noun
    for j in range(k - 2, max(a, k - 9) - 1, -1):
        t = tokens[j]
        if t.pos == "DET" and (tokens[j + 1].pos == "ADP" or tokens[j + 1].tag in ("PTKA", "ADV")):
            return True
        if t.text in BREAK or _is_fin(t) or t.pos in ("SCONJ", "VERB"):
            return False
    return False


NOMINATIVE_ONLY = frozenset("ich du er wir man".split())
"""German pronouns that can only be a subject: right after the verb, they are the subject whatever comes first."""
TIME_LEADS = frozenset("ende anfang mitte".split())
TIME_NOUNS = frozenset("""woche wochen monat monats jahr jahres tag tages wochenende sommer winter herbst frühjahr
    frühling abend morgen nacht montag dienstag mittwoch donnerstag freitag samstag sonntag""".split())
TIME_DETS = frozenset("""vergangene vergangenen vergangener vergangenes letzte letzten letzter letztes diese diesen
    dieser dieses jede jeden jedes nächste nächsten nächstes kommende kommenden kommendes vorige vorigen voriges
    selben gleichen""".split())


def time_phrase_at(tokens, k: int) -> bool:
    """S13: "meldete die Polizei Anfang Oktober": a time phrase with no preposition ("Anfang Oktober", "Ende
    vergangener Woche") starts at k, so the noun before it ends the subject."""
    if tokens[k].text.lower() not in TIME_LEADS or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].text.lower()
    return nxt in MONTHS or nxt in TIME_NOUNS or nxt in TIME_DETS or nxt.isdigit()


def _time_vorfeld(tokens, k: int, v: int, a: int) -> bool:
    """Is the German noun phrase before a second-place verb a time ("Ende vergangener Woche", "Mitte
    Juni", "Vergangene Woche"), no subject? It takes no article; its subject follows the verb."""
    low = tokens[a].text.lower()
    if low not in TIME_LEADS and low not in TIME_DETS:
        return False  # cheap test first: most subjects open with no time word
    if not (a <= k < v) or any(tokens[j].pos not in ("NOUN", "PROPN", "ADJ", "NUM", "DET") for j in range(a, v)):
        return False
    if low in TIME_LEADS:
        return v - a >= 2
    return low in TIME_DETS and v - a == 2 and tokens[a + 1].text.lower() in TIME_NOUNS


def attach_subjects(tokens, a: int, b: int, lang: str) -> None:
    for v in range(a, b):
        tv = tokens[v]
        if not tv.morph or not _is_fin(tv):  # most tokens have no morphology: skip the call
            continue
        found = -1
        k = v - 1
        while k >= a:
            if tokens[k].text == ")":  # "Der Sprecher der Bundesagentur (BA) in Nürnberg sagte": skip the label
                k = _bracket_start(tokens, k, a)
                continue
            if tokens[k].text in BREAK or _is_fin(tokens[k]) or tokens[k].pos == "SCONJ" or tokens[k].tag == "PWAV":
                break  # s12 (PWAV): "…, wie wir erklären und wie The Elec berichtete": "wie" opens a clause
            if lang == "en" and k > a and tokens[k].text.lower() in RELATIVE_EN and tokens[k - 1].pos in NOUNISH:
                found = k - 1  # "An official who worked on it said": the noun ("official" read as ADJ), not "who"
                k -= 2
                continue
            if _candidate(tokens, k, lang, a):
                found = k  # keep scanning: the first candidate of the clause is the subject
            k -= 1
        if found >= 0 and lang == "de" and tokens[found].text.lower() == "was" and found + 1 < v:
            later = next((j for j in range(found + 1, v) if _candidate(tokens, j, lang, found + 1)), -1)
            found = later if later >= 0 else found  # s12: "…, was Fachleute vermuten": "was" is the object
        if found >= 0 and lang == "de" and v + 1 < b and tokens[v + 1].text.lower() in NOMINATIVE_ONLY:
            found = v + 1  # s12: "Denunziantentum nennt man das", "Das sagte ich": the noun before is an object
        elif found >= 0 and lang == "de" and _time_vorfeld(tokens, found, v, k + 1):
            found = -1  # s12: "Ende vergangener Woche soll Le Drian gebeten haben": the subject follows
        if found < 0:
            k = v + 1
            while k < b and tokens[k].text not in BREAK and not _is_fin(tokens[k]):
                if _candidate(tokens, k, lang, a):
                    found = k
                    break
                k += 1
        if found >= 0 and not tokens[found].dep:
            tokens[found].head = v
            tokens[found].dep = "nsubj"
