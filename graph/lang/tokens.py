"""Tokenisation of Kazakh Cyrillic news text with character offsets kept for every token.

One precompiled regex, tried left to right, decides the token kinds in order of priority: URLs and
e-mails, initials (Қ.-Ж.), dotted abbreviations (т.б., ж.), numeric dates and times (15.09.2022,
17:44), year ranges (2022-2026, 2022–2026), numbers with a hyphenated suffix (15-і, 2-ші),
numbers, words with inner hyphens (Қасым-Жомарт, ҚХА-ның, сондай-ақ), domain names (El.kz), and
single punctuation marks (« » “ ” – …).
"""

from __future__ import annotations

import re

from graph.lang.data.abbreviations import DOTTED, SINGLE

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LETTER = r"[^\W\d_]"
_abbr = sorted(DOTTED + SINGLE, key=len, reverse=True)
_ABBR = "|".join(re.escape(a) for a in _abbr)

TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s«»“”"<>]+[^\s«»“”"<>.,;:!?)\]])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<initials>[{_UP}]\.(?:\s?-?[{_UP}]\.)?(?=\s*[{_UP}]))
  | (?P<abbr>(?<!\w)(?i:{_ABBR})(?!\w))
  | (?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?!\d))
  | (?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d))
  | (?P<range>\d{{4}}\s?[-–—]\s?\d{{4}}(?!\d)(?:-{_LETTER}+)?)
  | (?P<num>\d+(?:[.,]\d+)*(?:-{_LETTER}+)?%?)
  | (?P<domain>(?:[a-zA-Z0-9-]+\.)+(?:kz|ru|com|org|net|info|gov|edu|io|қаз)(?![\w.]\w))
  | (?P<word>{_LETTER}+(?:['’`][{_LETTER[1:-1]}]+)?(?:[-‐]{_LETTER}+)*)
  | (?P<punct>\.\.\.|[.!?]+|\S)
    """,
    re.VERBOSE,
)


def iter_tokens(text: str, start: int = 0, end: int | None = None):
    """Yield (surface, start, end, kind) for ``text[start:end]``; offsets index ``text``."""
    if end is None:
        end = len(text)
    for m in TOKEN_RE.finditer(text, start, end):
        yield m.group(), m.start(), m.end(), m.lastgroup


def tokenize(text: str) -> list[str]:
    """Surface tokens of ``text`` (convenience for tests and quick use)."""
    return [t for t, _, _, _ in iter_tokens(text)]
