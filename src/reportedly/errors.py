"""Errors users see, each with a code so messages are searchable and testable."""

from __future__ import annotations


class ReportedlyError(Exception):
    """Base class: an input or setting problem reported to the user without a traceback."""

    code = "R000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(ReportedlyError):
    code = "R001"  # unreadable, empty or binary input


class InputTooLarge(ReportedlyError):
    code = "R002"


class FetchError(ReportedlyError):
    code = "R003"  # network failure, HTTP error status


class BlockedAddress(ReportedlyError):
    code = "R004"  # private / loopback / link-local / metadata address or non-http(s) scheme


class PipelineError(ReportedlyError):
    code = "R005"  # a step's requirements are not met, or a step failed


class StoreError(ReportedlyError):
    code = "R006"
