"""Where the reported content is: clauses after a cue, fronted clauses, colons and Konjunktiv I.

All functions work on token indices of one sentence [first, last) and return token ranges, so
they cost one pass over the sentence; character spans are made once at the end by the engine.
"""

from __future__ import annotations

from . import message_ends_de as MD
from . import messages_en as EM
from .cues import is_finite, konjunktiv, verb_cue
from .english_bounds import conjoined_end
from .mood_de import sentence_konjunktiv

SUBORDINATORS = frozenset(
    "dass daß ob wonach wie warum weshalb wieso wann wer was wo wohin woher welche welcher welches inwiefern "
    "that whether how why when who what where which if".split()
)
ADVERBIAL_SUBORDINATORS = frozenset(
    "als nachdem bevor ehe während weil obwohl obgleich sobald indem zumal falls sofern solange seitdem".split()
)
"""German conjunctions of a clause that says when, why or how something was said, never what."""
PUNCT_END = frozenset(".!?;")
QUOTE_MARKS = frozenset("\"„“”«»‚‘’'")


def content_end(tokens, first: int, last: int) -> int:
    """End of the sentence without its final punctuation."""
    b = last
    while b > first and (
        tokens[b - 1].text in PUNCT_END
        or tokens[b - 1].text in QUOTE_MARKS
        and b - 1 > first
        and tokens[b - 2].text in PUNCT_END
    ):
        b -= 1
        if tokens[b].text in PUNCT_END:
            break
    if b < last and tokens[b].text in PUNCT_END and b + 1 < last and tokens[b + 1].text in ('"', "”") and (
        _open_quote(tokens, first, b)
    ):
        return b + 2  # round 18: 'said the plan was "dead on arrival."': the quotation closes after its period
    return b


def _open_quote(tokens, first: int, b: int) -> bool:
    """A quotation opened after the sentence's first token in [first, b) and not closed there."""
    marks = [t for t in tokens[first + 1 : b] if t.text in QUOTE_MARKS and t.text not in "'‚‘’"]
    return len(marks) % 2 == 1 and tokens[first].text not in QUOTE_MARKS


def _closed(tokens, k: int) -> bool:
    """A separated particle or a participle closes the clause before the comma at k - 1."""
    return k >= 2 and tokens[k - 2].tag in ("PTKVZ", "VVPP")


def _named_clause(tokens, a: int, b: int) -> bool:
    """A clause [a, b) whose subject is a noun, no pronoun ("wie der GDV", not "wie Sie das erklären")."""
    return any(t.pos in ("NOUN", "PROPN") for t in tokens[a:b]) and not any(t.pos == "PRON" for t in tokens[a:b])


def _relative(tokens, k: int, end: int) -> bool:
    """s7: right after a separated particle or participle, a relative pronoun on the noun of a source's
    phrase ("gehe aus einem Papier hervor, das der Zeitung vorliegt"); not an article the tagger misread
    ("sagte, der Minister …") nor the relative clause on an object ("legt einen Antrag vor, der …",
    "einen Punkt hervorheben, der …"), which GePaDe marks as part of the message."""
    if k + 1 >= end or tokens[k + 1].pos in ("NOUN", "PROPN", "ADJ") or tokens[k].text.lower() not in MD.D_RELATIVES:
        return False
    if not _closed(tokens, k):  # not "einen Punkt hervorheben, der …"
        return False
    a = k - 3  # the antecedent: a noun in a source's phrase ("aus einem Papier"), not an object ("einen Antrag")
    while a > 0 and tokens[a].pos in ("NOUN", "PROPN", "ADJ", "DET") and tokens[a].tag not in ("APPR", "APPRART"):
        a -= 1
    if a == k - 3 or tokens[a].text.lower() not in ("aus", "in", "im"):
        return False
    stop = next((c for c in range(k + 1, end) if tokens[c].text in (",", ";", ":")), end)
    fin = next((c for c in range(k + 1, stop) if is_finite(tokens[c])), None)
    return fin is not None and fin == stop - 1 and fin > k + 1  # verb-final, not "Ich sage, das ist falsch"


def _fragment_ends_clause(tokens, close: int, end: int) -> bool:
    """A quoted fragment whose comma sits inside the marks ends the clause when "with", "while" … follows."""
    return tokens[close - 1].text == "," and close + 1 < end and tokens[close + 1].text.lower() in (
        "with", "while", "but", "as")


TIME_NOUNS_EN = frozenset("night day week month year morning afternoon evening weekend time season".split())
"""Nouns after a determiner "that" ("that night") that a complement clause never opens with."""


def right_message(tokens, cue_end: int, first: int, last: int, lang: str) -> tuple[int, int] | None:
    """A complement clause after the cue: ", dass …", ", ob …", ", die Lage sei …", ": …", "that …"."""
    end = content_end(tokens, first, last)
    if lang == "de":  # round 12: "…, und betonte, …" — the next report of the same speaker ends this one
        end = next((k for k in range(cue_end, end - 2) if _next_report(tokens, k)), end)
        end = next((k for k in range(cue_end + 2, end - 2) if MD.narrator_relative(tokens, k, end)), end)
        end = MD.relative_clause_end(tokens, first, cue_end, end)  # s12: "Eltern, welche feststellen, dass …, zusehen"
        end = MD.fronted_clause_end(tokens, first, cue_end, end)  # s25: "Als er behauptete, X, erhob sich Protest"
    said = tokens[cue_end - 1].text.lower() if cue_end > first else ""
    if lang == "de" and MD.object_then_other_cue(tokens, first, cue_end, end):
        return None  # s17: "hatte Fehler eingeräumt und angegeben, er habe …": the second verb's complement
    if lang == "en":
        cue_end = EM.skip_adjuncts(tokens, cue_end, end)
        lead = cue_end + (cue_end + 1 < end and tokens[cue_end].text.lower() in ("shortly", "soon", "just", "right"))
        if lead < end and (tokens[lead].text.lower() in ("before", "after") or (
                tokens[cue_end].text.lower() in ("as", "when", "while") and cue_end + 1 < end
                and tokens[cue_end + 1].pos in ("PRON", "DET", "PROPN"))) and not any(
                t.text.lower() == "that" for t in tokens[cue_end:end]):
            return None  # s16: "Johnson testified before Congress on Tuesday": where, not what; s24: "told
            # delegates as she gavelled the agreement through": when
        end = next(
            (k for k in range(cue_end + 2, end - 1) if EM.trailing_cue(tokens, k, end) or EM.claim_apposition(
                tokens, k, end) or EM.narrator_as(tokens, k, end)), end
        )  # round 18: "…, claims the company strongly denies."; s9: "…, as Moscow's forces pressed …"
        if cue_end - 2 >= first and tokens[cue_end - 2].text.lower() in ("which", "who"):
            end = next((k for k in range(cue_end + 2, end - 1) if tokens[k].text == "," and (tokens[k + 1].tag in (
                "VVD", "VVZ") or tokens[k + 1].text in ("said", "says", "told", "added")) and not tokens[k].quote),
                end)  # s24: "X, which says it represents …, said in a statement …"
        end = conjoined_end(tokens, cue_end, end)  # s18: "acknowledged X but insisted that Y": Y is not its
    if (
        lang == "en"
        and first < cue_end
        and (cue_end < end - 2 or (cue_end == end - 2 and tokens[end - 1].pos in ("VERB", "AUX")))  # "profits rose"
        and (said in ("said", "says", "say") or (
            said in EM.BARE_CLAUSE_VERBS and EM.clause_follows(tokens, cue_end, end)))  # s29: "reported England were"
        and (
            tokens[cue_end].pos in ("PRON", "NOUN", "PROPN", "DET", "NUM", "ADJ")
            or EM.quantity_opens(tokens, cue_end, end)  # "said at least 12 people were killed"
        )
        and tokens[cue_end].text.lower() not in ("that", "this", "last", "next", "on", "in")
    ):
        return cue_end, end  # "said it showed that …": the complement starts right after "said"
    if lang == "de" and cue_end < end and tokens[cue_end - 1].tag == "VVPP" and tokens[cue_end].pos in (
        "DET", "NOUN", "PROPN", "PRON"
    ) and tokens[cue_end].text[:1].isalnum() and tokens[cue_end].tag != "PDS" and _zu_clause(tokens, cue_end, end):
        return cue_end, end  # s13: "hat angekündigt die Preise zu erhöhen": the comma left out
    j = cue_end
    limit = min(end, cue_end + 12)
    if lang == "de" and any(tokens[k].text.lower() in ("unter", "mit") and tokens[k + 1].text.lower() in (
            "berufung", "verweis") for k in range(cue_end, min(end - 1, cue_end + 5))):
        limit = min(end, cue_end + 20)  # s28: "berichtete am Freitag unter Berufung auf ein internes Lagebild des
        # Bundesamts für Verfassungsschutz, der Clip sei …": the cited source is long, the complement follows it
    while j < limit:
        t = tokens[j].text
        low = t.lower()
        if t == ":":
            return (j + 1, end) if end - j > 2 else None
        if t in ("–", "—") and _labelled_part(tokens, j, end):
            return None  # s27: "GDL kündigt Streik an – Bahn: „Völlig unverhältnismäßig“": the label's own words
        if t == ",":
            k = j + 1
            if k >= end:
                return None
            nxt = tokens[k].text.lower()
            if lang == "en" and j > cue_end and tokens[k].tag == "VVZ" and verb_cue(tokens[k], "en"):
                return cue_end, j  # s27: "rejects presidential result, alleges 'industrial-scale' rigging"
            if lang == "en" and EM.coordinated_verb(tokens, cue_end, j, k, end):
                return cue_end, j  # round 18: 'told X the figures showed "the plan is working", but warned …'
            if lang == "en" and nxt in ("while", "whereas") and j - cue_end >= 3:
                return cue_end, j  # round 18: "urged both sides to return to talks, while the Lib Dems …"
            if lang == "de" and nxt == "als" and MD.comparative(tokens, first, j):
                return None  # round 16: "mehr Tests gemeldet worden, als die Stadt Einwohner habe"
            if lang == "de" and not MD.konjunktiv_main(tokens, k, end) and (
                (tokens[k].tag in ("PRELS", "PRELAT") and (j > cue_end or _relative(tokens, k, end)))
                or (tokens[k].tag == "APPR" and k + 1 < end and tokens[k + 1].tag == "PRELS" and _closed(tokens, k))
            ):  # s7 (the second line): "kündigte es in einer E-Mail an, über die zuerst X berichtete"
                # "sagte ein Offizier, der nicht genannt werden wollte(, die Lage sei ernst)": a relative
                # clause on the speaker is no message; the complement, if any, follows it
                close = next((c for c in range(k + 1, min(end, k + 16)) if tokens[c].text == ","), None)
                if close is None or MD.reporting_relative(tokens, close - 1, lang):
                    return None  # s13: "veröffentlichte eine Studie, die zeigt, dass …": the relative's own report
                j, limit = close, min(end, close + 12)
                continue
            if lang == "de" and MD.article_relative(tokens, k, end):
                return None  # s25: "sagt X vom KIT, den (ART) ZEIT ONLINE um eine Einschätzung gebeten hat"
            if lang == "de" and j > cue_end and tokens[k].tag == "APPR" and MD.relative_after(tokens, k, end):
                return None  # s12: "signalisiert die Fläche, auf der …", "erlässt ein Gesetz, in dem …": the object's
            if lang == "de" and nxt in ADVERBIAL_SUBORDINATORS and not (k + 1 < end and is_finite(tokens[k + 1])):
                return None  # session 11: "Das sagte er, als er das Krankenhaus besuchte": when, not what; s28:
                # but "sagte, seitdem seien Rettungsschwimmer eingestellt worden": the adverb opens a V2 clause
            if lang == "de" and tokens[k].tag == "PRELS" and k + 1 < end and is_finite(tokens[k + 1]) and verb_cue(
                    tokens[k + 1], lang):
                return None  # s12: "wurde von der Nutzerin X gepostet, die sagte, …": the relative clause's own report
            if lang == "de" and nxt in ("und", "oder") and MD.relative_after(tokens, k + 1, end):
                return None  # s12: "schreibt über die Demonstration, an dem …, und bei der …": another relative
            if lang == "de" and nxt == "dass" and MD.consecutive(tokens, first, j):
                return None  # s12: "so ausgerichtet, dass …", "nimmt derart surreale Züge an, dass …": a result
            if nxt in ("wie", "as") and verb_cue(tokens[end - 1], lang) and _named_clause(tokens, k + 1, end - 1):
                return None  # s7: "Die Versicherer schätzen die Kosten …, wie der GDV mitteilte": its source
            if lang == "en" and nxt in ("which", "where", "who"):
                return None  # s11: "grumbling about his announcement, which boxed out …": a relative clause
            if nxt in SUBORDINATORS:
                return k, end
            if lang == "de" and is_finite(tokens[k]) and (MD.relative_resumes(tokens, first, cue_end) or (
                    k + 1 < end and tokens[k + 1].text.lower() in ("aber", "jedoch", "allerdings", "zudem")
                    and MD.second_predicate(tokens, first, cue_end))):
                return None  # s25: "Man habe vor einer Kostenexplosion gewarnt, sei aber „ignoriert“ worden"
            if lang == "de" and (c := _inserted_before_dass(tokens, k, end)) is not None:
                j, limit = c, min(end, c + 12)  # s14: "sagte der Sprecher, Peter M., am Montag, dass …"
                continue
            if lang == "de" and nxt in ("statt", "anstatt", "ohne") and _fronted_infinitive(tokens, k, end):
                return k, end  # round 18: "sagte, statt über Obergrenzen zu streiten, sollten Bund und Länder …"
            if lang == "de" and any(t.pos in ("NOUN", "PROPN") for t in tokens[cue_end:j]) and tokens[
                    cue_end].pos != "ADP" and other_speaker_reports(tokens, k, end):
                return None  # s27: "Kiew meldet abgewehrte Angriffe, Moskau spricht von Geländegewinnen"; s29: not
                # "erklärte in einer Stellungnahme, einzelne Risse rechtfertigten keine Jagd" (an adjunct, no object)
            if _v2_clause(tokens, k, end, lang) or (lang == "de" and MD.v1_condition(tokens, k, end)):
                return k, end  # s19 (V1): "sagte, sollten sich die Vorwürfe bestätigen, müsse der Betrieb …"
            if lang == "de" and (_zu_clause(tokens, k, end) or _late_kon1(tokens, k, end)):
                return k, end
            if nxt in ("der", "die", "das") and tokens[k + 1].text[:1].isupper() if k + 1 < end else False:
                if lang == "de" and not any(is_finite(w) for w in tokens[k + 2 : end]):
                    return None  # round 13: "…, sagte Kitz, der Chef der Bank.": an apposition, no clause
                return k, end
            return None
        if lang == "en" and low == "that" and j + 1 < end and tokens[j + 1].text.lower() in TIME_NOUNS_EN:
            j += 2  # s34: "told the inquest he was responsible for 14 detainees that night": no complementiser
            continue
        if lang == "en" and low in ("that", "whether", "if") and j > cue_end - 1:
            if any(w.text == "to" and w.tag == "TO0" for w in tokens[cue_end:j]):
                return cue_end, end  # s19: "asked the court to block a law that would …": the request, not the law
            stop = next((c for c in range(j + 1, end) if tokens[c].text in (",", ";")), end)
            if low == "that" and j + 1 < end and tokens[j + 1].pos == "NOUN" and not any(
                    w.pos in ("VERB", "AUX") for w in tokens[j + 2 : stop]) and tokens[j + 1].text.islower():
                return j, stop  # s19: "disputed that account": a determiner (s23: not "that Teague, who …")
            return (j + 1, end) if low == "that" else (j, end)
        if lang == "de" and low in ("dass", "ob", "wonach") and (j > cue_end or low == "dass"):
            return j, end
        if t in QUOTE_MARKS and not tokens[j].quote:  # „Xinhua“: a short quoted name before the comma
            close = next((c for c in range(j + 1, min(end, j + 7)) if tokens[c].text in QUOTE_MARKS), None)
            if close is None and lang != "en":
                return None
            if close is not None:  # s24: a longer English fragment goes on to the rule below
                if lang == "en" and _fragment_ends_clause(tokens, close, end):
                    return cue_end, close + 1  # s24: 'the debate had been "unusually sharp," with several …'
                limit = min(end, limit + close - j + 1)
                j = close + 1
                continue
        if t in QUOTE_MARKS and lang == "en" and j - cue_end >= 2 and (tokens[cue_end].pos in (
                "DET", "NOUN", "PROPN") or tokens[cue_end].text.lower() in ("it", "he", "she", "they", "we")):
            close = next((c for c in range(j + 1, min(end, j + 16)) if tokens[c].text in QUOTE_MARKS), None)
            if close is not None:  # round 18: 'the figures showed "the plan is working", but …': a fragment
                if _fragment_ends_clause(tokens, close, end):
                    return cue_end, close + 1
                limit, j = min(end, close + 3), close + 1
                continue
        if t in QUOTE_MARKS or t in PUNCT_END:
            return None
        if lang == "de" and j > cue_end and is_finite(tokens[j]):
            return None  # round 12: "wies die Vorwürfe zurück und sagte, …": the clause of another verb
        j += 1
    if (
        lang == "en"
        and cue_end < end
        and (
            end - cue_end > 3
            or (end - cue_end >= 2 and any("VerbForm=Fin" in tokens[j].morph for j in range(cue_end + 1, end)))
        )  # "told Reuters the building collapsed"
        and tokens[cue_end].text.lower() not in ("on", "in", "at", "to", "by", ".")
    ):
        return cue_end, end
    return None


def _fronted_infinitive(tokens, k: int, end: int) -> bool:
    """An infinitive clause at k ("statt … zu streiten,") followed by the finite verb of its main clause."""
    for c in range(k + 2, min(end - 1, k + 16)):
        if tokens[c].text == ",":
            zu = any(t.tag in ("PTKZU", "VVIZU") for t in tokens[k + 1 : c])
            return zu and is_finite(tokens[c + 1])
    return False


def _next_report(tokens, k: int) -> bool:
    """ ", und betonte": a comma, a conjunction and an indicative speech verb open a new report; so does
    (round 15) an inverted ", sagte der Coach" that closes the sentence's outer report ("Er sei überzeugt,
    die Wende zu schaffen, sagte der Coach": "überzeugt" reports "die Wende zu schaffen" only)."""
    if tokens[k].text != ",":
        return False
    if tokens[k + 1].text.lower() not in ("und", "aber", "sowie"):
        v = tokens[k + 1]
        return is_finite(v) and konjunktiv(v, "de") != 1 and verb_cue(v, "de") and not v.quote
    v = tokens[k + 2]
    return is_finite(v) and konjunktiv(v, "de") != 1 and verb_cue(v, "de")


def _labelled_part(tokens, dash: int, end: int) -> bool:
    """A dash that opens another speaker's labelled part: a name or two and a colon ("– Bahn:")."""
    colon = next((k for k in range(dash + 2, min(end, dash + 5)) if tokens[k].text == ":"), None)
    return colon is not None and all(t.pos in ("NOUN", "PROPN") for t in tokens[dash + 1 : colon])


def other_speaker_reports(tokens, k: int, end: int) -> bool:
    """A German main clause at k whose indicative speech verb follows one or two words ("Moskau spricht
    von …", "die Feuerwehr meldete …"): a second report after the first cue's object, not its message."""
    v = next((tokens[j] for j in range(k + 1, min(end, k + 3)) if is_finite(tokens[j])), None)
    return v is not None and konjunktiv(v, "de") != 1 and verb_cue(v, "de") and not v.quote


def _v2_clause(tokens, k: int, end: int, lang: str) -> bool:
    """Does a main clause start at k (finite verb in second or third position, or a Konjunktiv verb)?"""
    if k < end and tokens[k].text in QUOTE_MARKS:  # '„No-Go-Areas“ dürfe es …': a short quoted word first
        close = next((j for j in range(k + 1, min(end, k + 6)) if tokens[j].text in QUOTE_MARKS), None)
        if close is None or close + 1 >= end:
            return False
        return konjunktiv(tokens[close + 1], lang) == 1 or is_finite(tokens[close + 1])
    for i in range(k, min(end, k + 8)):
        t = tokens[i]
        if t.text in (",", ":") or t.text in QUOTE_MARKS:
            return False
        if konjunktiv(t, lang) == 1:
            return True
        if is_finite(t) and i - k >= 1:
            return True
    return False


INFINITIVE_BLOCKERS = frozenset("um ohne statt anstatt außer als".split())


def _inserted_before_dass(tokens, k: int, end: int, again: bool = True) -> int | None:
    """The comma that closes a short phrase without a verb at k (a name in apposition, "am Montag",
    "gegenüber der BBC") when "dass"/"ob"/"wonach" follows it; None otherwise."""
    w = tokens[k]
    if not (w.pos in ("ADP", "PROPN") or w.tag in ("APPRART", "ADV") or w.text in ("Herr", "Frau")):
        return None  # not "zu sagen, die Wahrscheinlichkeit, dass …, ist geringer": a subject, its clause goes on
    for c in range(k, min(end - 1, k + 8)):
        t = tokens[c]
        if t.text == ",":  # never at k, whose word opens the phrase
            if tokens[c + 1].text.lower() in ("dass", "daß", "ob", "wonach"):
                return c
            return _inserted_before_dass(tokens, c + 1, end, False) if again else None  # two phrases
        if t.tag in ("ADJD", "KON", "PTKZU") or t.pos in ("VERB", "AUX") or is_finite(t) or t.quote or t.text in (
                ":", ";", "(", "–"):
            return None  # a clause, a predicate ("…, aber die Prämisse unglaubwürdig, dass …"), a quotation
    return None


def _late_kon1(tokens, k: int, end: int) -> bool:
    """A Konjunktiv I verb further on, after an inserted phrase or relative clause ("erklärte sie, in
    den Ländern, in denen Gebühren erhoben würden, sei die Zahl gestiegen")."""
    if tokens[k].text.lower() in SUBORDINATORS or tokens[k].text.lower() in ("und", "aber", "doch", "sondern"):
        return False
    if is_finite(tokens[k]) and "Mood=Ind" in tokens[k].morph:
        return False  # s19: "räumte die Niederlage ein, machte aber deutlich, dass …": the subject's next verb
    return any(konjunktiv(t, "de") == 1 and is_finite(t) and not t.quote for t in tokens[k : min(end, k + 25)])


def _zu_clause(tokens, k: int, end: int) -> bool:
    """Does an infinitive complement start at k ("wirft ihm vor, die Akten vernichtet zu haben",
    "hat angekündigt, eine Kommission zu gründen")? Not "um … zu" (purpose) or a finite clause."""
    if tokens[k].text.lower() in INFINITIVE_BLOCKERS or tokens[k].text.lower() in SUBORDINATORS:
        return False
    for i in range(k, min(end, k + 20)):
        t = tokens[i]
        if t.text in QUOTE_MARKS or t.quote:
            continue  # round 16: "vor, „die Daten aller Bürger“ zu missbrauchen": a quoted stretch inside
        if t.text in (",", ":", ";"):
            return False
        if is_finite(t) and t.tag != "VVIZU":
            return False
        if t.tag == "VVIZU" or (
            t.text.lower() == "zu"
            and (t.tag == "PTKZU" or not t.tag)
            and i + 1 < end
            and tokens[i + 1].text[:1].islower()
            and tokens[i + 1].tag in ("VVINF", "VAINF", "VMINF", "")
        ):
            return i > k or t.tag == "PTKZU"  # round 18: "schlug vor, zu prüfen, ob …" (a bare infinitive)
    return False


def left_message(tokens, cue_start: int, first: int, lang: str) -> tuple[int, int] | None:
    """A fronted message ending in a comma right before the cue: "Die Lage sei ernst, sagte er."."""
    if cue_start - 1 > first and tokens[cue_start - 1].text in ("und", "oder") and tokens[cue_start].text.lower() == (
            "wie"):  # s12: "Das sei möglich, wie wir erklären und wie X berichtete": before the first wie-clause
        cue_start = next((k for k in range(cue_start - 2, max(first, cue_start - 14), -1) if tokens[k].text.lower(
        ) == "wie" and tokens[k - 1].text == ","), cue_start)
    j = cue_start - 1
    if j > first and tokens[j].text == ",":
        a = _after_frame(tokens, first, j) if lang == "de" else first
        while a < j and (tokens[a].text in QUOTE_MARKS):
            a += 1
        b = j
        inner = any(t.text in QUOTE_MARKS for t in tokens[a : j - 1])  # round 16: 'handle „zu zögerlich“'
        while b > a and tokens[b - 1].text in QUOTE_MARKS and not (inner and b == j):
            b -= 1
        return (a, b) if b - a >= 2 else None
    return None


def _after_frame(tokens, first: int, j: int) -> int:
    """Round 16: "Kritik kam von CDU-Chef Friedrich Merz: Die Regierung handle zu zögerlich, sagte er": an
    indicative frame before a colon introduces the Konjunktiv message after it; the message starts there."""
    colon = next((k for k in range(first + 2, j - 2) if tokens[k].text == ":" and not tokens[k].quote), None)
    if colon is None or sentence_konjunktiv(tokens, colon + 1, j, "de") != 1:
        return first
    frame = [t for t in tokens[first:colon] if is_finite(t) and not t.quote]
    return colon + 1 if frame and all(not konjunktiv(t, "de") for t in frame) else first


def rest_pieces(toks, first: int, end: int, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence without the cue phrase [a, b): one or two pieces."""
    stop = content_end(toks, first, end)
    pieces = []
    if a - first >= 2:
        pieces.append((first, a))
    while b < stop and toks[b].text == ",":
        b += 1
    one = ("VERB", "AUX", "PRON", "NOUN", "PROPN", "ADV", "ADJ", "NUM")
    if stop - b >= 2 or (stop - b == 1 and toks[b].pos in one):
        pieces.append((b, stop))  # round 18: "Die Preise sollen, wie X berichtet, steigen": one word is a piece
    cleaned = []
    for x, y in pieces:
        while y > x and toks[y - 1].text in (",", "–", "-"):
            y -= 1
        if y - x >= 2 or (y - x == 1 and x == b and toks[x].pos in one):  # "Verletzt wurde … niemand"
            cleaned.append((x, y))
    return cleaned
