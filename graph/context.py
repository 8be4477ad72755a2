"""One article in flight: its text, its analysis, and the facts found so far (read by the grammar
layer and the extractors alike, so it lives below both)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from kazkg.graph.article import Article
from kazkg.graph.doc import Doc, Sentence, Token
from kazkg.graph.facts import Facts, Span
from kazkg.graph.lang.language import Language
from kazkg.graph.lang.languages import for_language


@dataclass
class Context:
    """One article in flight: its text, its analysis, and the facts found so far."""

    article: Article
    doc: Doc
    facts: Facts = field(default_factory=Facts)
    article_id: str = "article"
    # Set by the builder when the NER layer is on: (start_char, end_char, class) per entity span.
    ner: list[tuple[int, int, str]] = field(default_factory=list)

    @cached_property
    def lang(self) -> Language:
        """The article's language: what extractors ask of it (case, lemma tests, inflection)."""
        return for_language(self.article.language)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end])

    def tokens_span(self, tokens: list[Token]) -> Span:
        return self.span(tokens[0].start, tokens[-1].end)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return self.doc.sentences
