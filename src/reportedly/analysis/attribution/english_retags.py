"""English tag repairs, round 12: a past reporting verb the tagger read as an adjective or noun after a
name ("…, the Wall Street Journal reported, citing …": "reported" AJ0, so the sentence had no cue at
all); "former" read as an adverb inside a noun phrase ("A former official who worked on it said": the
speaker became "official who"). Called from `english_clauses.repair`, undone with the other repairs
when the engine is done.
"""

from __future__ import annotations

from functools import lru_cache

from .cues import PLURAL_PRESENT_EN, SPEECH_EN
from .english_name_retags import (
    PLURAL_PEOPLE,
    ampersand_name,
    capitalised_link,
    capitalised_name_opening,
    club_name_opening,
    institution_title,
    name_before_said,
)
from .lexicon import ORG_NAMES_EN
from .names import NAME_PARTICLES
from .speakers import is_person_noun

PAST_REPORTS = frozenset(
    "reported wrote said added told noted stated claimed announced confirmed warned accused urged criticised "
    "criticized praised blamed rejected denied dismissed".split()
)
OBJECT_REPORTS = frozenset("accused urged criticised criticized praised blamed rejected denied dismissed".split())
AFTER = frozenset(", . ; that on in last earlier citing".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def past_report(toks, k: int, first: int, end: int) -> dict | None:
    """{"pos": "VERB", "tag": "VVD"} for a misread past reporting verb at k, else None."""
    t = toks[k]
    if t.text == "wrote" and t.tag == "VVN":  # s23: "Rep. Dean Astley, R-Texas, wrote on X that …" (no participle)
        return {"pos": "VERB", "tag": "VVD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"}
    if t.text not in PAST_REPORTS or t.pos not in ("ADJ", "NOUN") or k == first or k + 1 >= end:
        return None
    prev = toks[k - 1]
    if k - 1 > first and (prev.text.lower() in ("reportedly", "allegedly") or (
            prev.pos == "ADV" and t.text in ("said", "told", "wrote", "added"))):
        return {"pos": "VERB", "tag": "VVD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"}  # s26: "The officials
        # also reportedly said Ukraine was …" (AJ0)
    if prev.text == "," and k - 2 > first and toks[k - 2].pos in ("NOUN", "PROPN") and toks[k - 2].text[:1].isupper():
        prev = toks[k - 2]  # s26: "…, Gen. Oscar Valdivia, rejected suggestions that …": a name in an apposition
    if prev.text == "," and t.text == "reported" and (toks[k + 1].text.lower() in AFTER | WEEKDAYS or toks[
            k + 1].pos in ("NOUN", "PROPN", "DET", "PRON")) and any(x.text.lower() == "citing" for x in toks[first:k]):
        return {"pos": "VERB", "tag": "VVD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"}  # s27: "Politico, citing a
        # senior administration official, reported Monday that …"
    if (prev.pos in ("NOUN", "ADJ") and toks[k + 1].text.lower() in AFTER | WEEKDAYS and prev.text.isalpha()
            and prev.text.lower() not in REAL_DETERMINERS):
        return {"pos": "VERB", "tag": "VVD"}  # s29: "The paper reported (AJ0) Thursday that …", "The Nevada
        # Independent (AJ0) reported (AJ0) Thursday that …"
    if toks[k + 1].text.lower() in ("they", "he", "she", "it", "we") and all(
            x.text[:1].isupper() and x.text.isalpha() for x in toks[first:k]):
        return {"pos": "VERB", "tag": "VVD"}  # s32: "Ashbourne United (AJ0) confirmed (AJ0) they had lodged …"
    if prev.pos not in ("NOUN", "PROPN") or not prev.text[:1].isupper():
        return None  # only after a name: "the reported attack" stays an adjective
    if toks[k + 1].text.lower() not in AFTER | WEEKDAYS and not (
        t.text in OBJECT_REPORTS and toks[k + 1].pos in ("NOUN", "PRON", "DET", "PROPN")
    ):  # round 18: "The Liberal Democrats accused ministers of …" ("accused" read as an adjective)
        return None
    return {"pos": "VERB", "tag": "VVD"}


def former_modifier(toks, k: int, first: int, end: int) -> dict | None:
    """{"pos": "ADJ", "tag": "AJ0"} for "former" between an article or possessor and the noun it
    modifies ("a former official", "the former minister", "his former aide"), else None."""
    if k == first or k + 1 >= end or toks[k].pos != "ADV":
        return None
    prev, nxt = toks[k - 1], toks[k + 1]
    if prev.pos not in ("DET", "PRON") or not nxt.text.isalpha() or nxt.pos not in ("NOUN", "ADJ", "PROPN"):
        return None
    return {"pos": "ADJ", "tag": "AJ0"}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Known first names (english_pronouns imports names, which imports this module's users: loaded late)."""
    from .english_pronouns import FEMALE_NAMES, MALE_NAMES
    from .first_names_de import FEMALE_NAMES_DE, MALE_NAMES_DE

    return FEMALE_NAMES | MALE_NAMES | FEMALE_NAMES_DE | MALE_NAMES_DE


def name_word(toks, k: int, first: int, end: int) -> dict | None:
    """S7: a name the tagger took for another word: a known first name before a surname ("Matthew Taylor"
    tagged an adverb), a capitalised "-ing" word after a first name ("Wes Streeting" tagged a verb)."""
    t = toks[k]
    if k + 1 >= end or t.pos == "PROPN":
        return None
    if t.text in NAME_PARTICLES:
        named = k > first and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() and (
            toks[k - 1].pos == "PROPN" or toks[k + 1].text.isalpha())  # s28: "Pieter (VERB) van Damme"
        return {"pos": "PROPN", "tag": "NP0"} if named and toks[k + 1].text[:1].isupper() else None  # "Max von Thun"
    if not t.text[:1].isupper() or not t.text.isalpha():
        return None
    names, nxt = first_names(), toks[k + 1]
    if t.text.lower() in names and nxt.pos == "PROPN" and nxt.text[:1].isupper():
        return {"pos": "PROPN", "tag": "NP0"}
    if nxt.text in NAME_PARTICLES and k + 2 < end and toks[k + 2].text[:1].isupper() and toks[k + 2].text.isalpha():
        return {"pos": "PROPN", "tag": "NP0"}  # s28: "Pieter van Damme" ("Pieter" a verb, "van" an adjective)
    if nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.pos in ("NOUN", "VERB") and k + 2 < end and (
        toks[k + 2].pos in ("VERB", "PUNCT") and k > first and _mined_first_name(t.text)
    ):  # s21: "Regional president Carlos Mazón defended …" ("Carlos" a plural noun, "Mazón" a verb)
        return {"pos": "PROPN", "tag": "NP0"}
    if k == first:
        return None
    before = toks[k - 1]
    if t.pos == "ADV" and t.text.endswith("ly") and before.text[:1].isupper() and before.text.isalpha() and (
            k - 1 == first or toks[k - 2].text not in ('"', "“", ":")):
        return {"pos": "PROPN", "tag": "NP0"}  # s30: "Housing Minister Clare Donnelly (AV0) said": capitalised,
        # no adverb
    if before.text in NAME_PARTICLES and before.pos == "PROPN":
        return {"pos": "PROPN", "tag": "NP0"}  # "Max von Thun": the particle was made a name above
    if (before.text.lower() in names or before.ent == "B-PER" or (
            before.pos == "PROPN" and before.text[:1].isupper() and _mined_first_name(before.text)
    )) and t.pos in ("NOUN", "VERB", "ADJ", "ADV"):
        return {"pos": "PROPN", "tag": "NP0"}  # "said Jane Thun of …" ("Thun" tagged a noun)
    if (
        t.tag == "VVG"
        and before.pos == "PROPN"
        and (before.text.lower() in names or before.ent == "B-PER")
        and nxt.pos in ("VERB", "AUX", "PUNCT")
    ):
        return {"pos": "PROPN", "tag": "NP0"}
    if t.tag == "VVG" and before.pos == "PROPN" and before.text[:1].isupper() and before.text.isalpha() and (
        k - 1 > first and (toks[k - 2].pos in ("VERB", "ADJ", "PUNCT") or is_person_noun(toks[k - 2].text))
    ):  # s17: '"…," wrote Erik Woodring in a note': after the verb; s20: "spokesperson Mao Ning told": after a role
        return {"pos": "PROPN", "tag": "NP0"}
    return None


def _mined_first_name(word: str) -> bool:
    """A first name of the hand lists or the names mined from GermEval ("Carlos", "Joël")."""
    from .names import known_first_name  # names imports this module's users: loaded late

    return known_first_name(word)


def opening_plural_subject(toks, k: int, first: int, end: int) -> dict | None:
    """S7: "Reports suggest the deal is close": the tagger read the opening plural noun as the verb
    ("Reports" VVZ) and the reporting verb after it as an adjective ("suggest" AJS)."""
    t = toks[k]
    if k == first and k + 1 < end and t.pos == "VERB" and t.text[:1].isupper() and t.text.endswith("s"):
        nxt = toks[k + 1].text
        if nxt.islower() and (nxt in SPEECH_EN or nxt in PLURAL_PRESENT_EN) and toks[k + 1].pos != "VERB":
            return {"pos": "NOUN", "tag": "NN2"}
    plural_subject = toks[first].tag == "NN2" or toks[first].text.lower() in PLURAL_PEOPLE  # s9: "Critics" NP0
    inserted = k == first + 4 and toks[first + 1].text == "," and toks[k - 1].text == ","  # "Critics, however, argue"
    if (k == first + 1 or inserted) and plural_subject and t.pos != "VERB" and t.text in PLURAL_PRESENT_EN | SPEECH_EN:
        return {"pos": "VERB", "tag": "VVB"}
    return None


ADJECTIVE_ENDINGS = ("il", "al", "ic", "ous", "ive", "ful", "ary", "ian")


def _opening_verb(toks, k: int, first: int, end: int) -> bool:
    """A capitalised sentence opener the tagger read as a verb (imperative or third person)."""
    t = toks[k]
    return k == first and k + 2 < end and t.tag in ("VVB", "VVI", "VVZ") and t.text[:1].isupper()


OPENING_PEOPLE = PLURAL_PEOPLE | frozenset("aides allies advisers advisors lawyers sources".split())


def opening_noun(toks, k: int, first: int, end: int) -> dict | None:
    """S19: a hyphenated title ("President-elect Donald Trump, who …, has said") or a plural people noun
    ("Aides to House Speaker Mike Johnson, who …, said") the tagger read as a verb at the sentence start."""
    if not _opening_verb(toks, k, first, end):
        return None
    t = toks[k]
    if "-" in t.text and t.text.replace("-", "").isalpha():
        return {"pos": "NOUN", "tag": "NN1"}
    return {"pos": "NOUN", "tag": "NN2"} if t.text.lower() in OPENING_PEOPLE else None


def opening_adjective(toks, k: int, first: int, end: int) -> dict | None:
    """S19: "Civil liberties groups … argued": the tagger read a sentence's first word, an adjective by its
    ending, as an imperative ("Civil" VVB) before the nouns it modifies."""
    if not _opening_verb(toks, k, first, end):
        return None
    t, nxt = toks[k], toks[k + 1]
    if not t.text.lower().endswith(ADJECTIVE_ENDINGS) or nxt.pos != "NOUN" or not nxt.text.islower():
        return None
    return {"pos": "ADJ", "tag": "AJ0"}


def people_before_verb(toks, k: int, first: int, end: int) -> dict | None:
    """S19: "Child safety advocates welcomed the vote": a plural people noun read as a verb ("advocates" VVZ)
    right before the past tense that is the sentence's verb."""
    t = toks[k]
    if t.text.lower() in SINGULAR_PEOPLE and t.pos == "VERB" and k > first and k + 1 < end and (
            toks[k + 1].text.lower() in SPEECH_VERBS_PAST or (toks[k + 1].text == "," and k + 2 < end and toks[
                k + 2].text.lower() == "who") or toks[k + 1].pos == "ADP") and toks[k - 1].pos in (
                "ADJ", "NOUN", "PROPN", "DET"):  # "A sheriff's deputy in Calcasieu Parish, who …"
        return {"pos": "NOUN", "tag": "NN1"}  # s24: "A senior NHS figure said …" ("figure" VVB, "said" ADP)
    if t.tag != "VVZ" or k + 1 >= end or k == first or (toks[k + 1].tag not in ("VVD", "VVN") and toks[
            k + 1].text.lower() not in SPEECH_VERBS_PAST):  # s33: "Labor advocates (VVZ) said (PRP) …"
        return None
    return {"pos": "NOUN", "tag": "NN2"} if t.text.lower() in OPENING_PEOPLE | {"advocates", "groups"} else None


SINGULAR_PEOPLE = frozenset("figure source insider aide official deputy".split())


REAL_DETERMINERS = frozenset(
    """the a an this that these those some any each every no all both either neither much many few several such what
    which whose another other more most less least enough half""".split()
)


def noun_as_determiner(toks, k: int, first: int, end: int) -> dict | None:
    """S19: "The Swedish company said": the tagger read "company" as a determiner; a word that is no determiner
    right before a verb is a noun."""
    t = toks[k]
    if t.pos != "DET" or not t.text.isalpha() or t.text.lower() in REAL_DETERMINERS or k + 1 >= end:
        return None
    return {"pos": "NOUN", "tag": "NN1"} if toks[k + 1].pos in ("VERB", "AUX") else None


def known_organisation(toks, k: int, first: int, end: int) -> dict | None:
    """S19: "Amnesty International said …": a capitalised word naming a known organisation is a name,
    whatever the tagger read ("Amnesty" as an adverb cut the speaker down to "International")."""
    t = toks[k]
    if t.pos in ("PROPN", "NOUN") or not t.text[:1].isupper() or t.text.lower() not in ORG_NAMES_EN:
        return None
    return {"pos": "PROPN", "tag": "NP0"}


LOWER_ROLES = frozenset("boss coach manager captain striker".split())


def title_opening(toks, k: int, first: int, end: int) -> dict | None:
    """S14: "Trust Executive Director Javier Betancourt said …": the tagger reads the capitalised first word
    of an organisation's name as an imperative ("Trust" VVB) when a run of capitalised words with a role
    title follows and a reporting verb ends it; the word is part of the name."""
    t = toks[k]
    if k != first or t.tag not in ("VVB", "VVI") or not (t.text[:1].isupper() and t.text.isalpha()):
        return None
    from .english_subjects import ROLE_WORDS  # english_subjects imports the retag's users: loaded late

    j, titled = k + 1, False
    while j < end and j - k <= 6 and toks[j].text.isalpha() and (toks[j].text[:1].isupper() or (
            toks[j].text in ROLE_WORDS | LOWER_ROLES and j + 1 < end and toks[j + 1].text[:1].isupper())):
        titled = titled or toks[j].text.lower() in ROLE_WORDS | LOWER_ROLES  # s23: "Dunmere (VVB) boss Alan …"
        j += 1
    if titled and j - k >= 3 and j < end and (toks[j].text.lower() in SPEECH_EN or toks[j].text == "," and any(
            toks[x].text.lower() in SPEECH_EN for x in range(j + 1, end))):  # s31: "Waterloo Regional Chair Karen
        return {"pos": "PROPN", "tag": "NP0"}  # Dubois, who has pushed for the extension since 2019, said …"
    return None


def said_as_conjunction(toks, k: int, first: int, end: int) -> dict | None:
    """S20: "…, Oleh Syniehubov, said two people had been injured": the tagger read "said" after an apposition's
    comma as a conjunction; "said" and "says" are never one."""
    low = toks[k].text.lower()
    if low not in ("said", "says") or toks[k].pos not in ("CCONJ", "SCONJ", "ADP"):
        return None
    tense = "Past" if low == "said" else "Pres"
    return {"pos": "VERB", "tag": "VVD" if low == "said" else "VVZ", "morph": f"Mood=Ind|Tense={tense}|VerbForm=Fin"}


def reports_before_verb(toks, k: int, first: int, end: int) -> dict | None:
    """S21: "…, but reports suggested the club's owners were …": "reports" (tagged a verb) right before a past
    speech verb is the subject, the press."""
    t = toks[k]
    if t.text.lower() != "reports" or t.pos != "VERB" or k + 1 >= end:
        return None
    nxt = toks[k + 1]
    return {"pos": "NOUN", "tag": "NN2"} if nxt.tag == "VVD" and nxt.text.lower() in SPEECH_VERBS_PAST else None


SPEECH_VERBS_PAST = frozenset("suggested said claimed indicated showed alleged stated".split())
ROLE_MODIFIERS = frozenset("press campaign communications policy trade security research budget media".split())
ROLES_AFTER = frozenset("secretary secretaries officer officers office aide aides spokesman spokeswoman spokesperson "
                        "director chief adviser advisor manager team".split())


TITLE_ABBREVIATIONS = frozenset("Rep. Sen. Gov. Lt. Gen. Col. Sgt. Det. Insp. Supt. Rev. Capt. Cmdr. Adm.".split())


def title_abbreviation(toks, k: int, first: int, end: int) -> dict | None:
    """S23: "Rep. Dean Astley, R-Texas, wrote on X that …": a title read as a verb ("Rep." VVB) made the
    words before the cue a clause, a message fronted to "wrote"."""
    t = toks[k]
    if t.text not in TITLE_ABBREVIATIONS or t.pos in ("NOUN", "PROPN") or k + 1 >= end:
        return None
    return {"pos": "NOUN", "tag": "NN1"} if toks[k + 1].text[:1].isupper() else None


def role_modifier(toks, k: int, first: int, end: int) -> dict | None:
    """S23: "White House press secretary Lena Garrow pushed back": a noun before a role the tagger read as a verb
    ("press" VVB) became the cue."""
    t = toks[k]
    if t.pos != "VERB" or t.text not in ROLE_MODIFIERS or k == first or k + 1 >= end:
        return None
    return {"pos": "NOUN", "tag": "NN1"} if toks[k + 1].text in ROLES_AFTER else None


MODIFIER_NOUNS = frozenset("county state city town district school health police party union court".split())


def modifier_adverb(toks, k: int, first: int, end: int) -> dict | None:
    """S24: "…, county health officials said Friday": a noun modifying the speaker noun, tagged an adverb."""
    t = toks[k]
    if t.pos != "ADV" or t.text not in MODIFIER_NOUNS or k + 1 >= end or toks[k + 1].pos != "NOUN":
        return None
    return {"pos": "NOUN", "tag": "NN1"}


NAME_ROLES = frozenset(
    "president chairman chairwoman chair director secretary spokesman spokeswoman member adviser advisor "
    "spokesperson commander official captain coach manager skipper boss striker midfielder defender goalkeeper "
    "secretary-general".split()  # s32: "PDI-P secretary-general (AJ0) Dewi Kartika told reporters"
)  # s28: "RSF adviser (AJC) Omar Jibril", "Army (VVB) spokesman (AJ0) Colonel Ramon Villanueva"; s29: "Former England
# captain (VVB) Graham Wells, speaking on …, said"


def ally_noun(toks, k: int, first: int, end: int) -> dict | None:
    """S33: "according to an ally (AV0) of the Chancellor": the noun, read as an adverb for its "-ly"."""
    t = toks[k]
    if t.pos != "ADV" or t.text.lower() != "ally" or k == first or toks[k - 1].pos not in ("DET", "ADJ"):
        return None
    return {"pos": "NOUN", "tag": "NN1"}


def role_before_name(toks, k: int, first: int, end: int) -> dict | None:
    """S24: '"…," board president Dale Whitcomb said': a role word read as an adjective between its body's noun
    and a name made the body the speaker."""
    t = toks[k]
    if t.text not in NAME_ROLES or t.pos not in ("ADJ", "VERB", "ADV") or k == first or k + 2 >= end:
        return None
    body = toks[k - 1].pos == "NOUN" or (toks[k - 1].text[:1].isupper() and toks[k - 1].text.replace("-", "").isalpha())
    n = k + 2 if toks[k + 1].text == "," and k + 3 < end else k + 1  # s29: "The state Senate (VVB) president (AJ0),
    if not body or not (toks[n].text[:1].isupper() and toks[n + 1].text[:1].isupper()):  # Karen Whitlock, said"
        return None
    return {"pos": "NOUN", "tag": "NN1"}


def possessed_report(toks, k: int, first: int, end: int) -> dict | None:
    """S24: "The agency's report suggested that …": "report" after a possessive is the paper, and the "-ed" word
    after it (read as an adjective) its verb."""
    t = toks[k]
    low = t.text.lower()
    if low in ("report", "statement", "study", "filing") and t.pos == "VERB" and k > first and toks[
            k - 1].text.lower().endswith(("'s", "’s")):
        return {"pos": "NOUN", "tag": "NN1"}
    if low in SPEECH_VERBS_PAST and t.pos == "ADJ" and k - 1 > first and toks[k - 1].text.lower() in (
            "report", "statement", "study", "filing") and toks[k - 2].text.lower().endswith(("'s", "’s")):
        return {"pos": "VERB", "tag": "VVD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"}
    if t.tag == "VVB" and k > first and toks[k - 1].pos in ("NOUN", "PROPN") and toks[k - 1].text.lower().endswith(
            ("'s", "’s")) and toks[k + 1].pos in ("ADP", "PUNCT"):
        return {"pos": "NOUN", "tag": "NN1"}  # s27: "a senior engineer at the company's plant in Huntsville" (before a
        # speech verb `english_clauses.repair` reads it a noun already: "the prime minister's office said")
    return None


def name_tail_verb(toks, k: int, first: int, end: int) -> dict | None:
    """S27: "the Wisconsin Justice Data Project (VVB), a nonpartisan research group": a capitalised base verb that
    ends a run of names before a comma or "said" is the name's last word (no speech verb: "Trump Says" stays)."""
    t = toks[k]
    if t.tag not in ("VVB", "VVZ") or not t.text[:1].isupper() or not t.text.isalpha() or k - 1 <= first:
        return None
    if toks[k - 1].pos != "PROPN" or t.text.lower() in SPEECH_EN or k + 1 >= end:
        return None
    return {"pos": "PROPN", "tag": "NP0"} if toks[k + 1].text in (",", ")") or toks[k + 1].text in SPEECH_EN else None


def noun_after_quote(toks, k: int, first: int, end: int) -> dict | None:
    """S27: '"…," summit (VVB) president Grace Wanjala told …': a base verb right after a fronted quotation's
    closing mark that is no speech verb ("…," say officials) opens the speaker's noun phrase."""
    t = toks[k]
    if t.tag != "VVB" or not t.text.islower() or k < first + 2 or toks[k - 1].text not in ('"', "”", "’"):
        return None
    if toks[k - 2].text != "," or t.text in SPEECH_EN or k + 2 >= end:
        return None
    nxt = toks[k + 1]
    return {"pos": "NOUN", "tag": "NN1"} if nxt.pos in ("NOUN", "ADJ", "PROPN") and nxt.text.isalpha() else None


def name_after_quote(toks, k: int, first: int, end: int) -> dict | None:
    """S28: '"…," Abdoulie (NN1) Jallow (VVB), president of …, told reporters': two capitalised words right after
    a fronted quotation's closing mark and its comma, then a comma or a speech verb, are the speaker's name."""
    t = toks[k]
    if not (t.text[:1].isupper() and t.text.isalpha()) or t.pos == "PROPN":
        return None
    s = k if k >= first + 2 and toks[k - 1].text in ('"', "”") and toks[k - 2].text == "," else k - 1
    if s < first + 2 or s + 2 >= end or toks[s - 1].text not in ('"', "”") or toks[s - 2].text != ",":
        return None
    second, after = toks[s + 1], toks[s + 2]
    if not (toks[s].text[:1].isupper() and second.text[:1].isupper() and second.text.isalpha()):
        return None
    return {"pos": "PROPN", "tag": "NP0"} if after.text == "," or after.text.lower() in SPEECH_EN else None


BODY_WORDS = frozenset("office agency ministry council commission committee department newspaper broadcaster".split())


def body_noun(toks, k: int, first: int, end: int) -> dict | None:
    """S29: "The U.N. human rights office (VVB) in Geneva said", "The newspaper (AJ0) El Comercio reported": a noun for
    a body after a determiner, adjective or noun, read as a verb or adjective, made the words around it the speaker."""
    t = toks[k]
    if t.text not in BODY_WORDS or t.pos not in ("VERB", "ADJ") or k == first or k + 1 >= end:
        return None
    if toks[k - 1].pos not in ("DET", "ADJ", "NOUN", "PROPN"):
        return None
    nxt = toks[k + 1]
    if nxt.pos in ("ADP", "VERB", "AUX") or nxt.text in (",", "(") or (nxt.text[:1].isupper() and nxt.pos == "PROPN"):
        return {"pos": "NOUN", "tag": "NN1"}
    return None


OPENING_RULES = (
    club_name_opening, name_before_said, ampersand_name,
    body_noun, capitalised_name_opening, capitalised_link, institution_title, modifier_adverb, possessed_report,
    noun_after_quote, name_after_quote, name_tail_verb, role_before_name, name_word,
    opening_plural_subject, title_opening, opening_noun, opening_adjective, known_organisation, noun_as_determiner,
    people_before_verb, reports_before_verb, role_modifier, title_abbreviation, ally_noun,
)
"""The word-level retags `english_clauses.repair` tries last, in order: the first that applies wins."""
