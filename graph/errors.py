"""One family of user-facing errors; the CLI prints ``[Kcode] message`` on one line and exits non-zero.

Exit codes: 1 validation found violations, 2 bad input (file, encoding, query, graph), 3 internal.
"""

from __future__ import annotations


class KazkgError(Exception):
    code = "K000"
    exit_code = 2

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0] if self.args else ''}"


class InputError(KazkgError):
    """A file that is missing, empty, binary or not UTF-8."""

    code = "K001"


class GraphParseError(KazkgError):
    code = "K002"


class QueryError(KazkgError):
    code = "K003"


class FormatError(KazkgError):
    code = "K004"


class ModelError(KazkgError):
    code = "K005"


class ValidationFailed(KazkgError):
    code = "K010"
    exit_code = 1
