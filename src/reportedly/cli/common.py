"""Options and helpers shared by the commands."""

from __future__ import annotations

import click

from ..settings import DEFAULT_SETTINGS, Settings


def settings_option(f):
    return click.option(
        "--setting", "settings_pairs", multiple=True, metavar="NAME=VALUE",
        help="Override a setting (see `reportedly settings`), e.g. --setting max_input_bytes=5000000.",
    )(f)


def build_settings(pairs: tuple[str, ...]) -> Settings:
    """Settings from --setting pairs, checked by building the pipeline they configure."""
    from ..errors import ReportedlyError
    from ..pipeline import default_pipeline

    try:
        settings = DEFAULT_SETTINGS.with_overrides(list(pairs))
        default_pipeline(settings)
    except (ValueError, ReportedlyError) as exc:
        raise click.BadParameter(str(exc), param_hint="--setting") from None
    return settings
