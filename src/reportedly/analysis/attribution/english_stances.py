"""English reports with no that-clause after "said", round 10: commitments and appeals ("vowed to
rebuild the city", "called for a ceasefire", "called on allies to …", "demanded the resignation of …",
"appealed for …", "expressed hope that …"), stances and thoughts ("is confident that …", "made it clear
…", "Officials hope the talks will resume") and quoted labels ('One official described the mood as
"grim"'). Sentences in tests/attribution/test_english_round10.py.
"""

from __future__ import annotations

from .english_clauses import CALL_VERBS, PROMISE_VERBS

APPEAL_VERBS = frozenset("appealed appeals pleaded pleads".split())
DEMAND_VERBS = frozenset("demanded demands".split())
EXPRESS_VERBS = frozenset("expressed expresses voiced voices raised raises".split())
STANCE_NOUNS = frozenset("hope hopes concern concerns fear fears doubt doubts confidence optimism alarm".split())


def intention_event(doc, i: int, first: int, end: int, si: int):
    """ "The president vowed to rebuild the city", "The UN called for an immediate ceasefire", "He
    called on allies to speed up deliveries": a commitment or appeal whose message is the infinitive
    (or the object of "for") and whose speaker is the subject."""
    toks = doc.tokens
    low = toks[i].text.lower()
    if low not in TRIGGER_WORDS or i == first or i + 2 >= end or toks[i].text[:1].isupper():
        return None  # most tokens stop at the first check
    from . import messages as M
    from .event import Event
    from .subjects import subject

    nxt = toks[i + 1].text.lower()
    stop = M.content_end(toks, first, end)
    if low in PROMISE_VERBS and nxt == "to":
        start = i + 2
    elif low in CALL_VERBS and nxt in ("for", "on"):
        start = i + 2
    elif low in APPEAL_VERBS and nxt == "for":
        start = i + 2  # "The charity appealed for urgent donations"
    elif low in EXPRESS_VERBS and nxt in STANCE_NOUNS and toks[i + 2].text.lower() in ("that", "about", "over"):
        start = i + 3  # "expressed hope that a deal could be reached", "voiced concern over …"
    elif low in DEMAND_VERBS and toks[i + 1].pos in ("DET", "ADJ", "NOUN", "NUM") and nxt != "that":
        start = i + 1  # "Protesters demanded the resignation of the minister"
    elif low in LABEL_VERBS:
        return label_event(doc, i, first, end, si)
    elif low in DIRECTIVE_VERBS:  # round 11: "The minister told the industry to cut prices"
        if toks[i - 1].text.lower() in BE_WORDS or not addressee_to(toks, i, end):
            return None
        start = i + 1
    else:
        return _state_event(doc, i, first, end, si)
    comma = next((k for k in range(start, stop) if toks[k].text in (",", ";", ":") and not toks[k].quote or (
        toks[k].quote and k == start + 1)), stop)  # s12: "called on X not to 'trade away …' in the talks": through
    if comma - start < 2 or not any(t.pos in ("NOUN", "PROPN", "VERB") for t in toks[start:comma]):
        return None
    if nxt == "on" and not any(t.text.lower() == "to" for t in toks[start:comma]):
        return None  # "called on the bridge"
    src = subject(doc, i, first, end, "en")
    if src is None or src[0] >= i:
        return None
    return Event([i], src, [(start, comma)], "indirect", si)


THOUGHT_ADJECTIVES = frozenset(
    """confident concerned convinced adamant optimistic pessimistic aware sure certain hopeful worried fearful
    unconvinced skeptical sceptical doubtful insistent""".split()
)
"""Adjectives of a stance whose that-clause is a thought the article reports: "X is confident that …"."""
BE_FORMS = frozenset("is are was were be been remains remained".split())
BARE_CLAUSE_VERBS = frozenset("hope doubt fear expect suspect reckon".split())
"""Plural/base thought verbs that report a clause without "that": "Officials hope the talks resume"."""
GERUND_VERBS = frozenset("reported reports report denied denies deny admitted admits admit recalled recalls".split())
"""Verbs of speech whose message may be a gerund clause ("reported hearing explosions")."""
EXPECT_VERBS = frozenset("expect expects expected".split())


def _gerund(tok) -> bool:
    """ "hearing", "taking" (the tagger often reads a gerund as a noun), not "nothing", "something"."""
    low = tok.text.lower()
    return tok.tag == "VVG" or (low.endswith("ing") and len(low) > 5 and low.isalpha() and tok.text.islower() and (
        not low.endswith("thing")))


def _raised_infinitive(toks, k: int, stop: int) -> bool:
    """S17: a short noun phrase, then "to" and a verb: "expect [prices] to rise" (not "expect to win")."""
    if k >= stop or toks[k].text.lower() == "to":
        return False
    to = next((j for j in range(k + 1, min(stop - 1, k + 6)) if toks[j].text.lower() == "to"), None)
    return to is not None and all(t.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") for t in toks[k:to]) and (
        toks[to + 1].pos in ("VERB", "AUX")
    )


CLAUSE_WORDS = frozenset("the a an this these those it he she they we there its his her their".split())


def _state_event(doc, i: int, first: int, end: int, si: int):
    """ "The minister is confident that …", "Officials are optimistic that …", "The government made
    clear that …", "Officials hope the talks will resume": thought and stance reports."""
    from . import messages as M
    from .event import Event
    from .subjects import subject

    toks = doc.tokens
    low = toks[i].text.lower()
    stop = M.content_end(toks, first, end)
    start = None
    fv = i
    if low in THOUGHT_ADJECTIVES and toks[i - 1].text.lower() in BE_FORMS | {"very", "increasingly", "not"}:
        k = i + 1
        if k < stop and toks[k].text.lower() == "that":
            start = k + 1
        fv = next((j for j in range(i - 1, max(first, i - 3) - 1, -1) if toks[j].text.lower() in BE_FORMS), None)
        if fv is None:
            return None
    elif low == "clear" and toks[i - 1].text.lower() in ("made", "make", "makes", "making") or (
        low == "clear" and toks[i - 1].text.lower() == "it" and i - 2 >= first
        and toks[i - 2].text.lower() in ("made", "make", "makes")
    ):
        k = i + 1
        start = k + 1 if k < stop and toks[k].text.lower() == "that" else k
        fv = i - 1 if toks[i - 1].text.lower() != "it" else i - 2
        if start >= stop or toks[start].text.lower() not in CLAUSE_WORDS and toks[start].pos not in ("PROPN", "NOUN"):
            return None
    elif low in GERUND_VERBS and _gerund(toks[i + 1]) and toks[i - 1].text.lower() not in BE_FORMS:
        start = i + 1  # s17: "Residents reported hearing explosions", "He denied taking bribes"
    elif low in EXPECT_VERBS and toks[i].pos == "VERB" and toks[i - 1].text.lower() not in BE_FORMS and (
        _raised_infinitive(toks, i + 1, stop)
    ):
        start = i + 1  # s17: "Analysts expect prices to rise", "Insiders expect the bank to raise rates"
    if start is not None and low in GERUND_VERBS | EXPECT_VERBS:  # s17: a clause of its own ends at its comma
        stop = next((k for k in range(start, stop) if toks[k].text in (",", ";") and not toks[k].quote), stop)
    elif low in BARE_CLAUSE_VERBS and toks[i].pos == "VERB" and toks[i + 1].text.lower() in CLAUSE_WORDS - {"a", "an"}:
        if not any(t.pos in ("AUX", "VERB") and t.tag not in ("VVG", "VVN", "VVI") for t in toks[i + 2 : stop]):
            return None  # "hope the best": no clause follows
        start = i + 1
    if start is None or stop - start < 3:
        return None
    src = subject(doc, fv, first, end, "en")
    if src is None or src[0] >= fv:
        return None
    if src[1] <= fv:
        from .english import extend_right

        src = extend_right(toks, src, fv)  # "Germany's leading economic institutes expect …"
    return Event([i], src, [(start, stop)], "indirect", si)


LABEL_VERBS = frozenset(
    "described describes branded brands dismissed dismisses labelled labeled hailed called calls".split()
)


def label_event(doc, i: int, first: int, end: int, si: int):
    """ 'One official described the mood as "grim"', 'He called the plan "a gimmick"': the quoted label
    is the speaker's, and the speaker the noun phrase that opens the clause (the language layer may
    link the object instead: "the mood")."""
    from .english import main_subject
    from .english_subjects import after_fronted_pp
    from .event import Event
    from .messages import QUOTE_MARKS
    from .who_clauses import relative_subject

    toks = doc.tokens
    first = after_fronted_pp(toks, first, i)  # round 16: "In an interview with Fox News, Senator X called …"
    opening = next((k for k in range(i + 1, min(end, i + 9)) if toks[k].text in QUOTE_MARKS), None)
    if opening is None or any(t.text in (",", ";", ":") for t in toks[i + 1 : opening]):
        return None
    if toks[i].text.lower() not in NAMING_VERBS and toks[opening - 1].text.lower() != "as":
        return None
    close = next((k for k in range(opening + 1, min(end, opening + 18)) if toks[k].text in QUOTE_MARKS), None)
    if close is None or close - opening < 2 or any(t.text in (";", ":") or t.quote for t in toks[first:i]):
        return None
    conj = next((k for k in range(i - 2, first, -1) if toks[k].text.lower() in ("and", "but") and toks[
        k - 1].text == ","), None)
    if conj is not None and toks[conj + 1].pos in ("DET", "NOUN", "PROPN", "ADJ"):
        first = conj + 1  # s24: "X is said to remain supportive, and a statement posted on … described Y as "…""
    if i - 2 > first and toks[i - 1].tag == "NN2" and (toks[i - 2].text.lower() in ("and", "but", "or") or toks[
            i - 2].pos == "NOUN"):  # s25: "a measure supporters hailed as … and opponents branded "…"": a bare
        return Event([i], (i - 1, i), _label_message(toks, i, opening, close), LABEL_MODE, si)  # plural subject
    if i - 2 > first and toks[i - 1].pos in ("PROPN", "NOUN") and toks[i - 1].text[:1].isupper() and toks[
            i - 1].text.isalpha() and toks[i - 2].pos == "NOUN" and toks[i - 2].text.islower():
        a = i - 1  # s25: "a trend Whitaker described as "…"": the name right before the verb in a contact clause
        while a - 1 > first and toks[a - 1].text.lower() in CONTACT_MODIFIERS:
            a -= 1  # "a result one senior Tory described as "…"": the whole unnamed speaker
        return Event([i], (a, i), _label_message(toks, i, opening, close), LABEL_MODE, si)
    if toks[i - 1].text.lower() in ("that", "who") and (rel := relative_subject(toks, i, first, "en")) is not None:
        return Event([i], rel[1], _label_message(toks, i, opening, close), LABEL_MODE, si)  # s25: "X, a trade
        # group that hailed the ruling as "…""
    if any(t.text == "," for t in toks[first:i]):  # round 12: "Jane Roe, the group's director, called …"
        from .english import apposition_subject

        src = apposition_subject(toks, i, first) if toks[i - 1].text == "," else None
        return Event([i], src, _label_message(toks, i, opening, close), LABEL_MODE, si) if src is not None else None
    src = main_subject(toks, first, i)
    if src is None or src[1] > i:
        return None
    if any(t.tag in ("VVD", "VVZ", "VBD", "VBZ", "VHD", "VHZ") for t in toks[src[1] : i]):
        return None  # s18: 'The documents appeared on a Telegram channel called "…"': a name, no label
    from .english import extend_right

    src = extend_right(toks, src, i)  # round 15: "Unite general secretary Sharon Graham called …"
    return Event([i], src, _label_message(toks, i, opening, close), LABEL_MODE, si)


CONTACT_MODIFIERS = frozenset("one a an another some several senior junior former leading top".split())
"""Words before the speaker's noun in a contact clause ("a result one senior Tory described as …")."""
NAMING_VERBS = frozenset("called calls branded brands labelled labeled".split())
"""S24: label verbs that need no "as" ("branded the agreement "a plaster on a bullet wound"")."""
LABEL_MODE = "mixed"
"""Round 16: 'described the findings as "alarming"' reports the object with its quoted label (mixed)."""


def _label_message(toks, i: int, opening: int, close: int) -> list[tuple[int, int]]:
    """The object and its quoted label ('the findings as "alarming"'), or the label alone when nothing
    stands between the verb and the quotation."""
    if LABEL_MODE == "direct" or opening == i + 1:
        return [(opening + 1, close)]
    return [(i + 1, close + 1)]


DIRECTIVE_VERBS = frozenset("told tells advised advises instructed instructs".split())
BE_WORDS = frozenset("is are was were be been being am 's".split())
ADDRESSEE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
NOT_INFINITIVES = frozenset("anyone anybody everyone everybody someone somebody them him her us me it".split())


def addressee_to(toks, i: int, end: int) -> bool:
    """After a directive verb: a short addressee, then "to" and a verb ("told staff to stay at home")."""
    j = i + 1
    while j < min(end, i + 6) and toks[j].pos in ADDRESSEE_POS and toks[j].text.lower() != "to":
        j += 1
    if not (i + 1 < j and j + 1 < end and toks[j].text.lower() == "to"):
        return False
    verb = toks[j + 1]  # "to stay" may be tagged a preposition and a singular noun (NN1)
    if verb.text.lower() in NOT_INFINITIVES or not verb.text.islower():
        return False
    return verb.pos == "VERB" or verb.tag == "NN1"


TRIGGER_WORDS = (PROMISE_VERBS | CALL_VERBS | APPEAL_VERBS | EXPRESS_VERBS | DEMAND_VERBS | LABEL_VERBS
                 | THOUGHT_ADJECTIVES | BARE_CLAUSE_VERBS | DIRECTIVE_VERBS | GERUND_VERBS | EXPECT_VERBS | {"clear"})
"""Every word intention_event, _state_event and label_event can start from."""


CLAIM_NOUNS = frozenset("claim claims suggestion suggestions charge charges allegation allegations assertion "
                        "accusation accusations argument view".split())
CONTACT_VERBS = frozenset("rejected rejects dismissed dismisses denied denies disputed disputes".split())


def contact_claim_event(doc, i: int, first: int, end: int, si: int):
    """S26: "Vance has argued that the remarks tainted the jury pool, a claim Judge Patricia Lund rejected in
    September": in the contact clause after the comma, the speaker is the noun phrase between the noun for what
    was said and the verb, and the message that noun ("a claim"), which points back to the clause before."""
    from .event import Event

    toks = doc.tokens
    if toks[i].text.lower() not in CONTACT_VERBS:
        return None
    k = next((j for j in range(i - 2, max(first, i - 8), -1) if toks[j].text.lower() in CLAIM_NOUNS), None)
    if k is None or k - 2 < first or toks[k - 1].text.lower() not in ("a", "an") or toks[k - 2].text not in (",", "—"):
        return None
    if any(t.text in (",", ";", ":") or t.pos in ("VERB", "AUX") for t in toks[k + 1 : i]):
        return None
    return Event([i], (k + 1, i), [(k - 1, k + 1)], "indirect", si)

