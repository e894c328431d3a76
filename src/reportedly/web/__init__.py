"""The web app: annotated articles, corpus pages and a JSON API (`reportedly serve`)."""

from __future__ import annotations

from .app import create_app
from .config import WebConfig

__all__ = ["create_app", "WebConfig"]
