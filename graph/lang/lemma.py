"""Lemmatisation: rank the (stem, chain) splits of a word against the stem lexicon.

A split is believed when its stem is attested (UD-KTB lemma, KazNERD paradigm evidence, KazNERD
proper noun) and its chain is one that usually is a real suffix (``CHAIN_PRIOR``, learned from the
treebank: how often a chain that matches a word's ending really is its ending).  Unknown words
fall back to stripping only highly reliable chains from stems of three letters or more.
Lemma conventions follow UD-KTB (KAZAKH.md §2.2): common nouns lower-cased, proper nouns keep
their capital, possessive and passive stripped, final қ/к/п voicing undone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from graph.lang.data.closed import INVARIABLE, PRONOUN_FORMS
from graph.lang.lexicon import Lexicon, default_lexicon
from graph.lang.morphology import last_vowel_front, splits

VERBAL_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: lemma, tags (UPOS first, then morphemes), and its score."""

    lemma: str
    tags: tuple[str, ...]
    score: float = 0.0
    suffix: str = ""  # the stripped surface chain ("" if none)
    kind: str = ""  # "N" nominal chain, "V" verbal chain, "" unsplit or listed


def _has_vowel(s: str) -> bool:
    return any(c in "аәеоөұүыіэюяёиу" for c in s)


class Lemmatizer:
    """Ranks analyses with one lexicon; ``analyse`` is cached per word form."""

    def __init__(self, lexicon: Lexicon | None = None, chain_prior: dict | None = None):
        self.lex = lexicon if lexicon is not None else default_lexicon()
        self.prior = chain_prior if chain_prior is not None else getattr(self.lex, "prior", {}) or {}
        self.analyse = lru_cache(maxsize=200_000)(self._analyse)

    # --- scoring --------------------------------------------------------------------------
    def _stem_score(self, stem: str, kind: str) -> tuple[float, str | None]:
        lex = self.lex
        pos = lex.lemmas.get(stem)
        s = 0.0
        if pos is not None:
            s += 4.0
            if kind == "V":
                s += 1.0 if pos in VERBAL_POS else -3.0
            elif kind == "N" and pos in VERBAL_POS:
                s -= 1.0
        ev = lex.stems.get(stem, 0)
        if ev:
            s += min(3.0, 0.9 * math.log2(1 + ev))
        if kind == "N" and stem in lex.words:
            s += min(1.5, 0.3 * math.log2(1 + lex.words[stem]))
        if stem in lex.propn:
            s += 1.0
        if s == 0.0:
            s = -4.0
        if len(stem) < 2 or not _has_vowel(stem):
            s -= 3.0
        return s, pos

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        low = word.lower()
        cap = word[:1].isupper()
        lex = self.lex
        out: list[Analysis] = []
        if low in PRONOUN_FORMS:
            lemma, pos = PRONOUN_FORMS[low]
            out.append(Analysis(lemma, (pos,), 20.0))
        if low in lex.forms:
            lemma, pos = lex.forms[low]
            out.append(Analysis(lemma if pos == "PROPN" else lemma.lower(), (pos,), 15.0))
        if low in INVARIABLE:
            out.append(Analysis(low, ("X",), 12.0))
        # hyphenated abbreviations and numbers: КСРО-дағы, ҚХА-ның, 15-і -> cut at the hyphen
        head, sep, tail = word.rpartition("-")
        if sep and head and tail and (head.isupper() or head.isdigit()) and not tail.isupper():
            out.append(Analysis(head, ("PROPN" if head.isupper() else "NUM", "Suff"), 14.0, tail))
        if not any(c.isalpha() for c in word):
            out.append(Analysis(word, ("NUM" if any(c.isdigit() for c in word) else "SYM",), 30.0))
            return tuple(out)
        # identity
        s, pos = self._stem_score(low, "N")
        if pos is None and low not in lex.stems:
            s = -1.0  # unknown word left as is: neutral
        out.append(Analysis(low, (pos or ("PROPN" if cap else "NOUN"),), s + self.prior.get("", 0.0)))
        front = last_vowel_front(low)
        for stem, ch in splits(low):
            s, pos = self._stem_score(stem, ch.kind)
            p = self.prior.get(ch.text, None)
            s += p if p is not None else -1.5
            s -= 0.15 * len(ch.tags)
            sf = last_vowel_front(stem)
            if sf is not None and sf != ch.front:
                s -= 0.7
            if pos is None:
                upos = "VERB" if ch.kind == "V" else ("PROPN" if cap else "NOUN")
            else:
                upos = pos
            out.append(Analysis(stem, (upos,) + ch.tags, s, ch.text, ch.kind))
        out.sort(key=lambda a: -a.score)
        return tuple(self._case(a, word, cap) for a in out)

    def _case(self, a: Analysis, word: str, cap: bool) -> Analysis:
        """Restore the capital of proper nouns (Тоқаевтың -> Тоқаев); common nouns stay lower."""
        if not cap or a.lemma[:1].isupper():
            return a
        low = a.lemma
        cased = self.lex.lemma_case.get(low) or self.lex.propn.get(low)
        if cased is None and a.tags[0] == "PROPN":
            cased = word[: len(low)] if word[: len(low)].lower() == low else low[:1].upper() + low[1:]
        if cased is None:
            return a
        return Analysis(cased, a.tags, a.score, a.suffix, a.kind)


@lru_cache(maxsize=1)
def default_lemmatizer() -> Lemmatizer:
    return Lemmatizer()
