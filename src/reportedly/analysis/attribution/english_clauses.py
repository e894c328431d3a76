"""English news constructions, round 10: tag repairs the attribution rules depend on; reports that are
no reports (a passive, a reduced relative, "posted a video saying …", "did not say how …", set phrases);
a clause after "told X" or another cue before a comma; the word lists the other round-10 modules share.
Sentences in tests/attribution/test_english_round10.py.

The repairs run once per English sentence, before its cues are looked for (`retag`, called from
`english_wire.hearsay_event`, the first English check on every token), and are undone when the English
engine is done (`restore`, called from `english_wire.whole_quotes`). They only correct tags that are
plainly wrong for the words around a reporting verb ("Smith's office said": "office" is a noun, not a
verb; "Health Secretary …": "Health" is no imperative; "she wanted": a verb) and leave every other
token alone.
"""

from __future__ import annotations

from contextlib import contextmanager

from . import english_retags as ER
from .cues import SPEECH_EN
from .speakers import is_person_noun

POSSESSOR_PRONOUNS = frozenset("his her their its our my your".split())
SUBJECT_PRONOUNS = frozenset("he she they we i".split())
PRESENT_VERB_TAGS = frozenset({"VVB", "VVZ", "VV0", "VVI", "VB", "VBP", "VBZ"})


def _possessor(tok) -> bool:
    low = tok.text.lower()
    return low in POSSESSOR_PRONOUNS or low.endswith(("'s", "’s", "s'", "s’")) and len(low) > 2


def retag(doc, first: int, end: int) -> None:
    """Once per sentence, the tag repairs (`repair`); `restore` undoes them when the English engine is
    done with the document, so no other analysis sees them."""
    toks = doc.tokens
    entry = _UNDO.get(id(toks))
    if entry is None or entry[0] is not toks:
        entry = _UNDO[id(toks)] = (toks, [], set())
    if first in entry[2]:
        return
    entry[2].add(first)
    for k in range(first, end - 1):
        fix = repair(toks, k, first, end)
        if fix:
            t = toks[k]
            entry[1].append((t, t.pos, t.tag, t.morph, t.ent))
            for name, value in fix.items():
                setattr(t, name, value)


_UNDO: dict[int, tuple[list, list, set]] = {}
"""Tag repairs in force, by the id of the document's token list: (the list, the tokens' old tags, the
sentences done)."""


@contextmanager
def tag_repairs(toks):
    """Around the whole engine: whatever happens, no repaired tag outlives it (`restore` is idempotent)."""
    try:
        yield
    finally:
        restore(toks)


def restore(toks) -> None:
    """Undo the tag repairs of this document (called once the English engine has run)."""
    entry = _UNDO.pop(id(toks), None)
    if entry is None or entry[0] is not toks:
        return
    for t, pos, tag, morph, ent in reversed(entry[1]):
        t.pos, t.tag, t.morph, t.ent = pos, tag, morph, ent


MONTHS_EN = frozenset("January February March April May June July August September October November December".split())
REPAIRED_POS = frozenset("VERB ADJ ADV ADP NUM SCONJ DET AUX".split())
REPAIRED_WORDS = ER.PAST_REPORTS | ER.NAME_PARTICLES | ER.PLURAL_PRESENT_EN | SPEECH_EN | {"former"}
"""What a lower-case token needs for any rule of `repair` to apply: one of these tags (or "VVZ", which
`people_before_verb` reads), or one of these words (`past_report`, `former_modifier`, a name particle,
`opening_plural_subject`)."""


OUTLET_KINDS = frozenset("daily weekly newspaper tabloid broadsheet magazine broadcaster".split())
"""Words for an outlet before its name that the tagger may read as adjectives ("Portuguese newspaper Record")."""


def repair(toks, k: int, first: int, end: int) -> dict | None:
    """The tag repair for token k, or None: a lower-case word the tagger called a present-tense verb (or an
    adjective, adverb …) between a possessor and a reporting verb is a noun ("Smith's office said", "Her
    office said"); "-ed" after he/she/they is a past-tense verb ("told reporters she wanted justice"); a
    capitalised "verb" opening a title is a name ("Health Secretary Victoria Atkins", "Labour leader …",
    "Downing Street sources"); a reporting verb tagged as a preposition between a noun and a clause is a
    verb ("Some in the administration believe the …"); an "adjective" after an article right before a
    reporting verb is a noun ("The hospital said"); "TASS news agency"; a name before an unnamed
    spokesman is no speaker of its own ("A Kremlin spokesman said"); words for unnamed people read as
    verbs or adjectives are nouns."""
    t = toks[k]
    if t.pos not in REPAIRED_POS and t.tag != "VVZ" and not t.text[:1].isupper() and t.text not in REPAIRED_WORDS:
        return None  # most tokens (lower-case nouns, pronouns, punctuation): no rule below applies
    if t.text == "May" and k > first and t.pos == "AUX" and k + 1 < end and toks[k + 1].tag != "VVI":
        return {"pos": "PROPN", "tag": "NP0", "morph": ""}  # s31: "the Fed's May meeting": the month, no modal
    if t.tag == "VVG" and k > first and toks[k - 1].text in MONTHS_EN and t.text.islower():
        return {"pos": "NOUN", "tag": "NN1", "morph": ""}  # "May meeting", "June hearing": a noun after the month
    if (said := ER.said_as_conjunction(toks, k, first, end)) is not None:
        return said  # s20: "…, Oleh Syniehubov, said two people …" ("said" read as a conjunction)
    if t.text in ER.PAST_REPORTS:  # round 12: "…, the Wall Street Journal reported, citing …"
        return ER.past_report(toks, k, first, end)
    if t.text.lower() == "former":  # "A former official who …": an adjective, not an adverb
        return ER.former_modifier(toks, k, first, end)
    if (
        k > first
        and t.pos in ("VERB", "ADJ", "ADV", "ADP", "NUM")
        and (t.pos != "VERB" or t.tag in PRESENT_VERB_TAGS or t.tag == "VVG")  # s7: "the group's thinking said"
        and t.text.isalpha()
        and t.text.islower()
        and t.text not in SPEECH_EN
        and _possessor(toks[k - 1])
        and toks[k + 1].text.lower() in SPEECH_EN
    ):
        return {"pos": "NOUN", "tag": "NN2" if t.text.endswith("s") and not t.text.endswith("ss") else "NN1"}
    if (
        k > first
        and k + 1 < end
        and (toks[k - 1].text[:1].isupper() or t.text in OUTLET_KINDS and toks[k - 1].pos == "NOUN")  # s32:
        and toks[k + 1].text[:1].isupper()  # "Spanish sports daily Marca reported"
        and t.pos in ("ADP", "ADJ", "VERB", "ADV", "SCONJ")
        and t.text.isalpha()
        and t.text.islower()
        and t.text not in SPEECH_EN
        and (is_person_noun(t.text) or t.text in OUTLET_KINDS)  # s31: "Hindi daily Prabhat Khabar reported"; s33:
        # "according to Portuguese newspaper (AJ0) Record"
    ):  # round 16: "Jefferies analyst Philippe Houchois" ("analyst" tagged a preposition)
        return {"pos": "NOUN", "tag": "NN1"}
    if (
        k > first
        and t.pos == "ADJ"
        and t.text.islower()
        and t.text.endswith("ed")
        and toks[k - 1].text.lower() in SUBJECT_PRONOUNS
    ):
        return {"pos": "VERB", "tag": "VVD", "morph": "Mood=Ind|Tense=Past|VerbForm=Fin"}
    if (
        t.pos == "VERB"
        and (t.tag in PRESENT_VERB_TAGS or t.tag == "VVG")
        and t.text[:1].isupper()
        and t.text.isalpha()
        and t.text.lower() not in FRONT_WORDS
        and (k == first or toks[k - 1].text[:1].isupper())
        and (
            (toks[k + 1].text[:1].isupper() and toks[k + 1].pos in ("PROPN", "NOUN"))
            or toks[k + 1].text.lower() in TITLE_HEADS
        )
    ):
        return {"pos": "PROPN", "tag": "NP0"}
    if (
        k > first
        and t.pos in ("ADP", "ADJ", "SCONJ")
        and t.text.lower() in SPEECH_EN
        and t.text.lower() not in ("said", "say", "says", "told", "tells", "tell", "according")
        and not t.text.lower().endswith(("ing", "ed"))
        and t.text.islower()
        and toks[k - 1].pos in ("NOUN", "PROPN", "PRON")
        and (toks[k + 1].text.lower() in CLAUSE_OPENERS or toks[k + 1].pos in ("NOUN", "PROPN"))
    ):  # "Some in the administration believe the strategy has failed" ("believe" tagged a preposition)
        return {"pos": "VERB", "tag": "VVB"}
    if (
        k > first
        and t.pos == "ADJ"
        and t.text.replace("-", "").isalpha()
        and t.text.islower()
        and (toks[k - 1].pos == "DET" or _possessor(toks[k - 1]) or _after_det_modifier(toks, k, first))
        and _cue_follows(toks, k + 1, end)
    ):  # "The hospital said …", "A hospital also said …": the head of the subject, not an adjective
        return {"pos": "NOUN", "tag": "NN1"}
    if (
        k > first
        and t.pos == "ADV"
        and t.text.endswith("ly")
        and toks[k - 1].pos == "DET"
        and toks[k + 1].pos == "NOUN"
        and _cue_follows(toks, k + 2, end)
    ):  # round 11: "The elderly woman told reporters …": an adjective
        return {"pos": "ADJ", "tag": "AJ0"}
    if t.pos == "VERB" and t.text.lower() == "news" and toks[k + 1].text.lower() in OUTLET_HEADS:
        return {"pos": "NOUN", "tag": "NN1"}
    if k > first and t.text[:1].isupper() and t.text.isalpha() and _modifies_unnamed(toks, k, first, end):
        return {"pos": "ADJ", "ent": "O"}
    if _people_noun_misread(toks, k, end):
        return {"pos": "NOUN", "tag": "NN2" if t.text.lower().endswith("s") else "NN1"}
    return next((r for r in (rule(toks, k, first, end) for rule in ER.OPENING_RULES) if r is not None), None)


def _after_det_modifier(toks, k: int, first: int) -> bool:
    """Round 11: "A 45-year-old man said", "A local passer-by said": an article, then one or two
    modifiers, then token k."""
    j = k - 1
    while j > first and k - j <= 4 and (toks[j].pos in ("ADJ", "NUM") or toks[j].text == "-" or toks[j].text.isdigit()):
        j -= 1  # "45 - year-old" is three tokens
    return j < k - 1 and toks[j].pos == "DET" and toks[j].text.lower() in ("a", "an", "the", "one", "another")


def _cue_follows(toks, j: int, end: int) -> bool:
    """Does a reporting verb follow at j, after "also/has/had/have" at most?"""
    while j < end and toks[j].text.lower() in ("also", "has", "have", "had", "previously", "later"):
        j += 1
    return j < end and toks[j].text.lower() in SPEECH_EN and toks[j].text.lower() not in ("according", "reportedly")


def _modifies_unnamed(toks, k: int, first: int, end: int) -> bool:
    """Is token k in a run of one to three capitalised words between "a/an/one/two …" (adjectives
    between) and an unnamed spokesman or official ("A Pentagon spokesman", "A State Department
    spokesperson", "a senior Hamas official")?"""
    if toks[k].text.lower() in UNNAMED_DETS:
        return False
    a = k
    while (
        a > first
        and toks[a - 1].text[:1].isupper()
        and toks[a - 1].text.isalpha()
        and toks[a - 1].text.lower() not in UNNAMED_DETS | {"the"}
    ):
        a -= 1
    b = k + 1
    while b < end and toks[b].text[:1].isupper() and toks[b].text.isalpha():
        b += 1
    if b - a > 3 or b >= end or toks[b].text.lower() not in ANON_ROLE_NOUNS:
        return False
    j = a - 1
    while j > first and toks[j].text.lower() in ("senior", "junior", "top", "former", "unnamed", "second"):
        j -= 1
    return j >= first and toks[j].text.lower() in UNNAMED_DETS


OUTLET_HEADS = frozenset("agency agencies outlet outlets channel website service".split())
UNNAMED_DETS = frozenset("a an one another two three four several some".split())
ANON_ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officials source sources aide aides diplomat diplomats".split()
)
FRONT_WORDS = frozenset("speaking writing asked according following citing saying adding".split())
TITLE_HEADS = frozenset(
    """leader leaders secretary minister spokesman spokeswoman spokesperson chief official officials sources
    source mp mps chairman president director""".split()
)


def _people_noun_misread(toks, k: int, end: int) -> bool:
    """ "Officials familiar with the matter said" (VERB), "A relative of the victim said", "The official
    said" (ADJ): a word for unnamed people the tagger took for a verb or adjective, when what follows
    cannot continue a verb phrase or an adjective's noun phrase."""
    t = toks[k]
    low = t.text.lower()
    if t.pos not in ("VERB", "ADJ", "AUX") or not t.text.isalpha() or low in SPEECH_EN or low not in PEOPLE_WORDS:
        return False  # s28: "one fan (AUX) wrote on X"
    nxt = toks[k + 1] if k + 1 < end else None
    if nxt is None:
        return False
    n = nxt.text.lower()
    if t.pos in ("VERB", "AUX"):
        return n in ("familiar", "close", "briefed", "who", ",", "of", "with", "in", "at", "from", "for") or (
            n in SPEECH_EN and nxt.pos != "NOUN"
        )
    return nxt.pos in ("ADP", "VERB", "AUX", "PUNCT", "SCONJ") or n in SPEECH_EN or n == "who"


PEOPLE_WORDS = frozenset(
    """official officials source sources resident residents witness witnesses critic critics relative relatives
    expert experts analyst analysts observer observers insider insiders aide aides diplomat diplomats
    spokesperson spokesman spokeswoman worker workers employee employees neighbour neighbours neighbor neighbors
    survivor survivors volunteer volunteers activist activists protester protesters lawmaker lawmakers
    investigator investigators prosecutor prosecutors doctor doctors nurse nurses teacher teachers student
    students parent parents mother father victim victims member members supporter supporters opponent
    opponents executive executives passenger passengers soldier soldiers officer officers ally allies people
    whistleblower whistleblowers engineer engineers pilot pilots consultant consultants
    person persons police fan fans""".split()
)
"""English nouns for unnamed people that the tagger sometimes reads as verbs or adjectives."""


CONJOINED = frozenset("and but".split())


SHARED_ADVERBS = frozenset("also later then instead nevertheless still yet".split())


CONJOINED_CUES = frozenset(
    "added said warned insisted stressed noted argued told acknowledged conceded cautioned admitted".split()
)


PROMISE_VERBS = frozenset(
    """vowed vows pledged pledges promised promises threatened threatens""".split()
)
"""Verbs of commitment whose message is the to-infinitive: "The president vowed to rebuild the city"."""


CALL_VERBS = frozenset("called calls calling".split())


FINITE_TAGS = frozenset("VBD VBZ VBP VVD VVZ VBB VHB VHD VHZ VDB VDD VDZ VM0".split())


TRAILING_AUX = frozenset("has have had also later then has also previously reportedly allegedly".split())


REDUCED_RELATIVE_CUES = frozenset("posted published released issued shared reported".split())


DOC_WORDS = frozenset("statement video message post letter report document note tweet update clip".split())


def reduced_relative(toks, i: int, first: int) -> bool:
    """ "said in a statement posted on Telegram that …": the participle describes the document
    ("a statement [that was] posted"), it is no second report; likewise "The plan, announced in
    March, would …" and the passive "The minister was criticised for …", "The deal was announced
    after …" (the subject is what was said or whom it was said about, not the speaker)."""
    low = toks[i].text.lower()
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else ""
    if (
        low in REDUCED_RELATIVE_CUES
        and i - 1 > first
        and toks[i - 1].text.lower() in DOC_WORDS
        and toks[i - 2].text.lower() in ("a", "an", "the", "its", "his", "her", "their", "this")
    ):
        return True
    if low in PASSIVE_NO_SPEAKER and i - 1 > first and nxt not in ("that", "to", ":", ""):
        k = i - 1
        while k > first and toks[k].text.lower() in ("previously", "widely", "first", "publicly", "already", "not"):
            k -= 1
        if toks[k].text.lower() in ("was", "were", "is", "are", "been", "being", "be"):
            return True  # "was criticised for …", "was announced after …", "has not been previously reported"
        if toks[i - 1].text == "," and nxt in ("in", "on", "by", "last", "earlier", "this", "at"):
            that = next((k for k in range(i + 2, min(len(toks), i + 8)) if toks[k].text in (",", "that", ".")), None)
            if that is not None and toks[that].text == "that":
                return False  # s26: "The New York Times, citing two U.S. officials, reported on Monday that …"
            return toks[i - 2].pos in ("NOUN", "PROPN")  # "The plan, announced in March, …"
    return False


PASSIVE_NO_SPEAKER = frozenset(
    """announced published released unveiled issued proposed presented criticised criticized accused praised
    condemned welcomed blamed questioned rejected reported posted shared uploaded""".split()
)
"""Cues whose passive or reduced-relative use names no speaker."""


AUDIENCES = frozenset(
    """media television tv radio reporters journalists broadcaster broadcasters newspaper newspapers outlets press
    lawmakers legislators senators investors analysts supporters delegates staff employees workers students
    colleagues parliament congress viewers listeners""".split()
)
"""Addressees after "told" that an adjective may open: "told local media", "told state television"."""


CARRIER_PARTICIPLES = frozenset("saying calling warning accusing urging claiming announcing insisting".split())


CARRIER_VERBS = frozenset("posted issued released published shared wrote sent tweeted put".split())


def carried_report(toks, i: int, end: int) -> bool:
    """ "Smith posted a video on Instagram saying he was heartbroken", "The ministry issued a statement
    saying …": the participle reports what was said; the verb that made the post is no report itself."""
    if toks[i].text.lower() not in CARRIER_VERBS:
        return False
    for k in range(i + 1, min(end, i + 9)):
        if toks[k].text in (",", ";", ":", ".") or toks[k].quote or toks[k].text.lower() == "that":
            return False
        if toks[k].text.lower() in CARRIER_PARTICIPLES:
            return k > i + 1
    return False


CLAUSE_OPENERS = frozenset("it he she they we i the a an this its his her their there".split())


def told_clause(toks, i: int, first: int, end: int, j: int) -> tuple[int, int] | None:
    """ "The administration has told Congress it is moving ahead with the sale, according to three
    aides": after "told" and its addressee (j) a clause with its own finite verb is the message, also
    when a comma follows it (the shared rule gives up at the comma)."""
    from . import messages_en as EM
    from .messages import content_end

    low = toks[i].text.lower()
    stop = content_end(toks, first, end)
    if low in ("told", "tells"):
        if j <= i + 1 or j >= end or toks[j].text.lower() not in CLAUSE_OPENERS:
            return None
    elif low in SPEECH_EN and low not in ("said", "say", "says", "according") and not low.endswith("ing"):
        j = EM.skip_adjuncts(toks, i + 1, stop)  # "insisted on Monday the plan would work, …"
        if j >= stop or not (toks[j].text.lower() in CLAUSE_OPENERS or toks[j].pos in ("PROPN", "NOUN", "NUM")):
            return None
        if toks[j].text.lower() in ("that", "whether", "if"):
            return None
    else:
        return None
    comma = next((k for k in range(j, stop) if toks[k].text == ","), None)
    if comma is None or toks[j].quote or any(t.quote for t in toks[comma:stop]) or sum(
            t.quote for t in toks[j:comma]) > 6:
        return None  # without a comma the shared rule finds the clause; s27: a short quoted fragment before the
        # comma stays inside ('claimed the group had accepted a draft "in full" on Thursday, a claim …')
    if not any(t.tag in FINITE_TAGS or "VerbForm=Fin" in t.morph for t in toks[j + 1 : comma]):
        return None
    if EM.trailing_cue(toks, comma, stop):
        return j, comma  # round 16: "Investigators believe …, a source close to the investigation told the BBC."
    return j, stop


WH_WORDS = frozenset("how what when where whether who whom whose why which if".split())


SAFE_TO_SAY = frozenset("""suffice needless it safe fair way hard difficult early possible impossible accurate true
    honest easy""".split())
"""Words before "to say" that make it the writer's own hedge, no one's speech."""


SAY_AS_NOUN = frozenset("a the final any no greater bigger real little".split())
"""Words before "say" that make it a noun ("a final say")."""


def idiom(toks, i: int, first: int, end: int) -> bool:
    """Reporting words in set phrases that report nothing: "That said, …", "Having said that, …", "It
    goes without saying", "to say the least", "the said property", "tells the story of", "Time will
    tell"."""
    low = toks[i].text.lower()
    prev = toks[i - 1].text.lower() if i > first else ""
    nxt = toks[i + 1].text.lower() if i + 1 < end else ""
    nxt2 = toks[i + 2].text.lower() if i + 2 < end else ""
    if (
        low in ("say", "specify", "disclose", "reveal", "confirm", "comment")
        and (prev in ("not", "n't", "never") or prev.endswith("n't"))
        and nxt in WH_WORDS
    ):  # "The ministry did not say how many people were killed": nothing was said
        return True
    if low == "asked" and i - 1 == first and prev == "when":
        return True  # "When asked if he would resign, …": the reporter's question
    if low == "said" and i - 1 == first and prev in ("that", "having") and nxt in (",", "that"):
        return True
    if low == "said" and i - 2 == first and toks[first].text.lower() == "having" and prev == "said":
        return True
    if low == "said" and prev in ("the", "a") and toks[i + 1].pos in ("NOUN", "PROPN") if i + 1 < end else False:
        return True  # "the said property"
    if low in ("saying", "say") and (prev in ("without", "needless") or (nxt == "the" and nxt2 == "least")):
        return True
    if low == "say" and prev in SAY_AS_NOUN:
        return True  # s12: "to give Parliament a final say over future trade deals", "have a say in"
    if low == "say" and prev == "to" and i - 2 >= first and toks[i - 2].text.lower() in SAFE_TO_SAY:
        return True  # s12: "it would be safe to say that", "too early to say", "any objective way to say"
    if low in ("tell", "tells", "told") and nxt in ("the", "a") and nxt2 in ("story", "tale", "stories"):
        return True
    return low == "tell" and prev == "will" and i - 2 >= first and toks[i - 2].text.lower() == "time"


def misread_name(tok) -> bool:
    """A capitalised word opening a sentence that the tagger called a present-tense verb ("Smith went
    on to say"): a name (news prose has no imperatives there)."""
    return (
        tok.pos == "VERB"
        and tok.tag in PRESENT_VERB_TAGS
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.text.isalpha()
        and tok.text.lower() not in FRONT_WORDS
    )
