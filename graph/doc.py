"""The analysed document: Doc > Sentence > Token, every piece with character offsets.

Offsets are Python ``str`` indices (code points) into ``Doc.text``, so ``text[t.start:t.end] == t.text``
always holds; this is what NIF ``beginIndex``/``endIndex`` count.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str = ""
    # Morphological tags from kazkg.graph.lang, e.g. ("NOUN", "Poss3", "Gen") or ("PUNCT",).
    tags: tuple[str, ...] = ()

    @property
    def is_punct(self) -> bool:
        return _no_alnum(self.text)


@lru_cache(maxsize=1 << 16)
def _no_alnum(text: str) -> bool:
    """``Token.is_punct``, once per surface form: the extractors ask it of every token many times."""
    return not any(ch.isalnum() for ch in text)


@dataclass(slots=True)
class DateMention:
    """A date phrase normalised for xsd.

    kind: "date" (value 2022-09-15), "datetime" (2022-09-22T17:44:00), "year" (2022),
    "interval" (value 2022, end 2026: a span of years), "monthday" (--09-15, no year in text).
    relation: how the phrase relates its event to the date: "on", "since", "until", "for".
    """

    text: str
    start: int
    end: int
    value: str
    kind: str
    end_value: str | None = None
    relation: str = "on"


@dataclass(slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Doc:
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # (sentence count it was built for, all tokens, their starts): built on first use, after analysis
    _index: tuple | None = field(default=None, repr=False, compare=False)
    _date_ends: tuple | None = field(default=None, repr=False, compare=False)  # (date count, end -> dates)

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def _token_index(self) -> tuple[list[Token], list[int]] | None:
        """All tokens and their starts, if in text order (the language layer makes them so); None if not."""
        if self._index is None or self._index[0] != len(self.sentences):
            flat = self.tokens
            starts = [t.start for t in flat]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            self._index = (len(self.sentences), flat, starts) if ordered else (len(self.sentences), None, None)
        return None if self._index[1] is None else self._index[1:]

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """``[t for t in self.tokens if start <= t.start and t.end <= end]`` by bisection: that scan, once
        per name, made a long article's extraction quadratic."""
        index = self._token_index()
        if index is None:
            return [t for t in self.tokens if start <= t.start and t.end <= end]
        flat, starts = index
        return [t for t in flat[bisect_left(starts, start):bisect_right(starts, end)] if t.end <= end]

    def dates_ending_at(self, end: int) -> list[DateMention]:
        """``[d for d in self.dates if d.end == end]`` by a look-up: that scan, once per word before an
        event's name, made a long article quadratic."""
        if self._date_ends is None or self._date_ends[0] != len(self.dates):
            ends: dict[int, list[DateMention]] = {}
            for d in self.dates:
                ends.setdefault(d.end, []).append(d)
            self._date_ends = (len(self.dates), ends)
        return self._date_ends[1].get(end, [])

    def tokens_from(self, offset: int, n: int = 1) -> list[Token]:
        """``[t for t in self.tokens if t.start >= offset][:n]`` by bisection."""
        index = self._token_index()
        if index is None:
            return [t for t in self.tokens if t.start >= offset][:n]
        flat, starts = index
        i = bisect_left(starts, offset)
        return flat[i:i + n]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
