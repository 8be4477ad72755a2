"""One family of user-facing errors; the CLI prints ``[Kcode] message`` on one line and exits non-zero.

Exit codes: 1 validation found violations, or a build where some input files failed (the graph of the
others is written); 2 bad input (file, encoding, query, graph) or an output that cannot be written;
3 internal; 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
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


class OutputError(KazkgError):
    """An output that cannot be written (no permission, a folder, the disk full) or would overwrite an input."""

    code = "K006"


class QueryLimit(KazkgError):
    """A query stopped by its time limit (``--timeout``)."""

    code = "K007"


class TooLarge(InputError):
    """An input file over the size limit (``--max-size``)."""

    code = "K008"


class PartialBuild(KazkgError):
    """Some input files could not be read; the graph of the others was written."""

    code = "K011"
    exit_code = 1


class ValidationFailed(KazkgError):
    code = "K010"
    exit_code = 1
