"""The extractor protocol and the context every extractor reads from and writes to."""

from __future__ import annotations

from typing import ClassVar, Protocol

from kazkg.graph.context import Context

__all__ = ["Context", "Extractor"]


class Extractor(Protocol):
    """name: registry name; requires: language layers ("sentences", "lemmas", "dates", "ner") and the
    ontology terms (local names) it reads, each provided by an earlier step; provides: the ontology
    terms it emits; edits (optional, default none): the terms of other steps' facts it may change,
    each such edit explained where it is made. ``kazkg.graph.contracts`` checks all three as it runs."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    provides: ClassVar[tuple[str, ...]]
    edits: ClassVar[tuple[str, ...]] = ()

    def __call__(self, ctx: Context) -> None: ...
