"""English wire-style word order: the message first, then the cue and the speaker.

    "The plan will fail," said Jane Roe, a senior analyst.   (inverted: cue, then source)
    The plan will fail, officials said on Monday.             (source, then cue, at the end)

In both the message is the part before the cue phrase; after a closing quotation mark the
engine's quotation pass attaches the quote to this cue (the event keeps no message of its own).
"""

from __future__ import annotations

from . import english_bounds as EB
from . import english_clauses as EC
from . import english_extents as EX
from . import english_fronted as EF
from . import english_kinds as EK
from . import english_openers as EO
from . import english_quotes as EQ
from . import english_relatives as ER
from . import english_subjects as ES
from . import english_types as ET
from . import english_unnamed as EU
from . import messages as M
from . import messages_en as EM
from .cues import SPEECH_EN
from .datelines import dateline_end_en
from .english_inverted import _has_finite, after_addressee, inverted  # noqa: F401  (the engine calls EN.inverted, …)
from .english_kinds import without_trailing_adverb  # noqa: F401  (sentence_events calls EN.without_trailing_adverb)
from .english_roles import EnglishTable  # noqa: F401  (the engine's table for English: "the minister")
from .lexicon import ANON_HEADS, ANON_HEADS_EN
from .names import HONORIFICS_BARE, NAME_PARTICLES
from .sources import np_tokens
from .speakers import is_person_noun

OPENING_ADVERBS = frozenset("however meanwhile still yet instead earlier later moreover nevertheless nonetheless "
                            "similarly likewise elsewhere overall again now".split())


def apposition_subject(toks, i: int, first: int) -> tuple[int, int] | None:
    """ "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said …":
    the cue follows a comma, and the sentence opens with a noun phrase whose first segment (up to
    its first comma) has no finite verb — that opening noun phrase is the speaker."""
    if first < i and (toks[first].text in M.QUOTE_MARKS or toks[first].quote):  # '"…," Jane Roe, the commander,
        # wrote': after the quote; s28: also its last sentence when it opened in the sentence before ('"A. B,"')
        close = next((k for k in range(first + 1, i) if toks[k].text in M.QUOTE_MARKS and not toks[k].quote), None)
        first = close + 1 if close is not None else first
        while first < i and toks[first].text == ",":
            first += 1
    first = EO.past_time_opener(toks, first, i)  # s11: "Last night, senior Tory MP Neil Parish, who …, urged"
    first = EO.adverbial_clause_opener(toks, first, i)  # s13: "But as X asked how …, Alex Barrios, …, explained"
    colon = next((k for k in range(i - 2, first, -1) if toks[k].text == ":" and not toks[k].quote), None)
    first = colon + 1 if colon is not None else first  # s25: "She was not alone: A post …, shared …, claimed"
    first = EO.when_clause(toks, first, i)  # s27: "The concerns surfaced in February, when Defense One, citing …,"
    which = ES.which_subject(toks, i, first)
    if which is not None:  # "…, according to the fire service, which said crews were …"
        return which
    while i - 2 > first and toks[i - 1].text.lower() in ("has", "have", "had", "also") and toks[i - 2].text == ",":
        i -= 1  # "The UN refugee agency, the UNHCR, has said …"
    if i - 2 > first and toks[i - 1].pos == "ADV" and (toks[i - 1].text.lower().endswith("ly") or toks[
            i - 1].text.lower() in ("later", "earlier", "then", "again")) and toks[i - 2].text == ",":  # s27: "Odom,
        # who stood beside the mayor …, later told the Lakeshore Sentinel"
        i -= 1  # s24: "A senior Conservative figure, who asked not to be named, privately conceded"
    elif i - 3 > first and toks[i - 1].pos == "ADV" and toks[i - 1].text.lower().endswith("ly") and toks[
            i - 2].text.lower() == "also" and toks[i - 3].text == ",":
        i -= 2  # s26: "The officials, who spoke on condition of anonymity, also reportedly said"
    if i - 3 > first and toks[i - 1].text.lower() in ("already", "previously") and toks[i - 2].text.lower() in (
            "has", "have", "had") and toks[i - 3].text == ",":
        i -= 2  # s24: "An assessment by the Famine Review Committee, published last month, had already concluded"
    if i - 1 > first and toks[i - 1].text == "," and toks[i].tag == "VVZ" and (
            shared := ES.conjoined_subject(toks, i, first, main_subject)) is not None:
        return shared  # s27: "Zambian opposition rejects presidential result, alleges 'industrial-scale' rigging"
    if i - 1 <= first or toks[i - 1].text != ",":
        return (
            ES.conjoined_subject(toks, i, first, main_subject)  # "… declined to comment but said …"
            or ES.fronted_adjunct_subject(toks, i, first)  # "In a statement, the family said: …"
            or ES.opening_it(toks, i, first)  # "It said inflation remained too high."
            or ES.infinitive_subject(toks, i, first, main_subject)  # "Smith went on to say that …"
        )
    first = EO.prepositional_opener(toks, first, i)  # s20: "In a post on Telegram, the governor …, X, said"
    if toks[first].tag == "VVG" and toks[first].text[:1].isupper() and (c := next(
            (k for k in range(first + 1, i - 1) if toks[k].text == ","), None)) is not None:
        first = c + 1  # s23: "Opening the case at Leicester crown court, Helen Strachan KC, prosecuting, told …"
    if first + 2 < i and toks[first].pos == "ADV" and toks[first + 1].text == "," and (
            toks[first].text.lower().endswith("ly") or toks[first].text.lower() in OPENING_ADVERBS):
        first += 2  # s21: "Separately, the Ukrainian outlet X, citing …, reported": the adverb is no speaker; s23:
        # "However, one NHS trust chief executive, who …, said"
    first += first + 2 < i and toks[first].text in ("But", "And", "Yet")  # s30: "But co-founder and Chief Executive
    # Priya Raman, in an interview with …, said"
    comma = next((k for k in range(first + 1, i - 1) if toks[k].text == ","), None)
    if comma is not None and (who := ES.relative_then_and_who(toks, first, comma, i)) is not None:
        return first, who  # s31: "a Republican strategist who advises …, and who requested anonymity …, said"
    lone_name = comma is not None and comma - first == 1 and toks[first].text[:1].isupper()
    if comma is None or (_has_finite(toks, first, comma) and not lone_name):
        return None  # s19: one capitalised word is a name, whatever the tagger read ("Spotify, which …, welcomed")
    if (
        comma - first > 6
        and not ES.name_apposition(toks, comma, i)
        and not ES.place_apposition(toks, comma, i)
        and not (toks[comma + 1].text.lower() in ("a", "an") and toks[i - 1].text == ","
                 and toks[first].pos != "ADP" and not _has_finite(toks, comma + 1, i - 1))  # s27: "An analysis by
        # X, a nonpartisan research group based in Madison, found"
        and not ES.name_list(toks, first, comma)
        and not ES.relative_apposition(toks, first, comma, i)
        and not (toks[comma + 1].tag == "VVN" and toks[i - 1].text == "," and not _has_finite(toks, comma + 1, i - 1))
        and not (toks[comma + 1].tag == "VVG" and toks[comma + 1].text.islower() and toks[i - 1].text == ","
                 and not _has_finite(toks, first, comma))  # s27: "A senior negotiator …, speaking on condition of
        # anonymity because the talks were ongoing, told AFP …"
    ):  # s24: "An assessment by the Famine Review Committee, published last month, …": a participle aside
        return None  # "The head of the International Atomic Energy Agency, Rafael Grossi, said": a name follows
    if not any(t.text[:1].isupper() or t.pos in ("NOUN", "PROPN") for t in toks[first:comma]):
        return None
    if ES.place_apposition(toks, comma, i):
        return first, comma  # the state is no name of the speaker
    appo = toks[comma + 1 : i - 1]
    if len(appo) > 1 and appo[0].text == "the" and toks[comma - 1].text.lower() in ("paper", "newspaper", "daily"):
        appo = appo[1:]  # s24: "The local paper, the Sapphire Coast Times, reported"
    if 0 < len(appo) <= 4 and appo[0].text[:1].isupper() and appo[-1].text[:1].isupper() and all(
            t.text[:1].isupper() or t.text in NAME_PARTICLES for t in appo):  # s29: "Her coach, Pieter de Wit, told"
        return first, i - 1  # "Ofgem's chief executive, Jonathan Example, said": the name joins the mention
    named = next((k for k in range(1, min(len(appo) - 1, 5)) if appo[k].text == "," and appo[k + 1].text.lower() in (
        "who", "whose")), None)  # s34: "Its chief executive, Helen Corrigan, who joined the company in 2022, told"
    if named is not None and all(t.text[:1].isupper() and t.text.isalpha() for t in appo[:named]):
        return first, appo[named].i
    aged = next((k for k in range(2, min(len(appo) - 1, 4)) if appo[k].text == "," and appo[k + 1].text.isdigit()),
                None)
    if aged is not None and all(t.text[:1].isupper() and t.text.isalpha() for t in appo[:aged]):
        return first, appo[aged].i  # s31: "The driver, Steven Cole, 58, from Bristol, said": the name, not the age
    if 3 <= len(appo) <= 6 and all(t.text[:1].isupper() and t.text.isalpha() for t in appo[-2:]) and all(
            t.text.islower() and t.text.isalpha() for t in appo[:-2]):
        return first, i - 1  # s30: "Her neighbor, retired electrician Bill Sandoval, said": described, then named
    j = 1 if appo and appo[0].text.rstrip(".").lower() in ("dr", "prof", "professor", "mr", "ms", "mrs") else 0
    if len(appo) >= j + 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in appo[j : j + 2]) and (
            appo[j + 2].text.lower() in ("of", "at", "from")) and all(
            t.text[:1].isupper() or t.text.lower() in ("of", "at", "from", "the", "and", "&") for t in appo[j + 2 :]):
        return first, i - 1  # s24: "The study's lead author, Dr. Hannah Greaves of the University of Minnesota,";
        # s31: "Farrow's lawyer, Michael Torres of Kessler & Vance,"
    return first, comma


def within_opening_clause(toks, i: int, first: int, end: int, msg: tuple[int, int]) -> tuple[int, int]:
    """S13: a cue inside an opening adverbial clause ("But as Robert Ruano asked how the BRT will cross …,
    Alex Barrios … explained …") reports no further than that clause's comma."""
    o = EO.adverbial_clause_opener(toks, first, end)
    return (msg[0], o - 1) if o > first and i < o - 1 < msg[1] and msg[0] < o - 1 else msg


def _nounish(toks, j: int, first: int) -> bool:
    """A noun, or a lower-case word the tagger calls a verb right after a name or article ("the Example
    Motors plant")."""
    if toks[j].pos in ("NOUN", "PROPN"):
        return True
    return (
        j - 1 >= first
        and toks[j].text.isalpha()
        and toks[j].text.islower()
        and (toks[j - 1].text[:1].isupper() or toks[j - 1].pos == "DET")
        and toks[j - 1].text.lower() not in ("he", "she", "it", "they", "we", "i")
    )


def extend_left(toks, a: int, b: int, first: int) -> tuple[int, int]:
    """ "a spokesperson for the Universities and Colleges Employers' Association (UCEA) said": from
    "Association" back over the name to the noun the prepositional phrase belongs to."""
    for _ in range(3):
        k = a - 1
        while k > first and (
            toks[k].text[:1].isupper() or toks[k].text.lower() in ("and", "the", "’", "'", "'s", "’s", "&")
        ):
            k -= 1
        if k - 1 < first or toks[k].text.lower() not in ("for", "of", "at", "from", "with", "to", "in"):
            break
        before = toks[k - 1].text.lower()
        if toks[k].text.lower() == "in" and not (_nounish(toks, k - 1, first) or before in ANON_HEADS):
            break  # "Workers at the plant in Sheffield say": the place belongs to the noun before "in"
        if toks[k].text.lower() == "to" and not (is_person_noun(before) or before in ANON_HEADS or before == "close"):
            break  # "an aide to the senator", "people close to the prince"; not "went to the city"
        if toks[k - 1].text.lower() == "close" and k - 2 >= first:
            k -= 1  # "people close to …": the noun before "close"
            if toks[k - 1].text.lower() == "those":  # "Those close to the president said"
                a = k - 1
                break
        if not (
            _nounish(toks, k - 1, first)
            or is_person_noun(toks[k - 1].text)
            or toks[k - 1].text.lower() in ANON_HEADS
        ):
            break
        a, _ = np_tokens(toks, k - 1, first, k)
    if a - 2 >= first and toks[a].text.lower() == "cent" and toks[a - 1].text.lower() == "per" and (
            toks[a - 2].pos == "NUM" or toks[a - 2].text[:1].isdigit()):
        a -= 2  # s20: "68 per cent of people believed": the share, not "cent of people"
    if a - 1 > first and toks[a - 1].text.lower() in ("its", "their") and toks[a - 2].text == ",":
        a -= 1  # s23: "…, its developer said Thursday": the possessive opens the speaker's phrase
    return a, b


def main_subject(toks, first: int, i: int) -> tuple[int, int] | None:
    """The subject opening the sentence, for a participle cue after a comma ("Critics have questioned
    the price, saying …"): the first noun phrase if a noun or pronoun starts it."""
    first = ES.after_fronted_pp(toks, ES.after_fronted_quote(toks, first, i), i)  # round 16: '"…," X said, warning
    head = next(
        (
            k
            for k in range(first, min(i, first + 6))  # round 11: "A 45 - year-old man"
            if toks[k].pos in ("NOUN", "PROPN", "PRON")
            or (toks[k].text.isalpha() and toks[k].text.islower() and is_person_noun(toks[k].text))
            or (k == first and EC.misread_name(toks[k]))  # "Smith (tagged VERB) went on to say"
        ),
        None,
    )  # "The president (tagged ADJ) was quoted as saying"
    if head is None or any(toks[k].pos == "ADP" for k in range(first, head)):
        return None
    if head == first and EC.misread_name(toks[head]):
        b = head + 1
        while b < i and toks[b].text[:1].isupper() and toks[b].text.isalpha():
            b += 1
        return head, b
    a, b = np_tokens(toks, head, first, i)
    b = ES.and_body_end(toks, b, i)  # s31: "The U.S. Securities and Exchange Commission on Monday sued …, saying"
    p = next((k for k in range(b, min(i - 1, b + 4)) if toks[k].text.endswith(("'s", "’s"))), None)
    if p is not None and all(t.text.islower() and t.pos in ("ADJ", "NOUN") for t in toks[b:p]) and (
            toks[p + 1].text.islower() and toks[p + 1].text.isalpha() and toks[p + 1].text not in SPEECH_EN):
        b = p + 2  # s27: "the Israeli prime minister's office said …": on to the possessed head
    elif toks[b - 1].text.endswith(("'s", "’s")):
        while b < i and toks[b].text.isalpha() and toks[b].text.islower() and toks[b].text not in SPEECH_EN and (
                toks[b].pos in ("ADJ", "NOUN") or toks[b].text == "and"):
            b += 1  # s27: "Singapore's central bank and financial regulator said … and reminded …"
        while b > a + 1 and toks[b - 1].text == "and":
            b -= 1
    return a, b


SPEAKS_AFTER_NAME = frozenset("explains adds recalls writes notes insists argues admits".split())
"""Present-tense reporting verbs the tagger calls plural nouns; verbs after a name before ":", ","
or "that" ("Smith explains: …")."""
def quote_cue(toks, i: int, first: int) -> bool:
    """ 'Roe wrote: "…"', '"…," explained Jane Roe', '"…," the minister explained': a reporting verb
    the tagger misread (adjective, noun) is a verb right before a colon or right after a quotation."""
    t = toks[i]
    low = t.text.lower()
    if (low in EQ.MANNER_VERBS and EQ.after_quotation(toks, i, first)) or EQ.document_reads(toks, i, first):
        return True  # '"We won!" she shouted.', 'The statement read: "…"'
    if low not in SPEECH_EN or t.pos in ("VERB", "ADV") or t.text[:1].isupper() or low.endswith("ing"):
        return False
    if not (low.endswith("ed") or low in ("wrote", "writes", "says", "told", "tells", "adds", "explains")):
        return False
    colon = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].text in (":", ",", ".", '"')), None)
    if colon is not None and toks[colon].text == ":" and i > first and (
        colon == i + 1 or toks[i + 1].text.lower() in ("on", "in")
    ):  # 'Roe wrote: "…"', 'Roe wrote on Facebook: "…"'
        return True
    for k in range(i - 1, max(first, i - 5) - 1, -1):
        if toks[k].text in M.QUOTE_MARKS and k - 1 >= first and toks[k - 1].text in (",", "?", "!"):
            return True
        if toks[k].text in (",", ".", ";", ":"):
            break
    return False


NOT_A_VERB_BEFORE = frozenset("a an the his her their its final no any my our your this that".split())


def noun_tagged_said(toks, i: int, first: int) -> bool:
    """ "Biden says US will …" in a headline, tagged as a plural noun: "says/said/tells" are verbs
    unless a determiner makes them nouns ("the final say")."""
    t = toks[i]
    if t.text.lower() not in SAID_WORDS:  # every branch below needs one of these words
        return False
    if quote_cue(toks, i, first) or EF.plural_present(toks, i, first, len(toks)):  # round 11: "Experts warn …"
        return True
    if t.pos != "NOUN" or i <= first:
        return False
    if EF.fronted(toks, i, first, len(toks)) or EF.clause_verb(toks, i, first, len(toks)):  # round 11
        return True  # "…, the union claims.", "Trump claims election was rigged"
    prev = toks[i - 1]
    if t.text.lower() in SPEAKS_AFTER_NAME and prev.text[:1].isupper() and prev.text.isalpha():
        return i + 1 < len(toks) and (toks[i + 1].text in (":", ",") or toks[i + 1].text.lower() == "that")
    if t.text.lower() not in ("says", "said", "tells", "warns", "say"):
        return False
    if prev.text.lower() in NOT_A_VERB_BEFORE or prev.pos == "ADJ":
        return False
    return prev.text[:1].isupper() or prev.pos == "NOUN"



def apposition_role(toks, b: int, end: int) -> str | None:
    """ "Mark Smith, a spokesman for the Department of Energy, said" / 'said Anna Berg, a professor at
    X.': the description after the name's comma, up to the next comma or the sentence end."""
    if b + 1 >= end or toks[b].text != ",":
        return None
    bare = toks[b + 1].text.islower() and toks[b + 1].text.isalpha() and toks[b + 1].pos in ("ADJ", "NOUN")
    if toks[b + 1].text.lower() not in ("a", "an", "the") and not bare:
        return None  # s19: 'said Diane Swonk, chief economist at KPMG': a role without an article too
    start = b + 1 if bare else b + 2
    stop = next((k for k in range(start, end) if toks[k].text in (",", ".", ";", ":") or toks[k].quote), end)
    words = [t.text for t in toks[start:stop]]
    if not 0 < len(words) <= 10 or not any(is_person_noun(w) or w.lower() in ANON_HEADS | ANON_HEADS_EN for w in words):
        return None
    return " ".join(words)


CURRENCY = frozenset("£ $ € ¥".split())
AMOUNTS = frozenset("billions millions thousands hundreds dozens jobs".split())
TRAILING_PARTICIPLES = frozenset(
    """citing adding saying noting explaining warning arguing insisting stressing calling describing urging
    vowing""".split()
) | EF.PARTICIPLES


def citing_end(toks, a: int, b: int) -> int:
    """ "…, citing two government sources": the citation is not part of the message."""
    for k in range(a + 1, b):
        if toks[k].text.lower() in TRAILING_PARTICIPLES and toks[k - 1].text == ",":
            return k - 1
        if (  # "…, according to three congressional aides": the other source is an event of its own
            toks[k].text.lower() == "according"
            and toks[k - 1].text == ","
            and k + 1 < b
            and toks[k + 1].text.lower() == "to"
        ):
            return k - 1
    return b


OPENING_QUESTION = frozenset("whether if about how why what when who".split())


def journalist_question(toks, i: int, first: int, end: int) -> bool:
    """ "Asked whether she would resign, Truss said …": the reporter's question, no speech event."""
    return toks[i].text == "Asked" and i == first and i + 1 < end and toks[i + 1].text.lower() in OPENING_QUESTION


def finish(doc, ev) -> None:
    """English events, once their Source is resolved: the apposition after the speaker's name is its
    role ("Mark Smith, a spokesman for the agency, said" -> role "spokesman for the agency"), and
    ", citing …" (and ", adding …", an event of its own) is cut from the end of the message."""
    toks = doc.tokens
    sent = doc.sentences[ev.sent]
    ET.retype(doc, ev)  # round 10: "Zelenskiy said", "One woman said", "Downing Street said", "It said" …
    EU.repair(doc, ev)  # round 12: affiliations, open counts, '"I …," Biden said' (a person)
    honorific = (ev.source.role or "").lower().rstrip(".") in HONORIFICS_BARE if ev.source is not None else False
    if ev.source is not None and ev.source.type == "person" and (not ev.source.role or honorific) and ev.src:
        role = apposition_role(toks, ev.src[1], sent.last)
        if role is not None:
            ev.source.role = role
    if ev.msg and ev.mode != "direct":
        a, b = ev.msg[0]
        cut = dateline_end_en(toks, a, b)
        if cut > a:
            ev.msg[0] = (cut, b)
        if len(ev.msg) > 1 and EB.relative_report(toks, *ev.msg[-1]):
            ev.msg = ev.msg[:-1]  # "…, according to the fire service, which said …": its own event
        a, b = ev.msg[-1]
        cut = min(
            EB.dash_end(toks, a, b),  # "who has denied any wrongdoing — said he …"
            EB.conjoined_end(toks, a, b),  # "…, but added that …"
            EB.contrast_end(toks, a, b),  # "…, while the opposition called it …"
            EB.subordinate_end(toks, sent.first, a, b),  # "Although X said …, Y …"
            EB.relative_end(toks, a, b),  # "…, according to the union, which said …"
            EB.second_speaker_end(toks, a, b),  # round 11: "… and Roe said …"
        )
        if cut != b and cut - a >= 2:
            ev.msg[-1] = (a, cut)
            a, b = ev.msg[-1]
        cut = citing_end(toks, a, b)
        if cut != b and cut > a:
            ev.msg[-1] = (a, cut)


MODIFIER_OPENERS = frozenset("close familiar briefed with knowledgeable involved".split())


def coordinated(toks, src: tuple[int, int], first: int) -> tuple[int, int]:
    """ "Some U.S. officials and outside experts worry that …": both conjuncts are the source, when the
    first one opens the sentence."""
    of_list = EX.of_list_subject(toks, src, first)
    if of_list is not None:
        return of_list  # round 18: "A powerful alliance of chefs, celebrities and charities today urges …"
    a, b = src
    while a - 1 > first and toks[a - 1].pos in ("ADJ", "ADV"):
        a -= 1  # "outside experts"
    if a - 2 < first or toks[a - 1].text.lower() != "and":
        return src
    k = a - 2
    while k > first and (toks[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or toks[k].text[:1].isupper()):
        k -= 1
    if k == first and toks[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and toks[a - 2].pos in ("NOUN", "PROPN"):
        return first, b
    return src


def extend_right(toks, src: tuple[int, int], i: int) -> tuple[int, int]:
    """ "Sources close to the prime minister said", "Two people briefed on the talks said": the
    modifier between the head noun and the cue belongs to the source."""
    while src[0] + 1 < src[1] and toks[src[0]].text in M.QUOTE_MARKS and not any(
            t.text in M.QUOTE_MARKS for t in toks[src[0] + 1 : src[1]]):
        src = (src[0] + 1, src[1])  # s24: '"…?" Mr. Whitlock asked.': the closing mark (tagged X) is no part of it
    src = ER.who_antecedent(toks, src, i)  # s24: "… sued by former assistant who says she was …"
    src = ER.before_relative(toks, src, i)  # s24: "a father of three who declined to give his name said"
    src = ES.subject_before_cue(toks, src, i, main_subject)  # "A woman who lives nearby said she …"
    src = ES.subordinate_subject(toks, src, i)  # "Shares fell after chief executive Elon Musk warned …"
    src = ES.noun_run_to_cue(toks, ES.possessive_run(toks, src), i)  # "An Israeli military official said"
    src = ES.partitive_head(toks, src)  # "Some in the administration believe": not the administration
    src = ES.name_with_and(toks, ES.joint_names(toks, src, i))  # "… Biden and Chancellor Olaf Scholz said"
    src = ES.role_and_name(toks, src, i)  # "Aslef general secretary Mick Whelan said": the person
    src = ES.affiliated(toks, src, i)  # "A spokeswoman for the ministry said": whom they speak for
    src = EX.body_name_start(toks, src)  # s19: "The Intergovernmental Panel on Climate Change said"
    src = EX.post_on_platform(toks, src)  # s34: "A video viewed 1.3 million times on TikTok claims"
    a, b = src
    if b < i and toks[b].text.lower() in MODIFIER_OPENERS and not any(t.text in (",", ";") for t in toks[b:i]):
        k = i
        while k > b and (toks[k - 1].pos in ("AUX", "ADV") or toks[k - 1].text.lower() in ("have", "has", "had")):
            k -= 1  # "… have said", "… also said"
        return a, k
    return src


DECLINE = frozenset("decline refuse".split())


ATTRIBUTIVE_BEFORE = frozenset("and or of the a an for over into with his her their its".split())
"""Words before an "alleged" that makes it an adjective ("of alleged fraud", "and alleged booth capturing")."""


def no_report(toks, i: int, first: int, end: int) -> bool:
    """ "who asked not to be named", "declined to say how many …", "Asked whether …": no speech."""
    low = toks[i].text.lower()
    if low == "asked" and i + 1 < end and toks[i + 1].text.lower() == "not":
        return True
    if low == "alleged" and i > first and i + 1 < end and toks[i - 1].text.lower() in ATTRIBUTIVE_BEFORE and toks[
            i + 1].pos in ("NOUN", "ADJ"):
        return True  # s31: "after reports of violence and alleged booth capturing": an adjective
    if low.startswith("recall") and i + 1 < end and (toks[i + 1].pos == "NUM" or toks[i + 1].text[:1].isdigit()):
        return True  # s27: "Velora recalls 412,000 SUVs": a product recall, no memory told
    if low in ("note", "notes") and i - 1 >= first and (toks[i - 1].pos == "DET" or toks[i - 1].pos in (
            "NOUN", "ADJ") and i - 2 >= first and toks[i - 2].pos == "DET"):
        return True  # s31: "said in a research note that …": the paper, no verb
    if toks[i].tag in ("NN1", "NN2") and i - 2 >= first and toks[i - 1].pos == "ADJ" and toks[i - 2].pos == "DET":
        return True  # s27: "a handwritten note from his car that …": a noun, no verb
    if EC.idiom(toks, i, first, end):  # "Having said that, …", "It goes without saying", "tells the story of"
        return True
    if EC.reduced_relative(toks, i, first) or EC.carried_report(toks, i, end):
        return True  # "in a statement posted on Telegram", "posted a video saying …": no second report
    if EM.told_in_passive(toks, i, first, end):  # "Ministers had been warned about the risks": told to them
        return True
    if i - 2 >= first and toks[i - 1].text == "to" and toks[i - 2].lemma in DECLINE:
        return True
    if low == "told" and i - 1 >= first and toks[i - 1].text.lower() in ("court", "jury", "inquest", "tribunal") and (
            i + 1 >= end or not toks[i + 1].text[:1].isalnum()):
        return True  # s23: headline "Accountant 'stole £1.2m …', court told": the court was told, by no one named
    if low in ("accused", "criticised", "criticized", "blamed") and i + 1 < end and toks[i + 1].text in ("of", "for"):
        return True  # s23: headline "Minister accused of 'abandoning' town": the minister is accused, by no one named
    if low == "denied" and i - 1 >= first and toks[i - 1].text.lower() in ("been", "was", "were", "being") and (
        i + 1 < end and toks[i + 1].pos in ("NOUN", "DET", "ADJ") and toks[i + 1].text.lower() != "by"
    ):
        return True  # s10: "inspectors had been denied access", "was denied bail": refused, not disputed
    if EK.after_according(toks, i, first, end):  # round 12: "According to filings, X was warned in 2019"
        return True
    if i - 1 >= first and EM.claim_apposition(toks, i - 1, end):  # round 18: "…, claims the company denies"
        return True
    if low in ("added", "adds", "add") and i + 1 < end and (
            toks[i + 1].pos == "NUM" or toks[i + 1].text in CURRENCY or toks[i + 1].text.lower() in AMOUNTS):
        return True  # s19: "the bill added billions to the deficit": an amount added, nothing said
    if low in ("added", "adds", "add") and i + 3 < end and toks[i + 1].text.lower() in ("an", "a", "another") and (
            toks[i + 2].text.lower() in ("estimated", "extra", "additional", "further")):
        return True  # s24: "each round of strikes had added an estimated 40,000 patients to the backlog"
    if low == "estimated" and i > first and toks[i - 1].text.lower() in ("an", "a", "the") and i + 1 < end and (
            toks[i + 1].pos == "NUM" or toks[i + 1].text in CURRENCY):
        return True  # s24: "an estimated 40,000 patients": an adjective
    if low in ("pleaded", "pleads", "plead") and i + 1 < end and toks[i + 1].text.lower() in ("guilty", "not", "no"):
        return True  # s24: "has pleaded not guilty to second-degree murder": a plea, no statement
    if low in ("claimed", "claims", "claim") and i + 1 < end and (
            toks[i + 1].text in CURRENCY or toks[i + 1].pos == "NUM" or toks[i + 1].text.lower() in ("more", "over")):
        return True  # s19: "he claimed more than £40,000 in expenses": money asked for, no assertion
    if EM.dismissed_someone(toks, i, end) or EM.rejected_offer(toks, i, end) or EM.added_to(toks, i, end):
        return True  # s33: "have dismissed manager Dean Carver": sacked; s34: "has rejected a takeover approach": an
        # offer turned down; "have added lithium to tap water": put in, nothing said
    if low in ("recalls", "recalled", "recall") and EM.recalled_goods(toks, i, end):
        return True  # round 18: "Tesla recalls 2 million cars": a product recall, no memory
    if low.startswith("describ") and not any(t.text == "as" for t in toks[i + 1 : min(end, i + 9)]):
        return True  # s23: "described the offer as …" reports a view; "described the scene" tells a story
    if low in ("called", "calls") and not EM.named_as(toks, i, end):  # round 18: "called it "a betrayal"", not
        return True  # "called the police", "a town called Hope"
    return journalist_question(toks, i, first, end)


SAID_WORDS = (EQ.MANNER_VERBS | {"read", "reads"} | SPEECH_EN | SPEAKS_AFTER_NAME | EF.PLURAL_VERBS | EF.HEADLINE_VERBS
               | {"says", "said", "tells", "warns", "say"})
"""The words `quote_cue` and `noun_tagged_said` can accept (checked first: they run on every token)."""
