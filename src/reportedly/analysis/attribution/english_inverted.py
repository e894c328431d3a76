"""English wire-style inversion: the message first, then the cue and the speaker ('"The plan will fail,"
said Jane Roe', "The plan will fail, officials said."), and the addressee after "told" (moved out of
english.py, round 18)."""

from __future__ import annotations

from . import english_bounds as EB
from . import english_clauses as EC
from . import english_subjects as ES
from . import messages as M
from .english_mood import FINITE_TAGS as _FINITE_TAGS
from .lexicon import ANON_HEADS
from .names import known_first_name
from .phrases import np_tokens
from .speakers import is_person_noun

POSSESSIVE_DETS = frozenset("his her their its our my".split())
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ"})


def _has_finite(toks, a: int, b: int) -> bool:
    return any(
        t.tag in _FINITE_TAGS or ("VerbForm=Fin" in t.morph and t.pos in ("VERB", "AUX"))
        for t in toks[a:b]
        if not t.quote
    )


RIGHTWARD = frozenset("that whether how why what".split())
"""Words right after a cue that open its complement: the cue reports to the right, not what came before."""


OBJECT_VERBS = frozenset(
    "welcomed welcomes criticised criticized condemned condemns praised praises rejected rejects denied denies "
    "accused accuses urged urges blamed blames backed backs defended defends".split()
)
"""Reporting verbs that take an object and never invert ("…, said X" inverts; "…, welcomed X" does not)."""
SUBJECT_PRONOUNS_EN = frozenset("he she they it we i".split())
INSERTED_ADVERBS = frozenset("however meanwhile too though instead moreover nonetheless nevertheless".split())


def inserted_adverb(toks, i: int, first: int) -> bool:
    """S19: a sentence adverb between commas right before the cue (", however, said") is inserted into
    the subject's clause; the comma before the cue ends no fronted message."""
    return i - 3 > first and toks[i - 1].text == "," and toks[i - 3].text == "," and (
        toks[i - 2].text.lower() in INSERTED_ADVERBS) and (toks[i - 4].pos in ("NOUN", "PROPN") or toks[
            i - 4].text == ")") and not _has_finite(
        toks, first + 1, i - 3)  # not "The law is weak, however, said Smith"


def _fronted(toks, k: int, first: int) -> str | None:
    """What ends right before token k: "quote" (a closing mark), "clause" (", " after a clause)."""
    if k <= first:
        return None
    prev = toks[k - 1].text
    if prev in M.QUOTE_MARKS and k - 1 > first:
        return "quote"
    if prev == "," and _has_finite(toks, first, k - 1):
        return "clause"
    return None


def _verb_follows(toks, b: int, end: int) -> bool:
    """A finite verb right after the noun phrase (past adverbs): "the company strongly denies" ("denies"
    may be tagged a plural noun after the adverb)."""
    k = b
    while k < end and toks[k].pos == "ADV":
        k += 1
    if k >= end:
        return False
    t = toks[k]
    if not t.text.islower():
        return False  # "of the Open Markets Institute": a capitalised "verb" is part of a name
    if t.text in FINITE_AUX and k == b:
        return True  # s24: "…, who was not authorized to speak, said rescue crews had pulled …"
    return t.tag in ("VVZ", "VVD") or (k > b and t.text.endswith(("s", "ed")) and t.pos == "NOUN")


FINITE_AUX = frozenset("had has have was were is are would will could can should might may must".split())
"""A finite auxiliary right after the noun phrase makes it the subject of a reported clause, not the speaker."""


def _fronted_past(toks, i: int, first: int) -> str | None:
    """Round 18: "The alert began at 6 p.m., said X": a clause whose verb the tagger read as a participle
    ("began" VVN) before ", said" — "clause" when the comma follows a noun and a verb of its own."""
    if i - 2 <= first or toks[i - 1].text != "," or i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper():
        return None  # a name must follow: not "A letter, seen by the Guardian, says schools …"
    return "clause" if toks[first].pos in ("DET", "NOUN", "PROPN", "PRON") and any(
        t.pos == "VERB" and t.tag in ("VVN", "VVD") for t in toks[first + 1 : i - 1]
    ) else None


def _trailing_speaker(toks, i: int, first: int):
    """(speaker, message) for "<clause>, <noun phrase>, who/which …, <cue>": the speaker closes the sentence
    with a relative clause between it and the cue; None otherwise."""
    if i - 6 <= first or toks[i - 1].text != ",":
        return None
    rel = next((k for k in range(i - 3, max(first, i - 30), -1) if toks[k].text == "," and toks[k + 1].text.lower() in (
        "who", "which")), None)
    if rel is None or any(t.text == "," for t in toks[rel + 1 : i - 1]):
        return None
    c1 = next((k for k in range(rel - 1, max(first, rel - 12), -1) if toks[k].text == ","), None)
    if c1 is None or c1 - first < 3 or not _has_finite(toks, first, c1) or _has_finite(toks, c1 + 1, rel):
        return None
    if toks[c1 + 1].pos not in ("DET", "NUM", "ADJ", "NOUN", "PROPN") or not any(
            t.pos in ("NOUN", "PROPN") for t in toks[c1 + 1 : rel]):
        return None
    return (c1 + 1, rel), (first, c1)


def inverted(toks, i: int, first: int, end: int, src: tuple[int, int] | None):
    """(source tokens, message tokens or None) when the cue at i follows its message, else None."""
    if toks[i].text.lower().endswith("ing"):  # "…, saying the money …": a participle reports rightwards
        return None
    if inserted_adverb(toks, i, first):
        return None  # s19: "Civil liberties groups, meanwhile, argued …": the subject stands before the adverb
    if i + 2 < end and toks[i - 1].text == "," and toks[i + 1].text.lower() in SUBJECT_PRONOUNS_EN and (
            toks[i + 2].pos in ("VERB", "AUX")):
        return None  # s19: "Aides to X, who …, said he was relieved": the pronoun opens the reported clause
    k = i - 1
    while k > first and toks[k].pos in ("ADV", "AUX"):
        k -= 1
    if k > first and toks[k].text.lower() in ("who", "which"):
        return None  # "X, a quality engineer who testified before the panel, said": a relative clause
    if (trailing := _trailing_speaker(toks, i, first)) is not None:
        return trailing  # s23: "…, a person familiar with the matter, who spoke on condition …, told Reuters."
    stop = end - (toks[end - 1].text in (".", "!"))
    if i - 2 > first and toks[i - 1].text == "," and toks[i].text.lower() in ("says", "said") and (
            1 <= stop - i - 1 <= 6) and all(t.pos in ("DET", "ADJ", "NOUN", "PROPN") or "-" in t.text for t in toks[
            i + 1 : stop]) and any(t.pos in ("NOUN", "PROPN") for t in toks[i + 1 : stop]):  # s24: "Israeli strike
        return (i + 1, stop), M.left_message(toks, i, first, "en")  # kills 22, says Hamas-run health ministry"
    kind = _fronted(toks, i, first) or _fronted_past(toks, i, first)
    if toks[i].text.lower() in TELL:
        kind = None  # round 18: "…, told reporters that …": the noun after "told" is told, never the speaker
    if toks[i].text.lower() in OBJECT_VERBS:
        kind = None  # s19: "Spotify, which filed the complaint, welcomed the ruling": no inversion, an object
    if i + 1 < end and toks[i + 1].text.lower() in RIGHTWARD:
        kind = None  # s13: "…, Alex Barrios, assistant director, explained that signals …": a that-clause follows
    if kind is not None and i + 3 < end and toks[i + 2].text.lower() == "of" and (
        toks[i + 1].pos == "NUM" or toks[i + 1].text.lower() in ("one", "some", "several", "many", "both", "each")
    ):  # '"…," said one of the officials, who …'
        head = next((k for k in range(i + 3, min(end, i + 7)) if toks[k].text in (",", ".")), min(end, i + 7))
        return (i + 1, head), (M.left_message(toks, i, first, "en") if kind == "clause" else None)
    if kind is not None:  # '"…," said Jane Roe' / '…, said one official'
        head = next(
            (
                k
                for k in range(i + 1, min(end, i + 4))
                if toks[k].pos in ("NOUN", "PROPN", "PRON")
                or (toks[k].text[:1].isupper() and toks[k].text.isalpha())
                or toks[k].text.lower() in ANON_HEADS  # "said one official, who …": "official" tagged ADJ
                or toks[k].text.lower() in ("another", "others")  # round 11: '"…," said another.'
                or (toks[k].text.islower() and is_person_noun(toks[k].text))
            ),
            None,
        )
        if head is None or any(toks[k].text in (",", ".") for k in range(i + 1, head)):
            return None
        if not all(
            toks[k].pos in _SPEAKER_POS or not toks[k].pos or (
                toks[k].text.islower() and k + 1 == head and toks[k].pos != "ADP")
            for k in range(i + 1, head)
        ):  # "said lead author Jane Roe": "lead" tagged a verb; s29: not "said on X that"
            return None
        a, b = np_tokens(toks, head, i + 1, end)
        if _verb_follows(toks, b, end):
            return None  # round 18: "…, claims the company strongly denies": the noun phrase has a verb of its own
        if b < end and toks[b].text in ("“", '"') and any(t.text in ("”", '"') for t in toks[b + 1 : end]):
            return None  # s25: "A post …, shared 3,000 times, claimed the alert system “went silent …”": an object
        while b < end and toks[b].text.isalpha() and (  # s7 (PROPN): "said union president Karin Müller"
            (toks[b].text.islower() and is_person_noun(toks[b].text)) or (toks[b].pos == "PROPN" and b > a)
        ):
            b += 1  # "said one GOP operative": the tagger called "operative" an adjective
        b = _role_then_name(toks, b, end)  # s31: "said Forest & Bird regional manager Alastair Moore"
        if toks[b - 1].text.endswith(("'s", "’s")):
            while b < end and toks[b].text.islower() and toks[b].text.isalpha() and toks[b].pos in ("ADJ", "NOUN"):
                b += 1  # s31: "said the study's lead author, Dr Priya Nandakumar, …": on to the possessed role
        b = _office_of(toks, b, end)  # s31: "said the Commissioner for Internal Security and Home Affairs, Ibrahim …"
        if b + 2 < end and toks[b].text == "," and (n := _closing_name(toks, b + 1, end)):
            b += 1 + n  # s27: '"…," said Ledgerlight's head of research, Sunniva Akande.': her name
        return (a, b), (M.left_message(toks, i, first, "en") if kind == "clause" else None)
    if (  # "The plan, officials say, is to finish by June": a parenthetical cue, two message pieces
        src is not None
        and src[1] == i
        and src[0] - 1 > first + 1
        and toks[src[0] - 1].text == ","
        and i + 1 < end
        and toks[i + 1].text == ","
        and (  # not "…, an official said, speaking on condition …"; but "If the talks fail, X said, …"
            not _has_finite(toks, first, src[0] - 1) or toks[first].text.lower() in EB.CONDITIONALS
        )
        and not (i + 2 < end and toks[i + 2].text.lower().endswith("ing"))
    ):
        stop = M.content_end(toks, first, end)
        if stop - (i + 2) >= 2 and any(t.pos in ("VERB", "AUX") for t in toks[i + 2 : stop]):
            return src, [(first, src[0] - 1), (i + 2, stop)]
    told = EC.told_clause(toks, i, first, end, after_addressee(toks, i + 1, end))
    if told is not None and src is not None and src[1] <= i:  # "told Congress it is moving ahead …, according to"
        return src, [told]
    it = ES.trailing_it(toks, i, first) if src is None else None  # "Inflation remained too high, it said."
    if it is not None and any(t.pos in ("VERB", "AUX") for t in toks[first : it[0] - 1]):
        left = M.left_message(toks, it[0], first, "en")
        return (it, left) if left is not None else None
    if src is not None and src[1] == i and src[0] > first:  # '…, officials said.'
        if src[0] - 1 > first and toks[src[0] - 1].text.lower() in POSSESSIVE_DETS:
            src = (src[0] - 1, src[1])  # "…, her office said"
        lead = src[0] + (toks[src[0]].text in EB.DASHES and src[0] + 1 < i)  # a dash tagged as a noun
        dashed = EB.dash_fronted(toks, lead, first, i, end)
        if dashed is not None:  # "The strikes will continue — and may get worse — union leaders warned."
            return (lead, src[1]), dashed
        right = M.right_message(toks, i + 1, first, end, "en")
        if right is not None and toks[i + 1].text != "," and _has_finite(toks, *right):
            return None  # "Asked whether she would go, Truss said she would stay": the clause after
        kind = _fronted(toks, src[0], first)
        if kind is not None:
            return src, (M.left_message(toks, src[0], first, "en") if kind == "clause" else None)
    return None


def _role_then_name(toks, b: int, end: int) -> int:
    """Past lowercase role words and the capitalised name after them ("regional manager Alastair Moore") that
    continue an inverted speaker's phrase; `b` itself when no name follows within three words."""
    j = b
    while j < end and j - b < 3 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].pos in (
            "ADJ", "NOUN"):
        j += 1
    if j == b or j >= end or toks[j].pos != "PROPN" or not toks[j].text[:1].isupper():
        return b
    j += 1
    while j < end and toks[j].pos in ("PROPN", "NOUN") and toks[j].text[:1].isupper():
        j += 1  # the surname the tagger may read as a noun ("Alastair Moore")
    return j


TELL = frozenset("told tell tells telling".split())
ADDRESSEE_DETS = frozenset("the a an his her their its our".split())


def after_addressee(toks, k: int, end: int) -> int:
    """After "told": the addressee is no part of the message ("told Reuters the deal was off",
    "told reporters that …", "told the BBC it would …"). k is the token after the cue."""
    if k + 2 < end and toks[k].text == ",":  # "reported, citing two officials, that …"
        close = next((j for j in range(k + 2, min(end, k + 12)) if toks[j].text == ","), None)
        if close is not None and (
            toks[k + 1].text.lower() == "citing" or (close + 1 < end and toks[close + 1].text.lower() == "that")
        ):
            return close + 1  # "have claimed, without evidence, that …"
    if k <= 0 or toks[k - 1].text.lower() not in TELL:
        return k
    j = k + (k < end and toks[k].text.lower() in ADDRESSEE_DETS)
    start = j
    while (
        j < end
        and j - start < 7
        and toks[j].text.lower() not in ("that", "it", "he", "she", "they", "we", "i", "the", "a", "an")
        and (
            toks[j].pos in ("NOUN", "PROPN")
            or toks[j].text[:1].isupper()
            or (j > start and (toks[j].text in ("'s", "’s", "'", "’") or toks[j].text.isdigit() or (
                toks[j].text == "s" and toks[j - 1].text in ("'", "’"))))  # s28: "BBC Radio 4's Today programme"
            or toks[j].text.lower() in EC.AUDIENCES
            or (j == start and toks[j].pos == "ADJ" and j + 1 < end and toks[j + 1].text.lower() in EC.AUDIENCES)
        )  # "told local media", "told state television"
        and not (  # s10: "told the BBC inspectors had been denied access": a lower-case subject after the name;
            # s28: also after a word for the audience ("told reporters inflation was falling")
            j > start and toks[j].text.islower() and (toks[j - 1].text[:1].isupper() or toks[
                j - 1].text.lower() in EC.AUDIENCES) and j + 1 < end
            and toks[j + 1].pos in ("AUX", "VERB") and "VerbForm=Fin" in toks[j + 1].morph
        )
    ):
        j += 1
    if j > start and j + 3 < end and toks[j].text == "," and toks[j + 1].text.lower() in INSERTED_ADVERBS and toks[
            j + 2].text == ",":
        j += 3  # s29: "told Motorsport.com, however, the crew had been using …"
    return j if j > start else k



def _office_of(toks, b: int, end: int) -> int:
    """Past "for"/"of" and the capitalised words of an office's name up to a comma that a name follows ("the
    Commissioner for Internal Security and Home Affairs, Ibrahim Garba Lere"); `b` when there is none."""
    if b >= end or toks[b].text not in ("for", "of"):
        return b
    k = b + 1
    while k < end and k - b <= 8 and (toks[k].text[:1].isupper() or toks[k].text in ("and", "of", "the", "&")):
        k += 1
    return k if k + 2 < end and k > b + 1 and toks[k].text == "," and _closing_name(toks, k + 1, end) else b


def _closing_name(toks, k: int, end: int) -> int:
    """S27: the length of two capitalised words (s31: or three, "Ibrahim Garba Lere") that close the sentence after a
    comma, the first a first name or tagged a name ('"…," said Ledgerlight's head of research, Sunniva Akande.');
    0 when there are none."""
    first_word = toks[k]
    if not ((known_first_name(first_word.text) or first_word.pos == "PROPN") and first_word.text.isalpha()):
        return 0
    n = 1
    while n < 3 and k + n < end and toks[k + n].text[:1].isupper() and toks[k + n].text.isalpha():
        n += 1
    return n if n >= 2 and (k + n >= end or toks[k + n].text in (".", ",")) else 0
