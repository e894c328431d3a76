"""Round 10: who is cited and how far a source phrase reaches — noun phrases that can be cited ("auf
ungenannte Beamte", not "auf die Lage"), the cited people of "zitieren" without a message, a stance in
public ("zeigte sich skeptisch"), "aus Sicht von X", and the end of a source phrase (a list of outlets,
an inserted relative clause or apposition); session 11: a relative clause that cites its noun ("eine Studie,
laut der …"). Kept apart from patterns.py, which is near its size limit."""

from __future__ import annotations

from . import messages as M
from . import names as N
from .cues import is_finite
from .event import Event
from .lexicon import ANON_HEADS
from .mentions_de import CLOSE_QUOTES, OPEN_QUOTES
from .phrases import np_tokens
from .speakers import is_person_noun, lexicon_person_noun


def citable(toks, k: int, end: int) -> bool:
    """Round 10: does the noun phrase at k name someone or something that can be cited ("Verweis auf
    ungenannte Beamte", "auf Regierungskreise", "auf die Zeitung", "auf ein Dokument"; not "auf die Lage")?"""
    for j in range(k, min(end, k + 7)):  # "auf vier mit der Angelegenheit vertraute Personen": any noun
        w = toks[j].text
        if toks[j].text in (",", ".", ";", ":"):
            return False
        if toks[j].pos in ("NOUN", "PROPN") and (
            toks[j].pos == "PROPN"
            or is_person_noun(w)
            or lexicon_person_noun(w)
            or N.org_word(w)
            or N.media_noun(w)
            or N.doc_noun(w)
            or w.lower().rsplit("-", 1)[-1] in ANON_HEADS
        ):
            return True
    return False


def stance_cue(toks, i: int, end: int) -> bool:
    """Round 10: "X zeigte sich skeptisch/besorgt/zuversichtlich" — a stance, said in public: a cue
    without a message whose speaker takes the floor (like "äußerte sich kritisch"), so that "sagte er"
    or a Konjunktiv sentence after it is X's."""
    return stance_word(toks, i, end) is not None


def stance_word(toks, i: int, end: int) -> int | None:
    """The index of the stance word after "zeigte sich" ("skeptisch", "überzeugt"), or None."""
    if (toks[i].lemma or "").lower() != "zeigen" or toks[i].pos != "VERB" or i + 2 >= end:
        return None
    if toks[i + 1].text.lower() != "sich":
        return None
    for k in range(i + 2, min(end, i + 5)):
        t = toks[k]
        form = t.tag in ("ADJD", "VVPP") or (t.tag == "VVFIN" and t.text.endswith("t"))  # s7: "erleichtert" VVFIN
        if form and t.text.islower() and (k + 1 >= end or toks[k + 1].text in (".", ",", ";", ":")):
            return k  # s7: also before a colon, "zeigte sich erleichtert: „…“"
        if t.pos not in ("ADV", "PART", "ADJ"):
            return None
    return None


def stance_quote(toks, i: int, end: int) -> tuple[int, int] | None:
    """Round 18: "X zeigte sich „zutiefst beunruhigt“": the quoted stance after "zeigte sich" (without its
    marks), or None."""
    if (toks[i].lemma or "").lower() != "zeigen" or i + 3 >= end or toks[i + 1].text.lower() != "sich":
        return None
    k = i + 2
    while k < end and toks[k].pos == "ADV" and not toks[k].quote:
        k += 1
    if k >= end or toks[k].text not in OPEN_QUOTES:
        return None
    close = next((c for c in range(k + 2, min(end, k + 10)) if toks[c].text in CLOSE_QUOTES), None)
    return (k + 1, close) if close is not None else None


def cited_speaker(doc, ev: Event, i: int, first: int, end: int) -> Event:
    """Round 10: "Die Zeitung zitiert zwei Beamte." / "Im Bericht werden zwei Beamte zitiert." — zitieren
    with no message of its own: the cited people take the floor for what follows, not the outlet."""
    toks = doc.tokens
    if ev.msg or (toks[i].lemma or "").lower() != "zitieren":
        return ev
    span = range(i + 1, min(end, i + 7)) if not ev.passive else range(first, i)
    for k in span:
        t = toks[k]
        if t.text in (",", ":", ";") or t.quote:
            break
        if t.pos not in ("NOUN", "PROPN") or (k > first and toks[k - 1].pos == "ADP"):
            continue
        if citable(toks, k, k + 1) and not N.media_noun(t.text):
            a, b = np_tokens(toks, k, first if ev.passive else i + 1, end if not ev.passive else i)
            if a > first and toks[a - 1].pos == "ADP":
                continue
            ev.src, ev.passive = (a, b), False
            ev.extra.pop("resolve", None)
            return ev
    return ev


def quoted_after_quote(doc, ev: Event, i: int, end: int, si: int) -> Event | None:
    """S23: "„Die Scheiben haben gewackelt“, zitiert das Blatt die 68-Jährige.": the person the outlet quotes,
    named after it, said the quotation before the cue; an event of theirs reported inside the outlet's."""
    toks = doc.tokens
    if (toks[i].lemma or "").lower() != "zitieren" or not ev.msg or ev.src is None or ev.msg[-1][1] > i:
        return None
    k = ev.src[1]
    if k >= end or toks[k].text.lower() not in ("die", "den", "einen", "eine", "ihn", "sie") and toks[k].pos != "PROPN":
        return None
    head = next((j for j in range(k, min(end, k + 6)) if toks[j].pos in ("NOUN", "PROPN") or (
        j == k and toks[j].pos == "PRON")), None)
    if head is None or N.media_noun(toks[head].text) or any(t.text in (",", ".") for t in toks[k:head]):
        return None
    obj = (head, head + 1) if toks[head].pos == "PRON" else np_tokens(toks, head, k, end)
    inner = Event([i], obj, list(ev.msg), "direct", si)
    inner.extra["quoted_by"] = i
    return inner


def aus_sicht(toks, i: int, end: int) -> bool:
    """Round 10: "Aus Sicht der Regierung ist …", "aus Sicht von Experten": whose view the clause reports."""
    return (
        i + 3 < end
        and toks[i + 1].text.lower() == "sicht"
        and (toks[i + 2].text.lower() in ("der", "des", "von", "vom", "eines", "einer") or toks[i + 2].pos == "PROPN")
    )


def inserted_end(toks, b: int, end: int) -> int:
    """Round 10: after a source phrase, a relative clause or apposition set off by commas ("Laut dem Bericht,
    der sich auf anonyme Quellen beruft, wurden …", "Nach Angaben von Müller, dem Chef der Firma, …") is
    no part of the message: the index after its closing comma, else b."""
    if b + 2 >= end or toks[b].text != "," or toks[b + 1].tag not in ("PRELS", "PRELAT", "ART"):
        return b
    close = next((k for k in range(b + 2, min(end, b + 16)) if toks[k].text == ","), None)
    return close + 1 if close is not None and close + 2 < end else b


def coordinated_end(toks, b: int, end: int) -> int:
    """Round 10: the end of a list of names after a source ("von NDR, WDR und SZ"): each item a name or
    acronym, with "und"/"sowie" before the last; b when no such list follows."""
    if b < end and toks[b].text in CLOSE_QUOTES and any(toks[j].text in OPEN_QUOTES for j in range(b - 5, b)):
        b += 1  # round 18: 'von „Spiegel“ und …': the closing mark of a quoted name belongs to it
    k, joined = b, False
    while k + 1 < end and toks[k].text in (",", "und", "sowie") and (quoted := _quoted_name_end(toks, k + 1, end)):
        joined, k = joined or toks[k].text != ",", quoted  # round 18: 'von NDR, WDR und „Süddeutscher Zeitung“'
    while k + 1 < end and toks[k].text in (",", "und", "sowie") and (
        toks[k + 1].pos == "PROPN"
        or (toks[k + 1].text.isupper() and len(toks[k + 1].text) > 1)
        or (toks[k].text != "," and toks[k + 1].pos == "NOUN" and N.org_word(toks[k + 1].text))  # "und Feuerwehr"
    ):
        joined = joined or toks[k].text != ","
        k += 2
        while k < end and toks[k].pos == "PROPN" and toks[k].text[:1].isupper():
            k += 1
        if k + 1 < end and toks[k].text in (",", "und", "sowie") and (quoted := _quoted_name_end(toks, k + 1, end)):
            joined, k = joined or toks[k].text != ",", quoted
    if not joined and k + 1 < end and toks[k].text in ("und", "sowie") and (c := _speaker_np_end(toks, k + 1, end)):
        return c  # s17: "unter Berufung auf interne Unterlagen und zwei Mitarbeiter des Ministeriums"
    return k if joined else b


def _speaker_np_end(toks, k: int, end: int) -> int | None:
    """S17: the end of a noun phrase from k that can speak (people, a body, a paper, an outlet), else None."""
    head = k
    while head < min(end, k + 4) and toks[head].pos in ("DET", "NUM", "ADJ"):
        head += 1
    if head >= end or toks[head].pos != "NOUN":
        return None
    w = toks[head].text
    low = w.lower().rsplit("-", 1)[-1]
    if not (low in ANON_HEADS or is_person_noun(w) or N.org_word(w) or N.media_noun(w) or N.doc_noun(w)):
        return None
    return np_tokens(toks, head, k, end)[1]


def _quoted_name_end(toks, k: int, end: int) -> int | None:
    """After an opening quote at k, a capitalised title of at most four words: the index after its close."""
    if toks[k].text not in OPEN_QUOTES or k + 1 >= end or not toks[k + 1].text[:1].isupper():
        return None
    return next((c + 1 for c in range(k + 2, min(end, k + 6)) if toks[c].text in CLOSE_QUOTES), None)


RELATIVE_SOURCE_PRONOUNS = frozenset("der dem denen welchem welcher welchen".split())


def relative_message_end(toks, k: int, first: int, end: int) -> int:
    """Where a relative clause that is a message ends: at the comma after its verb, else the sentence's end."""
    stop = M.content_end(toks, first, end)
    return next((j for j in range(k, stop) if toks[j].text == "," and is_finite(toks[j - 1])), stop)


def relative_source_event(doc, i: int, first: int, end: int, si: int) -> Event | None:
    """S11: "eine Übersicht des Ausbruchs, laut der 2,3 Prozent starben", "Studien der Charité, nach denen
    Homöopathie wirke": the relative clause is the message and its pronoun the mention (SpkAtt's source
    token), resolved to the noun phrase before the comma; not "laut der Polizei"."""
    toks = doc.tokens
    if i - 2 < first or i + 3 >= end or toks[i - 1].text != ",":
        return None  # cheap tests first
    head = i - 3 if toks[i - 2].tag == "PTKVZ" and i - 3 >= first else i - 2  # s17: "liegt ein Gutachten vor, laut
    if toks[head].pos not in ("NOUN", "PROPN"):  # dem …": the particle of the main clause's verb stands between
        return None
    pron = toks[i + 1].text.lower()
    if pron not in RELATIVE_SOURCE_PRONOUNS or (pron in ("der", "dem") and toks[i + 2].pos in ("NOUN", "ADJ")):
        return None  # "…, laut der Polizei …": an article
    pp = next((k for k in range(i - 3, max(first, i - 6), -1) if toks[k].tag in ("APPR", "APPRART")), None)
    if pp is not None and pp - 1 >= first and toks[pp - 1].pos == "NOUN" and N.doc_noun(toks[pp - 1].text):
        head = pp - 1  # s15: "Meinungsumfragen im Land, nach denen …": the noun before the place phrase
    noun = toks[head]
    if toks[i].text.lower() == "nach" and not (
        noun.pos == "PROPN" or N.doc_noun(noun.text.lower()) or N.org_word(noun.text) or is_person_noun(noun.text)
    ):
        return None  # "nach dem Spiel, nach dem die Fans randalierten": after which, not according to which
    stop = relative_message_end(toks, i + 3, first, end)
    if stop - (i + 2) < 2:
        return None
    ev = Event([i], (i + 1, i + 2), [(i + 2, stop)], "according_to", si)
    a, b = np_tokens(toks, head, first, head + 1)
    opener = next((k for k in range(i - 3, a, -1) if toks[k].tag in ("ART", "PDAT", "PPOSAT") and toks[k].text.lower()
                   not in ("des", "der") and toks[k - 1].pos in ("NOUN", "PROPN")), None)
    ev.extra["resolve"] = (opener if opener is not None else a, b)  # "das Team eine Übersicht des …": the object
    return ev


def heard_from(toks, i: int, first: int, end: int) -> tuple[int, int] | None:
    """S12: "hören die Mitarbeiter bei einer Versammlung von den Chefredakteuren, was passiert ist", "Wir haben
    von den Experten gehört, dass …": who was heard speaks (the noun phrase after "von" in the clause of
    "hören" at i), not who listens."""
    a = next((k + 1 for k in range(i - 1, first - 1, -1) if toks[k].text in (",", ";", ":")), first)
    b = next((k for k in range(i + 1, end) if toks[k].text in (",", ";", ":")), end)
    preps = ("von", "vom", "aus") if i > 0 and toks[i - 1].text.lower() == "zu" else ("von", "vom")
    for k in range(a, b - 1):  # s17: "aus" for "Aus dem Umfeld des Ministers war zu hören, …"
        if toks[k].text.lower() in preps and toks[k].pos == "ADP":
            head = next((j for j in range(k + 1, min(end, k + 5)) if toks[j].pos in ("NOUN", "PROPN", "PRON")), None)
            if head is not None and (is_person_noun(toks[head].text) or toks[head].pos in ("PROPN", "PRON")
                                     or N.org_word(toks[head].text) or N.media_noun(toks[head].text)
                                     or toks[head].text.lower().rsplit("-", 1)[-1] in ANON_HEADS):
                return np_tokens(toks, head, k + 1, b)
    return None
