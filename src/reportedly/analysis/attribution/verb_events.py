"""The event a cue verb opens: its subject or agent as the source, and its message (a clause, a colon, a
quote, a noun phrase). Moved out of sentence_events.py in session 27, which had reached 500 lines."""

from __future__ import annotations

from . import citations as C
from . import clause_kinds as CK
from . import edges_de as ED
from . import english as EN
from . import english_bounds as EB
from . import english_extents as EX
from . import english_wire as EW
from . import hosts as HO
from . import inserted as IN
from . import messages as M
from . import messages_en as EM
from . import non_reports as NR
from . import noun_messages as NM
from . import parenthetical as PA
from . import patterns as P
from . import pointers_de as PT
from . import source_frames as SF
from .agents_de import passive_agent
from .clause_subjects import generic_subject
from .cues import (
    PARTICLES_DE,
    is_finite,
    konjunktiv,
)
from .event import Event
from .mentions_de import short_title_close
from .outlet_mentions import kind_title_end
from .sources import np_tokens
from .subjects import question_arises
from .subjects import subject as _subject
from .vorfeld_de import can_speak
from .who_clauses import relative_subject

REPORTED_SENTENCES = False
"""A cue with no clause, colon or quote reports the whole sentence (SpkAtt's "Reported" form)."""
PRONOMINAL_ADVERBS = frozenset("davon darauf dafür".split())
"""Pronominal adverbs that belong to the cue: "geht davon aus"."""
UNDONE = frozenset({"ohne", "statt", "anstatt"})
"""Infinitive clauses whose cue did not happen ("ohne zu sagen")."""
FROM_SOURCE = frozenset({"hervorgehen", "erfahren", "verlauten"})
"""Cues whose source is the aus-phrase, not the subject."""


def _purpose_clause(toks, i: int, first: int) -> bool:
    """The zu-infinitive at i closes an "um … zu" clause that opens the sentence, and a comma follows it: the
    main clause comes next (not "Um es klar zu sagen: …", which GePaDe's speakers use to say it)."""
    return toks[first].text.lower() == "um" and i - first <= 12 and i + 1 < len(toks) and toks[i + 1].text == "," and (
        not any(toks[k].text in (",", ";", ":") for k in range(first, i)))


NEGATIONS = frozenset("nicht nichts kein keine keinen keiner niemals nie".split())


def verb_event(doc, i: int, first: int, end: int, si: int, lang: str, used: set[int]) -> Event | None:
    toks = doc.tokens
    t = toks[i]
    if lang == "de" and i - 2 >= first and toks[i - 1].text == "zu" and toks[i - 2].text.lower() in UNDONE:
        return None  # round 18: "…, ohne zu wissen, ob …", "statt zu erklären": nothing was said
    if lang == "de" and i - 2 >= first and toks[i - 1].text == "zu" and _purpose_clause(toks, i, first):
        return None  # s28: "Um die Lücken zu schließen, wolle das Land …": what for, no report
    fv = i if is_finite(t) else CK.finite_before(toks, i, first)
    if lang == "de" and t.tag == "VVINF" and fv is not None and fv != i and toks[fv].tag == "VMFIN" and konjunktiv(
            toks[fv], lang) == 1 and not any(toks[k].text.lower() in NEGATIONS for k in range(min(fv, i), max(fv, i))):
        return None  # s29: "Seine Partei müsse wieder verständlicher erklären, warum …": an obligation in someone's
        # reported speech, no report of its own (the sentence continues that speaker); but "er könne nichts dazu
        # sagen" declines, a speech act
    if lang == "de" and t.tag == "VVPP" and fv != i and ED.adverbial_participle(toks, i, first, end):
        return None  # s9: "widersprach das Ministerium entschieden": a participle as adverb, no verb of its own
    cue = [i]
    if lang == "de" and t.text.lower() == "bedenken" and toks[i - 1].text.lower() == "zu" and toks[fv].lemma == "geben":
        cue = [fv, i - 1, i]  # round 18: "gab der Umweltmediziner zu bedenken"
    lemma = (t.lemma or "").lower()
    particle = max(  # the longest: "hinzufügen" has "hinzu", not "hin"
        (p for p in PARTICLES_DE if lemma.startswith(p) and not t.text.lower().startswith(p)), key=len, default=None
    )
    if lang == "de" and (particle or not t.lemma):
        title = -1
        for k in range(i + 1, end):
            w = toks[k]
            if k <= title:
                continue
            if w.text in ("„", "»", '"') and (title := short_title_close(toks, k, end)) > k:
                continue  # s29: "hält die „Frankfurter Rundschau“ dagegen", "teilte der „Kölner Stadt-Anzeiger“ mit"
            if w.text == "," and particle and _listed_objects(toks, k, end, particle):
                continue  # s31: "wirft Hamza B., Emre Y. und Ilyas M. vor, …": a comma inside a list of objects
            if w.text in (",", ":", ";", ".") or w.quote:
                break
            if w.text.lower() in PRONOMINAL_ADVERBS:  # "geht davon aus": "davon" belongs to the cue
                cue.append(k)
                used.add(k)
                continue
            if w.text.lower() == (particle or "") and w.tag == "APPR" and any(
                x.text.lower() == particle and x.tag == "PTKVZ" for x in toks[k + 1 : end]
            ):
                continue  # round 18: "kündigte in einem Brief an die Belegschaft … an": the preposition
            if (
                w.text.lower() == (particle or "")
                or (not particle and w.tag == "PTKVZ")
                or (
                    not particle
                    and not w.tag
                    and w.text.lower() in PARTICLES_DE
                    and k + 1 < end
                    and toks[k + 1].text in (",", ".", ":")
                )
            ):
                cue.append(k)
                used.add(k)
                break
    passive = toks[fv].lemma == "werden" and fv != i
    if lang == "de" and (called := NR.called_on(toks, fv, i, lemma)) is not None:
        if called == "continued":
            return None  # s18: "Ärzte seien aber aufgerufen, …": the last speaker's report goes on
        passive = True  # s18: "Ärzte sind aufgerufen, …": those called on are no speakers
    src = _subject(doc, fv, first, end, lang)
    if lang == "de" and NR.no_speech_subject(toks, lemma, fv, first, end, src):
        return None  # s16: "Als Lichtjahr bezeichnet man …", "Acht Tote forderte der Anschlag"
    if lang == "en" and src is not None:
        src = EN.coordinated(toks, EN.extend_right(toks, src, i), first)  # "Sources close to the PM said"
        src = EN.without_trailing_adverb(toks, src)  # s9: "Scientists now think …"
    if lemma in FROM_SOURCE:  # "Aus dem Bericht geht hervor", "erfuhr aus Regierungskreisen": the aus-phrase
        aus = next((k for k in range(first, end) if toks[k].text.lower() == "aus" and toks[k].pos == "ADP"), None)
        head = None if aus is None else next(  # s20: "aus dem am Freitag veröffentlichten Monatsbericht": not "Freitag"
            (k for k in range(aus + 1, min(end, aus + 8)) if toks[k].pos in ("NOUN", "PROPN") and (
                k - 1 == aus or toks[k - 1].pos != "ADP")), None
        )
        if src is None and lemma == "erfahren" and aus is not None:
            src = HO.outlet_before(doc, first, aus)  # s21: 'Wie der „Spiegel“ aus …', 'Wie t-online aus … erfuhr'
        head = P.past_participial(toks, head, aus + 1, end) if aus is not None else None  # s27: "Aus einem der
        # Zeitung vorliegenden Vermerk"
        reporter, src = src, ((aus + 1, np_tokens(toks, head, aus + 1, end)[1]) if head is not None else src)
        learned_by = reporter if lemma == "erfahren" and reporter is not None and reporter != src else None
    else:
        learned_by = None
    src = (C.heard_from(toks, i, first, end) or src) if lang == "de" and lemma == "hören" else src  # s12
    if passive and lang == "de" and t.tag == "VVPP" and lemma not in ("zitieren", "wiedergeben"):
        src = passive_agent(toks, i, first, end)  # "Die Bürger wurden vom Bürgermeister aufgefordert": not the subject
    rel = relative_subject(toks, i, first, lang) if not passive and lemma not in FROM_SOURCE else None
    if rel is not None and (src is None or not rel[0] < src[0] < i):  # "…, who said", "…, der gesagt hat"
        src = (rel[0], rel[0] + 1) if toks[rel[0]].text.lower() in ("who", "which") else rel[1]
        if lang == "en":
            msg = M.right_message(toks, EN.after_addressee(toks, max(cue) + 1, end), first, end, lang)
            if msg and toks[rel[0] - 1].text != ",":  # s18: "Jane Roe, a nurse who said she saw it, was …"
                msg = next(((msg[0], k) for k in range(msg[0] + 2, msg[1]) if toks[k].text == ","), msg)
            ev = Event(cue, src, [msg] if msg else [], "indirect", si)
            ev.extra["resolve"] = rel[1]
            return ev
    by = EM.passive_by(toks, i, first, end) if lang == "en" else None
    if by is not None:  # s10: "The claims were denied by the company"
        return Event(cue, by[0], [by[1]], "indirect", si)
    as_ev = EW.as_clause(doc, i, first, end, si) if lang == "en" else None
    if as_ev is not None:  # "As Biden said on Tuesday, …", "…, as first reported by Reuters."
        return as_ev
    appo = EN.apposition_subject(toks, i, first) if lang == "en" and fv == i else None
    if appo is not None:  # "Chi Onwurah, the Labour MP for …, said it showed …"
        msg = M.right_message(toks, EN.after_addressee(toks, max(cue) + 1, end), first, end, lang)
        msg = msg or NM.object_message(toks, max(cue) + 1, first, end, t.text)  # round 16: "X, …, warned of …"
        return Event(cue, appo, [msg] if msg else [], "indirect", si)
    src = EX.with_author(toks, src, first) if lang == "en" and src else src  # s18: "…, a report by X says"
    inv = EN.inverted(toks, i, first, end, src) if lang == "en" else None
    if inv is not None:  # '"…," said Jane Roe' / '…, officials said.'
        pieces = inv[1] if isinstance(inv[1], list) else [inv[1]] if inv[1] else []
        asked = EB.asked_clause(toks, first, end)  # s11: "Asked what he thought, Walter said, "…"": no message
        return Event(cue, inv[0], [p for p in pieces if p[0] not in asked], "indirect", si)
    after = max(cue) + 1 if lang != "en" else EN.after_addressee(toks, max(cue) + 1, end)
    wie_cue = lang == "de" and SF.wie_clause(toks, min(i, fv), first) is not None
    if wie_cue:
        after = SF.past_relative(toks, after, end)  # round 18: "Wie aus X hervorgeht, das dem WDR vorliegt, …"
    if lang == "de" and src and after <= src[0] and "," in (t.text for t in toks[src[0] : src[1]]):
        after = src[1]  # s10: "sagte die Sprecherin der Fraktion, Anna Müller, die Lage sei ernst": past the name
    if lang == "de" and src and src[0] > i and i > first and toks[i - 1].text == "," and not wie_cue:
        after = _past_subject_relative(toks, after, end)  # s31: "…, teilte die Agentur X mit, die den Sänger managt"
    msg = M.right_message(toks, after, first, end, lang)
    if msg and lang == "de" and src and msg[0] == src[1] + 1 and toks[src[1]].text == "," and not any(
            t.pos in ("VERB", "AUX") and t.text.islower() or t.quote for t in toks[msg[0] : msg[1]]):
        msg = None  # s31: "„…“, klagt Gerhard Vollmer, Sprecher der Bürgerinitiative X": the speaker's apposition (a
        # clause has a verb, "…, erklärten die Gefängnisse, nicht teilnehmen zu wollen")
    msg = EN.within_opening_clause(toks, i, first, end, msg) if msg and lang == "en" else msg
    if msg and lang == "de" and CK.adverbial_clause_cue(toks, i, first, CK.past_aux(toks, after, end), end):
        return None  # round 16: the cue of a fronted "als"/"nachdem"-clause reports nothing
    if msg and src and msg[0] <= src[0] < msg[1]:
        src = _subject(doc, fv, first, msg[0], lang) if fv < msg[0] else None
        src = EN.coordinated(toks, src, first) if lang == "en" and src else src
    src = IN.fallback_subject(doc, src, fv, first) if lang == "de" else src  # "… und sagte", "X, die …,"
    if lang == "de" and src is not None and question_arises(toks, fv, src):
        src = None  # s12: "stellt sich die Frage, ob …"
    if msg is None:
        start = min([i, fv] + ([src[0]] if src and src[0] > first else []))
        wie = SF.wie_clause(toks, start, first)
        if wie is not None and after + 1 < end and toks[after].pos == "AUX" and toks[after + 1].text == ",":
            after += 1  # "Wie aus informierten Kreisen zu erfahren war, …"
        bare = lang == "de" and wie == first and after + 3 < end and toks[after].tag in ("VAFIN", "VVFIN", "VMFIN")
        bare = bare and any(t.pos in ("NOUN", "PROPN", "PRON") for t in toks[wie + 1 : i])  # not "Wie erwähnt"
        if wie is not None and after < end and toks[after].text not in (",", ".", "!", "?", ";") and not bare:
            wie = None  # the cue must close its wie-clause: "Wie X mitteilte, …", "…, wie X berichtete."
        if wie is not None:
            left = M.left_message(toks, wie, first, lang)
            right = M.right_message(toks, after, first, end, lang) or SF.after_comma(toks, after, first, end)
            right = right or ((after, M.content_end(toks, first, end)) if bare else None)  # s13: no comma
            msg = left or right  # "Wie Insider berichten, arbeitet Apple an …": the main clause
            if left and lang == "de" and after < end and toks[after].text == "," and (
                rest := M.rest_pieces(toks, first, end, wie - 1, after + 1)
            ) and len(rest) == 2 and toks[rest[1][0]].text.islower() and not (toks[rest[1][0]].text in (
                    "der", "die", "das", "dem", "den", "deren", "dessen") and is_finite(toks[rest[1][1] - 1])):  # s31:
                # not "…, das der Zeitung vorliegt" (a relative clause on the paper); but "…, die Diskussion nicht …"
                return Event(cue, src, rest, "according_to", si, passive=passive)  # round 16: "Die Regierung werde,
                # wie es hieß, bald entscheiden."
            head = next(
                (
                    k
                    for k in range(wie + 1, i)
                    if toks[k].pos in ("NOUN", "PROPN", "PRON") and toks[k].text.lower() not in ("es", "man", "anderem")
                ),
                None,
            )
            if head is not None and toks[head - 1].pos == "DET" and toks[head - 2].pos == "ADP" and (
                    toks[head + 1].tag == "ADJA" and head + 2 < i and toks[head + 2].pos == "NOUN"):
                head += 2  # s32: "Wie zwei mit den Plänen vertraute Personen der Nachrichtenagentur Reuters sagten"
            if lemma in FROM_SOURCE:
                pass
            elif head is not None and toks[head - 1].pos != "ADP" and (src is None or src[0] > head):
                src = np_tokens(toks, head, wie + 1, i)  # the noun right after "wie" is the speaker
                src = (src[0], kind_title_end(toks, src[1], i))  # s25: 'Wie das Fachmagazin „kicker“ berichtete'
            elif (
                head is not None
                and lemma in ("heißen", "verlauten", "hören")
                and toks[head - 1].text.lower() in ("aus", "in")
            ):  # "Wie es aus Sicherheitskreisen hieß", "Wie aus Kreisen der Koalition zu hören war" (round 15)
                src = np_tokens(toks, head, head, i)
            if msg:
                ev = Event(cue, src, [msg], "according_to", si, passive=passive or SF.as_reported(toks, wie, i))
                ev.extra["wie_verb"] = True  # s31: "…, wie aus einem internen Papier hervorgeht": it talks on
                if learned_by is not None:
                    ev.extra["learned_by"] = learned_by  # round 16: "Wie die Zeitung aus Kreisen erfuhr"
                return ev
        if (lang != "de" or start == fv) and not (lang == "en" and t.tag == "VVG"):  # "…, sagte er": German
            msg = M.left_message(toks, start, first, lang)  # verb-first; s17: not '…, saying "…"' (its words follow)
            if lang == "en" and msg is not None and msg[0] in EB.asked_clause(toks, first, end):
                msg = None  # s11: "Asked what he thought, Walter said, "…"": the question, not the answer
            if lang == "en" and msg is not None and all(t.text[:1].isupper() for t in toks[msg[0] : msg[1]]):
                msg = None  # s18: "Sam Roe, an engineer who testified before the panel, said": a name, no message
            if lang == "de" and msg is not None and SF.wie_report(toks, *msg):
                msg = None  # round 10: "Wie das Portal berichtet, wurde der Vertrag gekündigt": no message
            if lang == "de" and msg is not None and src is not None and msg[0] <= src[0] < msg[1]:
                msg = None  # round 15: "Mehrere Abgeordnete, die anonym bleiben wollten, kritisierten …": the subject
            if lang == "de" and msg is not None and ED.no_message_before(toks, fv, i, msg, src):
                msg = None  # round 18, s9: the clause before the comma is no message of this cue
            if lang == "de" and msg is not None and not IN.inverted_report(toks, cue, src, msg, end):
                msg = IN.after_other_report(toks, msg, used)  # s11: "Er sagt, X sei gefälscht, nennt Namen"
        if (
            msg is None
            and lang == "de"
            and fv == i
            and i - 2 > first
            and toks[i - 1].text.lower() in ("das", "dies")
            and toks[i - 2].text == ","
        ):  # "…, das teilte das Institut mit.": the clause before, the noun phrase after the verb
            msg = M.left_message(toks, i - 1, first, lang)
            head = next((k for k in range(i + 1, min(end, i + 5)) if toks[k].pos in ("NOUN", "PROPN")), None)
            src = np_tokens(toks, head, i + 1, end) if head is not None and msg else src
    if msg is not None and lang == "de":
        msg = NM.phrase_over_clause(toks, cue, lemma, first, end, msg)  # s18: "sprach sich gegen X aus, …"
    if msg is None:
        cited = after + 2 < end and toks[after].text.lower() in ("unter", "mit") and (
            toks[after + 1].text.lower() in P.BERUFUNG_NOUNS
        )  # s9: "Die FAZ meldet unter Berufung auf Insider einen Verkauf": the object after the cited source
        start = src[1] if src and src[0] > i and t.text.lower() in NM.SPEAK_OF else after  # s25: "berichteten …
        particle = toks[max(cue)].text.lower() if len(cue) > 1 else ""
        if not (lang == "de" and particle and max(cue) > i + 1 and toks[max(cue)].tag == "PTKVZ" and start > max(
                cue) and toks[start].text in ("–", "—")):  # s27: "GDL kündigt Streik an – Bahn: …": past the clause
            msg = NM.object_message(toks, NM.past_adjuncts(toks, start, end) if cited else start, first, end, t.text)
        # s25: "berichteten X und Y aus ganz Deutschland von …": "von" after the subject
        msg = (NM.fronted_message(toks, cue, fv, first, end, src) if lang == "de" else None) or msg
        impersonal = any(toks[k].text.lower() == "man" for k in (fv - 1, fv + 1) if first <= k < end)
        if msg is None and lang == "de" and max(cue) > i + 1 and NM.reports_object(particle, lemma, impersonal):
            start = NM.past_adjuncts(toks, i + 1, max(cue))  # round 18: "kündigte in einem Brief … eine … an"
            if src and src[0] == start and particle == "zurück" and not can_speak(toks[src[1] - 1]):
                src = IN.coordinated_subject(doc, fv, first) if toks[fv - 1].text == "," else None  # s26: "räumte
                # Verzögerungen ein, wies die Kritik aber zurück": the object, the first verb's subject speaks
            verb = t.text if particle == "an" else NM.PARTICLE_OBJECT_VERBS[particle]  # r18: "gab Zahlen bekannt"
            msg = NM.object_message(toks, start, first, max(cue), verb)  # round 16: "kündigte neue Hilfen an"
            msg = NM.first_phrase(toks, msg) if particle == "zurück" else msg  # s26: not "… im Übrigen aber"
        if msg is None and lang == "de" and particle in ("aus", "ab") and lemma in NM.STANCE_PREPOSITIONS:
            msg = NM.stance_object(toks, i, max(cue), NM.STANCE_PREPOSITIONS[lemma])  # "sprach sich für X aus"
        if msg is None and lang == "de" and lemma in ("verweisen", "drohen") and len(cue) == 1:
            msg = NM.pointed_to(toks, i, first, end, "auf" if lemma == "verweisen" else "mit", src)  # round 18:
            # "verwies aber auf den geplanten „Bau-Turbo“", "drohten mit Ablehnung des Haushalts"
        if msg and src and msg[0] == src[0] and msg[1] - src[1] >= 2:  # "bezeichnete er als …": not "er"
            msg = (src[1], msg[1])
        if msg is None and lang == "de" and lemma == "vorwerfen":  # round 16: "warf der Ukraine Terror vor"
            msg = NM.accusation(toks, cue, fv, first, end, src)
            if msg and src and src[0] < msg[0] <= src[1]:  # "die Regierung der Opposition": a dative, no genitive
                dative = next((k for k in range(src[0] + 2, msg[0]) if toks[k].text.lower() in ("der", "dem")), None)
                src = (src[0], dative) if dative is not None else None
    if msg and lang == "de" and msg[0] > max(cue) and toks[max(cue) + 1].text == "," and _in_relative_clause(
            toks, i, first) and not any(t.pos in ("VERB", "AUX") or t.quote for t in toks[msg[0] : msg[1]]):
        return None  # s27: "ein Soldat, der nur sein Rufzeichen nannte, der Agentur Ukrinform": no clause, no message
    if msg and lang == "de" and msg[0] > max(cue) and _in_relative_clause(toks, i, first) and (
            back := _main_clause_back(toks, msg)) is not None:
        msg = (msg[0], back)  # s30: "Sabine Koller, die … betont hatte, der Bund habe …, wird kommende Woche …"
    if msg is None and REPORTED_SENTENCES and not any(w.quote for w in toks[first:end]):
        msg = (first, M.content_end(toks, first, end))  # "reported" speech: the event is the sentence
    if msg and lang == "de" and PT.pointer_vorfeld(toks, first, fv):
        msg = None  # s11: "Das sagt die Politik, das tun die Betriebe.", "So verlangt es die Regierung."
    if lang == "de" and not msg and src is not None and src[1] - src[0] == 1 and toks[src[0]].tag == "PRELS" and (
            i + 1 < end and toks[i + 1].text == ","):
        return None  # s25: "Auch der Faktor, der über die Förderung entscheidet, sinke …": a relative clause that
        # closes without a message is no one's floor for the main clause's Konjunktiv
    pieces = PA.inserted_pieces(toks, i, fv, first, msg) if lang == "de" else None  # round 11: "X, sagte Y, …"
    if pieces and src is not None:  # s28: "…, sagte die Leiterin des Amtes, Sabine Roeder.": the name is no piece
        pieces = [p for p in pieces if not src[0] <= p[0] < src[1]] or None
    mode = "according_to" if wie_cue and msg and msg[0] >= after else "indirect"  # round 18: "Wie X zeigt, …"
    ev = Event(cue, src, pieces or ([msg] if msg else []), mode, si, passive=passive)
    if learned_by is not None:
        ev.extra["learned_by"] = learned_by  # round 18: "Die dpa erfuhr aus Aufsichtsratskreisen, dass …"
    if rel is not None and src == (rel[0], rel[0] + 1):
        ev.extra["resolve"] = rel[1]
    if src is None and lang == "de" and (man := generic_subject(toks, fv, first, end)) is not None:
        ev.extra["mention"] = man  # "das muss man sagen": the mention; the Source stays the current speaker
    return ev


def _past_subject_relative(toks, comma: int, end: int) -> int:
    """The end of a relative clause on the subject after the verb, when it follows the cue's particle and closes
    with its finite verb (it describes the speaker; the message is the clause before the cue), else `comma`."""
    if comma + 2 >= end or toks[comma].text != "," or toks[comma + 1].tag not in ("PRELS", "PRELAT"):
        return comma
    for k in range(comma + 2, min(end, comma + 25)):
        if toks[k].text in (",", ":", ";", ".", "!", "?"):
            return k if is_finite(toks[k - 1]) else comma
    return comma


def _listed_objects(toks, k: int, end: int, particle: str) -> bool:
    """The verb's particle closes a short list after the comma at k, with no verb between: "Hamza B. (26), Emre Y.
    (22) und dem 19-jährigen Ilyas M. vor"."""
    for x in range(k + 1, min(end, k + 16)):
        if toks[x].tag == "PTKVZ":
            return toks[x].text.lower() == particle
        if toks[x].pos in ("VERB", "AUX") or toks[x].text in (",", ";", ":", ".") or toks[x].quote:
            return False
    return False


def _main_clause_back(toks, msg: tuple[int, int]) -> int | None:
    """Where the main clause resumes after a relative clause's message: a comma and an indicative finite verb."""
    return next((k for k in range(msg[0] + 2, msg[1] - 1) if toks[k].text == "," and not toks[k].quote and toks[
        k + 1].tag in ("VAFIN", "VVFIN", "VMFIN") and "Mood=Ind" in (toks[k + 1].morph or "")), None)


def _in_relative_clause(toks, i: int, first: int) -> bool:
    """The German cue at i ends a relative clause ("…, der nur sein Rufzeichen nannte, …"): a relative
    pronoun opens its clause after the last comma."""
    k = next((k for k in range(i - 1, first - 1, -1) if toks[k].text == ","), None)
    return k is not None and k + 1 < i and toks[k + 1].tag in ("PRELS", "PRELAT")
