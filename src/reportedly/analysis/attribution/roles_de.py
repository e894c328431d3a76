"""Round 11 (German): a role noun with the definite article ("die Ministerin", "der Kanzler") points
back to the person the text introduced with that role ("Innenministerin Nancy Faeser …"), even when
someone else was named in between ("Kritik kam von CDU-Chef Friedrich Merz. Die Ministerin sagte …")."""

from __future__ import annotations

from .anonymous import FEMININE_ENDINGS
from .messages import QUOTE_MARKS
from .names import doc_noun, known_first_name, media_noun, org_word
from .names_before import person_name_before
from .speakers import is_person_role, other_lawyer

NEWER_NAME_TOKENS = 60
"""How many tokens back the newer name may stand (40 until session 10)."""
MAX_BACK = 200
"""How many tokens back a role noun looks for the person it was introduced with."""


GROUP_TAILS = ("spitze", "führung", "kreise", "kreisen")
"""Compounds for a body's leading group, never one person introduced with a title of the same prefix."""


def _name_word(tok) -> bool:
    return tok.ent.endswith("PER") or tok.pos == "PROPN"


def _feminine(word: str) -> bool:
    return word.endswith(FEMININE_ENDINGS)


def _role_word(head: str) -> str:
    """The role noun's last part, lower-cased: "Innenministerin" for "Bundes-Innenministerin"."""
    return head.lower().rsplit("-", 1)[-1]


def titled_name_before(toks, a: int, head: str) -> tuple[int, int] | None:
    """(start, end) of the nearest person name before token a that follows a role word sharing the
    stem of `head` and its gender: "Innenministerin Nancy Faeser" for "die Ministerin"; else None."""
    h = _role_word(head)
    stem = h[:6]
    if len(stem) < 5 or org_word(h):
        return None  # round 15: "das Bundesinnenministerium" is no "Bundesfinanzminister"
    if h.endswith(GROUP_TAILS) or doc_noun(h):
        return None  # s24: "Aus der BSW-Landesspitze hieß es" is no "Landeschef Heiko B.", "In der Studie heißt es"
        # no "Studienleiter Henrik A."
    for k in range(a - 2, max(a - MAX_BACK, 0) - 1, -1):
        t = toks[k]
        if not t.text[:1].isupper() or stem not in t.text.lower():
            continue  # cheap test first
        w = _role_word(t.text)
        if t.pos != "NOUN" or _feminine(w) != _feminine(h) or other_lawyer(w, h):
            continue  # s26: "der Anwalt" is no "Oberstaatsanwalt Henrik Voss"
        e = k + 1
        while e < a and e - k <= 4 and toks[e].sent == t.sent and _name_word(toks[e]):
            e += 1
        if e > k + 1 and any(x.ent.endswith("PER") for x in toks[k + 1 : e]):
            return (k + 1, e)
    return None


def introduced_as(table, doc, a: int, head: str, back):
    """`back` (what refer_back found for the role noun `head` at token a) unless its role does not
    share the noun and a person was introduced with it: then that person."""
    if (party := trial_party(table, doc, a, head, back)) is not None:
        return party
    stem = _role_word(head)[:6]
    if back is not None and stem in (back.role or "").lower():
        return back
    if org_word(head):
        return back  # s18: "das Ministerium" is no "Gesundheitsminister Karl Lauterbach" introduced before
    found = titled_name_before(doc.tokens, a, head)
    if found is None:
        return back
    if media_noun(head):  # s28: "das Portal Astra …. dem Portal zufolge": the outlet, named with its noun
        src = table.resolve(doc, found[0] - 1, found[1])
        return src if src.type == "media" else back
    src = table.resolve(doc, *found)
    return src if src.type == "person" else back


def newer_name(table, doc, a: int, head: str, back):
    """Round 15: "Kai W. sagte … Wirtschaftsminister Robert Habeck verteidigte die Pläne. „…“, sagte der
    Grünen-Politiker": `back` (the last named person who spoke) unless its role does not share the
    noun and another person was named after its last mention, in this or the previous sentence — the
    description follows the newer name."""
    if back is None or back.type != "person" or not back.name or not back.mentions:
        return back
    if _role_word(head)[:6] in (back.role or "").lower():
        return back  # "Innenministerin X … Die Ministerin": introduced with the noun
    toks = doc.tokens
    found = person_name_before(toks, a, NEWER_NAME_TOKENS, "de", oblique=False)  # s22: not "aus Klein Rietzow"
    if found is None or toks[found[0]].start <= back.mentions[-1].end or _narrated_since(doc, found[0], a) > 1 or (
            toks[found[0]].quote):  # s23: not "Samuel" in the quotation ("„Samuel hat …“, betonte der 52-Jährige")
        return back
    title = toks[found[0] - 1] if found[0] > 0 else None
    if title is not None and title.pos == "NOUN" and is_person_role(title.text) and _feminine(_role_word(head)) != (
            _feminine(_role_word(title.text))):
        return back  # s24: "mit dem israelischen Außenminister Avi Dromi …, sagte die Grünen-Politikerin": his title
    src = table.resolve(doc, *found)
    return src if src.type == "person" else back


def _narrated_since(doc, k: int, a: int) -> int:
    """Session 11: the sentences from token k's to token a's, not counting those that open inside a
    quotation: "Kris de Decker kennt das. Seit 2008 verzichtet der Journalist auf Flüge. „Ich habe das
    genossen. Die ersten Jahre waren toll“, erzählt der 48-Jährige" is one sentence on (the quotation's
    first sentence carries the cue's sentence number only when the splitter keeps it whole)."""
    toks = doc.tokens
    first, last = toks[k].sent, toks[a].sent
    opening = (toks[doc.sentences[si].first] for si in range(first + 1, last + 1))
    return sum(1 for t in opening if not t.quote and t.text not in QUOTE_MARKS)


ACCUSED = ("angeklagt", "beschuldigt")
EXPERT_WITNESS = {"sachverständige": "gutachter", "sachverständiger": "gutachter", "sachverständigen": "gutachter"}


def trial_party(table, doc, a: int, head: str, back):
    """S29: court reports. "Der Angeklagte" with no person behind `back` is the one person the report named with a
    surname shortened to its initial ("Dennis M.", as German papers name the accused); "der Sachverständige" is the
    expert introduced as "Gutachter" ("Der psychiatrische Gutachter Werner Albrecht"). None otherwise."""
    h = _role_word(head)
    if h in EXPERT_WITNESS:
        found = titled_name_before(doc.tokens, a, EXPERT_WITNESS[h] + ("in" if _feminine(h) else ""))
        src = table.resolve(doc, *found) if found is not None else None
        return src if src is not None and src.type == "person" else None
    if not h.startswith(ACCUSED) or (back is not None and back.type == "person" and back.name):
        return None
    toks = doc.tokens
    found = {}
    for k in range(max(1, a - MAX_BACK * 2), a):
        t = toks[k]
        if len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper() and toks[k - 1].text[:1].isupper() and (
                toks[k - 1].ent.endswith("PER") or toks[k - 1].pos == "PROPN" or known_first_name(toks[k - 1].text)):
            found.setdefault(f"{toks[k - 1].text} {t.text}", (k - 1, k + 1))
    if len(found) != 1:
        return None
    (name, (s, e)), = found.items()
    src = table.resolve(doc, s, e)
    if src.type != "person":
        return None
    if src.name != name and src.role == toks[s].text:
        src.name, src.role = name, None  # "Dennis" (NN) was read as a title of "M."
    return src
