"""Round 15 (German): singular "sie" for a woman just named.

"Umweltministerin Katrin Eder kündigte eine Untersuchung an. Sie sprach von einem „ernsten Vorfall“."
"Sie" is Eder, who has not spoken yet, rather than the last source that has. Only a name the text marks
as a woman's counts ("Ministerin", "Frau", a woman's first name), since "sie" is also any feminine noun:
"Die Polizei nahm Peter M. fest. Sie teilte mit, …" is the police: a feminine organisation noun opening
the sentence before, when no one but men is named in the 120 tokens before.
"""

from __future__ import annotations

from . import names as N
from . import speakers as SK
from .english_pronouns import FEMALE_NAMES, MALE_NAMES
from .first_names_de import FEMALE_NAMES_DE, MALE_NAMES_DE
from .names_before import person_name_before
from .phrases import np_tokens


def _woman_by_surname(table, doc, a: int, after: int):
    """The woman whose surname (of a full name the table knows) stands in this or the previous sentence before
    token a, after token `after`, whatever the tagger made of it (that word a mention of hers); else None."""
    toks = doc.tokens
    for k in range(a - 1, max(after, a - 40), -1):
        if toks[a].sent - toks[k].sent > 1:
            break
        if toks[k].text[:1].isupper() and toks[k].text.isalpha() and k > 0 and not toks[k - 1].text[:1].isupper():
            known = table.get("name:" + toks[k].text.lower())
            if known is not None and known.type == "person" and SK.person_gender(known) == "f":
                table.mention(known, doc.trimmed_span(toks[k].start, toks[k].end))
                return known
    return None


WOMEN_NAMES = FEMALE_NAMES | FEMALE_NAMES_DE
MEN_NAMES = MALE_NAMES | MALE_NAMES_DE
"""S30: the English and the German first-name lists ("Karin Sommerfeld … sagte sie" had missed her)."""


def sie_singular(table, doc, a: int):
    """The Source of a woman named in this or the previous sentence before token a, else None."""
    toks = doc.tokens
    found = person_name_before(toks, a, 40, "de")
    if found is not None and toks[a].sent - toks[found[0]].sent <= 1:
        if N.gender(toks, found[0]) == "f" or toks[found[0]].text.lower() in WOMEN_NAMES:
            src = table.resolve(doc, *found)
            return src if src.type == "person" else None
        known = table.get("name:" + toks[found[1] - 1].text.lower())  # s21: "Oberholz wollte sich nicht äußern.
        if known is not None and known.type == "person" and SK.person_gender(known) == "f":  # … sagte sie": the
            table.mention(known, doc.trimmed_span(toks[found[0]].start, toks[found[1] - 1].end))  # surname of
            return known  # "Vorstandschefin Katrin Oberholz", a woman by her role (s25: that word a mention of hers)
    woman = _woman_by_surname(table, doc, a, found[0] if found is not None else -1)
    if woman is not None:
        return woman  # s25: "Lenz reist weiter nach Jordanien. Vor ihrer Abreise hatte sie …" ("Lenz" a noun)
    named = person_name_before(toks, a, 120, "de")
    if named is not None and toks[a].sent - toks[named[0]].sent <= 3 and (
            N.gender(toks, named[0]) == "f" or toks[named[0]].text.lower() in WOMEN_NAMES):
        start, end = toks[named[0]].start, toks[named[1] - 1].end  # s12: "… Özlem Gezer …. Der Account bringt
        known = next((x for x in table.sources if any(m.start <= start and end <= m.end for m in x.mentions)), None)
        src = known or table.resolve(doc, *named)  # sie auf die Spur. … schickt sie": the woman, already a source
        if src.type == "person":
            return src
    si = toks[a].sent
    if si == 0 or doc.sentences[si].first != a:
        return None
    if named is not None and not _male(toks, named[0]):
        return None  # a woman (or someone) named further back: the older rules decide
    prev = doc.sentences[si - 1]
    head = prev.first + 1
    if head < prev.last and toks[prev.first].text == "Die" and toks[head].pos == "NOUN" and (
        N.org_word(toks[head].text) or N.media_noun(toks[head].text)
    ):
        return table.resolve(doc, *np_tokens(toks, head, prev.first, prev.last))
    return None


def _male(toks, s: int) -> bool:
    return N.gender(toks, s) == "m" or toks[s].text.lower() in MEN_NAMES


def previous_subject(table, doc, a: int, prev, low: str = "er"):
    """Session 11: "Der Mann veröffentlicht regelmäßig Daten. Er sagt, …", "Eine Frau kommt über die Brücke.
    Sie findet das …": a sentence-initial "er"/"sie" (with a singular verb) is the person who opens the
    sentence before (a description of a person as its subject), not a speaker named further back. None when
    that sentence names `prev` too, or opens otherwise."""
    toks = doc.tokens
    si = toks[a].sent
    inverted = doc.sentences[si].first != a
    if si == 0 or (inverted and not _after_first_verb(toks, a, doc.sentences[si].first) and not _after_quotation(
            toks, a, doc.sentences[si].first)):
        return None
    s = doc.sentences[si - 1]
    k = s.first
    titled = _titled_name_opening(toks, k, s.last, low)
    if titled is not None:  # s24: "Minister Hallbach selbst verteidigte die Reform …. …, sagte er."
        fin = _verb_after_subject(toks, titled - 1, s.last)
        if fin >= s.last or not toks[fin].tag.endswith("FIN") or "Mood=Ind" not in toks[fin].morph:
            return None
        if prev is not None and any(s.start <= m.start < s.end for m in prev.mentions):
            return None
        return table.resolve(doc, s.first, titled)
    if (named := _named_opening(table, doc, s, low)) is not None:
        return None if prev is not None and any(s.start <= m.start < s.end for m in prev.mentions) else named
    if toks[k].text not in (OPENERS_M if low == "er" else OPENERS_F):
        return None
    k += 1
    while k < s.last and (toks[k].tag in ("ADJA", "ADV") or toks[k].tag == "CARD" and toks[k + 1].text == "-" or (
            toks[k].text == "-" and toks[k - 1].tag == "CARD")):
        k += 1  # s31: "Der 23-jährige Student sucht …. „…“, erzählt er"
    fin = _verb_after_subject(toks, k, s.last)  # s23: "Der Angeklagte selbst hatte …", "Der Sohn der Getöteten,
    if fin >= s.last or toks[k].pos != "NOUN" or not toks[fin].tag.endswith("FIN"):
        return None
    if inverted and "Mood=Ind" not in toks[fin].morph:
        return None  # the sentence before is someone's reported speech: its subject is no new topic
    noun = toks[k].text
    if not (noun in KIN_WORDS or noun in KIN_WORDS_M or SK.is_person_noun(noun) or SK.lexicon_person_noun(noun)):
        return None
    if low == "sie" and N.plural_verb(toks, a):  # "Die Beamten nahmen ihn fest. Sie teilten mit": the group
        if "Number=Plur" not in toks[fin].morph or toks[s.first].text != "Die":
            return None
    elif low == "sie" and not (noun in KIN_WORDS or noun.endswith("in")):
        return None  # "Die Beamten …. Sie findet": not one woman
    if prev is not None and any(s.start <= m.start < s.end for m in prev.mentions):
        return None
    name = next((n for c in range(k + 1, fin) if (n := _apposed_name(toks, c, fin + 1)) is not None), None)
    return table.resolve(doc, *name) if name is not None else table.resolve(doc, s.first, k + 1)


def _named_opening(table, doc, s, low: str):
    """S32: the person whose bare name opens the sentence before, with an indicative verb right after it ("Rehfeld
    gewann 1976 …. Bekannt wurde sie …: …, berichtete sie"), when the name does not tell another gender."""
    toks, k = doc.tokens, s.first
    if toks[k].ent != "B-PER" or toks[k].pos != "PROPN":
        return None
    j = k + 1
    while j < s.last and toks[j].ent == "I-PER":
        j += 1
    if j - k > 3 or j >= s.last or not toks[j].tag.endswith("FIN") or "Mood=Ind" not in toks[j].morph:
        return None
    src = table.resolve(doc, k, j)
    return src if src.type == "person" and SK.person_gender(src) in (None, "m" if low == "er" else "f") else None


def _titled_name_opening(toks, k: int, last: int, low: str) -> int | None:
    """The end of "Minister Hallbach", "Ministerin Katrin V." opening a sentence (a title noun of the pronoun's
    gender, then name words), else None."""
    title = toks[k].text
    if toks[k].pos != "NOUN" or k + 1 >= last or toks[k + 1].pos != "PROPN":
        return None
    first = toks[k + 1].text.lower()
    named = "f" if first in FEMALE_NAMES_DE else "m" if first in MALE_NAMES_DE else None
    if named is not None and SK.is_person_noun(title.rsplit("-", 1)[-1]):  # s28: "Verdi-Vorstandsmitglied Karin
        if named != ("m" if low == "er" else "f"):  # Albers hat … verteidigt. „…“, sagte sie"
            return None
    elif not SK.is_person_role(title) or (low == "er") == title.endswith("in"):
        return None  # "Ministerin X …. Er sagte": someone else
    j = k + 1
    while j < last and toks[j].pos == "PROPN":
        j += 1
    return j


def _after_first_verb(toks, a: int, first: int) -> bool:
    """S20: the pronoun right after the sentence's first finite verb, with something else fronted ("Auf der
    Plattform X schrieb er am Abend, …"): the subject, as at the sentence start (after a narrated sentence
    only, see `previous_subject`)."""
    return a - 2 >= first and toks[a - 1].tag.endswith("FIN") and not any(
        t.text in (",", ":", ";") or t.quote or t.tag.endswith("FIN") for t in toks[first : a - 1]
    )


def _after_quotation(toks, a: int, first: int) -> bool:
    """S23: the pronoun right after the cue that closes the sentence after its message ("Der Angeklagte selbst
    hatte ein Teilgeständnis abgelegt. „Ich schäme mich“, sagte er"; "Der Sohn …. Seine Mutter bekomme …, sagte
    er."): the subject as well."""
    return a - 3 > first and toks[a - 1].tag.endswith("FIN") and toks[a - 2].text == "," and (
        a + 1 >= len(toks) or toks[a + 1].text in (".", "der", "dem") or toks[a + 1].pos in ("ADV", "ADP"))  # s28:
    # "sagte sie im Deutschlandfunk"; s30: "sagte er der Deutschen Presse-Agentur" (whom he told)


def _verb_after_subject(toks, k: int, last: int) -> int:
    """The finite verb after the subject noun at k: right after it, after "selbst", or after a genitive and a
    relative clause between commas ("Der Sohn der Getöteten, der als Nebenkläger auftrat, zeigte sich …")."""
    j = k + 1 + (k + 2 < last and toks[k + 1].text == "selbst")
    if j < last and toks[j].text == "(" and (close := next((c for c in range(j + 1, min(last, j + 5)) if toks[
            c].text == ")"), None)) is not None:
        j = close + 1  # s33: "Verteidigungsminister Karsten Vogt (SPD) verteidigte …. „…“, sagte er"
    if j < last and toks[j].text in ("der", "des") and j + 1 < last and toks[j + 1].pos in ("NOUN", "PROPN"):
        j += 2
        if j + 1 < last and toks[j].text == "für" and toks[j + 1].pos in ("NOUN", "PROPN"):
            j += 2  # s29: "Der Präsident des Bundesamts für Verfassungsschutz, Holger Brandt, trat …"
    if (name := _apposed_name(toks, j, last)) is not None:
        j = name[1] + 1
    if j + 1 < last and toks[j].text == "," and toks[j + 1].tag in ("PRELS", "PRELAT"):
        close = next((c for c in range(j + 2, min(last, j + 15)) if toks[c].text == ","), None)
        j = close + 1 if close is not None else last
    return j if j < last else last


def _apposed_name(toks, j: int, last: int) -> tuple[int, int] | None:
    """S29: the range of the name between the commas at j (", Holger Brandt,"), else None."""
    if j + 3 >= last or toks[j].text != ",":
        return None
    e = j + 1
    while e < last and toks[e].pos == "PROPN":
        e += 1
    return (j + 1, e) if e - j - 1 >= 2 and e < last and toks[e].text == "," else None


OPENERS_M = frozenset(("Der", "Ein"))
KIN_WORDS = frozenset("Frau Mutter Tochter Schwester Großmutter Ehefrau".split())
"""Women's nouns without an -in ending that the person-noun lists lack ("Eine Frau kommt …. Sie sagt")."""
OPENERS_F = frozenset(("Die", "Eine"))
KIN_WORDS_M = frozenset("Sohn Vater Bruder Großvater Ehemann Onkel Neffe Enkel".split())


ARTICLE_OF = {"er": "Der", "sie": "Die", "es": "Das"}


def wie_clause_subject(table, doc, a: int, low: str):
    """S18: "Der Konzern rechnet mit mehr Umsatz, wie er am Mittwoch mitteilte": the pronoun of a wie-clause
    after the main clause is that clause's subject when it opens the sentence with the matching article and
    names a body or an outlet ("Der Konzern", "Die Behörde"); None otherwise."""
    toks = doc.tokens
    if a < 1 or toks[a - 1].text.lower() != "wie" or low not in ARTICLE_OF:
        return None
    first = doc.sentences[toks[a].sent].first
    if toks[first].text != ARTICLE_OF[low] or a - first < 4:
        return None
    k = first + 1
    while k < a and toks[k].tag == "ADJA":
        k += 1
    if toks[k].pos != "NOUN" or not (N.org_word(toks[k].text) or N.media_noun(toks[k].text)):
        return None
    return table.resolve(doc, first, k + 1)


def described_person(table, doc, a: int, low: str):
    """S20: "Im Prozess hat der Angeklagte die Tat gestanden. Er habe …, ließ er über seinen Anwalt erklären":
    when no speaker or name stands for "er"/"sie" at all, the person the sentence before describes as its
    subject — the noun phrase before its first finite verb or right after it ("der Angeklagte"); None when it
    names no person, or one of the other gender."""
    toks = doc.tokens
    si = toks[a].sent
    if si == 0:
        return None
    s = doc.sentences[si - 1]
    fv = next((k for k in range(s.first, s.last) if toks[k].tag.endswith("FIN")), None)
    if fv is None:
        return None
    for start in (s.first, fv + 1):
        k = start  # the article says the gender: "der Angeklagte" is a man, "die Angeklagte" a woman
        if k >= s.last or toks[k].text.lower() not in (("der", "ein") if low == "er" else ("die", "eine")):
            continue
        k += 1
        while k < s.last and toks[k].tag in ("ADJA", "ADV"):
            k += 1
        if k >= s.last or toks[k].pos != "NOUN" or (start == s.first and k + 1 != fv):
            continue
        noun = toks[k].text
        if low == "sie" and noun.endswith("en") and not noun.endswith("in"):
            continue  # "die Angeklagten": more than one
        if SK.is_person_noun(noun) or SK.lexicon_person_noun(noun) or noun in KIN_WORDS:
            return table.resolve(doc, start, k + 1)
    return None


def demonstrative(table, doc, a: int):
    """S25: "… stützt sich auf die Aussagen eines früheren Prokuristen. Dieser soll angegeben haben, …": "Dieser"
    opening a sentence is the last man the sentence before mentions by a person noun (a demonstrative takes up
    the newest referent, often no subject), resolved as that noun phrase; None when there is none."""
    toks = doc.tokens
    si = toks[a].sent
    if si == 0 or doc.sentences[si].first != a:
        return None
    prev = doc.sentences[si - 1]
    for k in range(prev.last - 1, prev.first - 1, -1):
        t = toks[k]
        if t.pos == "NOUN" and (SK.is_person_noun(t.text) or SK.lexicon_person_noun(t.text.lower())) and not (
                t.text.endswith(("in", "innen")) or N.plural(t)):
            s = k
            while s > prev.first and toks[s - 1].tag in ("ADJA", "ART", "CARD", "PIAT", "PPOSAT", "ADV"):
                s -= 1  # "eines früheren Prokuristen", not the phrase it is the genitive of ("die Aussagen …")
            return table.resolve(doc, s, np_tokens(toks, k, s, prev.last)[1])
    return None
