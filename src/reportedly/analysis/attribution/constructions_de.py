"""Round 19 (German): cue constructions of several words — "so" with a finite cue verb inserted in the
report ("In zehn Jahren, so schätzen die Forscher, soll …"), "wurde bekannt", the perfect "hatte es
geheißen", and a fronted "Danach" that cites the paper named just before."""

from __future__ import annotations

from . import messages as M
from .cues import is_finite, verb_cue
from .event import Event
from .phrases import np_tokens


def so_verb_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """ ", so schätzen die Forscher, …" / "…, so bestätigt das Gericht.": "so", a finite cue verb and its
    subject inserted in or closing the reported clause; the message is the clause around them."""
    toks = doc.tokens
    if i <= first or toks[i - 1].text != "," or i + 2 >= end:
        return None
    if not (is_finite(toks[i + 1]) and verb_cue(toks[i + 1], "de")):
        return None
    start = i + 2 + (toks[i + 2].text.lower() == "es")  # "so sagte es NATO-Generalsekretär Stoltenberg"
    if toks[start].text.lower() in ("ich", "wir"):
        return None  # "…, so fürchte ich, …": the speaker's own aside, which the plain cue reads
    if toks[start].tag in ("PPER", "PDS"):  # "…, so schrieb sie in einer Stellungnahme", "so schrieb diese"
        a, b = start, start + 1
    else:
        head = next((k for k in range(start, min(end, start + 4)) if toks[k].pos in ("NOUN", "PROPN")
                     or toks[k].tag in ("APPR", "APPRART")), None)
        if head is None or toks[head].tag in ("APPR", "APPRART"):
            return None
        a, b = np_tokens(toks, head, start, end)
    stop = M.content_end(toks, first, end)
    if b < stop and toks[b].text == "," and any(is_finite(w) for w in toks[b + 1 : stop]):
        pieces = M.rest_pieces(toks, first, end, i - 1, b + 1)
    elif not any(is_finite(w) for w in toks[b:stop]):  # "…, so betonte der Minister am Montag."
        pieces = [p for p in [M.left_message(toks, i, first, "de")] if p]
    else:
        return None
    return Event([i, i + 1], (a, b), pieces, "indirect", si) if pieces else None


WERDEN_FORMS = frozenset("wurde wird wurden werden worden geworden".split())


def bekannt_werden(toks, i: int, first: int, end: int) -> list[int] | None:
    """The cue "bekannt wurde" / "wurde bekannt" / "bekannt geworden" (the adjective, not "gab bekannt"): a
    form of "werden" right before or after "bekannt"."""
    if toks[i].tag != "ADJD":
        return None
    near = [k for k in (i - 1, i + 1, i + 2) if first <= k < end and toks[k].text.lower() in WERDEN_FORMS]
    return sorted([i, near[0]]) if near else None


def geheissen_cue(toks, i: int, first: int) -> list[int] | None:
    """The cue of the perfect "hatte es geheißen" ("es" after the auxiliary, or first: "Es hat geheißen")."""
    for k in range(i - 1, max(first, i - 4) - 1, -1):
        if toks[k].text.lower() == "es" and k - 1 >= first and toks[k - 1].lemma == "haben" and is_finite(toks[k - 1]):
            return [k - 1, k, i]
        if toks[k].text.lower() == "es" and k == first and k + 1 < i and toks[k + 1].lemma == "haben":
            return [k, k + 1, i]
    return None


PAPER_ENDS = ("studie", "bericht", "umfrage", "gesetz", "entwurf", "urteil", "statistik", "analyse", "gutachten",
              "erhebung", "auswertung", "papier", "dokument", "plan", "vertrag", "prognose", "report", "befragung")


def paper_before(doc, si: int, verb) -> bool:
    """S9: the sentence before names a study, report or bill, so a fronted indicative "Danach" reads "according
    to it" ("Das Institut legte eine Studie vor. Danach ist jedes dritte Kind betroffen"), not "afterwards"
    (the verb after it must not be past: "Danach wurde er verkauft")."""
    if si == 0 or "Past" in (verb.morph or ""):
        return False
    sent = doc.sentences[si - 1]
    return any(t.pos == "NOUN" and t.text.lower().endswith(PAPER_ENDS) for t in doc.tokens[sent.first : sent.last])
