"""German cues of several words: around a noun (session 7): "In dem Schreiben war von einem „Dialog“ die
Rede" (something is mentioned; the message is what the von-phrase names, the source the fronted "In …"
phrase when there is one); a verb with its fixed phrase (round 18): "brachte zum Ausdruck, dass …",
"gab zu verstehen", "legte Wert darauf", "machte deutlich", "äußerte die Hoffnung"."""

from __future__ import annotations

from .event import Event
from .lexicon import SEIN_FORMS
from .phrases import np_tokens

FRONT_PREPS = frozenset("in im aus bei".split())


def rede_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ "… war von X die Rede": token i is "Rede" after "die"; a form of "sein" and then "von"/"vom"
    come before it in the clause."""
    toks = doc.tokens
    if i - 3 < first or toks[i - 1].text.lower() != "die":
        return None
    aux = von = None
    for k in range(i - 2, max(first - 1, i - 16), -1):
        low = toks[k].text.lower()
        if low in (",", ";", ":"):
            return None
        if von is None and low in ("von", "vom"):
            von = k
        elif von is not None and low in SEIN_FORMS:
            aux = k
            break
    if aux is None or von is None or i - 1 - (von + 1) < 1:
        return None
    src = None
    if toks[first].text.lower() in FRONT_PREPS and aux > first + 1:
        head = next((k for k in range(first + 1, aux) if toks[k].pos in ("NOUN", "PROPN")), None)
        src = np_tokens(toks, head, first + 1, aux) if head is not None else None
    msg = (von + 1, i - 1) if toks[von].text.lower() == "von" else (von, i - 1)
    return Event([aux, i - 1, i], src, [msg], "indirect", si, passive=src is None)


VERB_PHRASES = {
    "bringen": (("zum", "ausdruck"),),
    "geben": (("zu", "verstehen"), ("schuld",)),  # s9: "gab der Regierung die Schuld an der Krise"
    "aufwerfen": (("frage",),),
    "legen": (("wert",),),
    "machen": (("deutlich",), ("klar",), ("geltend",)),
    "zeigen": (("verständnis",),),  # s9: "zeigte Verständnis für die Proteste"
    "stellen": (("in", "aussicht"), ("klar",), ("in", "frage")),
    "lassen": (("wissen",), ("verlauten",), ("ausrichten",)),
    "äußern": (("hoffnung",), ("sorge",), ("befürchtung",), ("erwartung",), ("vermutung",), ("ansicht",),
               ("zweifel",), ("bedenken",), ("kritik",), ("unverständnis",)),  # s9: "äußerte Zweifel an …"
    "üben": (("kritik",),),  # s9: "übte scharfe Kritik an den Plänen": the floor for the sentences after it
    "erteilen": (("absage",),),  # s9: "erteilte den Forderungen eine klare Absage"
    "anmelden": (("bedenken",), ("zweifel",)),  # s9: "meldeten Bedenken an"
    "erheben": (("vorwurf",), ("vorwürfe",), ("forderung",), ("forderungen",)),
    "schlagen": (("alarm",),),  # "schlägt Alarm: In vielen Regionen drohe …"
    "vertreten": (("ansicht",), ("auffassung",), ("meinung",), ("position",), ("standpunkt",), ("these",)),
    "ärgern": (("darüber",),),  # "ärgerte sich darüber, dass …"
    "freuen": (("darüber",),),
    "aufstellen": (("theorie",), ("these",), ("behauptung",)),
    "ansehen": (("als", "erwiesen"), ("es", "als")),  # "Das Gericht sah es als erwiesen an, dass …"; s9: "sieht es
    # als seine Pflicht an, die Bürger zu schützen"
    "bestehen": (("darauf",),),  # "bestehen darauf, Programme für alle zu machen"
    "sein": (("sicher",), ("einig",)),  # "war sich die Staatsanwaltschaft sicher, dass …" (with "sich" only)
    "rechnen": (("damit",),),  # s9: "Der Verband rechnet damit, dass die Preise steigen"
    "nehmen": (("in", "schutz"),),  # s9: "nahm die Mannschaft in Schutz": the floor for what follows
    "kommen": (("zu", "dem", "ergebnis"), ("zum", "ergebnis"), ("zu", "dem", "schluss"), ("zum", "schluss")),
    "gelangen": (("zu", "dem", "ergebnis"), ("zum", "ergebnis"), ("zu", "der", "einschätzung")),  # s31: "Der
    # Sachverständige war zu dem Ergebnis gekommen, dass …"
    "berufen": (("darauf",),),  # "beruft sich darauf, dass …" (not "beruft sich auf X": patterns.citing_event)
}
"""Verb lemma -> the fixed phrases that make it a speech cue; the verb alone may be none ("machte")."""
CONCLUDING = frozenset({"kommen", "gelangen"})
"""S31: verbs whose phrase also makes their participle a cue ("war zu dem Ergebnis gekommen, dass …")."""
FLOOR_ONLY = frozenset({"nehmen"})
"""Verbs whose phrase makes a speech act with no message of its own: the speaker takes the floor, and the
Konjunktiv sentences after it are theirs ("nahm die Mannschaft in Schutz. Die Sorgen seien enorm")."""
CLAUSE_ENDS = frozenset({",", ":", ";", ".", "!", "?"})


def phrase_words(toks, i: int, end: int) -> list[int]:
    """Round 18: the tokens of the fixed phrase that makes the verb at i a cue ("zum Ausdruck" after
    "brachte"), searched in the verb's clause after it; [] when there is none."""
    phrases = VERB_PHRASES.get((toks[i].lemma or "").lower())
    if not phrases:
        return []
    ks = []
    for k in range(i + 1, min(end, i + 12)):
        if toks[k].text in CLAUSE_ENDS or toks[k].quote:
            break
        ks.append(k)
    if toks[i].tag == "VVPP":  # s31: the phrase before a clause-final participle, "war zu dem Ergebnis gekommen"
        if (toks[i].lemma or "").lower() not in CONCLUDING:
            return []  # not "in Frage gestellt", "in Aussicht gestellt": no report in the news data
        ks = []
        for k in range(i - 1, max(-1, i - 10), -1):
            if toks[k].text in CLAUSE_ENDS or toks[k].quote:
                break
            ks.insert(0, k)
    lows = [toks[k].text.lower() for k in ks]
    if not any(words[0] in lows for words in phrases):
        return []  # the common case ("war", "machte" without their phrase): nothing to align
    for words in phrases:
        n = len(words)
        at = next((k for k in range(len(lows) - n + 1) if tuple(lows[k : k + n]) == words), None)
        if at is not None and (toks[i].lemma != "sein" or "sich" in lows[:at] or _person_pronoun(toks, i)):
            return ks[at : at + n]
    return []


def generic_conclusion(toks, i: int) -> bool:
    """A concluding phrase whose subject is "man" ("kommt man zu dem Ergebnis"): anyone's conclusion, no report."""
    return (toks[i].lemma or "").lower() in CONCLUDING and any(
        0 <= k < len(toks) and toks[k].text.lower() == "man" for k in (i - 1, i + 1))


def _person_pronoun(toks, i: int) -> bool:
    """A personal pronoun (not "es") right before or after the verb: "Ich bin sicher", "ist er sicher"."""
    return any(0 <= k < len(toks) and toks[k].text.lower() in ("ich", "wir", "er", "sie") for k in (i - 1, i + 1))


def join_phrase(ev, words: list[int], used: set[int]) -> None:
    """The fixed phrase's words join the verb's cue ("brachte … zum Ausdruck")."""
    if ev is not None and words:
        ev.cue.extend(k for k in words if k not in ev.cue)
        used.update(words)
