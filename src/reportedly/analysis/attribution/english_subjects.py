"""English speakers, round 10: the noun phrase that speaks when the language layer's subject link
misses it — "… declined to comment but said …", "In a statement, the family said: …", "It said …",
"A woman who lives nearby said she …", "Aslef general secretary Mick Whelan said", "…, which said …".
Sentences in tests/attribution/test_english_round10.py.
"""

from __future__ import annotations

from .english_clauses import (
    CONJOINED,
    FINITE_TAGS,
    PEOPLE_WORDS,
    POSSESSOR_PRONOUNS,
    SHARED_ADVERBS,
    SUBJECT_PRONOUNS,
    TRAILING_AUX,
)
from .lexicon import BODY_TAILS_EN
from .messages import QUOTE_MARKS
from .names import known_first_name


def conjoined_subject(toks, i: int, first: int, opening) -> tuple[int, int] | None:
    """ "Jane Roe, a spokeswoman for the firm, declined to comment but said …", "He condemned the
    attack and said …": a cue right after "and"/"but" (adverbs between) shares the subject that opens
    the sentence (`opening` finds it: english.main_subject)."""
    k = i - 1
    while k > first and toks[k].text.lower() in SHARED_ADVERBS:
        k -= 1
    headline_verbs = toks[i].tag == "VVZ" and toks[k].text == "," and any(
        t.tag == "VVZ" for t in toks[first + 1 : k])  # s27: "Zambian opposition rejects result, alleges rigging"
    if k - 2 < first or (toks[k].text.lower() not in CONJOINED and not headline_verbs):
        return None
    if toks[first].text in QUOTE_MARKS or toks[first].quote:
        return None  # '"…," she said and added': the speaker follows the quotation
    src = opening(toks, first, k)
    if src is None:
        return None
    v = next((j for j in range(src[1], k) if toks[j].pos == "VERB"), None)  # the first verb: "called"
    return role_and_name(toks, src, v) if v is not None else src  # round 15: "Unite general secretary X called …"


FRONT_PARTICIPLES = frozenset("speaking writing talking responding commenting addressing asked".split())


def fronted_adjunct_subject(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "In a statement, the family said: …", "Speaking to reporters, Smith said …": the opening
    phrase up to the comma is an adjunct (a preposition or participle, no finite verb), not a fronted
    message; the noun phrase between the comma and the cue is the speaker."""
    t0 = toks[first]
    asked = t0.text == "Asked" or (t0.text == "When" and first + 1 < i and toks[first + 1].text == "asked")
    if not (t0.pos == "ADP" or t0.text.lower() in FRONT_PARTICIPLES or asked) or t0.text.lower() in ("according", "as"):
        return None
    comma = next((k for k in range(first + 1, min(i, first + 14)) if toks[k].text == ","), None)
    if comma is None or any(t.quote for t in toks[first:i]):
        return None
    if not asked and any(t.tag in FINITE_TAGS for t in toks[first:comma]):
        return None  # "Asked if he would resign, Smith replied: …": the question is no message either
    b = i
    while b > comma + 1 and toks[b - 1].text.lower() in TRAILING_AUX | {"has", "had", "have"}:
        b -= 1
    a = comma + 1
    if not 0 < b - a <= 8 or any(t.text in (",", ";", ":") for t in toks[a:b]):
        return None
    if not any(t.pos in ("NOUN", "PROPN", "PRON") or t.text[:1].isupper() for t in toks[a:b]):
        return None
    return a, b


def opening_it(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "It said inflation remained too high.", "It added that …": "it" opening the sentence right before
    a reporting verb is the speaker (an organisation named before), not an expletive."""
    k = i - 1
    while k > first and toks[k].text.lower() in TRAILING_AUX | {"has", "had", "also"}:
        k -= 1
    if k != first or toks[k].text.lower() != "it":
        return None
    if i + 1 < len(toks) and toks[i + 1].text.lower() in ("to", "by"):
        return None  # "It is said to …" never reaches here; "it said to be" either
    return k, k + 1


def trailing_it(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "Inflation remained too high, it said.": "it" between the comma and the cue is the speaker."""
    k = i - 1
    while k > first and toks[k].text.lower() in ("also", "has", "had"):
        k -= 1
    if k - 1 > first and toks[k].text.lower() == "it" and toks[k - 1].text == ",":
        return k, i
    return None


def name_apposition(toks, comma: int, i: int) -> bool:
    """Is the segment between the comma and the cue's comma a short name ("…, Rafael Grossi, said")?"""
    appo = toks[comma + 1 : i - 1]
    return 2 <= len(appo) <= 4 and all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in appo)  # s26:
    # "Gen. Oscar Valdivia"


def place_apposition(toks, comma: int, i: int) -> bool:
    """S27: "… at the company's plant in Huntsville, Alabama, told": the segment before the cue's comma is the
    state or country of a place named after a preposition, so the whole phrase before it is the subject."""
    appo = toks[comma + 1 : i - 1]
    return (
        comma >= 2
        and toks[comma - 2].text.lower() in ("in", "from", "at", "near", "of")
        and toks[comma - 1].pos in ("PROPN", "NOUN")
        and toks[comma - 1].text[:1].isupper()
        and 1 <= len(appo) <= 2
        and all(t.text[:1].isupper() and t.text.isalpha() for t in appo)
        and not known_first_name(appo[0].text)  # "… in Kyiv, Olena Petrenko, said": her name
    )


def subject_before_cue(toks, src: tuple[int, int], i: int, opening) -> tuple[int, int]:
    """The subject the language layer linked may lie after the cue or run over it: "A woman who lives
    nearby said she heard screams" (from "A woman" to "she"), "A man in his 50s told the BBC he …"
    ("the BBC"). When the sentence opens with a noun phrase and no quotation or comma stands between
    it and the cue, the speaker is before the cue (`opening`: english.main_subject)."""
    a, b = src
    k = i - 1
    while k > a and (toks[k].pos == "AUX" or toks[k].text.lower() in TRAILING_AUX):
        k -= 1
    if a < k and b <= i and toks[k].text.lower() in SUBJECT_PRONOUNS and toks[k - 1].text != ",":
        return k, k + 1  # "told the BBC he believed …": the pronoun right before the verb
    if not (a < i < b or a > i):
        return src
    if (inner := _that_clause_subject(toks, i)) is not None:
        return inner  # s19: "told Reuters that Washington did not believe …": the that-clause's subject
    first = i
    sent = toks[i].sent
    while first > 0 and toks[first - 1].sent == sent:
        first -= 1
    if first == i or any(t.quote or t.text in (",", ";", ":") or t.text in QUOTE_MARKS for t in toks[first:i]):
        return src if a > i else (a, i)
    if a < i < b:
        b = i
        while b > a + 1 and (toks[b - 1].pos == "AUX" or toks[b - 1].text.lower() in TRAILING_AUX):
            b -= 1
        return a, b
    found = opening(toks, first, i)
    if found is None:
        return src
    k = i
    while k > found[1] and (toks[k - 1].pos == "AUX" or toks[k - 1].text.lower() in TRAILING_AUX):
        k -= 1
    gap = toks[found[1] : k]
    if 0 < len(gap) <= 8 and all(_nominal(t) for t in gap):
        return found[0], k  # "Some U.S. officials and outside experts worry", "Workers at the X plant in Y say"
    return found


def _that_clause_subject(toks, i: int) -> tuple[int, int] | None:
    """The name or noun phrase between "that" and the cue's auxiliaries ("that Washington did not
    believe"), else None."""
    k = i - 1
    while k > 0 and (toks[k].pos in ("AUX", "PART") or toks[k].text.lower() in ("not", "n't")):
        k -= 1
    start = k
    while start > 0 and k - start < 5 and toks[start].pos in ("PROPN", "NOUN", "ADJ", "DET"):
        start -= 1
    if start == k or toks[start].text.lower() != "that" or toks[start].sent != toks[i].sent:
        return None
    return (start + 1, k + 1) if toks[k].pos in ("PROPN", "NOUN") else None


def _nominal(t) -> bool:
    """A word that can continue a subject noun phrase (a people noun even when tagged as a verb)."""
    if not t.text.isalnum() or (t.pos == "PRON" and t.text.lower() not in POSSESSOR_PRONOUNS):
        return False
    return t.tag not in FINITE_TAGS or t.text.lower() in PEOPLE_WORDS


def name_list(toks, first: int, comma: int) -> bool:
    """ "Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of …, said": an opening list of names (up
    to ten words, capitalised or "and") before the apposition."""
    seg = toks[first:comma]
    return (
        len(seg) <= 10
        and any(t.text == "and" for t in seg)
        and all(t.text[:1].isupper() or t.text in ("and", "&", ".") for t in seg)
    )


def name_with_and(toks, src: tuple[int, int]) -> tuple[int, int]:
    """ "A Department of Health and Social Care spokesperson said": the noun phrase found from the
    cue stops at "and" inside a capitalised name; it reaches back to the determiner that opens it."""
    a, b = src
    if a - 2 < 0 or toks[a - 1].text != "and" or not toks[a].text[:1].isupper() or not toks[a - 2].text[:1].isupper():
        return src
    k = a - 2
    sent = toks[a].sent
    while k - 1 >= 0 and toks[k - 1].sent == sent and (
        toks[k - 1].text[:1].isupper() or toks[k - 1].text.lower() in ("of", "for", "and", "the")
    ):
        k -= 1
    if k - 1 >= 0 and toks[k - 1].sent == sent and toks[k - 1].text.lower() in ("a", "an", "the"):
        k -= 1
    if k > 0 and toks[k - 1].sent == sent and toks[k - 1].text not in (",", ":", ";", "(") and not toks[k - 1].quote:
        return src  # only a phrase that opens its clause
    return k, b


def joint_names(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """ "President Joe Biden and Chancellor Olaf Scholz said": the subject found ends before "and"
    and a second capitalised name runs on up to the cue; both speak (coordination.py splits them)."""
    a, b = src
    if not (b + 2 <= i <= b + 5) or toks[b].text != "and":
        return src
    if toks[i - 1].text.lower() in BODY_TAILS_EN and all(  # s22: "the U.S. Food and Drug Administration said"
            t.text[:1].isupper() and t.text.isalpha() and t.sent == toks[a].sent for t in toks[b + 1 : i]):
        return a, i
    if not toks[a].text[:1].isupper():
        return src
    if all(t.text[:1].isupper() and t.text.isalpha() and t.sent == toks[a].sent for t in toks[b + 1 : i]):
        return a, i
    return src


POSSESSIVE_DETERMINERS = frozenset("his her their its our my".split())


def possessive_run(toks, src: tuple[int, int]) -> tuple[int, int]:
    """ "The company's chief executive said", "The department's press secretary said": the noun phrase
    found ends with the head noun; the lower-case modifiers the tagger misread (as a verb, an adjective)
    and the possessive before them belong to it."""
    a, b = src
    k = a - 1
    while k >= max(0, a - 3) and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].sent == toks[a].sent:
        k -= 1
    if k >= 0 and toks[k].text.lower() in POSSESSIVE_DETERMINERS and toks[k].sent == toks[a].sent:
        return k, b  # "His lawyer said", "Her former adviser said"
    if k < 0 or k == a - 1 or not toks[k].text.lower().endswith(("'s", "’s")) or toks[k].sent != toks[a].sent:
        return src
    while k - 1 >= 0 and toks[k - 1].sent == toks[a].sent and (
        toks[k - 1].text[:1].isupper() or toks[k - 1].text.lower() in ("the", "a", "an")
    ):
        k -= 1  # "The company's", "Downing Street's"
    return k, b


def relative_apposition(toks, first: int, comma: int, i: int) -> bool:
    """ "The Rail Delivery Group (RDG), which represents the train operators, said": a longer opening
    name (an acronym in brackets counts for nothing) with a which/who clause before the cue."""
    words = [t for t in toks[first:comma] if t.text not in ("(", ")")]
    inner = [t for t in toks[first:comma] if t.text == "("]
    size = len(words) - (2 if inner else 0) + (1 if inner else 0)
    return size <= 16 and toks[comma + 1].text.lower() in ("which", "who") and comma + 3 < i  # s30: "A senior official
    # at one of the state's largest utilities, who …, said"; s31: "An aid worker with an international organisation
    # in the nearby town of Tawila, who …, said" (no finite verb before the comma: checked by the caller)


def role_and_name(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """ "Aslef general secretary Mick Whelan said": an organisation's name, a lower-case role and a
    person's full name; the speaker is the person with the role (the shared resolution would take the
    organisation's name, and the language layer may link only that name to the verb)."""
    a, b = src
    if b < i and all(t.text[:1].isupper() or t.text.islower() for t in toks[b:i]) and i - a <= 8:
        b = i  # "Aslef" linked: the phrase runs on to the cue
    if toks[a].text.lower() in ROLE_WORDS:  # s18: "White House press secretary Karine Jean-Pierre told" from
        k = a  # "secretary" ("press" is a verb for the tagger)
        while k - 1 >= 0 and a - k < 4 and toks[k - 1].sent == toks[a].sent and toks[k - 1].text.isalpha() and (
                toks[k - 1].pos not in ("ADP", "DET", "PRON") and toks[k - 1].text.lower() not in ("and", "or")):
            k -= 1
        a = k if k < a and toks[k].text[:1].isupper() else a
    if b - a < 4 or not toks[a].text[:1].isupper() or toks[a].text.lower().endswith(("'s", "’s")):
        return src
    if toks[a].text.lower() in ("a", "an", "the", "one", "two", "his", "her", "its", "their"):
        return src  # "A spokeswoman for Example Motors": no organisation name opens it
    if toks[a].text.lower() in ROLE_WORDS | ROLE_OPENERS:
        return src  # s19: "Chief executive Sam Altman", "Finance chief Arno Antlitz": the role, no organisation
    k = a + 1
    while k < b and toks[k].text[:1].isupper():
        k += 1
    role = k
    while k < b and toks[k].text.islower() and toks[k].text.isalpha() and toks[k].pos != "ADP":
        k += 1
    name = toks[k:b]
    if role == k or not 2 <= len(name) <= 3 or not all(
        t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in name  # s18: "Karine Jean-Pierre"
    ):
        return src
    if not any(t.text.lower() in ROLE_WORDS for t in toks[role:k]):
        return src
    return role, b


ROLE_WORDS = frozenset(
    """secretary chief director president chairman chairwoman chair leader head executive spokesman spokeswoman
    spokesperson minister officer manager founder editor commissioner governor""".split()
)
ROLE_OPENERS = frozenset(
    "deputy senior former vice finance foreign health defence defense interior economy energy transport justice".split()
)
"""Capitalised first words of a role, not of an organisation's name ("Finance chief Arno Antlitz")."""


def which_subject(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "The move was criticised by the union, which said it would fight the plan": the noun phrase
    before ", which" is the speaker of the cue right after it (the shared rule knows only "who")."""
    from .sources import np_tokens

    k = i - 1
    while k > first and toks[k].text.lower() in TRAILING_AUX:
        k -= 1
    if k - 1 > first and toks[k].text.lower() in ("that", "which") and toks[k - 1].pos == "NOUN":
        a, _ = np_tokens(toks, k - 1, first, k)  # s14: "a plan that says …", "a study which found …"
        if a == first or toks[a - 1].pos != "ADP" or (  # not "a factor for a group that …" (round 22 takes it
                a - 2 >= first and toks[a - 2].text.lower() == "according"):  # whole); s22: "according to a poll
            return a, k  # that suggests …"
    if k - 2 < first or toks[k].text.lower() != "which" or toks[k - 1].text != ",":
        return None
    head = k - 2
    if toks[head].text == ")":  # "the Rail Delivery Group (RDG), which said"
        head = next((j for j in range(head - 1, max(first, head - 6) - 1, -1) if toks[j].text == "("), head) - 1
    if head < first or not (toks[head].pos in ("NOUN", "PROPN") or toks[head].text[:1].isupper()):
        return None
    a, b = np_tokens(toks, head, first, head + 1)
    if a - 2 > first and toks[a - 1].text.lower() in ("in", "at", "near", "from") and toks[a - 2].pos == "NOUN":
        a = np_tokens(toks, a - 2, first, a - 1)[0]  # s27: "a research group in Bonn, which estimated": not Bonn
    if a - 2 > first and toks[a - 1].text == "," and toks[a].text.lower() in ("a", "an") and toks[a - 2].text[
            :1].isupper():
        return np_tokens(toks, a - 2, first, a - 1)[0], a - 1  # s27: "the Climate Finance Observatory, a research
        # group in Bonn, which estimated …": the body the apposition describes
    return a, head + 1


def infinitive_subject(toks, i: int, first: int, opening) -> tuple[int, int] | None:
    """ "Smith went on to say that …", "The minister was quick to add that …": the cue is an infinitive;
    its speaker is the subject that opens the sentence (`opening`: english.main_subject)."""
    if i - 2 < first or toks[i - 1].text.lower() != "to" or any(t.text in (",", ";", ":") for t in toks[first:i]):
        return None
    found = opening(toks, first, i - 1)
    return found if found is not None and found[1] < i - 1 else None


CLAUSE_LINKS = frozenset("after before when while because since as until once although though".split())


def subordinate_subject(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """ "Tesla shares fell 12% after chief executive Elon Musk warned that …": a cue inside a subordinate
    clause has the noun phrase between the conjunction and the cue as its speaker, not the main
    clause's subject the language layer linked."""
    a, b = src
    k = i
    while k > b and (toks[k - 1].pos == "AUX" or toks[k - 1].text.lower() in TRAILING_AUX):
        k -= 1
    j = k
    while j > b and toks[j - 1].text.lower() not in CLAUSE_LINKS:
        t = toks[j - 1]
        if t.text in (",", ";", ":") or t.quote or not (t.text.isalnum() or t.text in ("'s", "’s", "-")):
            return src
        j -= 1
    if j <= b or j == k or k - j > 8 or toks[j - 1].text.lower() not in CLAUSE_LINKS:
        return src
    if not any(t.pos in ("NOUN", "PROPN", "PRON") or t.text[:1].isupper() for t in toks[j:k]):
        return src
    if any(t.tag in FINITE_TAGS and t.text.lower() not in ("has", "had", "have") for t in toks[j:k]):
        return src  # "after prices rose, officials said": a clause, not a noun phrase
    return j, k


def noun_run_to_cue(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """ "An Israeli military official said": the language layer linked "Israeli"; the adjectives and
    nouns between it and the cue belong to the subject ("military official")."""
    a, b = src
    while i - 1 > b and toks[i - 1].pos == "ADV" and toks[i - 1].text.endswith("ly"):
        i -= 1  # s18: "… European capitals privately acknowledge": not the adverb
    gap = toks[b:i]
    if not 0 < len(gap) <= 4 or not all(_premodifier(t) and t.text.isalpha() for t in gap[:-1]):
        return src
    last = gap[-1]
    if last.text.lower() in PEOPLE_WORDS or last.text.lower() in ROLE_WORDS:
        return a, i  # "Britain's foreign secretary said": the tagger read "secretary" as an adjective
    if last.pos != "NOUN" or not last.text.isalpha():
        return src
    return a, i


def _premodifier(t) -> bool:
    """A word before a subject's head noun: "Germany's leading economic institutes" ("leading" is a verb
    form for the tagger)."""
    return t.pos in ("ADJ", "NOUN", "PROPN") or (t.tag == "VVG" and t.text.islower())


QUANTIFIERS = frozenset("some many most others those several few one two three all none".split())


def partitive_head(toks, src: tuple[int, int]) -> tuple[int, int]:
    """ "Some in the administration believe …", "Many of the residents said …": the quantifier before
    "in/of/among" is the head of the speaker's phrase, not the group after it."""
    a, b = src
    if a - 2 < 0 or toks[a - 1].text.lower() not in ("in", "of", "among", "within", "at"):
        return src
    q = toks[a - 2]
    if q.text.lower() not in QUANTIFIERS or q.sent != toks[a].sent:
        return src
    if a - 3 >= 0 and toks[a - 3].sent == q.sent and toks[a - 3].text not in (",", ";", ":") and not toks[a - 3].quote:
        return src  # only a phrase that opens its clause
    return a - 2, b


AFFILIATED_ROLES = frozenset("""spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor
    advisors official officials representative representatives staffer staffers""".split())
"""Unnamed speakers whose "for / to / at" phrase says whom they speak for."""


def affiliated(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """ "A spokeswoman for the ministry said", "An official at the embassy said": the phrase between the
    unnamed speaker and the cue names whom they speak for (the Source's affiliation), so it is part of
    the mention; only a short noun phrase ("for the ministry", "to the governor", "for Siemens")."""
    a, b = src
    if (
        b < i
        and i - b <= 6
        and toks[b].text.lower() in ("for", "to", "at")
        and toks[b - 1].text.lower() in AFFILIATED_ROLES
        and all(t.pos in ("DET", "ADJ", "NOUN", "PROPN") or t.text in ("'s", "’s") for t in toks[b + 1 : i])
    ):
        return a, i
    return src


def after_fronted_quote(toks, first: int, i: int) -> int:
    """Round 16: where the clause after a fronted quotation starts ('"This is a disaster," one economist
    said, warning that …': "one"), else `first`."""
    if toks[first].text not in ('"', "“", "”", "„", "«", "»"):
        return first
    k = first + 1
    while k < i and (toks[k].quote or toks[k].text in ('"', "“", "”", "„", "«", "»", ",")):
        k += 1
    return k if k < i else first


def after_fronted_pp(toks, first: int, i: int) -> int:
    """Where the clause starts after a fronted prepositional phrase and its comma ("In an interview with
    Fox News, …", "On Friday, …"), else `first`."""
    if toks[first].pos != "ADP" and toks[first].text.lower() not in ("in", "on", "at", "during", "after", "before"):
        return first
    c = next((k for k in range(first + 1, i) if toks[k].text == ","), None)
    if c is None or c + 1 >= i or any(t.pos in ("VERB", "AUX") or t.quote for t in toks[first:c]):
        return first
    return c + 1


def repaired_subject(toks, np: tuple[int, int], first: int) -> tuple[int, int]:
    """S31: the parser's subject repaired where it linked an acronym in brackets ("Officials of the Greater
    Hyderabad Municipal Corporation (GHMC), however, insisted") or took in the noun a relative clause hangs on ("a
    six-week bench trial last year in which several venue operators testified": the operators)."""
    a, b = np
    if a - 2 >= first and toks[a - 1].text == "(":
        return before_label(toks, a - 1, first), b
    which = next((k for k in range(a + 1, b - 1) if toks[k].text.lower() in ("which", "whom") and toks[
        k - 1].pos == "ADP"), None)
    return (which + 1, b) if which is not None else np


def before_label(toks, k: int, first: int) -> int:
    """S31: where the noun phrase ends in the bracket at k opens ("Officials of the Greater Hyderabad Municipal
    Corporation (GHMC)", whose acronym the parser took for the subject): its first token, through "of" phrases."""
    from .phrases import np_tokens  # late: phrases imports modules that import this one

    a = np_tokens(toks, k - 1, first, k)[0]
    while a - 2 >= first and toks[a - 1].text.lower() == "of" and toks[a - 2].pos in ("NOUN", "PROPN"):
        a = np_tokens(toks, a - 2, first, a - 1)[0]
    return a


def relative_then_and_who(toks, first: int, comma: int, i: int) -> int | None:
    """Where "who" opens a relative clause on the opening noun phrase when ", and who …," follows it before the cue:
    the speaker is the noun phrase before "who"."""
    who = next((k for k in range(first + 1, comma) if toks[k].text.lower() == "who"), None)
    if who is None or toks[who - 1].pos not in ("NOUN", "PROPN") or comma + 2 >= i:
        return None
    return who if toks[comma + 1].text.lower() == "and" and toks[comma + 2].text.lower() == "who" else None


def and_body_end(toks, b: int, i: int) -> int:
    """Past "and" and up to three capitalised words ending in a word for a body, which continue one name."""
    if b >= i or toks[b].text != "and" or not toks[b - 1].text[:1].isupper():
        return b
    j = b + 1
    while j < i and j - b <= 3 and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1
    portfolio = b > 2 and toks[b - 2].text == "of" and toks[b - 3].text.lower() in PORTFOLIO_HEADS  # s32: "The
    # Ministry of Trade and Industry separately said"
    return j if j > b + 1 and (toks[j - 1].text.lower() in BODY_TAILS_EN or portfolio) else b


PORTFOLIO_HEADS = frozenset("ministry department minister secretary office committee".split())
