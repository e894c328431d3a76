"""German anonymous sources (round 10): the unnamed speakers verification desks look for first.

Hand-written lists (no external source): head nouns of unnamed speakers the german-pos-dict motion list
(`person_nouns_de.tsv`) lacks ("Anwohner", "Funktionär", "Whistleblower", "Geheimdienstler"),
participles used as nouns for people in the know ("Eingeweihte", "Informierte"), group nouns whose
count is open ("Kreise", "Umfeld"), and the affiliation inside a compound ("Regierungskreise" →
Regierung, "Polizeisprecher" → Polizei). Imports only `lexicon` (speakers.py and sources.py use it).
"""

from __future__ import annotations

from .lexicon import ANON_HEADS, GOVERNMENT_PLACES, MEDIA_HEADS, MEDIA_SUFFIXES, ORG_HEADS, PLACE_NOUNS, RELATIVE_WORDS

EXTRA_PERSON_NOUNS = frozenset(
    """
anwohner funktionär funktionäre funktionärs whistleblower hinweisgeber geheimdienstler gewerkschaftler
unterhändler verhandler vermittler emissär emissäre gesandte gesandter gesandten regierungsmitglied
parlamentarier gewährsmann gewährsleute gewährsperson kontaktperson kontaktpersonen
informantin quelle quellen zeitzeuge zeitzeugen hinterbänkler strippenzieher parteifreund
parteifreunde parteifreunden weggefährte weggefährten vertrauensperson vertrauenspersonen
rechtler publizist separatist purist extremist islamist lobbyist kommentator ologe flüchtling rebell generäle
lehrkraft lehrkräfte einsatzkräfte rettungskräfte fachkräfte pflegekräfte hilfskräfte beklagte kinder eltern
fans israeli franzose ökonom volkswirt analyst forscher wissenschaftler redakteur herausgeber korrespondent
kolumnist moderator rekrut söldner mutter vater
sicherheitskräfte unterstützer studierende banker investor investoren
bekannte bekannter bekannten jugendliche jugendlicher jugendlichen erwachsene erwachsener erwachsenen
verwandte verwandter verwandten
entwickler programmierer ingenieur krankenschwester pfleger
""".split()
)
"""Unnamed speakers the motion list misses ("ein Funktionär der Partei", "ein Whistleblower",
"US-Geheimdienstler"), matched as the tail of a compound ("Parteifunktionär", "Regierungsquellen")."""
EXTRA_TAILS = tuple(sorted(EXTRA_PERSON_NOUNS))

EXTRA_ADJ_STEMS = ("eingeweiht", "informiert", "kundig", "nahestehend")
"""Participles and adjectives used as nouns for people in the know: "Eingeweihte", "gut Informierte",
"Sachkundige", "dem Präsidenten Nahestehende"."""

GROUP_NOUNS = ("kreise", "kreisen", "umfeld", "umfelds", "umgebung", "lager", "lagers", "seite")
"""Anonymous groups of open size: "Regierungskreise", "das Umfeld des Kanzlers", "von anderer Seite"."""

FEMININE_ENDINGS = ("innen", "in")
INSIDER_PARTICIPLES = ("vertraut", "betraut", "befasst", "nahestehend")
"""Participles of people in the know, which the tagger often takes for finite verbs ("eine mit den Plänen
vertraute Person": "vertraute" VVFIN)."""


def _tail(word: str) -> str:
    return word.lower().strip("„“”\"»«").rsplit("-", 1)[-1]


def extra_person_noun(word: str) -> bool:
    """A hand-listed noun for unnamed people, compounds and case forms included ("Parteifunktionären",
    "Anwohnerin"), or a participle used as a noun ("Eingeweihte", "Informierten")."""
    w = _tail(word)
    if len(w) < 4 or not w.isalpha():
        return False
    forms = [w] + [w[: -len(e)] for e in ("innen", "in", "en", "n", "s", "e") if w.endswith(e) and len(w) > len(e) + 3]
    for f in forms:
        if f.endswith(EXTRA_TAILS):  # one C-level test for the whole list
            return True
    return any(w.endswith((s + "e", s + "en", s + "er")) for s in EXTRA_ADJ_STEMS)


def feminine_of_anonymous_head(word: str) -> bool:
    """ "Anwohnerin", "Passantinnen", "Diplomatin": the feminine form of an anonymous head noun."""
    w = _tail(word)
    for e in FEMININE_ENDINGS:
        if w.endswith(e) and len(w) > len(e) + 3 and w[: -len(e)] in ANON_HEADS:
            return True
    return False


def group_noun(head: str) -> bool:
    """ "Regierungskreisen", "dem Umfeld", "Diplomatenkreise": a group whose size the text leaves open."""
    return _tail(head).endswith(GROUP_NOUNS)


AFFILIATION_TAILS = (
    "kreise", "kreisen", "sprecher", "sprecherin", "sprechers", "vertreter", "vertreterin", "vertretern", "beamte",
    "beamter", "beamten", "insider", "insidern", "quelle", "quellen", "mitarbeiter", "mitarbeiterin", "mitarbeitern",
    "diplomat", "diplomaten", "experte", "experten", "ermittler", "ermittlern", "mitglied", "mitglieder",
    "funktionär", "funktionäre", "umfeld", "offizier", "offiziere", "insiderin",
)
"""Heads after which a compound's first part is the organisation the speaker belongs to."""


INFORMATION_TAILS = ("angaben", "informationen", "auskünften", "auskunft")
"""Information nouns whose first part may be an organisation: "Polizeiangaben", "Regierungsinformationen"."""


def information_owner(word: str) -> str | None:
    """ "laut Polizeiangaben" → "Polizei": an organisation's information is that organisation speaking."""
    low = word.lower()
    tail = next((t for t in INFORMATION_TAILS if low.endswith(t) and len(low) > len(t) + 2), None)
    if tail is None:
        return None
    first = word[: -len(tail)]
    if first.endswith("-") and (first[:-1].isupper() and first[:-1].isalpha() or _org_prefix(first[:-1])):
        return first[:-1]  # "UNO-Angaben", "USGS-Angaben", "Polizei-Angaben"
    return _org_prefix(first)


def _org_prefix(first: str) -> str | None:
    plural = [first[: -len(e)] for e in ("en", "n") if first.endswith(e) and len(first) > len(e) + 3]
    for c in [first] + ([first[:-1]] if first.endswith("s") else []) + plural:  # "Behördenangaben"
        cl = c.lower()
        if len(cl) >= 3 and (
            any(cl.endswith(h) and (cl == h or len(h) > 4) for h in ORG_HEADS) or cl in GOVERNMENT_PLACES
        ):
            return c[:1].upper() + c[1:]
    return None


def compound_affiliation(word: str) -> str | None:
    """The organisation inside a compound head: "Regierungskreise" → "Regierung", "Polizeisprecher" →
    "Polizei", "Ministeriumssprecher" → "Ministerium", "Kreml-Sprecher" → "Kreml"; None when the first
    part is no organisation or government ("Sicherheitskreise", "Diplomatenkreise")."""
    w = word.strip("„“”\"»«")
    low = w.lower()
    if "-" in w:  # "Kreml-Sprecher", "EU-Diplomat" (names.affiliation covers the plain hyphen case)
        return None
    for tail in sorted(AFFILIATION_TAILS, key=len, reverse=True):
        if low.endswith(tail) and len(low) > len(tail) + 2:
            return _org_prefix(w[: -len(tail)])
    return None


def nominative_affiliation(aff: str | None) -> str | None:
    """ "Ministeriums" → "Ministerium", "des Auswärtigen Amts" → "Auswärtigen Amt" is left alone: only a
    one-word genitive of an organisation noun loses its s ("Unternehmens" → "Unternehmen")."""
    if not aff or " " in aff or not aff.endswith("s") or aff.endswith("ss"):
        return aff
    stem = aff[:-2] if aff.endswith("es") and aff[:-2].lower().endswith(ORG_HEADS) else aff[:-1]
    return stem if stem.lower().endswith(ORG_HEADS) else aff


def affiliation_de(words: list[str], head: str, base) -> str | None:
    """Whom a German anonymous source belongs to: `base` (names.affiliation: "der US-Regierung",
    "US-Beamte") on the words without a "mit der Sache vertraute" phrase, else the organisation inside
    the compound head ("Regierungskreise" → Regierung); a one-word genitive in the nominative."""
    lows = [w.lower() for w in words]
    for k, w in enumerate(lows):
        if w in ("mit", "über"):
            e = next((j for j in range(k + 1, min(len(lows), k + 6)) if lows[j].startswith(INSIDER_PARTICIPLES)), None)
            if e is not None:
                words = words[:k] + words[e + 1 :]
            break
    aff = base(words)
    if aff is None:
        aff = compound_affiliation(head)
    if aff and " " in aff and aff.split(" ", 1)[0].lower() in PLACE_NOUNS:
        aff = aff.split(" ", 1)[1]  # s22: "eine Bewohnerin des Dorfes Chuquibamba": the place, Chuquibamba
    aff = nominative_affiliation(aff)  # s19: 'Bürgerinitiative „Saubere Luft“' as written, no spaces inside the marks
    return aff.replace("„ ", "„").replace(" “", "“").replace("» ", "»").replace(" «", "«") if aff else aff


def count_de(count: int | None, head: str, tok, lows: list[str]) -> int | None:
    """How many speakers a German anonymous mention names: a number word says it ("zwei Beamte"); a group
    noun leaves it open ("dem Umfeld des Kanzlers", "aus Regierungskreisen"), so does a noun without
    article ("Russische Militärblogger", "Diplomaten"); "ein"/"eine" and a feminine singular ("die
    Sprecherin") are one."""
    numbers = [w for w in lows if w in COUNT_NUMBERS]
    if lows[:1] in (["einer"], ["eine"]) and len(lows) > 2 and lows[1] in ("der", "von"):
        return 1  # s22: "Einer der beiden", "eine von ihnen"
    if numbers:
        return COUNT_NUMBERS[numbers[0]]
    if group_noun(head) or not lows:
        return None
    if lows[0] in INDEFINITE_ONE or lows[0] in ("einer", "eine", "jemand") and len(lows) <= 3:
        return 1
    if lows[0] not in ARTICLES:
        return None  # "Russische Militärblogger", "Mehrere Insider", "Diplomaten"
    if head.endswith("in") and not head.endswith("innen"):
        return 1
    if lows[0] == "der" and head.endswith("e") and len(lows) == 2:
        return 1  # s17: "der Angeklagte", "der Beschuldigte": the plural is "die …", the genitive "der …en"
    if lows[0] == "die" and head.endswith("er") and not head.endswith(FEMININE_ER):
        return None  # s21: "Die Forscher hatten Proben untersucht": a masculine noun after "die" is plural
    if tok is not None and "Number=Sing" in (tok.morph or ""):
        return 1
    if tok is not None and "Number=Plur" in (tok.morph or ""):
        return None
    return count


FEMININE_ER = ("mutter", "schwester", "tochter")
COUNT_NUMBERS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
                 "beide": 2, "beiden": 2}
INDEFINITE_ONE = frozenset("ein eine einem einen eines".split())
ARTICLES = frozenset("der die das dem den des".split())


ADJECTIVE_TAILS = ("nahe", "nahen", "naher", "interne", "internen", "kundige", "kundigen")
"""Adjectives the tagger takes for nouns at the start of a sentence: "Regierungsnahe Quellen",
"Kremlnahe Medien"."""


INFO_NOUNS = frozenset(
    """angaben informationen aussagen aussage einschätzung einschätzungen erkenntnissen erkenntnisse meinung
    ansicht auffassung darstellung darstellungen beobachtungen worten""".split()
)
"""Nouns of what a source says: in "Angaben informierter Kreise", "Einschätzung politischer Beobachter",
"Angaben des Berichts" the speaker is the noun after them."""


def real_heads(heads: list, toks=None) -> list:
    """Round 10: the German head nouns of a mention without an adjective the tagger took for a noun
    ("Regierungsnahe Quellen") or a leading information noun ("Angaben informierter Kreise"); s13: nor a
    measure inside an attribute ("Der 330 Seiten starke Bericht")."""
    if len(heads) > 1 and heads[1].i == heads[0].i + 1 and heads[0].text.lower().endswith(ADJECTIVE_TAILS):
        return heads[1:]
    if toks is not None and len(heads) > 1 and heads[1].i == heads[0].i + 2 and toks[heads[0].i + 1].tag == "ADJA" \
            and toks[heads[0].i - 1].tag == "CARD":
        return heads[1:]
    if len(heads) > 1 and heads[0].text.lower() in INFO_NOUNS:
        return heads[1:]
    if toks is not None and len(heads) > 1 and heads[1].i == heads[0].i + 1 and heads[0].text.endswith("er") and (
            toks[heads[0].i - 1].text.lower() in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer")):
        from .names import org_word  # late, like is_person_role
        from .speakers import is_person_role  # late: speakers imports this module

        if is_person_role(heads[1].text) or heads[1].text.lower() in ("behörde", "polizei") or org_word(heads[1].text):
            return heads[1:]  # s24: "die Waadtländer SP-Nationalrätin", "der Berliner Senator": a place adjective;
            # s32: "die Karlsruher Behörde" (after "Die Bundesanwaltschaft hat …"), "des Kieler Gesundheitsamts"
    if len(heads) > 1 and heads[0].text.lower() in REPORT_HEADS and _outlet_noun(heads[1].text):
        return heads[1:]  # "dem Bericht des Magazins", "Recherchen der Zeitung": the outlet
    return heads


def past_attribute(heads: list, tokens, a: int) -> list:
    """The head nouns after an extended attribute that opens the mention at token a: "eine mit der Sache vertraute
    Person", s26: not "dem am Mittwoch veröffentlichten Report"; s31: past every noun inside the attribute, "Zwei mit
    der Logistik großer Chemiekonzerne vertraute Personen"."""
    if len(heads) < 2 or not any(t.pos == "ADP" for t in tokens[a : heads[0].i]) or tokens[heads[0].i + 1].tag != (
            "ADJA"):
        return heads
    last = max(t.i for t in tokens[heads[0].i : heads[-1].i] if t.tag == "ADJA")
    return [h for h in heads if h.i > last] or heads[1:]


REPORT_HEADS = frozenset("bericht berichten artikel recherche recherchen reportage meldung".split())


def _outlet_noun(word: str) -> bool:
    w = word.lower().rsplit("-", 1)[-1]
    return any(x in MEDIA_HEADS or x.endswith(MEDIA_SUFFIXES) for x in (w, w[:-1], w[:-2]) if x)


def release_noun(word: str) -> bool:
    """ "Pressemitteilung", "Presseerklärungen", "Pressemeldung": a document, not the press."""
    return word.lower().rstrip("en").endswith(("mitteilung", "erklärung", "meldung", "information", "notiz"))


MEDIA_PLURALS = ("zeitungen", "zeitschriften", "magazine", "nachrichtenagenturen", "presseagenturen", "fernsehsender")
"""Plurals of outlet nouns that names.media_noun (singular and genitive forms) does not cover."""
SOCIAL_NOUNS = frozenset("tweet tweets retweet posting postings sharepic sharepics screenshot screenshots reel reels "
                         "meme memes video videos clip clips".split())  # s34: fact-checks ("Auf dem Sharepic heißt
# es", "ein Screenshot behauptet", "In einem Video, das auf X und TikTok die Runde macht, heißt es")
SOCIAL_PLATFORMS = ("twitter", "x", "facebook", "instagram", "telegram", "tiktok", "youtube", "bluesky", "linkedin")
"""Unnamed social-media posts as sources: "in einem Tweet hieß es", "laut einem Instagram-Post"."""


def social_noun(word: str, lows: list[str]) -> bool:
    """ "Tweet", "Posting", "Telegram-Post", "Facebook-Eintrag", "einem Post" (not "die Post", the company)."""
    w = word.lower()
    tail = w.rsplit("-", 1)[-1]
    if tail in SOCIAL_NOUNS or (w.split("-", 1)[0] in SOCIAL_PLATFORMS and "-" in w and not speaker_noun_de(tail)):
        return True  # s12: not "TikTok-Nutzerin", "Instagram-Star": a person
    if tail in POST_WORDS and any(w in SOCIAL_PLATFORMS for w in lows[1:]):
        return True  # round 16: "in einem Beitrag auf X", "ein Video auf Telegram"
    return tail in ("post", "posts") and bool(lows) and lows[0] in ("einem", "ein", "seinem", "ihrem", "dem", "im")


POST_WORDS = frozenset("beitrag beitrags eintrag eintrags nachricht botschaft kanal kanals erklärung "
                        "mitteilung stellungnahme".split())
"""Nouns that are a social-media post only with their platform ("einem Beitrag auf X")."""


OFFICIAL = frozenset("offiziellen amtlichen behördlichen staatlichen".split())


def unnamed_type(heads: list | str, head_last: str, lows: list[str]) -> str | None:
    """The type of a German source mention without a name that no head list covers (round 10):
    an organisation's information ("laut Polizeiangaben"), a press release ("Pressemitteilung": a
    document, not the press), a social-media post ("einem Tweet"). `heads`: the head tokens (or a word)."""
    head = heads if isinstance(heads, str) else heads[0].text if heads else head_last
    if information_owner(head) or (head.lower().endswith("seite") and _org_prefix(head[:-5])):
        return "organization"  # "laut Polizeiangaben", "von Regierungsseite"
    if head.lower() in ("seite", "angaben") and len(lows) > 1 and (
        lows[-2].endswith(("ische", "ischer", "ischen")) or (head.lower() == "angaben" and lows[-2] in OFFICIAL)
    ):  # s7: "die ukrainische Seite", "von russischer Seite"; s18: "nach ukrainischen/offiziellen Angaben"
        return "organization"
    from .types_de import compound_report_type  # late: types_de imports names, which imports this module

    if (compound := compound_report_type(head)) is not None:
        return compound  # round 12: "Augenzeugenberichten" anonymous, "Zeitungsberichten" media
    head = head.lower()
    if head.startswith("presse") and release_noun(head):
        return "document"
    if social_noun(head, lows):
        return "social_post"
    if head.rsplit("-", 1)[-1].endswith("medien") and head != "medien":
        return "media"  # "Russische Staatsmedien", "Oppositionsmedien"
    if head.rsplit("-", 1)[-1].endswith(MEDIA_PLURALS):
        return "media"  # "Zeitungen", "Boulevardzeitungen", "Nachrichtenagenturen"
    if head in ("berichte", "berichten") and len(lows) > 1 and lows[0] not in ARTICLES | INDEFINITE_ONE | {"einer"}:
        return "media"  # "Übereinstimmenden Berichten zufolge", "nach unbestätigten Berichten": the press
    return None


def relative_antecedent(doc, toks: list, a: int):
    """A German relative pronoun as the whole mention ("…, einen Beamten, der sagte, …"): the noun right
    before its comma, whose noun phrase is the speaker; else None."""
    if doc.language == "en" or len(toks) != 1 or a < 2 or doc.tokens[a - 1].text != ",":
        return None
    if toks[0].tag != "PRELS" and toks[0].text.lower() not in RELATIVE_WORDS:  # s12: "Eltern, welche …"
        return None
    ante = doc.tokens[a - 2]
    if ante.tag == "PTKVZ" and a >= 3:  # s13: "legte eine Studie vor, die zeigt": the particle is no antecedent
        ante = doc.tokens[a - 3]
    if ante.tag in ("VVPP", "VVINF", "VAINF", "VAFIN", "VVFIN") and a >= 4:  # s12: "… von der Nutzerin X
        ante = next((t for t in doc.tokens[max(0, a - 6) : a - 2][::-1] if t.pos in ("NOUN", "PROPN")), ante)
    if ante.pos not in ("NOUN", "PROPN"):
        return None  # gepostet, die sagte": the noun before the verb
    return _person_before_origin(doc.tokens, ante, toks[0]) or ante


def _person_before_origin(tokens, ante, pronoun):
    """S34: "der Kreistagsabgeordnete Heiko Brandner aus dem Landkreis Harzvorland, der dazu schrieb": a person's name
    before a phrase of origin ("aus dem …", "von der …") that ends at the comma is the relative's antecedent when the
    pronoun is masculine or feminine (a "der"/"die" that a district or a city would share)."""
    if pronoun.text.lower() not in ("der", "die"):
        return None
    k = ante.i
    while k > 0 and tokens[k].pos in ("NOUN", "PROPN", "DET", "ADJ") and tokens[k].text.lower() not in ("aus", "von"):
        k -= 1
    if k < 2 or tokens[k].text.lower() not in ("aus", "von") or ante.i - k > 5:
        return None
    name = tokens[k - 1]
    return name if name.ent.endswith("PER") and name.pos == "PROPN" else None


def named_before_comma(names: list, comma: int) -> bool:
    """S32: a person's name before the mention's comma: what follows describes that person ("Der Schriftsteller Thomas
    Weyrauch, ein enger Freund Auerbachs,"), it names no one new."""
    return any(t.i < comma and t.ent.endswith("PER") for t in names)


def person_named(names: list) -> bool:
    """Round 10: "Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamassoure": a tagged person
    name at the end of the mention is the speaker's own name (not "der Staatsanwalt des Distrikts Nord")."""
    while len(names) > 2 and names[-1].ent.endswith("ORG") and names[-1].i > 0 and names[-1].i - 1 != names[-2].i:
        names = names[:-1]  # s32: "… und Aufsichtsratsvorsitzende Petra Lindemann (Grüne)": her party after her name
    return len(names) >= 2 and names[-1].ent.endswith("PER") and names[-2].ent.endswith("PER")


def anonymous_tail(head: str, lows: list[str] = (), tok=None) -> bool:
    """ "sicherheitsexperte", "regierungssprecher", "parteifunktionär": a compound whose tail is an anonymous
    head; "ein Sicherheitsexperte der Denkfabrik RAND" is someone of RAND, not RAND (round 10). S30: so is any
    person noun after an indefinite article before a genitive ("Ein Professor der Universität Hamburg")."""
    h = head.lower()
    if lows and lows[0] in ("ein", "eine", "einer", "eines", "einem") and tok is not None and lows[1:2] == [h] and (
            lows[2:3] in (["der"], ["des"])):
        from .speakers import is_person_noun  # late: speakers imports this module

        return is_person_noun(tok.text)
    return any(h.endswith(t) and len(h) > len(t) + 2 for t in ANON_TAILS) or extra_person_noun(h)


ANON_TAILS = tuple(w for w in ANON_HEADS if len(w) >= 6)


def leadership_group(head: str) -> bool:
    """S24: "die Parteispitze", "der BSW-Landesspitze", "der Konzernführung": a body's leading people, unnamed."""
    h = head.lower().rsplit("-", 1)[-1]
    return h.endswith(("spitze", "führung")) and len(h) > 8


def closer(prev, named, at: int):
    """Round 10: "er" after "Ein Insider sagte …" is the insider when the person named before (not quoted
    yet) was mentioned earlier than the anonymous individual; otherwise the named person."""
    if named is None or prev is None or prev.type != "anonymous":
        return named or prev
    last_prev = max((m.start for m in prev.mentions if m.start <= at), default=-1)
    last_named = max((m.start for m in named.mentions if m.start <= at), default=-1)
    return prev if last_prev > last_named else named


def other_org(known, name: str) -> bool:
    """Round 15: two organisation names with the same last word and another first word ("Deutsche Bahn",
    "Pro Bahn") are two organisations; one name inside the other ("Bahn", "Deutsche Bahn") is one."""
    old, new = (known.name or "").lower().split(), name.lower().split()
    if known.type != "organization" or len(old) < 2 or len(new) < 2:
        return False
    return not (set(old) <= set(new) or set(new) <= set(old))


def other_name(toks, k: int, a: int, known) -> bool:
    """Round 15: a capitalised name word right before token k, inside the mention, that the known
    organisation or outlet's name lacks: "der Fahrgastverband Pro Bahn" after "Die Deutsche Bahn" is
    another organisation (a person's first name before a known surname is not: "Donald Trump")."""
    if known.type not in ("organization", "media") or k - 1 < a:
        return False
    prev = toks[k - 1]
    words = (known.name or "").lower().split()
    return prev.text[:1].isupper() and prev.pos in ("PROPN", "NOUN", "") and prev.text.lower() not in words


def speaker_noun_de(word: str) -> bool:
    """A noun for people from either list ("Sprecher", "Chefredakteur", "Korrespondentin")."""
    from .speakers import is_person_noun  # late: speakers imports this module

    return is_person_noun(word) or extra_person_noun(word)




def someone_of(toks, a: int, k: int) -> bool:
    """Round 18: a person noun before the name k, tied to it by "von" or a genitive article ("Ein Sprecher
    von Pistorius", "die Anwältin des Angeklagten Müller"): the name is whom they belong to."""
    return any(
        speaker_noun_de(toks[j].text) and (toks[j + 1].text.lower() in ("von", "des", "der") or (
            toks[j + 1].text.lower() in ("aus", "vom") and toks[j].text.lower() not in ("die", "der", "das")))
        for j in range(a, k - 1)
    )  # s34: "Ein Delegierter aus dem Kreisverband Pinneberg" after the Kreisverband spoke


RELATION_NOUNS = frozenset(
    "freund freundin vertrauter vertraute vertrauten ehefrau ehemann frau tochter sohn bruder schwester".split()
)
"""S9: people named by whom they belong to ("ein enger Freund Trumps")."""


FOLLOWER_NOUNS = frozenset("""kritiker kritikerin kritikerinnen gegner gegnerin gegnerinnen anhänger anhängerin
    anhängerinnen fans unterstützer unterstützerin unterstützerinnen befürworter befürworterin befürworterinnen
    verehrer wähler wählerinnen""".split())
"""S12: people named by whom they are for or against ("Kritiker des NetzDG", "Anhänger Trumps", "Gegner von
Trump"): the name is not the speaker."""
OF_WORDS = frozenset("des der von vom dem den".split())


def owner_name(toks, a: int, k: int) -> bool:
    """S9: the name at k names whom a person noun before it belongs to — a genitive name right after the noun
    ("Ein Sprecher Selenskyjs", "Ein enger Freund Trumps") or the apposition of a genitive person noun ("Ein
    Berater des Präsidenten Selenskyj", "Die Anwältin des Angeklagten Peter M."); not "Der Präsident der
    Ukraine Wolodymyr Selenskyj", whose genitive names no person."""
    for j in range(a, k):
        if toks[j].text.lower() in FOLLOWER_NOUNS and k - j <= 3 and all(
                t.text.lower() in OF_WORDS or t.pos == "ADJ" for t in toks[j + 1 : k]) and (k - j > 1 or (
                toks[k].text.endswith("s") and (k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper()))):
            return True  # s23: but "Der Kritiker Hartmut Voigtländer" is named
        if not (speaker_noun_de(toks[j].text) or toks[j].text.lower() in RELATION_NOUNS):
            continue
        if j + 1 == k and toks[k].text.endswith("s") and len(toks[k].text) > 4 and (
            k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper()
        ):
            return True
        h = k - 1
        if toks[j + 1].text.lower() in ("des", "der") and h > j + 1 and speaker_noun_de(toks[h].text) and not any(
                t.text == "," for t in toks[j + 1 : h]) and toks[h - 1].text.lower() not in ("und", "sowie"):
            return True  # s24: "die Leiterin der Untersuchung, Rechtsanwältin X"; s32: not "die Kulturdezernentin
            # der Stadt und Aufsichtsratsvorsitzende Petra Lindemann", her second office
    return False


def other_person(existing, name: str) -> bool:
    """S7: two full names that share the surname but not the first name ("Max von Thun", then "Jane Thun";
    "Olaf Scholz", then "Britta Scholz") are two people."""
    old, new = (existing.name or "").split(), name.split()
    return existing.type == "person" and len(old) > 1 and len(new) > 1 and old[0].lower() != new[0].lower()


def other_first_name(toks, k: int, a: int, known) -> bool:
    """S7: the known surname at token k follows a first name that is not the known person's ("Jane Thun"
    after "Max von Thun")."""
    if k - 1 < a or not toks[k - 1].text[:1].isupper() or toks[k - 1].pos not in ("PROPN", ""):
        return False
    from .names import known_first_name  # names imports this module
    from .speakers import is_person_noun, is_person_role  # speakers imports this module

    name = (known.name or "").split()
    if len(name) > 1 and known_first_name(name[0]) and not known_first_name(toks[k - 1].text) and (
            is_person_noun(toks[k - 1].text) or is_person_role(toks[k - 1].text)):
        return False  # s27: "Dokumentar Geicke" (tagged a name) after "André Geicke": a title, not a first name
    return other_person(known, f"{toks[k - 1].text} {toks[k].text}") and toks[k - 1].text not in (known.name or "")

