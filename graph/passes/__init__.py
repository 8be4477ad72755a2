"""Passes: the renames, merges and removals that settle what extractors found.

An extractor only adds facts. When one reading must replace another (a place word inside a body's
name is no mention of the place; "Облыстық мәслихат" is the article's region's maslikhat), a pass
does it, named in the registry (``kazkg.graph.extractors.PASSES``), run right after the extractor whose
output it settles, declaring the terms it ``edits``; its docstring says why.
"""

from __future__ import annotations

from collections.abc import Callable


def settles(after: str, edits: tuple[str, ...], provides: tuple[str, ...] = ()) -> Callable:
    """Mark a function ``f(ctx)`` as a pass run after extractor ``after``, editing ``edits`` terms."""

    def mark(fn: Callable) -> Callable:
        fn.name, fn.after, fn.edits, fn.provides, fn.requires = fn.__name__, after, tuple(edits), tuple(provides), ()
        return fn

    return mark
