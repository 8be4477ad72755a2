"""Tokenisation of Kazakh Cyrillic news text with character offsets kept for every token.

One precompiled regex, tried left to right, decides the token kinds in order of priority: URLs and
e-mails, initials (Қ.-Ж.), dotted abbreviations (т.б., ж.), numeric dates and times (15.09.2022,
17:44), year ranges (2022-2026, 2022–2026), numbers with a hyphenated suffix (15-і, 2-ші),
numbers, words with inner hyphens (Қасым-Жомарт, ҚХА-ның, сондай-ақ), domain names (El.kz), and
single punctuation marks (« » “ ” – …).
"""

from __future__ import annotations

import re

from kazkg.graph.lang.data.abbreviations import DOTTED, SINGLE

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LETTER = r"[^\W\d_]"
ABBREVIATIONS = frozenset(a.lower() for a in DOTTED + SINGLE)

# A letter run followed by none of the characters that could continue a longer token (a digit or
# "_", a dot, @, +, a hyphen or dash, a colon, an apostrophe) is a plain word whatever the other
# alternatives say, so it is tried first: most tokens are such words, and every later alternative
# would otherwise be attempted (and fail) at each of them.
_PLAIN_WORD = rf"(?P<word>{_LETTER}+)(?![\w.@+\-‐:'’`])"

_PATTERN = (
    rf"""
    {_PLAIN_WORD}
  | (?P<url>(?:https?://|www\.)[^\s«»“”"<>]+[^\s«»“”"<>.,;:!?)\]])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<initials>[{_UP}]\.(?:\s?-?[{_UP}]\.)?(?=\s*[{_UP}]))
  | (?P<domain>(?:[a-zA-Z0-9-]+\.)+(?:kz|ru|com|org|net|info|gov|edu|io|қаз)(?![\w.]\w))
  | (?P<abbr>(?<!\w){_LETTER}{{1,5}}\.(?:{_LETTER}{{1,3}}\.)*)
  | (?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?!\d))
  | (?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d))
  | (?P<range>\d{{4}}\s?[-–—]\s?\d{{4}}(?!\d)(?:-{_LETTER}+)?)
  | (?P<num>\d+(?:[.,]\d+)*(?:-{_LETTER}+)?%?)
  | (?P<hword>{_LETTER}+(?:['’`][{_LETTER[1:-1]}]+)?(?:[-‐]{_LETTER}+)*)
  | (?P<punct>\.\.\.|[.!?]+|\S)
    """
)
TOKEN_RE = re.compile(_PATTERN, re.VERBOSE)
# the same without the abbreviation candidate, to re-read an unlisted "word." candidate
_NO_ABBR_RE = re.compile(_PATTERN.replace("(?P<abbr>", "(?P<abbr_off>(?!)"), re.VERBOSE)


def iter_tokens(text: str, start: int = 0, end: int | None = None):
    """Yield (surface, start, end, kind) for ``text[start:end]``; offsets index ``text``."""
    yield from token_list(text, start, end)


def token_list(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int, str]]:
    """The (surface, start, end, kind) tokens of ``text[start:end]`` as a list (offsets index
    ``text``).  A plain loop rather than a generator: the sentence splitter needs the whole list
    anyway, and a yield per token costs about as much as the regex match of a short word."""
    if end is None:
        end = len(text)
    out: list[tuple[str, int, int, str]] = []
    append = out.append
    for m in TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "word":  # the plain-word fast path: most tokens
            append((m.group(), m.start(), m.end(), kind))
        elif kind == "abbr":
            _abbreviation(text, m, append)
        else:
            append((m.group(), m.start(), m.end(), "word" if kind == "hword" else kind))
    return out


def _abbreviation(text: str, m: re.Match, append) -> None:
    """A short word followed by a stop is an abbreviation only if listed (т.б., ж., млн.);
    otherwise the word and the stop are two tokens (сөйледі.)."""
    surf = m.group()
    if surf.lower() in ABBREVIATIONS:
        append((surf, m.start(), m.end(), "abbr"))
        return
    for sub in _NO_ABBR_RE.finditer(text, m.start(), m.end() - 1):
        kind = sub.lastgroup
        append((sub.group(), sub.start(), sub.end(), "word" if kind == "hword" else kind))
    append((".", m.end() - 1, m.end(), "punct"))


def tokenize(text: str) -> list[str]:
    """Surface tokens of ``text`` (convenience for tests and quick use)."""
    return [t for t, _, _, _ in iter_tokens(text)]
