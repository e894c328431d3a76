"""The pipeline: named, versioned steps over one `Doc`, checked before any text runs.

Each step is a plain function `step(doc, ctx) -> None` registered with what it `requires` and
`assigns` (names of Doc attributes or analysis fields). `Pipeline` validates that every
requirement is assigned by an earlier step, runs the steps in order and — unless `strict` —
turns a failing step into a warning on that article instead of losing the article.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import PipelineError
from .ingest.record import RawDocument
from .language.doc import Doc
from .model import Analysis, Article
from .settings import DEFAULT_SETTINGS, Settings

log = logging.getLogger(__name__)

StepFunc = Callable[[Doc, "Context"], None]


@dataclass(frozen=True, slots=True)
class StepInfo:
    name: str
    func: StepFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


@dataclass
class Context:
    """What steps may use besides the Doc: settings and resources loaded once per pipeline."""

    settings: Settings
    resources: dict = field(default_factory=dict)

    def resource(self, key: str, loader: Callable[[], object]) -> object:
        """Load a resource (lexicon, model) once per pipeline, never per document."""
        if key not in self.resources:
            self.resources[key] = loader()
        return self.resources[key]


class Registry:
    """Step names → StepInfo. Kept on the pipeline, not as module-global mutable state."""

    def __init__(self) -> None:
        self._steps: dict[str, StepInfo] = {}

    def add(self, name: str, func: StepFunc, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> None:
        if name in self._steps:
            raise PipelineError(f"step {name!r} registered twice")
        self._steps[name] = StepInfo(name, func, tuple(requires), tuple(assigns),
                                     (func.__doc__ or "").strip().split("\n")[0])

    def get(self, name: str) -> StepInfo:
        try:
            return self._steps[name]
        except KeyError:
            raise PipelineError(f"unknown step {name!r}; known: {', '.join(sorted(self._steps))}") from None

    def names(self) -> list[str]:
        return list(self._steps)


def article_id(raw: RawDocument) -> str:
    if raw.id:
        return raw.id
    basis = (raw.url or "") + "\x00" + raw.text
    return hashlib.blake2b(basis.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


class Pipeline:
    def __init__(self, steps: list[StepInfo], settings: Settings = DEFAULT_SETTINGS):
        self.steps = steps
        self.context = Context(settings)
        self.validate()

    @property
    def settings(self) -> Settings:
        return self.context.settings

    @property
    def step_names(self) -> list[str]:
        return [s.name for s in self.steps]

    def validate(self) -> None:
        assigned: set[str] = {"text", "article"}
        for step in self.steps:
            missing = [r for r in step.requires if r not in assigned]
            if missing:
                raise PipelineError(f"step {step.name!r} requires {missing}, which no earlier step assigns")
            assigned.update(step.assigns)

    def make_doc(self, raw: RawDocument) -> Doc:
        text = raw.text
        warnings = list(raw.warnings)
        limit = self.settings.max_text_chars
        if len(text) > limit:
            warnings.append(f"text cut to {limit:,} of {len(text):,} characters (setting max_text_chars)")
            text = text[:limit]
        article = Article(
            id=article_id(raw), title=raw.title or text.strip().split("\n", 1)[0][:500], language="und",
            text=text, url=raw.url, published=raw.published, author=raw.author, site_name=raw.site_name,
        )
        analysis = Analysis.new(article)
        analysis.warnings.extend(warnings)
        doc = Doc(text=text, analysis=analysis)
        doc.user_data["raw"] = raw
        return doc

    def __call__(self, raw: RawDocument, strict: bool = False) -> Analysis:
        doc = self.make_doc(raw)
        self.run(doc, strict=strict)
        return doc.analysis

    def run(self, doc: Doc, strict: bool = False) -> Doc:
        for step in self.steps:
            t0 = time.perf_counter()
            try:
                step.func(doc, self.context)
            except Exception as exc:
                if strict:
                    raise
                log.warning("step %s failed on %s: %r", step.name, doc.article.id, exc)
                doc.warn(f"step {step.name} failed: {type(exc).__name__}: {exc}")
            doc.done.update(step.assigns)
            timings = doc.user_data.setdefault("timings", {})
            timings[step.name] = time.perf_counter() - t0
        return doc

    def pipe(self, raws: Iterable[RawDocument], strict: bool = False) -> Iterator[Analysis]:
        for raw in raws:
            yield self(raw, strict=strict)


_DEFAULT: dict[tuple, Pipeline] = {}


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The pipeline of `reportedly.config.DEFAULT_STEPS`, built once per settings value."""
    from .config import build_pipeline

    settings = settings or DEFAULT_SETTINGS
    key = (settings,)
    if key not in _DEFAULT:
        if len(_DEFAULT) > 8:   # bound the cache for long-running services with many settings
            _DEFAULT.clear()
        _DEFAULT[key] = build_pipeline(settings=settings)
    return _DEFAULT[key]
