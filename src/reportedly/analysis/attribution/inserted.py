"""Round 12 (German): cues inserted into what they report, and where an inserted source phrase ends.

- "Sie habe, sagte er, kein Geld.": the cue splits a clause after its finite verb; the message is both
  pieces (round 11's `parenthetical.py` covers the split after the first constituent).
- '„A. B“, betonte X, „C.“': the quotation after the inserted cue is a second piece of the same direct
  attribution, not a quotation of its own.
- "…, so ein Sprecher des Ministeriums am Sonntag.": a temporal or adverbial tail ends the mention.
"""

from __future__ import annotations

from ...language.subjects import extended_attribute
from .clause_kinds import ADVERBIAL_KOUS
from .cues import is_finite, konjunktiv, verb_cue
from .messages import QUOTE_MARKS
from .speakers import is_person_noun, lexicon_person_noun

REST_OPENERS = frozenset(
    "und oder aber doch sondern denn ohne um als nachdem bevor während wobei weil da sodass wie wenn obwohl "
    "seit bis damit indem".split()
)
"""Words that open a clause or phrase of its own after "…, sagte er,": not the rest of the message."""


def split_clause(toks, i: int, fv: int, first: int, msg: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    """[left, rest] for "Sie habe, sagte er, kein Geld.": the left message ends with its finite verb
    (or one word after it) and the rest after the cue clause has no finite verb of its own."""
    if msg is None or fv != i or toks[i - 1].text != "," or msg[1] != i - 1 or msg[0] > first + 1:
        return None  # cheap tests first: a left message right before a verb-first cue
    a, b = msg
    fin = [k for k in range(a, b) if is_finite(toks[k])]
    if len(fin) != 1 or fin[0] < b - 2 or fin[0] == a:
        return None
    sent = toks[i].sent
    c = cue_clause_comma(toks, i)
    if c is None:
        return None
    stop = c + 1
    while stop < len(toks) and toks[stop].sent == sent and toks[stop].text not in (".", "!", "?", ";"):
        w = toks[stop]
        if w.quote or is_finite(w) or w.text in (",", ":", "–"):
            return None
        stop += 1
    if stop - c - 1 < 1 or toks[c + 1].text.lower() in REST_OPENERS or _apposition(toks, c, stop):
        return None
    return [(a, b), (c + 1, stop)]


def cue_clause_comma(toks, i: int) -> int | None:
    """The comma that closes the inserted cue clause opened by the verb at i ("…, sagte Müller, …"), within
    eight tokens and before any quotation, finite verb or sentence punctuation; None when there is none."""
    sent = toks[i].sent
    c = i + 1
    while c < len(toks) and toks[c].sent == sent and toks[c].text != "," and c - i <= 8:
        if toks[c].quote or is_finite(toks[c]) or toks[c].text in (".", ";", ":", "!", "?"):
            return None
        c += 1
    return c if c < len(toks) and toks[c].text == "," and toks[c].sent == sent else None


def _apposition(toks, c: int, stop: int) -> bool:
    """Round 13: "Die Lage sei ernst, sagte Kitz, der Chef der Bank." — after a name, "der/die" + a person
    noun describes the speaker; it is no second piece of the message."""
    if toks[c - 1].pos != "PROPN" or toks[c + 1].text.lower() not in ("der", "die") or c + 2 >= stop:
        return False
    head = next((t for t in toks[c + 2 : stop] if t.pos == "NOUN"), None)
    return head is not None and (is_person_noun(head.text) or lexicon_person_noun(head.text))


def quote_piece(doc, events, qa: int, qb: int) -> bool:
    """'„A“, betonte X, „C.“': the quotation [qa, qb) right after a cue clause inserted behind a quoted
    piece joins that cue's direct attribution as its second piece; True when it did."""
    toks = doc.tokens
    k = qa - 1
    while k > 0 and toks[k].text in ("„", "“", "”", '"', "»", "«"):
        k -= 1
    if toks[k].text != ",":
        return False
    sent = toks[k].sent
    for ev in events:
        if not ev.cue or not ev.msg or toks[ev.cue[0]].sent != sent or len(ev.msg) > 1:
            continue
        cue = ev.cue[0]
        a, b = ev.msg[0]
        if not (b < cue < k and toks[a].quote and toks[b - 1].quote):
            continue
        if any(toks[j].quote or is_finite(toks[j]) and j != cue for j in range(cue, k)) or k - cue > 10:
            continue
        if any(toks[j].text not in (",", "„", "“", "”", '"', "»", "«") for j in range(b, cue)):
            continue
        ev.msg = [(a, b), (qa, qb)]
        ev.mode = "direct"
        return True
    return False


TAIL_WORDS = frozenset(
    "gestern heute vorgestern morgens abends zuletzt bereits kürzlich jüngst nun jetzt damals später "
    "abschließend gegenüber zudem außerdem dazu ebenfalls weiter weiterhin wörtlich".split()
)
"""Words after which the rest of ", so X …" is no longer the source: time, addressee, occasion."""
DAY_WORDS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend", "wochenende",
    "abend", "morgen", "mittag", "nachmittag", "vormittag", "rande", "telefon", "anfang", "ende", "mitte",
)

OCCASION_PREPS = frozenset("in im bei auf vor".split())
OCCASION_NEXT = frozenset(
    "einem einer interview gespräch mitteilung erklärung stellungnahme anfrage nachfrage journalisten reportern "
    "pressekonferenz".split()
)


def mention_end(toks, b: int, stop: int) -> int:
    """End of a ", so X …" source phrase that runs to the sentence end: before a temporal or
    adverbial tail ("am Sonntag", "gegenüber der Zeitung", "bei einer Pressekonferenz", "weiter")."""
    for k in range(b, stop):
        low = toks[k].text.lower()
        if low in TAIL_WORDS or low == "über":  # s11: "so die Sportdirektorin über die Stärken …"
            return k
        if toks[k].tag in ("ADJD", "VVPP") and k > 0 and toks[k - 1].pos == "PROPN" and k + 1 == stop:
            return k  # s11: "so Renkema geknickt": how she said it
        if low == "am" and k + 1 < stop and (
            toks[k + 1].text.lower().startswith(DAY_WORDS) or toks[k + 1].text[:1].isdigit()
        ):
            return k
        if low in OCCASION_PREPS and k + 1 < stop and toks[k + 1].text.lower() in OCCASION_NEXT:
            return k  # "in einem Interview", "bei einer Pressekonferenz", "auf Anfrage", "vor Journalisten"
        if low in OCCASION_PREPS and _medium_after(toks, k + 1, stop):
            return k  # s17: "im libanesischen Fernsehen", "in der ARD-Sendung"
        if low == "," and k + 2 < stop and toks[k + 1].text.lower() in ("der", "dem") and told(toks, k + 2, stop):
            return k  # round 15: "…, Kai W., der Deutschen Presse-Agentur": the outlet told, after the apposition
    return stop


MEDIA_OCCASIONS = frozenset("fernsehen radio rundfunk sendung talkshow video podcast brief schreiben".split())


def _medium_after(toks, k: int, stop: int) -> bool:
    """S17: after a preposition, a medium the source spoke in ("im libanesischen Fernsehen", "in der Sendung")."""
    from .names import media_noun  # late: names imports this package's lists

    while k < stop and toks[k].tag in ("ART", "ADJA"):
        k += 1
    if k >= stop:
        return False
    w = toks[k].text.lower().rsplit("-", 1)[-1]
    return w.endswith(tuple(MEDIA_OCCASIONS)) or (media_noun(toks[k].text) and toks[k].pos == "NOUN")


def told(toks, k: int, stop: int) -> bool:
    from .names import media_noun  # late: names imports this package's lists

    return any(media_noun(t.text) for t in toks[k : min(stop, k + 4)])


RELATIVES = frozenset("der die das welche welcher welches denen deren dessen".split())



def fallback_subject(doc, src: tuple[int, int] | None, fv: int, first: int) -> tuple[int, int] | None:
    """A speaker the subject search misses or gets wrong: the subject of the first verb when the cue opens
    a second main clause ("Er wies die Vorwürfe zurück und sagte, …": not "die Vorwürfe"), the noun before
    a relative clause, a surname with a particle right after a verb-first cue ("…, sagte von Preen.")."""
    toks = doc.tokens
    if fv - 1 > first and (
        toks[fv - 1].text.lower() in CONJUNCTIONS
        or (toks[fv - 1].text == "," and fv + 1 < len(toks) and toks[fv + 1].text.lower() in CONTRAST)
    ):  # round 15: "Der Mieterbund begrüßte die Regelung, mahnte aber Nachbesserungen an"
        shared = coordinated_subject(doc, fv, first)
        if shared is not None:
            return shared
    shared = asyndetic_subject(doc, fv, first)
    if shared is not None:  # s11: "Er versucht, alle Zweifel zu entkräften, schreibt etwa, …"
        return shared
    if src is not None and src[1] <= fv and toks[src[0]].text.lower() in OBLIQUE:
        return subject_after(toks, fv) or src  # "Dem Sender sagte der Minister, …": not the dative
    if src is not None:
        return coordinated_np(toks, src, fv)
    return before_relative(toks, fv, first) or particle_name(toks, fv)


def after_other_report(toks, msg: tuple[int, int], used: set[int]) -> tuple[int, int] | None:
    """Session 11: a message before "…, nennt X" that holds another report's indicative verb ("Er sagt, der
    Artikel sei gefälscht, nennt Namen") is that report's clause, not this cue's: None, or what follows a
    colon after that verb ('Er sagt, dass …: „Ich habe …“, schrieb er'). A Konjunktiv report inside
    ("Er finde es seltsam, dass …, sagte X") is part of the message."""
    other = [k for k in range(*msg) if k in used and is_finite(toks[k]) and not konjunktiv(toks[k], "de")]
    if not other:
        return msg
    colon = next((k for k in range(msg[1] - 1, other[-1], -1) if toks[k].text == ":"), None)
    if colon is None or msg[1] - colon < 3:
        return None
    a = colon + 1
    while a < msg[1] and toks[a].text in QUOTE_MARKS:
        a += 1
    return a, msg[1]


def inverted_report(toks, cue: list[int], src: tuple[int, int] | None, msg: tuple[int, int], end: int) -> bool:
    """Session 16: "Wir denken, er hat recht, sagte die Ministerin.": a sentence-final cue whose subject follows
    it reports the whole main clause before, another speech verb in it included (that one nests inside)."""
    return (
        src is not None
        and src[0] == max(cue) + 1
        and not any(t.text in (",", ";", ":") for t in toks[src[1] : end])  # not "…, nennt Geyer Namen, Fakten"
        and (toks[src[0]].pos in ("DET", "PROPN", "PRON") or (toks[src[0]].pos == "NOUN" and is_person_noun(
            toks[src[0]].text)))  # s29: "Mehrere Staaten lehnten die Quote ab, sagten Diplomaten am Montag."
        and toks[msg[0]].text.lower() not in ADVERBIAL_KOUS  # "Als X sagte, dass …, meinte er": a time clause
        and not any(t.text == ":" for t in toks[msg[0] : msg[1]])  # 'Er sagt, dass …: „Ich …“, schrieb er'
    )


NO_SUBJECT_NEXT = frozenset({"ADV", "$,", "$.", "$(", "PTKNEG", "ADJD", "PAV"})
"""Tags after a verb-first cue that show no subject follows it ("…, schreibt etwa, …", "…, sagen, wo …")."""


def asyndetic_subject(doc, fv: int, first: int) -> tuple[int, int] | None:
    """Session 11: "Er versucht, alle Zweifel zu entkräften, schreibt etwa, er habe …": a verb after a
    comma with no subject of its own goes on with the sentence's first, indicative clause and its subject
    (the inserted "Die Lage sei ernst, sagte er" has its subject after the verb)."""
    toks = doc.tokens
    if fv - 1 <= first or toks[fv - 1].text != "," or fv + 2 >= len(toks):
        return None  # cheap tests first
    modal = toks[fv].tag == "VMFIN" and toks[fv + 1].tag == "VVINF" and toks[fv + 2].text == ","
    if toks[fv + 1].tag not in NO_SUBJECT_NEXT and not modal:  # s12: also "…, will wissen, wie …"
        return None
    if not verb_cue(toks[fv + 1] if modal else toks[fv], "de"):
        return None  # "…, hatte noch kein Buch gelesen": the speech verb must be the one after the comma
    v = next((k for k in range(fv - 2, first - 1, -1) if is_finite(toks[k]) and not toks[k].quote), None)
    if v is None or konjunktiv(toks[v], "de"):
        return None  # the clause before is the verb's own message ("Die Lage sei ernst, sagte er")
    start = max((k + 1 for k in range(first, v) if toks[k].text in (",", ";") or toks[k].text == "und"), default=first)
    if toks[start].tag in ("KOUS", "PRELS", "PRELAT") or v > start + 4:
        return None  # the nearest verb heads a subordinate clause, or no main clause opens with it; s13: nor a
        # relative clause ("Ein Sprecher von Greenpeace, der anonym bleiben wollte, sagte, …")
    from .phrases import np_tokens  # late: both import this package's lists
    from .subjects import subject

    linked = next((k for k in range(start, v) if toks[k].dep == "nsubj" and toks[k].head == v), None)
    if linked is not None:  # s12: "Der Dokumentar befragt Relotius …, will wissen, …": the subject before the verb
        return np_tokens(toks, linked, start, v)
    found = subject(doc, v, start, fv - 1, "de")
    return found if found is not None and found[1] <= v + 2 else None


def coordinated_np(toks, src: tuple[int, int], fv: int) -> tuple[int, int]:
    """ "Scholz und Macron betonten": both conjuncts right before the verb are the speakers."""
    a, b = src
    if b >= fv or toks[b].text.lower() not in ("und", "sowie") or fv - b > 6:
        return src  # cheap tests first
    rest = toks[b + 1 : fv]
    if not rest or any(is_finite(t) or t.quote or t.text in (",", ";", ":") for t in rest):
        return src
    if rest[-1].pos not in ("NOUN", "PROPN"):
        return src
    return a, fv


def subject_after(toks, fv: int) -> tuple[int, int] | None:
    """The noun phrase right after a verb-second cue ("sagte der Minister"), up to the next comma."""
    stop = fv + 1
    while stop < len(toks) and toks[stop].sent == toks[fv].sent and toks[stop].text not in (",", ":", ".", ";"):
        stop += 1
    for k in range(fv + 1, min(stop, fv + 4)):
        if toks[k].quote:
            return None
        if toks[k].pos == "ADP" and k == fv + 2 and toks[fv + 1].pos == "DET":  # "der in Hamburg lebende Autor"
            head = next((j for j in range(k + 1, min(stop, k + 8)) if extended_attribute(toks, j, fv + 1)), None)
            if head is not None:
                return fv + 1, head + 1
        if toks[k].pos in ("NOUN", "PROPN"):
            from .phrases import np_tokens  # late: phrases imports this package's lists

            return np_tokens(toks, k, fv + 1, stop)
    return None


CONJUNCTIONS = frozenset("und aber sowie doch".split())
CONTRAST = frozenset("aber jedoch zugleich zudem außerdem allerdings dann".split())
"""Adverbs right after a verb that follows a comma: a second verb of the same subject."""
OBLIQUE = frozenset("dem einem den einen diesen seinen ihren".split())
"""Articles of no nominative: a noun phrase opening with them before the verb is its object."""


def coordinated_subject(doc, fv: int, first: int) -> tuple[int, int] | None:
    """The subject of the sentence's first finite verb, when the cue at fv directly follows "und" and no
    comma or quotation lies between them (one sentence, two verbs, one subject)."""
    toks = doc.tokens
    v = next((k for k in range(first, fv - 1) if is_finite(toks[k]) and not toks[k].quote), None)
    lc = next((k for k in range(fv - 2, first, -1) if toks[k].text == ","), None)
    if lc is not None and v is not None and v < lc and lc + 1 < fv - 1 and is_finite(toks[lc + 1]) and not any(
            t.quote or t.text in (";", ":") for t in toks[lc : fv - 1]):
        v = lc + 1  # s32: "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: …"
    if v is not None and any(t.text in (",", ";", ":") or t.quote for t in toks[v : fv - 1]):
        from .cues import konjunktiv, verb_cue  # late: cues is imported by this package's modules

        v = next(  # "Er sprach sich dafür aus, …, und betonte, …": the last indicative speech verb
            (k for k in range(fv - 2, first - 1, -1) if is_finite(toks[k]) and not toks[k].quote
             and verb_cue(toks[k], "de") and konjunktiv(toks[k], "de") != 1),
            None,
        )
    if v is None:
        return None
    from .subjects import subject  # late: subjects imports this package's lists

    found = subject(doc, v, first, fv - 1, "de")
    if found is not None and found[1] <= v and toks[found[0]].text.lower() in OBLIQUE:
        found = subject_after(toks, v)  # "Den Vorwurf wies der Minister zurück und erklärte, …"
    return found if found is not None and found[1] <= fv - 1 else None


def particle_name(toks, fv: int) -> tuple[int, int] | None:
    """ "sagte von Preen", "so van Aken": a surname opening with a lower-case particle after the cue."""
    k = fv + 1
    if k >= len(toks) or toks[k].text not in ("von", "van", "de", "di", "da", "del", "ter"):
        return None  # cheap test first
    from .names import particles_at
    from .noun_messages import SPEAK_OF  # late: messages imports this package's lists

    c = particles_at(toks, k, len(toks))
    after_quote = fv >= 2 and toks[fv - 1].text == "," and toks[fv - 2].text in "“”\"«»'"
    if toks[fv].text.lower() in SPEAK_OF and not (after_quote and c + 1 < len(toks) and toks[c + 1].text == "."):
        return None  # "berichtete von Schüssen", "sprach von Berlin": the topic; s11: not '„…“, berichtete von Preen.'

    if c == k or c >= len(toks) or toks[c].sent != toks[fv].sent or toks[c].pos != "PROPN":
        return None
    if toks[c].ent.endswith("ORG") or not toks[c].text[:1].isupper():
        return None
    if c + 1 < len(toks) and toks[c + 1].text not in (".", ",", ";", "!", "?", "der", "dem", "gegenüber", "am"):
        return None
    return k, c + 1


def before_relative(toks, fv: int, first: int) -> tuple[int, int] | None:
    """The subject before a relative clause that ends right before the cue ("Zwei Personen, die mit der
    Sache vertraut sind, sagten, …"), where the subject search stops at the comma; else None."""
    if fv - 1 <= first or toks[fv - 1].text != ",":
        return None  # cheap test first
    c = next((k for k in range(fv - 2, first, -1) if toks[k].text in (",", ";", ":") or toks[k].quote), None)
    if c is None or toks[c].text != "," or c + 1 >= fv - 1 or toks[c + 1].text.lower() not in RELATIVES:
        return None
    np = toks[first:c]
    if not np or len(np) > 8 or any(is_finite(t) or t.text in (",", ";", ":") or t.quote for t in np):
        return None
    if not any(t.pos in ("NOUN", "PROPN") for t in np):
        return None
    return first, c


def wie_es_heisst(toks, i: int, first: int) -> bool:
    """ "Wie es aus Regierungskreisen heißt, …": present-tense "heißt" closing a wie-clause is a cue
    ("hieß" is one already), not "das heißt" or a name."""
    if toks[i].text.lower() != "heißt":
        return False  # cheap test first
    k = next((j for j in range(i - 1, max(first - 1, i - 10), -1) if toks[j].text.lower() == "wie"), None)
    return k is not None and k + 1 < i and toks[k + 1].text.lower() == "es"


def pp_to_comma(toks, c: int, stop: int, reach: int = 15) -> int:
    """The comma after a prepositional phrase that follows an inserted "so X" ("so der Schriftsteller X in
    einem Blogeintrag, …"), else c: the phrase says where X said it and belongs to neither source nor message."""
    if c >= stop or toks[c].pos != "ADP" or toks[c].text == ",":
        return c
    for k in range(c + 1, min(stop, c + reach)):
        if toks[k].text == ",":
            return k
        if is_finite(toks[k]):
            return c
    return c


def relative_clause(toks, k: int, stop: int) -> bool:
    """Does a relative clause start at k ("der am Montag sprach", "in der die Autorin … untersucht hat")?"""
    if k < stop and toks[k].pos == "ADP":
        k += 1
    return k < stop and toks[k].tag in ("PRELS", "PRELAT")


def relative_end(toks, k: int, stop: int) -> int:
    """The comma that closes the relative clause starting at k (verb-final: right after a verb), else stop."""
    return next((j for j in range(k + 1, stop) if toks[j].text == "," and toks[j - 1].pos in ("VERB", "AUX")), stop)
