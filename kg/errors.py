"""The one exception family of kg.

Every error kg raises on purpose is a :class:`KGError`; its message is one line
that says what went wrong and how to fix it. The CLI catches ``KGError`` in one
place and turns it into a one-line message and exit code :data:`EXIT_ERROR`.
"""

from __future__ import annotations

#: Exit codes, documented in the README and ``kg --help``.
EXIT_OK = 0
EXIT_VIOLATIONS = 1  # SHACL violations, or some inputs failed (partial failure)
EXIT_USAGE = 2  # click's own usage errors
EXIT_ERROR = 3  # kg's own errors (bad input, store problems, refused queries)


class KGError(Exception):
    """Base of every error kg raises on purpose; ``str(err)`` is a one-line message."""


class ReadoutError(KGError):
    """A readout file cannot be read or parsed (missing, empty, binary, no date...)."""


class VocabularyError(KGError):
    """The ontology or vocabulary files are missing or malformed."""


class ExtractionError(KGError):
    """The extractor failed on a readout."""


class ExtractorUnavailableError(ExtractionError):
    """The extractor's service (a language model's server) cannot be reached at all:
    every further readout would fail the same way, so a batch stops at the first."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""


class UnsupportedShapesError(KGError):
    """A SHACL shapes graph uses a feature kg's compiled SHACL-Core checks do not support."""


class StoreError(KGError):
    """The store cannot be opened, is locked, or a write failed."""


class QueryError(KGError):
    """A SPARQL query or a question is malformed, refused, or timed out."""


class ExportError(KGError):
    """An export cannot be written."""
