"""German headlines (session 7): a quotation credited after a dash ("„Wir lassen uns nicht erpressen“ –
Merz warnt Moskau": the quotation is the message, the name before the verb after the dash its speaker,
the verb the cue), and "Bericht: …", whose report is the outlet the lead names. ("Merz: „…“" is
`patterns.headline`.)"""

from __future__ import annotations

from .bodies import PARTIES_DE
from .cues import is_finite
from .datelines import DASHES
from .event import Event, merge_source, speaking_sources
from .mentions_de import CLOSE_QUOTES, OPEN_QUOTES
from .messages import QUOTE_MARKS
from .speakers import DEFINITE, is_person_role, lexicon_person_noun


def dash_credit(doc, first: int, end: int) -> list[Event]:
    """The event of a headline "„…“ – X verb …", or none."""
    toks = doc.tokens
    if end - first < 6 or toks[first].text not in QUOTE_MARKS:
        return []
    close = next((k for k in range(first + 2, end) if toks[k].text in QUOTE_MARKS), None)
    if close is None or close + 3 >= end or toks[close + 1].text not in DASHES:
        return []
    verb = next((k for k in range(close + 2, min(end, close + 6)) if is_finite(toks[k])), None)
    if verb is None or verb == close + 2:
        return []
    names = [k for k in range(close + 2, verb) if toks[k].text[:1].isupper() and toks[k].pos in ("PROPN", "NOUN")]
    if not names:
        return []
    return [Event([verb], (close + 2, verb), [(first + 1, close)], "direct", toks[first].sent)]


REPORT_HEADS = frozenset("bericht berichte medienbericht medienberichte medien".split())
LEAD_SENTENCES = 3


def report_headline_source(doc, events: list) -> None:
    """ "Bericht: Washington drängt Kiew zu Verhandlungen" … "Das berichtet die „Washington Post“": the
    headline's unnamed report is the named outlet the lead's first report cites."""
    in_headline = [ev for ev in events if doc.sentences[ev.sent].start < doc.headline_end]
    head = [ev for ev in in_headline if ev.source is not None and ev.source.name is None]
    head = [ev for ev in head if (ev.source.description or "").lower().strip() in REPORT_HEADS]
    if not head:
        return
    body = next(
        (
            ev for ev in events
            if doc.sentences[ev.sent].start >= doc.headline_end and ev.sent <= LEAD_SENTENCES
            and ev.source is not None and ev.source.type == "media" and ev.source.name
        ),
        None,
    )
    if body is not None:
        for ev in head:
            ev.source = body.source


ROLE_WINDOW = 80
"""Characters before a person's name in the lead where the headline role's prefix must appear."""


def role_headline_speaker(doc, events: list, table) -> None:
    """S21: "Bahn-Chef warnt vor Streikfolgen" … "Bahnchef Richard Lutz hat … gewarnt": a headline speaker
    given only as a role compound ("Nato-Chef", "Ifo-Chef") is the person the lead names with the role's
    organisation ("Nato-Generalsekretär Mark Rutte", "Der Präsident des Ifo-Instituts, Clemens Fuest"); a
    plain role ("Agrarminister weist … zurück") the one it names with that role ("Agrarminister Klaus H.")."""
    toks = doc.tokens
    for ev in events:
        if doc.sentences[ev.sent].start >= doc.headline_end or ev.src is None or ev.src[1] - ev.src[0] != 1:
            continue
        word = toks[ev.src[0]].text
        if ev.source is None or ev.source.type not in ("anonymous", "person") or ev.source.name not in (None, word) or (
                not is_person_role(word) and not word.lower().endswith(("sprecher", "sprecherin"))):  # s23:
            # "Intendantin geht im Streit: „…“", an office typed a person; s24: "Regierungssprecher: „…“"
            continue
        prefix = word.rsplit("-", 1)[0].lower()  # "Bahn-Chef": "bahn"; "Agrarminister": the whole role
        if len(prefix) < 2:
            continue
        lead_end = doc.sentences[min(len(doc.sentences) - 1, ev.sent + LEAD_SENTENCES)].end
        people = [src for src in speaking_sources(events) if src.type == "person" and src.name]
        for lead in (doc.text[doc.headline_end : lead_end], doc.text[doc.headline_end :]):  # s24: the lead first,
            found = _titled_in(lead, people, prefix)  # then the whole body ("Landvolk-Chef: „…“" … in the
            if found is not None:  # fourth sentence "der Präsident des Landvolks Niedersachsen, Heinrich B.")
                ev.source = found
                table.mention(found, doc.trimmed_span(toks[ev.src[0]].start, toks[ev.src[0]].end))
                break


def _titled_in(text: str, people: list, prefix: str):
    """The person whose first mention in `text` has the role's prefix within ROLE_WINDOW characters before it."""
    hits = []
    for src in people:
        at = text.find(src.name)
        if at >= 0 and prefix in text[max(0, at - ROLE_WINDOW) : at].lower():
            hits.append((at, src))
    return min(hits, key=lambda h: h[0])[1] if hits else None


def titled_headline_speaker(doc, events: list, table) -> None:
    """S24 (English): "'Get out now': Premier warns …" … "Premier Leanne Castell said …": a headline speaker given
    only as a title is the person the body introduces with that title before the name (anywhere in the text)."""
    toks = doc.tokens
    for ev in events:
        if doc.sentences[ev.sent].start >= doc.headline_end or ev.src is None or ev.src[1] - ev.src[0] != 1:
            continue
        word = toks[ev.src[0]].text
        if ev.source is None or ev.source.name not in (None, word):
            continue
        low = word.lower()  # s25: or a person the body calls "the pollster" ("…, says pollster")
        titled = [src for src in speaking_sources(events) if src.type == "person" and src.name and " " in src.name
                  and any((is_person_role(word) and m.text.lower().startswith(f"{low} {src.name.lower()}"))
                          or m.text.lower() == f"the {low}" for m in src.mentions)]
        if len(titled) == 1:
            ev.source = titled[0]
            table.mention(titled[0], doc.trimmed_span(toks[ev.src[0]].start, toks[ev.src[0]].end))


def bare_headline_body(doc, events: list, table) -> None:
    """S25 (English): "…, company says" … "… run by Meridian Valley Health, …, the company said": a headline body
    given only as a common noun, which the lead's "the company" then took up, is the company the lead names."""
    from .company_names import body_in_sentence  # late: company_names imports modules that import this one

    for ev in events:
        src = ev.source
        if doc.sentences[ev.sent].start >= doc.headline_end or src is None or src.name or src.type != "organization":
            continue
        head = (src.description or "").lower()
        if " " in head or not head.isalpha():
            continue
        lead = [e for e in events if e.source is src and e.src is not None and e.sent <= ev.sent + 3 and (
            doc.sentences[e.sent].start >= doc.headline_end)]
        for later in lead:
            named = body_in_sentence(doc, later.src[0], table._people(doc), head)
            org = table.resolve(doc, *named) if named is not None else None
            if org is not None and org.type == "organization" and org.name and org is not src:
                merge_source(events, table, src, org)
                break


def party_headline_speaker(doc, events: list) -> None:
    """S23: "… – Grüne: „Symbolpolitik“": a party named alone before a headline colon is the party, an organisation
    (one capitalised headline word is no name to the typing, so it stayed unknown)."""
    for ev in events:
        src = ev.source
        if src is None or src.type != "unknown" or doc.sentences[ev.sent].start >= doc.headline_end:
            continue
        if (src.name or src.description or "").lower() in PARTIES_DE:
            src.type = "organization"


def unwrap_quotations(toks, found: list[Event]) -> None:
    """Round 18: a headline message that is one quotation with its marks ('Merz warnt: „Die Lage ist
    ernst“'): the words inside, reported directly."""
    for ev in found:
        if len(ev.msg) != 1:
            continue
        a, b = ev.msg[0]
        if b - a < 3 or toks[a].text not in OPEN_QUOTES or toks[b - 1].text not in CLOSE_QUOTES:
            continue
        if any(t.text in QUOTE_MARKS for t in toks[a + 1 : b - 1]):
            continue  # two quotations, or one inside other words
        ev.msg, ev.mode = [(a + 1, b - 1)], "direct"


def colon_credit(doc, first: int, end: int) -> list[Event]:
    """S17: "Habeck verteidigt Heizungsgesetz: „Wir lassen niemanden allein“": a headline that opens with a
    name and its verb (no speech verb: those are found already) and ends in a quotation after a colon; the
    quotation is the named person's, the verb the cue."""
    toks = doc.tokens
    verb = next((k for k in range(first + 1, min(end, first + 4)) if is_finite(toks[k])), None)
    if verb is None or not all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks[first:verb]):
        return []
    colon = next((k for k in range(verb + 1, end) if toks[k].text == ":"), None)
    if colon is None or colon + 2 >= end or toks[colon + 1].text not in OPEN_QUOTES:
        return []
    close = next((k for k in range(colon + 2, end) if toks[k].text in CLOSE_QUOTES), None)
    if close is None or close - colon < 3 or any(t.text not in ".!?" for t in toks[close + 1 : end]):
        return []
    return [Event([verb], (first, verb), [(colon + 2, close)], "direct", toks[first].sent)]


def repeated_headline_quote(doc, events: list, table) -> None:
    """S25: "Apothekerin: „Die Lage ist dramatischer als 2022“" … "„Die Lage ist dramatischer als 2022“, sagte
    Verbandspräsidentin Heike Rosendahl": a headline quotation that the body quotes again with a named speaker
    is that person's words, whatever word the headline used for her."""
    toks = doc.tokens

    def words(ev) -> list[str]:
        return [t.text.lower() for a, b in ev.msg for t in toks[a:b] if t.text.isalnum()]

    body = [ev for ev in events if doc.sentences[ev.sent].start >= doc.headline_end and ev.cue and ev.mode in (
        "direct", "mixed") and ev.source is not None and ev.source.type == "person" and ev.source.name]
    for ev in events:
        role_named = ev.source is not None and ev.src is not None and ev.src[1] - ev.src[0] == 1 and (
            ev.source.name == toks[ev.src[0]].text and lexicon_person_noun(ev.source.name))  # s26: "Ökonomin: …"
        if doc.sentences[ev.sent].start >= doc.headline_end or ev.mode != "direct" or ev.source is None or (
                ev.source.name and ev.source.type != "anonymous" and not role_named) or ev.source.type not in (
                "anonymous", "person", "unknown"):
            continue
        said = words(ev)
        if len(said) < 3:
            continue
        for later in body:
            text = " " + " ".join(words(later)) + " "
            if " " + " ".join(said) + " " in text:
                old, ev.source = ev.source, later.source
                for other in events if role_named else ():  # s26: "…, so die Ökonomin" went to the headline's
                    if other.source is old:  # "Ökonomin" before it was known to be Hannah B.
                        other.source = later.source
                        if other.src is not None:
                            table.mention(later.source, doc.trimmed_span(toks[other.src[0]].start,
                                                                         toks[other.src[1] - 1].end))
                if ev.src is not None:
                    table.mention(later.source, doc.trimmed_span(toks[ev.src[0]].start, toks[ev.src[1] - 1].end))
                break


def headline_short_name(doc, events: list, table) -> None:
    """S27: "Velora recalls …, says no injuries reported" … "Velora Motors is recalling …", "– Bahn: „…“" … "Die
    Deutsche Bahn kritisierte …": a body named in the headline by one word of its name is the one body the
    article names in full with that word first or last."""
    for src in speaking_sources(events):
        if src.type not in ("organization", "media") or not src.mentions or any(
                m.start >= doc.headline_end for m in src.mentions):
            continue
        words = [w for w in src.mentions[0].text.split() if w.lower() not in DEFINITE]
        if len(words) != 1 or not words[0][:1].isupper():
            continue
        full = [s for s in table.sources if s is not src and s.type == src.type and s.name and " " in s.name and (
            words[0] in (s.name.split()[0], s.name.split()[-1])) and any(
            m.start >= doc.headline_end for m in s.mentions)]
        if len(full) == 1:
            merge_source(events, table, src, full[0])
