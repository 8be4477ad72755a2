"""One object per language: everything the grammar layer and the extractors ask of a language goes
through it (analyse a text, the case of a token, lemma tests, inflection, nominative labels,
transliteration and the tag of Latin labels). ``for_language(code)`` picks it by the article's
language (``kazkg.graph.lang.languages``); Kazakh (``kazkg.graph.lang.kazakh``) is the first implementation, so a
second language is a second class and its word lists, not edits across the extractors."""

from __future__ import annotations

from typing import Protocol

from kazkg.graph.doc import Doc, Token

CASES = ("Gen", "Dat", "Acc", "Loc", "Abl", "Ins")


class Language(Protocol):
    code: str  # BCP 47 tag of labels in this language ("kk")
    latin_code: str | None  # BCP 47 tag of their Latin transliteration ("kk-Latn"), or None

    def analyse(self, text: str, regions=None, base_date: str | None = None) -> Doc: ...

    def case(self, tok: Token) -> str | None:
        """The grammatical case the token is marked for (one of ``CASES``), None for the nominative."""

    def is_case(self, tok: Token, *cases: str) -> bool: ...

    def lemma_is(self, tok, *lemmas: str) -> bool: ...

    def inflect(self, stem: str, *tags: str) -> str: ...

    def nominative(self, words) -> str: ...

    def transliterate(self, text: str) -> str: ...
