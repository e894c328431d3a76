"""What kind of clause a German sentence or its cue is: reportative "sollen" (a report without a cue,
"Er soll zwei Menschen verletzt haben"), a cue closing a fronted temporal or causal clause ("Als er
ihn darauf angesprochen habe, …"). Moved out of messages.py in round 16."""

from __future__ import annotations

from .cues import is_finite, konjunktiv
from .lexicon import FINDING_LEMMAS

SUBORDINATE_TAGS = frozenset({"KOUS", "PWAV", "PWS", "PWAT"})
"""S9: tags that open a dependent clause whose finite verb stands last (subordinators, w-words)."""


def reportative_sollen(tokens, first: int, last: int) -> bool:
    """Is the sentence's first finite verb outside quotes "soll"/"sollen" (reportative: "Er soll den
    Mann erschossen haben")? SpkAtt annotates such a sentence after a cited source as its report."""
    for t in tokens[first:last]:
        if t.quote:
            continue
        if is_finite(t) and t.pos in ("VERB", "AUX"):
            if t.i > first and tokens[t.i - 1].tag in ("VVINF", "VAINF", "VVPP"):
                return False  # s11: "…, über die bald Kohle rollen sollen": verb-final, a clause inside
            if t.text.lower() in ("sollte", "sollten"):  # round 16: "X sollte an dem Angriff beteiligt gewesen sein"
                return _perfect_infinitive_end(tokens, t.i + 1, last)
            return t.text.lower() in ("soll", "sollen") and not _schedule_end(tokens, t.i + 1, last)
    return False


SCHEDULE_VERBS = frozenset("beginnen dauern stattfinden starten enden anlaufen erscheinen gelten treten".split())
"""s7: "Der Prozess soll bis Ende des Jahres dauern", "soll im Mai beginnen", "soll 2027 in Kraft treten":
"sollen" with these plain infinitives states a plan, not what someone is said to have done."""


FUTURE_WORDS = frozenset("nächsten nächste kommenden kommende morgen übermorgen künftig demnächst".split())
"""S17: "Ein Gutachter soll am nächsten Verhandlungstag aussagen": a time ahead makes a plain "sollen" a plan."""


PURPOSE_VERBS = frozenset("klären prüfen untersuchen ermitteln helfen sicherstellen ermöglichen verhindern".split())
"""S19: "Ein Gutachten soll klären, ob …": "sollen" with an infinitive of finding out states a purpose."""


def _schedule_end(tokens, a: int, last: int) -> bool:
    comma = next((j for j in range(a, last) if tokens[j].text == ","), None)
    if comma is not None and comma > a and tokens[comma - 1].text.lower() in PURPOSE_VERBS:
        return True
    k = _last_word(tokens, a, last)
    if k <= a or tokens[k].tag != "VVINF":
        return False
    return tokens[k].text.lower() in SCHEDULE_VERBS or any(t.text.lower() in FUTURE_WORDS for t in tokens[a:k])


def _last_word(tokens, a: int, last: int) -> int:
    """The index of the clause's last token that is no punctuation (`a` when there is none after it)."""
    k = last - 1
    while k > a and tokens[k].pos == "PUNCT":
        k -= 1
    return k


def _perfect_infinitive_end(tokens, a: int, last: int) -> bool:
    """The clause ends in a participle plus "haben"/"sein" ("beteiligt gewesen sein"), the past of reportative
    "sollen"; "sollte" with a plain infinitive is a Konjunktiv II ("should") and reports nothing."""
    k = _last_word(tokens, a, last)
    if k > a and tokens[k].text.lower() in ("haben", "sein") and tokens[k - 1].tag in ("VVPP", "VAPP", "VMPP"):
        return not any(t.text in (",", ";", ":") for t in tokens[a:k])
    return False


FOCUS_WORDS = frozenset("erst nur auch selbst gerade schon sogar".split())
ADVERBIAL_KOUS = frozenset("als nachdem wenn weil bevor während obwohl da seit seitdem sobald falls damit je".split())


def adverbial_clause_cue(toks, i: int, first: int, after: int, end: int) -> bool:
    """Round 16: "Als er seinen Chef darauf angesprochen habe, sei er gekündigt worden": a cue at the end of
    a fronted temporal or causal clause; the main clause after it (finite verb first) is no message of it."""
    if after >= end or toks[after].text != "," or after + 1 >= end:
        return False
    main = after + 2 if toks[after + 1].text.lower() in ("so", "dann") and after + 2 < end else after + 1
    if toks[after + 1].text.lower() in ("umso", "desto") and after + 3 < end:
        main = after + 3  # s12: "Je länger wir reden, umso mehr fangen die an, …"
    if not is_finite(toks[main]):  # s11: "Obwohl viele sich X wünschen, so tut sich der Vatikan schwer"
        return False
    if any(t.text in (",", ";", ":") for t in toks[first:i]):
        return False
    k = past_focus_word(toks, first, end)  # round 18: "Erst wenn …"
    if toks[k].text.lower() in ADVERBIAL_KOUS:
        return True
    return k == first and is_finite(toks[k]) and konjunktiv(toks[k], "de") == 2  # s11: "Hätte das Gericht …
    # zugestimmt, dann wäre …": a condition, no report


def before_main_clause(toks, first: int, msg: tuple[int, int]) -> tuple[int, int]:
    """S16: a message inside a fronted adverbial clause ends where the main clause starts with its finite verb:
    "Nachdem bekannt geworden war, [dass die Firma verkauft], stieg die Aktie"."""
    if toks[past_focus_word(toks, first, msg[0])].text.lower() not in ADVERBIAL_KOUS:
        return msg
    a, b = msg
    cut = next((k for k in range(a + 1, b - 1) if toks[k].text == "," and is_finite(toks[k + 1])), None)
    return (a, cut) if cut is not None else msg


def past_focus_word(toks, first: int, last: int) -> int:
    """The token after a focus word opening the sentence ("Erst wenn …", "Nur weil …"), else `first`."""
    return first + 1 if first + 1 < last and toks[first].text.lower() in FOCUS_WORDS else first


def whoever_clause(toks, first: int, end: int) -> range:
    """Round 18: "Wer jetzt auf leere Kassen verweise, verschweige die Wahrheit": a reported sentence that opens
    with a free relative clause is a general statement; no verb in that clause, nor the main verb it is the
    subject of, reports anyone's words. The token range to leave alone (empty when no such sentence)."""
    if end - first < 4 or toks[first].text.lower() != "wer" or toks[first].tag not in ("PWS", "PRELS"):
        return range(0)
    comma = next((k for k in range(first + 2, min(end - 1, first + 25)) if toks[k].text == ","), None)
    if comma is None or not is_finite(toks[comma + 1]) or konjunktiv(toks[comma + 1], "de") != 1:
        return range(0)  # reported (Konjunktiv I): in parliament's "Wer sagt, …, der lügt" the verb is a cue
    return range(first, comma + 2)


def wuerde_sentence(toks, first: int, end: int) -> bool:
    """Round 18: the sentence's first finite verb outside quotes is "würde"/"würden", the Konjunktiv II that
    stands in for a Konjunktiv I no different from the indicative ("sie werden")."""
    fin = next((t for t in toks[first:end] if is_finite(t) and not t.quote), None)
    return fin is not None and fin.text.lower() in ("würde", "würden")


def shared_subject(toks, a: int, b: int) -> bool:
    """Round 18: the clause [a, b) before a comma and a verb with no subject of its own is an indicative
    main clause ("Tappara agierte schnell, überzeugte spielerisch …"): the verb after the comma continues
    it; no report of the clause."""
    fin = [t for t in toks[a:b] if is_finite(t) and not t.quote]
    return bool(fin) and toks[a].tag not in ("KOUS", "PWAV") and all(konjunktiv(t, "de") == 0 for t in fin) and not any(
        t.quote for t in toks[a:b]
    )



def asked_only(toks, first: int, end: int) -> bool:
    """S9: every Konjunktiv I verb of the sentence stands in an indirect question ("Auf die Frage, ob er
    zurücktrete, antwortete er ausweichend"): the mood is the question's, not a report that goes on."""
    verbs = [
        k for k in range(first, end) if is_finite(toks[k]) and not toks[k].quote and konjunktiv(toks[k], "de") == 1
    ]
    for k in verbs:
        j = k - 1
        while j > first and toks[j].text != ",":
            j -= 1
        if toks[j].text != "," or toks[j + 1].tag not in ("KOUS", "PWAV", "PWS") or toks[j + 1].text.lower() == "dass":
            return False
    return bool(verbs)


CONTENT_OPENERS = frozenset({"dass", "daß", "ob"})


def adverbial_clause(toks, a: int, b: int) -> bool:
    """S9: [a, b) is a whole adverbial clause — a subordinator other than "dass"/"ob" ("während", "falls",
    "selbst wenn") and its finite verb at the end ("Während die Abgeordneten breite Unterstützung gaben"),
    not "Während der Feiertage sollen die Streiks ruhen", where "während" is a preposition."""
    k = a + (toks[a].tag == "ADV" and a + 1 < b)  # "Selbst wenn …"
    if toks[k].tag != "KOUS" or toks[k].text.lower() in CONTENT_OPENERS:
        return False
    last = b - 1
    while last > k and toks[last].text in (",", ".", ";", ":"):
        last -= 1
    return is_finite(toks[last]) and not any(is_finite(t) for t in toks[k + 1 : last] if t.tag != "VMFIN")


def verbless(toks, a: int, b: int) -> bool:
    """S9: [a, b) has no finite verb of its own, outside its relative and bracketed parts ("Die Linkspartei,
    auf deren Listen auch Kandidaten kandidiert hatten"): a noun phrase, no clause; quotations, and dass-,
    ob- and w-clauses (verb-final by nature) are not asked; a quoted title inside does not make a clause ("Bill
    Keller, der Chefredakteur der „New York Times“")."""
    if toks[a].tag in SUBORDINATE_TAGS or toks[a].quote or toks[a].text in '„“”"»«':
        return False  # a quotation opening it is a fragment of speech: '„Ein Skandal“, sagte er'

    inner = False
    for k in range(a, b):
        t = toks[k]
        if t.text in (",", "(", "–", "-"):
            nxt = toks[k + 1] if k + 1 < b else None
            inner = t.text == "(" or (nxt is not None and (nxt.tag in ("PRELS", "PRELAT", "KOUS", "PWAV") or (
                nxt.tag == "APPR" and k + 2 < b and toks[k + 2].tag in ("PRELS", "PRELAT"))))
            continue
        if t.text == ")":
            inner = False
            continue
        if is_finite(t) and (not inner or konjunktiv(t, "de") == 1):
            return False  # round 18: "Eine Herausforderung, der sich die Gesellschaft nicht gestellt habe, sagte X"
    return True


NO_MAIN_CLAUSE_TAGS = SUBORDINATE_TAGS | {"PRELS", "PRELAT", "KON", "KOKOM"}


def later_konjunktiv_clause(toks, first: int, end: int) -> int | None:
    """S9: "Zwölf wurden verletzt, die Verletzten seien zehn Touristen": where a main clause with a
    Konjunktiv I verb starts after a comma in an indicative sentence (its subject, then the verb), else None."""
    for k in range(first + 2, end - 2):
        if toks[k].text not in (",", ":") or toks[k].quote or toks[k + 1].tag in NO_MAIN_CLAUSE_TAGS:
            continue  # s25: also after a colon ("… überschnitten sich kaum: Aaretal sei in der Deutschschweiz stark")
        j = k + 1
        while j < min(end, k + 6) and not is_finite(toks[j]) and toks[j].text not in (",", ";", ":"):
            j += 1
        if j < end and j > k + 1 and is_finite(toks[j]) and konjunktiv(toks[j], "de") == 1 and not toks[j].quote:
            return k + 1
    return None


def past_aux(toks, k: int, end: int) -> int:
    """After a participle cue, past its auxiliary ("angesprochen habe ,"): where the clause ends."""
    return k + 1 if k < end and toks[k].tag in ("VAFIN", "VMFIN") else k


def finite_before(toks, i: int, first: int) -> int:
    """The finite verb of the clause before a non-finite cue at i, else i. A short quotation is passed over
    (s15: "wird von der „Netzeitung“ mit den Worten zitiert": a quoted name); a longer one ends the clause."""
    from .messages import QUOTE_MARKS  # messages imports this module (through mood_de)

    k = i - 1
    while k >= first and toks[k].text not in (",", ":", ";"):
        if toks[k].quote or toks[k].text in QUOTE_MARKS:
            j = k
            while j >= first and (toks[j].quote or toks[j].text in QUOTE_MARKS):
                j -= 1
            if k - j > 5:
                return i
            k = j
        elif is_finite(toks[k]):
            return k
        else:
            k -= 1
    return i


def zwar_aber(toks, a: int, k: int, b: int) -> bool:
    """S19: "die Truppen kämen zwar voran, erlitten aber hohe Verluste": the verb after "zwar …," goes on
    with the same reported clause ("aber" in its own), it is no other report."""
    return any(t.text.lower() == "zwar" for t in toks[a:k]) and any(
        t.text.lower() in ("aber", "doch", "jedoch") for t in toks[k + 1 : min(b, k + 5)])


WIE_LEMMAS = FINDING_LEMMAS | {"veröffentlichen", "publizieren"}
"""Verbs a wie-clause reports with (moved from sentence_events.py in session 25)."""


def wie_report(toks, i: int, first: int) -> bool:
    """ "…, wie eine Umfrage ergab" (a finding verb), s15: "Wie die Zeitung veröffentlichte, …" (a publishing
    verb whose subject follows "wie"; not "wie sie der Guardian veröffentlichte", what was published)."""
    from .source_frames import wie_clause  # source_frames imports messages, which imports this module (through mood_de)

    lemma = toks[i].lemma or ""
    if lemma not in WIE_LEMMAS or (w := wie_clause(toks, i, first)) is None:
        return False
    return lemma in FINDING_LEMMAS or toks[w + 1].tag == "ART"
