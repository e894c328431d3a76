"""Noun-phrase messages: what "fordern", "kritisieren", "warnen", "nennen" … report is often a noun
phrase, not a clause: "fordert den Rücktritt des Ministers", "sprach von einem Riesenerfolg" (moved out
of messages.py in round 15). The perfect ("Die Staatsanwaltschaft hatte fünf Jahre gefordert": the noun
phrase between "hatte" and the participle) was tried: SpkAtt news dev −0.002, so it is not read."""

from __future__ import annotations

from .cues import is_finite
from .inserted import DAY_WORDS
from .messages import content_end, other_speaker_reports
from .phrases import np_tokens
from .vorfeld_de import fronted_object

OBJECT_MESSAGE_VERBS = frozenset(
    "beziffern bezifferte bezifferten beziffert empfahl empfahlen empfiehlt empfehlen schätzte schätzten schätzt "
    # s27: "bezifferte den Schaden auf bis zu 100 Millionen Euro", "empfahl die Zulassung", "schätzte die Kosten auf …"
    "fordern forderte forderten fordert kritisieren kritisierte kritisiert kritisierten warnen warnte warnt "
    "verlangte verlangt verlangen ankündigen kündigte kündigt bestätigte bestätigt dementierte dementiert "
    "bekräftigte bekräftigt begrüßte begrüßt lobte lobt bemängelte bemängelt beklagte beklagt bemängeln "
    "beklagen begrüßen loben kritisierten forderten warnten nannte nannten nennt bezeichnete bezeichneten "
    "bezeichnet meldete meldeten meldet denied denies demanded demands condemned condemns criticized criticised "
    "rejected rejects welcomed welcomes praised praises versprach versprachen verspricht begrüßten beklagten "
    "bekräftigten bemängelten bestätigten dementierten kündigten lobten verlangten bekanntgeben einräumen zurückweisen "
    "prognostiziert prognostizierte prognostizierten prognostizieren mahnt mahnte mahnten urged urges infragestellen "
    "zugeben"
    .split()
)
COMPLAIN_ABOUT = frozenset(
    "klagt klagte klagten klagen beklagte beklagten protestiert protestierte protestierten protestieren".split()
)
"""S14: complaints whose content follows "über"/"gegen": "Die Schüler klagten über zu viel Stress"."""
CASUALTIES = frozenset("menschenleben todesopfer tote toten opfer leben verletzte verletzten todesopfern".split())
WARN_OF_EN = frozenset("warned warns warning".split())
"""Round 16: "warned of strikes", "warned against further cuts": the noun phrase after of/against."""
SPEAK_OF = frozenset(
    "sprach sprachen spricht sprechen berichtete berichteten berichtet berichten schreibt schrieb schreiben".split()
)  # s9: "Der Spiegel schreibt von einem Machtkampf"


def object_message(tokens, cue_end: int, first: int, last: int, cue_text: str) -> tuple[int, int] | None:
    """Noun-phrase messages of fordern, kritisieren, warnen …: "fordert den Rücktritt des Ministers"."""
    end = content_end(tokens, first, last)
    if cue_text.lower() in SPEAK_OF:  # "sprach von einem Riesenerfolg", "berichteten von Schüssen"
        von = next((k for k in range(cue_end, min(end, cue_end + 5)) if tokens[k].text.lower() == "von"), None)
        return (von + 1, end) if von is not None and end - von >= 2 else None
    if cue_text.lower() in COMPLAIN_ABOUT:  # s14: "klagten über zu viel Stress", "protestierten gegen den Plan"
        about = next((k for k in range(cue_end, min(end, cue_end + 4)) if tokens[k].text.lower() in ("über", "gegen")),
                     None)
        if about is not None and end - about >= 2:
            return about + 1, end
    if cue_text.lower() in WARN_OF_EN:
        of = next((k for k in range(cue_end, min(end, cue_end + 2)) if tokens[k].text.lower() in ("of", "against")),
                  None)
        return (of + 1, end) if of is not None and end - of >= 2 else None
    if cue_text.lower() in ("called", "calls") and cue_end < end and tokens[cue_end].text.lower() == "for":
        return (cue_end + 1, end) if end - cue_end >= 2 else None  # s10: "Starmer called for calm"
    if cue_text.lower() not in OBJECT_MESSAGE_VERBS:
        return None
    if tokens[first].text.lower() in ("das", "dies", "dieses") and (
        cue_end - first <= 2 or tokens[first + 1].text == cue_text  # s7: "Das kündigte X in einer E-Mail an, …"
    ):
        return None  # round 12: "Das bestätigte ein Polizeisprecher.": the sentence before (pointers_de.pointer_event)
    if cue_end < end and tokens[cue_end - 1].tag == "VVPP" and tokens[cue_end].text.lower() in ("und", "oder"):
        return None  # s31: "hat die Pläne kritisiert und angekündigt, …": the participle closed its clause
    if cue_end < end and _next_clause(tokens, cue_end, end):
        return None  # round 15: "Die Opposition, die … fordert, sprach …": a verb-final cue's clause has ended
    after = cue_end
    while cue_end < end and (
        tokens[cue_end].text.lower() in ("aber", "jedoch", "allerdings", "zudem", "auch")
        or tokens[cue_end].tag in ("ADV", "ADJD", "PAV")
    ) and not (cue_end + 1 < end and tokens[cue_end + 1].pos == "NUM" and tokens[cue_end].text.lower() in COUNT_WORDS):
        cue_end += 1  # round 15: "…, nannte aber keine Details", "forderten dagegen lautstark einen Neuanfang"
    while cue_end + 1 < end and tokens[cue_end].text.lower() in ("seit", "schon", "bereits") and (
        tokens[cue_end + 1].text.lower() in SPAN_WORDS
    ):
        cue_end += 2  # s17: "Anwohner fordern seit Jahren ein Tempolimit": how long, not what
    if cue_end + 2 < end and tokens[cue_end].text.lower() == "am" and tokens[cue_end + 1].text.lower() in DAY_TAIL and (
        tokens[cue_end + 2].text.lower() != "den" and tokens[cue_end + 2].pos != "NUM"  # not "am Freitag den 13."
    ):
        cue_end += 2  # s18: "Der DWD warnte am Sonntag vor Regenfällen": when, not what
    if cue_end < end and tokens[cue_end].text.lower() in ("kein", "keine", "keinen", "keinerlei"):
        return None  # "nannte keine Details": nothing reported
    if cue_end < end and tokens[cue_end].text.lower() == "sich":
        return None  # s17: "Es meldete sich ein Anwohner": the subject comes forward, it reports nothing
    next_word = tokens[cue_end].text.lower() if cue_end < end else ""
    if (next_word in SUBJECT_PRONOUNS_DE and tokens[first].pos in ("NOUN", "ADJ")) or (
            next_word == "es" and tokens[first].pos == "DET"):
        return None  # s19: "Beweise dafür nannte er nicht": the object stands before the verb, its subject after;
        # s27: "Die ukrainischen Verluste bezifferte es auf bis zu 520 Soldaten"
    end = next((k for k in range(cue_end + 1, end) if _next_clause(tokens, k, end) or _relative_aside(
        tokens, k, end)), end)
    while end > cue_end and tokens[end - 1].text in (",", "–", "-"):  # s18: not ", who had described …"
        end -= 1
    if cue_text.lower().startswith("forder") and casualties(tokens, cue_end, end):
        return None  # s9: "Das Unglück forderte 92 Menschenleben": victims, no demand
    end = without_time_tail(tokens, cue_end, end)
    if end > cue_end and tokens[end - 1].tag == "PTKNEG":
        return None  # s19: "Die Hamas bestätigte den Tod zunächst nicht": nothing confirmed, a speech act only
    one_noun = end - cue_end == 1 and (tokens[cue_end].pos == "NOUN" or (
        tokens[cue_end].pos == "PROPN" and tokens[cue_end].ent == "O"))  # round 18: "räumte Versäumnisse ein";
    # s19: "Landwirte fordern Abschuss" ("Abschuss" tagged a name in a headline)
    return (cue_end, end) if (end - after >= 2 or one_noun) and end > cue_end else None


def _relative_aside(tokens, k: int, end: int) -> bool:
    """S18 (English): ", who …"/", which …" at k ends the object ("criticised remarks by the Pope, who had
    described …"), unless the object goes on after it ("urged the state, which is funding X, to ensure …")."""
    if tokens[k].text != "," or k + 1 >= end or tokens[k + 1].text.lower() not in ("who", "which"):
        return False
    close = next((j for j in range(k + 2, end) if tokens[j].text == ","), None)
    return close is None or close + 1 >= end or tokens[close + 1].text.lower() != "to"


SUBJECT_PRONOUNS_DE = frozenset("er sie wir ich".split())
SPAN_WORDS = frozenset("jahren monaten wochen tagen jahrzehnten langem längerem kurzem".split())
TIME_TAIL = frozenset("gestern heute bereits erneut zunächst nun jetzt inzwischen mittlerweile".split())
MANNER_TAIL = frozenset(
    "scharf deutlich ausdrücklich entschieden heftig prinzipiell grundsätzlich vehement energisch nachdrücklich "
    "massiv lautstark öffentlich".split()
)
CONTRAST_TAIL = frozenset("dagegen hingegen indes wiederum jedoch allerdings ebenfalls".split())
DAY_TAIL = frozenset(DAY_WORDS) - {"rande", "telefon", "anfang", "ende", "mitte"}
"""The times of `inserted.DAY_WORDS` ("am Nachmittag"), not "am Rande", "am Ende"."""


def without_time_tail(tokens, a: int, end: int) -> int:
    """S10: "bestätigte die Durchsuchungen am Nachmittag", "gaben die Ergebnisse gestern bekannt": a time
    or a manner after the object is the narrator's, no part of the message."""
    while end - a >= 2:
        if tokens[end - 1].text.lower() in TIME_TAIL and tokens[end - 1].pos == "ADV":
            end -= 1
        elif tokens[end - 1].text.lower() in MANNER_TAIL and tokens[end - 2].text.lower() not in ("als", "für", "so"):
            end -= 1  # "kritisierte die Pläne am Montag scharf", not "forderte 250 Millionen jährlich"
        elif end - a >= 3 and tokens[end - 2].text.lower() == "am" and tokens[end - 1].text.lower() in DAY_TAIL:
            end -= 2
        elif tokens[end - 1].text.lower() in CONTRAST_TAIL:
            end -= 1  # s19: "kritisierte die Entscheidung dagegen scharf": the narrator's contrast
        else:
            break
    return end


def casualties(tokens, a: int, b: int, counted: bool = False) -> bool:
    """S9: the object counts victims ("92 Menschenleben", "mehrere Tote"), or its first noun is one ("das
    Leben von drei Menschen"); not "mehr Schutz für die Opfer". `counted`: only a count of victims (s16: a
    fronted "Acht Tote forderte der Anschlag", not the subject of "Die Opfer forderten Entschädigung")."""
    nouns = [k for k in range(a, b) if tokens[k].pos == "NOUN"]
    return any(
        tokens[k].text.lower() in CASUALTIES
        and ((k == nouns[0] and not counted) or tokens[k - 1].pos == "NUM" or tokens[k - 1].text.lower() in COUNT_WORDS)
        for k in nouns
    )


def past_adjuncts(tokens, k: int, end: int) -> int:
    """Round 18: past prepositional phrases at k ("in einem Brief an die Belegschaft") to the object after
    them; `k` when no noun phrase of its own follows them."""
    j = k
    while j < end and (tokens[j].tag in ("APPR", "APPRART") or (j > k and tokens[j].tag == "ADV")):
        if tokens[j].tag == "ADV":
            j += 1  # "am Montag auch seine ersten Zahlen"
            continue
        head = next((h for h in range(j + 1, min(end, j + 6)) if tokens[h].pos in ("NOUN", "PROPN")), None)
        if head is None:
            return k
        j = head + 1
        while j < end and tokens[j].pos == "PROPN":
            j += 1  # "an Kanzler Friedrich Merz"
    return j if k < j < end and tokens[j].pos in ("DET", "NOUN", "ADJ", "NUM", "PRON") else k


PARTICLE_OBJECT_VERBS = {"an": "ankündigen", "bekannt": "bekanntgeben", "infrage": "infragestellen", "zu": "zugeben",
                         "zurück": "zurückweisen", "ein": "einräumen"}
"""Round 18: separated particles whose verb reports its object ("kündigte neue Hilfen an", "gab Zahlen bekannt"; s25:
"gebe sexuelle Kontakte zu, spreche aber von …")."""
ZU_OBJECT_LEMMAS = frozenset("zugeben zustimmen".split())
"""S25: verbs with the separated particle "zu" whose object is what they report ("gab Fehler zu", "stimmte dem Plan zu";
"zusagen" and "zusichern" were measured too: no gain on GePaDe, a loss on the SpkAtt news tune split)."""
PARTICLE_LEMMAS = {"zu": ZU_OBJECT_LEMMAS, "zurück": frozenset({"zurückweisen"}), "ein": frozenset({"einräumen"})}
"""S26: particles that report their object only with these verbs ("wies die Vorwürfe zurück"; not "trat zurück")."""


def reports_object(particle: str, lemma: str, impersonal: bool) -> bool:
    """Does the verb with this separated particle report its object ("kündigte neue Hilfen an", "gebe … zu", "sagte
    Hilfe zu"; s26: "wies die Vorwürfe zurück", "räumte Fehler ein", not with "man": "Man weise … zurück" goes on
    with the report before)?"""
    if particle not in PARTICLE_OBJECT_VERBS or lemma not in PARTICLE_LEMMAS.get(particle, (lemma,)):
        return False
    return not (impersonal and particle in ("zurück", "ein"))


def first_phrase(tokens, msg: tuple[int, int] | None) -> tuple[int, int] | None:
    """S26: "wies die Kritik im Übrigen aber zurück": the object's noun phrase, without the adverbs after it; None
    for a pointer."""
    if msg and tokens[msg[0]].text.lower() in ("das", "dies") and tokens[msg[0] + 1].pos not in ("NOUN", "ADJ"):
        return None  # "wies das über seinen Anwalt zurück": what was said before (a pointer)
    head = next((k for k in range(*msg) if tokens[k].pos in ("NOUN", "PROPN")), None) if msg else None
    if head is None:
        return msg
    end = max(head + 1, np_tokens(tokens, head, msg[0], msg[1])[1])
    if end + 1 < msg[1] and tokens[end].text == "als":
        return msg  # s29: "wies die Vorwürfe als „absurd“ zurück": what they are called is part of the message
    return msg[0], end


def pointed_to(tokens, i: int, first: int, end: int, prep: str = "auf", subject=None) -> tuple[int, int] | None:
    """Round 18: "verwies (aber) auf den geplanten „Bau-Turbo“", "drohten mit Ablehnung": what the phrase of
    `prep` right after the verb (s19: or after its `subject`, "verweist das DIW auf …") names, to the end of its
    clause (not "verwies darauf, dass …", which the clause rules take)."""
    k = subject[1] if subject is not None and subject[0] == i + 1 else i + 1
    while k < end and tokens[k].tag in ("ADV", "PTKNEG") or (k < end and tokens[k].text.lower() in ("aber", "jedoch")):
        k += 1
    if k + 2 < end and tokens[k].text.lower() == "auf" and tokens[k + 1].text == "Anfrage":
        k += 2  # s25: "verwies auf Anfrage darauf, dass …": "when asked", then what it pointed to
        while k < end and tokens[k].tag in ("ADV", "PTKNEG"):
            k += 1
    if k + 1 >= end or tokens[k].text.lower() != prep:
        return None
    stop = content_end(tokens, first, end)
    stop = next((j for j in range(k + 1, stop) if _next_clause(tokens, j, stop) or tokens[j].text in (",", ";")), stop)
    return (k + 1, stop) if stop - k >= 2 else None


STANCE_PREPOSITIONS = {"aussprechen": ("für", "gegen"), "ausgehen": ("von", "vom"), "abraten": ("von", "vom")}
"""Round 18 / s9: particle verbs whose prepositional phrase is the message ("sprach sich für X aus", "geht von
X aus")."""


def stance_object(tokens, i: int, particle: int, preps: tuple[str, ...]) -> tuple[int, int] | None:
    """Round 18: "sprach sich zudem für eine Senkung der Stromsteuer aus": what the für/gegen-phrase names;
    s9: "Die Ermittler gehen von Brandstiftung aus" (preps "von", "vom")."""
    pp = next((k for k in range(i + 1, particle) if tokens[k].text.lower() in preps), None)
    while pp is not None and particle - 1 > pp + 1 and tokens[particle - 1].tag in ("ADV", "ADJD"):
        particle -= 1  # s18: "rät von Reisen nach Israel dringend ab": how, not what
    if pp is not None and tokens[pp].text.lower() == "vom":
        return (pp, particle) if particle - pp >= 2 else None
    return (pp + 1, particle) if pp is not None and particle - pp >= 2 else None


COUNT_WORDS = frozenset("mindestens höchstens rund etwa circa ca. knapp fast nahezu über gut bis zu".split())
"""Round 18: adverbs that belong to the number after them ("meldeten mindestens drei Verletzte")."""


def _next_clause(tokens, k: int, end: int) -> bool:
    """Round 13: "nannte den Plan „fahrlässig“ und verwies auf …", "…, forderte X, betonte Y": a coordinated
    or following clause with a finite verb of its own ends a noun-phrase message."""
    w = tokens[k]
    if w.text not in (",", "und", "aber", "sondern") or w.quote:
        return False
    j = k + 1 + (k + 1 < end and tokens[k + 1].text in ("und", "aber"))
    if j < end and w.text == "," and other_speaker_reports(tokens, j, end):
        return True  # s27: "meldet abgewehrte Angriffe, Moskau spricht von …": another speaker's report
    return j < end and is_finite(tokens[j]) and not tokens[j].quote


ACCUSATIVE_DETS = frozenset("den das die einen eine ein".split())
PASSIVE_SUBJECT_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "ADP", "ADV", "NUM", "CCONJ"))


def _passive_accusation(tokens, fv: int, b: int) -> tuple[int, int] | None:
    """S20: in the passive ("Ihnen wird Betrug in besonders schwerem Fall vorgeworfen") what is alleged is the
    subject between the finite "werden" and the participle at b, prepositional phrases included; None with
    an agent ("von der Opposition") or anything but a noun phrase there."""
    if tokens[fv].lemma != "werden" or b - fv < 2 or not tokens[b].text.lower().startswith("vorgeworfen"):
        return None
    span = tokens[fv + 1 : b]
    if any(t.pos not in PASSIVE_SUBJECT_POS or t.text.lower() in ("von", "vom", "durch") for t in span):
        return None
    noun_phrase = span[0].pos in ("NOUN", "PROPN", "ADJ", "NUM") and any(t.pos == "NOUN" for t in span)
    return (fv + 1, b) if noun_phrase else None


def accusation(tokens, cue: list[int], fv: int, first: int, end: int, src) -> tuple[int, int] | None:
    """Round 16: what "vorwerfen" reports when no clause follows: the accusative noun phrase right before
    its particle or participle ("warf der Regierung Versagen vor", "hat der Ukraine „Staatsterrorismus“
    vorgeworfen", "wirft dem Konzern das Verschleppen der Verhandlungen vor")."""
    stop = max(cue)
    if tokens[stop].text.lower() != "vor" and not tokens[stop].text.lower().startswith("vorgeworfen"):
        return None
    b = stop
    fv = fv if fv < stop else first  # a participle cue: the clause from its start
    if b - 1 > first and tokens[b - 1].text in ("“", "”", '"', "»", "«"):
        o = next((k for k in range(b - 2, max(first, b - 10), -1) if tokens[k].text in ("„", "“", '"', "»", "«")), None)
        return (o, b) if o is not None and o > fv else None
    if (passive := _passive_accusation(tokens, fv, b)) is not None:
        return passive  # s20: "Ihnen wird Betrug in besonders schwerem Fall vorgeworfen": the whole subject
    dative = _after_dative(tokens, fv, b, src)
    if dative is not None and any(t.pos == "NOUN" or t.tag == "NN" for t in tokens[dative:b]):
        return dative, b  # "wirft ihm zweifachen Mord und versuchten Mord in vier Fällen vor"
    a = b
    while a - 1 > fv and tokens[a - 1].pos in ("NOUN", "PROPN") and a - 1 > fv + 1 and (
        tokens[a - 2].text.lower() in ("der", "des") and tokens[a - 3].pos == "NOUN"
    ):
        a -= 2  # a genitive: "das Verschleppen der Verhandlungen"
    if a - 1 <= fv or tokens[a - 1].pos != "NOUN":
        return None
    a -= 1
    while a - 1 > fv and tokens[a - 1].pos == "ADJ":
        a -= 1
    if a - 1 > fv and tokens[a - 1].text.lower() in ACCUSATIVE_DETS:
        a -= 1
    elif a - 1 > fv and tokens[a - 1].pos == "DET":
        return None  # "dem Konzern vor": the dative alone, nothing reported
    if src is not None and src[0] == a:
        return None  # the subject itself
    return a, b


DATIVE_PRONOUNS = frozenset("ihm ihr ihnen uns mir euch".split())


def _after_dative(tokens, fv: int, b: int, src) -> int | None:
    """Where the accusative starts after a dative pronoun ("wirft ihm …") or a dative noun phrase
    ("wirft der Regierung …"), past the subject; None when no dative is found."""
    k = max(fv + 1, src[1] if src is not None and src[1] <= b else fv + 1)
    while k < b and tokens[k].pos == "ADV":
        k += 1
    if k >= b:
        return None
    if tokens[k].text.lower() in DATIVE_PRONOUNS:
        return k + 1
    if tokens[k].text.lower() in ("dem", "der", "den"):
        j = k + 1
        while j < b and tokens[j].pos in ("ADJ", "NOUN", "PROPN") and not (
            j > k + 1 and (tokens[j - 1].pos == "NOUN" or tokens[j - 1].pos == "PROPN" != tokens[j].pos)
        ):
            j += 1  # round 18: a name of several words ("der Deutschen Bahn")
        if j < b and tokens[j].tag in ("APPR", "APPRART"):
            j = past_adjuncts(tokens, j, b)  # round 18: "der Bahn nach den Ausfällen schwere Versäumnisse"
        if j == b and b - 1 > k + 1 and tokens[b - 1].tag == "NN" and tokens[b - 2].pos in ("NOUN", "PROPN"):
            j = b - 1  # s18: "wirft den Grünen Wortbruch vor" (the tagger joined both to one name)
        return j if j < b and j > k + 1 else None
    return None


def phrase_over_clause(tokens, cue: list[int], lemma: str, first: int, end: int, msg: tuple[int, int]):
    """S18: the prepositional phrase a German stance verb reports, not the clause found after it: "sprechen
    sich 78 Prozent gegen X aus, nur 17 Prozent sind dafür" (X), "verwies auf die Kontrollen, die Wirkung
    zeigten" (the controls). Not "gehen von dem Verdacht aus, …", whose content follows the comma."""
    i, last = min(cue), max(cue)
    if lemma == "aussprechen" and len(cue) > 1 and tokens[last].text.lower() == "aus" and msg[0] > last:
        return stance_object(tokens, i, last, STANCE_PREPOSITIONS[lemma]) or msg
    if lemma == "verweisen" and len(cue) == 1 and msg[0] > i + 2:
        return pointed_to(tokens, i, first, end) or msg
    return msg


def fronted_message(tokens, cue: list[int], fv: int, first: int, end: int, src) -> tuple[int, int] | None:
    """S26: "Eine ausführliche Erklärung kündigte der Verteidiger für Donnerstag an", "Neue Hilfen kündigte der
    Minister an": the object fills the Vorfeld and the subject follows the verb; the object is the message."""
    verb = tokens[cue[0]].text.lower()
    particle = tokens[max(cue)].text.lower() if len(cue) > 1 else ""
    if verb not in OBJECT_MESSAGE_VERBS and particle not in PARTICLE_OBJECT_VERBS:
        return None
    if verb.startswith(("bezeichn", "nann", "nenn")):  # "… bezeichnete Conze als fatal": the "als" phrase
        return None
    if src is None or src[0] <= fv or fronted_object(tokens, fv, first, end) != src:
        return None
    if any(t.tag == "PTKNEG" for t in tokens[fv:max(cue)]):
        return None  # "Die Identität des Kindes gab die Behörde nicht bekannt": nothing reported
    return first, fv

