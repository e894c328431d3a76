"""The type of a source described without a name ("die Nachrichtenagentur", "einer Mitteilung der
Gewerkschaft", "Polizeiangaben", "der AStA"): moved out of sources.py in session 21."""

from __future__ import annotations

from ...model import SourceType
from . import anonymous as A
from . import names as N
from . import outlet_mentions as OM
from .epithets_de import FIGURES
from .lexicon import DOC_HEADS, KNOWN_ORGS, MEDIA_HEADS, MEDIA_NOUNS_EN, ORG_HEADS, ORG_NOUNS_EN, PRONOUNS


def description_type(doc, toks, a: int, lows: list[str], content: list, heads: list, head_last: str, key: str,
                     agency_en: bool, titled) -> SourceType:
    """The type of the description `toks` (starting at token a) whose head noun is `head_last`."""
    type_: SourceType = "unknown"
    if doc.language != "en" and head_last.rsplit("-", 1)[-1].endswith("rätin"):
        return "person"  # s24: "die Waadtländer SP-Nationalrätin" (a "-rat" may be a council, a "-rätin" is not)
    if _share_of_people(lows):
        return "anonymous"  # s25: "87 Prozent (der befragten Apotheken) gaben an", "46 percent of respondents said"
    if doc.language == "en" and head_last in MEDIA_NOUNS_EN | ORG_NOUNS_EN:
        type_ = "media" if head_last in MEDIA_NOUNS_EN else "organization"  # "State television", "Aid groups"
    elif doc.language == "en" and head_last == "site" and "news" in lows:
        type_ = "media"  # s21: "A cybersecurity news site reported …" (not "workers at the site")
    elif N.media_noun(head_last) and not agency_en:  # "the agency" in English: a government agency
        type_ = "media"  # "die Nachrichtenagentur", "die Ärztezeitung", before the suffix "agentur"
    elif doc.language == "en" and lows in (["reports"], ["media", "reports"]):
        type_ = "media"  # s7: "Reports suggest …", like "Berichten zufolge": the press
    elif doc.language == "en" and head_last in SOCIAL_HEADS_EN and any(w in A.SOCIAL_PLATFORMS for w in lows):
        type_ = "social_post"  # s26: "A viral TikTok video says"
    elif doc.language == "en" and (head_last in DOC_HEADS or N.doc_noun(head_last)):
        type_ = "document"  # "the ministry's statement": the head noun comes last in English
    elif doc.language != "en" and A.social_noun(head_last, lows) and _of_someone(lows, head_last):
        type_ = "social_post"  # s21: "Laut einem Post des Verteidigungsministeriums auf Telegram"
    elif doc.language != "en" and (N.doc_noun(head_last) or head_last.startswith(FIGURES)) and (_of_someone(
            lows, head_last) or lows[0] in ("dessen", "deren")):  # s25: "Berechnungen der EU-Kommission" (the
        # owner's name left to the description), "Nach dessen jüngstem Bericht" (the RKI's, named before)
        type_ = "document"  # s21: "in einer Mitteilung der Gewerkschaft": the paper, as "nach einer Studie der WHO"
    elif doc.language != "en" and N.doc_noun(head_last) and lows[-1] == head_last and len(lows) > 2 and lows[1] in (
            "von", "vom"):
        type_ = "document"  # s22: "Ein von der Initiative beauftragtes Gegengutachten": the body is an attribute
    elif (
        head_last.endswith(ORG_HEADS)
        or (head_last in KNOWN_ORGS and len(lows) > 1 and lows[0] in ("der", "die", "das", "the") and any(
            t.text[:1].isupper() and t.text.lower() == head_last for t in content))
        # s25: "Die Diakonie forderte" (not the pronoun "who" for the WHO; a bare "Greenpeace" is named elsewhere)
        or any(N.org_word(w) for w in key.split())
        or any(" " in h and h in key for h in ORG_HEADS)
    ):
        type_ = "organization"
    elif any(sum(c.isupper() for c in t.text) >= 2 and t.text.isalpha() for t in content):
        type_ = "organization"  # "der AStA", "das FWR": an acronym
    elif doc.language != "en" and (unnamed := A.unnamed_type(heads, head_last, lows)) is not None:
        type_ = unnamed  # round 10: "Polizeiangaben", "einer Pressemitteilung", "einem Tweet"
    elif (
        head_last.startswith(("medien", "presse"))
        or (head_last in ("berichte", "berichten") and len(lows) == 1)
        or any(w.rsplit("-", 1)[-1] == "medien" for w in lows[1:])  # "Berichten lokaler Medien"
    ):
        type_ = "media"  # "einem Medienbericht zufolge", "Presseberichten", "Berichten zufolge" (the press)
    elif head_last in DOC_HEADS or N.doc_noun(head_last):
        type_ = "document"
    elif head_last in MEDIA_HEADS:
        type_ = "media"
    elif lows == ["they"] or lows == ["sie"] and N.plural(toks[0]) or lows == ["die"] and N.plural_verb(
            doc.tokens, a) or (
            len(toks) == 1 and lows[0] in OM.SOME_PEOPLE):
        type_ = "anonymous"  # an unnamed group; s12: "Manche sagen", "Einige meinen", "Einer sagte"
    elif (len(toks) == 1 and (toks[0].pos == "PRON" or lows[0] in PRONOUNS)) or titled:
        type_ = "person"
    return type_


SOCIAL_HEADS_EN = frozenset("video videos clip post posts tweet tweets livestream".split())


def _of_someone(lows: list[str], head: str) -> bool:
    """A genitive after the head noun ("einer Mitteilung der Gewerkschaft", "einem Bericht des Ministeriums")."""
    at = next((k for k, w in enumerate(lows) if w == head), None)
    return at is not None and at + 2 < len(lows) and lows[at + 1] in ("der", "des")


def _share_of_people(lows: list[str]) -> bool:
    """A share of those asked ("87 Prozent", "14 Prozent der Befragten", "46 percent of respondents"): unnamed
    people, however their group is named after it."""
    k = 1 if lows and lows[0] in ("rund", "fast", "knapp", "etwa", "nearly", "about", "almost") else 0
    return len(lows) > k + 1 and lows[k].replace(",", "").replace(".", "").isdigit() and lows[k + 1] in (
        "prozent", "percent", "%")
