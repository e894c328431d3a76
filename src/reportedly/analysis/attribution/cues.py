"""Cue lexicons: which words introduce reported speech, writing or thought.

German verb cues come from two places: a hand list of speech/thought/writing lemmas (used when the
language layer gives lemmas) and word forms mined from the SpkAtt training splits
(`data/attribution/cues_de.tsv`, built by training/attribution_cues.py), which also cover
inflections when no lemma is available. Prepositional cues ("laut", "zufolge", "nach Angaben")
and English cues are closed classes and listed here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

SPEECH_LEMMAS_DE = frozenset(
    """
sagen erklären betonen berichten zitieren warnen fordern einräumen twittern schreiben glauben befürchten
fürchten mitteilen ankündigen bekanntgeben bestätigen dementieren behaupten meinen fragen antworten
kritisieren vorwerfen hinweisen unterstreichen hervorheben versichern erläutern ergänzen hinzufügen
bekräftigen verkünden melden verlauten vermuten bezweifeln bestreiten zurückweisen argumentieren beklagen
mahnen appellieren verlangen drohen versprechen informieren darlegen feststellen einschätzen hoffen
beteuern widersprechen kommentieren äußern erinnern vorschlagen empfehlen raten bitten auffordern
klarstellen zugeben gestehen schildern beschreiben prognostizieren schätzen vorhersagen anmerken bemerken
posten ausgehen annehmen denken finden kündigen zweifeln spekulieren urteilen sprechen beteuern verweisen
entgegnen erwidern ausführen angeben anprangern skandieren hervorgehen bilanzieren resümieren monieren rügen loben
begrüßen ablehnen anzweifeln
befinden folgern schließen vorrechnen wissen zusichern zusagen androhen bezeichnen nennen bemängeln
""".split()
)

SPEECH_EN = frozenset(
    """
said say says saying told tell tells added stated states wrote write writes claimed claims warned warns
argued argues noted notes announced announces explained explains insisted insists asked asks
acknowledged admitted believes believe believed thinks think thought suggested suggests reported reports
confirmed confirms denied denies tweeted posted according reportedly estimated estimates predicted
concluded alleged alleges stressed emphasized emphasised urged urges recalled cautioned countered replied
speculated speculate suspect suspects suspected fear fears feared worried complained complains grumbled
conceded concedes testified declared declares accused accuses criticized criticised questioned
acknowledges admits argue contend contends contended maintained maintains observed predicts adding noting
""".split()
)

THAT_CUES_EN = frozenset("found finds showed shows revealed reveals indicated indicates".split())
"""English verbs that report a finding only with a that-clause: "The report found that …"."""

ALWAYS_VERBS_EN = frozenset("said say says told tells added stated warned argued insisted acknowledged".split())
"""English cue forms that are verbs whatever the tagger says (unlike "reports", "claims", "notes")."""

PARTICLES_DE = frozenset(
    "mit an hin zu fest bekannt ab aus vor ein dar fort hinzu zurück nach vorher klar bei hervor".split()
)
"""Separable verb particles: "teilte ... mit" = mitteilen."""

SOURCE_NOUNS_DE = frozenset(
    "angaben informationen ansicht meinung auffassung einschätzung darstellung worten aussage aussagen "
    "erkenntnissen schätzungen berechnungen vernehmen überzeugung sicht".split()
)
"""Nouns after "nach" that make it a cue: "nach Angaben der Polizei"."""

AFTER_CUES_DE = frozenset({"zufolge", "gemäß"})
"""Postpositions whose source comes before them: "der Polizei zufolge"."""

SUBJECT_WORDS = frozenset("er sie es ich wir ihr he she they it we i".split())

_BAD_FORMS = frozenset(
    "die der das und in zu mit von auf den ist es sich nicht ein eine des im dem für an sie er bei auch "
    "als hat wird werden wurde noch aus nur so wie um wonach dass ob davon darauf dafür".split()
)
"""Mined forms that are too frequent to be cues on their own (kept out regardless of the counts)."""

MIN_NEWS_RATE = 0.3


@lru_cache(maxsize=1)
def mined_cues_de() -> frozenset[str]:
    """Word forms that annotators marked as cues often enough in news (or in parliament, for verbs)."""
    path = resources.files("reportedly.data").joinpath("attribution/cues_de.tsv")
    out = set()
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, nc, nt, pc, pt = line.split("\t")
        nc, nt, pc, pt = int(nc), int(nt), int(pc), int(pt)
        if form in _BAD_FORMS:
            continue
        if nc >= 2 and nc / max(nt, 1) >= MIN_NEWS_RATE:
            out.add(form)
        elif nt <= 2 and pc >= 3 and pc / max(pt, 1) >= 0.6 and form[:1].islower():
            out.add("~" + form)  # parliament-only: trusted only when the token is a verb
    return frozenset(out)


MIN_LEMMA_COUNT = 5
MIN_LEMMA_RATE = 0.6
MIN_NEWS_LEMMA_RATE = 0.3
"""A lemma that news annotators rarely mark ("wissen": 2 of 14) is no cue in news, however often
parliament's annotators mark it."""


@lru_cache(maxsize=1)
def mined_lemmas_de() -> frozenset[str]:
    """Verb lemmas annotated as cues in most of their occurrences in the SpkAtt/GePaDe tune splits
    (data/attribution/cue_lemmas_de.tsv, built by training/attribution_lemmas.py)."""
    path = resources.files("reportedly.data").joinpath("attribution/cue_lemmas_de.tsv")
    out = set()
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, nc, nt, pc, pt = line.split("\t")
        nc, nt, pc, pt = int(nc), int(nt), int(pc), int(pt)
        if nt >= 5 and nc / nt < MIN_NEWS_LEMMA_RATE:
            continue
        if nc + pc >= MIN_LEMMA_COUNT and (nc + pc) / max(nt + pt, 1) >= MIN_LEMMA_RATE:
            out.add(lemma)
    return frozenset(out)


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


def verb_cue(tok, lang: str) -> bool:
    """Is this token a speech/writing/thought verb (or a mined cue form)?"""
    low = tok.text.lower()
    if lang == "en":  # the English tagger often misses "said"/"say" (ADJ, DET): trust the word form
        if low in THAT_CUES_EN and tok.pos == "VERB":
            return True  # the engine keeps it only with a that-clause
        if low not in SPEECH_EN or low == "according":
            return False
        return not tok.pos or tok.pos in ("VERB", "ADV") or (low in ALWAYS_VERBS_EN and tok.pos != "NOUN")
    if tok.pos and tok.pos not in ("VERB", "AUX", "NOUN", "ADJ", "ADV"):
        return False
    lemma = tok.lemma.lower() if tok.lemma else ""
    if tok.pos == "VERB" and (lemma in SPEECH_LEMMAS_DE or lemma in mined_lemmas_de()):
        return True
    mined = mined_cues_de()
    if low in mined and tok.text[:1].islower():
        return True
    return ("~" + low) in mined and tok.pos == "VERB"


def konjunktiv(tok, lang: str) -> int:
    """1 for Konjunktiv I, 2 for a distinct Konjunktiv II, 0 otherwise (morphology, then lexicon)."""
    if lang != "de":
        return 0
    m = tok.morph
    if m and "Mood=Sub" in m:
        return 1 if "Tense=Pres" in m else 2
    if m and "Mood=Ind" in m and tok.text.lower() not in ("sei", "seien"):
        return 0
    return konjunktiv_de().get(tok.text.lower(), 0)


def is_finite(tok) -> bool:
    if tok.tag:
        return tok.tag.endswith("FIN")
    return False
