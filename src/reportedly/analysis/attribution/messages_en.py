"""English message bounds: adjuncts after "said" ("on Tuesday", "in a statement"), number phrases that
open a complement, a trailing ", an official said" that closes an outer report, a clause followed by
", but warned …" (moved out of messages.py, round 18)."""

from __future__ import annotations


def coordinated_verb(tokens, a: int, comma: int, k: int, end: int) -> bool:
    """[a, comma) is a clause with its own finite verb, and ", but/and warned …" after the comma goes on
    with the speaker's next verb: the clause is the message."""
    if k + 1 >= end or tokens[k].text.lower() not in ("but", "and") or tokens[k + 1].pos != "VERB":
        return False
    return comma - a >= 3 and tokens[a].pos in ("DET", "NOUN", "PROPN", "PRON") and any(
        t.tag in ("VVD", "VVN", "VVZ", "VBD", "VBZ", "VHD", "VHZ", "VM0") for t in tokens[a + 1 : comma] if not t.quote
    )


QUANTITY_OPENERS_EN = frozenset("about around almost nearly more fewer less over under up only some roughly".split())


def quantity_opens(tokens, k: int, end: int) -> bool:
    """ "at least 12 people", "more than 100", "nearly 40": a number phrase opens the clause."""
    low = tokens[k].text.lower() if k < end else ""
    nxt = tokens[k + 1].text.lower() if k + 1 < end else ""
    if low == "at" and nxt in ("least", "most"):
        return True
    return low in QUANTITY_OPENERS_EN and (
        tokens[k + 1].pos == "NUM" or nxt in ("than", "a", "half", "two", "three", "one") if k + 1 < end else False
    )


WEEKDAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS_EN = frozenset("january february march april may june july august september october november december".split())
STATEMENT_NOUNS_EN = frozenset("statement interview report letter post tweet briefing email memo note filing".split())


DAY_PARTS_EN = frozenset("morning afternoon evening night".split())
BARE_CLAUSE_VERBS = frozenset(
    "reported reports wrote writes added adds warned warns argued argues claimed claims".split())
"""Verbs whose complement may go without "that" but also take an object ("reported the attack")."""


def clause_follows(tokens, k: int, end: int) -> bool:
    """S29: "reported England were considering …": a short noun phrase at k and then a finite verb, so the words after
    the cue are a clause, not the verb's object."""
    j = k
    while j < end and j - k < 5 and tokens[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"):
        j += 1
    return k < j < end and "VerbForm=Fin" in tokens[j].morph and tokens[j].pos in ("VERB", "AUX")


def skip_adjuncts(tokens, k: int, end: int) -> int:
    """After "said": skip "on Tuesday", "last week", "in a statement", "on X" so the complement
    clause that follows is found ("The ministry said on Tuesday it was investigating")."""
    for _ in range(3):
        low = tokens[k].text.lower() if k < end else ""
        nxt = tokens[k + 1].text.lower() if k + 1 < end else ""
        if low in ("on", "last", "this") and (nxt in WEEKDAYS_EN or nxt in ("week", "month", "year", "night")):
            k += 2
            if k < end and tokens[k].text.lower() in DAY_PARTS_EN:
                k += 1  # s29: "said on Sunday evening no agreement had been reached"
        elif low in ("yesterday", "today", "earlier", "later") or low in WEEKDAYS_EN:
            k += 1
        elif low == "in" and nxt in MONTHS_EN:
            k += 2  # s23: "The Wall Street Journal reported in August, citing …, that …"
        elif low == "on" and k + 1 < end and tokens[k + 1].text[:1].isupper() and (
            j := _after_name(tokens, k + 1, end)
        ):
            k = j  # s18: "said on CNN the situation was serious", "said on BBC Radio 4 that …"
        elif low == "in" and nxt in ("a", "an", "the", "its", "his", "her", "their"):
            stop = next(
                (j for j in range(k + 2, min(end, k + 5)) if tokens[j].text.lower() in STATEMENT_NOUNS_EN), None
            )
            if stop is None:
                break
            k = stop + 1
            if k + 1 < end and tokens[k].text.lower() == "to" and tokens[k + 1].pos in ("NOUN", "PROPN", "DET"):
                k += 2 + (tokens[k + 1].pos == "DET")  # s29: "said in a memo to clubs last week the cap would …"
        elif low == "," and nxt == "citing" and (close := next(
                (j for j in range(k + 2, min(end, k + 14)) if tokens[j].text == ","), None)) is not None:
            k = close + 1  # s23: "reported last month, citing people familiar with the matter, that …"
        else:
            break
    return k


def _after_name(tokens, k: int, end: int) -> int:
    """The token after a short capitalised name at k when a clause opens there ("CNN the situation …"), else 0."""
    j = k
    while j < min(end, k + 4) and (tokens[j].text[:1].isupper() or tokens[j].text.isdigit()):
        j += 1
    if j >= end or j == k:
        return 0
    return j if tokens[j].text.lower() == "that" or tokens[j].pos in ("PRON", "DET") else 0


FINDING_TAILS = frozenset("showed shows show found finds revealed reveals indicated indicates".split())


def trailing_cue(tokens, k: int, end: int) -> bool:
    """Round 16: ", a source close to the investigation told the BBC." closes the sentence's outer report, so
    a report inside it ("Investigators believe the money was …") ends at that comma."""
    if tokens[k].text != "," or tokens[k].quote:
        return False
    for j in range(k + 1, min(end, k + 9)):
        low = tokens[j].text.lower()
        if low in ("said", "told", "added", "says", "tells", "reported", "wrote") or (
            low in FINDING_TAILS and (j + 1 >= end or tokens[j + 1].text in (".", ",", ";"))
        ):  # s20: "…, the minutes showed." closes the sentence too (not "…, the data show that …")
            if j == k + 1 and low in ("said", "says") and k + 2 < end:  # s31: "…, said Forest & Bird regional
                stop = next((c for c in range(k + 2, end) if tokens[c].text == ","), end)  # manager Alastair Moore."
                return (tokens[k + 2].pos in ("PROPN", "DET", "NOUN") or tokens[k + 2].text[:1].isupper()) and all(
                    t.pos not in ("VERB", "AUX") for t in tokens[k + 2 : stop])
            return j > k + 1 and all(t.pos not in ("VERB", "AUX") for t in tokens[k + 1 : j])
        if tokens[j].text in (",", ";", ":") or tokens[j].quote:
            return False
    return False


def closing_finding(tokens, i: int, first: int, end: int) -> bool:
    """S20: "…, a new YouGov poll for The Times shows.", "…, data from the exchange showed.": a finding verb
    closing the sentence after a comma and a noun phrase reports the clause before (no "that" needed)."""
    from .messages import content_end  # messages imports this module

    if tokens[i].text.lower() not in FINDING_TAILS:
        return False
    j = i + 1 + (i + 1 < end and tokens[i + 1].text.lower() in WEEKDAYS_EN)  # s29: "…, a poll found Wednesday, with …"
    if j >= end or not ((tokens[j].text in (".", "!") and content_end(tokens, first, end) == j) or (
            tokens[j].text == "," and j + 1 < end and tokens[j + 1].text.lower() in ("with", "as", "while"))):
        return False  # a full stop ends it, not a line break
    c = next((k for k in range(i - 1, max(first, i - 16), -1) if tokens[k].text == ","), None)
    if c is None or c - first < 3 or tokens[c].quote:
        return False
    b = i - (tokens[i - 1].text.lower() in ("has", "have", "had"))  # s29: "…, a national survey has found."
    np = tokens[c + 1 : b]
    return any(t.pos in ("NOUN", "PROPN") for t in np) and not any(t.pos in ("VERB", "AUX") and not (
        t.tag == "VVN" and tokens[t.i - 1].pos == "NOUN") for t in np)  # s29: "… survey published in the …"


def narrator_as(tokens, k: int, end: int) -> bool:
    """S9: "…, as Moscow's forces pressed their offensive in the east": an as-clause with a subject and a
    past-tense verb of its own after the reported clause is the writer's context, not the speaker's words
    (not "as expected", "as well as")."""
    if tokens[k].text != "," or k + 3 >= end or tokens[k + 1].text.lower() != "as" or tokens[k].quote:
        return False
    nxt = tokens[k + 2]
    if nxt.pos not in ("DET", "PROPN", "NOUN", "PRON") or nxt.text.lower() in ("well", "much", "many", "soon", "long"):
        return False
    return any(t.tag == "VVD" or t.tag in ("VBD", "VDD", "VHD") for t in tokens[k + 3 : min(end, k + 9)])


def that_follows(tokens, i: int, end: int) -> bool:
    """ "found that …", "showed on Monday that …": a that-clause within a few tokens after the verb."""
    return any(tokens[k].text.lower() == "that" for k in range(i + 1, min(end, i + 5)))


CLAIM_NOUNS = frozenset("claims claim allegations allegation charges charge accusations".split())


def claim_apposition(tokens, k: int, end: int) -> bool:
    """Round 18: ", claims the company strongly denies." — a noun in apposition to the clause before it,
    with a relative clause of its own ("the company denies"): no cue; the clause before ends at k. S17: also
    ", a claim that could not be independently verified"."""
    if tokens[k].text != "," or k + 3 >= end:
        return False
    if tokens[k + 1].text.lower() in ("a", "an") and tokens[k + 2].text.lower() in CLAIM_NOUNS and (
        tokens[k + 3].text.lower() in ("that", "which")
    ):
        return True  # s17: "…, a claim that could not be independently verified": the writer's comment
    if tokens[k + 1].text.lower() not in CLAIM_NOUNS:
        return False
    j = k + 2
    while j < end and tokens[j].pos in ("DET", "ADJ", "NOUN", "PROPN"):
        j += 1
    if j < end and j - 1 > k + 3 and tokens[j].pos == "PUNCT" and tokens[j - 1].text.endswith(("s", "ed")):
        j -= 1  # s19: "…, claims the company denies.": the verb read as a plural noun ends the phrase
    if j == k + 2:
        return False
    while j < end and tokens[j].pos == "ADV":
        j += 1
    return j < end and tokens[j].text.islower() and tokens[j].text.endswith(("s", "ed")) and tokens[j].pos in (
        "VERB", "NOUN"
    )


def named_as(tokens, i: int, end: int) -> bool:
    """Round 18: "called" names what something is in quotation marks ("called the deal "an insult"",
    "called it a "betrayal"") or asks for something ("called for", "called on"): a report."""
    if i + 1 < end and tokens[i + 1].text.lower() in ("for", "on"):
        return True
    if i + 1 < end and tokens[i + 1].text in ('"', "“") and i > 0 and tokens[i - 1].pos == "NOUN" and (
            tokens[i - 1].text.islower()):
        return False  # s18: 'a Telegram channel called "Middle East Spectator"': its name
    if any(tokens[k].text in ('"', "“") for k in range(i + 2, min(end, i + 7))):
        return True
    if any(_predicative(tokens, k, end) for k in range(i + 2, min(end - 1, i + 6))):
        return True  # s34: "called the ruling harsh but consistent": an object, then what it is said to be
    j = i + 1  # s19: "called the agreement a significant step": an object, then what it is called
    while j < end and j - i <= 5 and (tokens[j].pos in ("DET", "ADJ", "NOUN", "PROPN") or tokens[j].text == "it"):
        if j > i + 1 and tokens[j].text.lower() in ("a", "an"):
            rest = {t.text.lower() for t in tokens[j + 1 : min(end, j + 5)]}
            return not rest & {"day", "week", "month", "year", "time", "few", "number"}
        j += 1
    return False


def _predicative(tokens, k: int, end: int) -> bool:
    """An adjective after the object's noun at k - 1 ("the ruling harsh", "the move unacceptable"), or two joined by
    "but"/"and" whatever the tagger made of the first ("harsh (NN1) but consistent")."""
    if tokens[k - 1].pos != "NOUN" or not tokens[k].text.islower():
        return False
    if tokens[k].pos == "ADJ":
        return k + 1 >= end or tokens[k + 1].pos not in ("NOUN", "PROPN")
    return k + 2 < end and tokens[k + 1].text in ("but", "and") and tokens[k + 2].pos == "ADJ"


def recalled_goods(tokens, i: int, end: int) -> bool:
    """Round 18: "recalls 2 million cars", "recalled 50,000 vehicles over …": a number or a noun phrase of
    goods right after "recall", with no that-clause or quotation after it."""
    nxt = tokens[i + 1] if i + 1 < end else None
    if nxt is None or nxt.pos not in ("NUM", "DET", "NOUN", "ADJ"):
        return False
    rest = [t.text.lower() for t in tokens[i + 1 : min(end, i + 8)]]
    return "that" not in rest and not any(t in ('"', "“") for t in rest) and (
        nxt.pos == "NUM" or any(w in RECALLED for w in rest)
    )


RECALLED = frozenset("cars vehicles models products units devices batches trucks phones".split())



PASSIVE_REPORTS = frozenset(
    "denied confirmed rejected criticised criticized condemned welcomed praised disputed dismissed questioned "
    "challenged announced".split()
)
PASSIVE_AUX = frozenset("was were is are been being be".split())
PERFECT_PASSIVE_AUX = PASSIVE_AUX | {"has", "have", "had"}


def passive_by(tokens, i: int, first: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """S10: "The claims were denied by the company", "The figures were confirmed by the ministry": the
    by-phrase is the speaker and the subject before the auxiliary what they said; (source, message) or None."""
    if tokens[i].text.lower() not in PASSIVE_REPORTS or i - 1 <= first or i + 2 >= end:
        return None
    if tokens[i - 1].text.lower() not in PASSIVE_AUX or tokens[i + 1].text.lower() != "by":
        return None
    aux = i - 1
    while aux - 1 > first and tokens[aux - 1].text.lower() in PERFECT_PASSIVE_AUX:
        aux -= 1  # "have been denied"
    if aux - first > 10 or any(t.text in (",", ";", ":") or t.quote for t in tokens[first:aux]):
        return None
    stop = next((k for k in range(i + 2, end) if tokens[k].text in (",", ".", ";", ":", "!", "?")), end)
    if stop - (i + 2) > 8 or not any(t.pos in ("NOUN", "PROPN") for t in tokens[i + 2 : stop]):
        return None
    return (i + 2, stop), (first, aux)


TOLD_WORDS = frozenset("warned told informed advised asked".split())
TOLD_OBJECTS = frozenset("about of against to by on".split())


def told_in_passive(toks, i: int, first: int, end: int) -> bool:
    """A passive "warned"/"told" reports words said to its subject, by no one named here: "Ministers had been warned
    about the risks"; s23: "The health secretary was privately warned … that …", "Passengers were told not to
    travel" (not "was warned by X", "were told reporters")."""
    low = toks[i].text.lower()
    if low not in TOLD_WORDS or i + 1 >= end:
        return False
    nxt = toks[i + 1].text.lower()
    if i - 1 >= first and toks[i - 1].text.lower() in PASSIVE_AUX and nxt in TOLD_OBJECTS:
        return True
    aux = i - 1 - (i - 2 >= first and toks[i - 1].pos == "ADV")
    return low != "asked" and aux > first and toks[aux].text.lower() in PASSIVE_AUX and nxt not in ("by", "reporters")


DISMISSED_PEOPLE = frozenset(
    "manager coach head boss chief executive director minister officer officers staff workers employees player".split())
"""Objects of "dismissed" that are people: sacked, not a claim rejected ("dismissed manager Dean Carver")."""


def dismissed_someone(tokens, i: int, end: int) -> bool:
    """S33: "Hartley Rovers have dismissed manager Dean Carver", "dismissed him": someone was sacked, nothing was
    said; "dismissed Smith's claims" and "dismissed the report as …" stay reports."""
    if tokens[i].text.lower() not in ("dismissed", "dismisses", "dismiss") or i + 1 >= end:
        return False
    j = i + 1 + (tokens[i + 1].text.lower() in ("the", "its", "their", "his", "her", "a"))
    if j >= end:
        return False
    nxt = tokens[j]
    possessive = j + 1 < end and tokens[j + 1].text in ("'s", "’s", "'", "’")
    if nxt.text.lower() in ("him", "her", "them") or nxt.text.lower() in DISMISSED_PEOPLE and not possessive:
        return True  # not "dismissed the minister's remarks"
    return nxt.pos == "PROPN" and j + 1 < end and tokens[j + 1].pos == "PROPN" and tokens[j + 1].text not in (
        "'s", "’s") and nxt.ent.endswith("PER")


DEAL_NOUNS = frozenset("offer offers bid bids approach proposal takeover deal merger request application".split())
"""Objects of "rejected" that are offers and requests: turned down, no claim rejected."""


def rejected_offer(tokens, i: int, end: int) -> bool:
    """S34: "Harrow & Finch has rejected a £1.9 billion takeover approach": an offer turned down, nothing said;
    "rejected the claims" and "rejected suggestions that …" stay reports."""
    if tokens[i].text.lower() not in ("rejected", "rejects", "reject") or i + 1 >= end:
        return False
    head = next((k for k in range(i + 1, min(end, i + 9)) if tokens[k].text.lower() in DEAL_NOUNS), None)
    return head is not None and not any(t.text in (",", ".", ";", ":") or t.text.lower() in ("that", "as", "claims")
                                        for t in tokens[i + 1 : head])


def added_to(tokens, i: int, end: int) -> bool:
    """S34: "water companies have added lithium to tap water", "added 200 jobs to its workforce": something put
    into something, nothing said; "added that …", "added the plan would work" stay reports."""
    if tokens[i].text.lower() not in ("added", "adds", "add", "adding") or i + 1 >= end:
        return False
    if tokens[i + 1].pos not in ("DET", "NOUN", "ADJ", "NUM", "PROPN") or tokens[i + 1].text.lower() == "that":
        return False
    to = next((k for k in range(i + 2, min(end, i + 7)) if tokens[k].text.lower() in ("to", "into")), None)
    return to is not None and not any(t.pos in ("VERB", "AUX") or t.text in (",", ":") for t in tokens[i + 1 : to])
