"""Names inside a source mention: which words are the name, what kind of name it is, its base form.

German names come from the language layer's PROPN and PER/ORG/LOC tags; English names, which
have no entity tags, are found in names_en.py.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import (
    ANON_HEADS,
    CALENDAR_WORDS,
    DETERMINERS,
    DOC_HEADS,
    DOC_SUFFIXES,
    HONORIFICS,
    KNOWN_ORGS,
    MEDIA_HEADS,
    MEDIA_SUFFIXES,
    ORG_HEADS,
    PLACE_NOUNS,
    TITLES,
)
from .speakers import is_person_noun, is_person_role, lexicon_person_noun

BODY_NOT_DOC = ("vereinigung", "vereinigungen")
"""Bodies whose noun ends in a document's ("Vereinigung" in "Einigung")."""


def doc_noun(word: str) -> bool:
    """"Pressemitteilung", "Klagsschrift", "Marktprognosen", "government data": a document."""
    w = word.lower().rsplit("-", 1)[-1]
    w = w[:-2] if w.endswith("ungen") else w[:-1] if w.endswith(("ents", "ichts", "iers")) else w  # "Berichts"
    if w.endswith(BODY_NOT_DOC):
        return False  # s28: "die Vereinigung der Kulturveranstalter" is a body, not an "Einigung"
    return w.endswith(DOC_SUFFIXES) or (w.endswith(("gen", "sen")) and w[:-1].endswith(DOC_SUFFIXES))  # "Umfragen"


def capital_name(t) -> bool:
    low = t.text.lower()
    return (
        t.text[:1].isupper()
        and t.text.isalpha()
        and t.pos in ("PROPN", "NOUN")
        and low not in HONORIFICS
        and low not in ANON_HEADS
        and not is_person_role(low)
    )


def bare_name(tok, toks) -> bool:
    """Without a tagger: a capitalised word that is no known common noun and follows no article."""
    low = tok.text.lower()
    if not tok.text[:1].isupper() or tok is toks[0] or low in ANON_HEADS or low in MEDIA_HEADS:
        return False
    if low in TITLES or low in DOC_HEADS or low.endswith(ORG_HEADS):
        return False
    prev = toks[tok.i - toks[0].i - 1].text.lower()
    return prev not in DETERMINERS


def name_run(names: list, tokens=None, stop: int = 0) -> list:
    """The first run of consecutive name tokens ("Mark Milley" from "General Mark Milley")."""
    run = [names[0]]
    for t in names[1:]:
        if tokens is not None and t.text in ("von", "van") and _firm_after_full_name(tokens, run, t.i + 1):
            break  # s18: "Gerald Wissel von Airborne Consulting": the firm, after a full name
        gap = list(tokens[run[-1].i + 1 : t.i]) if tokens is not None and t.i <= run[-1].i + 3 else None
        if gap and run[-1].text.lower() in NAME_PARTICLES and all(g.text in NAME_PARTICLES for g in gap):
            run += gap  # s10: "von der Leyen" ("der" is left out as an article); s19: "Van der Bellen"
        elif t.i != run[-1].i + 1:
            break
        run.append(t)
    j = run[0].i
    if tokens is not None and j >= 2 and tokens[j - 1].text == "of" and tokens[j - 2].text[:1].isupper() and (
        org_word(tokens[j - 2].text)
    ):
        run = [tokens[j - 2], tokens[j - 1], *run]  # round 18: "der University of New Mexico" in German text
    if (  # "Instituts für Weltwirtschaft": the für-part of an organisation's name (round 18: "University of X")
        tokens is not None
        and run[-1].i + 2 < stop
        and tokens[run[-1].i + 1].text in ("für", "of")
        and org_word(run[-1].text)
        and tokens[run[-1].i + 2].text[:1].isupper()
    ):
        k = run[-1].i + 1
        while k + 1 < stop and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].text == "und" or tokens[
                k + 1].text == "," and k + 2 < stop and tokens[k + 2].text[:1].isupper() and any(
                t.text == "und" for t in tokens[k + 2 : stop])):  # s32: "Bundesamt für Ausrüstung, Informationstechnik
            k += 1  # und Nutzung der Bundeswehr (BAAINBw)"
        if k + 3 < len(tokens) and tokens[k + 1].text in ("der", "des") and tokens[k + 2].text[:1].isupper() and tokens[
                k + 3].text == "(":
            k += 2  # … "der Bundeswehr" before the name's label
        while tokens[k].text in ("und", ","):
            k -= 1
        run = run + list(tokens[run[-1].i + 1 : k + 1])
    if tokens is not None and len(run) == 1 and org_word(run[0].text):
        run = run + _genitive_name(tokens, run[0].i + 1, stop)  # round 16: "Institut der deutschen Wirtschaft (IW)"
    while tokens is not None and run[-1].i + 1 < stop:  # "Bill Powers" when only "Bill" was tagged
        nxt = tokens[run[-1].i + 1]
        k = particles_at(tokens, run[-1].i + 1, stop - 1) if run[-1].ent.endswith("PER") or (
            run[-1].tag == "NE" and len(run) == 1  # round 12 (German tag): "Alexander von Preen", untagged
        ) else run[-1].i + 1
        if k > run[-1].i + 1 and particle_surname(tokens[k]) and not _firm_after_full_name(tokens, run, k):
            run.extend(tokens[run[-1].i + 1 : k + 1])
            continue
        if run[-1].text in ("Van", "Von") and nxt.text in ("der", "den") and nxt.i + 1 < stop and particle_surname(
                tokens[nxt.i + 1]):
            run.extend((nxt, tokens[nxt.i + 1]))  # s19: "Alexander Van der Bellen"
            continue
        if nxt.text == "-" and nxt.start == run[-1].end and nxt.i + 2 < stop and tokens[nxt.i + 1].text in (
                "und", "oder") and tokens[nxt.i + 2].text[:1].isupper():
            run.extend(tokens[nxt.i : nxt.i + 3])  # s19: "… Interdisziplinäre Notfall- und Akutmedizin"
            continue
        if _number_in_name(tokens, nxt, stop):
            run.append(nxt)  # s29: "Global 2000", "Hannover 96"
            break
        if not (nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.pos in ("PROPN", "NOUN", "X", "")):
            break
        if nxt.text.lower() in POSTNOMINALS:
            break  # round 16: "Jane Morrison KC"
        if nxt.pos == "NOUN" and nxt.ent == "O" and not (
            len(run) == 1 and run[0].ent == "B-PER" and not is_person_role(nxt.text) and not org_word(nxt.text)
        ):  # "Roderich Kiesewetter" when only the first name was tagged
            break
        run.append(nxt)
    return run


def _number_in_name(tokens, nxt, stop: int) -> bool:
    """A number right after a name that the next word shows to be part of it, not a count or year ("Global 2000
    forderte", "von Global 2000 und Greenpeace"; not "Siemens 2000 Stellen", "im Mai 2024")."""
    if not (nxt.text.isdigit() and len(nxt.text) <= 4) or nxt.i >= stop or nxt.i + 1 >= len(tokens):
        return False
    after = tokens[nxt.i + 1]
    return after.pos not in ("NOUN", "ADJ", "NUM", "PROPN", "X") and after.text not in ("%", "€", "$", "-", ".") and (
        tokens[nxt.i - 1].text.lower() not in CALENDAR_WORDS)


def joined(run: list) -> str:
    """The words of a name run with single spaces, a truncated compound's hyphen kept on its word ("Notfall- und
    Akutmedizin") and a plural possessive's apostrophe on its noun ("The Aviation Workers' Union", s28)."""
    return " ".join(t.text for t in run).replace(" - und ", "- und ").replace(" - oder ", "- oder ").replace(
        " ' ", "' ").replace(" ’ ", "’ ").replace(" , ", ", ")


def _firm_after_full_name(tokens, run: list, k: int) -> bool:
    """Is the name at k, after "von", a new entity of its own following a first name and surname ("Gerald
    Wissel von Airborne Consulting"), not the surname of "Ursula von der Leyen"?"""
    if len(run) < 2 or k + 1 >= len(tokens):
        return False
    if tokens[k].ent.startswith("B-") and tokens[k + 1].ent.startswith("I-"):
        return True
    return tokens[k].pos == tokens[k + 1].pos == "PROPN" and known_first_name(run[0].text) and not known_first_name(
        run[-1].text)  # s32: "Ulrike Bernsdorf von Infratest dimap" (all tagged one person)


def _genitive_name(tokens, k: int, stop: int) -> list:
    """The genitive words of an organisation's name that its bracketed acronym follows: "(Institut) der
    deutschen Wirtschaft (IW)"; nothing when no acronym closes them (the genitive is then an owner)."""
    if k + 1 >= stop or tokens[k].text.lower() not in ("der", "des"):
        return []
    j = k + 1
    while j < stop and j < k + 5 and tokens[j].tag == "ADJA":
        j += 1
    if j >= stop or tokens[j].pos not in ("NOUN", "PROPN") or j + 3 > stop:
        return []
    acronym = tokens[j + 1].text == "(" and tokens[j + 2].text.isupper() and tokens[j + 3].text == ")"
    return list(tokens[k : j + 1]) if acronym else []


def particle_surname(tok) -> bool:
    """The capitalised word after "von der", "de": a surname, not an organisation ("Müller von der CDU",
    "von der Polizei")."""
    return (
        tok.text[:1].isupper()
        and tok.text.replace("-", "").isalpha()  # s31: "Albrecht von Sayn-Lindenau"
        and (tok.pos == "PROPN" or tok.ent.endswith("PER") or not tok.text.lower().endswith(NOUN_SUFFIXES))
        and not tok.ent.endswith(("ORG", "LOC"))
        and not org_word(tok.text)
        and not media_noun(tok.text)
        and not is_person_noun(tok.text)
    )


NOUN_SUFFIXES = ("keit", "heit", "ung", "schaft", "tion", "tät", "ismus", "nis", "tum", "ium", "ik")
"""Endings of common nouns, never of a surname after "von der" ("von der Möglichkeit")."""
NAME_PARTICLES = frozenset("von van de der den da del della di ter bin al el".split())
"""Lower-case particles inside a person's name ("der"/"den" only after "von"/"van": see particles_at)."""


def particles_at(tokens, k: int, stop: int) -> int:
    """End of the name particles starting at token k ("von der", "de", "van den"), k if none."""
    if k >= stop or tokens[k].text not in NAME_PARTICLES or tokens[k].text in ("der", "den"):
        return k
    k += 1
    while k < stop and tokens[k].text in ("der", "den", "de", "la"):
        k += 1
    return k


def person_words(toks) -> frozenset[str]:
    """Capitalised words the article shows to be people somewhere: tagged PER, right after a tagged
    first name, or right after a title or person noun ("Präsident Selenskyj", "Trainerin Müller")."""
    out = set()
    for k, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        prev = toks[k - 1] if k else None
        if (
            t.ent.endswith("PER")
            or (prev is not None and prev.ent.endswith("PER") and prev.text[:1].isupper())
            or (prev is not None and prev.pos == "NOUN" and (prev.text.lower() in TITLES or is_person_noun(prev.text)))
            or (prev is not None and prev.text[:1].isupper() and t.pos == "PROPN" and known_first_name(prev.text))
        ):  # s17: "Joël Niederlaender", a name the tagger missed after a first name
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.ent == "I-PER" and is_person_role(t.text) and not known_first_name(t.text):
                continue  # s24: "Premier Leanne Castell" tagged as one name: the title is no one's name
            out.add(t.text)
    return frozenset(out)


def known_first_name(word: str) -> bool:
    """A first name of the hand lists or of the names mined from GermEval ("Joël" as "joel")."""
    from .english_retags import first_names  # english_pronouns (its source) imports this module
    from .first_names_de import fold, mined_first_names

    return word.lower() in first_names() or fold(word) in mined_first_names()


POSTNOMINALS = frozenset("kc qc obe mbe cbe phd jr sr".split())
"""Letters after a name that are no part of it."""


WHOLE_WORD_HEADS = frozenset(
    "court office council company agency department government ministry army military treasury operator "
    "university kremlin pentagon".split()
)
"""S14: English heads, which do not compound: "Betancourt" and "Harcourt" are no courts."""


def acronym(word: str) -> bool:
    """Two to six capital letters ("DWD", "VBE"): the label a body's name is abbreviated to."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


@lru_cache(maxsize=1 << 16)
def org_word(word: str) -> bool:
    """A word that is or ends in an organisation noun: "Bundesamt", "EU-Kommission", "UNO"; a short
    head ("amt", "rat", "uno", "bahn") only alone or at the end of a longer compound, not "Bruno"
    (cached: asked for every candidate name word)."""
    w0 = word.lower().strip("„“”\"»«")
    if "-" in w0 and w0.rsplit("-", 1)[-1] in KNOWN_ORGS:
        return True  # round 16: "die Landes-SPD", "der CDU-Kreisverband" is caught by its head already
    forms = [w0, *(w0[: -len(e)] for e in ("es", "en", "s", "e", "n") if w0.endswith(e) and len(w0) > 5)]
    if len(w0) > 6 and w0.endswith(("ände", "äne", "ien")):  # round 16: "Verbände", "Ministerien" (plurals)
        forms.append(w0[:-3] + "ium" if w0.endswith("ien") else w0[:-1][::-1].replace("ä", "a", 1)[::-1])
    for w in forms:
        for h in ORG_HEADS:
            if w.endswith(h) and (w == h or w[-len(h) - 1] == "-" or (h not in WHOLE_WORD_HEADS and (
                    len(h) > 4 or len(w) >= len(h) + 4))):
                return True
    return False


def outlet_described(head: str, lows: list[str]) -> bool:
    """A definite description of an outlet ("das Blatt", "the paper"), also in the genitive ("des
    Magazins", "des Blattes"): it names the outlet the article cited last."""
    if lows[0] in ("das", "die", "dem", "der", "the"):
        return head in MEDIA_HEADS or len(lows) == 2 and head.endswith(("zeitung", "magazin", "sender")) and (
            len(head) > 8)  # s32: "berichtet die Boulevardzeitung" after 'Laut „Express“'
    return lows[0] == "des" and head.endswith("s") and (head[:-1] in MEDIA_HEADS or head[:-2] in MEDIA_HEADS)


def media_noun(word: str) -> bool:
    """An outlet noun, also compounded or in the genitive: "Sender", "Nachrichtenportal",
    "des Staatsfernsehens", "Tageszeitung"."""
    w0 = word.lower().rsplit("-", 1)[-1]
    for w in (w0, w0[:-1] if w0.endswith(("s", "n")) else "", w0[:-2] if w0.endswith(("es", "en")) else ""):
        if w and (w in MEDIA_HEADS or w.endswith(MEDIA_SUFFIXES)):
            return True
    return False


FEMININE_MEDIA_ENDINGS = (
    "zeitung", "zeitschrift", "agentur", "sendung", "gruppe", "seite", "site", "presse", "redaktion",
)
"""S14: outlet nouns after which "der" is a dative ("sagte der Zeitung"); before "Sender", "Rundfunk",
"Dienst" it is the nominative ("meldete der Sender"), and neuter ones ("Blatt") never take it."""


def feminine_media_noun(word: str) -> bool:
    return media_noun(word) and word.lower().rsplit("-", 1)[-1].endswith(FEMININE_MEDIA_ENDINGS)


def drop_possessor(names: list, tokens, stop: int) -> tuple[list, bool]:
    """A genitive name before a role or organisation noun is the possessor, not the speaker:
    "Russlands Präsident Wladimir Putin" is Putin; "Kenias Regierung", "Russlands Präsident" name
    no one (the second value says so: the noun phrase is definite, like "der Präsident")."""
    n0 = names[0]
    if not (n0.text.endswith("s") and len(n0.text) > 3 and n0.text[:1].isupper() and n0.i + 1 < stop):
        return names, False
    nxt = tokens[n0.i + 1]
    if nxt.tag == "ADJA" and n0.i + 2 < stop and tokens[n0.i + 2].pos == "NOUN":
        nxt = tokens[n0.i + 2]  # s25: "Brandauers langjähriger Co-Moderator Kemal Arslan"
    if nxt.pos != "NOUN" or nxt.ent != "O" or nxt in names or not nxt.text[:1].isupper():
        return names, False
    if not (is_person_role(nxt.text) or is_person_noun(nxt.text) or lexicon_person_noun(nxt.text.lower()) or org_word(
            nxt.text) or nxt.text.lower() in TITLES):
        return names, False
    rest = [t for t in names if t.i > nxt.i]
    return rest, not rest


def gender(toks, s: int) -> str | None:
    """"f" or "m" when the words before a name show it ("Ministerin", "Frau", "Mrs."), else None."""
    for k in range(s - 1, max(-1, s - 4), -1):
        low = toks[k].text.lower().rstrip(".")
        if low in ("frau", "ms", "mrs", "miss", "madame"):
            return "f"
        if low in ("herr", "herrn", "mr", "monsieur"):
            return "m"
        if toks[k].pos == "NOUN" and is_person_role(low):
            return "f" if low.endswith("in") else "m"
        if toks[k].pos not in ("NOUN", "PROPN", "ADJ", "DET"):
            break
    return None


def plural_verb(toks, a: int) -> bool:
    """Is the finite verb next to the pronoun at token a plural ("Sie betonten", "sagten sie")?"""
    for k in (a + 1, a - 1):
        if 0 <= k < len(toks) and toks[k].pos in ("VERB", "AUX") and "VerbForm=Fin" in (toks[k].morph or ""):
            return "Number=Plur" in toks[k].morph and "Person=3" in toks[k].morph
    return False


def plural(tok) -> bool:
    return "Number=Plur" in (tok.morph or "")


GROUP_PRONOUNS = frozenset("them those us ihnen denen uns beiden".split())


def affiliation(words: list[str]) -> str | None:
    """Whom an anonymous source belongs to: "der US-Regierung", "US-Beamte", "Politico-Gegenüber"."""
    lows = [w.lower() for w in words]
    for k, w in enumerate(lows):
        if w in ("der", "des", "of", "for", "from", "aus", "in", "im", "von", "vom", "beim", "bei", "at") and (
            0 < k < len(words) - 1
        ):
            rest = [x for x in words[k + 1 :] if x.lower() not in DETERMINERS]
            if w in ("in", "im") and rest and rest[0].lower() in ("hauptstadt", *PLACE_NOUNS):
                return None  # s23: "ein Sprecher in der Hauptstadt Karesgrad": where, not whose
            if rest and rest[-1].lower() not in GROUP_PRONOUNS:  # s20: "Two of them": no one's affiliation
                return " ".join(rest).replace(" , ", ", ")  # s23: "Department for Environment, Food and …"
    for w in words:
        if "-" in w and w.rsplit("-", 1)[-1].lower() in ANON_HEADS:
            return w.rsplit("-", 1)[0]
    return None


ANON_PRONOUNS = frozenset("einer eine jemand someone somebody ein anderer andere weiterer weitere".split())
ANON_SIDE_WORDS = frozenset("seite side".split())
DEMONYM_ENDINGS = ("ier", "aner", "äner", "ainer", "ener")


def anonymous_noun(head: str, lows: list[str]) -> bool:
    """Unnamed speakers the head lists miss: plural councils of people ("Betriebsräte", "Stadträte"),
    dative plurals of anonymous heads ("Anwohnern"), nationals ("die Kanadier"),
    information from a group ("Brancheninformationen", not "Spiegel-Informationen"), "von anderer
    Seite", and a bare indefinite pronoun ("sagte einer", "jemand")."""
    if lows and all(w in ANON_PRONOUNS for w in lows):
        return True
    if head in ("gemeinderat", "stadtrat", "kreisrat", "ortschaftsrat") and lows[:1] in (["ein"], ["einem"], ["eines"]):
        return True  # s22: "Ein Gemeinderat sagte": a councillor, not the council
    if lows in (["the", "other"], ["der", "andere"], ["die", "andere"]):
        return True  # s22: '"…," the other added' after "one of them": the second of the unnamed people
    if head.endswith("n") and head[:-1] in ANON_HEADS:
        return True  # dative plural: "laut Anwohnern", "Beobachtern zufolge"
    if head.endswith("umfeld") and len(head) > 8:
        return True  # s25: "so heißt es aus dem Klubumfeld": the circle around the club, as "aus dem Umfeld"
    plural_np = len(lows) == 1 or lows[0] in ("die", "viele", "einige", "mehrere", "zahlreiche")
    if plural_np and head.endswith(DEMONYM_ENDINGS) and len(head) > 6 and not head.endswith(DOC_SUFFIXES):
        return True  # "die Kanadier", "Amerikaner", "Ukrainer": an unnamed group of nationals
    if head.endswith(("räte", "räten")) and len(head) > 5:
        return True
    if head.endswith("informationen") and "-" not in head and len(head) > len("informationen"):
        return True
    return (
        head in ANON_SIDE_WORDS
        and len(lows) >= 2
        and lows[-2] not in ("der", "die", "the", "this", "that")
        and not lows[-2].endswith(("ische", "ischer", "ischen"))  # s7: "die ukrainische Seite" is its government
    )


def role_before(doc, before) -> str | None:
    """The words before a person's name as the text has them, without a leading article or quote:
    "Der Sprecher der Behörde, Generalleutnant Igor K." -> "Sprecher der Behörde, Generalleutnant".
    (An organisation's words before its name are modifiers, "das russische …", not a role.) A focus
    particle opening the sentence is no part of it (s19: "Auch Bundesverkehrsminister Volker Wissing")."""
    k = 0
    while k < len(before) and (before[k].text.lower() in DETERMINERS | POSSESSIVES | FOCUS_PARTICLES
                               or before[k].text in '"„“”»«'):
        k += 1
    e = len(before)
    while e > k + 1 and before[e - 1].text.lower().rstrip(".") in HONORIFICS_BARE:
        e -= 1  # round 15: "Its chair, Dr Robert L.": the role is "chair"
    if k >= e or (e - k == 1 and before[k].text.lower().rstrip(".") in HONORIFICS_BARE):
        return None  # s19: "Mr Hart": a form of address, no role
    return doc.text[before[k].start : before[e - 1].end].strip(" ,") or None


def person_role(doc, toks, run: list) -> str | None:
    """The role the mention `toks` gives the person named by `run`: the words before the name and, in German, an
    apposition after it ("Oberstaatsanwalt Lars Meiners, Sprecher der Staatsanwaltschaft Osnabrück")."""
    before = role_before(doc, toks[: run[0].i - toks[0].i])
    after = role_after(doc, toks[run[-1].i - toks[0].i + 1 :]) if doc.language == "de" else None
    return ", ".join(r for r in (before, after) if r) or None


def role_after(doc, after) -> str | None:
    """S31: the apposition after a person's name inside the mention when no role came before it ("Lars Meiners,
    Sprecher der Staatsanwaltschaft Osnabrück"): a role noun after the comma, up to the next comma."""
    if len(after) < 2 or after[0].text != "," or after[1].pos != "NOUN":
        return None
    if not (after[1].text.lower() in ANON_HEADS or is_person_role(after[1].text) or is_person_noun(after[1].text)):
        return None
    e = next((k for k in range(2, len(after)) if after[k].text in (",", "(")), len(after))
    return doc.text[after[1].start : after[e - 1].end]


POSSESSIVES = frozenset("its his her their our sein seine seiner ihr ihre ihrer".split())
FOCUS_PARTICLES = frozenset("auch sogar selbst even also".split())
HONORIFICS_BARE = frozenset(h.rstrip(".") for h in HONORIFICS)


def speaker_noun(word: str) -> bool:
    """A noun that can name who speaks: a people noun ("Experten", "Sprecherin"), an organisation
    ("Feuerwehr", "Bundesamt") or an outlet ("Zeitung")."""
    low = word.lower()
    return low in ANON_HEADS or is_person_noun(low) or lexicon_person_noun(low) or org_word(low) or media_noun(low)


def names_someone(tok) -> bool:
    """A name (tagged or PROPN) or a speaker noun: the token can head a speaker's noun phrase."""
    return tok.pos == "PROPN" or tok.ent.endswith(("PER", "ORG")) or (tok.pos == "NOUN" and speaker_noun(tok.text))
