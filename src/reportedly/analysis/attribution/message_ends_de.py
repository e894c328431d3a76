"""Where a German message stops, and which clauses after a cue are no message: relative clauses on an
object, a result after "so …, dass", a comparison after "mehr …, als", the writer's comment after ", was".
Moved out of messages.py in session 12."""

from __future__ import annotations

from .cues import is_finite, konjunktiv, verb_cue
from .lexicon import FINDING_LEMMAS, RELATIVE_WORDS

D_RELATIVES = frozenset("der die das dem den denen dessen deren".split())
"""Relative pronouns; "was", "wer" open the w-clauses that are messages ("sagen, was unser Weg ist")."""
DEGREE_WORDS = frozenset("derart dermaßen dermassen".split())
THAT_ADJECTIVES = frozenset("""sicher überzeugt froh zuversichtlich gewiss besorgt glücklich dankbar stolz enttäuscht
    erleichtert traurig optimistisch beunruhigt erstaunt überrascht verwundert empört zufrieden""".split())
"""Adjectives whose dass-clause says what one is sure or glad of: "Warum sind Sie so sicher, dass …"."""


def relative_after(tokens, k: int, end: int) -> bool:
    """A relative clause opens at k: "der …", "auf der die …", "in denen …" (the tagger may call the pronoun an
    article); "in den Bundesländern" is a phrase with a preposition."""
    if k >= end:
        return False
    if tokens[k].tag == "PRELS":
        return True
    if tokens[k].tag != "APPR" or k + 1 >= end or tokens[k + 1].text.lower() not in D_RELATIVES:
        return False
    return tokens[k + 1].text.lower() in ("denen", "dessen", "deren") or (  # not "in den Bundesländern"
        k + 2 < end and tokens[k + 2].pos not in ("NOUN", "PROPN", "ADJ", "NUM"))


def consecutive(tokens, first: int, comma: int) -> bool:
    """S12: the clause before ", dass" says "so much that": "so" right before an adjective, adverb or
    participle ("so ausgerichtet, dass", "so laut, dass"), or "derart"/"dermaßen". The dass-clause is a
    result, no message. "So erklärte X, dass" (an opening "so"), "so vorstellen, dass" and "betonte so deutlich
    wie nie, dass" are not."""
    k = comma - 1
    while k >= first and tokens[k].text not in (",", ";", ":"):
        low = tokens[k].text.lower()
        if low in DEGREE_WORDS:
            return True
        nxt = tokens[k + 1].text.lower() if k + 1 < comma else ""
        if low == "so" and k > first and tokens[k - 1].text not in (",", ";", ":") and nxt and (
            tokens[k + 1].tag in ("ADJD", "ADJA", "VVPP", "ADV") and not nxt.startswith("genannt")
            and nxt not in THAT_ADJECTIVES
        ):
            return not any(t.text.lower() == "wie" for t in tokens[k + 2 : comma])  # "so deutlich wie nie, dass"
        k -= 1
    return False


SENTENTIAL_RELATIVES = frozenset("was worauf woraufhin weshalb weswegen wofür wogegen".split())
ANTECEDENTS = frozenset("das dem dessen alles etwas nichts vieles einiges".split())


def narrator_relative(tokens, k: int, end: int) -> bool:
    """S9: ", was die Opposition jedoch bestreitet", ", worauf dieser schwieg": a relative clause on the whole
    report, in the indicative, is the writer's comment and ends the message (", was er bedauere" is reported)."""
    if tokens[k].text != "," or tokens[k + 1].text.lower() not in SENTENTIAL_RELATIVES:
        return False
    prev = tokens[k - 1]  # the whole clause ends before it: "gestiegen sei, was", "zu haben, was"; not "das, was",
    ends = prev.tag in ("VAFIN", "VVFIN", "VVPP") or (prev.tag in ("VAINF", "VVINF") and tokens[k - 2].text == "zu")
    if verb_cue(prev, "de") or not ends:  # "nachdenken, was wir tun" (a question), "schreiben, was …"
        return False
    if any(t.text.lower() in ANTECEDENTS for t in tokens[max(0, k - 3) : k]):
        return False  # "das zu machen, was …", "zu dem gemacht hat, was …": "was" has its antecedent
    verb = next((t for t in tokens[k + 2 : end] if is_finite(t) or t.text == ","), None)
    return verb is not None and is_finite(verb) and konjunktiv(verb, "de") == 0


def comparative(tokens, a: int, b: int) -> bool:
    """A comparative in [a, b) ("mehr", "weniger", "höher"), which the "als"-clause after it completes."""
    return any(
        t.text.lower() in ("mehr", "weniger", "eher", "lieber", "anders") or "Degree=Cmp" in (t.morph or "")
        for t in tokens[a:b]
    )


def relative_clause_end(tokens, first: int, cue_end: int, end: int) -> int:
    """S12: a cue inside a relative clause ("So sollen Eltern, welche feststellen, dass ihre Kinder anders sind,
    zusehen, …"): its message ends at the comma that closes the relative clause, when the first comma of the
    message has a verb of the main clause right after it (", wenn wir …, ausschreiben" is inside the message)."""
    k = cue_end - 1
    while k > first and tokens[k - 1].text not in (",", ";", ":"):
        k -= 1
    if k - 1 <= first or tokens[k - 1].text != "," or not (
            tokens[k].tag == "PRELS" or tokens[k].text.lower() in RELATIVE_WORDS):
        return end
    for c in range(cue_end + 1, end - 1):  # the first comma of the message decides
        if tokens[c].text in (":", ";") or tokens[c].quote:
            return end  # 'die skandierten: „Mussawi, hole …“'
        if tokens[c].text == ",":
            return c if tokens[c + 1].pos in ("VERB", "AUX") else end
    return end


FINDINGS = FINDING_LEMMAS | {"besagen", "nahelegen"}
"""S13: what a relative clause's verb may report with ("eine Studie, die zeigt, dass …")."""


def reporting_relative(tokens, v: int, lang: str) -> bool:
    """S13: the relative clause on the cue's object ends in a verb that reports ("veröffentlichte eine
    Studie, die zeigt, dass …", "legte einen Bericht vor, der belegt, dass …"): the complement after it is
    that clause's, not the cue's."""
    t = tokens[v]
    return is_finite(t) and (verb_cue(t, lang) or (t.lemma or "").lower() in FINDINGS)


def object_then_other_cue(tokens, first: int, cue_end: int, end: int) -> bool:
    """S17: "hatte Fehler eingeräumt und angegeben, er habe …": the complement after the comma is the second
    participle's; the first has its object before it ("Fehler"), so it takes no part of the clause."""
    k = cue_end
    if k + 2 >= end or tokens[k - 1].tag != "VVPP" or tokens[k].text.lower() not in ("und", "oder"):
        return False
    s = next((j for j in range(k + 1, min(end - 1, k + 7)) if tokens[j].tag == "VVPP" or tokens[j].text == ","), k + 1)
    second = tokens[s]  # s31: also past a phrase, "hatte Haft beantragt und in ihrem Plädoyer erklärt, …"
    if second.tag != "VVPP" or tokens[s + 1].text != "," or not verb_cue(second, "de"):
        return False
    for j in range(k - 2, first - 1, -1):  # back to the finite auxiliary: an object noun between
        if is_finite(tokens[j]):
            return False
        if tokens[j].pos in ("NOUN", "PROPN") and tokens[j - 1].pos in ("DET", "ADJ", "ADV", "AUX"):
            return True
        if tokens[j].pos in ("NOUN", "PROPN") and is_finite(tokens[j - 1]):
            return True  # "hatte Fehler eingeräumt"
    return False


def konjunktiv_main(tokens, k: int, end: int) -> bool:
    """S18: "schreibt die Zeitung, die Ukraine zeige damit ihr Gesicht": "die" (tagged as a relative pronoun)
    opens a noun phrase whose Konjunktiv I verb comes second, with more after it: reported speech."""
    if tokens[k].text.lower() not in ("der", "die", "das"):
        return False
    v = next((i for i in range(k + 1, min(end, k + 5)) if is_finite(tokens[i])), None)
    return v is not None and v + 1 < end and konjunktiv(tokens[v], "de") == 1 and tokens[v + 1].text not in (",", ".")


CONDITIONAL_V1 = frozenset("sollte sollten würde würden wäre wären hätte hätten".split())


def v1_condition(tokens, k: int, end: int) -> bool:
    """S19: a clause at k that opens with its finite verb ("sollten sich die Vorwürfe bestätigen") is a
    condition when a main clause with a finite verb follows its comma; together they are reported speech."""
    if k >= end or tokens[k].text.lower() not in CONDITIONAL_V1:
        return False
    return any(tokens[j].text == "," and is_finite(tokens[j + 1]) for j in range(k + 2, end - 1))


def article_relative(tokens, k: int, end: int) -> bool:
    """S25: a relative pronoun the tagger read as an article ("…, den ZEIT ONLINE um eine Einschätzung gebeten hat"):
    a "den"/"dem" whose clause ends in its only finite verb, so it is no verb-second complement ("den Preis werde
    man senken")."""
    if k >= end or tokens[k].text.lower() not in ("den", "dem", "deren", "dessen"):
        return False
    stop = next((c for c in range(k + 1, end) if tokens[c].text in (",", ";", ":") or tokens[c].quote), end)
    finite = [c for c in range(k + 1, stop) if is_finite(tokens[c])]
    return len(finite) >= 1 and finite[0] >= stop - 2 and stop - k >= 4


def fronted_clause_end(tokens, first: int, cue_end: int, end: int) -> int:
    """S25: "Als er behauptete, die Regierung „plündere die Rentenkasse“, erhob sich lauter Protest": a cue inside
    a fronted subordinate clause reports up to the comma before the main clause's verb (indicative, first in its
    clause); `end` unless so."""
    if tokens[first].tag != "KOUS" or any(t.text == "," for t in tokens[first:cue_end - 1]):
        return end
    for k in range(cue_end + 2, end - 1):
        if tokens[k].text == "," and not tokens[k].quote and is_finite(tokens[k + 1]) and not tokens[k + 1].quote and (
                konjunktiv(tokens[k + 1], "de") == 0):
            return k
    return end


def second_predicate(tokens, first: int, cue_end: int) -> bool:
    """S25: a finite verb opening the clause after the comma is a second predicate of the cue clause's subject when
    clause opens the sentence with its own finite verb before the cue ("Man habe … gewarnt, sei aber …"), not a
    report the cue was inserted in ("Das, forderten sie, müsse der Gesetzgeber umsetzen")."""
    if any(t.text in (",", ";", ":") and not t.quote for t in tokens[first : cue_end - 1]):
        return False  # an inserted cue ("Ein Handyfoto, das hatte er mitgeteilt, könne er nicht finden")
    return any(is_finite(t) and not t.quote for t in tokens[first : cue_end - 1])


def relative_resumes(tokens, first: int, cue_end: int) -> bool:
    """S25: the cue closes a relative clause, so a finite verb after its comma resumes the main clause ("Auch der
    Faktor, der über die Förderung entscheidet, sinke …"): no complement of the cue."""
    comma = next((j for j in range(cue_end - 2, first - 1, -1) if tokens[j].text in (",", ";", ":") and not tokens[
        j].quote), None)
    return comma is not None and comma + 2 < cue_end and (tokens[comma + 1].tag in ("PRELS", "PRELAT") or (
        tokens[comma + 1].tag == "APPR" and tokens[comma + 2].tag in ("PRELS", "PRELAT")))
