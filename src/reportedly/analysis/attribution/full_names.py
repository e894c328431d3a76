"""The full name an article gives a person once, so that a later surname alone is that person ("Elon
Musk" … "schrieb Musk"). German reads the entity tags (round 16), English, which has none, a known first
name before capitalised words (session 7). Moved out of names.py in session 7."""

from __future__ import annotations

from .names import known_first_name, org_word
from .names_before import untagged_full_name
from .speakers import is_person_noun, is_person_role, lexicon_person_noun


def full_names_of(doc) -> dict[str, str]:
    """`full_names` of the document, computed once (kept in `doc.user_data`)."""
    found = doc.user_data.get("_full_names")
    if found is None:
        found = full_names(doc.tokens) if doc.language != "en" else full_names_en(doc.tokens)
        doc.user_data["_full_names"] = found
    return found


def full_names_en(toks) -> dict[str, str]:
    """S7: `full_names` for English, which has no entity tags: a known first name and one or two capitalised
    words after it ("Elon Musk's platform" … "Musk wrote": "Elon Musk")."""
    from .english_retags import first_names  # english_pronouns (its source) imports this module

    names, out = first_names(), {}
    for k, t in enumerate(toks[:-1]):
        titled = k > 0 and toks[k - 1].text[:1].isupper() and is_person_role(toks[k - 1].text) and (
            t.text.isalpha() and not is_person_role(t.text))  # not "General" of "Attorney General Kate Lindqvist"
        if not (t.text.lower() in names or titled) or not t.text[:1].isupper():
            continue  # s32: "Security Secretary Tomás Ibarra Luna": a first name the list lacks after a title
        run = [t]
        while len(run) < 3 and k + len(run) < len(toks):
            nxt = toks[k + len(run)]
            bare = nxt.text.replace("'s", "").replace("’s", "").replace("-", "")  # s25: "Rupert Fane-Lowther"
            if not (nxt.text[:1].isupper() and bare.isalpha()) or (
                    nxt.sent != t.sent):  # s23: not "Trial" (a headline) and "Teague" (the body's first word)
                break
            run.append(nxt)
            if nxt.text.endswith(("'s", "’s")):
                break
        if len(run) >= 2:
            last = run[-1].text.removesuffix("'s").removesuffix("’s")
            name = " ".join([x.text for x in run[:-1]] + [last])
            out[last] = name if out.get(last, name) == name else ""
            if len(run) == 3 and run[1].text.isalpha() and run[1].text.lower() not in names:
                mid = run[1].text  # s32: "Tomás Ibarra Luna" … "Ibarra said": the first of two surnames
                out[mid] = name if out.get(mid, name) == name else ""
    return {k: v for k, v in out.items() if v}


def full_names(toks) -> dict[str, str]:
    """Round 16: surname -> the full name the article gave it once ("Tech-Milliardär Elon Musk" … "schrieb
    Musk": "Elon Musk"); a surname two people share maps to nothing."""
    out: dict[str, str] = {}
    run: list = []
    for t in [*toks, None]:
        if t is not None and t.ent.endswith("PER") and t.text[:1].isupper() and (run or t.ent == "B-PER"):
            run.append(t)
            continue
        while len(run) > 2 and (is_person_role(run[0].text) or is_person_noun(run[0].text)):
            run = run[1:]  # s23: "Torjäger Samuel Nwankwo" tagged one person: the role is no part of the name
        if len(run) >= 2:
            name = " ".join(x.text for x in run)
            last = run[-1].text
            out[last] = _one_name(out.get(last, name), name)
        run = [t] if t is not None and t.ent == "B-PER" and t.text[:1].isupper() else []
    for k in range(1, len(toks)):  # s17: a first name and a surname the tagger missed ("Joël Niederlaender")
        if untagged_full_name(toks, k):
            last = toks[k].text
            name = f"{toks[k - 1].text} {last}"
            out[last] = name if out.get(last, name) == name else ""
    return {k: v for k, v in out.items() if v}


def _one_name(before: str, name: str) -> str:
    """The full name of a surname seen twice: the same, or (s27) the one that opens with a known first name when
    the other does not ("Unterlegener Kessler" in a headline, "Thomas Kessler" in the body); else none."""
    if not before or before == name:
        return before  # the same name, or a clash found before
    first_known = [known_first_name(n.split(" ", 1)[0]) for n in (before, name)]
    if first_known == [True, False]:
        return before
    if first_known == [False, True]:
        return name
    return ""


def surname_read_as_noun(toks, k: int) -> bool:
    """S21: a capitalised noun right after a lone word tagged a person is the surname ("Roderich Kiesewetter",
    the tagger read "-wetter"), unless that word is a genitive ("Putins Angriffskrieg"), the noun a word for
    people, a role or a body, or another noun follows it (then the first name stands alone)."""
    prev = toks[k - 1] if k else None
    if prev is None or prev.sent != toks[k].sent or not toks[k].text.isalpha():
        return False
    if prev.ent != "B-PER" and not (prev.pos == "PROPN" and known_first_name(prev.text) and not prev.ent.endswith(
            "LOC")):
        return False  # s22: "Anwohnerin Gerlinde (no entity) Moosbauer (a noun)", "Noah (ORG) Vandermeulen"
    if k + 1 < len(toks) and (toks[k + 1].pos in ("NOUN", "PROPN") or toks[k + 1].ent != "O"):
        return False
    word = toks[k].text
    titled = k > 1 and known_first_name(prev.text) and (is_person_role(toks[k - 2].text) or is_person_noun(
        toks[k - 2].text))  # s25: "Sprecherin Katrin Oberländer": after a role and a first name, a surname
    if not titled and (is_person_noun(word) or is_person_role(word) or lexicon_person_noun(word) or org_word(word)):
        return False
    return prev.text[:1].isupper() and (known_first_name(prev.text) or not prev.text.endswith(("s", "'", "’")))


TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def titled_full_name(toks, surname: str, title: str) -> str | None:
    """S22: "Mr Anderson" when the article named two Andersons ("Zoe Anderson", "Chris Anderson"): the one
    whose first name goes with the title's gender, if exactly one does; else None."""
    from .english_pronouns import FEMALE_NAMES, MALE_NAMES  # english_pronouns imports names, loaded late

    want = TITLE_GENDER.get(title.lower().rstrip("."))
    names = FEMALE_NAMES if want == "f" else MALE_NAMES if want == "m" else None
    if names is None:
        return None
    found = {f"{t.text} {surname}" for t, nxt in zip(toks, toks[1:]) if nxt.text == surname and t.text.lower() in names}
    return found.pop() if len(found) == 1 else None
