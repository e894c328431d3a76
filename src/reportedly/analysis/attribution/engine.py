"""The attribution step: every speech, writing or thought event with cue, source, message, mode, parent.

One pass over the sentences finds each sentence's events (sentence_events.py: cues — verbs, "laut",
"zufolge", "nach Angaben", "so X", "according to"; prepositional and adverbial ones in patterns.py,
English word order in english.py — the speaker's noun phrase and the message clause); sentences
without a cue whose finite verb is Konjunktiv I continue the current speaker (speakers.py); direct
quotations not yet inside a message get the cue of their sentence or the current speaker; sources
are resolved and merged in sources.py (coreference of names, pronouns and descriptions); nesting
and modes come last.
Everything is token-indexed, so the engine is linear in the article's length (the current-speaker
look-ups scan the events found so far, a few dozen per article).
"""

from __future__ import annotations

from functools import partial

from ..outlets import outlet_registry
from . import clause_kinds as CK
from . import datelines as DL
from . import english as EN
from . import english_clauses as EC
from . import english_extents as EX
from . import english_mood as EMo
from . import english_types as ET
from . import english_wire as EW
from . import epithets_de as ED
from . import floor as FL
from . import headline_labels as HL
from . import headline_quotes as HQ
from . import hosts as HO
from . import messages as M
from . import no_comment as NC
from . import non_reports as NR
from . import overlaps as OV
from . import patterns as P
from . import pointers_de as PT
from . import possessive as PO
from . import quotations as Q
from . import quoted_titles as QT
from . import repairs_de as RP
from . import source_frames as SF
from . import types_de as TD
from .coordination import resolve_speakers
from .cues import (
    Lexicon,
    lexicon_for,
    load_lexicon,
    using_lexicon,
)
from .event import Event
from .event import to_model as _to_model
from .interview import interview_answers
from .mood_de import sentence_konjunktiv, writers_konjunktiv_ii
from .nesting import (
    answers_report,
    assign_parents,
    mixed_modes,
    outlets_outside,
    own_words,
    told_addressee,
    told_outlet,
)
from .question_answers import question_answers
from .quoted_speech import quoted_speech
from .sentence_events import sentence_events
from .sources import SourceTable
from .speech_acts import speech_acts, to_speech_act
from .talkers import MAX_KONJUNKTIV_SENTENCES, current_speaker, paragraph_index

OPENERS = frozenset(("But", "And", "Yet"))
"""Conjunctions that open an English sentence before its subject."""
UNKNOWN_SUBJECT_REACH = 0
"""If > 0, a subject of no known speaker kind ("80 Prozent") gives way to a speaker this many sentences
back: +0.01 source type on news-gold de, -0.01 Source F1 on SpkAtt news dev, so off."""
MAX_CONTINUATION_GAP = 1
"""A Konjunktiv sentence continues the previous speaker only if it directly follows it."""


STATEMENT_CUES = frozenset("said says sagte sagt erklärte".split())
"""S23: an outlet that says something speaks for itself; only a report ("reported", "berichtet") adopts the
anonymous sources of the paragraphs after it."""


def attribute(doc, ctx) -> None:
    """Assign analysis.sources and analysis.attributions (ids s1…, a1…).

    The mined lexicon follows `ctx.settings.attribution_engine`: "rules" (default) uses the open
    (CC0 GePaDe) variant, "rules-news" adds the CC BY-NC-SA news counts (cues.LEXICONS)."""
    with using_lexicon(engine_lexicon(ctx)), RP.token_repairs(doc.tokens, doc), EC.tag_repairs(doc.tokens):
        _attribute(doc, ctx)


def engine_lexicon(ctx) -> Lexicon:
    """The lexicon variant the settings ask for, loaded once per pipeline (ctx.resource)."""
    variant = lexicon_for(getattr(getattr(ctx, "settings", None), "attribution_engine", None))
    if ctx is None or not hasattr(ctx, "resource"):
        return load_lexicon(variant)
    return ctx.resource("attribution_lexicon:" + variant, lambda: load_lexicon(variant))  # type: ignore[return-value]


def _attribute(doc, ctx) -> None:
    lang = doc.language if doc.language in ("de", "en") else None
    table = EN.EnglishTable() if lang == "en" else SourceTable()  # round 12: "the minister"
    toks = doc.tokens
    quotes = Q.quote_ranges(doc)
    events: list[Event] = []
    paras = paragraph_index(doc)
    loose_cues: dict[int, list[Event]] = {}
    loose: list[Event] = []  # every cue without a message of its own: the speech acts left over (s15)
    last: int | None = None
    ahead: list[tuple[int, int, int]] = []  # Konjunktiv I sentences no speaker took (round 18)
    for si, sent in enumerate(doc.sentences):
        first, end = sent.first, sent.last
        if end <= first or doc.is_boilerplate(sent.start, sent.end) or lang is None:
            continue
        if all(t.quote for t in toks[first:end] if t.text not in M.QUOTE_MARKS):
            continue
        if lang == "de" and sent.start >= doc.headline_end:
            first = DL.time_stamp_end(toks, DL.dateline_end_de(toks, first, end), end)  # s7: "Moskau/Kiew - …"
        elif lang == "en" and sent.start >= doc.headline_end:
            first = DL.dateline_end_en(toks, first, end)  # s21: "LONDON (Reuters) - The Bank … but signalled …"
        found = HL.headline(doc, first, end) if sent.start < doc.headline_end else []
        if found and found[0].src and found[0].src[0] > first + 2 and toks[found[0].src[0] - 1].text in DL.DASHES:
            found = sentence_events(doc, first, found[0].src[0] - 1, si, lang) + found  # s27: "GDL kündigt Streik
            # an – Bahn: „…“": the first part's report too
        if lang == "en" and not found and sent.start < doc.headline_end:
            found = EW.dash_headline(doc, first, end)  # "Ukraine war: 'We will win' - Zelensky"
        elif lang == "de" and not found and sent.start < doc.headline_end:
            found = HQ.dash_credit(doc, first, end)  # s7: "„Wir lassen uns nicht erpressen“ – Merz warnt Moskau"
        found = found or sentence_events(doc, first, end, si, lang)
        found = EW.without_hearsay(found) if lang == "en" else found  # s19: "reportedly …, according to X"
        if lang == "de" and sent.start < doc.headline_end and not any(ev.msg for ev in found):
            found = HQ.colon_credit(doc, first, end) or found  # s17: "Habeck verteidigt X: „…“"
        if denied := [ev for ev in found if NR.no_one_speaks(toks, ev)]:  # s14: "Ob …, weiß niemand"
            found = [ev for ev in found if not any(ev is d for d in denied)]
            if not any(ev.msg for ev in found):
                continue  # "Nobody said …": no report, and no one's speech goes on after it
        if lang == "de" and sent.start < doc.headline_end:
            HQ.unwrap_quotations(toks, found)  # round 18: 'Merz warnt: „Die Lage ist ernst“': direct
        cited = [ev for ev in found if P.is_berufung(toks, ev)] if lang == "de" else []
        if lang == "de" and si > 0 and not any(ev.msg for ev in found if not any(ev is c for c in cited)):
            prev_sent = doc.sentences[si - 1] if doc.sentences[si - 1].start >= doc.headline_end else None
            back = PT.pointer_event(doc, first, end, si, prev_sent)
            if back is not None and not any(  # a report in the sentence before keeps it, unless it names no one
                e.sent == si - 1 and e.cue and not PT.names_no_one(toks, e) for e in events
            ):
                if not PT.also_confirmed(toks, back):  # s20: "Das bestätigte auch X": the continuation stays
                    events = [e for e in events if e.sent != si - 1]  # a Konjunktiv continuation is this report
                last = len(events) - 1 if events else None
                found = [back] + cited  # round 10: "Das berichtete X unter Berufung auf Y." (Y inside X)
        if lang == "de":
            found = HO.learned_from(found) + found  # round 16: "Wie die Zeitung aus Kreisen erfuhr": two events
            HO.berufung_hosts(toks, found)  # "X berichtet unter Berufung auf Insider, …": Insider inside X
        elif lang == "en":
            found = found + EW.citing_events(doc, found, first, end, si)  # "X reported, citing two sources"
        complete = [ev for ev in found if ev.msg]
        for ev in sorted(found, key=lambda e: e.cue[0] if e.cue else 0):
            if lang == "en" and ev.src is not None and ev.src[1] - ev.src[0] > 1 and toks[ev.src[0]].text in OPENERS:
                ev.src = (ev.src[0] + 1, ev.src[1])  # s18: "But one Labour MP, who …, told": not the phrase's
            if lang == "en" and ev.src is not None and "resolve" not in ev.extra:
                ev.src = EX.with_author(toks, ev.src, first)  # s18: "Economists polled by Reuters had expected …"
                if (authored := EX.authored_part(toks, ev.src)) is not None:
                    ev.extra["resolve"] = authored  # the economists, "a report by X": the report
            if not ev.msg:  # a cue waiting for its quotation: its speaker counts from here on ("he" below)
                if ev.src is not None:  # s18: "Sam Roe, an engineer who testified …": the name ("resolve")
                    ev.source, ev.co_sources = resolve_speakers(table, doc, *ev.extra.get("resolve", ev.src))
                    if lang == "en":  # the apposition's role, before a later "the minister" looks for it
                        EN.finish(doc, ev)
                continue
            if ev.src is not None:
                ev.source, ev.co_sources = resolve_speakers(table, doc, *ev.extra.get("resolve", ev.src))
                if lang == "en":
                    EN.finish(doc, ev)
                else:
                    TD.reporting_name(toks, ev)  # s13: "wie Macrumors berichtet": an outlet
                    TD.social_networks(ev)  # s19: "In sozialen Netzwerken kursiert die Behauptung, …"
                if (
                    UNKNOWN_SUBJECT_REACH
                    and ev.source.type == "unknown"
                    and not any(t.pos == "PROPN" for t in toks[ev.src[0] : ev.src[1]])
                ):
                    talker = current_speaker(events, si, paras, reach=UNKNOWN_SUBJECT_REACH)
                    if talker is not None:  # "80 Prozent", "die Dynamik": a stray noun, not the speaker
                        ev.src, ev.source = None, talker.source
            elif not ev.passive:  # "…, wisse man nicht", a cue whose subject was not found
                cited = [e for e in loose_cues.get(si - 1, []) if P.is_citing(toks, e)]
                talker = current_speaker(events + cited, si, paras)  # round 10: "beruft sich auf X. Demnach …"
                ev.source = talker.source if talker is not None else None
                if lang == "de" and (doc_before := PO.darin_document(doc, ev, table, first)) is not None:
                    ev.source = doc_before  # round 16: "… aus einem internen Lagebild hervor. Darin heißt es"
                elif lang == "de" and ev.source is not None and not cited and PO.points_back(toks, ev, events, si):
                    ev.source = PO.possessor(doc, ev, table, first) or ev.source  # round 16: "… vor. Demnach"
                ev.source = ev.source or (PO.possessor(doc, ev, table, first) if lang == "de" else None)  # round 12
                ev.source = ev.source or (PO.paper_before(doc, ev, table) if lang == "de" else None)  # s21: "Demnach"
        loose_cues[si] = [ev for ev in found if not ev.msg]
        loose += loose_cues[si]
        for ev in NC.no_comment_events(doc, first, end, si, lang):  # s15: "A spokesman declined to comment"
            if not any(set(ev.cue) & set(e.cue) for e in found):
                ev.source, ev.co_sources = resolve_speakers(table, doc, *ev.src)
                if lang == "en":
                    ET.retype(doc, ev)  # s17: the English type repairs too ("Tesla did not respond to a request …")
                loose.append(ev)
        if not complete and lang == "de" and (held := FL.colon_cue(toks, loose_cues, si, first, end)) is not None:
            complete = [held]  # round 13: "Ich will ganz deutlich sagen:" and this sentence, unquoted
        mood = sentence_konjunktiv(toks, first, end, lang) if not complete and lang == "de" else 0
        if mood == 2 and writers_konjunktiv_ii(toks, first, end):
            mood = 0  # s12: "Am Dienstag könnte dann …": the writer's guess, no one's continued speech
        start = first
        if mood == 0 and not complete and lang == "de" and (later := CK.later_konjunktiv_clause(toks, first, end)):
            mood, start = 1, later  # s9: "Zwölf wurden verletzt, die Verletzten seien Touristen": the second clause
        if mood == 1 and any(ev.src is not None and not ev.passive for ev in loose_cues[si]) and CK.asked_only(
            toks, first, end
        ):
            mood = 0  # s9: "Auf die Frage, ob er zurücktrete, antwortete Scholz ausweichend": the question's verb
        if lang == "en" and not found and EMo.backshifted(toks, first, end):
            mood = 2  # "… It would be replaced next year.": backshifted reported speech goes on
        if mood == 0 and not complete and lang == "de" and CK.reportative_sollen(toks, first, end):
            mood = 2  # "Er soll zwei Menschen eingeschleust haben": continues the speaker just cited
        floor = FL.floor(toks, loose_cues, si) + events if mood == 1 else []  # "X äußerte sich zufrieden. … sei …"
        talker = current_speaker(floor, si, paras, reach=MAX_KONJUNKTIV_SENTENCES) if mood == 1 else None
        if mood == 1 and lang == "de":
            talker = FL.subject_floor(doc, si - 1, table, events, talker, paras)
        if mood == 2 and lang == "de":  # round 10: "Die Zeitung beruft sich auf Beamte. X soll …": theirs
            talker = next((e for e in loose_cues.get(si - 1, []) if P.is_citing(toks, e) and e.source), None)
            if talker is None and CK.wuerde_sentence(toks, first, end):  # round 18: "X wies die Kritik zurück.
                # Die Forderungen würden …": "würden" stands in for a Konjunktiv I, X's words
                talker = current_speaker(FL.floor(toks, loose_cues, si, back=1), si, paras)
        if mood == 1 and talker is None and not complete and lang == "de" and sent.start >= doc.headline_end:
            ahead.append((si, first, end))  # round 18: no one spoke yet; the next sentence may name the speaker
        if talker is not None and talker.msg == []:  # a cue without its own message: X's words start here
            cont = Event([], None, [(start, M.content_end(toks, first, end))], "indirect", si, source=talker.source)
            cont.extra["floor"] = talker  # its cue's words: no speech act of their own
            events.append(cont)
            last = len(events) - 1
            continue
        if complete and lang == "de":  # round 16: "Die Einigung sehe vor, dass …": reported by who goes on
            teller = partial(current_speaker, events, si, paras, reach=MAX_KONJUNKTIV_SENTENCES)
            HO.konjunktiv_cue_hosts(toks, complete, teller)
        if complete:
            host = HO.common_teller(complete, events) if lang == "de" else None
            if host is not None:  # s16: "Die Einigung sehe vor, dass …" is also the teller's continued speech,
                cont = _continuation(toks, events, host, first, first, end, si)  # its own report nested inside
                events.append(cont)
                for ev in complete:
                    ev.extra["host"] = cont
            events.extend(complete)
            last = len(events) - 1
        elif talker is not None or (
            last is not None and mood == 2 and si - events[last].sent <= MAX_CONTINUATION_GAP
        ):
            prev = talker if talker is not None else events[last]
            if talker is None and prev.extra.get("konjunktiv_cue") and any(e is prev.extra["host"] for e in events):
                prev = talker = prev.extra["host"]  # s24: "… habe ihm das Management zugesichert, …. Nun erführen
                # die Kollegen …": the teller goes on, not the one whose words they reported
            last = events.index(prev) if talker is not None else last
            if mood == 1 or (mood == 2 and prev.mode != "direct"):
                events.append(_continuation(toks, events, last, start, first, end, si))
                last = len(events) - 1
    events += FL.speaker_ahead(toks, events, ahead)  # round 18: "X werde Y. Das sei Z, sagte Precht."
    Q.attach_quotes(doc, events, quotes, loose_cues, table, paras)
    Q.quote_messages(events, quotes)
    Q.repeated_quotes(doc, events)  # s11: a subheading that quotes someone further down
    if lang == "en":  # 'She said: "A. B."': the whole quotation, direct
        EW.whole_quotes(toks, events, quotes)
    found = interview_answers(doc, events, table)  # round 16: "Fratzscher: Nein. Sie verhindert …"
    events = found if found is not events else question_answers(doc, events, table)  # s19: "…?" ¶ answer
    events += quoted_speech(doc, events, table)  # '"… lead some officials to whisper: …" — X (@x)'
    if lang == "de":  # round 11: "X, Y, äußerte sich am Montag.": no message
        events = OV.drop_self_messages(events, toks)
        OV.cut_at_next_report(events, toks)  # s15: "…, doch X erklärte, …" ends the message before it
        OV.past_source_phrases(events)  # s20: "fordern nach Informationen der „taz“ einen Sonderparteitag"
    if lang == "en":
        EW.according_inside_report(toks, events)  # s17: "X said …, according to initial assessments"
    for ev in events:
        if ev.src is not None and ev.source is not None and ev.source.type != "media":
            end = EW.obtained_by_end(toks, ev.src[1]) if lang == "en" else ev.src[1]  # s17: "reviewed by Reuters"
            text = doc.text[toks[ev.src[0]].start : toks[end - 1].end]
            ev.via_media = any(True for _ in outlet_registry().mentions(text))
    for ev in events:
        told = told_addressee(toks, ev)
        ev.extra["told_outlet"] = told_outlet(toks, ev, told, lambda a, b: QT.names_outlet(doc, a, b)) or (
            lang == "de" and QT.fronted_dative_outlet(doc, ev)  # round 16: "Der Agentur Reuters sagte ein Sprecher"
        )
        ev.extra["told_report"] = told is not None and QT.bare_outlet(doc, told[0])  # s7: "sagte der Zeitung"
        ev.extra["answers_report"] = answers_report(doc, ev)  # s7: "Ein Sprecher wollte den Bericht nicht kommentieren"
        ev.extra["own_briefing"] = lang == "en" and _briefed_reporters(toks, doc.sentences[ev.sent], ev)
    if lang == "de":
        HQ.report_headline_source(doc, events)  # s7: "Bericht: …" is the outlet the lead cites
        HQ.role_headline_speaker(doc, events, table)  # s21: "Bahn-Chef warnt …" is the Bahnchef the lead names
        HQ.party_headline_speaker(doc, events)  # s23: "Grüne: „Symbolpolitik“"
        HQ.repeated_headline_quote(doc, events, table)  # s25: "Apothekerin: „…“" … "„…“, sagte Heike Rosendahl"
        ED.named_later(events, table)  # s25: "so die Zeugin" … "Die Zeugin, Sandra K., schilderte"
        ED.described_before(events, table)  # s29: "X, der Enkel des Firmengründers, …" … "sagte der Enkel des …"
    else:
        HQ.titled_headline_speaker(doc, events, table)  # s24: "Premier warns …" is "Premier Leanne Castell"
        HQ.bare_headline_body(doc, events, table)  # s25: "…, company says" … "run by Meridian Valley Health"
    HQ.headline_short_name(doc, events, table)  # s27: "Velora recalls …" … "Velora Motors is recalling …"
    TD.company_sources(doc, table)  # s22: "Veramed wies die Vorwürfe zurück" after "… Veramed Biotech AG"
    events.sort(key=lambda e: (e.msg[0][0], e.extra.get("host") is not None))  # the report before its cited source
    outlet = doc.analysis.article.outlet.name if doc.analysis.article.outlet else None
    for ev in events:
        ev.is_outlet = bool(outlet and ev.source is not None and ev.source.name == outlet)
    index = {id(e): k for k, e in enumerate(events)}
    for ev in events:
        if ev.continues is not None:
            prev = ev.extra.get("prev")
            ev.continues = index.get(id(prev), None)
            if prev is not None and ev.source is prev.source and not ev.co_sources:
                ev.co_sources = prev.co_sources  # "Scholz und Macron sagten, … . Man sei …": both go on
    for ev in events:  # s23: "Wie der „Westerwälder Bote“ berichtet, …": a paper cited for one fact, in passing
        ev.extra["para"] = doc.sentences[ev.sent].paragraph
        ev.extra["aside"] = bool(ev.cue) and (SF.wie_clause(toks, ev.cue[0], doc.sentences[ev.sent].first) is not None
                                              or toks[ev.cue[0]].text in STATEMENT_CUES)  # "KTV said …": no report
    assign_parents(events, lambda e: e.source.type if e.source is not None else None,
                   lambda e: outlets_outside(doc, e))  # s21: "who spoke to The Verge", "seen by Reuters"
    own_words(doc, events, table)
    titles = [(a, b) for a, b, cs, ce in quotes if b - a <= 4 and QT.outlet_title(doc, cs, ce)]
    if lang == "en":  # s11: 'should have gone to "Fleabag"': a title inside the message, no verbatim words
        titles += [(a, b) for a, b, _, _ in quotes if Q.title_case(toks, a, b)]
    else:  # s13: 'die Fähre „Rabaul Queen“': a name after its noun
        titles += [(a, b) for a, b, _, _ in quotes if QT.quoted_name(toks, a, b)]
    mixed_modes(events, [(a, b) for a, b, _, _ in quotes if (a, b) not in titles], toks)  # s7: not '„Spiegel“'
    doc.analysis.attributions = [_to_model(doc, k, ev, events) for k, ev in enumerate(events)]
    doc.analysis.speech_acts = [to_speech_act(doc, k, ev) for k, ev in enumerate(speech_acts(doc, loose, events))]
    doc.analysis.sources = table.sources


def _continuation(toks, events: list[Event], k: int, a: int, first: int, end: int, si: int) -> Event:
    """Cue-less continued speech of `events[k]` from token a to the sentence's end; it continues the report
    that one continues, if any, so a run of continuations points back to the report that opened it."""
    prev = events[k]
    opened = prev.continues if prev.continues is not None else k
    cont = Event([], None, [(a, M.content_end(toks, first, end))], "indirect", si, source=prev.source,
                 continues=opened)
    cont.extra["prev"] = events[opened]
    return cont


def _briefed_reporters(toks, sent, ev) -> bool:
    """S24: "A senior White House official, who briefed reporters on the condition of anonymity, confirmed …": an
    unnamed source speaking to reporters speaks for the article, not inside an outlet's report cited before."""
    inside = [(a, b) for a, b in ev.msg]
    return any(toks[k].text.lower() == "reporters" and not any(a <= k < b for a, b in inside)
               for k in range(sent.first, sent.last))
