"""The analysis model: the typed form of the JSON contract `reportedly.analysis/1`.

Everything that leaves reportedly (CLI, library, web API, SQLite store, Spark) is one of these
structs. They are msgspec Structs because the analysis is written millions of times: encoding is
several times faster than dataclasses + json, and the JSON Schema is generated from these
definitions (`reportedly schema`), so code and contract cannot drift apart.
"""

from __future__ import annotations

from typing import Literal

import msgspec

SCHEMA_ID = "reportedly.analysis/1"

SourceType = Literal["person", "organization", "media", "anonymous", "social_post", "document", "unknown"]
Mode = Literal["direct", "indirect", "mixed", "according_to"]
Approximation = Literal["exact", "more_than", "less_than", "about", "range"]
Assessment = Literal["supported", "stronger_than_body", "unsupported"]


class Span(msgspec.Struct, frozen=True, omit_defaults=False):
    """A piece of `article.text`: `text == article.text[start:end]` (Python str indices)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


class Outlet(msgspec.Struct):
    name: str
    domain: str | None = None
    evidence: list[str] = []
    """How the outlet was recognised: 'domain:…', 'metadata:…', 'fingerprint:…', 'byline:…', 'wire_tag:…'."""
    country: str | None = None
    kind: str | None = None
    state_affiliated: bool | None = None


class Article(msgspec.Struct):
    id: str
    title: str
    language: str
    text: str
    url: str | None = None
    published: str | None = None
    outlet: Outlet | None = None
    author: str | None = None
    site_name: str | None = None


class Source(msgspec.Struct):
    id: str
    name: str | None
    type: SourceType
    mentions: list[Span] = []
    description: str | None = None
    role: str | None = None
    count: int | None = None
    """For anonymous sources: how many people the description names ("zwei Beamte" → 2)."""
    affiliation: str | None = None
    """For anonymous sources: whom they are said to belong to ("US-Regierung")."""


class Attribution(msgspec.Struct):
    id: str
    mode: Mode
    source: str | None
    source_mention: Span | None
    cue: Span | None
    message: Span
    cue_parts: list[Span] = []
    message_parts: list[Span] = []
    parent: str | None = None
    language: str | None = None
    continues: str | None = None
    """For a sentence without a cue of its own that goes on with a speaker's reported speech
    (German Konjunktiv I, English backshift): the id of the attribution whose cue it continues."""
    co_sources: list[str] = []
    """A joint statement's other speakers ("Scholz und Macron sagten"): Source ids besides `source`."""
    quotes: list[Span] = []
    """The speaker's verbatim words inside a paraphrase (mode `mixed`, or `according_to`), without their
    quotation marks: "sagte, der Pilot trage die „volle Verantwortung“" has the quote "volle Verantwortung"."""
    via: str | None = None
    """The outlet the speaker gave the words to ("told Reuters", "sagte der Deutschen Presse-Agentur"): a
    Source id (type media). The chain passes through it: outlet → … → via → source."""


class SpeechAct(msgspec.Struct):
    """A speech, writing or thought event whose content the article does not give: a cue and who it is
    said of, no message ("Ein Sprecher wollte sich nicht äußern", "Die Grünen kritisierten scharf",
    "the minister declined to comment"). An event with a message is an Attribution, never both."""

    id: str
    source: str | None
    source_mention: Span | None
    cue: Span
    cue_parts: list[Span] = []
    co_sources: list[str] = []
    topic: Span | None = None
    """What it was about, when the clause says ("Scholz redete über die Rente", "declined to comment on the deal")."""


class Quantity(msgspec.Struct):
    span: Span
    value: float
    unit: str | None = None
    approximation: Approximation | None = None
    upper: float | None = None
    """Upper bound of a range ("20 bis 30": value 20, upper 30)."""


class Claim(msgspec.Struct):
    id: str
    sentence: Span
    attribution: str | None
    quantities: list[Quantity] = []
    hedges: list[Span] = []
    checkworthy: float = 0.0


class Hedge(msgspec.Struct):
    span: Span
    kind: str
    scope: Span | None = None


class DateMention(msgspec.Struct):
    span: Span
    value: str | None
    """ISO 8601 at the granularity the text gives ("2022-11"); null when it cannot be resolved."""


class Link(msgspec.Struct):
    url: str
    span: Span | None = None


class EmbeddedPost(msgspec.Struct):
    platform: str
    author: str | None
    handle: str | None
    date: str | None
    url: str | None
    span: Span


class HeadlineCheck(msgspec.Struct):
    span: Span
    assessment: Assessment
    explanation: str
    attribution: str | None = None
    supported_by: list[str] = []
    hedges: list[Span] = []


class Analysis(msgspec.Struct):
    """One analysed article. `to_json()` gives exactly the contract of docs/analysis-v1.md."""

    schema: str
    article: Article
    sources: list[Source] = []
    attributions: list[Attribution] = []
    speech_acts: list[SpeechAct] = []
    """Events with a cue and no message (ids e1, e2, …), in text order; see SpeechAct."""
    claims: list[Claim] = []
    hedges: list[Hedge] = []
    dates: list[DateMention] = []
    links: list[Link] = []
    embedded_posts: list[EmbeddedPost] = []
    headline: HeadlineCheck | None = None
    boilerplate: list[Span] = []
    warnings: list[str] = []

    @classmethod
    def new(cls, article: Article) -> Analysis:
        return cls(schema=SCHEMA_ID, article=article)

    def to_json(self) -> str:
        return _ENCODER.encode(self).decode("utf-8")

    def to_dict(self) -> dict:
        return msgspec.to_builtins(self)

    @classmethod
    def from_json(cls, data: str | bytes) -> Analysis:
        return msgspec.json.decode(data, type=cls)

    def source_by_id(self, source_id: str | None) -> Source | None:
        if source_id is None:
            return None
        return next((s for s in self.sources if s.id == source_id), None)

    def speaker_label(self, attribution: Attribution) -> str:
        """The source's label; a joint statement's speakers joined by " + " ("Olaf Scholz + Emmanuel Macron")."""
        labels = [source_label(self.source_by_id(attribution.source))]
        labels += [source_label(self.source_by_id(s)) for s in attribution.co_sources]
        return " + ".join(labels)

    def speaker_mention(self, attribution: Attribution) -> Span | None:
        """Where the attribution's speaker is named as a speaker: its `source_mention`, else that of the report
        a continuation goes on from, else the source's last mention before the message (SpkAtt's Source)."""
        by_id = {a.id: a for a in self.attributions}
        head, seen = attribution, {attribution.id}
        while head.source_mention is None and head.continues in by_id and head.continues not in seen:
            head = by_id[head.continues]
            seen.add(head.id)
        if head.source_mention is not None:
            return head.source_mention
        source = self.source_by_id(attribution.source)
        before = [m for m in source.mentions if m.start < attribution.message.start] if source else []
        return before[-1] if before else None

    def chain(self, attribution: Attribution) -> list[str]:
        """Outlet, then the sources of the parents (outermost first), then the own source; the outlet a
        speaker told (`via`) stands before that speaker."""
        by_id = {a.id: a for a in self.attributions}
        names: list[str] = []
        seen: set[str] = set()
        current: Attribution | None = attribution
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(self.speaker_label(current))
            if current.via is not None:
                names.append(source_label(self.source_by_id(current.via)))
            current = by_id.get(current.parent) if current.parent else None
        if self.article.outlet is not None:
            names.append(self.article.outlet.name)
        return [n for k, n in enumerate(names) if k == 0 or n != names[k - 1]][::-1]  # "told the BBC" in the BBC


def source_label(source: Source | None) -> str:
    if source is None:
        return "(unresolved)"
    return source.name or source.description or (source.mentions[0].text if source.mentions else source.id)


_ENCODER = msgspec.json.Encoder()


def json_schema() -> dict:
    """The JSON Schema of the contract, generated from the structs above."""
    schema = msgspec.json.schema(Analysis)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/reportedly/reportedly/schema/analysis-v1.json"
    schema["title"] = SCHEMA_ID
    return schema
