"""Cue words that report no speech where they stand: the anonymity a source asks for ("der nicht genannt
werden wollte"), the existential "es gibt", a legal basis after "gemäß", a translation after "laut".
Moved out of messages.py in session 7."""

from __future__ import annotations

from .clause_subjects import generic_subject
from .cues import is_finite, konjunktiv
from .names import media_noun, org_word
from .noun_messages import casualties
from .speakers import is_person_noun, lexicon_person_noun

WISH_VERBS = frozenset("will wollte wollten wollen möchte möchten".split())


def anonymity_wish(tokens, i: int, end: int) -> bool:
    """ "der namentlich nicht genannt werden wollte", "der nicht genannt werden möchte": the condition
    of an anonymous source, not a speech event of "nennen"."""
    if tokens[i].text.lower() != "genannt":
        return _relative_anonymity(tokens, i, end)
    if i > 0 and tokens[i - 1].text.lower() == "namentlich":
        return True
    if i + 2 < end and tokens[i + 1].text.lower() == "werden" and tokens[i + 2].text.lower() in WISH_VERBS:
        return True
    return _relative_anonymity(tokens, i, end)


ANONYMITY_WORDS = frozenset("namen namentlich anonym anonymität identität".split())
"""Words of a relative clause that asks for anonymity (round 10)."""


def _relative_anonymity(tokens, i: int, end: int) -> bool:
    """Round 10: a cue inside a relative clause that asks for anonymity — "der nicht zitiert werden
    wollte", "der seinen Namen nicht nennen wollte", "der seinen Namen nicht in der Zeitung lesen will",
    "der um Anonymität bat": the source's condition, not a speech event of its own."""
    k = i - 1
    while k >= 0 and i - k <= 10 and tokens[k].tag not in ("PRELS",) and tokens[k].text not in (",", ".", ":"):
        k -= 1
    if k < 1 or tokens[k].tag != "PRELS" or tokens[k - 1].text != ",":
        return False
    stop = next((c for c in range(i + 1, min(end, i + 5)) if tokens[c].text in (",", ".", ";")), None)
    if stop is None:
        return False
    clause = [t.text.lower() for t in tokens[k + 1 : stop]]
    lemma = (tokens[i].lemma or tokens[i].text).lower()
    asks = any(w in ANONYMITY_WORDS for w in clause) or lemma in ("zitieren", "nennen", "identifizieren")
    wish = any(w in WISH_VERBS for w in clause) or lemma == "bitten"
    return asks and wish and ("nicht" in clause or lemma == "bitten")


def existential_es(tokens, i: int, first: int, end: int) -> bool:
    """ "Es gebe keinen Politiker, der …", "Demnach gibt es …": "es gibt" states that something
    exists; it is no speech event of "geben", whatever the parliamentary cue lists say."""
    if (tokens[i].lemma or tokens[i].text).lower() not in ("geben", "gibt", "gebe", "gab", "gäbe"):
        return False
    return (i > first and tokens[i - 1].text.lower() == "es") or (i + 1 < end and tokens[i + 1].text.lower() == "es")


LEGAL_WORDS = frozenset(
    "§ artikel art. paragraf paragraph paragrafen absatz abs. gesetz satz ziffer vorschrift".split()
)


def legal_reference(tokens, i: int, end: int) -> bool:
    """ "gemäß § 5", "gemäß Artikel 3 des Grundgesetzes": a legal basis, not a source ("gemäß der
    Netzzeitung" is one)."""
    if tokens[i].text.lower() not in ("gemäß", "gemäss"):  # s30: the Swiss spelling
        return False
    nxt = [t.text.lower() for t in tokens[i + 1 : min(end, i + 3)] if t.text.lower() not in ("dem", "der", "den")]
    return bool(nxt) and (nxt[0] in LEGAL_WORDS or nxt[0].endswith(("gesetz", "gesetzes", "ordnung", "vertrag")))


TRANSLATION_WORDS = ("übersetzung", "übersetzer", "dolmetsch")
"""S7: "sagte er laut Übersetzung": a note on the words' translation, not who said them."""


def translation_note(tokens, i: int, end: int) -> bool:
    """ "laut Übersetzung", "laut einer Übersetzung der Agentur", "laut Dolmetscherin" after a cue."""
    for k in range(i + 1, min(end, i + 3)):
        low = tokens[k].text.lower()
        if low.startswith(TRANSLATION_WORDS):
            return True
        if tokens[k].pos != "DET":
            return False
    return False


DETERMINER_TAGS = frozenset("ART PDAT PDS PPOSAT PIAT PIDAT PWAT".split())
INFLECTED_ENDINGS = ("e", "en", "em", "es", "er")


def attributive_participle(tokens, i: int, first: int, end: int) -> bool:
    """S12: "Dieses als »contact tracing« bezeichnete Vorgehen", "die von Putin kritisierte Reform": a
    participle inside a noun phrase (article, then a phrase with a preposition or "als", then the
    participle and its noun) describes the noun; no one speaks. "Der Minister kritisierte Pläne" has a
    noun between the article and the verb; "Das von X geführte Ministerium bestätigte Angaben" a whole
    noun phrase before it."""
    t = tokens[i]
    if i + 1 >= end or not t.text.endswith(INFLECTED_ENDINGS) or tokens[i + 1].tag != "NN":
        return False
    for j in range(i - 1, max(first - 1, i - 10), -1):
        u = tokens[j]
        if u.tag in DETERMINER_TAGS:
            return j + 1 < i and (tokens[j + 1].tag in ("APPR", "APPRART") or tokens[j + 1].text.lower() == "als")
        if u.text in (",", ";", ":", "(", ")") or "VerbForm=Fin" in u.morph or (
                u.tag == "ADJA" and tokens[j + 1].tag == "NN"):
            return False
    return False


NO_ONE = frozenset({("niemand",), ("keiner",), ("wer",), ("nobody",), ("none",), ("no", "one"), ("not", "one")})
"""S14: speakers who are no one: "Ob das gelungen ist, weiß niemand", "no one had ever asked this", "Wer
hätte das gedacht" (German "wer" is never a relative pronoun for someone named)."""


def no_one_speaks(toks, ev) -> bool:
    """Is the event's speaker a negative quantifier ("weiß niemand", "no one had asked")? Then nothing is
    reported: the writer says that no one knows or said it. A lone English relative whose antecedent was not
    found names no speaker either."""
    if ev.src is None:  # English "no one had ever asked": the subject finder takes no number word
        k = ev.cue[0] - 1 if ev.cue else -1
        while k > 0 and toks[k].pos in ("AUX", "ADV", "PART"):
            k -= 1
        return k > 0 and (toks[k - 1].text.lower(), toks[k].text.lower()) in (("no", "one"), ("not", "one"))
    words = tuple(t.text.lower() for t in toks[ev.src[0] : ev.src[1]] if t.text[:1].isalnum())
    if words == ("one",) and ev.src[0] > 0 and toks[ev.src[0] - 1].text.lower() in ("no", "not"):
        return True  # the tagger left "no" out of the subject
    return words in NO_ONE or words in (("that",), ("which",))  # a relative with no antecedent found: "a factor
    # for a group—like there is for an individual—that predicts how …" names no speaker


NAMING_LEMMAS = frozenset(("nennen", "bezeichnen"))
"""Verbs that with the generic "man" define a word rather than report anyone's words."""


def no_speech_subject(toks, lemma: str, fv: int, first: int, end: int, src: tuple[int, int] | None) -> bool:
    """Session 16: a speech verb whose subject shows it reports nothing: the generic "man" of a naming verb
    ("Als Lichtjahr bezeichnet man die Strecke, …") defines a word; victims counted before a singular
    "fordern" are its object ("Acht Tote forderte der Anschlag"; "Zwei Verletzte forderten Geld" demand)."""
    if lemma in NAMING_LEMMAS and generic_subject(toks, fv, first, end) is not None:
        return True
    if lemma == "schreiben" and any(toks[k].text == "Zahlen" and toks[k - 1].text.lower().startswith(
            ("rote", "schwarze")) for k in range(max(first + 1, fv + 1), min(end, fv + 8))):
        return True  # s18: "schreibt rote Zahlen" makes losses, it writes nothing
    if lemma == "drohen" and src is not None and (_thing_without_article(toks, *src) or _thing(toks, *src)):
        return True  # s22: "Sollten sich die Vorwürfe bestätigen, drohten Zölle": a threat looms, no one threatens;
        # s26: "Andernfalls drohe die Abwanderung ganzer Branchen"
    if lemma == "sprechen" and _argues(toks, fv, first, end) and (src is None or _thing(toks, *src) or (
            _thing_without_article(toks, *src)) or toks[src[0]].text.lower() in ARGUING_PRONOUNS):
        return True  # s29: "Für eine Bewährung spreche allein, dass …", "Dafür spricht vieles": it argues
    return lemma == "fordern" and src is not None and casualties(toks, *src, counted=True) and (
        not toks[fv].text.endswith("n")
    )


ARGUING_PRONOUNS = frozenset("das dies vieles einiges alles nichts".split())


def _argues(toks, fv: int, first: int, end: int) -> bool:
    """ "sprechen für/gegen" fronted ("Für eine Bewährung spreche …") or right after the verb ("spricht dafür, dass"),
    not "von" after it ("die Agentur dagegen spricht von einem Terroristen": a contrast, and speech)."""
    if fv + 1 < end and toks[fv + 1].text.lower() == "von":
        return False
    words = ("für", "dafür", "gegen", "dagegen")
    return toks[first].text.lower() in words or any(toks[k].text.lower() in words for k in range(fv + 1, min(
        end, fv + 3)))


ABSTRACT_TAILS = ("ung", "ungen", "heit", "keit", "nis", "nisse")


def _thing(toks, a: int, b: int) -> bool:
    """S26: a subject whose head (its first noun) is an abstract noun ("die Abwanderung ganzer Branchen"; not "die
    Delegation der Inselstaaten")."""
    head = next((t for t in toks[a:b] if t.pos in ("NOUN", "PROPN")), None)
    return head is not None and head.pos == "NOUN" and head.ent == "O" and head.text.endswith(ABSTRACT_TAILS) and not (
        is_person_noun(head.text) or lexicon_person_noun(head.text) or org_word(head.text) or media_noun(head.text)
        or sum(c.isupper() for c in head.text) >= 2)


def _thing_without_article(toks, a: int, b: int) -> bool:
    """A subject of bare common nouns that name no person or body ("Zölle", "hohe Strafen")."""
    words = [t for t in toks[a:b] if t.pos != "ADJ"]
    return bool(words) and all(t.pos == "NOUN" and t.text[:1].isupper() for t in words) and not any(
        is_person_noun(t.text) or org_word(t.text) for t in words)


CALLED_ON = frozenset("aufrufen auffordern bitten anhalten ermahnen ausschließen".split())
"""Directive verbs whose participle with "sein" names the addressees ("sind aufgerufen"); s25: and a state, no
speech ("Betriebsbedingte Kündigungen seien ausgeschlossen")."""


def called_on(toks, fv: int, i: int, lemma: str) -> str | None:
    """S18: "Ärzte sind aufgerufen, …": "passive" (those called on are no speakers), "continued" with a
    Konjunktiv ("seien aufgerufen": the last speaker's report goes on), else None."""
    if toks[fv].lemma != "sein" or fv == i or toks[i].tag != "VVPP" or lemma not in CALLED_ON:
        return None
    return "continued" if konjunktiv(toks[fv], "de") else "passive"


LOUD_BEFORE = frozenset("so zu sehr ganz recht ziemlich besonders".split())


def loud(toks, i: int, first: int, end: int) -> bool:
    """S24: "laut" the adjective ("so laut geworden wie …", "Es wurde laut."), not the preposition."""
    if toks[i].text != "laut":
        return False
    prev = toks[i - 1].text.lower() if i > first else ""
    nxt = toks[i + 1] if i + 1 < end else None
    return prev in LOUD_BEFORE or nxt is None or nxt.text in (",", ".", ";") or nxt.tag in ("VVPP", "VAPP", "KOKOM")


def reflexive_lassen(tokens, i: int, first: int, end: int) -> bool:
    """S31: "Dadurch lasse sich auch die DNA-Spur erklären": "sich … erklären lassen" says what can be explained, no
    one speaks (not "ließ er erklären", which has a speaker declare; nor "dann lässt sich sagen, dass …", "Lassen Sie
    sich sagen: …", a speaker's own statement)."""
    if tokens[i].tag != "VVINF" or (tokens[i].lemma or "").lower() not in EXPLAINED:
        return False
    k = i - 1
    while k >= first and tokens[k].text not in (",", ";", ":"):
        if (tokens[k].lemma or "").lower() == "lassen" and is_finite(tokens[k]):
            return any(t.text.lower() == "sich" for t in tokens[k + 1 : i])
        k -= 1
    return False


EXPLAINED = frozenset("erklären begründen nachweisen beweisen rechtfertigen".split())
"""Verbs that "sich … lassen" turns into what can be explained or proved ("lasse sich erklären")."""
