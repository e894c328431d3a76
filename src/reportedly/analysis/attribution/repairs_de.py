"""Round 12 (German): lemmas and tags of the language layer that the engine repairs while it runs.

"Der Minister erklärte, er sei zu Gesprächen bereit." — the tagger reads "bereit" as the separated
particle of "erklärte" and the lemma becomes "bereiterklären", which is no speech verb: the whole report
was lost. A particle after a comma belongs to another clause, so while the engine runs the verb keeps
the lemma without it ("erklären"). And an outlet noun the tagger took for a name ("Die Zeitung
Kommersant") is a noun, so the name after it is the outlet's.
"""

from __future__ import annotations

from contextlib import contextmanager

from .cues import SHARING, SPEECH_LEMMAS_DE, konjunktiv_de
from .lexicon import KNOWN_ORGS
from .names import media_noun
from .speakers import CLERGY, is_person_noun
from .tagger_names import names_as_propn

CLAUSE_BREAKS = frozenset({",", ";", ":", "."})
SAME_WORDS = frozenset(
    "derselbe dieselbe dasselbe desselben demselben denselben derjenige diejenige dasjenige".split())
"""S28: demonstratives the tagger, seeing them rarely, takes for names ("Derselbe Kanal", B-PER)."""


@contextmanager
def token_repairs(toks, doc=None):
    """Around the whole engine: names the POS tagger missed (tagger_names.names_as_propn, every language) and the
    German repairs below, in one pass over the tokens; all undone afterwards."""
    lemmas, nouns, tags, ents = [], [], [], []

    def retag(t, pos: str, tag: str, lemma: str | None = None) -> None:
        tags.append((t, t.pos, t.tag))
        t.pos, t.tag = pos, tag
        if lemma is not None:
            lemmas.append((t, t.lemma))
            t.lemma = lemma

    for k, t in enumerate(toks):
        tag = t.tag
        if tag == "VVFIN" and t.pos == "NOUN" and k + 1 < len(toks) and toks[k + 1].pos == "PROPN":
            retag(t, "NOUN", "NN")  # s23: "Wirt (NOUN/VVFIN) Herbert Scholl winkt ab: „…“": a role, not the verb
        elif tag == "VVFIN" and t.pos == "ADJ" and t.lemma in SPEECH_LEMMAS_DE and t.lemma != "wissen" and (
                t.text.endswith(("t", "te", "ten"))):  # not the colour "weiß"
            retag(t, "VERB", "VVFIN")  # s26: "Weißes Haus dementiert (ADJ/VVFIN) Bericht über …": the verb
        elif tag == "VVFIN" and t.lemma and t.lemma[:1].lower() != t.text[:1].lower():
            _split_particle(toks, k, t, lemmas)  # a lemma that opens with something else: a particle
        elif t.lemma in LEMMA_REPAIRS:
            _repair_lemma(toks, k, t, lemmas)  # round 13: "befanden sich", "gab heute bekannt"
        elif tag == "NN" and t.pos == "PROPN" and t.ent == "O" and media_noun(t.text):
            nouns.append(t)  # "Die Zeitung Kommersant": the outlet Kommersant, not a person "Zeitung Kommersant"
            t.pos = "NOUN"
        elif tag == "VVPP" and _verb_after_relative(toks, k):
            retag(t, "VERB", "VVFIN")  # s10: "Ein Mitarbeiter, der anonym bleiben möchte, berichtet …"
        elif tag == "VVFIN" and _passive_participle(toks, k):
            retag(t, "VERB", "VVPP")  # s15: "X, Y, wird mit den Worten zitiert:": a participle
        elif tag == "VVFIN" and (aux := _perfect_participle(toks, k)) is not None:
            retag(t, "VERB", "VVPP")  # s21: "Zuvor hatte der „Spiegel“ unter Berufung auf Insider berichtet, …"
            retag(toks[aux], "AUX", "VAFIN")
        elif tag == "ADJA" and (lemma := _pointer_verb(toks, k)) is not None:
            retag(t, "VERB", "VVFIN", lemma)  # s23: "Das berichten (ADJA) Forscher im Fachmagazin „Nature“."
        elif tag == "ADJA" and (lemma := _speech_verb_as_adjective(toks, k)) is not None:
            retag(t, "VERB", "VVFIN", lemma)  # s18: "Die Eltern forderten Aufklärung" ("forderten" as ADJA)
        elif _two_word_org(toks, k):
            retag(t, "PROPN", "NE")  # s19: "Pro Asyl zufolge": a name, not a preposition and a noun; s29: "Laut
            retag(toks[k + 1], "PROPN", "NE")  # Infratest dimap kommt …": "dimap" no verb or noun
        elif tag == "ADV" and _people_opening(toks, k):
            retag(t, "NOUN", "NN")  # s20: "Sicherheitskreise warnen vor Anschlägen" ("Sicherheitskreise" as ADV)
        elif tag in ("ADJD", "ADV") and _schade_as_verb(toks, k):
            retag(t, "VERB", "VVFIN", "schaden")  # s19: "Ein Streik dieser Länge schade dem Standort, sagte er"
        elif t.text.lower() == "infrage" and tag != "PTKVZ" and (s := _stellen_before(toks, k)) is not None:
            retag(t, "ADP", "PTKVZ")  # s19: "Der Minister stellte die Reform infrage": one cue; the tagger read
            retag(toks[s], toks[s].pos, toks[s].tag, "infragestellen")  # "infrage" as a verb ("infragen")
        elif tag == "VVFIN" and _participle_attribute(toks, k):
            retag(t, "ADJ", "ADJA")  # s22: "unter Berufung auf drei mit den Gesprächen vertraute Personen"
        elif t.pos == "PROPN" and t.text.lower() in CLERGY and k + 1 < len(toks) and toks[k + 1].text[
                :1].isupper():
            retag(t, "NOUN", "NN")  # s23: "Provinzial Bruder Matthias Kernleitner" (a title, not a name "Provinzial")
        elif t.text in ("her", "hin") and tag != "PTKVZ" and (v := _verb_of_stray_particle(toks, k)) is not None:
            retag(t, "ADP", "PTKVZ")  # s25: "stellten Apotheken die Säfte selbst her (ART) – „…“": "herstellen"
            retag(toks[v], toks[v].pos, toks[v].tag, t.text + toks[v].lemma)
        elif tag == "APPR" and t.text.lower() in STRAY_PARTICLES and (v := _verb_of_stray_particle(
                toks, k)) is not None and t.text.lower() + toks[v].lemma in SPEECH_LEMMAS_DE:
            retag(t, "ADP", "PTKVZ")  # s27: "GDL kündigt 48-Stunden-Streik an (APPR) – Bahn: …": "ankündigen"
            retag(toks[v], toks[v].pos, toks[v].tag, t.text.lower() + toks[v].lemma)
        elif t.text == "dagegen" and tag == "PAV" and (v := _verb_of_stray_particle(toks, k)) is not None and toks[
                v].lemma == "halten":
            retag(t, "ADP", "PTKVZ")  # s29: "„…“, hält die „Frankfurter Rundschau“ dagegen": "dagegenhalten"
            retag(toks[v], toks[v].pos, toks[v].tag, "dagegenhalten")
        elif tag == "ADJA" and _konjunktiv_after_noun(toks, k):
            retag(t, "VERB", "VVFIN")  # s19: "Die Bremse verhindere Investitionen, erklärte X"
        elif tag == "NE" and _fronted_comparative(toks, k):
            retag(t, "ADJ", "ADJD")  # s28: "Skeptischer äußerte sich Friederike Sandmann" (tagged a person, the
            ents.append((t, t.ent, t.dep))  # parser's subject)
            t.ent, t.dep = "O", ""
        elif t.text.lower() in SAME_WORDS and tag != "PDAT":
            retag(t, "DET", "PDAT")  # s28: "Derselbe Kanal habe …" (tagged a person's name): a demonstrative
            ents.append((t, t.ent, t.dep))
            t.ent = "O"
    try:
        with names_as_propn(toks, doc):
            yield
    finally:
        for t, lemma in reversed(lemmas):  # the last change first: a token changed twice gets its own back
            t.lemma = lemma
        for t in nouns:
            t.pos = "PROPN"
        for t, pos, tag in reversed(tags):
            t.pos, t.tag = pos, tag
        for t, ent, dep in ents:
            t.ent, t.dep = ent, dep


def _two_word_org(toks, k: int) -> bool:
    """A known two-word organisation at k the tagger split: a preposition first ("Pro Asyl", s19) or a lower-case
    second word ("Infratest dimap", s29; not after "von": a poll "von Infratest dimap" stays the poll, s26)."""
    if k + 1 >= len(toks) or f"{toks[k].text} {toks[k + 1].text}".lower() not in KNOWN_ORGS:
        return False
    if toks[k].tag == "APPR":
        return True
    return toks[k].text[:1].isupper() and toks[k + 1].text.islower() and toks[k + 1].pos != "PROPN" and (
        k == 0 or toks[k - 1].text.lower() not in ("von", "vom"))


def _pointer_verb(toks, k: int) -> str | None:
    """The lemma of a plural speech verb the tagger read as an adjective right after a sentence-opening "Das" or
    "Dies" before a noun ("Das berichten Forscher …"): no adjective stands between an article and a plural noun
    that way when the word is a verb's plural form."""
    if k < 1 or k + 1 >= len(toks) or toks[k - 1].text not in ("Das", "Dies") or toks[k + 1].pos != "NOUN":
        return None
    if k >= 2 and toks[k - 2].sent == toks[k].sent:
        return None
    low = toks[k].text.lower()
    return next((c for c in (low, low[:-3] + "en" if low.endswith("ten") else "") if c in SPEECH_LEMMAS_DE), None)


def _speech_verb_as_adjective(toks, k: int) -> str | None:
    """The speech verb's lemma when the word tagged as an attributive adjective right after a noun is its
    past tense ("Die Eltern forderten Aufklärung", "Anwohner kritisierten …"): no adjective follows a noun
    that way, and a participle used as one would open with "ge-"; else None."""
    t, prev = toks[k], toks[k - 1] if k > 0 else None
    low = t.text.lower()
    inverted = prev is not None and prev.text == "," and k + 1 < len(toks) and toks[k + 1].pos in ("NOUN", "PROPN")
    if prev is None or prev.sent != t.sent or (prev.pos not in ("NOUN", "PROPN") and not inverted):
        return None
    if low.endswith("ten"):  # s29: "…, sagten (ADJA) Diplomaten am Montag": after the comma, its subject next
        stem = low[:-3]
        return next((c for c in (stem + "n", stem + "en") if c in SPEECH_LEMMAS_DE), None)
    if not (inverted and low.endswith("te")):
        return None
    particle = next((w.text.lower() for w in toks[k + 2 : k + 8] if w.tag == "PTKVZ" or w.text in CLAUSE_BREAKS), "")
    particle = "" if particle in CLAUSE_BREAKS else particle
    stem = low[:-2]  # s29: "…, teilte (ADJA) Infratest dimap mit": the singular, with its particle at the clause end
    return next((c for c in (particle + stem + "en", particle + stem + "n") if c in SPEECH_LEMMAS_DE), None)


def _stellen_before(toks, k: int) -> int | None:
    """The finite "stellen" of the clause before the particle "infrage" at k, or None."""
    for j in range(k - 1, max(-1, k - 12), -1):
        if toks[j].text in CLAUSE_BREAKS or toks[j].sent != toks[k].sent:
            return None
        if toks[j].lemma == "stellen" and toks[j].tag == "VVFIN":
            return j
    return None


COMPARATIVE_TAILS = ("ischer", "licher", "iger", "samer", "barer")


def _fronted_comparative(toks, k: int) -> bool:
    """S28: a comparative adjective opening the sentence before the finite verb and a named subject ("Skeptischer
    äußerte sich Friederike Sandmann"); long enough not to be a surname ("Fischer sagte")."""
    t = toks[k]
    if (k > 0 and toks[k - 1].sent == t.sent) or len(t.text) <= 9 or not t.text.lower().endswith(COMPARATIVE_TAILS):
        return False
    if k + 2 >= len(toks) or toks[k + 1].tag not in ("VVFIN", "VAFIN", "VMFIN"):
        return False
    j = k + 2 + (toks[k + 2].tag == "PRF")
    return j < len(toks) and (toks[j].pos == "PROPN" or toks[j].tag == "ART")


def _konjunktiv_after_noun(toks, k: int) -> bool:
    """S19: a word tagged as an attributive adjective right after a noun phrase with its article ("Die Bremse
    verhindere Investitionen") stands where no adjective can; when it is a Konjunktiv I form it is the verb."""
    if k < 2 or toks[k - 1].pos != "NOUN" or toks[k - 2].pos != "DET" or toks[k - 1].sent != toks[k].sent:
        return False
    if konjunktiv_de().get(toks[k].text.lower()) != 1:
        return False
    for t in toks[k + 1 : k + 15]:  # not "Während die Parlamentarier breite Unterstützung gaben": a verb of its own
        if t.text in CLAUSE_BREAKS or t.sent != toks[k].sent:
            return True
        if t.tag.endswith("FIN"):
            return False
    return True


NP_OPENERS = frozenset({"ART", "CARD", "PIAT", "PIDAT", "PDAT", "PPOSAT", "APPR", "APPRART", "ADJA"})


def _participle_attribute(toks, k: int) -> bool:
    """S22: a word tagged finite between a prepositional phrase and its noun, where that phrase opens a
    noun phrase ("drei mit den Gesprächen vertraute Personen", "auf mit dem Fall befasste Ermittler"), is
    the participle used as an adjective: the tagger's finite verb cut the noun phrase in two."""
    t = toks[k]
    if not t.text.islower() or not t.text.endswith(("e", "en", "er", "es", "em")) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.tag != "NN" or nxt.sent != t.sent or toks[k - 1].tag != "NN":
        return False
    for j in range(k - 2, max(-1, k - 7), -1):
        if toks[j].sent != t.sent or toks[j].text in CLAUSE_BREAKS:
            return False
        if toks[j].tag == "APPR":
            opens = j == 0 or toks[j - 1].sent != t.sent or toks[j - 1].tag in NP_OPENERS
            return opens and _other_finite(toks, k)
        if toks[j].tag not in ("ART", "ADJA", "CARD", "PPOSAT", "PIAT", "NN", "NE"):
            return False
    return False


def _other_finite(toks, k: int) -> bool:
    """Whether the clause around k has a finite verb besides k ("Mit den Gesprächen vertraute Personen
    sagten"), which "Nach der Sitzung sagte Minister X:" has not."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(toks) and toks[j].sent == toks[k].sent and toks[j].text not in CLAUSE_BREAKS:
            if toks[j].tag.endswith("FIN"):
                return True
            j += step
    return False


def _schade_as_verb(toks, k: int) -> bool:
    """S19: "schade" right after a noun and before the noun or pronoun it harms is the Konjunktiv I of
    "schaden", the finite verb of reported speech, not the adjective of "Es ist schade"."""
    if toks[k].text.lower() != "schade" or k == 0 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    return prev.sent == toks[k].sent and prev.pos in ("NOUN", "PROPN") and nxt.pos in ("DET", "PRON")


def _people_opening(toks, k: int) -> bool:
    """S20: a capitalised word for people opening a sentence before its finite verb, tagged an adverb (an
    unknown compound in a headline: "Sicherheitskreise warnen …"), is the noun that is the subject."""
    t = toks[k]
    if not t.text[:1].isupper() or (k > 0 and toks[k - 1].sent == t.sent) or k + 1 >= len(toks):
        return False
    return toks[k + 1].tag in ("VVFIN", "VAFIN", "VMFIN") and is_person_noun(t.text)


LEMMA_REPAIRS = frozenset({"befinden", "entscheiden", "geben", "teilen"})
RELATIVE_PRONOUNS = frozenset("der die das welcher welche welches denen dessen deren".split())


def _verb_after_relative(toks, k: int) -> bool:
    """S10: the word right after a relative clause that closes the sentence's first noun phrase holds the
    finite verb's place, so "berichtet", "erklärt", "kritisiert" there are no participles: "Ein
    Mitarbeiter, der anonym bleiben möchte, berichtet von Druck"."""
    if k < 5 or toks[k - 1].text != ",":
        return False
    sent = toks[k].sent
    opening = next((j for j in range(k - 2, max(-1, k - 25), -1)
                    if toks[j].text == "," and toks[j + 1].text.lower() in RELATIVE_PRONOUNS), None)
    if opening is None or opening < 2 or toks[opening - 1].pos not in ("NOUN", "PROPN"):
        return False
    if any(t.text in CLAUSE_BREAKS for t in toks[opening + 1 : k - 1]):
        return False  # one relative clause, no other clause between
    start = opening - 1
    while start > 0 and toks[start - 1].sent == sent and toks[start - 1].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        start -= 1
    return (start == 0 or toks[start - 1].sent != sent) and not any(
        t.tag.endswith("FIN") for t in toks[start:opening])  # the noun phrase opens the sentence, no verb before


WERDEN_FINITE = frozenset("wird werden wurde wurden".split())


def _passive_participle(toks, k: int) -> bool:
    """S15: a verb at the end of its clause whose clause has a finite "wird"/"wurde" before it and no other
    finite verb is the participle of a passive ("wird von der Zeitung mit den Worten zitiert:")."""
    if k + 1 < len(toks) and toks[k + 1].text not in CLAUSE_BREAKS:
        return False
    for j in range(k - 1, max(-1, k - 12), -1):
        if toks[j].text in CLAUSE_BREAKS or toks[j].sent != toks[k].sent:
            return False
        if toks[j].tag.endswith("FIN"):
            return toks[j].text.lower() in WERDEN_FINITE
    return False


HABEN_FINITE = frozenset("hat hatte hatten habe haben hätte hätten".split())


def _perfect_participle(toks, k: int) -> int | None:
    """S21: a verb ending in -t at the end of its clause whose clause has a finite "hat"/"hatte" before it
    and no other finite verb is a participle (the tagger, misled by quotation marks around the subject, read
    "hatte" as the main verb); the index of that "hatte", else None."""
    if not toks[k].text.endswith("t") or (k + 1 < len(toks) and toks[k + 1].text not in CLAUSE_BREAKS):
        return None
    for j in range(k - 1, max(-1, k - 12), -1):
        if toks[j].text in CLAUSE_BREAKS or toks[j].sent != toks[k].sent:
            return None
        if toks[j].tag.endswith("FIN"):
            return j if toks[j].text.lower() in HABEN_FINITE and j > 0 else None
    return None


def _repair_lemma(toks, k: int, t, changed: list) -> None:
    """Round 13: "An Bord befanden sich zwei Personen" is a place, no finding ("sich befinden", no cue);
    "hat bekannt gegeben, dass", "gab heute bekannt (ADJD), dass" report ("bekanntgeben")."""
    if t.lemma in ("befinden", "entscheiden") and _reflexive(toks, k):
        changed.append((t, t.lemma))
        t.lemma = "sich " + t.lemma  # s19: "Viele Wähler entschieden sich erst spät": a choice, no ruling
    elif t.lemma == "teilen" and not _mit_particle(toks, k) and _shared_thing(toks, k):
        changed.append((t, t.lemma))
        t.lemma = SHARING  # s19: "Der Kanal teilte das Schreiben mit dem Kommentar, …"
    elif t.lemma == "geben" and _bekannt(toks, k):
        changed.append((t, t.lemma))
        t.lemma = "bekanntgeben"


SHARED_THINGS = ("beitrag", "post", "video", "foto", "bild", "link", "schreiben", "dokument", "nachricht", "text",
                 "tweet", "artikel", "grafik", "screenshot")
"""What one shares online; "teilt die Meinung, …" (an opinion shared) stays a cue, as SpkAtt marks it."""


def _shared_thing(toks, k: int) -> bool:
    """The object right after "teilte" (past an article and adjectives) is a post or paper."""
    j = k + 1
    while j < len(toks) and toks[j].pos in ("DET", "ADJ"):
        j += 1
    return j < len(toks) and toks[j].pos == "NOUN" and toks[j].text.lower().endswith(SHARED_THINGS)


def _mit_particle(toks, k: int) -> bool:
    """A "mit" after the verb that can be its particle: tagged so, or at the end of a clause ("teilte … mit.")."""
    for j in range(k + 1, min(len(toks), k + 40)):
        if toks[j].sent != toks[k].sent:
            return False
        if toks[j].text.lower() == "mit" and (toks[j].tag == "PTKVZ" or j + 1 >= len(toks) or toks[j + 1].text in (
                CLAUSE_BREAKS | {")", "“", "\""})):
            return True
    return False


def _bekannt(toks, k: int) -> bool:
    """ "bekannt" right before the verb ("bekannt gegeben", "bekannt gab"), or after it in its clause where the
    tagger did not make it a particle ("gab heute bekannt, dass": ADJD, so the lemma stayed "geben")."""
    if k > 0 and toks[k - 1].text.lower() == "bekannt":
        return True
    for j in range(k + 1, min(len(toks), k + 7)):
        if toks[j].text in CLAUSE_BREAKS or toks[j].sent != toks[k].sent:
            return False
        if toks[j].text.lower() == "bekannt":
            return True
    return False


def _reflexive(toks, k: int) -> bool:
    """A reflexive "sich" next to the verb, within its clause ("befanden sich", "die sich dort befinden")."""
    for step in (1, -1):
        j = k + step
        while 0 <= j < len(toks) and abs(j - k) <= 4 and toks[j].sent == toks[k].sent:
            if toks[j].text in CLAUSE_BREAKS:
                break
            if toks[j].text.lower() == "sich":
                return True
            j += step
    return False


STRAY_PARTICLES = frozenset("an ab auf aus vor zu ein zurück".split())
"""Particles the tagger may read as a preposition when nothing follows them in a headline."""


def _verb_of_stray_particle(toks, k: int) -> int | None:
    """The finite verb whose particle "her"/"hin" closes its clause, where the tagger read another word class."""
    if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent and toks[k + 1].text not in (*CLAUSE_BREAKS, "–", "—"):
        return None
    for j in range(k - 1, max(-1, k - 12), -1):
        if toks[j].sent != toks[k].sent or toks[j].text in CLAUSE_BREAKS:
            return None
        if toks[j].tag in ("VVFIN", "VAFIN") and toks[j].lemma and toks[j].lemma.isalpha():
            return j
    return None


def _split_particle(toks, k: int, t, changed: list) -> None:
    """ "erklärte, …, bereit" (PTKVZ after a comma): the verb keeps the lemma without the particle."""
    for j in range(k + 1, min(len(toks), k + 30)):
        w = toks[j]
        if w.sent != t.sent:
            return
        if w.tag == "PTKVZ" and t.lemma.lower().startswith(w.text.lower()):
            between = toks[k + 1 : j]
            listed = any(x.text == "und" for x in between) and not any(x.pos in ("VERB", "AUX") for x in between)
            if any(x.text in CLAUSE_BREAKS for x in between) and not listed:  # s31: not "wirft Hamza B., Emre Y.
                changed.append((t, t.lemma))  # und Ilyas M. vor": a list of objects
                t.lemma = t.lemma[len(w.text) :]
            return
