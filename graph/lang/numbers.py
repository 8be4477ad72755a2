"""Numbers: digits with Kazakh suffixes (15-і, 2-ші) and cardinal number words (бес, жиырма)."""

from __future__ import annotations

import re

from kazkg.graph.lang.data.numerals import MULTIPLIERS, UNITS

_DIGITS = re.compile(r"^(\d+(?:[.,]\d+)?)(?:-?[^\W\d_]+)?$")


def parse_number(word: str | list[str]) -> int | float | None:
    """The value of ``15``, ``15-і``, ``3,5``, ``бес``, ``жиырма бес``, ``екі мың жиырма екі``; else None.

    Number words combine additively, with мың/миллион multiplying what precedes (standard
    Kazakh numeral syntax: екі мың = 2 × 1000).
    """
    words = word.split() if isinstance(word, str) else list(word)
    if len(words) == 1:
        m = _DIGITS.match(words[0])
        if m:
            num = m.group(1).replace(",", ".")
            return float(num) if "." in num else int(num)
    total = cur = 0
    seen = False
    for w in words:
        w = w.lower()
        if w == "жүз":
            cur = max(cur, 1) * 100
        elif w in UNITS:
            cur += UNITS[w]
        elif w in MULTIPLIERS:
            total += max(cur, 1) * MULTIPLIERS[w]
            cur = 0
        else:
            return None
        seen = True
    return total + cur if seen else None
