"""The analysed document: Doc > Sentence > Token, every piece with character offsets.

Offsets are Python ``str`` indices (code points) into ``Doc.text``, so ``text[t.start:t.end] == t.text``
always holds; this is what NIF ``beginIndex``/``endIndex`` count.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
        return not any(ch.isalnum() for ch in self.text)


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

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
