"""An unnamed source mentioned again: "the official", "der Sprecher", "der DWD-Meteorologe" after "A police official
said", "ein Sprecher des Ministeriums", "ein Meteorologe des Deutschen Wetterdienstes" (split from anonymous.py in
session 31)."""

from __future__ import annotations

from .company_names import spells

GROUP_HEADS_EN = frozenset("people sources officials insiders persons".split())


def newer_unnamed(sources: list, back, content: list, head_last: str, lows: list[str]):
    """S30: the unnamed source a definite description names more recently than `back` (the named one a role word
    pointed to): "Linda Ferraro … said …. A police official said …. …, the official said" is the official."""
    if not lows or lows[0] not in ("the", "der", "die", "das") or back is None or back.type != "person":
        return back
    last = back.mentions[-1].start if back.mentions else -1
    other_role = bool(back.role) and head_last[:6] not in back.role.lower()  # s31: "der DWD-Meteorologe" is no
    for src in sources:  # "Kreisbrandrat Dieter Hofmann" but "ein Meteorologe des Deutschen Wetterdienstes" before him
        if src.type == "anonymous" and src.mentions and (src.mentions[-1].start > last or other_role and (
                src.count == 1)) and same_unnamed(src.description, content, head_last):
            return src
    return back


def same_unnamed(description: str | None, content: list, head_last: str) -> bool:
    """Round 15: can a definite unnamed mention ("the spokesman", "der Kreml-Sprecher") be the earlier
    unnamed source with this description? Its head must be in the description and so must every name
    or possessive that qualifies it: "The Kremlin spokesman" is not "Downing Street's spokesman",
    "The prime minister's spokesman" not "A Pentagon spokesman", "der Kreml-Sprecher" not "ein
    Regierungssprecher"; "the spokesman", "der Sprecher" are."""
    d = (description or "").lower()
    if head_last in ("sources", "people") and len(content) == 1 and any(w in d.split() for w in GROUP_HEADS_EN):
        return True  # s18: "two people with direct knowledge … told Reuters. …, the sources said"
    if head_last in ("anwalt", "anwältin") and "verteidiger" in d and len(content) == 1:
        return True  # s19: "Sein Verteidiger erklärte …. „…“, sagte der Anwalt": the defence lawyer
    tail = next((h for h in ("sprecherin", "sprecher") if head_last.endswith(h) and len(head_last) > len(h) + 3), None)
    if head_last not in d and tail is not None:  # s23: "Die Ministeriumssprecherin" after "eine Sprecherin des
        return f" {tail} " in f" {d} " and head_last[: -len(tail)].rstrip("s") in d  # Ministeriums"
    if head_last not in d:
        return False
    words = []
    for t in content:
        low = t.text.lower()
        if low.endswith(head_last) and "-" in low:
            words.append(low.rsplit("-", 1)[0])  # "kreml-sprecher": the qualifier "kreml"
        elif low.endswith(head_last):
            break
        elif t.text[:1].isupper() or low.endswith(("'s", "’s")):
            words.append(low.removesuffix("'s").removesuffix("’s"))
    return all(w in d or spelled_in(w, description or "") for w in words)


def spelled_in(word: str, description: str) -> bool:
    """S31: a qualifier that abbreviates capitalised words of the description ("der DWD-Meteorologe", "ein
    Meteorologe des Deutschen Wetterdienstes"; "the CEO", "Chief Electoral Officer")."""
    label = word.upper()
    capitals = [w for w in description.split() if w[:1].isupper()]
    return 2 <= len(label) <= 6 and any(spells(capitals[k:n], label) for k in range(len(capitals))
                                        for n in range(k + 1, len(capitals) + 1))
