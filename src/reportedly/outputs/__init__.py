"""Renderers of an Analysis: JSON (the contract), a terminal report, Markdown."""

from .markdown import render_markdown
from .text import render_text

FORMATS = ("text", "json", "jsonl", "markdown")

__all__ = ["FORMATS", "render_markdown", "render_text"]
