"""Cue lexicons: which words introduce reported speech, writing or thought.

German verb cues come from two places: a hand list of speech/thought/writing lemmas (used when the
language layer gives lemmas) and word forms mined from the SpkAtt training splits
(`data/attribution/cues_de*.tsv`, `cue_lemmas_de*.tsv`, built by training/attribution_cues.py and
attribution_lemmas.py), which also cover inflections when no lemma is available. The mined lists come
in two variants (`LEXICONS`): "open" (GePaDe, CC0: the default engine "rules") and "news" (adds the
CC BY-NC-SA SpkAtt news counts: engine "rules-news"); the engine activates one per run.
Prepositional cues ("laut", "zufolge", "nach Angaben")
and English cues are closed classes and listed here.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

SPEECH_LEMMAS_DE = frozenset(
    """
sagen erklären betonen berichten zitieren warnen fordern einräumen twittern schreiben glauben befürchten infragestellen
fürchten mitteilen ankündigen bekanntgeben bestätigen dementieren behaupten meinen fragen antworten
kritisieren vorwerfen hinweisen unterstreichen hervorheben versichern erläutern ergänzen hinzufügen
bekräftigen verkünden melden verlauten vermuten bezweifeln bestreiten zurückweisen argumentieren beklagen
mahnen appellieren verlangen drohen versprechen informieren darlegen feststellen einschätzen hoffen
beteuern widersprechen kommentieren äußern erinnern vorschlagen empfehlen raten bitten auffordern
klarstellen zugeben gestehen schildern beschreiben prognostizieren schätzen vorhersagen anmerken bemerken
posten ausgehen annehmen denken finden kündigen zweifeln spekulieren urteilen sprechen beteuern verweisen
entgegnen erwidern ausführen angeben anprangern skandieren hervorgehen bilanzieren resümieren monieren rügen loben
begrüßen ablehnen anzweifeln beschuldigen besagen aussagen
befinden folgern schließen vorrechnen wissen zusichern zusagen androhen bezeichnen nennen bemängeln
verraten signalisieren einwenden ausschließen offenlassen
kontern prophezeien mutmaßen präzisieren relativieren richtigstellen unterstellen schlussfolgern insistieren
beharren ausrichten klagen
bekunden beipflichten protestieren einwerfen nachhaken konstatieren attestieren bescheinigen abstreiten
beschwichtigen nahelegen abraten geloben schwören garantieren eingestehen andeuten verdeutlichen anfügen
nachtragen widerrufen beziffern vermelden scherzen spotten witzeln wettern poltern schimpfen jubeln schwärmen
lästern seufzen frotzeln sticheln skizzieren ermahnen zugestehen vorhalten entgegenhalten verlautbaren kundtun
ankreiden bezichtigen anschuldigen hochrechnen bedauern aufrufen enthüllen ausdrücken
ausrechnen zurufen rechtfertigen dagegenhalten würdigen
""".split()
)
"""The hand list (round 18 added "kontern", "prophezeien", "beharren", "ausrichten" …; s32 "würdigen": "würdigte ihn
als „…“")."""

SPEECH_EN = frozenset(
    """
said say says saying told tell tells added stated states wrote write writes claimed claims warned warns
argued argues noted notes announced announces explained explains insisted insists asked asks
acknowledged admitted believes believe believed thinks think thought suggested suggests reported reports
confirmed confirms denied denies tweeted posted according reportedly estimated estimates predicted
concluded alleged alleges stressed emphasized emphasised urged urges recalled cautioned countered replied
speculated speculate suspect suspects suspected fear fears feared worried complained complains grumbled
grumble grumbles grumbling complaining
conceded concedes testified declared declares accused accuses criticized criticised questioned
acknowledges admits argue contend contends contended maintained maintains observed predicts adding noting
recalls recall recounted recounts remembers explained remarked remarks quipped joked hopes hoped
welcomed welcomes praised praises condemned condemns rejected rejects dismissed dismisses
boasted boasts lamented laments bemoaned asserted asserts hinted hints
exclaimed whispered mused signalled signaled reiterated reiterates affirmed underlined
underscored retorted protested pleaded reckoned reckons wondered proclaimed confessed disputed called calls
described describes describing
""".split()
)

THAT_CUES_EN = frozenset("found finds showed shows revealed reveals indicated indicates".split())
"""English verbs that report a finding only with a that-clause: "The report found that …"."""

PLURAL_PRESENT_EN = frozenset(
    "insist claim warn maintain estimate acknowledge admit deny suggest predict concede".split()
)
"""S7: base forms whose -s forms are cues: a cue only as a finite present verb ("Experts warn …")."""
ALWAYS_VERBS_EN = frozenset("said say says told tells added stated warned argued insisted acknowledged".split())
"""English cue forms that are verbs whatever the tagger says (unlike "reports", "claims", "notes")."""

PARTICLES_DE = frozenset(
    "mit an hin zu fest bekannt ab aus auf vor ein dar fort hinzu zurück nach vorher klar bei hervor offen "
    "infrage dagegen".split()
)
"""Separable verb particles: "teilte ... mit" = mitteilen (s27: and "forderte ... auf" = auffordern)."""

SOURCE_NOUNS_DE = frozenset(
    "angaben informationen ansicht meinung auffassung einschätzung darstellung worten aussage aussagen "
    "erkenntnissen schätzungen berechnungen vernehmen überzeugung sicht "
    "auskunft zählung zählungen schilderung schilderungen beobachtungen lesart darstellungen einschätzungen".split()
)
"""Nouns after "nach" that make it a cue: "nach Angaben der Polizei"."""

AFTER_CUES_DE = frozenset({"zufolge", "gemäß", "gemäss"})
"""Postpositions whose source comes before them: "der Polizei zufolge"."""

SUBJECT_WORDS = frozenset("er sie es ich wir ihr he she they it we i".split())

_BAD_FORMS = frozenset(
    "die der das und in zu mit von auf den ist es sich nicht ein eine des im dem für an sie er bei auch "
    "als hat wird werden wurde noch aus nur so wie um wonach dass ob davon darauf dafür".split()
)
"""Mined forms that are too frequent to be cues on their own (kept out regardless of the counts)."""

MIN_NEWS_RATE = 0.3
MIN_PARL_COUNT = 3
MIN_PARL_RATE = 0.6
"""A parliament-only form is trusted (as a verb) when GePaDe's annotators marked it ≥ 3 times, ≥ 60 %."""

LEXICONS = {"open": ("cues_de.open.tsv", "cue_lemmas_de.open.tsv"), "news": ("cues_de.tsv", "cue_lemmas_de.tsv")}
"""Lexicon variants: "open" holds GePaDe (CC0) counts only; "news" adds the SpkAtt news counts
(CC BY-NC-SA 4.0). See data/attribution/CARD.md."""
ENGINE_LEXICON = {"rules-news": "news", "learned-news": "news"}
"""Engine name (settings.attribution_engine) -> lexicon variant; every other name gets "open"."""


@dataclass(frozen=True)
class Lexicon:
    """The mined part of the German cue lexicon (the hand lists are shared by every variant)."""

    name: str
    forms: frozenset[str]
    lemmas: frozenset[str]


def _rows(filename: str):
    path = resources.files("reportedly.data").joinpath("attribution/" + filename)
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) == 3:  # open file: form, parl_cue, parl_total
            cols = [cols[0], "0", "0", cols[1], cols[2]]
        yield cols[0], *map(int, cols[1:])


def _mined_forms(filename: str) -> frozenset[str]:
    out = set()
    for form, nc, nt, pc, pt in _rows(filename):
        if form in _BAD_FORMS:
            continue
        if nc >= 2 and nc / max(nt, 1) >= MIN_NEWS_RATE:
            out.add(form)
        elif nt <= 2 and pc >= MIN_PARL_COUNT and pc / max(pt, 1) >= MIN_PARL_RATE and form[:1].islower():
            out.add("~" + form)  # parliament-only: trusted only when the token is a verb
    return frozenset(out)


MIN_LEMMA_COUNT = 5
MIN_LEMMA_RATE = 0.6
MIN_NEWS_LEMMA_RATE = 0.3
"""A lemma that news annotators rarely mark ("wissen": 2 of 14) is no cue in news, however often
parliament's annotators mark it."""
OPEN_LEMMA_BLOCK = frozenset(
    "wissen zeigen verstehen sehen kennen beschäftigen vorliegen erlauben unterzeichnen verhandeln vorlegen erkennen"
    .split()
)
"""Without news counts to veto them: lemmas parliament's annotators mark that are rarely speech in news
(a hand list, no corpus data). S15 added the last five, each an unmatched cue two to four times on SpkAtt's
tune split and never a matched one ("Das Rauchen ist in Bars erlaubt", "Putin unterzeichnete ein Gesetz")."""
OPEN_NON_CUES = frozenset("stellen finden schließen".split())
"""Round 12: as participles these are rarely speech in news ("hat ein Ultimatum gestellt", "die Leiche
gefunden"), unlike "stellen sich die Frage", "findet, dass"; "verbieten" never is (a hand list). Round 13:
"geschlossen" ("Lücken werden geschlossen", "Schulen blieben geschlossen"), unlike "schloss daraus, dass"."""


def _mined_lemmas(filename: str) -> frozenset[str]:
    out = set()
    for lemma, nc, nt, pc, pt in _rows(filename):
        if nt >= 5 and nc / nt < MIN_NEWS_LEMMA_RATE:
            continue
        if nt == 0 and lemma in OPEN_LEMMA_BLOCK:
            continue
        if nc + pc >= MIN_LEMMA_COUNT and (nc + pc) / max(nt + pt, 1) >= MIN_LEMMA_RATE:
            out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=2)
def load_lexicon(variant: str = "open") -> Lexicon:
    """Load one lexicon variant ("open" | "news")."""
    forms, lemmas = LEXICONS[variant]
    return Lexicon(variant, _mined_forms(forms), _mined_lemmas(lemmas))


def lexicon_for(engine: str | None) -> str:
    """The lexicon variant an engine name uses ("rules-news" -> "news"; "rules" and the rest -> "open")."""
    return ENGINE_LEXICON.get(engine or "rules", "open")


_ACTIVE: ContextVar[Lexicon | None] = ContextVar("attribution_lexicon", default=None)


def active_lexicon() -> Lexicon:
    """The lexicon of the attribution run in progress (engine.attribute sets it), else the open default."""
    return _ACTIVE.get() or load_lexicon("open")


@contextmanager
def using_lexicon(lex: Lexicon):
    token = _ACTIVE.set(lex)
    try:
        yield lex
    finally:
        _ACTIVE.reset(token)


def mined_cues_de(variant: str | None = None) -> frozenset[str]:
    """Word forms that annotators marked as cues often enough (the active variant unless named)."""
    return (load_lexicon(variant) if variant else active_lexicon()).forms


def mined_lemmas_de(variant: str | None = None) -> frozenset[str]:
    """Verb lemmas annotated as cues in most of their occurrences (the active variant unless named)."""
    return (load_lexicon(variant) if variant else active_lexicon()).lemmas


@lru_cache(maxsize=1)
def konjunktiv_de() -> dict[str, int]:
    """Subjunctive 3rd-person forms that are never indicative (form -> 1 or 2)."""
    path = resources.files("reportedly.data").joinpath("attribution/konjunktiv_de.tsv")
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            form, k = line.split("\t")
            out[form] = int(k)
    return out


def is_verb(tok) -> bool:
    if tok.pos:
        return tok.pos in ("VERB", "AUX") and not tok.tag.startswith("VA")
    return tok.text[:1].islower()


SEPARATED_PARTICLES_DE = PARTICLES_DE | frozenset("auf los weg her heraus herum zusammen".split())
"""Particles whose compound the lemmatizer builds from a separated "auf", "ab" … in the clause."""


NON_SPEECH_COMPOUNDS_DE = frozenset({"absagen"})
"""Particle compounds of speech verbs that are no speech: "sagte den Termin ab"."""
SHARING = "teilen (share)"
"""The lemma repairs_de gives "teilte" with no "mit" particle in its clause and a post as object: no report."""


def _other_particle_verb(low: str, lemma: str, lex: Lexicon) -> bool:
    """Does a separated particle make a cue form ("weisen") into another verb ("aufweisen")?

    Compounds of speech verbs stay ("sagte … an", "fragte … nach"), bar a few hand-listed ones.
    """
    particle = max(  # the longest, and never by set order: "zurückmelden" has "zurück", not "zu"
        (p for p in SEPARATED_PARTICLES_DE if lemma.startswith(p) and not low.startswith(p)),
        key=lambda p: (len(p), p),
        default=None,
    )
    if particle is None:
        return False
    base = lemma[len(particle):]
    if lemma in ("ansehen", "vorsehen"):
        return False  # "sieht den Plan als gescheitert an": an opinion, like "hält … für"; "Der Entwurf sieht vor"
    return lemma in NON_SPEECH_COMPOUNDS_DE or not (base in SPEECH_LEMMAS_DE or base in lex.lemmas)


def weak_lemmas(low: str) -> tuple[str, ...]:
    """The infinitives a weak verb form may have ("verlautbarte" → "verlautbaren"), for forms the
    lemmatizer does not know."""
    for ending in ("ten", "te", "tet", "t"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            stem = low[: -len(ending)]
            return (stem + "en", stem + "n")
    return ()


def verb_cue(tok, lang: str) -> bool:
    """Is this token a speech/writing/thought verb (or a mined cue form)?"""
    low = tok.text.lower()
    if lang == "en":  # the English tagger often misses "said"/"say" (ADJ, DET): trust the word form
        if low in THAT_CUES_EN and tok.pos == "VERB":
            return True  # the engine keeps it only with a that-clause
        if low in PLURAL_PRESENT_EN:
            return tok.tag == "VVB"  # s7: "The Conservatives insist …", not "to insist", "would deny"
        if low not in SPEECH_EN or low == "according":
            return False
        if low in ("states", "state") and tok.text[:1].isupper():
            return False  # round 18: "the United States", "Member States"
        return not tok.pos or tok.pos in ("VERB", "ADV") or (low in ALWAYS_VERBS_EN and tok.pos != "NOUN")
    if tok.pos and tok.pos not in ("VERB", "AUX", "NOUN", "ADJ", "ADV"):
        return False
    lex = active_lexicon()
    lemma = tok.lemma.lower() if tok.lemma else ""
    if lex.name == "open" and (lemma == "verbieten" or (lemma in OPEN_NON_CUES and tok.tag == "VVPP")):
        return False  # round 12: "ein Ultimatum gestellt", "verboten", "die Leiche gefunden": no speech in news
    if lemma == "wissen" and "Mood=Sub" in tok.morph and "Tense=Past" in tok.morph:
        return False  # s32: "Viele Mittelständler wüssten nicht, welche …" in someone's report (a Konjunktiv II the
        # ß spelling now reads): no report of its own, unlike round 19's "Sie wisse, dass …"
    if lemma in ("kündigen", "würdigen") and tok.tag in ("VVPP", "VVINF", "VVIZU"):
        return False  # round 16: "sei er gekündigt worden" (fired); only "kündigte … an" announces; s32: "müsse das
        # auch gewürdigt werden" honours, "würdigte ihn als „…“" speaks
    if low == "hervorgegangen":
        return False  # s15: "ist aus der Firma X hervorgegangen" (emerged); "geht aus dem Bericht hervor" reports
    if lemma == SHARING:
        return False  # s19: "Der Kanal teilte das Schreiben mit dem Kommentar, …": shared ("mitteilen" reports)
    if lemma.startswith("sich "):
        return False  # s19: repairs_de made "entschieden sich" "sich entscheiden": a choice, not its mined form
    if tok.pos == "VERB" and (lemma in SPEECH_LEMMAS_DE or lemma in lex.lemmas):
        return True
    if tok.pos == "VERB" and lemma.startswith("dazu") and (lemma[4:] in SPEECH_LEMMAS_DE or lemma[4:] in lex.lemmas):
        return True  # s34: "…, schreibt ein Nutzer dazu": "dazu" (about it) read as the particle of "dazuschreiben"
    if tok.tag == "VVFIN" and lemma == low and any(g in SPEECH_LEMMAS_DE for g in weak_lemmas(low)):
        return True  # s10: the lemmatizer left "verlautbarte" as it is
    if tok.tag == "VVFIN" and _other_particle_verb(low, lemma, lex):
        return False  # round 18: "weisen … Schäden auf" is "aufweisen", "sagte den Termin ab" cancels
    mined = lex.forms
    if low in mined and tok.text[:1].islower():
        return True
    if lemma in OPEN_LEMMA_BLOCK:
        return False
    return ("~" + low) in mined and tok.pos in ("VERB", "")  # no tagger: trust the lower-case form


ADJECTIVE_KONJUNKTIV_II = frozenset({"bräuchte", "bräuchten"})
"""S28: Konjunktiv II forms missing from the dictionary the Konjunktiv list comes from, which the tagger also reads as
adjectives ("Die Kliniken bräuchten aber Planungssicherheit"): no adjective has these forms."""
UMLAUT_KONJUNKTIV_II = frozenset("müsste müssten müsstest".split()) | ADJECTIVE_KONJUNKTIV_II
"""Konjunktiv II forms no indicative shares (the umlaut), whatever the morphology says."""


def konjunktiv(tok, lang: str) -> int:
    """1 for Konjunktiv I, 2 for a distinct Konjunktiv II, 0 otherwise (morphology, then lexicon)."""
    if lang != "de":
        return 0
    m = tok.morph
    if tok.text.lower() in UMLAUT_KONJUNKTIV_II:
        return 2  # round 16: the tagger reads "müssten" as a past indicative
    if m and "Mood=Sub" in m:
        return 1 if "Tense=Pres" in m else 2
    if m and "Mood=Ind" in m and tok.text.lower() not in ("sei", "seien"):
        return 0
    if tok.pos and tok.pos not in ("VERB", "AUX", "ADJ"):
        return 0  # round 18: "eine", "Ende", "Punkte" are Konjunktiv forms too, but not as nouns or articles
    return konjunktiv_de().get(tok.text.lower(), 0)


def is_finite(tok) -> bool:
    if tok.tag:
        return tok.tag.endswith("FIN")
    return False
