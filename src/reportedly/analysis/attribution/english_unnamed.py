"""English speakers, round 12: repairs once an event's Source is resolved (`english.finish`).

- An anonymous source's affiliation is whom it belongs to, not what it knows about: "people with
  knowledge of the talks", "officials who spoke on condition of anonymity", "one of the people" have
  none (the shared rule takes the noun after any "of").
- "A Trump adviser said": anonymous, affiliation Trump.
- "The Trump campaign said": an organisation, not the person Trump.
- "Ukrainian commanders say": an anonymous group affiliated with "Ukrainian", not a person.
- "A growing number of officials", "dozens of residents": an anonymous group.
- "People close to the president": a plural head with no number has an open count, not 1.
- "Ukraine's air force" is an organisation, "a high-ranking military officer" an anonymous person,
  "Moscow's claim" the government.
- '"I'm not going anywhere," Biden said': a one-word name the shared typing made an organisation (no
  entity tags in English, no first name in the article) is a person when its own quotation speaks in
  the first person singular — bodies say "we".
"""

from __future__ import annotations

from .lexicon import ANON_HEADS, ANON_HEADS_EN, GOVERNMENT_PLACES, ORG_NAMES_EN
from .speakers import is_person_noun

TOPIC_BEFORE_OF = frozenset("knowledge condition one two three some many none details aware involved".split())
"""Words before "of"/"in" that make the next noun a topic or a group, not an affiliation."""

PLURAL_PEOPLE = frozenset(
    "people officials sources diplomats insiders aides officers lawmakers analysts experts residents".split()
)
FIRST_PERSON = frozenset("i i'm i've i'll i'd me my myself".split())


def clear_topic_affiliation(src) -> None:
    """None for an affiliation that follows "knowledge of", "condition of", "one of" …"""
    aff = src.affiliation
    if src.type != "anonymous" or not aff or not src.description or aff != aff.lower():
        return
    words = src.description.lower().replace(",", " ").split()
    for k in range(2, len(words)):
        rest = words[k + 1 :] if words[k] == "the" else words[k:]
        if words[k - 1] in ("of", "in") and words[k - 2] in TOPIC_BEFORE_OF and " ".join(rest).startswith(aff):
            src.affiliation = None
            return


def open_plural_count(src) -> None:
    """"People close to the president" (count 1) -> None: a bare plural head counts no one."""
    if src.type != "anonymous" or src.count != 1 or not src.description:
        return
    words = src.description.lower().split()
    if words[0] in PLURAL_PEOPLE or words[1:2] in (["group"], ["number"], ["handful"], ["coalition"]):
        src.count = None  # s23: "A group of California Democrats" is no one person


SURNAME_ENDINGS = ("sky", "skiy", "skyy", "ski", "enko", "vich", "wicz", "escu", "opoulos", "yan")
"""Surname endings no company or body name has: "Zelensky", "Kuleba" is not covered, "Shmyhal" neither."""
PUBLIC_FIGURES = frozenset(
    """biden trump putin netanyahu macron scholz sunak starmer erdogan modi zelensky zelenskyy zelenskiy
    lavrov peskov blinken kirby musk guterres stoltenberg rutte lukashenko khamenei sinwar nasrallah
    orban meloni sanchez trudeau albanese kishida zuckerberg bezos""".split()
)
"""Surnames that stand alone in news without a first name in the article, and are no organisation."""


def first_person_name(doc, ev) -> None:
    """A one-word "organisation" whose direct quotation says "I", "my", "me" is a person; so is one with
    a surname ending ("-sky", "-enko", "-vich") or a surname news uses alone ("Biden", "Netanyahu")."""
    src = ev.source
    if src is None or src.type != "organization" or not src.name:
        return
    name = src.name
    if " " in name or not name.isalpha() or name.isupper() or not name[:1].isupper():
        return
    if name.lower() in ORG_NAMES_EN or name.lower() in GOVERNMENT_PLACES:
        return
    if name.lower() in PUBLIC_FIGURES or name.lower().endswith(SURNAME_ENDINGS):
        src.type = "person"
        return
    sent = doc.sentences[ev.sent]  # the quotation may not be attached yet: its words in the sentence
    if any(t.quote and t.text.lower().replace("’", "'") in FIRST_PERSON for t in doc.tokens[sent.first : sent.last]):
        src.type = "person"


FORCES = frozenset("force forces army navy guard guards command military police".split())
PEOPLE_HEADS = frozenset("officer officers soldier soldiers commander pilot pilots official officials".split())


def unit_or_officer(doc, ev) -> None:
    """ "Ukraine's air force said" (untyped) is an organisation; "A high-ranking military officer said"
    (an organisation for its "military") is one anonymous person; "Moscow's claim that …" is the
    government, not a person called Moscow. Only a Source of this one mention is changed."""
    src = ev.source
    if src is None or ev.src is None or len(src.mentions) != 1:
        return
    a, b = ev.src
    words = [t.text.lower() for t in doc.tokens[a:b]]
    if src.type == "unknown" and not src.name and words[-1] in FORCES:
        src.type = "organization"
    elif src.type == "organization" and not src.name and words[-1] in PEOPLE_HEADS and words[0] in ("a", "an", "one"):
        src.type, src.count = "anonymous", 1
    elif src.type == "person" and src.name and src.name.lower() in GOVERNMENT_PLACES and not src.role:
        src.type = "organization"


def group_of_people(doc, ev) -> None:
    """ "A growing number of officials", "a group of diplomats", "dozens of residents": an untyped
    quantity of unnamed people is an anonymous group (only a Source of this one mention is changed)."""
    src = ev.source
    if src is None or src.type != "unknown" or src.name or ev.src is None or len(src.mentions) != 1:
        return
    a, b = ev.src
    words = [t.text.lower() for t in doc.tokens[a:b]]
    if "of" not in words[:-1]:
        return
    after = [w for w in words[words.index("of") + 1 :] if w not in ("the", "their", "its")]
    heads = ANON_HEADS | ANON_HEADS_EN | PLURAL_PEOPLE
    if after and after[-1] in heads and not any(w[:1].isupper() for w in after):
        src.type, src.count = "anonymous", None


DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")
GROUP_WORDS = frozenset(
    """commanders soldiers troops generals leaders politicians voters citizens lawmakers negotiators
    prosecutors investigators doctors scientists researchers farmers workers protesters""".split()
)


def nationals_as_group(doc, ev) -> None:
    """ "Ukrainian commanders, for their part, say …": a nationality before a plural word for people is
    no name (the shared typing made a person "Ukrainian"); the group is anonymous, affiliated with it."""
    src = ev.source
    if src is None or src.type != "person" or not src.name or " " in src.name or ev.src is None:
        return
    if len(src.mentions) != 1 or src.role or not src.name.endswith(DEMONYM_ENDINGS):
        return
    toks = doc.tokens
    a, b = ev.src
    words = [t.text for t in toks[a:b]]
    k = words.index(src.name) if src.name in words else -1
    if k < 0 or k + 1 >= len(words):
        return
    noun = words[k + 1].lower()
    if noun.endswith("s") and (noun in PLURAL_PEOPLE | ANON_HEADS_EN | GROUP_WORDS or is_person_noun(noun[:-1])):
        src.type, src.affiliation, src.name = "anonymous", src.name, None
        src.description = doc.text[toks[a].start : toks[b - 1].end]


COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


BODY_AFTER_NAME = frozenset("campaign administration camp team government office".split())


def named_body(doc, ev) -> None:
    """ "The Trump campaign said", "the Biden administration": a person's name before a word for a body
    they lead is that body, an organisation (only a Source of this one mention is changed)."""
    src = ev.source
    if src is None or src.type != "person" or not src.name or ev.src is None or len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    if toks[b - 1].text.lower() not in BODY_AFTER_NAME or toks[b - 2].text != src.name.split()[-1]:
        return
    k = a + (toks[a].text.lower() == "the")
    src.type, src.role = "organization", None
    src.name = doc.text[toks[k].start : toks[b - 1].end]


def person_affiliated_noun(doc, ev) -> None:
    """ "A Trump adviser said", "one Biden aide": a one-word name before a word for staff is the
    affiliation of an unnamed person, not the person (only a Source of this one mention)."""
    src = ev.source
    if src is None or src.type != "person" or not src.name or " " in src.name or ev.src is None:
        return
    if len(src.mentions) != 1:
        return
    toks = doc.tokens
    a, b = ev.src
    lows = [t.text.lower() for t in toks[a:b]]
    if len(lows) < 3 or lows[0] not in COUNTS or lows[-1] not in STAFF or src.name not in [t.text for t in toks[a:b]]:
        return
    src.type, src.affiliation, src.name, src.role = "anonymous", src.name, None, None
    src.count = COUNTS[lows[0]]
    src.description = doc.text[toks[a].start : toks[b - 1].end]


STAFF = frozenset(
    """adviser advisers advisor advisors aide aides ally allies official officials strategist strategists
    operative operatives spokesman spokeswoman spokesperson staffer staffers insider insiders""".split()
)


def repair(doc, ev) -> None:
    """Every round-12 repair for an English event whose Source was just resolved."""
    if ev.source is None:
        return
    clear_topic_affiliation(ev.source)
    open_plural_count(ev.source)
    first_person_name(doc, ev)
    unit_or_officer(doc, ev)
    group_of_people(doc, ev)
    nationals_as_group(doc, ev)
    named_body(doc, ev)
    person_affiliated_noun(doc, ev)


OFFICE_HEADS = frozenset("office campaign administration government".split())
"""S18: what a person's possessive can head that speaks as a body ("Netanyahu's office")."""


def possessed_office(table, lows: list[str], span, affiliation: str | None):
    """The Source of "Prime Minister Benjamin Netanyahu's office" (an organisation affiliated with the
    possessor), merged with the same description before; None for any other mention."""
    if len(lows) < 2 or lows[-1] not in OFFICE_HEADS or not lows[-2].endswith(("'s", "’s")):
        return None
    if any(w in ("in", "at", "from", "of", "for") for w in lows[:-2]):
        return None  # s26: "A senior official in the prime minister's office", s27 "A spokesperson for …": a person
    key = "desc:" + " ".join(w for w in lows if w not in ("the", "a", "an"))
    if (office := table.get(key)) is not None:
        table.mention(office, span)
        return office
    office = table.add(key, None, "organization", span, description=span.text)
    office.affiliation = affiliation
    return office


A_ONE = frozenset("a an one another".split())


def english_affiliation(names: list, heads: list, content: list, head: str, lows: list[str]) -> tuple[list, str | None]:
    """The name words that name an English speaker and the affiliation the others give (moved out of sources.py in
    session 26): "Labour Party's Rachel Reeves" (Labour Party), "Russia's defence ministry", "a White House
    official", "one GOP operative", "Russian state media" (no name: affiliated with it), "A UN report says"."""
    from . import anonymous as A
    from . import names as N
    from . import names_en as NE
    from .description_types import SOCIAL_HEADS_EN
    from .lexicon import MEDIA_HEADS, MEDIA_NOUNS_EN, ORG_NOUNS_EN

    affiliation = None
    cut = next((k for k, t in enumerate(names[:-1]) if t.text.endswith(("'s", "’s"))), None)
    if cut is not None and names[cut + 1].i == names[cut].i + 1 and not (
            len(names) == cut + 2 and names[-1].text.lower() in NE.OFFICE_NAMES_EN):  # s21: "U.S. Attorney Office"
        affiliation = " ".join(t.text for t in names[: cut + 1])[:-2]  # round 18: "Labour Party's Rachel Reeves"
        names = names[cut + 1 :]
    if names and names[-1].text.endswith(("'s", "’s")) and any(t.i > names[-1].i and t.pos == "NOUN" for t in content):
        affiliation = " ".join(t.text for t in names)[:-2]  # "Russia's defence ministry": the possessor is no name
        names = []
    if len(names) == 1 and names[0].text.lower().endswith(NE.NATIONALITY_ENDINGS) and content[-1].i > (
            names[0].i) and all(t.text.islower() for t in content if t.i > names[0].i) and (
            content[-1].text in ORG_NOUNS_EN | OFFICE_HEADS):
        return [], names[0].text  # s27: "the Israeli prime minister's office": a nationality, no name
    after = next((t.text.lower() for t in content if names and t.i == names[-1].i + 1), "")
    unnamed = head in ANON_HEADS | ANON_HEADS_EN or is_person_noun(head)
    if names and heads and heads[0].i < names[0].i and unnamed and any(
            t.i == names[-1].i + 1 and t.pos == "NOUN" and t.text.islower() for t in content):
        return [], None  # s30: "One executive at a U.S. server maker": the name modifies the maker, names no one
    if names and heads and unnamed and heads[0].i < names[0].i and any(
            t.text.lower() in ("in", "with", "at", "near") for t in content if heads[0].i < t.i < names[0].i):
        return [], " ".join(t.text for t in names)  # s31: "An aid worker with an international organisation in the
        # nearby town of Tawila": where the unnamed worker is, no name of theirs
    if names and heads and unnamed and heads[0].i < names[0].i and _body_apposition(content, names, heads[0]):
        return [], " ".join(t.text for t in names)  # s31: "A spokesperson for the consortium, Grand River Transit
        # Partners, said": the apposition names the consortium, the spokesperson stays unnamed
    if after in ("of", "at", "from") and NE.person_first([t for t in content if t.i >= names[0].i]):
        return names, None  # s27: "Rachel Obuya of the Nairobi-based Pan-African Climate Network": her name
    if names and heads and heads[0].i > names[-1].i and (
        head in ANON_HEADS | ANON_HEADS_EN | ORG_NOUNS_EN | MEDIA_NOUNS_EN or is_person_noun(head) or (
            head == "mp" and lows[0] in A_ONE | {"the"})  # s18: "A Labour MP said", "the Labour MP said"
    ) or (names and content[-1].i > names[-1].i and content[-1].text.lower() in MEDIA_NOUNS_EN | MEDIA_HEADS):
        affiliation = " ".join(t.text for t in names if t.text.lower() not in NE.QUANTIFIERS_EN) or None
        names = []  # s21: not "Multiple" of "Multiple sources told CNN"
    paper = next((t for t in content if t.pos == "NOUN" and (N.doc_noun(t.text) or t.text.lower() in SOCIAL_HEADS_EN
                                                          and any(w in A.SOCIAL_PLATFORMS for w in lows))), None)
    showing = next((t.i for t in content if paper is not None and t.tag == "VVG" and t.i > paper.i), None)
    if showing is not None:  # s31: "A Facebook post showing brown water flowing past the Ahuriri boat ramp": not
        names = [t for t in names if t.i < showing]  # a name in what the post shows
    if names and heads and heads[0].i > names[-1].i and (
            N.doc_noun(head) or A.social_noun(head, lows)):  # s26: "A viral TikTok video says": the post
        names = []  # "A UN report released on Monday says": the report
    if names and heads and heads[0].i < names[0].i and N.doc_noun(heads[0].text) and heads[0].text.islower() and (
            "of" in lows[: lows.index(heads[0].text.lower()) + 2] if heads[0].text.lower() in lows else False):
        names = []  # s26: "Leaked draft of UN climate report warns …": the draft
    return names, affiliation


def _body_apposition(content: list, names: list, head) -> bool:
    """A name after a comma that follows another lowercase noun than the unnamed head ("for the consortium, Grand
    River Transit Partners"), with no known first name: it names that body."""
    from .names import known_first_name

    before = {t.i: t for t in content}
    comma, noun = before.get(names[0].i - 1), before.get(names[0].i - 2)
    return (comma is not None and comma.text == "," and noun is not None and noun.i != head.i and noun.pos == "NOUN"
            and noun.text.islower() and not known_first_name(names[0].text))

