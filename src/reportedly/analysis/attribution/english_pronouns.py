"""English "he"/"she" as a source mention (round 11): the person the pronoun refers to.

The shared rule takes the last individual speaker, or a two-word name in this or the previous sentence.
English news names people between two quotations without quoting them ("… said Jane Roe. The plant was
bought by Tom Example in 1990. He said …"), and names them again by the surname alone ("Roe has run the
firm since 2010. She said …"): the pronoun is then the person named since the last speaker, when the
gender the text shows for that person (a title, a gendered noun, a first name, an earlier pronoun)
does not contradict it. Called from `sources.SourceTable.resolve` for English only.
"""

from __future__ import annotations

from . import names as N
from .english_bodies import staff_as_body
from .english_given_names import FEMALE_GIVEN, MALE_GIVEN
from .first_names_de import FEMALE_NAMES_DE, MALE_NAMES_DE
from .lexicon import BODY_TAILS_EN, ORG_NOUNS_EN
from .names_before import person_name_before
from .nationalities import DEMONYMS_EN
from .speakers import is_person_noun

NAMED_SINCE_SENTENCES = 1
"""A person named since the last speaker counts up to this many sentences before the pronoun."""

FEMALE = frozenset(
    """mrs ms miss dame lady madam spokeswoman chairwoman congresswoman businesswoman councilwoman woman
    mother wife daughter sister grandmother aunt queen princess duchess actress girl widow umm""".split()
)  # s31: the Arabic kunya "Umm Ahmad" ("mother of Ahmad") names a woman, "Abu Ahmad" a man
MALE = frozenset(
    """mr sir lord spokesman chairman congressman businessman councilman man father husband son brother
    grandfather uncle king prince duke actor boy widower abu""".split()
)
FEMALE_NAMES = frozenset(
    """mary jane anne ann anna sarah emma emily laura lisa susan karen linda elizabeth margaret helen
    catherine kate kathryn rachel rebecca claire julia julie maria angela nancy hillary kamala liz
    theresa nicola yvette bridget rose ruth alice amy hannah jessica jennifer michelle diane
    victoria olivia sophie charlotte lucy louise natalie samantha ursula christine marine giorgia
    jacinda kristi kristen nikki marjorie alexandria elise ilhan""".split()
) | FEMALE_GIVEN
MALE_NAMES = frozenset(
    """john james robert michael william david richard joseph thomas charles tom peter paul mark george
    donald joe barack boris keir rishi emmanuel olaf vladimir volodymyr xi benjamin antony mike ron
    kevin chuck mitch bernie elon jeff bill steve tim sam ben daniel andrew matthew simon jonathan
    nick chris anthony alex ali mohammed muhammad ahmed sergei dmitry dmitri recep narendra justin
    jens rafael martin frank jim jack harry henry edward ed""".split()
) | MALE_GIVEN
SUBJECT = frozenset({"he", "she"})


def source_gender(src) -> str | None:
    """'f' or 'm' from the pronouns already resolved to the Source, or the first words of its mentions."""
    for m in src.mentions:
        low = m.text.lower()
        if low in ("she", "her") or (low == "sie" and src.type == "person"):  # s7: "erklärte sie" (singular)
            return "f"
        if low in ("he", "him", "his", "er", "ihm", "ihn"):
            return "m"
    texts = [src.name] if getattr(src, "name", None) else []  # s9: "der Vorsitzende des Betriebsrats, Peter Müller"
    for text in texts + [m.text for m in src.mentions]:
        words = text.lower().replace(".", " ").split()
        for w in words[:3]:
            if "-" in w and w not in MALE_NAMES_DE and w not in FEMALE_NAMES_DE:
                w = _hyphened_first_name(w) or w
            if w in FEMALE or w in FEMALE_NAMES or w in FEMALE_NAMES_DE:  # s32: "Hans-Joachim", "Anna-Lena"
                return "f"
            if w in MALE or w in MALE_NAMES or w in MALE_NAMES_DE:
                return "m"
    return None


def _hyphened_first_name(word: str) -> str | None:
    """S32: the part of a double first name that tells the gender ("Hans-Joachim", "Anna-Lena"), when its parts do
    not disagree ("Jean-Paul": "Jean" is in both lists, "Paul" only a man's)."""
    parts = word.split("-")[:2]
    male = [p for p in parts if p in MALE_NAMES_DE and p not in FEMALE_NAMES_DE]
    female = [p for p in parts if p in FEMALE_NAMES_DE and p not in MALE_NAMES_DE]
    return (male or female or [None])[0] if not (male and female) else None


def name_gender(toks, s: int, e: int) -> str | None:
    """'f' or 'm' from the words of a name and the few before it ("Mrs Roe", "spokeswoman Jane Roe")."""
    for k in range(s, e):
        low = toks[k].text.lower()
        if low in FEMALE_NAMES:
            return "f"
        if low in MALE_NAMES:
            return "m"
    for k in range(s - 1, max(-1, s - 4), -1):
        low = toks[k].text.lower().rstrip(".")
        if low in FEMALE:
            return "f"
        if low in MALE:
            return "m"
        if toks[k].pos not in ("NOUN", "PROPN", "ADJ", "DET"):
            break
    return None


def _bare(t) -> str:
    """The word without a possessive ending: "Roe's" -> "Roe"."""
    return t.text[:-2] if t.text.endswith(("'s", "’s")) and len(t.text) > 3 else t.text


def _name_word(t) -> bool:
    w = _bare(t)
    if not (w[:1].isupper() and w.isalpha()):
        return False
    return N.capital_name(t) if w == t.text else t.pos in ("PROPN", "NOUN")


def _candidates(table, doc, a: int, stop: int):
    """(start, end, surname) of person names before token a, newest first, back to token `stop`: runs of
    up to three capitalised words, or one word, whose last word the article shows to be a surname
    ("Roe has run …", "Jane Roe's message")."""
    toks = doc.tokens
    people = table._people(doc)
    k = a - 1
    while k >= stop:
        t = toks[k]
        if t.quote or not (t.text[:1].isupper() and _name_word(t)):
            k -= 1  # round 12: a name inside a quotation is quoted, not the one who speaks
            continue
        s = k
        while s - 1 >= stop and _name_word(toks[s - 1]) and _bare(toks[s - 1]) == toks[s - 1].text:
            s -= 1
        if k + 1 - s > 3:  # s17: "German Chancellor Olaf Scholz": the name from its first name on
            s = next((j for j in range(s, k) if N.known_first_name(toks[j].text)), s)
        if k + 1 - s <= 3 and _bare(t) in people and not (s > 0 and toks[s - 1].text.lower() == "the"):
            yield s, k + 1, _bare(t)  # s24: not "the BNP Paribas Open" (an event's name after "the")
        k = s - 1


def speaker_for(table, doc, a: int, pronoun: str):
    """The Source "he"/"she" at token a refers to: the newest person named since the last individual
    speaker within NAMED_SINCE_SENTENCES whose gender agrees, else that speaker (None: no one)."""
    toks = doc.tokens
    if (own := _clause_subject(table, doc, a, pronoun)) is not None:
        return own  # s20: "A club spokesman declined to comment on what he called …": the spokesman
    at = toks[a].start
    prev = table._last_individual(at)
    want = "f" if pronoun == "she" else "m"
    first_sent = toks[a].sent - NAMED_SINCE_SENTENCES
    if prev is None and first_sent > 0 and toks[doc.sentences[first_sent].first].text.lower() == pronoun:
        first_sent -= 1  # s22: "… chanted for Kovac to go. He appeared to acknowledge …. '…,' he said": a chain
    stop = a
    while stop > 0 and toks[stop - 1].sent >= first_sent:
        stop -= 1
    prev_end = prev.mentions[-1].end if prev is not None and prev.mentions else -1
    for s, e, surname in _candidates(table, doc, a, stop):
        if toks[s].start < prev_end:
            break  # named before the last speaker's mention (or inside it): the speaker stands
        if in_speaker_sentence(doc, toks[s], prev, prev_end, want):
            continue  # round 12: "A senior official said Biden was angry. He said …": the official
        gender = name_gender(toks, s, e)
        if gender is not None and gender != want:
            continue
        known = table.get("name:" + surname.lower())
        if gender is None and known is not None and source_gender(known) not in (None, want):
            continue
        if surname != toks[e - 1].text:  # "Jane Roe's message": the person only when already known
            if known is not None and known.type == "person":
                return known
            continue
        src = table.resolve(doc, s, e)
        if src.type == "person":
            return src
    if prev is not None and source_gender(prev) not in (None, want):
        return _agreeing_person(table, at, want) or prev
    return prev or _narrated_subject(table, doc, a)


def _narrated_subject(table, doc, a: int):
    """S20: "The minister is facing questions over donations. In an interview with the BBC, he said …": with no
    speaker and no one named before, "he"/"she" is the person described as the subject of the sentence before
    ("The minister", "A former aide"); None when that sentence opens otherwise."""
    toks = doc.tokens
    si = toks[a].sent
    if si == 0:
        return None
    s = doc.sentences[si - 1]
    k = s.first + (toks[s.first].text.lower() in ("the", "a", "an"))
    if k + 2 < s.last and toks[k].text.isdigit() and toks[k + 1].text == "-" and toks[k + 2].text == "year-old":
        k += 3  # s29: "The 23-year-old Hungarian, who reached the final last year, addressed her fans …"
    while k < s.last and toks[k].pos == "ADJ":
        k += 1
    verb = k + 1
    if verb + 1 < s.last and toks[verb].text == "," and toks[verb + 1].text.lower() in ("who", "whose"):
        verb = next((j + 1 for j in range(verb + 2, min(s.last, verb + 25)) if toks[j].text == ","), s.last)
    if verb >= s.last or toks[verb].pos not in ("AUX", "VERB"):
        return None
    person = toks[k].pos == "NOUN" and is_person_noun(toks[k].text)
    return table.resolve(doc, s.first, k + 1) if person or toks[k].text.lower() in DEMONYMS_EN else None


def _clause_subject(table, doc, a: int, pronoun: str):
    """S20: the unnamed person who opens the pronoun's own sentence as its subject ("A club spokesman declined to
    comment on what he called …", "One official said she had …"), when nothing but the verb phrase stands
    between them; None otherwise, and for a gendered noun of the other gender."""
    toks = doc.tokens
    s = doc.sentences[toks[a].sent]
    k = s.first
    if k >= a or toks[k].text.lower() not in ("a", "an", "one", "the"):
        return None
    k += 1
    while k < a and toks[k].pos in ("ADJ", "NOUN") and k + 1 < a and toks[k + 1].pos in ("ADJ", "NOUN"):
        k += 1
    head = toks[k].text.lower()
    if k + 1 >= a or toks[k].pos != "NOUN" or toks[k + 1].pos not in ("VERB", "AUX") or not is_person_noun(head):
        return None
    if any(t.pos in ("PROPN", "PRON") or t.text in (",", ";", ":") or t.quote for t in toks[k + 1 : a]):
        return None  # another person or a clause of its own between them
    gendered = "f" if head.endswith(("woman", "women")) else "m" if head.endswith(("man", "men")) else None
    if gendered is not None and gendered != ("f" if pronoun == "she" else "m"):
        return None
    return table.resolve(doc, s.first, k + 1)


def in_speaker_sentence(doc, tok, prev, prev_end: int, want: str | None) -> bool:
    """Is the name at `tok` in the sentence of the last speaker's mention (what that speaker reported,
    "said Biden was angry"), with a speaker whose gender does not contradict the pronoun?"""
    if prev is None or prev_end < 0 or (want is not None and source_gender(prev) not in (None, want)):
        return False
    sent = doc.sentences[tok.sent]
    if not sent.start <= prev_end <= sent.end:
        return False
    from .cues import SPEECH_EN  # cues imports the modules that import this one

    toks = doc.tokens
    return any(t.text.lower() in SPEECH_EN and t.pos != "NOUN" and not toks[t.i - 1].text.endswith(("'s", "’s"))
               for t in toks[sent.first : sent.last])  # s30: not "Mercer's remarks (VERB) drew a rebuke from
    # Senator Ruth Calloway": no report in that sentence


def _agreeing_person(table, at: int, want: str, window: int = 1500):
    """The person mentioned most recently before `at` (within `window` characters) whose gender is
    known to agree: "Jane Roe said … He added" is not Jane Roe when Tom Example spoke just before her."""
    best, best_at = None, -1
    for src in table.sources:
        seen = [m.start for m in src.mentions if m.start <= at]
        if src.type == "person" and seen and at - seen[-1] <= window and seen[-1] > best_at:
            if source_gender(src) == want:
                best, best_at = src, seen[-1]
    return best


def titled_near(doc, a: int, head: str) -> bool:
    """English: does the person name just before token a carry the role `head` ("Housing Minister Tom
    Example", "Tom Example, the housing minister")? Looks at the words around the name."""
    found = person_name_before(doc.tokens, a, 15, "en")
    if found is None:
        return False
    s, e = found
    around = doc.tokens[max(0, s - 3) : s] + doc.tokens[e : min(a, e + 6)]
    return any(t.text.lower()[:6] == head[:6] for t in around)


IT_BODY_TAILS = BODY_TAILS_EN | {"staff", "ministry", "army", "military"}
"""Last words of a body's name that "it" can stand for ("Ukraine's General Staff … it said")."""


def body_before(table, doc, a: int):
    """Round 18: "it" with no organisation among the sources yet: the body that opens the sentence before
    ("The company did not respond to a request for comment. It has previously said …"), else None."""
    toks = doc.tokens
    s = toks[a].sent
    if s == 0:
        return None
    prev = doc.sentences[s - 1]
    k = prev.first
    if k + 1 < prev.last and toks[k].text.lower() == "the" and toks[k + 1].text.lower() in ORG_NOUNS_EN:
        src = table.resolve(doc, k, k + 2)
        return src if src.type == "organization" else None
    j = k
    while j < prev.last and j - k < 6 and (toks[j].text[:1].isupper() and toks[j].text.replace("'s", "").replace(
            "’s", "").isalpha() or toks[j].text in ("'s", "’s")):
        j += 1  # s31: "Ukraine's General Staff did not confirm the loss. In its evening update, it said …"
    if j - k >= 2 and toks[j - 1].text.lower() in IT_BODY_TAILS:
        src = table.resolve(doc, k, j)
        staff_as_body(src)
        return src if src.type == "organization" else None
    return None

