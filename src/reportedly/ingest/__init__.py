"""Ingest: one loader per kind of input, each returning the same `RawDocument`."""

from .loader import load_input, sniff_is_html
from .record import RawDocument

__all__ = ["RawDocument", "load_input", "sniff_is_html"]
