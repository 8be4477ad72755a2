"""The extractor protocol and the context every extractor reads from and writes to."""

from __future__ import annotations

from typing import ClassVar, Protocol

from graph.context import Context

__all__ = ["Context", "Extractor"]


class Extractor(Protocol):
    """name: registry name; requires: layers ("sentences", "lemmas", "dates", "ner") and earlier
    extractors it reads facts from; provides: the ontology terms (local names) it emits."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    provides: ClassVar[tuple[str, ...]]

    def __call__(self, ctx: Context) -> None: ...
