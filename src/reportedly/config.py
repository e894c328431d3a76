"""Which steps exist and which run by default: the one place that wires the pipeline.

Steps are registered explicitly here (not by import side effects), so the set of steps is visible
in one file and a test pins it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import PipelineError
from .pipeline import Pipeline, Registry
from .settings import DEFAULT_SETTINGS, Settings

DEFAULT_STEPS: tuple[str, ...] = (
    "reportedly.layout.v1",
    "reportedly.language_id.v1",
    "reportedly.boilerplate.v1",
    "reportedly.links.v1",
    "reportedly.embedded_posts.v1",
    "reportedly.tokens.v1",
    "reportedly.tagger.v1",
    "reportedly.outlet.v1",
    "reportedly.dates.v1",
    "reportedly.quotes.v1",
    "reportedly.attribution.v1",
    "reportedly.quantities.v1",
    "reportedly.hedges.v1",
    "reportedly.claims.v1",
    "reportedly.headline.v1",
    "reportedly.finalize.v1",
)


def build_registry() -> Registry:
    from .analysis import basics, boilerplate, claims, dates, finalize, outlets, posts, quotes
    from .analysis.attribution import engine
    from .analysis.learned import step as learned_step
    from .language import annotate_step

    reg = Registry()
    reg.add("reportedly.layout.v1", basics.layout, assigns=["paragraphs", "headline"])
    reg.add("reportedly.language_id.v1", basics.language_id, requires=["paragraphs"], assigns=["language"])
    reg.add("reportedly.boilerplate.v1", boilerplate.mark_boilerplate, requires=["paragraphs", "language"],
            assigns=["boilerplate"])
    reg.add("reportedly.links.v1", basics.find_links, assigns=["links"])
    reg.add("reportedly.embedded_posts.v1", posts.find_embedded_posts, requires=["paragraphs"],
            assigns=["embedded_posts"])
    reg.add("reportedly.tokens.v1", basics.tokens, requires=["paragraphs", "embedded_posts"],
            assigns=["tokens", "sentences"])
    reg.add("reportedly.tagger.v1", annotate_step.tag_tokens, requires=["tokens", "language"],
            assigns=["pos", "morph", "lemma", "entities"])
    reg.add("reportedly.outlet.v1", outlets.recognise_outlet, requires=["boilerplate"], assigns=["outlet"])
    reg.add("reportedly.dates.v1", dates.find_dates, requires=["tokens", "language"], assigns=["dates"])
    reg.add("reportedly.quotes.v1", quotes.find_quotes, requires=["tokens", "paragraphs"], assigns=["quotes"])
    reg.add("reportedly.attribution.v1", engine.attribute, requires=["quotes", "tokens", "embedded_posts"],
            assigns=["sources", "attributions"])
    reg.add("reportedly.attribution_learned.v1", learned_step.attribute_learned,
            requires=["quotes", "tokens", "embedded_posts"], assigns=["sources", "attributions"])
    reg.add("reportedly.quantities.v1", claims.quantities_step, requires=["tokens", "dates", "attributions"],
            assigns=["quantities"])
    reg.add("reportedly.hedges.v1", claims.hedges_step, requires=["tokens", "sentences"], assigns=["hedges"])
    reg.add("reportedly.claims.v1", claims.claims_step, requires=["quantities", "hedges", "attributions"],
            assigns=["claims"])
    reg.add("reportedly.headline.v1", claims.headline_step, requires=["claims", "hedges"],
            assigns=["headline_check"])
    reg.add("reportedly.finalize.v1", finalize.finalize, requires=["attributions"], assigns=["final"])
    return reg


def build_pipeline(steps: Sequence[str] | None = None, settings: Settings = DEFAULT_SETTINGS,
                   disable: Sequence[str] = ()) -> Pipeline:
    reg = build_registry()
    names = list(steps or DEFAULT_STEPS)
    from .analysis.learned.model import ENGINE_NAMES, RULE_ENGINES

    if settings.attribution_engine not in ENGINE_NAMES:
        raise PipelineError(f"unknown attribution_engine {settings.attribution_engine!r}; "
                            f"known: {', '.join(ENGINE_NAMES)}")
    if settings.attribution_engine not in RULE_ENGINES:
        names = ["reportedly.attribution_learned.v1" if n == "reportedly.attribution.v1" else n for n in names]
    names = [n for n in names if n not in disable and n.split(".")[1] not in disable]
    return Pipeline([reg.get(n) for n in names], settings=settings)

