"""Round 19 (German): where a sentence's messages end and which cue words report nothing there — a
modal refusal ("wollte sich nicht äußern"), a participle used as an adverb ("widersprach … entschieden"),
a fronted phrase or noun phrase before the cue, an inner report inside an outer one's message."""

from __future__ import annotations

from . import clause_kinds as CK
from .clause_kinds import SUBORDINATE_TAGS
from .cues import is_finite, konjunktiv
from .event import Event
from .mentions_de import CLOSING, OPENING


def cut_at_next_speaker(toks, out: list[Event]) -> None:
    """S9: "Nach Polizeiangaben waren 8000 Menschen unterwegs, die Veranstalter sprachen von 10.000": an
    according-to message ends at the comma where another event's speaker opens a clause of its own."""
    for ev in out:
        if ev.mode != "according_to" or len(ev.msg) != 1:
            continue
        a, b = ev.msg[0]
        cut = min(
            (o.src[0] - 1 for o in out if o is not ev and o.src and o.cue and a < o.src[0] - 1 and o.src[1] <= b
             and toks[o.src[0] - 1].text == "," and min(o.cue) > o.src[0]),
            default=None,
        )
        if cut is not None and cut - a >= 2:
            ev.msg = [(a, cut)]


def source_edges(toks, out: list[Event]) -> None:
    """S10: a source phrase holds whole names. A quoted name goes on to its closing mark ("nach Angaben des
    Leiters von „Ärzte ohne Grenzen“ könnte …", "Laut einem Test von „auto, motor und sport“ gibt es …"),
    and a name in apposition after a speaker behind the verb is no part of the message ("erklärte der
    Direktor der IAEO, Mohammed el-Baradei, Nordkorea besitze …")."""
    for ev in out:
        if ev.src is None or not ev.msg:
            continue
        a, b = ev.src
        m0, m1 = ev.msg[0]
        opening = next((k for k in range(b - 1, a - 1, -1) if toks[k].text in OPENING), None)
        if opening is not None and m0 >= b:
            close = next((j for j in range(opening + 1, min(len(toks), opening + 10)) if toks[j].text in CLOSING), None)
            if close is not None and close >= b and close + 1 < m1:
                ev.src = (a, close + 1)
                resolve = ev.extra.get("resolve")  # the phrase the Source is resolved from
                if resolve is not None and resolve[1] == b:
                    ev.extra["resolve"] = (resolve[0], close + 1)
                start = close + 2 if toks[close + 1].text == "," else close + 1
                if m0 <= close + 1:
                    ev.msg[0] = (start, m1)
                continue
        if b + 3 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")":
            b += 3  # "der Direktor der IAEO (IAEO), Mohammed el-Baradei,"
        if ev.cue and min(ev.cue) < a and b < len(toks) and toks[b].text == "," and m0 == b + 1:
            j = m0
            while j < min(m1, m0 + 4) and (toks[j].pos == "PROPN" or toks[j].ent.endswith("PER")):
                j += 1
            if j > m0 and j + 2 < m1 and toks[j].text == ",":
                ev.msg[0] = (j + 1, m1)
                if ev.extra.get("resolve", ev.src) == ev.src:
                    ev.extra.pop("resolve", None)
                    ev.src = (a, j)  # the speaker is the person named


NARRATOR_LINKS = frozenset({",", "und", "aber", "doch", "sowie"})


def cut_at_narrator_verb(toks, out: list[Event]) -> None:
    """S10: "Sie erklärte, Gillibrand sei untragbar, und kündigte an, …", "…, Europa brauche die Engländer,
    und fügte hinzu: …": a reported clause in the subjunctive ends where the narrator's past indicative
    takes the subject on (a coordinated predicate after "und" or a comma)."""
    for ev in out:
        if len(ev.msg) != 1 or not ev.cue or ev.msg[0][0] <= max(ev.cue):
            continue
        a, b = ev.msg[0]
        reported = False
        for k in range(a, b - 1):
            t = toks[k]
            if t.quote:
                continue
            if is_finite(t) and "Mood=Sub" in t.morph:
                reported = True
            elif reported and t.text in NARRATOR_LINKS and k - a >= 2:
                v = toks[k + 1] if toks[k + 1].tag != "ADV" or k + 2 >= b else toks[k + 2]
                final = v.i + 1 >= b or toks[v.i + 1].text in (",", ".", ";")  # "als es flog und abstürzte"
                if is_finite(v) and not v.quote and "Mood=Ind" in v.morph and "Tense=Past" in v.morph and not final:
                    if CK.zwar_aber(toks, a, v.i, b):
                        continue  # s19: "die Truppen kämen zwar voran, erlitten aber hohe Verluste": one clause
                    ev.msg = [(a, k)]
                    break


def cut_at_outer_cue(toks, out: list[Event]) -> None:
    """S9: „Sie wisse, dass ihre Arbeit fehlerhaft sei“, hatte X gesagt: the inner "wisse" event's message
    ends at the comma before the outer cue whose message holds it."""
    for ev in out:
        if len(ev.msg) != 1 or not ev.cue:
            continue
        a, b = ev.msg[0]
        for o in out:
            if o is ev or not o.cue or not o.msg or not a < min(o.cue) < b:
                continue
            if o.msg[-1][1] <= min(o.cue) and o.msg[0][0] <= min(ev.cue) < o.msg[-1][1]:
                start = min([min(o.cue)] + ([o.src[0]] if o.src and o.src[0] > a else []))
                cut = next((k for k in range(start - 1, a, -1) if toks[k].text == ","), None)
                if cut is not None and cut - a >= 2:
                    ev.msg = [(a, cut)]
                    b = cut


def no_message_before(toks, fv: int, i: int, msg: tuple[int, int], src) -> bool:
    """Is the clause before the comma of a "…, sagte X" cue no message of it? Round 18: a second verb of the
    same subject ("Tappara agierte schnell, überzeugte spielerisch"); s9: a whole adverbial clause
    ("Während die Abgeordneten zustimmten, schätzte X …"), a noun phrase ("Die Linkspartei, auf deren
    Listen …, schloss … aus"), a fronted phrase ("In einem Bericht, der …, kritisierte X …"), a refusal
    ("bestätigte den Vorfall, wollte sich aber nicht äußern"), and a Konjunktiv modal, which reports rather
    than cites ("…, solle die Regierung lieber Schlupflöcher schließen")."""
    a, b = msg
    return (
        (src is None and CK.shared_subject(toks, a, b))
        or CK.adverbial_clause(toks, a, b)
        or CK.verbless(toks, a, b)
        or fronted_phrase(toks, a, b)
        or refused(toks, fv, i, a)
        or (fv != i and konjunktiv(toks[fv], "de") == 1)
    )


DEPENDENT_OPENERS = SUBORDINATE_TAGS | {"PRELS", "PRELAT"}


def fronted_phrase(toks, a: int, b: int) -> bool:
    """A fronted phrase with the clause that hangs on it ("In einem Bericht, der nach dem Angriff veröffentlicht
    wurde", "Auf die Frage, ob er zurücktrete", "Wie schon im Vorjahr"): a preposition or a comparative
    "wie" opens it and no verb follows before the comma (not "In Berlin sei die Lage ruhig")."""
    if toks[a].tag not in ("APPR", "APPRART", "KOKOM") and toks[a].text != "Wie":
        return False
    k = next((j for j in range(a, b) if toks[j].text == ","), b)
    if k - a < 2 or any(is_finite(t) for t in toks[a:k]):
        return False
    after = k + 1 + (k + 1 < b and toks[k + 1].tag == "APPR")  # "…, in dem …"
    return k == b or (after < b and toks[after].tag in DEPENDENT_OPENERS)  # not "Am Montag, dem 11. Mai, ist …"


def refused(toks, fv: int, i: int, left: int) -> bool:
    """S9: a modal with a negation before the cue ("wollte sich nicht äußern", "mochte nichts sagen"): the
    source declined to speak, so a main clause before the comma is no message of theirs (a question
    clause is what they could not say: "Ob er zurücktritt, wollte sie nicht sagen")."""
    left += toks[left].tag == "KON"  # "Aber wie teuer …"
    return fv < i and toks[fv].tag == "VMFIN" and toks[left].tag not in SUBORDINATE_TAGS and any(
        t.text.lower() in ("nicht", "nichts", "kein", "keine", "nie") for t in toks[fv + 1 : i]
    )


def adverbial_participle(toks, i: int, first: int, end: int) -> bool:
    """S9: a participle with no auxiliary or modal in its sentence up to the end of its clause, but a full finite
    verb before it ("widersprach … entschieden"), is an adverb; "hat … darauf hingewiesen", "hingewiesen hat"
    keep their auxiliary."""
    if toks[i - 1].text.lower() == "als":
        return False  # "Es gilt als ausgeschlossen, dass …"
    b = i
    while b < end and toks[b].text not in (",", ";", ":", "."):
        b += 1
    if any(t.tag.startswith("VA") or t.tag == "VMFIN" for t in toks[first:b]):
        return False
    return any(t.tag == "VVFIN" and t.pos == "VERB" for t in toks[first:i])


def clause_message(toks, ev: Event) -> bool:
    """Does the event's message hold a finite verb outside quotations (a reported clause, not a name)?"""
    return any(is_finite(t) and not t.quote for a, b in ev.msg for t in toks[a:b])
