"""Limits and defaults, each with the reason for its value.

One `Settings` object is passed down instead of keyword arguments on every function; the CLI
builds it from `--setting name=value` and the web app from its own options.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Settings:
    max_input_bytes: int = 20_000_000
    """Bytes read from one file, URL or stdin. Real article pages are < 3 MB; 20 MB leaves room for
    pages with inline images and still keeps one hostile input from filling memory."""
    max_text_chars: int = 1_000_000
    """Characters of article text analysed. Longer texts are cut (with a warning): 1M characters
    is ~150,000 words, far beyond any article, and bounds the time per document."""
    fetch_timeout: float = 15.0
    """Seconds for connecting and reading one URL."""
    max_redirects: int = 5
    allow_private_addresses: bool = False
    """Fetching loopback/private/link-local addresses is refused: a server fetching user-supplied
    URLs must not become a proxy into its own network. Tests of local servers switch it on."""
    user_agent: str = "reportedly/0.1 (+https://github.com/reportedly/reportedly)"
    doc_timeout: float = 30.0
    """Seconds one document may take in batch and web work before it is recorded as an error."""
    attribution_engine: str = "rules"
    """Attribution engine: "rules" | "rules-news" | "learned-gepade" | "learned-news" (docs/models.md).
    "rules" uses only CC0/BY-SA-derived and hand-written lexicons; "rules-news" adds lexicon counts
    from CC BY-NC-SA 4.0 news data and "learned-news" is trained on it: not for commercial use."""

    def with_overrides(self, pairs: list[str]) -> Settings:
        """Apply `name=value` strings (from `--setting`), converting to the field's type."""
        known = {f.name: f for f in fields(self)}
        changes = {}
        for pair in pairs:
            name, sep, raw = pair.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in known:
                raise ValueError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
            current = getattr(self, name)
            if isinstance(current, bool):
                value: object = raw.strip().lower() in {"1", "true", "yes", "on"}
            elif isinstance(current, int):
                value = int(raw)
            elif isinstance(current, float):
                value = float(raw)
            else:
                value = raw
            changes[name] = value
        return replace(self, **changes)


DEFAULT_SETTINGS = Settings()
