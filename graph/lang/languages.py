"""The languages kazkg reads, by BCP 47 primary subtag; an article's language picks one."""

from __future__ import annotations

from kazkg.graph.lang.kazakh import KAZAKH
from kazkg.graph.lang.language import Language

LANGUAGES: dict[str, Language] = {KAZAKH.code: KAZAKH}


def for_language(code: str | None) -> Language:
    """The language of ``code`` (its primary subtag decides: ``kk``, ``kk-Cyrl``), Kazakh by default."""
    primary = (code or "kk").split("-")[0].lower()
    if primary not in LANGUAGES:
        raise LookupError(f"no language layer for {code!r}; known: {', '.join(sorted(LANGUAGES))}")
    return LANGUAGES[primary]
