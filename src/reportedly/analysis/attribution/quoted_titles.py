"""German subject search helpers: what the search for a cue's subject steps over (a short quoted title,
a date in commas, an outlet told before the subject) and a quoted outlet title as the subject itself
('Der „Spiegel“ schreibt'). Moved out of subjects.py in round 16."""

from __future__ import annotations

from ..outlets import outlet_registry
from .mentions_de import CLOSE_QUOTES, OPEN_QUOTES, title_end
from .names import doc_noun, media_noun, org_word
from .phrases import QUOTES, np_tokens, title_words
from .speakers import is_person_noun, lexicon_person_noun

QUOTE_CLOSE = frozenset("“”\"«»")
TITLE_OPEN = frozenset('„»«"')
"""Marks that open a quoted name: German „…“ and »…«, Swiss «…»."""


def date_apposition_start(toks, k: int, first: int, dates: set[int]) -> int:
    """Round 16: the token before ", dem 2. Dezember 2004," (a date in commas ending at k), or first - 1."""
    while k >= first and (k in dates or toks[k].pos == "DET" or toks[k].text == "."):
        k -= 1
    return k - 1 if k >= first and toks[k].text == "," else first - 1


def title_start(toks, close: int, first: int) -> int:
    """The token before a short quoted title ending at `close` ("der „Westdeutschen Allgemeinen Zeitung“"),
    or first - 1 (stop) when the quotation is longer or holds a clause."""
    for j in range(close - 1, max(first, close - 7) - 1, -1):
        if toks[j].text in ("„", "“", '"', "»", "«") and not toks[j].quote:
            return j - 1 if j - 1 >= first and toks[j - 1].pos in ("DET", "ADP", "NOUN", "PROPN") else first - 1
        if toks[j].text in (",", ";", ":", ".") or toks[j].pos in ("VERB", "AUX"):
            break
    return first - 1


def _author_of_title(toks, o: int, first: int) -> int | None:
    """The start of a named person before 'vom'/'von der' and the quoted title opening at o, else None."""
    k = o - 1 - (o - 2 >= first and toks[o - 2].text.lower() == "von" and toks[o - 1].text.lower() in ("der", "dem"))
    if k - 1 < first or toks[k].text.lower() not in ("vom", "von") or not toks[k - 1].ent.endswith("PER"):
        return None
    return np_tokens(toks, k - 1, first, k)[0]


def _attributed_title_start(toks, o: int, first: int) -> int | None:
    """The article opening "Die in Berlin erscheinende" before the quoted title at o, else None."""
    for k in range(o - 2, max(first - 1, o - 7), -1):
        if toks[k].pos == "DET":
            return k if toks[k + 1].pos == "ADP" else None
        if toks[k].pos not in ("ADP", "NOUN", "PROPN", "ADV", "ADJ"):
            return None
    return None


def quoted_title_subject(toks, fv: int, first: int, verb: int | None = None) -> tuple[int, int] | None:
    """ 'Die Zeitung „Die Welt“ berichtete', 'Der „Spiegel“ schreibt': a short quoted title right
    before the verb, after an outlet noun, or a known outlet after its article, is the subject; s31: also before its
    town and an adverb ('Der „Weser-Kurier“ aus Bremen hingegen mahnt', 'Die „Mitteldeutsche Zeitung“ (Halle)
    fragt'), which are no part of it (`verb`: the verb's token when `fv` is where that tail starts)."""
    verb = fv if verb is None else verb
    if verb == fv and (stop := _paper_tail(toks, fv, first)) < fv:
        return quoted_title_subject(toks, stop, first, fv)
    if fv - 4 > first and toks[fv - 2].text == "aus" and toks[fv - 1].pos == "PROPN" and toks[first].text in (
            "„", "»", '"') and toks[fv - 3].text in ("“", "”", '"', "«") and _bare_title(toks, first + 1, fv - 3):
        return first, fv  # s23: '„Le Monde“ aus Paris kommentiert, …'
    if fv - 3 < first or toks[fv - 1].text not in ("“", "”", '"', "«", "»"):
        return None
    o = next((k for k in range(fv - 2, max(first - 1, fv - 7), -1) if toks[k].text in ("„", "“", '"', "»", "«")), None)
    if o == first and o + 1 < fv - 1 and _bare_title(toks, o + 1, fv - 1) and not (
            verb + 1 < len(toks) and toks[verb + 1].pos in ("PRON", "DET", "PROPN")):
        return first, fv  # s14: '„BBC News“ berichtet', '„Spiegel Online“ meldet': the title alone (not '„Wir
        # schaffen das“, sagte sie': a quotation with its speaker after the verb)
    if o is None or o - 1 < first or o + 1 >= fv - 1:
        return None
    if toks[o - 1].pos in ("NOUN", "PROPN") and media_noun(toks[o - 1].text):
        a, _ = np_tokens(toks, o - 1, first, o)
        return a, fv
    if toks[o - 1].tag == "NN" and _speaker_noun(toks[o - 1].text):  # s13: 'Die Organisation „Vier Pfoten“ teilte mit'
        a, _ = np_tokens(toks, o - 1, first, o)
        return (a, fv) if a == first or toks[a - 1].pos != "ADP" else None
    title = " ".join(t.text for t in toks[o + 1 : fv - 1])
    known = any(True for _ in outlet_registry().mentions(title))
    if (named := _author_of_title(toks, o, first)) is not None:
        return named, fv  # s29: 'Kommentatorin Julia Brandner vom „Mannheimer Morgen“ spricht von …'
    if toks[o - 1].tag == "ADJA" and (known or (toks[verb].lemma or "").lower() in PRESS_REVIEW_VERBS) and (
            det := _attributed_title_start(toks, o, first)) is not None:
        return det, fv  # s29: 'Die in Berlin erscheinende „taz“ kommentiert: …'
    if known and o - 2 >= first and toks[o - 1].text.lower() in ("der", "des") and toks[o - 2].pos == "NOUN":
        return np_tokens(toks, o - 2, first, o - 1)[0], fv  # round 16: "Der Chefredakteur der „SZ“ sagte"
    if o - 1 == first and toks[o - 1].pos == "DET" and not known and (_bare_title(toks, o + 1, fv - 1) or (
            verb != fv and toks[o + 1].text[:1].isupper())) and (toks[verb].lemma or "").lower() in PRESS_REVIEW_VERBS:
        return first, fv  # s23: 'Der „Märkische Abendspiegel“ erinnert daran, …' in a press review
    known = known or media_noun(toks[fv - 2].text)  # s30: 'Wie die „Mitteldeutsche Zeitung“ berichtet': a paper
    known = known or toks[o].text == '"' and o - 1 == first and toks[o + 1].text[:1].isupper()  # s32: 'Der
    # "Standard" berichtete' (straight marks, which the tagger reads as punctuation, unlike „…“)
    return (o - 1, fv) if toks[o - 1].pos == "DET" and known else None


def _paper_tail(toks, fv: int, first: int) -> int:
    """Where a paper's town, a relative clause on it and a contrasting adverb before the verb start ("aus Bremen
    hingegen", "(Halle)", "aus Cottbus, die …,"), right after a closing quotation mark; `fv` when there is none."""
    k = fv
    while k - 1 > first and toks[k - 1].text.lower() in TAIL_ADVERBS:
        k -= 1
    if k - 1 > first and toks[k - 1].text == ",":  # "…, die den Strukturwandel seit Jahrzehnten begleitet, warnt"
        j = next((j for j in range(k - 2, first, -1) if toks[j].text == ","), None)
        k = j if j is not None and toks[j + 1].tag in ("PRELS", "PRELAT") else k
    if k - 3 > first and toks[k - 1].text == ")" and toks[k - 3].text == "(" and toks[k - 2].pos == "PROPN":
        k -= 3
    elif k - 2 > first and toks[k - 2].text == "aus" and toks[k - 1].pos == "PROPN":
        k -= 2
    return k if k < fv and toks[k - 1].text in QUOTE_CLOSE else fv


TAIL_ADVERBS = frozenset("hingegen dagegen wiederum indes jedoch ebenfalls auch".split())
PRESS_REVIEW_VERBS = frozenset("schreiben meinen kommentieren erinnern urteilen kritisieren loben bilanzieren "
                               "resümieren mahnen warnen fordern fragen notieren befinden analysieren".split())
"""Verbs a paper named by its quoted title alone opens a sentence with ("Der „Märkische Abendspiegel“ erinnert …")."""


TITLE_LINKS = frozenset("ohne für und von der die das des de of the and".split())


def _bare_title(toks, a: int, b: int) -> bool:
    """Words [a, b) that can only be a name: several, capitalised but for linking words ("Ärzte ohne
    Grenzen"), no pronoun first ("Wir schaffen das"), or an outlet's known name; one quoted word is more
    often a term ("„Brückenstrompreis“")."""
    words = toks[a:b]
    if any(True for _ in outlet_registry().mentions(" ".join(t.text for t in words))):
        return True
    return len(words) > 1 and title_words(words) and words[0].pos not in ("PRON", "DET") and all(
        t.text[:1].isupper() or t.text in TITLE_LINKS for t in words)


def names_outlet(doc, a: int, b: int) -> bool:
    """Do tokens [a, b) name an outlet: an outlet noun ("dem Sender", "der Zeitung") or a known outlet
    ("der Deutschen Presse-Agentur", "Reuters")? The one test behind every "told an outlet" rule."""
    toks = doc.tokens
    if any(media_noun(t.text) for t in toks[a:b]):
        return True
    return any(True for _ in outlet_registry().mentions(doc.text[toks[a].start : toks[b - 1].end]))


def bare_outlet(doc, k: int) -> bool:
    """S7: whom the speaker told (`nesting.told_addressee`, from token k) is an article and an outlet noun
    alone ("sagte der Zeitung", "sagte gegenüber dem Magazin"): the outlet the article cites already,
    not another one by name."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].text.lower() not in ("der", "dem") or not media_noun(toks[k + 1].text):
        return False
    return not any(True for _ in outlet_registry().mentions(toks[k + 1].text)) and (
        k + 2 >= len(toks) or not (toks[k + 2].text[:1].isupper() or toks[k + 2].text in OPEN_QUOTES)
    )  # not "der Zeitung „Die Welt“": that names one


def told_then_subject(doc, fv: int, first: int, end: int) -> tuple[int, int] | None:
    """Round 16: "Die Lage sei ernst, sagte der Süddeutschen Zeitung ein Sprecher": after a verb that opens
    its clause (after a comma, a quotation or the sentence start), "der"/"dem" + an outlet is whom the
    speaker told; the subject is the noun phrase after it."""
    toks = doc.tokens
    if fv - first >= 2 and _dative_outlet(doc, first, fv) and fv + 1 < end:  # "Der Frankfurter Allgemeinen
        head = next((k for k in range(fv + 1, min(end, fv + 5)) if toks[k].pos in ("NOUN", "PROPN")), None)
        return np_tokens(toks, head, fv + 1, end) if head is not None else None  # Zeitung sagte Hans Meier"
    a = fv + 1
    if a + 2 >= end or toks[a].text.lower() not in ("der", "dem"):
        return None
    b = a + 1
    while b < end and b < a + 5 and (toks[b].pos in ("ADJ", "PROPN", "NOUN") or toks[b].text in "„“\""):
        b += 1
    if not names_outlet(doc, a, b):
        return None
    if not (fv == first or toks[fv - 1].text == "," or toks[fv - 1].text in QUOTE_CLOSE or _dative_outlet(doc, a, b)):
        return None  # s20: after an adverbial ("Am Montag sagte der Deutschen Presse-Agentur ein Sprecher"), a dative
    if b >= end or toks[b].text.lower() not in ("ein", "eine", "der", "die", "das") and toks[b].pos != "PROPN":
        return None
    head = next((k for k in range(b, min(end, b + 5)) if toks[k].pos in ("NOUN", "PROPN")), None)
    return np_tokens(toks, head, b, end) if head is not None else None


FEMININE_MEDIA = ("zeitung", "agentur", "presse", "zeitschrift", "tageszeitung", "nachrichtenagentur")


def _dative_outlet(doc, a: int, b: int) -> bool:
    """Is [a, b) (the whole Vorfeld) an outlet in the dative: "Dem Sender", "Der Frankfurter Allgemeinen
    Zeitung", "Der Nachrichtenagentur Reuters" (a nominative would be "Die …")?"""
    toks = doc.tokens
    art = toks[a].text.lower()
    if art not in ("dem", "der") or any(t.pos in ("VERB", "AUX") or t.text == "," for t in toks[a:b]):
        return False
    if not names_outlet(doc, a, b):
        return False
    if art == "dem":
        return True
    weak = any(t.pos == "ADJ" and t.text.endswith("en") for t in toks[a + 1 : b])
    return weak or any(t.text.lower().rsplit("-", 1)[-1].endswith(FEMININE_MEDIA) for t in toks[a + 1 : b])


def fronted_dative_outlet(doc, ev) -> bool:
    """Round 16: the cue's sentence opens with the outlet told ("Der Nachrichtenagentur Reuters sagte ein
    Sprecher, …"): the words were given to that outlet."""
    if not ev.cue:
        return False
    first = doc.sentences[doc.tokens[ev.cue[0]].sent].first
    return ev.cue[0] - first >= 2 and _dative_outlet(doc, first, ev.cue[0])


def media_title(doc, toks) -> str | None:
    """S7: the quoted title a mention gives its outlet after a media noun ("dem Fachmagazin „Kicker“",
    "das Portal „Electrek“"): the outlet's name, even when the registry does not know it."""
    n = len(toks)
    if n >= 6 and toks[-2].text in ("aus", "in") and toks[-1].text[:1].isupper() and toks[-3].text in CLOSE_QUOTES:
        n -= 2  # s24: 'Die „Volksstimme“ aus Magdeburg gibt zu bedenken': where the paper comes from
    town = int(n >= 4 and toks[1].text[:1].isupper() and toks[1].text.endswith("er") and toks[2].text in OPEN_QUOTES)
    if 3 + town <= n <= 7 + town and toks[0].pos == "DET" and toks[1 + town].text in OPEN_QUOTES and toks[
            n - 1].text in CLOSE_QUOTES and toks[2 + town].text[:1].isupper():  # s7: 'Nach Informationen des
        # „Kicker“': a quoted name alone in a source phrase is an outlet's; s31: 'Die Magdeburger „Volksstimme“'
        return doc.text[toks[2 + town].start : toks[n - 2].end]
    for k in range(1, n - 2):
        if toks[k].text in OPEN_QUOTES and (e := title_end(toks, k, n)) > k + 2:
            return doc.text[toks[k + 1].start : toks[e - 2].end]
    return None


def outlet_title(doc, start: int, end: int) -> bool:
    """S7: the quotation [start, end) (characters, marks excluded) is an outlet's name ('des „Spiegel“',
    'der „Süddeutschen Zeitung“'), not quoted words: it makes no message mixed."""
    text = doc.text[start:end]
    return any(s == 0 and e == len(text) for s, e, _o in outlet_registry().mentions(text))


NAMING_VERBS = frozenset("nennen bezeichnen titulieren schimpfen beschimpfen".split())
"""S13: 'nannte die Pläne „Schuss in den Ofen“': after these, a quotation after a noun is the speaker's words."""


def quoted_name(toks, qa: int, qb: int) -> bool:
    """S13: a short quotation right after a common noun names it, a close apposition ("die Fähre „Rabaul
    Queen“", "die Operation „Cast Lead“", "der Organisation „Ärzte ohne Grenzen“"): no one's words, so it
    makes no message mixed. One word is a name only when the tagger takes it for one ("das Schiff
    „Titanic“"); "die Pläne „Wahnsinn“" stays a quoted word."""
    words = toks[qa:qb]
    if qa < 2 or toks[qa - 2].tag != "NN" or toks[qa - 2].sent != toks[qa].sent or not title_words(words):
        return False
    if words[0].pos in ("DET", "PRON") or (len(words) == 1 and words[0].tag not in ("NE", "FM")):
        return False
    k = qa - 3
    while k >= 0 and toks[k].sent == toks[qa].sent and toks[k].text not in (",", ";", ":"):
        if toks[k].lemma in NAMING_VERBS:
            return False
        k -= 1
    return True


def named_by_title(toks) -> tuple[str, str] | None:
    """S13: a mention that ends in a quoted title right after an organisation or person noun ("Die
    Organisation „Vier Pfoten“", "Die Initiative «Mehr Demokratie»", "der Rapper „Bushido“"): the
    title is the source's name, the noun its type. Outlets ('das Magazin „Kicker“') are typed elsewhere."""
    n = len(toks)
    if n >= 3 and toks[0].text in TITLE_OPEN and toks[-1].text in QUOTE_CLOSE and _bare_title(toks, 1, n - 1):
        title = " ".join(t.text for t in toks[1 : n - 1])  # s14: '„Ärzte ohne Grenzen“ forderte'; s31: 'Laut
        return title, "media" if _paper_name(title) else "organization"  # „Ostheimer Anzeiger“' is a paper
    if n < 4 or toks[-1].text not in QUOTE_CLOSE:
        return None
    o = next((k for k in range(n - 2, 0, -1) if toks[k].text in QUOTES), None)
    if o is None or toks[o - 1].tag != "NN" or media_noun(toks[o - 1].text) or not title_words(toks[o + 1 : n - 1]):
        return None
    if o >= 3 and toks[o - 2].text.lower() in ("der", "des") and any(
            is_person_noun(t.text) or (t.tag == "NN" and doc_noun(t.text.lower())) for t in toks[: o - 2]):
        return None  # s19: 'ein Sprecher der Bürgerinitiative „Saubere Luft“': the body is whom the speaker speaks for;
        # s27: 'dem Bericht der Kommission „Verlässlicher Generationenvertrag“': the report speaks
    kind = _speaker_noun(toks[o - 1].text)
    return (" ".join(t.text for t in toks[o + 1 : n - 1]), kind) if kind else None


def _paper_name(title: str) -> bool:
    """A title whose last word is a newspaper's ("Ostheimer Anzeiger", "Haldenbacher Kurier")."""
    from .name_kinds import OUTLET_NAME_TAILS  # late: name_kinds imports modules that import this one

    last = title.lower().rsplit(" ", 1)[-1]
    return " " in title and (last in OUTLET_NAME_TAILS or media_noun(last))


def _speaker_noun(noun: str) -> str | None:
    """The source type a noun gives the name after it: organization, person, or None."""
    if org_word(noun):
        return "organization"
    return "person" if is_person_noun(noun.lower()) or lexicon_person_noun(noun.lower()) else None


def told_after_person(doc, first: int, fv: int, a: int, b: int) -> bool:
    """S20: "Ein hoher Nato-Offizier sagte der dpa, …", "Drei mit den Plänen vertraute Personen sagten der
    Nachrichtenagentur Reuters, …": with a person in the Vorfeld (a noun phrase that ends right before the
    verb and opens with no preposition or oblique article), "der" + an outlet after the verb is the outlet
    told (a dative), not a second subject."""
    toks = doc.tokens
    bare = toks[a].pos == "PROPN"  # s31: "Zwei mit den Verhandlungen vertraute Personen sagten Reuters, …"
    if fv - first < 1 or toks[a].text.lower() not in ("der", "dieser") and not bare or toks[first].pos == "ADP" or (
            toks[first].tag == "APPRART"):
        return False
    end = before_relative_clause(toks, first, fv)  # s32: "Zwei Clubvertreter, die nicht genannt werden wollten,
    # sagten Reuters, …"
    if toks[first].text.lower() in ("den", "einen", "dem", "einem", "diesen") or any(
        t.text in (",", ":", ";") or t.quote or t.pos in ("VERB", "AUX") for t in toks[first:end]
    ):
        return False
    head = toks[end - 1]
    return head.pos in ("NOUN", "PROPN") and (is_person_noun(head.text) or lexicon_person_noun(head.text)) and (
        names_outlet(doc, a, b)
    )


def before_relative_clause(toks, first: int, fv: int) -> int:
    """Where the Vorfeld's noun phrase ends when a relative clause closed by a comma follows it before the verb
    ("Zwei Clubvertreter, die nicht genannt werden wollten, sagten …"), else the verb."""
    if fv - first < 4 or toks[fv - 1].text != ",":
        return fv
    comma = next((k for k in range(first + 1, fv - 1) if toks[k].text == ","), None)
    if comma is None or toks[comma + 1].text.lower() not in ("der", "die", "das", "denen", "deren", "dessen") or any(
            toks[k].text == "," for k in range(comma + 1, fv - 1)):
        return fv
    return comma

