"""Kazakh, the first implementation of ``kazkg.graph.lang.language.Language``.

Case comes from the lexicon-based analysis of each token (its tags). Only a token the lexicon could
not analyse (a foreign or new proper name: ``Новакты``, ``Бектеновке``, ``Samsung-пен``) or a
pronoun is read by its ending, so a nominative noun the lexicon knows (``бағдарлама``) is never taken
for a dative.
"""

from __future__ import annotations

import re

from kazkg.graph import lang
from kazkg.graph.doc import Doc, Token
from kazkg.graph.lang.language import CASES

# endings of unanalysed names, longest first within each case; the last hyphen part counts ("ЮНЕСКО-ға")
_ENDINGS = (
    ("Gen", re.compile(r"(ның|нің|дың|дің|тың|тің)$")),
    ("Ins", re.compile(r"(менен|бенен|пенен|мен|бен|пен)$")),
    ("Abl", re.compile(r"(нан|нен|дан|ден|тан|тен)$")),
    ("Loc", re.compile(r"(нда|нде|да|де|та|те)$")),
    ("Acc", re.compile(r"(ны|ні|ды|ді|ты|ті)$")),
    ("Dat", re.compile(r"(ға|ге|қа|ке)$")),  # not -на: Нұртазина is a name, its dative Нұртазинаға
)
# pronouns decline on their own stems: оған, бұған, маған (Dat), оны, мұны (Acc), одан, бұдан (Abl)
_PRONOUN_DAT = re.compile(r"(ған|ген)$")


class Kazakh:
    code = "kk"
    latin_code = "kk-Latn"

    def analyse(self, text: str, regions=None, base_date: str | None = None) -> Doc:
        return lang.analyse(text, regions=regions, base_date=base_date)

    @staticmethod
    def _unanalysed(tok: Token) -> bool:
        """Names the lexicon does not know, hyphenated suffixes, and pronouns (whose case forms the
        lexicon leaves untagged: оның, бұған, одан)."""
        if "-" in tok.text or tok.tags[:1] == ("PRON",):
            return True
        # an acronym without a hyphenated ending is its bare name (АЭРҚА, not a dative)
        return tok.lemma in ("", tok.text) and not tok.text.islower() and not tok.text.isupper()

    def case(self, tok: Token) -> str | None:
        for c in CASES:
            if c in tok.tags:
                return c
        if not self._unanalysed(tok):
            return None
        word = tok.text.split("-")[-1].casefold()
        if tok.tags[:1] == ("PRON",) and _PRONOUN_DAT.search(word):
            return "Dat"
        for c, ending in _ENDINGS:
            if (len(word) > 3 or "-" in tok.text or tok.tags[:1] == ("PRON",)) and ending.search(word):
                return c
        return None

    def is_case(self, tok: Token, *cases: str) -> bool:
        return self.case(tok) in cases

    def lemma_is(self, tok, *lemmas: str) -> bool:
        return lang.lemma_is(tok, *lemmas)

    def inflect(self, stem: str, *tags: str) -> str:
        return lang.inflect(stem, *tags)

    def nominative(self, words) -> str:
        return lang.nominative(words)

    def transliterate(self, text: str) -> str:
        return lang.transliterate(text)


KAZAKH = Kazakh()
