"""Noun phrases around a head token: the span a speaker mention covers ("der Vorsitzende des
Vereinigten Generalstabs", 'des "Handelsblatts"', "Der Sprecher, Igor K.,")."""

from __future__ import annotations

from ...language.subjects import extended_attribute
from ..outlets import outlet_registry
from .anonymous import INSIDER_PARTICIPLES, POST_WORDS, SOCIAL_PLATFORMS, extra_person_noun, social_noun
from .appositions_de import described_name
from .lexicon import ANON_HEADS, DETERMINERS, MILITARY_RANKS, NP_INNER_POS
from .mentions_de import short_title_close
from .name_kinds import OUTLET_NAME_TAILS
from .names import NAME_PARTICLES, acronym, media_noun, org_word, particle_surname, particles_at
from .names_en import ORG_RUN_WORDS
from .nationalities import nationality
from .next_phrase import capitalised, new_np
from .phrase_tails import PLACE_PREPS, fuer_end, place_of_org_end, pp_before_name, pp_end
from .speakers import is_person_noun, is_person_role, lexicon_person_noun

QUOTES = frozenset('"„“”»«')
COUNT_WORDS = frozenset("mehrere einige zahlreiche viele wenige zwei drei vier fünf sechs".split())
OTHER_WORDS = frozenset("weitere andere".split())


NO_GENITIVE = frozenset("die das den dem ein eine einen einem kein keine keinen keinem a an".split())  # s23: "a" too


def _new_phrase(tokens, k: int) -> bool:
    """S12: an article at k that cannot be a genitive, right after a noun, opens a noun phrase of its own: "von
    einem Patienten keine weitere Gefahr", "machten neue Spekulationen die Runde"."""
    return k > 0 and tokens[k].text.lower() in NO_GENITIVE and tokens[k - 1].pos in ("NOUN", "PROPN") and (
        tokens[k].pos == "DET")


AGE_UNITS = frozenset("Jahre Monate Wochen".split())


def np_tokens(tokens, head: int, first: int, last: int) -> tuple[int, int]:
    """Token range [a, b) of the noun phrase around `head`, kept inside [first, last)."""
    a = head
    while a > first and tokens[head].tag != "PPER" and (  # s12: not "länger wir" ("je länger wir reden")
        _np_inner(tokens[a - 1]) and not _new_phrase(tokens, a)
        or (_attributive(tokens[a - 1]) and a - 2 > first and tokens[a - 2].pos in ("NOUN", "PROPN"))
        or (  # round 10: "aktuelle und ehemalige US-Beamte"
            tokens[a - 1].text in ("und", "oder")
            and a - 2 >= first
            and tokens[a].tag == "ADJA"
            and tokens[a - 2].tag == "ADJA"
        )
        or (tokens[a - 1].pos in ("ADV", "PART") and tokens[a].pos in ("ADJ", "ADV", "PART"))
        or (  # "A senior Hamas official": a name the tagger took for a verb, inside the noun phrase
            tokens[a - 1].pos == "VERB"
            and tokens[a - 1].text[:1].isupper()
            and tokens[a - 1].text.isalpha()
            and a - 2 > first
            and tokens[a - 2].pos in ("DET", "ADJ", "NOUN", "PROPN")  # s25: "The American Red (VVD) Cross"
        )
    ):
        a -= 1
    if (  # "eine mit der Sache vertraute Person": the participle's phrase belongs to the noun phrase
        a - 2 >= first
        and tokens[a - 1].pos == "ADP"
        and tokens[a - 2].text.lower() in ("ein", "eine", "einer", "einem", "der", "die", "dem")
        and _attributive(tokens[head - 1])
        and tokens[a].pos == "DET"
    ):
        a -= 2
    elif (  # round 16: "der in Hamburg lebende Autor", "die seit Jahren in Berlin tätige Anwältin"
        a - 2 >= first
        and tokens[a - 1].pos == "ADP"
        and tokens[a - 2].pos == "DET"
        and extended_attribute(tokens, head, a - 2)
    ):
        a -= 2
    elif a - 1 > first and tokens[a - 1].pos == "ADP" and (start := _attribute_start(tokens, head, first)) is not None:
        a = start  # s21: "Ein von der Initiative in Auftrag gegebenes Gutachten": two phrases before the participle
    elif (  # round 10: "Zwei mit der Angelegenheit vertraute Personen", "Mit den Plänen vertraute Personen"
        a - 1 >= first
        and tokens[a - 1].text.lower() in ("mit", "über")
        and _attributive(tokens[head - 1])
        and tokens[a].pos == "DET"
        and head - a <= 5
    ):
        if a - 1 == first:
            a -= 1
        else:  # s7: "Zwei weitere mit den Beratungen vertraute Personen"
            k = a - 2
            while k >= first and (tokens[k].pos == "NUM" or tokens[k].text.lower() in COUNT_WORDS | OTHER_WORDS):
                k -= 1
            a = k + 1 if k < a - 2 else a
    while a < head and (
        tokens[a].pos in ("ADV", "PART") or tokens[a].text.lower() == "anderem"  # s12: "unter anderem X"
        or (tokens[a].tag == "ADJD" and a + 1 < head and tokens[a + 1].tag in ("PIAT", "PIDAT", "ART"))
    ):  # round 16 (ADJD): "übereinstimmend mehrere Zeitungen": the adverb is no part of the speaker
        a += 1
    a = _quoted_compound_start(tokens, a, first)  # round 10: 'Die „Bild“-Zeitung'
    if (  # "der 48-Jährige" tokenised as 48 | - | Jährige
        a - 3 >= first
        and tokens[a - 1].text == "-"
        and tokens[a - 2].text.isdigit()
        and tokens[a - 1].start == tokens[a - 2].end
        and tokens[a - 3].text.lower() in DETERMINERS
    ):
        a -= 3
    elif (  # s25: "die inzwischen 71-jährige Hovland": an adverb between the article and the age
        a - 4 >= first
        and tokens[a - 1].text == "-"
        and tokens[a - 2].text.isdigit()
        and tokens[a - 1].start == tokens[a - 2].end
        and tokens[a - 3].pos == "ADV"
        and tokens[a - 4].text.lower() in DETERMINERS
    ):
        a -= 4
    if tokens[head].tag in ("TRUNC", "NN") and head + 3 < last and tokens[head + 1].text == "-" and tokens[
            head + 1].start == tokens[head].end and tokens[head + 2].text.lower() in ("und", "oder", "sowie") and (
            tokens[head + 3].pos in ("NOUN", "PROPN")):  # (s25: "Der Hausärztinnen- und Hausärzteverband": NN)
        head += 3  # s25: "die Wirtschafts- und Korruptionsstaatsanwaltschaft": the compound after the conjunction
    if head + 2 < last and head > first and tokens[head - 1].pos == "NUM" and tokens[head].text in AGE_UNITS and (
            tokens[head + 1].text.lower() in ("alte", "alten", "alter", "altes")) and tokens[head + 2].pos in (
            "NOUN", "PROPN"):
        head += 2  # s26: "der 22 Jahre alte Deniz K.": the age is an attribute of the name after it
    if head + 2 < last and head - 2 >= first and tokens[head - 1].tag == tokens[head - 2].tag == "ART" and tokens[
            head + 1].tag == "ADJA" and tokens[head + 2].pos == "NOUN":
        head += 2  # s32: "Die den Revolutionsgarden nahestehende Nachrichtenagentur Tasnim": the participle's object
    b = head + 1
    bare = tokens[head].tag in ("PPER", "PRELS", "PDS") and not (  # s13: not "kritisierte er Fans des Teams",
        tokens[head].text[:1].isupper() and head + 1 < last and tokens[head + 1].pos in ("NOUN", "PROPN", "ADJ")
    ) and not (tokens[head].text == "ihr" and head + 2 < last and tokens[head + 1].pos == "NOUN" and tokens[
        head + 2].ent == "B-PER")  # but "Ihr Co-Vorsitzender Fabio De Masi", a possessive the tagger took for a
    # pronoun; s30: "sagte ihr Vorsitzender Georg Aumeier"
    while b < last and not bare:
        t = tokens[b]
        low = t.text.lower()
        described = None  # the name of a described apposition, when that branch below finds one
        if (
            _np_inner(t)
            and (t.pos in ("PROPN", "NOUN", "X", "NUM") or capitalised(t))
            and t.text not in '„“"'
            and not new_np(tokens, b, last)  # round 12: "Behördenangaben 7.000 Menschen"
        ) or (low in ANON_HEADS and t.text.islower() and b == head + 1 and t.pos in ("ADJ", "NOUN")):
            b += 1
        elif low in ("der", "den") and tokens[b - 1].text in ("Van", "Von") and b + 1 < last and (
                tokens[b + 1].pos in ("PROPN", "NOUN") and tokens[b + 1].text[:1].isupper()):
            b += 2  # s19: "Alexander Van der Bellen": the particles of the surname, no article
        elif (  # "VW-Betriebsratschefin und Aufsichtsrätin Daniela Cavallo"
            low in ("und", "and")
            and b + 2 < last
            and (is_person_noun(tokens[head].text) or extra_person_noun(tokens[head].text))  # round 18: "Publizist"
            and tokens[b + 1].text[:1].isupper()
            and tokens[b + 2].ent.endswith("PER")
        ):
            b += 2
        elif (  # 'des "Handelsblatts"', 'der „Süddeutschen Zeitung“'
            low in ("der", "des", "of", "the")
            and not (low == "der" and tokens[b - 1].ent == "I-PER")  # round 12: 'sagte X von Y der „Welt“'
            and not (low == "der" and _dative_outlet(tokens, a, b, last))  # s7: 'sagte Klingbeil der „SZ“'
            and b + 3 < last
            and tokens[b + 1].text in QUOTES
            and _np_inner(tokens[b + 2])
        ):
            c = b + 2
            while c < last and c < b + 7 and tokens[c].text not in QUOTES:
                c += 1
            if c >= last or tokens[c].text not in QUOTES:
                break
            b = c + 1
        elif low in ("der", "des") and b + 2 < last and tokens[b + 1].pos in ("ADP", "ADV") and (
            c := next((j for j in range(b + 2, min(last, b + 8)) if extended_attribute(tokens, j, b)), None)
        ):
            b = c + 1  # round 16: "der Gruppe der am wenigsten entwickelten Länder, Evans Njewa"
        elif (
            (low in ("der", "des", "eines", "einer", "of", "the", *GENITIVE_QUANTIFIERS) or (
                low in GENITIVE_POSSESSIVES and tokens[b - 1].pos == "NOUN"))  # s22: not "sich ihrer Verantwortung"
            and b + 1 < last
            and _np_inner(tokens[b + 1])
            and not (low == "der" and tokens[b - 1].ent.endswith("PER"))  # "sagte Müller der Agentur": dative
            and not (low == "der" and _dative_outlet(tokens, a, b, last))  # round 10
            and not (low == "der" and _man_named(tokens, b + 1, last))  # s23: "nach Angaben der
            # Stiftung der Schriftsteller Tomasz W.": a masculine person noun after "der" is no genitive
            and not (low == "der" and tokens[b + 1].tag == "ADJA" and tokens[b + 1].text.endswith("e"))  # s15: "der
        ):  # überwiegende Teil" is a nominative ("nach Auskunft der NASA der überwiegende Teil"); genitive: "-en"
            b += 1
            while b < last and _np_inner(tokens[b]) and tokens[b].text != "," and not new_np(tokens, b, last) and not (
                tokens[b].tag == "ADJA" and tokens[b].text.islower() and tokens[b - 1].pos in ("NOUN", "PROPN")
            ):  # round 12: not into the next phrase ("der Fluggesellschaft die Genehmigung"); round 18: nor
                b += 1  # into an adjective's ("Angaben des Ministeriums erhebliche Schäden")
                if b + 1 < last and tokens[b].text == "-" and tokens[b - 1].text.isdigit() and (
                    tokens[b + 1].start == tokens[b].end
                ):
                    b += 2  # round 16: "der Vater der getöteten 17-Jährigen"
                if b + 2 < last and tokens[b].text == "-" and tokens[b].start == tokens[b - 1].end and (
                    tokens[b + 1].text in ("und", "oder") and tokens[b + 2].pos == "NOUN"
                ):
                    b += 3  # s17: "der Berufsverband der Kinder- und Jugendärzte"
                if low == "of" and b + 1 < last and tokens[b].text == "and" and capitalised(tokens[b - 1]) and (
                        capitalised(tokens[b + 1]) and tokens[head].text.lower() in ORG_RUN_WORDS):
                    b += 1  # s32: "The Ministry of Trade and Industry said"
        elif (  # "Angaben russischer Behörden", "nach Einschätzung westlicher Geheimdienste": a genitive plural
            t.pos == "ADJ"
            and low.endswith("er")
            and t.text.islower()
            and tokens[b - 1].pos == "NOUN"
            and b + 1 < last
            and tokens[b + 1].pos == "NOUN"
            and capitalised(tokens[b + 1])
        ):
            b += 2
        elif b == head + 1 and t.text in QUOTES and (c := _title_after_noun(tokens, head, b, last)) is not None:
            b = c  # s13: "der Organisation „Vier Pfoten“", "des Rappers „Bushido“": the noun's quoted name
            break
        elif t.text in QUOTES and b + 2 < last and tokens[b + 1].text == "-" and (
            tokens[b].end == tokens[b + 1].start == tokens[b + 2].start - 1 and capitalised(tokens[b + 2])
        ):
            b += 3  # s21: 'die „Bild“-Zeitung' from "Bild": the quoted name hyphened to its head noun
        elif t.text == "&" and b + 1 < last and capitalised(tokens[b - 1]) and capitalised(tokens[b + 1]):
            b += 2  # round 15: "des Eigentümerverbands Haus & Grund", "Johnson & Johnson"
        elif low in NAME_PARTICLES and tokens[b - 1].ent.endswith("PER") and (c := _particle_end(tokens, b, last)):
            b = c  # "Ursula von der Leyen", "Thomas de Maizière"
        elif low == "für" and (c := fuer_end(tokens, b, last)) is not None:
            b = c  # "das Bundesamt für Migration und Flüchtlinge", "des Instituts für Weltwirtschaft"
            break
        elif low in ("auf", "bei") and (
            social_noun(tokens[head].text, [tokens[head - 1].text.lower()]) or tokens[head].text.lower() in POST_WORDS
        ) and (
            c := _platform_end(tokens, b, last)
        ):
            b = c  # round 10: "einem Post auf Telegram", "ein Tweet auf X"
            break
        elif low in ("for", "of") and tokens[head].text.lower() in ORG_RUN_WORDS and (
            c := _org_of_end(tokens, b, last)
        ):
            b = c  # s7: "The Department for Education" ("Education" tagged a common noun)
            break
        elif low in SPEAKER_PREPS | {"auf", "für"} and (c := pp_before_name(tokens, head, b, last)) is not None:
            b = c  # s13: "die Delegationsleiterin beim Klimagipfel, Sharon Hayes": the role's phrase, then the name;
            # s30: "die deutsche Sondergesandte für internationale Klimapolitik, Ulrike Hartmann"
        elif (c := _and_before_label(tokens, b, last)) is not None:
            b = c  # s30: "der Vorsitzende der Gewerkschaft Erziehung und Wissenschaft (GEW), Stefan Albrecht"
        elif low in PLACE_PREPS and (c := place_of_org_end(tokens, head, b, last)) is not None:
            b = c  # s17: "die Provinzregierung in Helmand", "das Nobelkomitee im norwegischen Oslo"
        elif low in SPEAKER_PREPS and (c := pp_end(tokens, head, b, last)) is not None:
            b = c  # "ein Sprecher von Greenpeace", "eine Quelle im Ministerium", "a spokesman for the Kremlin"
            if not (b < last and tokens[b].text == ","):
                break  # s13: else the name in apposition may follow ("der Sprecher der Polizei in Bonn, Peter M.")
        elif t.text == "(" and b + 4 < last and tokens[b + 2].text == ")" and tokens[b + 3].text == "," and (
                tokens[b + 4].pos == "PROPN" or tokens[b + 4].ent.endswith("PER") or _described_at(
                    tokens, b + 3, last)) and tokens[head].pos != "PROPN":
            b += 3  # s28: "der Hauptgeschäftsführer des Bundesverbands (BDL), Stefan Roloff": the label, then the name
        elif tokens[head].pos != "PROPN" and (  # round 18: not after a name ("Chandni Raina, India's negotiator")
            low == ","
            and b + 1 < last
            and tokens[b + 1].pos == "PROPN"
            or (
                low == ","
                and b + 2 < last
                and not tokens[b + 1].pos
                and capitalised(tokens[b + 1])
                and capitalised(tokens[b + 2])
            )
            or (  # s24: "der Sprecher der ukrainischen Luftwaffe, Oberst Dmytro Lysenko,": a rank, then the name
                low == ","
                and b + 2 < last
                and tokens[b + 1].pos == "NOUN"
                and tokens[b + 2].pos == "PROPN"
                and (is_person_role(tokens[b + 1].text) or tokens[b + 1].text.lower() in MILITARY_RANKS)
            )
            or (  # s28: "sagte die Leiterin des Amtes, Dr. Sabine Roeder": an academic title, then the name
                low == ","
                and b + 2 < last
                and tokens[b + 1].text.lower() in ACADEMIC_TITLES
                and (tokens[b + 2].pos == "PROPN" or tokens[b + 2].text.lower() in ACADEMIC_TITLES)
            )
        ) or (tokens[head].pos != "PROPN" and low == "," and (described := _described_at(tokens, b, last))):
            c = described or b + 1  # apposition: ", Generalleutnant Igor Konaschenkow,"; s30:
            # ", die thüringische Bildungsministerin Katharina Wendt,"
            while c < last and (
                tokens[c].pos in ("PROPN", "NOUN") or (not tokens[c].pos and capitalised(tokens[c]))
            ):
                c += 1
            if c + 3 < last and tokens[c].text == "(" and tokens[c + 2].text == ")" and tokens[c + 3].text == ",":
                c += 3  # s25: ", Ferdinand Hollerer (ÖVP),": the party label belongs to the apposition
            if c == last or tokens[c].text in (",", ")", "."):  # round 16: also at the end of the sentence
                b = c
            break
        else:
            break
    if b < last and tokens[b].text in CLOSING_MARKS and _open_mark(tokens, a, b):
        b += 1  # s21: 'berichtet der „Spiegel“': the closing mark of a quoted name in the phrase
    while b - 1 > head and tokens[b - 1].tag == "PIAT":
        b -= 1  # s31: "nach Schätzungen des Landkreises mehr als 200": "mehr" opens the next phrase
    return a, b


def _described_at(tokens, comma: int, last: int) -> int | None:
    """The name of an apposition after `comma` that describes its person first ("die thüringische Bildungsministerin
    Katharina Wendt"), or None."""
    k = next((j for j in range(comma + 3, min(last, comma + 8)) if tokens[j].ent == "B-PER"), None)
    return k if k is not None and tokens[comma + 1].pos == "DET" and described_name(tokens, comma, k) else None


def _and_before_label(tokens, b: int, last: int) -> int | None:
    """The bracket of an acronym right after "und" and one capitalised word ("Erziehung und Wissenschaft (GEW)"), from
    "und" or the capitalised word before it: a name of two parts whose label follows; None otherwise."""
    b += tokens[b].text != "und" and capitalised(tokens[b]) and b + 1 < last and tokens[b + 1].text == "und"
    if tokens[b].text != "und" or b + 4 >= last or not capitalised(tokens[b + 1]) or tokens[b + 2].text != "(" or (
            tokens[b + 4].text != ")"):
        return None
    return b + 2 if acronym(tokens[b + 3].text) else None


ACADEMIC_TITLES = frozenset("dr. prof. dr prof".split())
OPENING_MARKS = frozenset("„»")
CLOSING_MARKS = frozenset("“«")


def _open_mark(tokens, a: int, b: int) -> bool:
    """The phrase [a, b) opens a German quotation mark it does not close."""
    opened = sum(1 for t in tokens[a:b] if t.text in OPENING_MARKS)
    return opened > sum(1 for t in tokens[a:b] if t.text in CLOSING_MARKS)

def _org_of_end(tokens, b: int, last: int) -> int | None:
    """After "for"/"of" (at b) in an English organisation's name: the end of the capitalised words."""
    c = b + 1 + (b + 1 < last and tokens[b + 1].text.lower() == "the")
    start = c
    while c < last and capitalised(tokens[c]) and tokens[c].text.isalpha():
        c += 1
        if c + 1 < last and tokens[c].text in ("and", "of") and capitalised(tokens[c + 1]) and c > start:
            c += 1  # round 18: "the Department of Health and Social Care"; s31: "the Institute for the Study of War"
    return c if c > start else None


MAX_TITLE_WORDS = 5


def title_words(words) -> bool:
    """S13: could these quoted words be a name ("Rabaul Queen", "Vier Pfoten", "Mehr Demokratie"): a few
    words, capitalised first, no verb, no punctuation? The one test behind every quoted-name rule."""
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and words[0].text[:1].isupper()
        and all(t.text[:1].isalnum() and t.pos not in ("VERB", "AUX") for t in words)
    )


def _title_after_noun(tokens, head: int, b: int, last: int) -> int | None:
    """S13: the end of a short quoted name right after an organisation, person or media noun, or None."""
    noun = tokens[head]
    if noun.tag != "NN" or not (org_word(noun.text) or media_noun(noun.text) or is_person_noun(noun.text)):
        return None
    c = next((k for k in range(b + 1, min(last, b + MAX_TITLE_WORDS + 2)) if tokens[k].text in QUOTES), None)
    return c + 1 if c is not None and title_words(tokens[b + 1 : c]) else None


GENITIVE_QUANTIFIERS = ("vieler", "mehrerer", "einiger", "zahlreicher", "aller", "beider", "anderer")
"""Round 16: a genitive plural without article: "nach Ansicht vieler Inselstaaten"."""
SPEAKER_PREPS = frozenset("von vom im beim bei aus for at in from".split())
"""Prepositions that tie an unnamed speaker to where they belong ("Diplomaten aus EU-Staaten")."""


def _platform_end(tokens, b: int, last: int) -> int | None:
    """End of "auf Telegram", "bei Instagram" after a post noun; None when no platform follows."""
    k = b + 1
    while k < last and tokens[k].pos == "DET":
        k += 1
    return k + 1 if k < last and tokens[k].text.lower() in SOCIAL_PLATFORMS else None


def _quoted_compound_start(tokens, a: int, first: int) -> int:
    """ 'Die „Bild“-Zeitung', '„Spiegel“-Informationen': a quoted name hyphened to the head belongs to it."""
    if not (a - 3 >= first and tokens[a - 1].text == "-" and tokens[a - 1].end == tokens[a].start):
        return a
    if tokens[a - 2].text not in QUOTES:
        return a
    o = next((k for k in range(a - 3, max(first - 1, a - 8), -1) if tokens[k].text in QUOTES), None)
    if o is None or o == a - 3:
        return a
    while o > first and tokens[o - 1].pos in ("DET", "ADJ"):
        o -= 1
    return o


def _known_person(tokens, a: int, b: int) -> bool:
    """S7: a one-word mention the text names as a person elsewhere ("Lars Klingbeil", then "Klingbeil")."""
    word = tokens[a].text
    return b - a == 1 and word[:1].isupper() and any(t.text == word and t.ent.endswith("PER") for t in tokens)


def _dative_outlet(tokens, a: int, b: int, last: int) -> bool:
    """ "sagte ein hochrangiger Beamter der Nachrichtenagentur Reuters": after a speech verb, "der" + an
    outlet noun is whom the speaker told (dative), not whom the speaker belongs to (round 10)."""
    w = a - 1
    while w > a - 4 and w > 0 and tokens[w].pos in ("ADP", "NUM"):
        w -= 1  # s32: "Wie zwei mit den Plänen vertraute Personen der Nachrichtenagentur Reuters sagten"
    if a < 1 or not (tokens[a - 1].pos in ("VERB", "AUX") or tokens[w].text.lower() == "wie"):
        return False  # after the verb, or in "wie ein Beamter der AFP sagte"
    if not (is_person_noun(tokens[b - 1].text) or tokens[b - 1].ent.endswith("PER") or _known_person(tokens, a, b) or (
        lexicon_person_noun(tokens[b - 1].text) and tokens[b - 1].pos == "NOUN") or nationality(
        tokens[b - 1].text.lower()) or (  # s26: "die Sozialdemokratin"; s30: 'sagte der Däne der „Berliner Zeitung“'
        tokens[b - 1].tag == "NN" and org_word(tokens[b - 1].text) and not _outlet_part(tokens[b - 1].text)
    )):  # s17: "sagte das Ministerium der Deutschen Presse-Agentur": a body belongs to no outlet
        return False
    k = b + 1 + (b + 1 < last and tokens[b + 1].text in QUOTES)  # s7: 'der „Süddeutschen Zeitung“'
    while k < last and k < b + 5 and not media_noun(tokens[k].text) and (
        tokens[k].pos == "ADJ" or tokens[k].text.lower().startswith("deutsch")  # "der Deutschen Presse-Agentur"
        or (tokens[k].text[:1].isupper() and tokens[k].text.endswith("en") and tokens[k].text.isalpha())
    ):  # s21: 'der „Sächsischen Zeitung“', 'der „Freien Presse“': a name's adjective, whatever its tag
        k += 1
    if k >= last:
        return False
    words = " ".join(t.text for t in tokens[k : min(last, k + 4)])  # s7: "Süddeutschen Zeitung" (PROPN, case form)
    if media_noun(tokens[k].text) or tokens[k].text.lower().endswith("presse"):
        return True
    if tokens[b + 1].text in QUOTES and (close := short_title_close(tokens, b + 1, last)) > 0 and _outlet_tail(
            tokens[close - 1].text):
        return True  # s29: "berichtete eine Mitreisende der „Thüringer Allgemeinen“": a paper's name by its last word
    return any(s == 0 for s, _e, _o in outlet_registry().mentions(words))


def _outlet_tail(word: str) -> bool:
    """A paper's name's last word in any case ("Allgemeinen", "Rundschau", "Kuriers")."""
    low = word.lower()
    return low in OUTLET_NAME_TAILS or low.removesuffix("n") in OUTLET_NAME_TAILS or low.removesuffix(
        "s") in OUTLET_NAME_TAILS


def _outlet_part(word: str) -> bool:
    """ "die Redaktion der Zeitung", "der Verlag des Blattes": bodies an outlet has (genitive)."""
    return media_noun(word) or word.lower().rsplit("-", 1)[-1].startswith(("redaktion", "verlag", "chefredaktion"))


def anonymous_pp_start(tokens, a: int, first: int) -> int:
    """Round 10: the start of "Quellen im Verteidigungsministerium" when a postposed cue ("zufolge")
    found only the noun phrase after the preposition: an anonymous head before von/im/aus/bei owns it."""
    k = a - 1
    if k - 1 < first or tokens[k].text.lower() not in SPEAKER_PREPS:
        return a
    h = k - 1
    w = tokens[h].text.lower().rsplit("-", 1)[-1]
    if tokens[h].pos in ("NOUN", "") and tokens[h].text[:1].isupper() and (
        w in ANON_HEADS or is_person_noun(w) or org_word(w)
    ):
        return np_tokens(tokens, h, first, h + 1)[0]
    return a


def _particle_end(tokens, b: int, last: int) -> int | None:
    c = particles_at(tokens, b, last)
    if c >= last or c == b or not particle_surname(tokens[c]):
        return None
    if tokens[c].ent == "I-PER" and tokens[b].ent == "I-PER":
        return c + 1  # round 12: the tagger has the particle in the name ("Alexander von Preen der „Welt“")
    if c + 1 < last and tokens[c + 1].text.lower() in ("dem", "den"):
        return c + 1  # s31: "sagte Fürst Albrecht von Sayn-Lindenau dem Südwestrundfunk": the dative is whom he told
    return c + 1 if c + 1 >= last or tokens[c + 1].pos not in ("DET", "ADJ", "NOUN") else None


def _man_named(tokens, k: int, last: int) -> bool:
    """A masculine person noun with a name after it at k ("Schriftsteller Tomasz W."): nominative after "der"."""
    w = tokens[k].text
    return k + 1 < last and tokens[k + 1].pos == "PROPN" and tokens[k].tag == "NN" and not w.endswith(
        ("in", "en", "mann")) and (is_person_noun(w) or is_person_role(w) or lexicon_person_noun(w)) and not org_word(
        tokens[k + 1].text)  # not "der Bertelsmann Stiftung"


def _attributive(tok) -> bool:
    """An attributive adjective, or an insider participle the tagger missed (round 10)."""
    return tok.tag == "ADJA" or (tok.text.islower() and tok.text.startswith(INSIDER_PARTICIPLES))


GENITIVE_POSSESSIVES = ("seines", "ihres", "seiner", "ihrer")
"""S22: "nach Angaben seines Anwalts", "nach Berechnungen ihres Anwalts": the genitive with a possessive."""


def _np_inner(tok) -> bool:
    if tok.text in ("–", "—"):
        return False  # round 18: "Tausende Stellen – Betriebsrat kündigt …": a dash ends a noun phrase
    if tok.pos:
        return tok.pos in NP_INNER_POS or tok.tag in ("PPOSAT", "PIAT", "PDAT")
    return tok.text.lower() in DETERMINERS or tok.text[:1].isupper() or tok.text.isdigit()


def _attribute_start(tokens, head: int, first: int) -> int | None:
    """The article that opens an extended attribute before `head` ("Ein von der Initiative in Auftrag gegebenes
    Gutachten": "Ein"), when `extended_attribute` finds one; else None."""
    if not extended_attribute(tokens, head, first):
        return None
    for j in range(head - 2, max(first, head - 9) - 1, -1):
        if tokens[j].pos == "DET" and (tokens[j + 1].pos == "ADP" or tokens[j + 1].tag in ("PTKA", "ADV")):
            return j
    return None


def truncated_part(tokens, t) -> bool:
    """S28: the first part of "Regierungs- und Sicherheitskreise" ("Regierungs", "-"), no head of its own."""
    return t.text.endswith("-") or (t.i + 2 < len(tokens) and tokens[t.i + 1].text == "-" and tokens[
        t.i + 2].text.lower() in ("und", "oder", "sowie"))
