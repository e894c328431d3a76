"""The `reportedly.attribution_learned.v1` step: rules first, then the learned labeller re-draws the spans.

The model is picked by `settings.attribution_engine` ("learned-gepade" | "learned-news"; see
docs/models.md) and loaded once per pipeline. Languages other than German keep the rule engine's result.
"""

from __future__ import annotations

from ..attribution.engine import attribute
from .features import rule_roles
from .group import RuleEvents, build_events, finish
from .model import ENGINE_NAMES, ENGINES, RULE_ENGINES, Labeller, load_engine


def engine_name(ctx) -> str:
    """The learned engine the settings ask for (a clear error for unknown names)."""
    name = getattr(getattr(ctx, "settings", None), "attribution_engine", "learned-gepade")
    if name in RULE_ENGINES:
        name = "learned-gepade"  # this step was named explicitly: use the commercial-safe model
    if name not in ENGINES:
        raise ValueError(f"unknown attribution_engine {name!r}; known: {', '.join(ENGINE_NAMES)}")
    return name


def labeller(ctx, name: str) -> Labeller:
    if ctx is None:
        return load_engine(name)
    return ctx.resource("attribution_learned:" + name, lambda: load_engine(name))  # type: ignore[return-value]


def attribute_learned(doc, ctx) -> None:
    """Assign analysis.sources and analysis.attributions with the learned labeller (German), rules otherwise."""
    name = engine_name(ctx)
    attribute(doc, ctx)  # the rule engine picks its lexicon from the same setting (news lexicon for learned-news)
    if doc.language != "de" or not doc.tokens:
        return
    model = labeller(ctx, name)
    roles = rule_roles(doc)
    first, labels = model.label(doc, roles)
    rules = RuleEvents(doc)
    frames = model.frames.reader(doc, first, roles, rules) if model.frames is not None else None
    finish(doc, build_events(doc, labels, rules, frames, model.conventions), rules, model.conventions)
