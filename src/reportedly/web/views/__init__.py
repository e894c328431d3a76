"""Routers, one module per group of pages: analyze (HTML), corpus (HTML), api (JSON)."""
