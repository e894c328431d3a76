"""`reportedly serve`: the web app over an embedded SQLite corpus (created when missing)."""

from __future__ import annotations

import ipaddress
import sys
from dataclasses import fields, replace

import click

from .common import build_settings, settings_option


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def web_config(pairs: tuple[str, ...]):
    """WebConfig from `--web-setting name=value`, type-checked against the defaults."""
    from ..web.config import WebConfig

    config = WebConfig()
    known = {f.name for f in fields(WebConfig)}
    changes: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in known:
            raise click.BadParameter(f"unknown web setting {name!r}; known: {', '.join(sorted(known))}",
                                     param_hint="--web-setting")
        current = getattr(config, name)
        try:
            changes[name] = (raw.strip().lower() in {"1", "true", "yes", "on"} if isinstance(current, bool)
                             else type(current)(raw))
        except ValueError:
            raise click.BadParameter(f"{name} needs a {type(current).__name__}",
                                     param_hint="--web-setting") from None
    return replace(config, **changes)


@click.command("serve")
@click.option("--db", "db_path", default="corpus.sqlite", show_default=True, type=click.Path(dir_okay=False),
              help="SQLite corpus; created when missing.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--api-token", envvar="REPORTEDLY_API_TOKEN", default=None,
              help="Require this token (Authorization: Bearer …) on analyze. Env: REPORTEDLY_API_TOKEN.")
@click.option("--web-setting", "web_pairs", multiple=True, metavar="NAME=VALUE",
              help="Override a web limit, e.g. --web-setting analyze_per_minute=60 (see docs/web.md).")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Answer one GET request for PATH, print the body and exit (for tests and scripts).")
@settings_option
def serve_command(db_path: str, host: str, port: int, api_token: str | None, web_pairs: tuple[str, ...],
                  get_path: str | None, settings_pairs: tuple[str, ...]) -> None:
    """Serve the web app and JSON API (http://127.0.0.1:8000 by default)."""
    from ..web import create_app

    app = create_app(db_path, build_settings(settings_pairs), api_token=api_token,
                     config=web_config(web_pairs))
    if get_path is not None:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from starlette.testclient import TestClient

        with TestClient(app) as client:
            resp = client.get(get_path)
        click.echo(resp.text)
        sys.exit(0 if resp.status_code < 400 else 1)
    if not is_loopback(host):
        click.echo(f"warning: binding to {host} makes reportedly reachable from other machines; "
                   "set --api-token and put it behind a TLS proxy.", err=True)
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")
