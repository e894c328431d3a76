"""Company names (moved out of names.py in session 18): the company a sentence names before "the company
said" (round 16), and compounds such as "Der Volkswagen-Konzern" (s17)."""

from __future__ import annotations

from .datelines import dateline_end_de, dateline_end_en
from .lexicon import CALENDAR_WORDS
from .names import acronym, org_word


def company_in_sentence(doc, a: int, people: frozenset[str]) -> tuple[int, int] | None:
    """Round 16: the company "the company"/"das Unternehmen" at token a stands for when no organisation
    was a source yet: a name opening its sentence ("Volkswagen will cut 4,000 jobs, the company said"),
    else the name opening the sentence before ("Der Konzern Siemens Energy rechnet …. Grund seien …,
    teilte das Unternehmen mit"), else the first name in its sentence that is no person."""
    toks = doc.tokens
    s = toks[a].sent
    first = doc.sentences[s].first
    if doc.language == "en":
        first = dateline_end_en(toks, first, doc.sentences[s].last)  # s25: not "(CNN) — A ransomware attack …"
    opening = _company_name(toks, first, min(a, first + 4), people)
    if opening is not None:
        return opening
    if s > 0 and doc.sentences[s - 1].start >= doc.headline_end:
        prev = doc.sentences[s - 1]
        start = dateline_end_de(toks, prev.first, prev.last)  # s7: "Berlin - Die Gewerkschaft GDL hat …"
        found = _company_name(toks, start, min(prev.last, start + 4), people)
        lead = s - 1 == 0 or doc.sentences[s - 2].start < doc.headline_end
        if found is None and lead and doc.language == "de":  # s32: "… große Teile des Flugbetriebs der Lufthansa
            found = _company_name(toks, start, prev.last, people)  # lahmgelegt. Nach Angaben des Konzerns …"
            found = found if found is not None and toks[found[0]].ent.endswith("ORG") else None
        if found is not None:
            return found
    return _company_name(toks, first, a, people) or _kind_named_before(doc, s, people)


def newer_company(table, doc, a: int, back, head: str, content: list):
    """S31: "das Unternehmen", "the company" when a company opens its sentence or the one before after the
    organisation that last spoke ("…, teilte der DWD mit. … Die Deutsche Bahn stellte den Fernverkehr ein. „…“,
    schrieb das Unternehmen"): the company just introduced, not the body named before it."""
    from .bodies import COMPANY_NOUNS, another_kind  # bodies imports nothing of this module; loaded late like phrases

    if back is None or back.type != "organization" or not back.name or len(content) != 1 or head not in (
            COMPANY_NOUNS) or not back.mentions:
        return back  # a body with no name yet ("…, company says" in the headline) may be the company
    found = company_in_sentence(doc, a, table._people(doc))
    toks = doc.tokens
    if found is None or toks[found[0]].start < back.mentions[-1].end or toks[found[0]].sent < toks[a].sent - 1:
        return back
    newer = table.resolve(doc, *found)
    return newer if newer.type == "organization" and not another_kind(newer, head) else back


def _fuer_tail(toks, e: int, last: int) -> int:
    """Past "für" (or a genitive "der"/"des") and the capitalised words (joined by "und") that finish a body's name,
    and its bracketed label ("Das Welternährungsprogramm der Vereinten Nationen (WFP) muss …")."""
    if e + 1 >= last or toks[e].text not in ("für", "der", "des") or not toks[e + 1].text[:1].isupper():
        return e
    j = e + 1
    while j < last and (toks[j].text[:1].isupper() and toks[j].pos in ("NOUN", "PROPN", "ADJ") or toks[j].text == (
            "und") and j + 1 < last and toks[j + 1].text[:1].isupper()):
        j += 1
    return j + 3 if j + 2 < last and toks[j].text == "(" and toks[j + 2].text == ")" else j


def _closing_name(doc, a: int, people: frozenset[str]) -> tuple[int, int] | None:
    """S30: the name that closes the sentence before after "von" ("Scharfe Kritik kam von Pro Natura. …, schrieb
    die Organisation"): the body that sentence introduces."""
    toks, s = doc.tokens, doc.tokens[a].sent
    if s < 1 or doc.sentences[s - 1].start < doc.headline_end:
        return None
    sent = doc.sentences[s - 1]
    k = next((j for j in range(sent.last - 2, max(sent.first, sent.last - 6), -1) if toks[j].text in ("von", "vom")),
             None)
    found = _company_name(toks, k + 1, sent.last, people) if k is not None else None
    return found if found is not None and found[1] >= sent.last - 1 else None


def _kind_named_before(doc, s: int, people: frozenset[str]) -> tuple[int, int] | None:
    """S22: a company its kind noun introduced at the opening of one of the three sentences before the one
    before ("Der Hamburger Projektentwickler Lindholm Immobilien hat Insolvenz angemeldet. …. …. Betroffen
    sind nach Angaben des Unternehmens …"); only with that noun, which says it is a company."""
    toks = doc.tokens
    for si in range(s - 2, max(-1, s - 5), -1):
        if doc.sentences[si].start < doc.headline_end:
            return None
        sent = doc.sentences[si]
        start = dateline_end_de(toks, sent.first, sent.last)
        found = _company_name(toks, start, min(sent.last, start + 4), people)
        if found is not None and _kind_noun(toks[found[0]].text) and toks[found[0]].pos == "NOUN":
            return found
    return None


AUTHORITIES = frozenset(("behörde", "organisation", "stiftung", "bündnis", "institut"))  # s34: "Das Institut" (a bank)
"""Generic words for a body that stand for the one opening the sentence before ("die Behörde", "die Organisation");
s30: or the one that closes it after "von" ("Scharfe Kritik kam von Pro Natura")."""


def body_head(head: str, body_nouns: frozenset[str], german: bool) -> bool:
    """A noun for a body that points back to one named just before ("the company", "die Behörde"); s30: also a German
    compound for a kind of company, a bank or a union ("der Energiekonzern", "die Notenbank" after "RWE hat … gesenkt",
    "Die Europäische Zentralbank (EZB) hat …"), which stands for it like the plain noun."""
    if head in body_nouns or head in AUTHORITIES:
        return True
    return german and any(head.endswith(t) and len(head) > len(t) + 2 for t in KIND_TAILS + BODY_TAILS_DE)


BODY_TAILS_DE = ("bank", "händler", "riese", "gewerkschaft", "verband", "ligist")  # s32: "der Zweitligist"


def body_in_sentence(doc, a: int, people: frozenset[str], head: str) -> tuple[int, int] | None:
    """What "the company"/"der Verband" at token a stands for (`company_in_sentence`); s19: "die Behörde" is
    the authority that opens its sentence or the one before ("Die Staatsanwaltschaft Köln hat Anklage
    erhoben. …, teilte die Behörde mit")."""
    if head not in AUTHORITIES:
        return company_in_sentence(doc, a, people) or _same_noun_before(doc, a, head) or (
            club_named_before(doc.tokens, a) if head in CLUB_NOUNS else None)
    toks = doc.tokens
    s = toks[a].sent
    for si in (s, s - 1):
        if si < 0 or doc.sentences[si].start < doc.headline_end:
            continue
        sent = doc.sentences[si]
        k = dateline_end_de(toks, sent.first, sent.last)
        k += toks[k].pos == "DET"
        if si != s and (named := _named_body_name(toks, k, min(a, sent.last))) is not None:
            return named  # s34: "Die Hamburger Elbe Kreditbank will … übernehmen. Wie das Institut mitteilte"
        if k < min(a, sent.last) and toks[k].pos in ("NOUN", "PROPN") and org_word(toks[k].text) and (toks[
                k].text.lower() != head or toks[k + 1].ent == "I-ORG"):  # s32: "Die Generalstaatsanwaltschaft
            e = k + 1  # Rostock" (tagged a name); "Die Stiftung Preußischer Kulturbesitz …, teilte die Stiftung mit"
            while e < sent.last and toks[e].text[:1].isupper() and (toks[e].pos in ("PROPN", "NOUN") and (
                    toks[e].pos == "PROPN" or toks[e - 1].pos == "PROPN") or toks[e].ent == "I-ORG"):
                e += 1  # "Die Staatsanwaltschaft Köln", "Die Tierrechtsorganisation Soko Tierschutz"
            e = _fuer_tail(toks, e, sent.last)  # s31: "Das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit
            # (BVL) veröffentlichte den Rückruf. …, warnt die Behörde"
            if si == s and any(t.text == "," for t in toks[e:a]):
                continue  # s30: "Der Bundesrat ignoriere …, schrieb die Organisation": the message's subject
            return k - (toks[k - 1].pos == "DET"), e
    return _closing_name(doc, a, people) or (_same_noun_before(doc, a, head) if head == "institut" else None)


def _named_body_name(toks, k: int, stop: int) -> tuple[int, int] | None:
    """S34: a body's name that ends in its kind at token k ("Elbe Kreditbank", after the place's adjective in "Die
    Hamburger Elbe Kreditbank"), as a token range; None when the name does not end so."""
    e = k
    while e < stop and e - k < 4 and toks[e].text[:1].isupper() and toks[e].pos in ("PROPN", "NOUN", "ADJ"):
        if e > k and org_word(toks[e].text):
            start = k + (toks[k].text.endswith("er") and e - k > 1)  # "Hamburger", "Münchner"
            return start, e + 1
        e += 1
    return None


def _company_name(toks, k: int, stop: int, people: frozenset[str]) -> tuple[int, int] | None:
    """The first run of capitalised names in [k, stop) that is no person, or None."""
    from .name_kinds import ORG_NAME_TAILS_EN  # late: name_kinds imports this module

    start = k
    while k < stop:
        t = toks[k]
        if t.pos in ("PROPN", "X") and t.text[:1].isupper() and (e := _capital_run_end(toks, k)) - k >= 2 and toks[
                e - 1].text.lower() in ORG_NAME_TAILS_EN:
            return k, e  # s25: "facilities run by Meridian Valley Health" (tagged a person): a company's name; s27:
            # "Velora (X) Motors is recalling …"
        if t.pos == "PROPN" and t.text.endswith("er") and k + 1 < stop and toks[k + 1].pos == "NOUN" and (
                t.text[:1].isupper() and not _after_company_noun(toks, k)):
            k += 1  # s22: "Der Hamburger Projektentwickler Lindholm Immobilien": a town's adjective, no name
            continue
        if (
            t.text[:1].isupper() and t.pos == "PROPN"
            and (t.text not in people and not t.ent.endswith(("PER", "LOC")) or _after_company_noun(toks, k))
            and t.text.lower() not in CALENDAR_WORDS  # round 18: "am Montag" is no company
        ):
            e = k + 1
            while e < len(toks) and toks[e].pos == "PROPN" and toks[e].text[:1].isupper():
                e += 1
            e += e < len(toks) and toks[e].ent == "I-ORG" and toks[e].text.isdigit()  # s32: "Der FC Schalke 04"
            if k > start and toks[k - 1].ent == "B-ORG" and toks[k - 1].tag == "ADJA" and toks[k - 1].text[
                    :1].isupper():
                return k - 1, e  # s31: "Die Deutsche Bahn stellte … ein. …, schrieb das Unternehmen": not "Bahn"
            return (k - 1 if _after_company_noun(toks, k) else k), e  # with its noun, which makes it a company
        if t.pos == "NOUN" and t.text[:1].isupper() and k > 0 and toks[k - 1].text[:1].isupper() and (
                _kind_noun(toks[k - 1].text)):  # the kind noun tagged a noun or an adjective
            return k - 1, k + 1  # s21: "Der Versorger Nordenergie will …. Das teilte das Unternehmen mit"
        if t.pos == "NOUN" and "-" in t.text and t.text[:1].isupper() and _company_compound(t.text):
            return k, k + 1  # s17: "Der Volkswagen-Konzern will …. …, teilte das Unternehmen mit"
        if k + 1 < len(toks) and t.text[:1].isupper() and t.text.endswith("er") and (
                t.pos == "ADJ" and toks[k + 1].text.lower().endswith(UTILITY_TAILS)):
            return k, k + 2  # s21: "Die Harzer Schmalspurbahnen stellten …, wie das Unternehmen mitteilte"
        k += 1
    return None


def _capital_run_end(toks, k: int) -> int:
    e = k + 1
    while e < len(toks) and toks[e].pos in ("PROPN", "NOUN") and toks[e].text[:1].isupper() and toks[e].text.isalpha():
        e += 1
    return e


COMPANY_TAILS = frozenset("konzern konzerns unternehmen unternehmens gruppe autobauer hersteller".split())


def _company_compound(word: str) -> bool:
    """ "Volkswagen-Konzern", "Siemens-Gruppe": a company's name hyphened to a company noun."""
    head, _, tail = word.rpartition("-")
    return tail.lower() in COMPANY_TAILS and head[:1].isupper() and head.replace("-", "").isalpha() and (
        head.lower() not in STOCK_INDICES)  # s30: "der SDax-Konzern" is a company listed in the SDax


STOCK_INDICES = frozenset("dax mdax sdax tecdax stoxx nasdaq dow nikkei ftse atx smi".split())


def compound_company_name(content) -> str | None:
    """S17: the company's name in a mention of one such compound noun ("Der Rheinmetall-Konzern": Rheinmetall)."""
    nouns = [t for t in content if t.pos == "NOUN"]
    if len(nouns) == 1 and _named_institute(nouns[0].text):
        return nouns[0].text.rstrip("s") if nouns[0].text.endswith("ts") else nouns[0].text  # "des Ifo-Instituts"
    if len(nouns) != 1 or not _company_compound(nouns[0].text):
        return None
    return nouns[0].text.rpartition("-")[0]


INSTITUTE_TAILS = ("institut", "instituts", "stiftung")


def _named_institute(word: str) -> bool:
    """S18: "das Ifo-Institut", "die Bertelsmann-Stiftung": an institute named by its hyphened first part, whose
    name is the whole compound (unlike a company's "Siemens-Konzern")."""
    head, _, tail = word.rpartition("-")
    return tail.lower() in INSTITUTE_TAILS and head[:1].isupper() and head.replace("-", "").isalpha()


CLUB_NOUNS = frozenset("verein vereins club clubs klub klubs".split())
CLUB_OPENINGS = frozenset("""fc sc sv vfb vfl tsg tsv fsv ssv sg rb borussia eintracht hertha werder fortuna arminia
alemannia union bayer""".split())
"""S32: words that open a German football club's name ("Borussia Mönchengladbach", "FC Schalke 04")."""


def club_named_before(toks, a: int, reach: int = 400) -> tuple[int, int] | None:
    """S32: "nach Angaben des Vereins" paragraphs after "Trainer Stefan Reimann von Borussia Mönchengladbach": the
    club the article named last, by the word that opens a club's name."""
    for k in range(a - 2, max(-1, a - reach), -1):
        if toks[k].text.lower() in CLUB_OPENINGS and toks[k].text[:1].isupper() and toks[k + 1].text[:1].isupper() and (
                toks[k + 1].pos in ("PROPN", "NOUN")) and not toks[k].quote and not any(
                    t.text.lower() in ("gegen", "beim") for t in toks[max(0, k - 2) : k]):  # not the opponent
            e = k + 2
            while e < a and toks[e].pos == "PROPN" and toks[e].text[:1].isupper():
                e += 1
            return k, e + (e < a and toks[e].text.isdigit() and len(toks[e].text) == 2)  # "Hannover 96"
    return None


def _same_noun_before(doc, a: int, head: str) -> tuple[int, int] | None:
    """S21: "Der Verband kommunaler Unternehmen (VKU) widersprach. …, teilte der Verband mit": a body whose
    name the sentence before opens with the same noun, no name word among its first four tokens."""
    from .phrases import np_tokens  # phrases imports names, which company_names must not pull in first

    toks = doc.tokens
    s = toks[a].sent
    if s < 1 or doc.sentences[s - 1].start < doc.headline_end:
        return None
    prev = doc.sentences[s - 1]
    k = dateline_end_de(toks, prev.first, prev.last)
    if k + 1 >= prev.last or toks[k].pos != "DET" or toks[k + 1].text.lower() != head:
        return None
    _, end = np_tokens(toks, k + 1, k, prev.last)
    return (k + 1, end) if end - k > 2 else None  # more than "Der Verband" itself, without its article


def _after_company_noun(toks, k: int) -> bool:
    """S21: "Der Autozulieferer Kessler Automotive": a name right after a word for a company is one, whatever
    entity the tagger gave it."""
    from .bodies import COMPANY_NOUNS  # bodies imports nothing of this module; loaded late like phrases

    return k > 0 and toks[k - 1].pos == "NOUN" and (
        toks[k - 1].text.lower() in COMPANY_NOUNS or _kind_noun(toks[k - 1].text))


UTILITY_TAILS = ("bahnen", "betriebe", "werke")
"""Plural heads of companies named after their town ("Harzer Schmalspurbahnen", "Berliner Verkehrsbetriebe")."""
KIND_TAILS = (
    "zulieferer", "konzern", "hersteller", "unternehmen", "autobauer", "versorger", "versicherer", "dienstleister",
    "projektentwickler", "maschinenbauer", "anlagenbauer", "anbieter", "start-up", "startup", "veranstalter",
    "reederei", "fluggesellschaft", "airline", "kette")  # s32: "Die griechische Reederei Poseidon Maritime"
"""Heads of the words for a kind of company that a company's name follows (also in the genitive, "des
Personaldienstleisters Arvento"); s22: named apart from COMPANY_TAILS, which this tuple had shadowed; s30: "Der
Maschinenbauer Kessler & Vogt", "des Softwareanbieters Telvora"; s31: "Das Münchner KI-Start-up Veltris"."""


def _kind_noun(word: str) -> bool:
    return word.lower().removesuffix("s").endswith(KIND_TAILS)


LEGAL_FORMS = frozenset("AG GmbH SE KG KGaA Inc Ltd plc".split())
COMPANY_NAME_TAILS_EN = frozenset(
    """pharmaceuticals systems technologies holdings labs industries motors airways airlines mutual insurance
    healthcare bank energy capital partners""".split())
"""Last words of English company names ("Halbrook Pharmaceuticals", "Vantora Systems")."""


def company_words(doc) -> frozenset[str]:
    """S22: words the article writes as a company's name: right after a word for a company ("Das Mainzer
    Biotech-Unternehmen Veramed Biotech AG", "der Konzern Siemens") or before a legal form or company word
    ("Veramed Biotech AG", "Halbrook Pharmaceuticals"); kept in `doc.user_data`."""
    found = doc.user_data.get("_company_words")
    if found is None:
        from .bodies import COMPANY_NOUNS  # bodies imports nothing of this module; loaded late like phrases

        toks, out = doc.tokens, set()
        for k, t in enumerate(toks[:-1]):
            nxt = toks[k + 1]
            if t.pos == "NOUN" and nxt.text[:1].isupper() and nxt.text.isalpha() and (
                    _kind_noun(t.text) or t.text.lower().rsplit("-", 1)[-1] in COMPANY_NOUNS):
                out.add(nxt.text)
            if (nxt.text in LEGAL_FORMS or nxt.text.lower() in COMPANY_NAME_TAILS_EN) and t.text[:1].isupper():
                j = k  # the words of the name before its legal form: "Veramed Biotech AG"
                while j >= 0 and toks[j].text[:1].isupper() and toks[j].text.isalpha() and k - j < 3:
                    out.add(toks[j].text)
                    j -= 1
        found = doc.user_data["_company_words"] = frozenset(out)
    return found


ACRONYM_JOINERS = frozenset("und für der des von zur zum in & and of for".split())
"""Small words inside a body's name that its acronym skips ("Verband Bildung und Erziehung (VBE)")."""


def bracketed_label(toks, a: int, b: int) -> int | None:
    """Where "(" opens an acronym of two to six capitals right after the mention [a, b) or closing it."""
    k = b - 3 if b - 3 > a and toks[b - 1].text == ")" else b
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        if acronym(toks[k + 1].text):
            return k
    return None


def spelled_acronym(toks, a: int, k: int, label: str) -> str | None:
    """S31: the longest run of capitalised words (and small joining words) in [a, k), right before a bracketed
    label, that spells the label ("Der Verband Bildung und Erziehung (VBE)", "des Deutschen Wetterdienstes (DWD)",
    "Landeskriminalamt (LKA)"): the body's name."""
    from .name_kinds import nominative  # late: name_kinds imports this module

    starts = []
    for j in range(k - 1, max(a, k - 9) - 1, -1):
        word = toks[j].text
        if word.lower() in ACRONYM_JOINERS and starts:
            continue
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            break
        starts.append(j)
    for first in reversed(starts):
        words = [t.text for t in toks[first:k] if t.text.lower() not in ACRONYM_JOINERS]
        if spells(words, label):
            before = toks[first - 1].text.lower() if first else ""
            return nominative(" ".join(t.text for t in toks[first:k]), [], before)
    return None


def spells(words: list[str], label: str) -> bool:
    """Does each word open with the label's next capital, the letters between taken from the word before
    ("Wetterdienstes" gives the "WD" of "DWD")?"""
    i = 0
    for n, word in enumerate(words):
        if i >= len(label) or word[0] != label[i]:
            return False
        i, pos, rest = i + 1, 0, word[1:].lower()
        nxt = words[n + 1][0] if n + 1 < len(words) else ""
        while i < len(label) and label[i] != nxt and (p := rest.find(label[i].lower(), pos)) >= 0:
            i, pos = i + 1, p + 1
    return i == len(label)


def spelled_before(doc, a: int, label: str) -> str | None:
    """S31: the name an acronym abbreviates where the text before token a spells it out ("Der Deutsche Wetterdienst
    (DWD) rief … aus. …, teilte der DWD mit")."""
    at = doc.text.find(f"({label})", doc.headline_end, doc.tokens[a].start)
    k = doc.token_at(at).i if at >= 0 and doc.token_at(at) is not None else None
    if k is None or k + 2 >= len(doc.tokens) or doc.tokens[k + 2].text != ")":
        return None
    return spelled_acronym(doc.tokens, doc.sentences[doc.tokens[k].sent].first, k, label)
