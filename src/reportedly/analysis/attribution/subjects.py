"""The speaker's noun phrase for a cue verb: the parser's subject, German V2 inversion ("Am Montag
sagte die Ministerin", "Der Politik schlug er vor"), an apposition ("Der Sprecher, Igor K., betonte"),
else the noun next to the verb. All look-ups stay inside one sentence."""

from __future__ import annotations

from ...language.subjects import NOT_NOMINATIVE, OBLIQUE_PRONOUNS
from . import english as EN
from . import english_subjects as ES
from . import names_en as EN_NAMES
from . import quoted_titles as QT
from .agents_de import after_postposition
from .appositions_de import labelled_subject, with_name
from .clause_subjects import (
    attributed_subject,
    clause_noun,
    clause_pronoun,
    date_tokens,
    named_with_listed_body,
    relative_subject,
)
from .coordination import joined_after_verb
from .cues import SUBJECT_WORDS, is_finite
from .datelines import DASHES
from .names import NAME_PARTICLES, doc_noun, feminine_media_noun, media_noun
from .next_phrase import new_np
from .outlet_mentions import kind_title_end
from .quoted_titles import (
    QUOTE_CLOSE,
    TITLE_OPEN,
    date_apposition_start,
    quoted_title_subject,
    title_start,
    told_then_subject,
)
from .sources import np_tokens
from .speakers import is_person_noun, lexicon_person_noun
from .vorfeld_de import (
    bare_name_vorfeld,
    fronted_object,
    inverted_subject,
    opening_subject,
    quoted_title_vorfeld,
    shared_opening,
    speaking_vorfeld,
    told_vorfeld,
)

TIME_WORDS = frozenset(
    """this last next on earlier later week weekend month year day today yesterday tonight monday tuesday
    wednesday thursday friday saturday sunday heute gestern morgen montag dienstag mittwoch donnerstag freitag
    samstag sonntag woche""".split()
)
"""Words between a subject and its verb that are never the speaker."""
SPANS_DE = frozenset("sekunden minuten stunden tage wochen monate jahre".split())
LATER_DE = frozenset("später zuvor danach darauf vorher lang".split())
"""S28: "Wenige Stunden später berichtete …": a span of time before "später" is no speaker (but "der 22 Jahre alte
Deniz K." is one)."""
MONTHS_DE = frozenset("januar februar märz april mai juni juli august september oktober november dezember".split())
"""Round 13: German months the parser may take for the subject ("X hatte letzten September kritisiert")."""
AUX_EN = frozenset(
    """has have had is was were are will would did does also previously repeatedly long already often again
    publicly privately recently first later since frequently consistently still never always then just even
    once reportedly allegedly""".split()
)
"""English auxiliaries and adverbs between the subject and "said": "The minister has said …"."""
ANON_PIS = frozenset("einer eine jemand anderer andere weiterer weitere".split())
"""Indefinite pronouns that stand for an unnamed speaker: "Einer sagte", "Ein anderer sagte" (round 10)."""
WALK_LEFT = False
"""Subject fallback that walks left to the nearest noun: +0.01 news-gold de, but picks objects."""


def subject(doc, fv: int, first: int, end: int, lang: str) -> tuple[int, int] | None:
    """The speaker's noun phrase: the subject the language layer linked to the finite verb."""
    toks = doc.tokens
    if lang == "de":  # "Lassen Sie mich darauf hinweisen", "Lasst uns sagen": the speaker is "mich"/"uns"
        for k in range(max(first, fv - 1), min(end - 2, fv + 1)):
            if toks[k].text.lower() in ("lassen", "lasst", "lass") and not toks[k].quote:  # s32: not '„Lasst mich
                p = k + 2 if toks[k + 1].text == "Sie" else k + 1
                if p < end and toks[p].text.lower() in ("mich", "uns"):
                    return p, p + 1
    if lang == "de" and fv is not None:  # s21: "Auch aus der Koalition kamen Töne: Ein Abgeordneter, der …, sagte"
        first = next((k + 1 for k in range(fv - 1, first, -1) if toks[k].text == ":" and not toks[k].quote and (
            toks[k + 1].start > toks[k].end)), first)  # not "Nach der 1:2-Niederlage"
    np = quoted_title_subject(toks, fv, first) if lang == "de" and TITLE_OPEN & {t.text for t in toks[
        first : first + 2]} and toks[min(fv or 0, len(toks) - 2) + 1].tag != "PPER" else None  # s31: 'Der
    # „Standard“ aus Wien kommentiert'; s32: not the paper told in 'Der „Sächsischen Zeitung“ sagte er'
    np = np or _subject(doc, fv, first, end, lang)
    if np is not None and np[1] - np[0] == 1 and toks[np[0]].tag == "PRF":
        np = None  # s9: "Der ADAC, der sich lange gesperrt hatte, äußerte sich …": "sich" is no speaker
    if np is None and lang == "de":
        np = quoted_title_subject(toks, fv, first)
    if np is not None and lang == "de" and fv is not None and np[0] == first and np[1] < fv and toks[
            np[1] - 1].pos == "PROPN" and toks[np[1] - 1].text.endswith("s") and all(
            t.pos in ("ADJ", "NOUN", "PROPN") for t in toks[np[1] : fv]):
        np = (np[0], fv)  # s25: "Brandauers langjähriger Co-Moderator Kemal Arslan postete": the owner's man
    if np is not None and lang == "de" and fv is not None and np == (first, first + 1) and fv == first + 1 and (
            fv + 3 < end and toks[fv + 1].text == "sich" and (toks[fv + 2].pos == "DET" or toks[fv + 2].ent == "B-PER")
    ) and (speaker := np_tokens(toks, fv + 2 + (toks[fv + 2].pos == "DET"), fv + 2, end)) is not None and any(
            t.ent.endswith("PER") or is_person_noun(t.text) for t in toks[speaker[0] : speaker[1]]):
        np = speaker  # s26: "Kritischer (NN) äußerte sich die Hamburger Klimaforscherin Susanne Pahl: …"; s32: a name
    if np is not None and lang == "de" and fv is not None and np[1] - np[0] == 1 and toks[np[0]].text.lower() in (
            "sie", "es") and toks[np[0] - 1].text.lower() == "wie" and np[1] < fv and toks[np[1]].pos in (
            "DET", "NOUN", "PROPN") and all(t.pos in ("DET", "NOUN", "PROPN", "ADJ") for t in toks[np[1] : fv]):
        np = (np[1], fv)  # s26: "Eine Regelung, wie sie Teile der Union fordern, …": "sie" is the object
    if np is not None and lang == "de":
        np = after_postposition(toks, np, fv, end)  # s21: "Ermittlerkreisen zufolge gehen die Behörden davon aus"
        np = (np[0], kind_title_end(toks, np[1], end)) if np else None  # s18: "der Kanal „Voenkor Kotenok“"
        np = joined_after_verb(toks, np, fv, end) if np else None  # s19: "teilten Zollfahndung und X mit"
    if np is not None and lang == "en" and np[0] > fv > first and toks[fv - 1].text.lower() in ("it", "he", "she"):
        return fv - 1, fv  # s19: '…, it said, a term usually used for …': the pronoun before the verb speaks
    if np is not None and lang == "en" and np[0] > fv and toks[fv].text.lower() in ("told", "tells", "tell"):
        np = _left_speaker(toks, fv, first) or np  # '"…," one official told Reuters': Reuters is addressed
    np = ES.repaired_subject(toks, np, first) if np is not None and lang == "en" else np  # s31
    if np is not None and lang == "en":
        a = np[0]
        while a - 1 >= first and toks[a - 1].text in NAME_PARTICLES and toks[np[1] - 1].text[:1].isupper():
            a -= 1  # s10: "Later, von der Leyen said": the tagger calls "von" a conjunction
        np = (a, np[1])
        head = _head_before_modifier(toks, np[0], first)
        if head is not None:  # "Someone familiar with the talks said", "A person who has seen the letter said"
            return np_tokens(toks, head, first, head + 1)[0], np[1]
    if np is not None and lang == "en" and np[1] < fv and toks[np[1]].text == "-" and toks[np[1]].start == toks[
            np[1] - 1].end and all(t.pos in ("NOUN", "ADJ", "NUM") or t.text == "-" for t in toks[np[1] : fv]):
        np = (np[0], fv)  # s30: "The tribunal's 42-page decision said": the phrase ran to "42" only
    if np is None or lang != "en" or np[1] + 1 >= end or np[1] == fv:
        return np
    a, b = np  # "people familiar with the talks", "a person close to the prince": the whole phrase
    if toks[b - 1].text.lower() in ("familiar", "close") and toks[b].text.lower() in ("with", "to"):
        k = b + 1
        while k < end and k != fv and toks[k].pos in ("DET", "ADJ", "NOUN", "PROPN"):
            k += 1
        if k > b + 1:
            return a, k
    return np


def question_arises(toks, fv: int, src: tuple[int, int]) -> bool:
    """S12: "Auch in diesem Jahr stellt sich die Frage, wie …": the question is the subject; no one speaks
    (GePaDe marks the cue with no source). "Beamte stellen sich die Frage, ob …" has its speakers."""
    return toks[fv].lemma == "stellen" and toks[src[1] - 1].text in ("Frage", "Fragen")


def _left_speaker(toks, fv: int, first: int) -> tuple[int, int] | None:
    """English: the noun phrase right before the verb in its clause ("one official told")."""
    k = fv - 1
    while k >= first and toks[k].pos in ("ADV", "AUX"):
        k -= 1
    if k - 1 > first and toks[k].text == "," and toks[k - 1].pos == "PROPN":
        k -= 1  # round 18: "Panama's lead negotiator, Juan Carlos Monterrey Gomez, told reporters": the name
    if k < first or toks[k].quote or not (
        toks[k].pos in ("NOUN", "PROPN", "PRON") or _speaker_word(toks[k]) or toks[k].text[:1].isupper()
    ):
        return None
    return None if toks[k].text in M_PUNCT else np_tokens(toks, k, first, k + 1)


M_PUNCT = frozenset(',.;:"“”’‘()')


def _head_before_modifier(toks, a: int, first: int) -> int | None:
    """English: the noun (or "someone") a subject found after it belongs to: "Someone familiar with
    [the talks]", "people with knowledge of [the matter]", "A person who has seen [the letter]"."""
    k = a - 1
    if k - 1 >= first and toks[k].text.lower() in ("with", "to", "of"):
        prev = toks[k - 1].text.lower()
        h = k - 3 if prev == "knowledge" and k - 2 >= first and toks[k - 2].text.lower() == "with" else k - 2
        if prev in ("familiar", "close", "knowledge") and h >= first and _speaker_word(toks[h]):
            return h
    if k - 1 >= first and toks[k].text.lower() in ("on", "in") and toks[k - 1].text.lower() in BRIEFED:
        h = k - 2  # round 18: "people briefed on the matter", "a banker involved in the talks"
        if h >= first and _speaker_word(toks[h]) and toks[h].pos != "PROPN":
            return h
    for k in range(a - 1, max(first, a - 6) - 1, -1):
        if toks[k].text.lower() == "who" and k - 1 >= first and _speaker_word(toks[k - 1]):
            return k - 1
        if toks[k].text in (",", ";", ":") or toks[k].quote:
            break
    return None


BRIEFED = frozenset("briefed involved participating engaged".split())
"""English participles after which "on"/"in" names what an unnamed speaker knows about."""


def _speaker_word(tok) -> bool:
    low = tok.text.lower()
    if low in ("someone", "somebody", "anyone", "one", "those"):
        return True
    return tok.pos in ("NOUN", "PROPN") or is_person_noun(low)


def _subject(doc, fv: int, first: int, end: int, lang: str) -> tuple[int, int] | None:
    toks = doc.tokens
    dates = doc.user_data.get("_date_tokens")
    if dates is None:
        dates = doc.user_data["_date_tokens"] = date_tokens(doc)
    shared = shared_opening(toks, fv, first) if lang == "de" else None
    if shared is not None:  # s25: "Präsident X, der …, rief den Notstand aus und versprach, …": X for both verbs
        return shared
    told = told_then_subject(doc, fv, first, end) if lang == "de" else None
    if told is not None:  # round 16: "…, sagte der Süddeutschen Zeitung ein Sprecher des Ministeriums"
        return told
    inv = inverted_subject(toks, fv, first, end, dates) if lang == "de" else None
    if lang == "de" and inv is None and bare_name_vorfeld(toks, first, fv):
        return first, fv  # round 18: "Kretschmer warf Habeck vor, …": the name before the verb, not the parser's
    if lang == "de" and inv is None and named_with_listed_body(toks, first, fv):
        return first, fv  # s18: "Julia S. vom Center für Monitoring, Analyse und Strategie sagte": not "Analyse"
    if lang == "de":  # "Der Politik schlug er vor"; s19: "Der Kanal „X“ teilte das Schreiben mit dem Kommentar, …"
        inv = inv or fronted_object(toks, fv, first, end) or speaking_vorfeld(toks, fv, first, end)
    if inv is not None:
        return inv
    if lang == "en" and fv - 1 >= first and toks[fv - 1].text.lower() in ("it", "he", "she", "they") and (
            toks[fv].pos == "VERB"):
        return fv - 1, fv  # s22: "the number of drones it says it has shot down": the pronoun right before it
    heads = {fv}
    k, seen = fv - 1, 0
    while k >= first and seen < 9:  # "Der AStA hatte am Freitag moniert" (VVFIN mis-tag)
        if toks[k].text in QUOTE_CLOSE and lang == "de":  # "wollte gegenüber der „Zeitung“ nicht bestätigen"
            k = title_start(toks, k, first)
            continue
        if toks[k].text == "," and k - 1 in dates:  # "hat Meldungen von Donnerstag, dem 2. Dezember, zurückgewiesen"
            k = date_apposition_start(toks, k - 1, first, dates)
            continue
        if toks[k].text in (",", ";", ":") or toks[k].quote:
            break
        if toks[k].tag in ("VAFIN", "VMFIN"):
            heads.add(k)
            break
        k, seen = k - 1, seen + 1
    opening = (opening_subject(toks, fv, first) or labelled_subject(toks, fv, first)) if lang == "de" else None
    if opening is not None:  # "Günther P., der Minister, der …, sagte"; "Ein Offizier, der …, sagte der Agentur"
        return opening
    told_outlet = False
    for t in toks[first:end]:
        if lang == "de" and t.dep == "nsubj" and t.head in heads and t.text.lower() == "man":
            return None  # "das muss man sagen": no one in particular (not the noun next to the verb)
        if (
            t.dep == "nsubj"
            and t.head in heads
            and t.text.lower() not in NOT_LINKED_SPEAKERS
            and t.text.lower() not in TIME_WORDS
            and not (t.text.lower() in SPANS_DE and t.i + 1 < end and toks[t.i + 1].text.lower() in LATER_DE)
            and t.i not in dates
            and not (lang == "de" and t.text.lower() in MONTHS_DE)  # round 13: "hatte letzten September kritisiert"
            and not (lang == "en" and t.i > fv > first and toks[fv - 1].pos == "NOUN")  # s20: "X's office said it"
        ):
            a, b = np_tokens(toks, t.i, first, end)
            if lang == "de":  # s23: "Wie ein Sprecher MDR SACHSEN bestätigte": the parser's subject is the outlet told
                b = next((j for j in range(a + 1, b) if toks[j].tag == "NE" and new_np(toks, j, b)), b)
            if lang == "en" and (listed := EN_NAMES.listing_body_start(toks, a, fv, first)) is not None:
                a, b = listed, fv  # s23: "A spokesperson for the Department for Environment, Food and …"
            if toks[a].text.lower() in ("dem", "einem", "den") if lang == "de" else toks[a].pos == "ADP":
                continue  # "bestätigte dem Abgeordneten Montag": a dative object; s20: "In a post on X, Y said"
            if lang == "de" and a > first and toks[a - 1].tag in ("APPR", "APPRART"):
                if t.tag in ("PIS", "PPER") and t.i > a:
                    return t.i, t.i + 1  # "wollte in Konzernkreisen niemand sagen": the pronoun alone
                continue  # s11: "…, redete übers Klima": the noun of a prepositional phrase
            if lang == "de" and a == fv + 1 and fv > first and (toks[a].text.lower() in ("der", "dieser") or (
                    b - a == 1)) and (
                any(feminine_media_noun(x.text) for x in toks[a:b]) or QT.told_after_person(doc, first, fv, a, b)
                # s20: "… sagte der dpa"
            ):  # round 10: "Ein … Politiker sagte der Zeitung, …": the outlet is told, not telling (s14: but
                told_outlet = True  # "meldete der Sender" is the teller)
                continue
            return with_name(toks, a, b, first, fv) if lang == "de" else (a, b)  # round 14: "X, ein Y sagte"
    if lang == "de" and quoted_title_vorfeld(toks, first, fv):
        return first, fv  # s24: "Die „Süddeutsche Zeitung“ aus München hält dagegen: …" (the parser took the city)
    if told_outlet and (vorfeld := told_vorfeld(toks, first, fv)):
        return vorfeld  # s24: "Ein „hochrangiger Höfling“ habe der Zeitung gesagt": the Vorfeld, not the outlet
    if lang == "de" and first > 0 and any(t.dep == "nsubj" and t.head in heads for t in toks[
            max(0, first - 8) : first]) and (
            fv - first >= 2 and toks[first].pos == "DET" and any(t.pos == "NOUN" for t in toks[first + 1 : fv]) and all(
                t.pos in ("DET", "ADJ", "NOUN", "PROPN", "ADP") for t in toks[first:fv])):
        return first, fv  # s24: "Kiew (AFP) - Ein Berater im Präsidialamt sagte": the parser linked the dateline
    pro = clause_pronoun(toks, fv, first) if lang == "de" else None
    if pro is not None:  # "wenn wir über Bußgelder reden": the pronoun, not the noun next to the verb
        return pro, pro + 1
    noun = (relative_subject(toks, fv, first) or clause_noun(toks, fv, first, dates)) if lang == "de" else None
    noun = noun or (attributed_subject(toks, fv, end) if lang == "de" and fv + 3 < end else None)
    if noun is not None:  # round 13: "Als der Regierungschef am Sonntag sagte, dass …"
        return noun
    if lang == "de" and fv - 1 > first and toks[fv - 1].text in DASHES:  # s7: "Merz – der Kanzler – sagte"
        c = next((j for j in range(fv - 2, max(first, fv - 10), -1) if toks[j].text in DASHES), None)
        if c is not None and c - 1 >= first:
            return np_tokens(toks, c - 1, first, c)[0], c
    if fv - 1 > first and toks[fv - 1].text == "," and fv - 2 not in dates and not (
            (toks[fv - 2].quote or toks[fv - 2].text in QUOTE_CLOSE) and title_start(toks, fv - 2, first) < first
    ):  # "Der Sprecher, Igor K., betonte", "Seine Redaktion, das Magazin „Weltblick“, wies …"; s29: not '„Das gilt
        # auch dann, wenn es lästig ist“, schreibt die „Frankfurter Rundschau“' (a quotation's comma)
        for c in range(fv - 2, max(first, fv - 8), -1):
            if toks[c].text == "," and c - 1 >= first and lang == "en" and toks[c + 1].pos == "VERB":
                if toks[first].pos in ("DET", "ADJ", "NOUN", "PROPN") and not any(  # round 16: "A leaked
                    t.pos in ("VERB", "AUX") for t in toks[first:c]  # letter from X, seen by Y, says"
                ):
                    return first, c
                break
            if toks[c].text == "," and c - 1 >= first:
                verb = c + 1 if is_finite(toks[c + 1]) and not toks[c + 1].quote else None
                if lang == "de" and verb is not None:  # s24: "Die Diabetologin X, die …, hält die Daten für solide,
                    return _subject(doc, verb, first, end, lang)  # warnt aber …": the verb before shares its subject
                a, _ = np_tokens(toks, c - 1, first, c)
                if not (lang == "de" and toks[a].text in ("den", "dem", "einen", "einem")):
                    return a, fv - 1  # s30: not "unter Berufung auf den Gouverneur des Gebiets, Alexej Smirnow,"
                aux = next((j for j in range(first + 1, a) if toks[j].tag == "VAFIN"), None)
                return _subject(doc, aux, first, end, lang) if aux is not None else None  # "RIA hatte … gemeldet"
    k = fv - 1  # the nearest noun before the verb in its clause
    while WALK_LEFT and k >= first and toks[k].text not in (",", ":", ";", "(") and not toks[k].quote:
        if (
            k not in dates
            and (toks[k].pos in ("PROPN", "NOUN") or toks[k].text.lower() in SUBJECT_WORDS)
            and (k == first or toks[k - 1].pos != "ADP" and toks[k - 1].tag != "APPRART")
        ):
            a, b = np_tokens(toks, k, first, end)
            if a == first or toks[a - 1].pos != "ADP":
                return a, b
        k -= 1
    left = fv - 1
    while left > first and (
        toks[left].text.lower() in TIME_WORDS
        or toks[left].text == ")"
        or (lang == "de" and toks[left].tag == "ADV")
        or (lang == "en" and toks[left].text.lower() in AUX_EN)
    ):
        if toks[left].text == ")":  # "… Employers' Association (UCEA) said"
            opening = next((k for k in range(left - 1, max(first, left - 6), -1) if toks[k].text == "("), None)
            if opening is None:
                break
            left = opening
        left -= 1  # "health officials this week said"
    for k in (left, fv + 1, fv + 2, fv + 3):  # no parse: the noun next to the verb
        if k >= end:
            break
        if k > fv and any(toks[j].pos == "ADP" or toks[j].tag == "APPRART" for j in range(fv + 1, k + 1)):
            break  # "sagte zum Abschluss des Treffens", "am Wahlabend": a prepositional phrase, not the subject
        if k > fv and lang == "de" and toks[fv + 1].text.lower() in ("dem", "den", "einem", "ihm", "ihr"):
            break  # "bestätigte dem Abgeordneten": a dative object
        if lang == "de" and toks[k].text.lower() == "man":
            break  # "Dazu muss man wissen": the generic subject, not a noun after it
        if (
            first <= k < end
            and k not in dates
            and toks[k].text.lower() not in NOT_NEXT_SPEAKERS  # s10: "Das muss man …"
            and not (lang == "de" and toks[k].text.lower() in MONTHS_DE)
            and (
                toks[k].pos in ("NOUN", "PROPN", "PRON")
                or toks[k].text.lower() in SUBJECT_WORDS
                or (toks[k].tag == "PIS" and toks[k].text.lower() in ANON_PIS)  # "Einer sagte", "Ein anderer sagte"
                or (lang == "de" and toks[k].tag == "ADJA" and toks[k].text[:1].isupper() and k == first
                    and lexicon_person_noun(toks[k].text))  # round 10: "Beteiligte berichten": an adjective noun
                or (not toks[k].pos and toks[k].text[:1].isupper() and k > first)
                or (
                    lang == "en"
                    and k == left
                    and toks[k].text.isalpha()
                    and (toks[k].text[:1].isupper() or is_person_noun(toks[k].text))
                )
            )
        ):
            a, b = np_tokens(toks, k, first, fv if k < fv else end)  # a subject before the verb ends there
            if a - 2 >= first and toks[a - 1].text.lower() in ("von", "of") and (
                toks[a - 2].text.lower() in ONE_OF or toks[a - 2].tag == "CRD"
            ):
                a -= 2  # "Einer von ihnen sagte", "one of them said": the whole phrase
            elif lang == "de" and k < fv and a - 2 >= first and toks[a - 1].text.lower() in ("von", "vom") and (
                    toks[a - 2].pos == "NOUN" and is_person_noun(toks[a - 2].text)):
                a = np_tokens(toks, a - 2, first, a - 1)[0]  # s12: "Gegner von Trump sagen": the opponents
            elif lang == "de" and (toks[a].text.lower() in NOT_NOMINATIVE | OBLIQUE_PRONOUNS or (
                    a > first and toks[a - 1].tag in ("APPR", "APPRART") and toks[a - 1].text.lower() not in (
                        "von", "vom") and not (doc_noun(toks[k].text) or media_noun(toks[k].text)))):
                continue  # s12: "was eine Quelle einem Reporter erzählt", "Das bestätigt uns X", "durch Mimik
                # zeigt" (but "In der Mitteilung betont …": the statement)
            return EN.extend_left(toks, a, b, first) if lang == "en" else (a, b)
    return None


THING_PRONOUNS = frozenset("etwas irgendwas irgendetwas nichts alles vieles einiges manches".split())
"""S14: pronouns for things, never a speaker ("wer mir hier irgendwas vorwerfen will")."""
NOT_LINKED_SPEAKERS = frozenset("es it man was das die".split()) | THING_PRONOUNS
"""Subjects the parser links to the cue that speak for no one."""
NOT_NEXT_SPEAKERS = frozenset("es it man wonach das dies was".split()) | THING_PRONOUNS
"""Words next to the verb that are no speaker when there is no parse."""
ONE_OF = frozenset("einer eine eines keiner keine einige mehrere one some several many".split())
"""Quantifiers before "von ihnen", "of them": "Einer von ihnen sagte" (the whole phrase is the subject)."""
