"""German descriptions that point back (session 24, moved out of sources.py): a trade epithet for the expert just
named ("Der Endokrinologe betont …", "sagte die Oberärztin") and "das Ministerium", "das Gericht" for the compound
named a few sentences before ("aus dem Bundesgesundheitsministerium", "Das Landgericht München I")."""

from __future__ import annotations

from .event import merge_source, speaking_sources
from .lexicon import ORG_HEADS
from .names import org_word
from .outlet_mentions import outlet_named_before
from .phrases import np_tokens
from .speakers import COURT_ROLES, is_person_role, lexicon_person_noun


def trade_epithet(lows: list[str], head: str) -> bool:
    """A singular definite trade noun ("Der Endokrinologe", "die Oberärztin"; not "Die Anwälte", "Die Zuhörer")."""
    return (lows[0] in ("der", "dem", "des") or (lows[0] == "die" and head.endswith(("in", "hebamme")))) and (
        profession(head))  # s29: "kritisierte die Hebamme" (feminine without "-in")


def profession(head: str) -> bool:
    """S24: a trade noun for one person ("Endokrinologe", "Oberärztin", "Sportrechtler"), not a plain person noun."""
    h = head.lower().rsplit("-", 1)[-1]
    if party_epithet(head):
        return True  # "Der Christdemokrat" (no "-rat" council); s26: "schrieb der Liberale"
    if h.endswith(ORG_HEADS) or h.endswith(("rat", "räte")):
        return False  # "der Betriebsrat", "die Kanzlei": a body
    if h.startswith(COURT_ROLES):
        return False  # "Der Kläger": a party to a trial, often unnamed
    return h.endswith(TRADE_TAILS)  # not "der Mann", "die Zuhörer", "die Verfasserin" (any person, not a trade)


INDEFINITE_DE = frozenset("ein eine einer einem einen eines".split())


def introduced_unnamed(doc, a: int, head: str) -> int | None:
    """S31: where the noun of the description at token a was introduced without a name in the sentence before or
    its own ("… von einem niederländischen Sicherheitsforscher entdeckt. Der Forscher, der …, schrieb"): someone
    new; None when it was not (or a name follows it: "eine Forscherin der Universität, Anna Berg,")."""
    toks = doc.tokens
    s = toks[a].sent
    lo = doc.sentences[s - 1].first if s > 0 else doc.sentences[s].first
    tail = head.lower().removesuffix("in")
    for k in range(lo, a):
        if toks[k].pos == "NOUN" and toks[k].text.lower().removesuffix("in").endswith(tail):
            j = k - 1
            while j >= lo and toks[j].tag in ("ADJA", "ADV", "CARD"):
                j -= 1
            after = toks[k + 2] if k + 2 < a and toks[k + 1].text == "," else toks[k + 1]  # "…, Anna Berg,"
            named = after.pos == "PROPN" or after.ent.endswith("PER") or _named_by_genitive(toks, k, a)
            if j >= lo and toks[j].text.lower() in INDEFINITE_DE and not named:
                return k
    return None


def _named_by_genitive(toks, k: int, a: int) -> bool:
    """ "eine Forscherin der Universität Bonn, Anna Berg": the name after the genitive's comma."""
    j = k + 1
    while j < min(a, k + 8) and toks[j].text != ",":
        j += 1
    return j + 1 < a and toks[j].text == "," and (toks[j + 1].pos == "PROPN" or toks[j + 1].ent.endswith("PER"))


def party_epithet(head: str) -> bool:
    """A party member's noun ("Christdemokrat", "Sozialdemokratin", "der Liberale", "der Republikaner"; s29: "der
    SPD-Mann", "die CSU-Frau")."""
    low = head.lower()
    return low.endswith(("demokrat", "demokratin", "liberale", "liberalen", "republikaner", "republikanerin")) or (
        "-" in low and low.rsplit("-", 1)[1] in ("mann", "frau") and low.split("-", 1)[0] in PARTIES)


PARTIES = frozenset("spd cdu csu fdp afd grünen grüne linken linke bsw övp spö fpö neos svp sp".split())
"""Party names before "-Mann"/"-Frau" in a party member's epithet (German, Austrian, Swiss)."""


TRADE_TAILS = ("loge", "login", "ärztin", "arzt", "rätin", "rechtler", "rechtlerin", "mediziner", "medizinerin",
               "demokrat", "demokratin", "sozialist", "sozialistin",  # "Der Christdemokrat", "die Sozialdemokratin"
               "apotheker", "apothekerin", "ökonom", "ökonomin", "wissenschaftler", "wissenschaftlerin", "forscher",
               "forscherin", "ingenieur", "ingenieurin", "architekt", "architektin", "pfleger", "pflegerin",
               "therapeut", "therapeutin", "psychiater", "psychiaterin",  # s25: "Die Apothekerin aus Celle berichtete"
               "schützer", "schützerin",  # s25: "Die Verbraucherschützerin riet" after "Energieexpertin Yvonne Hartig"
               "offizier", "offizierin",  # s26: "sagte der Offizier" after "Oberst Wadym Lyssenko"
               "oberst", "major", "hauptmann", "leutnant", "kommandeur", "kommandeurin",  # s28: "betonte der Oberst"
               "professor", "professorin", "dozent", "dozentin",  # s28: "sagte die Professorin der Hochschule"
               "internist", "internistin", "chirurg", "chirurgin", "anästhesist", "anästhesistin",  # "die Internistin"
               "analyst", "analystin", "diplomat", "diplomatin", "hebamme",
               "regisseur", "regisseurin", "rentner", "rentnerin", "schauspieler", "schauspielerin", "musiker",
               "musikerin", "sänger", "sängerin", "künstler", "künstlerin", "landwirt", "landwirtin", "fotograf",
               "fotografin", "pfarrer", "pfarrerin", "schriftsteller", "schriftstellerin", "dirigent", "dirigentin",
               "unternehmer", "unternehmerin", "experte", "expertin", "lehrer", "lehrerin",  # s30: "Fußballlehrer"
               "graf", "grafin",  # s30: "die Ozeanografin"
               "stürmer", "stürmerin", "angreifer", "angreiferin", "verteidiger", "verteidigerin", "torhüter",
               "torhüterin", "torwart", "spieler", "spielerin", "linkshänder", "rechtshänder", "kapitän",
               "kapitänin", "fahrer", "fahrerin", "pilot", "pilotin", "athlet", "athletin", "sportler", "sportlerin",
               "student", "studentin",  # s31: "Der 23-jährige Student sucht …"
               "youngster", "routinier",  # s34: "Lindqvists Vertreter, der 20-jährige Jannik Rost, …. „…“, sagte der
               # Youngster"
               "familienvater", "familienmutter",  # s32: "Dennis K. hatte … gestanden. …, sagte der Familienvater"
               "manager", "managerin",  # s32: "Personalvorständin Miriam Faust wandte sich …. …, schrieb die Managerin"
               "informatiker", "informatikerin", "physiker", "physikerin", "chemiker", "chemikerin", "mathematiker",
               "mathematikerin", "historiker", "historikerin")  # s31: "Mitautor X …. „…“, sagte der Informatiker"
"""S24: trade nouns that wire copy uses for the expert it has just named ("Der Endokrinologe betont …"). S29: also
"sagte der Analyst" after "Der Sicherheitsexperte Markus Hallberg", "der Diplomat" after "Der ukrainische Botschafter
…, Oleh Kowalenko,", "erzählte die Rentnerin" after "Anwohnerin Gabriele Moosbauer", "sagte die Regisseurin". S30:
sports and business copy ("sagte der Stürmer nach dem Spiel", "der Linkshänder", "ließ der Fußballlehrer mitteilen",
"der Unternehmer aus Heilbronn")."""


def about_described(doc, si: int) -> int:
    """S30: the sentence before `si` as well when sentence `si` opens with a description of someone ("Angreifer
    Daniel Okafor hat … geführt. Der 26-Jährige traf …. „…“, sagte der Stürmer"): both are about the one person."""
    toks, first = doc.tokens, doc.sentences[si].first
    if si > 0 and any(t.text in ("er", "sie") and t.tag == "PPER" for t in toks[first : min(first + 6, len(toks))]):
        return si - 1  # s32: "Brenneke, … saß … im Landtag. Als Kultusminister setzte er …. …, hatte der
        # Sozialdemokrat gesagt": a sentence about "er" is about the one named before it
    if si == 0 or first + 1 >= len(toks) or toks[first].text not in ("Der", "Die"):
        return si
    k = first + (3 if first + 3 < len(toks) and toks[first + 2].text == "-" else 1)  # "Der 26 - Jährige"
    word = toks[k].text.lower()
    return si - 1 if word.endswith(("jährige", "jähriger")) or profession(word) else si


def past_own_message(doc, a: int) -> int:
    """Where a description at token a looks back for the person it names: before its sentence when it follows the
    verb of a cue after a comma (the clause before is its message, whose names are someone else: "Der 23-jährige
    Hasan E. habe …, erklärte der Staatsanwalt"); else from a itself. German only."""
    toks = doc.tokens
    if doc.language != "de" or a < 2 or toks[a - 1].pos not in ("VERB", "AUX") or toks[a - 2].text != ",":
        return a
    return doc.sentences[toks[a].sent].first


def titled_opening(doc, a: int) -> bool:
    """S30: the sentence before token a's opens with a role and a person's name ("Bundesrätin Claudia Moser-Rüegg
    zeigte sich … nachdenklich. «…», sagte die Vorsteherin des Eidgenössischen Departements des Innern")."""
    si = doc.tokens[a].sent
    if si == 0:
        return False
    toks, first = doc.tokens, doc.sentences[si - 1].first
    return first + 2 < a and toks[first].pos in ("NOUN", "PROPN") and is_person_role(toks[first].text) and toks[
        first + 1].ent.endswith("PER")  # s32: "Bundesrätin Claudia Imhof" tagged one person, the role included


COMPOUND_BODIES = ("ministerium", "gericht", "institut", "verband", "wehr", "amt", "fonds", "agentur")
# s25: "Der Verband bestreitet das" after "der Sparkassenverband Niedersachsen"; s28: "die Wehr" (Feuerwehr), "das
# Amt" (Gesundheitsamt), "der Fonds" (Währungsfonds)
"""S24: body nouns whose compound ("Bundesgesundheitsministerium") a plain "das Ministerium" refers back to."""
COMPOUND_ARTICLES = frozenset("das des dem der den die".split())
"""Articles before a body noun that may point back to a compound ("Das Ministerium", s25: "Der Verband") or to a name
it opens ("Die Diakonie")."""
COMPOUND_REACH = 250
"""Tokens back that such a compound is looked for."""


def compound_body_at(toks, a: int, head: str) -> int | None:
    """The token of the compound noun for a body named shortly before token a ("Bundesgesundheitsministerium" for
    "das Ministerium"), or None."""
    stem = next((s for s in COMPOUND_BODIES if head in (s, s + "s", s + "es")), None)
    if stem is None:
        return None
    for k in range(a - 1, max(0, a - COMPOUND_REACH) - 1, -1):
        low = toks[k].text.lower()
        if toks[k].pos in ("NOUN", "PROPN") and low.endswith((stem, stem + "s", stem + "es")) and (
                len(low) > len(stem) + 3):
            return k
    return None


def compound_body_before(table, doc, a: int, head: str, k: int | None = None):
    """The body a compound noun named shortly before token a ("Bundesgesundheitsministerium" for "das Ministerium",
    "Landgericht" for "das Gericht"), as an organisation; None when there is none. `k`: the compound's token, when
    `compound_body_at` found it already."""
    toks = doc.tokens
    k = compound_body_at(toks, a, head) if k is None else k
    if k is None:
        return None
    low = toks[k].text.lower()
    stem = next(s for s in COMPOUND_BODIES if head in (s, s + "s", s + "es"))
    b = np_tokens(toks, k, k, doc.sentences[toks[k].sent].last)[1]  # "Landgericht München I"
    b = next((j for j in range(k + 1, b) if toks[j].text == ","), b)  # s28: not the name in apposition after it
    back = table.resolve(doc, k, b)
    if back.type != "organization":
        return None
    if back.name is None:  # a compound the typing left unnamed: its nominative names it
        word = toks[k].text
        back.name = word[: len(word) - len(low) + low.rindex(stem) + len(stem)]
    return back


def agency_named_before(table, doc, a: int, head: str):
    """S29: "Die Ratingagentur Moody's hat … gesenkt. …, teilte die Agentur mit": "die Agentur" after a compound for
    an agency that is no news agency, named after the last outlet, is that agency; else None."""
    if head not in ("agentur", "agency") or doc.language != "de":
        return None
    k = compound_body_at(doc.tokens, a, "agentur")
    if k is None or doc.tokens[k].text.lower().startswith(NEWS_AGENCIES):
        return None
    last = table.last("media")
    if last is not None and last.mentions and last.mentions[-1].start > doc.tokens[k].start:
        return None
    return compound_body_before(table, doc, a, "agentur", k)


NEWS_AGENCIES = ("nachrichten", "presse", "bild", "foto", "medien")


REPORT_NOUNS = frozenset(
    "bericht berichts berichte berichten artikel artikels beitrag beitrags reportage recherchen".split())
"""An outlet's own piece: "der Bericht" right after "Politico berichtet" is Politico's."""
REPORT_WORDS = ("bericht", "artikel", "beitrag", "recherche")


def own_piece(table, doc, a: int, span, head: str):
    """The outlet (or post) whose piece "der Bericht", "den Recherchen", "dem Beitrag" is: the last report the
    article cited, a document only when it is itself a report ("dem Bericht zufolge" after "… aus internen
    E-Mails hervor, die dem „Spiegel“ vorliegen" is the paper's, s24), a post for "Beitrag"; s31: an outlet the
    sentence before names ("Das chinesische Staatsfernsehen CCTV zeigte Aufnahmen. …, hieß es in dem Bericht");
    else None."""
    if (same := _same_document(table, span, head)) is not None:
        return same  # s33: "In einem vertraulichen Bericht …, der dem „Handelsblatt“ vorliegt, heißt es …. Laut dem
        # Bericht …": the report, not the paper that has it
    if (named := outlet_named_before(table, doc, a)) is not None:
        return named
    prev = table.last("media", "document")
    if prev is not None and prev.type == "document" and not any(
            w in (prev.description or "").lower() for w in REPORT_WORDS):
        prev = table.last("media")
    if prev is not None and prev.type == "media" and span.start - prev.mentions[-1].start <= 1500:
        return prev
    post = table.last("social_post")
    if head.startswith("beitrag") and post is not None and post.mentions and (
            span.start - post.mentions[-1].start <= 600):
        return post  # s24: "In dem Beitrag heißt es" after "in einem gemeinsamen Instagram-Post"
    return None


def _same_document(table, span, head: str):
    """The last document, mentioned up to 600 characters back, that the text called by the same noun ("einem
    vertraulichen Bericht" … "dem Bericht"), or None."""
    stem = next((w for w in REPORT_WORDS if head.startswith(w)), None)
    prev = table.last("document")
    if stem is None or prev is None or not prev.mentions or span.start - prev.mentions[-1].start > 600:
        return None
    return prev if any(stem in m.text.lower().split()[-1] for m in prev.mentions) else None


FAR_EPITHETS = ("jährige", "jähriger", "chef", "chefin", "jurist", "juristin", "mediziner", "medizinerin")
"""Epithets that reach back past a sentence for the person named ("der 48-Jährige", s21: "der Rathauschef")."""
INDEFINITE = frozenset("ein eine einer einem einen".split())


def someone_new(toks, heads: list, b: int) -> bool:
    """S24: "Der Anwalt eines Beschuldigten": a role noun with an indefinite genitive introduces someone new."""
    return bool(heads) and heads[0].i + 1 < b and toks[heads[0].i + 1].text.lower() in ("eines", "einer")


def person_noun_tagged_name(toks, t, a: int, first_word: str) -> bool:
    """S24: "eine 29-jährige Passagierin", "die 41-jährige Altenpflegerin": a person noun the tagger took for a
    name, after an indefinite article or an adjective: no name."""
    prev = toks[t.i - 1]
    return t.tag == "NN" and prev.pos != "PROPN" and (first_word in INDEFINITE or t.i > a and prev.tag == "ADJA" and (
        prev.text[:1].islower())) and lexicon_person_noun(t.text.lower())


def named_later(events: list, table) -> None:
    """S25: "Zeugin spricht von „Geisterschichten“ … so die Zeugin. … Die Zeugin, Sandra K., schilderte …": an unnamed
    person the text calls only "die Zeugin" is the one it later names with that word in apposition."""
    people = [s for s in table.sources if s.type == "person" and s.name]
    for src in speaking_sources(events):
        if src.type != "anonymous" or src.count not in (None, 1) or not src.mentions:
            continue
        heads = {_definite_head(m.text) for m in src.mentions}
        head = heads.pop() if len(heads) == 1 else None
        if head is None or not lexicon_person_noun(head):
            continue
        named = [p for p in people if any(_apposed(m.text, head, p.name) for m in p.mentions)]
        if len(named) != 1:
            continue
        merge_source(events, table, src, named[0])


def described_before(events: list, table) -> None:
    """S29: "Markus Heller, der Enkel des Firmengründers, hat … kritisiert. …, sagte der Enkel des Firmengründers": an
    unnamed speaker described with the very words a named person's apposition used is that person."""
    people = [s for s in table.sources if s.type == "person" and s.name]
    for src in speaking_sources(events):
        if src.type != "anonymous" or src.count not in (None, 1) or len(src.mentions) != 1:
            continue
        words = src.mentions[0].text.lower().split()
        if len(words) < 3 or words[0] not in ("der", "die", "dem", "den", "des"):
            continue
        desc = " " + " ".join(words[1:])
        named = [p for p in people if any(", " in m.text and _apposition(m.text).endswith(desc) for m in p.mentions)]
        if len(named) == 1:
            merge_source(events, table, src, named[0])


def _apposition(text: str) -> str:
    """ "markus heller, der enkel des firmengründers" -> " enkel des firmengründers" (the article dropped)."""
    rest = text.lower().split(", ", 1)[1].split()
    return " " + " ".join(rest[1:] if rest and rest[0] in ("der", "die", "dem", "den", "des") else rest)


def _definite_head(text: str) -> str | None:
    """The noun of a bare or definite one-noun description ("Zeugin", "die Zeugin"), else None."""
    words = text.lower().split()
    if words and words[0] in ("der", "die", "dem", "den", "des"):
        words = words[1:]
    return words[0] if len(words) == 1 and words[0].isalpha() else None


def _apposed(text: str, head: str, name: str) -> bool:
    """ "Die Zeugin, Sandra K." or "Zeugin Sandra K.": the name with that noun right before it."""
    low = text.lower().replace(",", " ").split()
    if low and low[0] in ("der", "die", "dem", "den", "des"):
        low = low[1:]
    return len(low) >= 2 and low[0] == head and " ".join(low[1:]) == name.lower().replace(",", " ").strip()


def owned_document(toks, head, name) -> bool:
    """S25: figures with their owner's name in the genitive after them ("Berechnungen der EU-Kommission", "nach
    Zahlen des Ifo-Instituts"): the figures are the source (a document, as the gold set marks them); a study or a
    statement of a named body stays the body's ("einer Studie des Instituts für X": earlier rounds' choice)."""
    h = head.text.lower().rsplit("-", 1)[-1]
    return head.i < name.i and h.startswith(FIGURES) and toks[head.i + 1].text.lower() in ("des", "der") and (
        name.i - head.i <= 4 or name.i - head.i <= 7 and all(t.text != "," for t in toks[head.i : name.i])
    )  # s31: "Daten der Wasserstraßen- und Schifffahrtsverwaltung des Bundes"


FIGURES = ("berechnung", "hochrechnung", "zahlen", "daten", "statistik")


def name_opening(table, doc, a: int, tok):
    """S25: "Die Diakonie forderte" after "Die Diakonie Deutschland kritisierte": a capitalised noun that opens the
    name of an organisation of several words named shortly before is that organisation; None otherwise."""
    word, at = tok.text, doc.tokens[a].start
    if not word[:1].isupper() or not word.isalpha():
        return None
    for src in reversed(table.sources):
        if src.type == "organization" and src.name and " " in src.name and src.name.split()[0] == word and any(
                0 <= at - m.start <= 2000 for m in src.mentions):
            return src
    return _same_body_noun(table, doc, a, tok)


def _same_body_noun(table, doc, a: int, tok):
    """S30: "schrieb die Botschaft" after "Die russische Botschaft in Berlin hat … verbreitet": the body a definite
    phrase with the same noun named shortly before (not yet as a speaker) is that body."""
    toks = doc.tokens
    if not org_word(tok.text):
        return None
    for k in range(a - 1, max(0, a - COMPOUND_REACH) - 1, -1):
        if toks[k].text not in (tok.text, tok.text + "s", tok.text + "es") or toks[k].pos not in ("NOUN", "PROPN") or (
                k < 2 or toks[k].pos == "PROPN" and toks[k].text == tok.text):
            continue  # s34: the genitive "des Verbands (PROPN) Deutscher Verkehrsunternehmen" heads a name
        s = toks[k].sent
        if toks[k - 1].tag == "ADJA" and toks[k - 2].text.lower() in COMPOUND_ARTICLES:
            back = table.resolve(doc, k - 2, np_tokens(toks, k, doc.sentences[s].first, doc.sentences[s].last)[1])
            return back if back.type == "organization" else None
        if toks[k - 1].tag == "ART" and k + 1 < a and toks[k + 1].text[:1].isupper() and toks[k].text != tok.text:
            back = table.resolve(doc, k - 1, np_tokens(toks, k, doc.sentences[s].first, doc.sentences[s].last)[1])
            return back if back.type == "organization" and back.name else None  # s34: "Der Verband warnte" after
            # "im Auftrag des Verbands Deutscher Verkehrsunternehmen (VDV)"
        if toks[k - 1].tag == "APPRART" and k + 1 < a and toks[k + 1].pos == "PROPN":  # s31: "Studienleiterin X
            back = table.resolve(doc, k, k + 2)  # vom Universitätsklinikum Tübingen. …, wie das Universitätsklinikum …"
            return back if back.type == "organization" else None
    return None


def relative_on_name(toks, a: int) -> bool:
    """S27: the epithet at a opens a relative clause right after a person's name ("ein Video von Dana Wolff, in dem
    die 31-Jährige behauptete"): the name, though after a preposition, is the person described."""
    k = a - 1
    if k >= 0 and toks[k].tag in ("PRELS", "PRELAT"):
        k -= 1
    if k >= 0 and toks[k].tag == "APPR":
        k -= 1
    return k >= 1 and k < a - 1 and toks[k].text == "," and toks[k - 1].tag == "NE"



AGED_REACH = 90
"""S27: tokens back to the woman "die 44-Jährige" describes, past a man named in between (s34: and to the man "der
61-Jährige" describes, past a woman)."""


AGE_REACH = 400
"""S28: tokens back to "der 49-jährige Markus L." for a later "der 49-Jährige"."""


def same_age_name(toks, a: int, age: str) -> tuple[int, int] | None:
    """S28: "Der 49-jährige Markus L. erhielt …" and paragraphs later "Der 49-Jährige hatte eingeräumt": the
    person introduced with the same age, however far back; the token range of the name, or None."""
    number = age.split("-", 1)[0]
    for k in range(a - 1, max(0, a - AGE_REACH), -1):
        low = toks[k].text.lower()
        split = low.startswith("jährig") and k >= 2 and toks[k - 1].text == "-" and toks[k - 2].text == number
        if not (low.startswith(number + "-jährig") or split) or toks[k].text[:1].isupper():
            continue  # "49-jährige" or "49 - jährige" before a name, not the noun "49-Jährige" itself
        e = k + 1
        while e < len(toks) and (toks[e].pos == "PROPN" or toks[e].ent.endswith("PER") or (
                e > k + 1 and len(toks[e].text) == 2 and toks[e].text.endswith(".") and toks[e].text[0].isupper())):
            e += 1  # "Markus L.": the initial of the surname
        if e > k + 1:
            return k + 1, e
    return None
