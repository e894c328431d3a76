"""reportedly: who says what, according to whom, and how sure they are.

    >>> from reportedly import analyze
    >>> result = analyze("Politico: ...\\n\\nDie US-Zeitung Politico berichtet, ...")
    >>> result.to_json()
"""

from .api import analyze, analyze_input, analyze_many
from .errors import ReportedlyError
from .ingest.record import RawDocument
from .model import SCHEMA_ID, Analysis, Attribution, Claim, Source, Span, json_schema
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_ID", "Analysis", "Attribution", "Claim", "RawDocument", "ReportedlyError", "Settings",
    "Source", "Span", "__version__", "analyze", "analyze_input", "analyze_many", "json_schema",
]
