"""The one container that flows through the pipeline.

A `Doc` holds the article text, its tokens and sentences (with the language layer's annotations
on each token) and the analysis built so far. Steps read and write its attributes; nothing else is
passed between them. Tokens are plain slotted objects rather than spaCy tokens: the pipeline
creates hundreds of thousands of them per second and the attribution rules index them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Analysis, Article, Span


class Token:
    """One token with the annotations of the language layer (empty strings when not produced)."""

    __slots__ = ("i", "start", "end", "text", "sent", "pos", "tag", "lemma", "morph", "head", "dep",
                 "ent", "quote", "boilerplate")

    def __init__(self, i: int, start: int, end: int, text: str, sent: int = 0):
        self.i = i
        self.start = start
        self.end = end
        self.text = text
        self.sent = sent
        self.pos = ""       # UPOS
        self.tag = ""       # STTS (German) or PTB (English)
        self.lemma = ""
        self.morph = ""     # UD features, "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
        self.head = -1      # index of the head token, -1 when no parse
        self.dep = ""
        self.ent = "O"      # BIO entity tag, "B-PER"
        self.quote = 0      # quotation depth (0 outside quotes), set by the quotes step
        self.boilerplate = False

    def feats(self) -> dict[str, str]:
        if not self.morph:
            return {}
        return dict(kv.split("=", 1) for kv in self.morph.split("|") if "=" in kv)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.pos or '-'}/{self.tag or '-'}, {self.morph or '-'})"


@dataclass(slots=True)
class Sentence:
    start: int          # character offsets into the text
    end: int
    first: int          # token indices, end exclusive
    last: int
    paragraph: int = 0

    def tokens(self, doc: Doc) -> list[Token]:
        return doc.tokens[self.first:self.last]


@dataclass
class Doc:
    """Everything known about one article while the pipeline runs."""

    text: str
    analysis: Analysis
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Direct quotations as (open_mark_start, content_start, content_end, close_mark_end)."""
    headline_end: int = 0
    user_data: dict = field(default_factory=dict)
    done: set[str] = field(default_factory=set)
    """Names of the attributes that steps have assigned (checked against `requires`)."""

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def language(self) -> str:
        return self.analysis.article.language

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def trimmed_span(self, start: int, end: int) -> Span:
        """A span with surrounding white space and dangling punctuation removed."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–-"):
            end -= 1
        return Span(start, end, text[start:end])

    def is_boilerplate(self, start: int, end: int) -> bool:
        return any(b0 <= start and end <= b1 for b0, b1 in self.boilerplate)

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def token_at(self, offset: int) -> Token | None:
        lo, hi = 0, len(self.tokens) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            t = self.tokens[mid]
            if offset < t.start:
                hi = mid - 1
            elif offset >= t.end:
                lo = mid + 1
            else:
                return t
        return None

    def in_quote(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        for q in self.quotes:
            if q[1] <= start and end <= q[2]:
                return q
        return None

    def warn(self, message: str) -> None:
        self.analysis.warnings.append(message)
