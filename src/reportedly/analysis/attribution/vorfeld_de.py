"""German word order around a cue verb: what fills the Vorfeld before the finite verb, and when the
subject follows the verb instead ("Am Montag sagte die Ministerin", "Der Politik schlug er vor", "Eine
Verschiebung bezeichnete Conze als fatal"); where a source phrase that opens the sentence ends ("Nach
Angaben der Behörden in Gaza beläuft sich …", "Laut einer Studie von Transparency International wird …")."""

from __future__ import annotations

from ...language.subjects import extended_attribute
from .appositions_de import named_apposition
from .cues import is_finite, konjunktiv
from .inserted import DAY_WORDS
from .names import doc_noun, feminine_media_noun, org_word, speaker_noun
from .outlet_mentions import CHANNEL_WORDS
from .phrases import np_tokens
from .quoted_titles import QUOTE_CLOSE, before_relative_clause
from .speakers import is_person_noun, lexicon_person_noun

SUBJECT_PRONOUNS_DE = frozenset("er sie ich wir".split())
SPEECH_NOUNS_FRONTED = frozenset("kritik lob widerspruch zustimmung zweifel bedenken".split())
"""Fronted objects after which the subject follows the verb: "Kritik übte auch der Verband"."""


def _named_after_pp(toks, fv: int, end: int) -> tuple[int, int] | None:
    """A prepositional phrase right after the verb, then "der"/"die", a word for a person and a name: that person
    is the subject (the article's words inside the phrase are no genitive of it)."""
    if fv + 4 >= end or toks[fv + 1].tag not in ("APPR", "APPRART"):
        return None
    for j in range(fv + 3, min(end - 2, fv + 12)):
        if toks[j].text in (",", ".", ":") or toks[j].quote:
            return None
        if toks[j].text in ("der", "die") and speaker_noun(toks[j + 1].text) and toks[j + 1].tag == "NN" and (
                toks[j + 2].pos == "PROPN" or toks[j + 2].text in ("Dr.", "Prof.")) and toks[j - 1].tag not in (
                "APPR", "APPRART"):  # s31: not "schrieb in einer E-Mail an die Nachrichtenagentur Reuters"
            return np_tokens(toks, j + 1, j, end)
    return None


def inverted_subject(toks, fv: int, first: int, end: int, dates: set[int]) -> tuple[int, int] | None:
    """German V2 with something else fronted: "Der Politik schlug er vor", "Am Montag sagte der
    81-Jährige …", "Unter Berufung auf Quellen gab die Bangkok Post an": the subject follows the verb."""
    if (named := _named_after_pp(toks, fv, end)) is not None:
        return named  # s23: "Als Nächster spricht für die Fraktion Die Linke der Kollege Niema Movassat"
    k = fv + 1
    while k < min(end, fv + 4) and (toks[k].tag == "ADV" or (toks[k].text == "es" and k == fv + 1)):
        k += 1  # "Kritik übte auch der Verband"; round 16: "So sieht es auch der Klimaforscher X"
    if k >= end:
        return None
    start = fv - 1
    while start > first and (toks[start - 1].text not in (",", ":", ";") or _score(toks, start - 1)) and not toks[
            start - 1].quote:
        start -= 1  # s19: "Nach der 1:2-Niederlage …": a score's colon ends no Vorfeld
    fronted = toks[start]
    if toks[k].text.lower() in SUBJECT_PRONOUNS_DE and toks[k].pos == "PRON":
        if toks[k].text.lower() == "sie" and _nominative_np(toks, start, fv):  # s11: also after a colon
            return None  # round 15: "Der Geschäftsführer nannte sie „fahrlässig“": "sie" is the object
        return k, k + 1
    if fronted.text.lower() in FOCUS_PARTICLES and _focused_np(toks, start + 1, fv, dates):
        return None  # round 18: "Auch Linken-Chefin Ines Schwerdtner lehnte die Pläne ab": "auch" + subject
    if start >= fv or not (
        fronted.pos == "ADP"
        or fronted.tag in ("ADV", "APPRART")
        or start in dates
        or (fv - start == 1 and fronted.text.lower() in SPEECH_NOUNS_FRONTED)
    ):
        return None
    if toks[k].text.lower() in ("der", "die", "das", "ein", "eine") or toks[k].pos == "PROPN" or (
            toks[k].pos == "NOUN" and k + 1 < end and toks[k + 1].ent.endswith("PER")):  # s19: "hat Trainer X …"
        attributed = k + 1 < end and toks[k + 1].pos == "ADP"  # s14: "sagte der für die Region zuständige Leiter"
        head = next((j for j in range(k + 3, min(end, k + 10)) if extended_attribute(toks, j, k)), None) if (
            attributed) else None
        head = head if head is not None else next(
            (
                j
                for j in range(k, min(end, k + 5))
                if toks[j].pos in ("NOUN", "PROPN")
                or (toks[j].pos == "ADJ" and j + 1 < end and toks[j + 1].pos not in ("NOUN", "PROPN", "ADJ"))
            ),
            None,
        )
        if head is not None and head not in dates:
            return np_tokens(toks, head, k, end)
    return None


def _score(toks, k: int) -> bool:
    """A colon between two numbers ("1:2", "3:1-Sieg")."""
    return toks[k].text == ":" and k > 0 and k + 1 < len(toks) and toks[k - 1].pos == "NUM" and toks[k + 1].pos == "NUM"


FOCUS_PARTICLES = frozenset("auch selbst sogar nur gerade ausgerechnet".split())
"""Words that fill the Vorfeld together with the noun phrase after them ("Auch die Kanzlerin sagte")."""


def _focused_np(toks, a: int, b: int, dates: set[int]) -> bool:
    """[a, b) after a focus particle is a noun phrase (a noun or name, no preposition, no date)."""
    return (
        b - a >= 1
        and any(t.pos in ("NOUN", "PROPN") for t in toks[a:b])
        and not any(t.pos in ("ADP", "VERB", "AUX") or t.i in dates or t.text == "," for t in toks[a:b])
    )


def _nominative_np(toks, a: int, b: int) -> bool:
    """A noun phrase that can be the subject fills the whole Vorfeld [a, b): an article that can be
    nominative ("der", "die", "ein"…) or a name opens it and a noun heads it, no preposition inside."""
    w = toks[a]
    if w.text.lower() not in ("der", "die", "das", "ein", "eine", "kein", "keine") and w.pos != "PROPN":
        return False
    return any(t.pos in ("NOUN", "PROPN") for t in toks[a:b]) and not any(t.pos == "ADP" for t in toks[a:b])


OBJECT_OPENERS = frozenset("der die das ein eine einen den diese dieser dieses diesen".split())
OBLIQUE_OPENERS = frozenset("einen den diesen".split())
"""Articles that open no subject (accusative masculine; "den" also dative plural)."""


def fronted_object(toks, fv: int, first: int, end: int) -> tuple[int, int] | None:
    """Round 15: "Eine Verschiebung des Termins bezeichnete Conze als fatal", "Die Äußerungen des Ministers
    nannte der Verband …": a thing that cannot speak fills the Vorfeld and a speaker follows the verb
    (object first, subject after the verb)."""
    owner = toks[first].pos == "PROPN" and toks[first].text.endswith("s") and toks[first + 1].pos == "NOUN"
    if fv - first < 2 or fv + 1 >= end or (toks[first].text.lower() not in OBJECT_OPENERS and not owner):
        return None  # s26: an owner's genitive opens an object too ("Luckes Kritik wies der AStA zurück")
    vf = toks[first:fv]
    oblique = toks[first].text.lower() in OBLIQUE_OPENERS  # s10: "Den Unmut der CDU über Stoibers Äußerungen
    if any((t.pos == "ADP" and not oblique) or t.pos in ("VERB", "AUX", "PRON") or t.text in ",;:" or t.quote
           for t in vf):  # brachte die Sprecherin zum Ausdruck": never a subject, its attribute may hold a PP
        return None
    head = next((t for t in vf if t.pos == "NOUN"), None)
    if head is None or can_speak(head):
        return None
    k = fv + 1
    if doc_noun(head.text) and not (k + 1 < end and toks[k].text == "der" and toks[k + 1].pos == "NOUN" and (
            is_person_noun(toks[k + 1].text) or lexicon_person_noun(toks[k + 1].text)) and not toks[
            k + 1].text.endswith(("in", "en"))):
        return None  # s26: "Eine ausführliche Erklärung kündigte der Verteidiger … an": "der" + a man is the subject
    while k < end and toks[k].tag == "ADV":  # "kritisierte auch der Verband"
        k += 1
    if k >= end:
        return None
    if toks[k].text == "der" and k + 1 < end and feminine_media_noun(toks[k + 1].text):
        return None  # s24: "Ein „hochrangiger Höfling“ habe der Zeitung gesagt": the paper is told (a dative)
    if toks[k].pos == "PROPN" or toks[k].ent.endswith(("PER", "ORG")):
        return np_tokens(toks, k, k, end)
    if toks[k].text.lower() in ("der", "die", "ein", "eine"):
        h = next((j for j in range(k + 1, min(end, k + 4)) if toks[j].pos in ("NOUN", "PROPN")), None)
        if h is not None and can_speak(toks[h]):
            return np_tokens(toks, h, k, end)
    return None


def can_speak(tok) -> bool:
    return tok.pos == "PROPN" or tok.ent.endswith(("PER", "ORG")) or speaker_noun(tok.text) or (
        tok.text[:1].isupper() and sum(c.isupper() for c in tok.text) >= 2 and tok.text.isalpha())  # s26: "der AStA"


VORFELD_POS = frozenset({"ADP", "DET", "ADJ", "PROPN", "NOUN", "NUM"})


def vorfeld_end(toks, i: int, first: int, b: int, end: int) -> int:
    """Round 16: a source phrase that opens a German V2 sentence fills the Vorfeld up to the finite verb
    ("Nach Angaben der Gesundheitsbehörden in Gaza beläuft sich …", "Laut Polizei in Köln wurden …"):
    a place or time after the noun phrase belongs to it, not to the message. `b` unless so."""
    if i != first or b >= end or is_finite(toks[b]):
        return b
    for k in range(b, min(end, b + 14)):
        if is_finite(toks[k]) and not toks[k].quote:
            return k if toks[k - 1].text != "," or toks[b].text == "," else b
        if toks[k].pos not in VORFELD_POS and toks[k].text not in ("(", ")", ",", "„", "“", "»", "«"):
            return b  # round 16: an apposition in commas ("Nach Ansicht von Senator Dodd, Vorsitzender …, hat")
        if toks[k].text[:1].isdigit() or toks[k].text.lower().startswith(DAY_WORDS) or toks[k].text.lower() in (
            "am", "vom", "seit", "bis", "gegenüber"
        ):  # s17: nor whom the source told ("Nach Angaben der Sprecherin gegenüber dem Weser-Kurier")
            return b  # round 14: "Angaben der Polizei vom Dienstag": the date is no part of the source
    return b


def apposition_end(toks, i: int, first: int, b: int, end: int) -> int:
    """S14: "Nach Meinung von Mike Brown, Professor am Caltech, könnte …": an apposition in commas right
    before the finite verb still fills the Vorfeld, so it belongs to the source phrase, not the message.
    The index of its closing comma; `b` unless so (a relative clause there is `inserted_end`'s)."""
    if i != first or b + 2 >= end or toks[b].text != "," or toks[b + 1].tag not in ("NN", "ADJA"):
        return b
    for k in range(b + 2, min(end - 1, b + 14)):
        if toks[k].text == ",":
            return k if is_finite(toks[k + 1]) and not toks[k + 1].quote else b
        if is_finite(toks[k]) or toks[k].quote or toks[k].text in (";", ":", "–", "—"):
            return b
    return b


PLACE_TIME_LINKS = frozenset("in im bei beim am an auf , ( seit vom bis".split())


def name_tail(toks, core: int, b: int) -> bool:
    """S10: the rest of the Vorfeld after the source's noun phrase goes on naming it ("Laut einer Studie
    von Transparency International", "Nach einer Umfrage von Infratest dimap", "Laut Angaben von Ärzte
    ohne Grenzen"), unlike a place or time ("Laut Polizei in Köln", "Angaben … vom Dienstag")."""
    return core < b and toks[core].text.lower() not in PLACE_TIME_LINKS and not toks[core - 1].text == ","


def date_tail_end(toks, i: int, first: int, b: int, end: int) -> int:
    """S10: "Nach Angaben der Polizei vom Dienstag gab es …": the date after the source phrase (or whom the
    source told) is no part of it (round 14) nor of the message, which starts at the finite verb; `b` unless
    so."""
    if i != first or b + 1 >= end or toks[b].text.lower() not in ("vom", "am", "von", "gegenüber"):
        return b  # s17: "gegenüber dem Weser-Kurier", whom the source told, is neither
    if toks[b].text.lower() == "von" and not (toks[b + 1].text[:1].isdigit() or toks[b + 1].text.lower().startswith(
            DAY_WORDS)):
        return b  # "von" + a date ("von Montag"), not an author
    for k in range(b + 1, min(end, b + 6)):
        if is_finite(toks[k]) and not toks[k].quote:
            return k
        if toks[k].pos not in VORFELD_POS:
            return b
    return b


def speaking_vorfeld(toks, fv: int, first: int, end: int) -> tuple[int, int] | None:
    """S19: "Der Telegram-Kanal „Freie Medien“ teilte das Schreiben mit dem Kommentar, …": the parser made the
    object after the verb its subject; a Vorfeld that is a noun phrase for a speaker ("Der Kanal", with its
    quoted name) is the subject when the noun phrase after the verb names no one."""
    if fv - first < 2 or toks[first].text not in ("Der", "Die", "Das") or fv + 2 >= end:
        return None
    if any(t.pos not in ("DET", "ADJ", "NOUN", "PROPN", "X") and t.text not in '„“"' for t in toks[first:fv]):
        return None
    if toks[fv + 1].pos != "DET" or toks[fv + 2].pos != "NOUN" or can_speak(toks[fv + 2]):
        return None
    head = next((k for k in range(first + 1, fv) if toks[k].pos == "NOUN"), None)
    speaks = head is not None and (can_speak(toks[head]) or toks[head].text.lower().rsplit("-", 1)[-1] in CHANNEL_WORDS)
    return (first, fv) if speaks else None


def quoted_title_vorfeld(toks, first: int, fv: int) -> bool:
    """The Vorfeld is an article, a quoted title and where it comes from: 'Die „Volksstimme“ aus Magdeburg'."""
    if fv - first < 4 or toks[first].pos != "DET" or toks[first + 1].text not in ("„", "»"):
        return False
    close = next((k for k in range(first + 2, fv) if toks[k].text in QUOTE_CLOSE), None)
    if close is None or close - first > 6:
        return False
    rest = toks[close + 1 : fv]
    return not rest or (len(rest) in (2, 3) and rest[0].text in ("aus", "in") and all(
        t.text[:1].isupper() for t in rest[1:]))


def noun_phrase_vorfeld(toks, first: int, fv: int) -> bool:
    """The words before the finite verb are one noun phrase: an article, adjectives (in scare quotes too), a noun."""
    return fv - first >= 2 and toks[first].pos == "DET" and toks[fv - 1].pos in ("NOUN", "X") and any(
        t.pos == "NOUN" for t in toks[first + 1 : fv]) and all(
        t.pos in ("DET", "ADJ", "NOUN", "PROPN") or t.text in QUOTE_CLOSE or t.text in ("„", "»")
        for t in toks[first:fv])


def told_vorfeld(toks, first: int, fv: int) -> tuple[int, int] | None:
    """The Vorfeld's noun phrase when an outlet after the verb was told: the whole Vorfeld, or (s32) a counted
    phrase before a relative clause ("Zwei Clubvertreter, die nicht genannt werden wollten, sagten Reuters")."""
    if noun_phrase_vorfeld(toks, first, fv):
        return first, fv
    end = before_relative_clause(toks, first, fv)
    if end < fv and (noun_phrase_vorfeld(toks, first, end) or toks[first].pos == "NUM" and toks[end - 1].pos == (
            "NOUN") and all(t.pos in ("NUM", "ADJ", "NOUN") for t in toks[first:end])):
        return first, end
    return None


def bare_name_vorfeld(toks, first: int, fv: int) -> bool:
    """The Vorfeld before the finite verb is one bare name of one to three words ("Kretschmer", "Robert
    Habeck") and another bare name follows the verb (the parser may take that one for the subject), or (s24) an
    initial alone ("P. habe ihr … gesagt": the parser took "ihr")."""
    if fv - first == 1 and len(toks[first].text) == 2 and toks[first].text[0].isupper() and toks[first].text[1] == ".":
        return True
    if not 1 <= fv - first <= 3 or not all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks[first:fv]):
        return False
    if fv + 1 < len(toks) and toks[fv + 1].pos == "PROPN" and toks[fv + 1].ent.endswith("PER"):
        return True
    return toks[fv - 1].ent.endswith("PER") and fv + 2 < len(toks) and toks[fv + 1].text.lower() in ("das", "die") and (
        toks[fv + 2].pos == "NOUN" and not speaker_noun(toks[fv + 2].text)
    )  # s17: "Habeck verteidigte das Gesetz: …" (the parser took the neuter object for the subject)


FOCUS_WORDS = frozenset("auch selbst sogar".split())


RELATIVE_TAGS = ("PRELS", "PRELAT")


def shared_opening(toks, fv: int, first: int) -> tuple[int, int] | None:
    """The opening subject (with its relative clause) of the verb before "und", which a verb right after "und"
    shares; None unless the sentence is built so."""
    if fv - 2 <= first or toks[fv - 1].text not in ("und", "sowie") or toks[fv - 1].tag != "KON":
        return None
    pv = next((k for k in range(fv - 2, first, -1) if is_finite(toks[k]) and not toks[k].quote), None)
    if pv is None or toks[pv - 1].text != "," or any(t.text in (",", ";", ":") for t in toks[pv:fv - 1]):
        return None
    return opening_subject(toks, pv, first)


def opening_subject(toks, fv: int, first: int) -> tuple[int, int] | None:
    """The sentence opens with the subject, then appositions and relative clauses up to the comma
    before the verb ("Frank B., Vorsitzender der Union, sagte …"): the noun phrase with its
    appositions (relative clauses left out). A focus word before it is no part of it ("Auch die Chefin …")."""
    if first + 1 < fv and toks[first].text.lower() in FOCUS_WORDS:
        first += 1  # s15
    if fv - 1 <= first or toks[fv - 1].text != "," or toks[first].pos not in ("DET", "PROPN", "NOUN"):
        return None
    segments, a = [], first
    for k in range(first, fv):
        if toks[k].text == ",":
            segments.append((a, k))
            a = k + 1
    quoted = [t for t in toks[first:fv] if t.quote]
    if len(segments) < 2 or (quoted and (len(quoted) > 4 or toks[quoted[0].i - 2].pos != "NOUN")):
        return None  # a quotation; s23: but "Seine Redaktion, das Magazin „Weltblick“, wies … zurück": a title
    b = segments[0][1]
    x, y = segments[0]
    rel = segments[1]
    if (
        toks[rel[0]].tag in ("PRELS", "PRELAT")
        and any(konjunktiv(t, "de") == 1 and is_finite(t) for t in toks[rel[0] : rel[1]])
        and not any(can_speak(t) or doc_noun(t.text) or org_word(t.text) for t in toks[x:y])
    ):
        return None  # round 18: "Eine Herausforderung, der sich niemand gestellt habe, sagte X": a message
    for x, y in segments:
        finite = any(t.tag.endswith("FIN") for t in toks[x:y])
        relative = (toks[x].tag in RELATIVE_TAGS or (toks[x].pos == "ADP" and toks[x + 1].tag in RELATIVE_TAGS)) and (
            not named_apposition(toks, x, y))  # s19: "Der Betreiber, die Entega AG, …"; s23: ", in deren …"
        if (x, y) == segments[0]:
            if finite:
                return None
            continue
        if relative:
            continue
        if finite or not any(t.pos in ("NOUN", "PROPN") for t in toks[x:y]):
            return None
        if b == x - 1:
            b = y  # an apposition right after the name: part of the mention
    return first, b
