"""The events of one sentence: German constructions ("laut", "zufolge", "so X", "nach Angaben"), cue
words and the verb events they open, with their source and message (engine.py puts the sentences
together: continuations, quotations, nesting).
"""

from __future__ import annotations

from . import citations as C
from . import clause_kinds as CK
from . import colon_reports as CR
from . import constructions_de as CO
from . import edges_de as ED
from . import english as EN
from . import english_bounds as EB
from . import english_clauses as EC
from . import english_stances as ES2
from . import english_wire as EW
from . import event_starts as ST
from . import inserted as IN
from . import labels_de as LB
from . import messages as M
from . import messages_en as EM
from . import nach_phrases as NP
from . import non_reports as NR
from . import noun_cues_de as NC
from . import opinions_de as OP
from . import patterns as P
from . import phrasal_cues as PC
from . import source_frames as SF
from . import verb_events as VE
from .cues import (
    AFTER_CUES_DE,
    THAT_CUES_EN,
    is_finite,
    verb_cue,
)
from .event import Event
from .mood_de import sentence_konjunktiv
from .subjects import subject as _subject

TRAILING_SAME_SPEAKER = frozenset("adding noting saying warning arguing insisting stressing describing".split())
"""English participles after a report's comma that go on with its speaker (s18: "…, a report by X says,
warning that …")."""
HEISST = frozenset({"heißt", "hieß", "heisst", "hiess"})
LAUT_WORDS = frozenset({"laut", "gemäß", "gemäss"})  # s30: the Swiss spelling
"""S9: with the Swiss spelling ("Aus der Kirche hiess es, dass …")."""


def sentence_events(doc, first: int, end: int, si: int, lang: str) -> list[Event]:
    toks = doc.tokens
    out: list[Event] = []
    used: set[int] = set(CK.whoever_clause(toks, first, end) if lang == "de" else EB.asked_clause(toks, first, end))
    for i in range(first, end):
        t = toks[i]
        if t.quote or i in used:
            continue
        low = t.text.lower()
        ev = None
        if lang == "en" and low not in ST.EN_EVENT_WORDS:
            EC.retag(doc, first, end)  # the sentence's tag repairs, as the first call of hearsay_event makes them
            continue
        if lang == "de" and low not in ST.DE_CONSTRUCTION_WORDS:  # most tokens: only the cue checks apply
            if ST.no_de_cue(t, low):
                continue
            ev = _cue_event(doc, i, first, end, si, lang, used, out, low)
        elif lang == "de" and low in NC.CUE_NOUNS and t.pos == "NOUN":  # round 18: "Die Behauptung des X, …"
            ev = NC.noun_cue_event(doc, i, first, end, si, _subject)
            ev = ev or _cue_event(doc, i, first, end, si, lang, used, out, low)
        elif lang == "de" and low in OP.OPINION_NOUNS:  # round 16: "Der WWF ist der Ansicht, …"
            ev = OP.opinion_event(doc, i, first, end, si, _subject)
            ev = ev or _cue_event(doc, i, first, end, si, lang, used, out, low)
        elif lang == "de" and low in LAUT_WORDS and i + 1 < end and not NR.legal_reference(toks, i, end) and (
            not NR.translation_note(toks, i, end)  # s7: "sagte er laut Übersetzung"
        ) and not NR.loud(toks, i, first, end):  # s24: "so laut geworden wie am Donnerstagvormittag"
            ev = C.relative_source_event(doc, i, first, end, si) or P.prep_event(doc, [i], i + 1, first, end, si)
        elif lang == "de" and low == "nach" and (rel := C.relative_source_event(doc, i, first, end, si)) is not None:
            ev = rel  # s11: "Studien der Charité, nach denen Homöopathie wirke"
        elif lang == "de" and low == "mit" and i + 3 < end and toks[i + 2].text.lower() == "worten":
            ev = CO.mit_den_worten(doc, i, first, end, si, _subject)
            same = next((o for o in out if ev and o.msg and o.msg[0] == ev.msg[0] and o.src == ev.src), None)
            if same is not None:  # s9: "Er äußerte sich mit den Worten, …": one event, one cue ("Tass zitierte
                same.cue.extend(ev.cue)  # ihn mit den Worten" stays two: the agency's report and his words)
                used.update(ev.cue)
                ev = None
        elif lang == "de" and low in ("demnach", "demzufolge", "wonach") and (i > first or low == "demnach"):
            ev = P.anaphoric_event(doc, i, first, end, si)
        elif lang == "de" and low == "danach" and i == first and (
            sentence_konjunktiv(toks, first, end, lang) or CO.paper_before(doc, si, toks[i + 1])
        ):
            ev = P.anaphoric_event(doc, i, first, end, si)  # "Danach hätte es sich um … gehandelt": reported
        elif lang == "de" and low in HEISST and i + 1 < end and toks[i + 1].text.lower() == "es":
            ev = P.heisst_es_event(doc, i, first, end, si)
        elif lang == "de" and low in HEISST and i - 1 == first and toks[first].text.lower() == "es":
            ev = P.es_heisst_event(doc, i, first, end, si)  # "Es heißt, der Präsident sei krank": no one named
        elif lang == "de" and low == "bekannt" and (cue := CO.bekannt_werden(toks, i, first, end)) is not None:
            ev = VE.verb_event(doc, i, first, end, si, lang, used)  # s9: "Später wurde bekannt, dass …"
            if ev is not None:
                ev.cue, ev.src, ev.passive = cue, None, True
            msg = M.right_message(toks, max(cue) + 1, first, end, lang) if ev is None or not ev.msg else None
            if msg and toks[msg[0]].text.lower() in ("dass", "ob"):  # s16: "Nachdem bekannt geworden war, dass …"
                ev = Event(cue, None, [CK.before_main_clause(toks, first, msg)], "indirect", si, passive=True)
        elif lang == "de" and low == "lesen" and i - 2 > first and toks[i - 1].text == "zu" and (
                toks[i - 2].lemma == "sein") and toks[first].text.lower() in ("in", "im"):
            ev = P.heisst_es_event(doc, i, first, end, si, [i - 2, i - 1, i])  # s31: "In der „Märkischen
            # Oderzeitung“ ist zu lesen, …": the paper, as after "In der Zeitung heißt es"
        elif lang == "de" and low == "geheißen" and (cue := CO.geheissen_cue(toks, i, first)) is not None:
            make = P.heisst_es_event if cue[0] != first else P.es_heisst_event
            ev = make(doc, i, first, end, si, cue)  # s9: "Aus dem Kanzleramt hatte es geheißen, …", "Es hatte geheißen"
        elif lang == "de" and SF.own_account(toks, i, end):  # "nach eigenen Angaben", "Seinen Angaben nach"
            n = 3 if toks[i].text.lower() == "nach" else 2 + (toks[i + 2].text.lower() == "nach")
            msg = M.rest_pieces(toks, first, end, i, i + n)
            fv = next((k for k in range(first, end) if is_finite(toks[k]) and not toks[k].quote), None)
            own = _subject(doc, fv, first, end, lang) if fv is not None and "eigen" in toks[i + 1].text else None
            own = CO.dative_holder(toks, first, fv) or own  # s25: "Den Medien liegen nach eigenen Angaben … vor"
            ev = P.own_account_event(toks, i, n, own, msg, si) if msg else None
        elif lang == "de" and low == "nach" and (found := NP.nach_source(toks, i, first, end)) is not None:
            ev = P.nach_event(doc, i, found, first, end, si)
        elif (
            lang == "de"
            and low in ("unter", "mit")
            and i + 3 < end
            and toks[i + 1].text.lower() in P.BERUFUNG_NOUNS
            and toks[i + 2].text.lower() == "auf"
            and (toks[i + 1].text.lower() == "berufung" or C.citable(toks, i + 3, end))
        ):  # "unter Berufung auf Regierungskreise", "unter Verweis auf ungenannte Beamte" (round 10)
            ev = P.prep_event(doc, [i, i + 1, i + 2], i + 3, first, end, si)
        elif lang == "de" and low == "rede" and (rede := PC.rede_event(doc, i, first, end, si)) is not None:
            ev = rede  # s7: "In dem Schreiben war von einem „Dialog“ die Rede"
        elif lang == "de" and low == "aus" and C.aus_sicht(toks, i, end):  # round 10: "Aus Sicht der Regierung"
            ev = P.prep_event(doc, [i, i + 1], i + 2, first, end, si)
        elif lang == "de" and (low in AFTER_CUES_DE or (low == "folge" and toks[i - 1].text == "zu")) and i > first:
            ev = NP.zufolge_event(doc, i, first, end, si)  # "der Polizei zufolge", "Gerüchten zu Folge"
        elif lang == "en" and (hearsay := EW.hearsay_event(doc, i, first, end, si)) is not None:
            ev = hearsay  # "reportedly", "is said to"
        elif lang == "en" and low == "according" and i + 2 < end and toks[i + 1].text.lower() == "to":
            ev = P.prep_event(doc, [i, i + 1], i + 2, first, end, si)
        elif (
            low == "so"
            and lang == "de"
            and i > first
            and toks[i - 1].text == ","
            and i + 1 < end
            and (
                toks[i + 1].pos in ("DET", "PROPN", "NOUN")
                or toks[i + 1].text[:1].isupper()
                or toks[i + 1].text.rsplit("-", 1)[-1][:1].isupper()  # "so verdi-Verhandlungsführer Frank B."
            )
        ):
            ev = CO.so_source_event(doc, i, first, end, si, used)  # ", so die Polizei.", "…, so X, …"
        elif low == "für" and lang == "de" and (klar := CO.fuer_klar_event(doc, i, first, end, si)) is not None:
            ev = klar  # s9: "Für die Union ist klar, dass die Reform scheitert"
        elif low == "so" and lang == "de" and (so := CO.so_verb_event(doc, i, first, end, si)) is not None:
            ev = so  # s9: "In zehn Jahren, so schätzen die Forscher, soll …", "…, so bestätigt das Gericht."
        else:
            ev = _cue_event(doc, i, first, end, si, lang, used, out, low)
        if ev is not None:
            used.update(ev.cue)
            out.append(ev)
            if lang == "de" and (cited := C.quoted_after_quote(doc, ev, i, end, si)) is not None:
                out.append(cited)  # s23: "„…“, zitiert das Blatt die 68-Jährige."
    if lang == "de" and not any(ev.msg for ev in out):  # "Machtlinger veranschaulichte die Dynamik: Weltweit seien …"
        colon = CR.colon_konjunktiv(toks, first, end, lang)
        if colon is not None:
            fv, msg = colon
            out = [ev for ev in out if ev.cue and ev.cue[0] < msg[0]]  # round 18: "…: In Regionen drohe ein Mangel"
            if is_finite(toks[fv]):
                src = CO.from_whom(toks, fv, msg[0] - 1) or _subject(doc, fv, first, msg[0] - 1, lang)
            else:  # "Der Vorwurf Sardanas:" — the name before the colon, if any
                names = [k for k in range(first, msg[0] - 1) if toks[k].pos == "PROPN"]
                src = (names[0], names[-1] + 1) if names else None
            out.append(Event([fv], src, [msg], "indirect", si))
    if lang == "de":
        ED.source_edges(toks, out)
        ED.cut_at_narrator_verb(toks, out)
    if lang == "de" and len(out) > 1:
        ED.cut_at_next_speaker(toks, out)
        ED.cut_at_outer_cue(toks, out)
    return out


def _cue_event(doc, i: int, first: int, end: int, si: int, lang: str, used: set[int], out: list[Event],
               low: str) -> Event | None:
    """Events a cue word opens: speech verbs (and English noun-tagged "said"), "aus … erfahren",
    finding verbs with a dass-clause, "halten … für"."""
    toks = doc.tokens
    t = toks[i]
    if lang == "de" and ST.no_de_cue(t, low):
        return None
    if lang == "de" and low == "infrage" and not any(toks[k].lemma == "stellen" for k in range(first, end)):
        return None  # s18: "komme nicht infrage" rules out; only "stellte … infrage" questions
    ev = None
    if (
        (
            verb_cue(t, lang)
            or (low == "heißt" and lang == "de" and IN.wie_es_heisst(toks, i, first))  # r12: "Wie es aus X heißt"
            or EN.noun_tagged_said(toks, i, first)
            or (lang == "en" and (EW.that_cue(toks, i, first, end) or EW.impersonal(toks, i, first, end)
                                  or EM.closing_finding(toks, i, first, end)))  # s20: "…, a new poll shows."
        )
        and not (lang == "en" and i - 1 in used)  # "Police say suspect …": "suspect" is no second cue
        and (lang != "en" or low not in THAT_CUES_EN or EM.that_follows(toks, i, end)
             or EM.closing_finding(toks, i, first, end))
        and not (lang == "en" and (EN.no_report(toks, i, first, end) or EW.before_speech_verb(toks, i)))
        and not (lang == "de" and NR.anonymity_wish(toks, i, end))  # "der nicht genannt werden wollte"
        and not (lang == "de" and NR.existential_es(toks, i, first, end))  # "Es gebe keinen Politiker, der …"
        and not (lang == "de" and LB.label_lauten(toks, i, first, end))  # round 14: "Die Frage lautet:"
        and not (lang == "de" and NR.attributive_participle(toks, i, first, end))  # s12: "das so bezeichnete X"
        and not (lang == "de" and NR.reflexive_lassen(toks, i, first, end))  # s31: "lasse sich erklären"
    ):  # "who asked not to be named", "declined to say how many …", "Asked whether …" report no speech
        labelled = (ES2.label_event(doc, i, first, end, si) if low in ES2.LABEL_VERBS else ES2.contact_claim_event(
            doc, i, first, end, si)) if lang == "en" else None  # s26: "…, a claim Judge Lund rejected in September"
        ev = labelled or VE.verb_event(doc, i, first, end, si, lang, used)  # s25: 'a trend X described as "…"'
        if ev is not None and lang == "de" and low == "genannt" and not ED.clause_message(toks, ev):
            return None  # s9: "„Uncle Ted“, wie der Senator genannt wurde", "die so genannten Rot-Hemden": a name
        if ev is not None and lang == "de":
            ev = C.cited_speaker(doc, ev, i, first, end)  # round 10: "Die Zeitung zitiert zwei Beamte."
            PC.join_phrase(ev, PC.phrase_words(toks, i, end), used)  # round 18: "äußerte die Hoffnung, dass …"
        if ev is not None and lang == "en" and EW.unnamed(toks, i, first, end):
            ev.src, ev.passive = None, True  # "It is understood that …", "amid reports that …": no one named
        if ev is not None and lang == "en" and low in TRAILING_SAME_SPEAKER:
            # '"…," the spokesman said, adding that …' / "Critics questioned it, saying …": the same speaker
            ev.src = out[-1].src if out and out[-1].src else EN.main_subject(toks, first, i)
            ev.src = EW.quoted_as_saying(toks, i, first) or ev.src  # "quoted an official as saying"
    elif (
        lang == "de"
        and (t.lemma or "").lower() == "erfahren"
        and any(w.text.lower() == "aus" for w in toks[max(first, i - 6) : min(end, i + 6)])
    ):  # "Wie der Spiegel aus Regierungskreisen erfuhr, …"
        ev = VE.verb_event(doc, i, first, end, si, lang, used)
    elif lang == "de" and (cited := P.citing_event(doc, i, first, end, si)) is not None:
        ev = cited  # round 10: "Das Blatt beruft sich auf zwei Beamte." (their words follow)
    elif lang == "de" and C.stance_cue(toks, i, end):  # round 10: "Ein Diplomat zeigte sich skeptisch."
        ev = VE.verb_event(doc, i, first, end, si, lang, used)
        if ev is not None and ev.msg and ev.msg[0][0] < i:
            ev.msg = []  # no message before it: "Ein Diplomat, der anonym bleiben wollte, zeigte sich …"
        if ev is not None and (word := C.stance_word(toks, i, end)) is not None and word not in ev.cue:
            ev.cue.append(word)  # s7: "zeigte sich überzeugt, dass …" is one cue, not a second event of "überzeugt"
            used.add(word)
    elif lang == "de" and (is_finite(t) or t.tag == "VVPP") and (words := PC.phrase_words(toks, i, end)) and not (
            PC.generic_conclusion(toks, i)):  # s31: not "Am Ende kommt man zu dem Ergebnis: …" (no one's finding)
        ev = VE.verb_event(doc, i, first, end, si, lang, used)  # round 18: "brachte zum Ausdruck, dass …"
        PC.join_phrase(ev, words, used)
        if ev is not None and (t.lemma or "") in PC.FLOOR_ONLY:  # s9: "nahm die Mannschaft in Schutz"
            ev.msg = []
            ev.src = ev.src if ev.src and ev.src[0] < i else None  # "…, nimmt die Abgeordneten in Schutz": no subject
    elif lang == "de" and is_finite(t) and (q := C.stance_quote(toks, i, end)) is not None:
        ev = Event([i, i + 1], _subject(doc, i, first, end, lang), [q], "direct", si)  # r18: "zeigte sich „…“"
    elif lang == "de" and P.finding_cue(toks, i, end):
        ev = VE.verb_event(doc, i, first, end, si, lang, used)
    elif lang == "de" and is_finite(t) and CK.wie_report(toks, i, first):
        ev = VE.verb_event(doc, i, first, end, si, lang, used)  # s7: "…, wie eine Umfrage ergab."
    elif lang == "de" and (fuer := OP.halten_fuer(toks, i, first, end)) is not None:
        ev = OP.halten_event(doc, i, fuer, _subject(doc, i, first, end, lang), first, end, si)
    elif lang == "de" and (ev := OP.held_against(doc, i, first, end, si)) is not None:
        ev.src = _subject(doc, i, first, end, lang)  # s18: "Kritiker halten dagegen, dass …"
    return ev
