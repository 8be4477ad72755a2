"""Transliteration into the 2021 Kazakh Latin alphabet, for Latin labels in the graph.

Casing is decided on the Cyrillic side, letter by letter, with separate tables (data/latin.py):
an upper-case letter inside an all-caps run uses the all-caps value (ЮНЕСКО -> İUNESKO), else the
title value (Юлия -> İulia).  The Latin output is never passed through str.upper/lower.
"""

from __future__ import annotations

from functools import lru_cache

from kazkg.graph.lang.data.latin import LOWER, TITLE, UPPER


def _caps_run(text: str, i: int) -> bool:
    """True when text[i] (upper case) sits in an all-caps run of at least two letters."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return (nxt.isalpha() and nxt.isupper()) or (prev.isalpha() and prev.isupper() and not nxt.isalpha())


@lru_cache(maxsize=50_000)
def transliterate(text: str) -> str:
    """``Президент ҚХА-ның жаңа тұжырымдамасын бекітті`` -> ``Prezident QHA-nyñ jaña tūjyrymdamasyn bekıttı``."""
    out = []
    for i, ch in enumerate(text):
        if ch in LOWER:
            out.append(LOWER[ch])
        elif ch in TITLE:
            out.append(UPPER[ch] if _caps_run(text, i) else TITLE[ch])
        else:
            out.append(ch)
    return "".join(out)
