"""English names inside a source mention. English has no entity tags here, so a name is a run of
capitalised words that are no role, honorific or speaker noun; organisation names go on over "of".
"""

from __future__ import annotations

import re

from .bodies_named_en import BODY_HEADS_EN
from .lexicon import (
    ANON_HEADS,
    ANON_HEADS_EN,
    BODY_TAILS_EN,
    CALENDAR_WORDS,
    DOC_HEADS,
    GOVERNMENT_PLACES,
    HONORIFICS,
    MEDIA_HEADS,
    OBTAINED_WORDS,
    ORG_NAMES_EN,
    ORG_NOUNS_EN,
    TITLES,
)
from .names import NAME_PARTICLES, doc_noun, known_first_name, media_noun, org_word
from .speakers import COMPANY_NOUNS, is_person_noun, is_person_role

NAME_WORDS_TOO = frozenset(
    "national nationals citizen citizens student students farmer driver pilot".split())
"""S29: unnamed people's heads ("a Sudanese national") that, capitalised, are words of names ("National Unity
Government", "Citizens Advice")."""
MEDIA_NAME_WORDS = frozenset("times journal tribune gazette herald telegraph".split())
"""Capitalised, these are part of an outlet's name ("the Times", "the Wall Street Journal")."""
TITLES_EN = frozenset(
    "mp mep sen rep gov lt col gen sgt capt adm brig maj cmdr supt insp det cllr prof commissioner chairman "
    "chair chairwoman ceo director detective inspector sergeant superintendent speaker kc qc obe mbe cbe sheriff "
    "undersheriff marshal special agent "
    "colonel commodore admiral lieutenant brigadier mla mlc mpp msp".split()  # s25: "Nevada County
)  # Sheriff Dale Harmon", "Special Agent X"; s28: "Coast guard spokesman Commodore Ramon Villanueva"
"""English short titles before a name ("Local MP Sarah Green", "Sen. Elizabeth Warren"; s31: India's "BRS MLA M.
Venkatesh Goud"): no part of it."""
OFFICE_NAMES_EN = frozenset("office department bureau service".split())
"""Last words of English bodies named after an office holder ("the U.S. Attorney's Office"): one name."""
QUANTIFIERS_EN = frozenset("multiple several many some numerous various few most other".split())
"""Quantifiers before an affiliation ("Multiple sources told CNN"): no part of it."""
SENTENCE_OPENERS = frozenset(".!?:;\"“”‘’«»\n")


def _common_noun(t) -> bool:
    return t.pos == "NOUN" and t.text.islower()


PARTICLE_NAME = re.compile(r"^(?:al|el|ul|bin|ibn|abu|ben)-[A-Z][a-z]")
"""An Arabic surname joined to its article or "son of" particle, in lower case."""


NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ch")
"""S27: how English nationality adjectives end ("Ukrainian", "Chinese", "Israeli", "French"): an affiliation, not a
name."""


def english_names(content: list, tokens=None) -> list:
    """English capitalises names only: the last run of capitalised words before any comma that are
    no role, honorific or common speaker noun ("Transport Secretary Grant Shapps" -> Grant Shapps).
    Inside a sentence a capitalised word is a name whatever the tagger says ("King" as VERB)."""
    comma = next((k for k, t in enumerate(content) if t.text == "," or t.text == "(" and k), len(content))  # s22:
    # not the party label of "Sen. Margaret Hollis (D-Vt.)"
    t_first = content[0].i if content else -1
    runs: list[list] = [[]]
    for n, t in enumerate(content[:comma]):
        low = t.text.lower()
        if low in NAME_PARTICLES and t.text.islower() and n + 1 < comma:
            j = n + 1
            while j < comma and content[j].text in NAME_PARTICLES:
                j += 1  # s10: "von der Leyen"
            if j < comma and content[j].text[:1].isupper() and (runs[-1] or content[j].pos == "PROPN"):
                runs[-1].append(t)  # s7: "Max von Thun"
                continue
        if PARTICLE_NAME.match(t.text):
            runs[-1].append(t)  # s18: "Majed al-Ansari", "Abdel Fattah el-Sisi"
            continue
        if runs[-1] and t.text[:1].isupper() and t.text.isalpha() and low in ANON_HEADS_EN | PEOPLE_TAILS and any(
                w.text.lower() in ORG_RUN_WORDS for w in content[:n]):
            runs[-1].append(t)  # s19: "… of Machinists and Aerospace Workers": people named inside a body's name
            continue
        if t.text[:1].isupper() and t.text.isalpha() and low in ANON_HEADS_EN | PEOPLE_TAILS and _body_after(
                content, n, comma):
            runs[-1].append(t)  # s28: "The Aviation Workers' Union": the people's word inside the union's name
            continue
        if t.text in ("'", "’") and runs[-1] and runs[-1][-1].text.endswith("s") and _body_after(content, n - 1, comma):
            runs[-1].append(t)  # the plural possessive's apostrophe, a token of its own
            continue
        inner = (
            tokens is not None
            and t.i > 0
            and tokens[t.i - 1].text not in SENTENCE_OPENERS
            and tokens[t.i - 1].sent == t.sent  # a headline without a full stop ends a sentence too
        )
        linked = n + 1 < comma and content[n + 1].text in ("Without", "Sans")  # s29: "Doctors Without Borders"
        if tokens is not None and t.i > 1 and tokens[t.i - 1].text in '"”’' and tokens[t.i - 2].text == ",":
            inner = True  # '"We will fight," Johnson told reporters': after a quote, not a sentence start
        if (
            t.text[:1].isupper()
            and (
                t.pos not in ("PRON", "DET", "ADV", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "NUM")
                or (inner and t.pos != "PRON" and low != "i")
                or low in GOVERNMENT_PLACES  # "Moscow" tagged a verb at the sentence start
                or low in ORG_NAMES_EN  # s18: "Amnesty International" ("Amnesty" tagged an adverb)
            )
            and not (
                (t.pos == "NOUN" or (t.pos == "ADJ" and not low.endswith(NATIONALITY_ENDINGS)))
                and t.ent == "O" and t.i == t_first and not inner and low not in GOVERNMENT_PLACES
                and (len(content) == 1 or (n + 1 < comma and _common_noun(content[n + 1])))
            )  # "Officials said", s7: "Emergency services in the region said", s27 "Small island states said" (not
            # a nationality: "Ukrainian commanders" are affiliated): no name
            and t.text.replace(".", "").replace("-", "").replace("'", "").isalpha()
            and low not in HONORIFICS
            and low not in CALENDAR_WORDS  # s18: "court documents unsealed on Tuesday": no name
            and not low.endswith(MODIFIER_TAILS)  # s19: "a UN-backed hunger monitor": no name
            and not (low.endswith(("ish", "ese", "ian")) and n + 1 < comma and content[n + 1].text in COMPANY_NOUNS)
            # s19: "The Swedish company said": a nationality before a word for a company is no name
            and low.rstrip(".") not in TITLES_EN
            and (low not in ANON_HEADS or _surname_after_first_name(content, n) or linked)  # s18: "Michael Mann"
            and (low not in ANON_HEADS_EN or low in NAME_WORDS_TOO or linked)  # round 18: "Paramedics said",
            # "Several MPs said": unnamed people; s29: but "The National Elections Jury" ("a Sudanese national")
            and (low not in MEDIA_HEADS or low in MEDIA_NAME_WORDS)
            and (low not in DOC_HEADS or inner and bool(runs[-1]))  # s22: "the U.S. Geological Survey"
            and not (doc_noun(low) and not inner)  # "Data from the statistics office"
            and not (not inner and _modifier(t, content))  # "State media", "Local media": no names
            and (_company_word(t, tokens) or not (is_person_role(low) or (is_person_noun(low) and t.ent == "O")) or (
                n + 1 < comma and content[n + 1].text.lower() in ORG_RUN_WORDS))  # s18: "The Justice Department"
        ):
            runs[-1].append(t)
        elif runs[-1] and low.endswith(MODIFIER_TAILS) and t.text[:1].isupper():
            runs[-1] = []  # s24: "The New Jersey-based company": the place modifies the company, no name
        elif runs[-1]:
            runs.append([])
    runs = _join_of(content[:comma], [r for r in runs if r], tokens)
    gap = [t.text for t in tokens[runs[-2][-1].i + 1 : runs[-1][0].i]] if len(runs) >= 2 and tokens else None
    if gap == ["&"] or gap == ["and"] and (runs[-1][-1].text.lower() in BODY_TAILS_EN or (
            runs[-1][-1].i + 1 < len(tokens) and tokens[runs[-1][-1].i + 1].text.lower() in BODY_TAILS_EN)):
        runs[-2:] = [runs[-2] + [tokens[runs[-2][-1].i + 1]] + runs[-1]]  # s22: "the U.S. Food and Drug
        # Administration"; s26: "the Driver and Vehicle Licensing Agency" (the tail word left out of the run); s34:
        # "Harrow & Finch" (a firm, whatever follows)
    if runs and _place_after_head(content, runs[-1][0]):
        runs.pop()  # "The health ministry in Gaza said": the place is no name of the ministry
    if len(runs) >= 2 and len(runs[-2]) >= 2 and not any(t.text.lower() in ORG_RUN_WORDS for t in runs[-2]):
        gap = [t.text.lower() for t in content if runs[-2][-1].i < t.i < runs[-1][0].i]
        if gap in (["of"], ["at"], ["from"], ["of", "the"], ["at", "the"], ["from", "the"]):
            return runs[-2]  # "John Doe of Example Securities": the person, not the firm
    if runs and len(runs[-1]) >= 3 and tokens is not None and runs[-1][0].i >= 2:
        of, title = tokens[runs[-1][0].i - 1], tokens[runs[-1][0].i - 2]
        if of.text == "of" and (is_person_role(title.text) or title.text.lower() in TITLES):
            return runs[-1][1:]  # "Secretary of State Antony Blinken": the department is no part of the name
    return runs[-1] if runs else []


def _place_after_head(content: list, first) -> bool:
    """Does the run open a place phrase after a lower-case head noun ("ministry in Gaza"), or say where a
    person comes from ("A hospital manager from Ohio", s20)?"""
    n = next((k for k, t in enumerate(content) if t is first), 0)
    while n >= 3 and content[n - 1].pos == "ADJ" and content[n - 1].text.islower() and content[n - 2].text in (
            "from", "in"):
        n -= 1  # s24: "A delegate from an oil-producing Gulf state"
    if n < 2 or not (content[n - 2].text.isalpha() and content[n - 2].text.islower()):
        return False
    if content[n - 1].text == "from":
        return is_person_noun(content[n - 2].text) or content[n - 2].text in ANON_HEADS_EN  # s24: "A delegate from"
    if content[n - 1].text == "to" and content[n - 2].text == "close" and n >= 3:  # s20: "A Democratic strategist
        low = content[n - 3].text.lower()  # close to the White House", "a source close to the Kremlin"
        return is_person_noun(low) or low in ANON_HEADS or low in ANON_HEADS_EN
    return content[n - 1].text in ("in", "near") and content[n - 2].pos == "NOUN"


def _surname_after_first_name(content: list, n: int) -> bool:
    """A capitalised word after a name that is a German people noun too ("Michael Mann", "Thomas Frau")."""
    return n > 0 and content[n - 1].pos == "PROPN" and content[n - 1].text[:1].isupper() and (
        content[n - 1].text.isalpha() and content[n].text[:1].isupper())


def _company_word(t, tokens) -> bool:
    """ "General Motors", "General Electric", "General Mills": "General" before a plural noun or an
    adjective is part of a company's name; before a surname ("General Milley") it is a title."""
    if tokens is None or t.text != "General" or t.i + 1 >= len(tokens):
        return False
    nxt = tokens[t.i + 1]
    low = nxt.text.lower()
    return (
        nxt.text[:1].isupper()
        and not nxt.ent.endswith("PER")
        and (nxt.tag == "NN2" or nxt.pos == "ADJ" or low in AFTER_GENERAL or low in ORG_RUN_WORDS)
    )


AFTER_GENERAL = frozenset("motors electric mills dynamics atomics assembly secretariat".split())
"""Words after "General" that the tagger reads as a singular noun but that make a name ("General Electric",
"the UN General Assembly")."""


def _modifier(t, content: list) -> bool:
    """A sentence-initial capitalised word before a common noun that is no speaker noun of its own:
    "State media", "Local media" (but "Kremlin spokesman": the affiliation of an anonymous source)."""
    k = next((k for k, c in enumerate(content) if c is t), None)
    if k is None or k + 1 >= len(content):
        return False
    nxt = content[k + 1]
    low = nxt.text.lower()
    if t.text.lower() in PLAIN_ADJECTIVES and nxt.text[:1].islower():
        return True  # s18: "Independent experts said": no affiliation "Independent"
    return (
        nxt.pos == "NOUN"
        and nxt.text[:1].islower()
        and low not in ANON_HEADS
        and not is_person_noun(low)
        and not is_person_role(low)
        and (low in MEDIA_HEADS or doc_noun(low))
    )


PLAIN_ADJECTIVES = frozenset(
    """independent senior leading prominent top local outside unnamed legal medical scientific economic financial
    political academic""".split())  # s22: "Legal scholars said" (affiliation "Legal")
"""Adjectives that open a sentence before unnamed speakers, capitalised only there."""


MODIFIER_TAILS = ("-backed", "-led", "-based", "-funded", "-run", "-owned", "-linked", "-aligned", "-allied", "-elect")
"""Hyphenated modifiers made of a name and a participle ("UN-backed", "Iran-aligned", "state-run") and titles
that are no name ("President-elect")."""
PEOPLE_TAILS = frozenset("workers scientists engineers teachers nurses doctors employees".split())
"""Plural people nouns that end organisations' names ("United Auto Workers", "Union of Concerned Scientists")."""
ORG_RUN_WORDS = frozenset(
    """office institute bank university department ministry council committee board commission authority agency
    centre center society association federation union league court chamber chambers school college museum fund
    organisation organization bureau service foundation academy centers centres panel""".split()
)
"""English organisation words whose name goes on after "of"/"for": "Office for National Statistics"."""


def _body_after(content: list, n: int, stop: int) -> bool:
    """S28: an organisation word follows word n of the mention, past an apostrophe ("Workers' Union",
    "Nurses Association")."""
    k = n + 1
    if k < stop and content[k].text in ("'", "’"):
        k += 1
    return k < stop and content[k].text[:1].isupper() and content[k].text.lower() in ORG_RUN_WORDS


def _linked_words(gap: list) -> bool:
    """S9: "for the Study of" between "Institute" and "War": links and capitalised words the tagger left out."""
    return 2 < len(gap) <= 5 and gap[0].text in ("of", "for") and all(
        t.text in ("of", "for", "the", "and", "on") or (t.text[:1].isupper() and t.text.isalpha()) for t in gap
    ) and gap[-1].text in ("of", "for", "the", "and", "on")


def _join_of(content: list, runs: list, tokens=None) -> list:
    """Join "Bank" + "of" + "England", "Institute" + "for the" + "Study of War" into one run when the
    run before the preposition holds an organisation word (not "John Doe of Example Securities")."""
    if len(runs) < 2:
        return runs
    pos = {t.i: k for k, t in enumerate(content)}
    out = [runs[0]]
    for r in runs[1:]:
        prev = out[-1]
        gap = [content[k] for k in range(pos[prev[-1].i] + 1, pos[r[0].i])] if r[0].i in pos else []
        words = [t.text.lower() for t in gap]
        if tokens is not None and r[0].i > prev[-1].i + 1 and any(t.text.lower() in ORG_RUN_WORDS for t in prev) and (
            _linked_words(full := list(tokens[prev[-1].i + 1 : r[0].i]))
        ):  # s9: "Institute" + "for the Study of" + "War"
            out[-1] = prev + full + r
            continue
        if (
            gap
            and words in (["of"], ["for"], ["on"], ["of", "the"], ["for", "the"])  # s19: "Panel on Climate Change"
            and any(t.text.lower() in ORG_RUN_WORDS for t in prev)
        ) or (
            words in (["and"], [","]) and any(t.text.lower() in ("of", "for") for t in prev)
        ) or (
            words == ["and"] and len(prev) == 1 and 2 <= len(r) <= 3 and r[-1].text.lower() in BODY_TAILS_EN
        ):  # round 18: "Department of Health and Social Care", "… for Environment, Food and Rural Affairs";
            out[-1] = prev + gap + r  # s18: "Food and Drink Federation"
        else:
            out.append(r)
    return out


def english_person_words(toks) -> frozenset[str]:
    """English has no entity tags: the surname of "Antony Blinken", "Elon Musk" (two or three
    capitalised words inside a sentence, no organisation, outlet, place or role word among them, not
    after "the") is a person when it stands alone later ("Blinken told reporters")."""
    out = set()
    k = 0
    while k < len(toks):
        if not _en_name_word(toks[k]):
            k += 1
            continue
        e = k
        while e + 1 < len(toks) and _en_name_word(toks[e + 1]) and toks[e + 1].sent == toks[k].sent:
            e += 1
        run = toks[k : e + 1]
        prev = toks[k - 1].text.lower() if k else ""
        if len(run) == 1 and (prev in HONORIFICS or prev.rstrip(".") in ("gen", "sen", "rep", "gov", "lt", "col")):
            out.add(run[0].text)  # "Mr Smith", "Sen. Warren"
        elif (
            2 <= len(run) <= 3
            and prev != "the"
            and not any(org_word(t.text) or media_noun(t.text) or t.text.lower() in GOVERNMENT_PLACES for t in run)
            and not any(t.text.lower() in MEDIA_NAME_WORDS for t in run)
            and run[-1].text.lower() not in PLACE_NAME_WORDS
        ):
            out.add(run[-1].text)
        k = e + 1
    return frozenset(out)


PLACE_NAME_WORDS = frozenset(
    "street house square hill hall palace road avenue park bay island islands river sea state states city".split()
)
"""Last words of English place and building names ("Downing Street", "Capitol Hill"): no surnames."""


def _en_name_word(t) -> bool:
    low = t.text.lower()
    return (
        t.text[:1].isupper()
        and t.text.isalpha()
        and len(t.text) > 1
        and not t.text.isupper()
        and t.pos not in ("PRON", "DET", "ADP", "SCONJ", "CCONJ", "NUM", "AUX")
        and low not in HONORIFICS
        and low not in ANON_HEADS
        and low not in TITLES
        and not is_person_role(low)
        and not is_person_noun(low)
    )


def titles_only(tokens, a: int, b: int) -> bool:
    """Round 15: nothing but honorifics and short titles between a and b ("Its chair, Dr Robert L.")."""
    words = [t.text.lower() for t in tokens[a:b]]
    if 1 <= len(words) <= 3 and (is_person_noun(words[-1]) or words[-1].endswith(("er", "or", "ist", "ian"))) and all(
            t.text.islower() and t.text.isalpha() for t in tokens[a:b]):
        return True  # s30: "Her neighbor, retired electrician Bill Sandoval": a described person, then the name
    return all(w in HONORIFICS or w.rstrip(".") in HONORIFICS | TITLES_EN or (len(words) == 1 and is_person_noun(w))
               for w in words)  # s27: "the report's author, economist Lydia Fenwick"


LISTING_BODIES = frozenset("Department Ministry Office Committee Commission Secretary".split())


def listing_body_start(toks, a: int, b: int, first: int) -> int | None:
    """S23: "A spokesperson for the Department for Environment, Food and Rural Affairs said": the parser's
    subject is the list's tail after the comma ("Food and Rural Affairs"); the speaker starts before the
    body's name. The start of that speaker's phrase, or None."""
    if a - 3 < first or toks[a - 1].text != "," or b - a < 3 or not any(t.text in ("and", "&") for t in toks[a:b]):
        return None
    if not all(t.text[:1].isupper() or t.text in ("and", "&") for t in toks[a:b]):
        return None
    k = next((j for j in range(a - 2, max(first, a - 9) - 1, -1) if toks[j].text in LISTING_BODIES), None)
    if k is None or not all(t.text[:1].isupper() or t.text in ("for", "of", "and", ",") for t in toks[k:a - 1]):
        return None
    s = k - (k - 1 >= first and toks[k - 1].text.lower() == "the")
    if s - 2 >= first and toks[s - 1].text in ("for", "of", "at") and toks[s - 2].pos == "NOUN":
        s -= 2
        while s - 1 >= first and toks[s - 1].pos in ("DET", "ADJ", "NUM") and toks[s - 1].text != ",":
            s -= 1
    return s


def person_first(content: list) -> list | None:
    """S24: an apposition that opens with a person's full name (after a title) followed by "of"/"at"/"from" and
    their body ("Marcus Tindell of the Columbus-based Heartland Liberty Project"): the name, else None."""
    j = 0
    while j < len(content) and content[j].text.rstrip(".").lower() in TITLES_EN | {"dr", "prof", "mr", "ms", "mrs"}:
        j += 1
    run = []
    while j < len(content) and len(run) < 3 and content[j].text[:1].isupper() and content[j].text.replace(
            "-", "").isalpha():
        run.append(content[j])
        j += 1
    if len(run) < 2 or not known_first_name(run[0].text) or j >= len(content):
        return None
    return run if content[j].text.lower() in ("of", "at", "from") else None


PEOPLE_HEADS = ANON_HEADS | ANON_HEADS_EN
"""German and English heads for unnamed people, one set (the union was built per word before)."""


def people_heads(words: list) -> list:
    """The words of an English mention that are nouns for people ("officials", "diplomat"); "national" only as the
    last word (s29: "A Sudanese national", not "The national weather agency Aemet")."""
    return [t for k, t in enumerate(words) if (t.text.lower() in PEOPLE_HEADS or is_person_noun(t.text)) and (
        t.text.lower() != "national" or k == len(words) - 1)]


def titles_between(tokens, a: int, b: int) -> bool:
    """Only titles between a role noun and the name ("Army spokesman Brig. Gen. Tariq al-Nour"); s31: or the office
    the role holds ("Member for Finance Wanjiku Muriuki", "Secretary of State Antony Blinken")."""
    between = tokens[a:b]
    if between and between[0].text in ("for", "of") and len(between) > 1:
        return all(t.text[:1].isupper() or t.text in ("and", "&") for t in between[1:])
    return all(t.text.rstrip(".").lower() in TITLES_EN for t in between)


def mention_names(content: list, tokens, people: frozenset[str]) -> list:
    """The name words of an English source mention (`content`: its words without articles): the name before any
    comma, or the name in an apposition after titles only ("Ofgem's chief executive, Jonathan Example", "Its chair,
    Dr Robert L."), or a lone word the article shows to be a name ("Musk wrote …" after "Elon Musk", "Hamas said")."""
    names = english_names(content, tokens)
    comma_at = next((k for k, t in enumerate(content) if t.text == ","), None)
    appositive = english_names(content[comma_at + 1 :], tokens) if comma_at is not None else []
    if comma_at is not None and (person := person_first(content[comma_at + 1 :])) is not None:
        appositive = person  # s24: "His attorney, Marcus Tindell of the Columbus-based Heartland …"
    if appositive and titles_only(tokens, content[comma_at].i + 1, appositive[0].i) and not (
            content[comma_at - 1].text in ORG_NOUNS_EN and content[comma_at - 1].text.islower()
            and not known_first_name(appositive[0].text) and any(
                t.text.lower() in ANON_HEADS | ANON_HEADS_EN for t in content[: comma_at - 1])):
        names = appositive  # s24: not "a spokesperson for Osei's agency, Arcline Sports" (the agency's name)
    if comma_at is None and names and names[0].i > content[0].i and (person := person_first(content)) is not None:
        names = person  # s27: "said Rachel Obuya of the Nairobi-based Pan-African Climate Network": her name
    if len(names) >= 3 and not known_first_name(names[0].text) and known_first_name(names[1].text):
        names = names[1:]  # s27: "FBI Special Agent in Charge Marcus Bell": the title's last word is no first name
    k = names[0].i if names else 0
    if k >= 2 and tokens[k - 1].text in ("for", "of") and _body_word(tokens[k - 2]):
        names = [tokens[k - 2], tokens[k - 1], *names]  # s31: "The Coalition for Affordable Surgical
        # Care": the body's name, not a person called "Affordable Surgical Care"
    per = [t for t in names if t.ent.endswith("PER")]
    if len(per) >= 2 and per[-1] is names[-1] and any(t.text in ("for", "of") for t in names) and all(
            b.i == a.i + 1 for a, b in zip(per, per[1:])):
        names = per  # s31: "County Executive Committee Member for Finance Wanjiku Muriuki": the tagged person
    one = content[0] if len(content) == 1 else None
    if not names and one is not None and (one.text in people or one.text.lower() in ORG_NAMES_EN):
        names = content
    seen = next((t.i for t in content if t.text.lower() in OBTAINED_WORDS and tokens[t.i + 1].text == "by"), None)
    return [t for t in names if t.i < seen] if seen is not None else names  # s32: "a draft line-up seen by AFP"


STOPS_EN = OBTAINED_WORDS | frozenset(("of", ",", "in", "at", "from", "who", "with"))
"""Words after which an English mention's head nouns belong to a phrase of their own."""


NAME_BODY_WORDS = (BODY_HEADS_EN | ORG_NOUNS_EN) - {"states", "nations"}
"""Capitalised nouns for a body that open a name with "for"/"of" ("Coalition", "Council", "Institute")."""


def _body_word(t) -> bool:
    return t.text[:1].isupper() and t.text.lower() in NAME_BODY_WORDS
