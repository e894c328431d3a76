"""English source types, session 28: outlets, bodies and pages the shared typing mistypes: a paper the outlet list
lacks that "reported" ("The Plain Dealer"), bodies named by a word for people ("the coast guard", "the Joint Chiefs
of Staff"), "… news agency", and a platform's page that speaks through a post. Each runs from
`english_types.retype` once an English event's Source is resolved."""

from __future__ import annotations

from .names import known_first_name

REPORTED = frozenset("reported reports".split())


def reporting_paper(doc, ev) -> None:
    """S28: a name the outlet list lacks that "reported" ("The Plain Dealer first reported in 2022 that …"),
    read as a person ("Dealer") or left untyped: "The" and up to three capitalised words without a first name
    is a paper's name. A lone name stays as it was ("Tesla reported that deliveries fell": a company)."""
    src = ev.source
    if src is None or src.type not in ("person", "unknown") or ev.src is None or not ev.cue:
        return
    toks = doc.tokens
    if toks[ev.cue[0]].text.lower() not in REPORTED:
        return
    words = [t.text for t in toks[ev.src[0] : ev.src[1]]]
    if not words or words[0] != "The":  # not "Tesla reported that deliveries fell": a lone name may be a company
        return
    words = words[1:]
    if not words or len(words) > 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return
    if any(known_first_name(w) for w in words) or any(known_first_name(w) for w in (src.name or "").split()):
        return
    src.type = "media"
    src.name = src.name or " ".join(words)


BODIES_OF_PEOPLE = ("coast guard", "national guard", "border guard", "republican guard", "revolutionary guard",
                    "joint chiefs", "general staff")
"""S28: bodies named by a word for people ("guard", "chiefs"), which alone would make an unnamed group."""


def body_of_people(doc, ev) -> None:
    """S28: "The Philippine coast guard said", "South Korea's Joint Chiefs of Staff said": a body, not unnamed
    people."""
    src = ev.source
    if src is None or src.type != "anonymous" or ev.src is None:
        return
    text = " ".join(t.text.lower() for t in doc.tokens[ev.src[0] : ev.src[1]])
    if any(p in text for p in BODIES_OF_PEOPLE) and not any(w in text.split() for w in ("a", "an", "one", "two")):
        src.type, src.count = "organization", None


def named_news_agency(doc, ev) -> None:
    """S28: "Iran's Tasnim news agency reported", "the state news agency": a mention that ends in "news agency" is
    an outlet, named by the word before it when that is a name the outlet list lacks (not the owning country)."""
    src = ev.source
    if src is None or src.type not in ("organization", "unknown") or ev.src is None:
        return
    toks = doc.tokens[ev.src[0] : ev.src[1]]
    if len(toks) < 3 or [t.text.lower() for t in toks[-2:]] != ["news", "agency"]:
        return
    name = toks[-3].text
    src.type = "media"  # "the state news agency reported" too
    if name[:1].isupper() and name.isalpha() and name.lower() != "the":
        src.name = src.name or name


PLATFORMS_EN = frozenset("facebook x twitter instagram telegram tiktok youtube bluesky linkedin truth".split())


def platform_page(doc, ev) -> None:
    """S28: "A post on the official Facebook page of Burkina Faso's presidency said": the subject link found the
    page ("the … Facebook page of …"), whose owner's word made it an unnamed person; a page or account on a
    platform speaks through a post."""
    src = ev.source
    if src is None or src.type not in ("anonymous", "unknown", "organization") or ev.src is None:
        return
    words = [t.text.lower() for t in doc.tokens[ev.src[0] : ev.src[1]]]
    if any(w in PLATFORMS_EN and nxt in ("page", "account", "channel", "feed") for w, nxt in zip(words, words[1:])):
        src.type, src.count = "social_post", None


def staff_as_body(src) -> None:
    """S18: a military's general staff is a body, not unnamed staff members ("the Ukrainian army's general staff",
    s31: "Ukraine's General Staff")."""
    if src is not None and src.type == "anonymous" and (src.description or "").lower().endswith("general staff"):
        src.type, src.count = "organization", None
