"""Kazakh language layer: sentences, tokens, lemmas, tags, dates and Latin labels (issue 3).

Public API (others code against these names):

* ``analyse(text, regions=None, base_date=None) -> Doc``
* ``lemmatize(word) -> str``, ``analyse_word(word) -> list[Analysis]``
* ``nominative(words) -> str``, ``strip_case(word) -> str``
* ``verb_stem(word) -> str``, ``lemma_is(token_or_word, *lemmas) -> bool``, ``has_stem(word, stem)``
* ``transliterate(text) -> str``
* ``find_dates(text, base_date=None) -> list[DateMention]``, ``parse_date(phrase) -> DateMention | None``
* ``tokenize(text) -> list[str]``, ``parse_number(word) -> int | None``
* ``clear_caches()`` (forget analysed word forms: benchmarks of a cold start)
* ``inflect(stem, *tags) -> str`` (generate a nominal form: Тоқаев + Gen -> Тоқаевтың)
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

from kazkg.graph.doc import DateMention, Doc, Sentence, Token
from kazkg.graph.lang.dates import find_dates, parse_date
from kazkg.graph.lang.lemma import Analysis, default_lemmatizer
from kazkg.graph.lang.morphology import inflect
from kazkg.graph.lang.names import has_stem, lemma_is, nominative, strip_case, verb_stem
from kazkg.graph.lang.numbers import parse_number
from kazkg.graph.lang.segment import split_sentences
from kazkg.graph.lang.tokens import tokenize
from kazkg.graph.lang.translit import transliterate

__all__ = [
    "Analysis",
    "analyse",
    "analyse_word",
    "clear_caches",
    "find_dates",
    "has_stem",
    "inflect",
    "lemma_is",
    "lemmatize",
    "nominative",
    "parse_date",
    "parse_number",
    "strip_case",
    "tokenize",
    "transliterate",
    "verb_stem",
]


def analyse_word(word: str) -> list[Analysis]:
    """All readings of one word, best first (lemma in UD-KTB convention, tags UPOS first)."""
    return list(default_lemmatizer().analyse(word))


def lemmatize(word: str) -> str:
    """The best lemma of one token (Тоқаевтың -> Тоқаев, Жарлығымен -> жарлық, бекітілді -> бекіт)."""
    return default_lemmatizer().analyse(word)[0].lemma


_PUNCT = ("PUNCT",)
_LEMMATISED = frozenset({"word", "abbr", "initials"})
_LINKS = frozenset({"url", "email", "domain"})
_BEST: dict[str, tuple[str, tuple[str, ...]]] = {}
_BEST_MAX = 500_000  # bound the surface cache on long corpus runs


def clear_caches() -> None:
    """Forget every analysed word form (the surface cache, the per-word analyses and the stem
    scores), keeping the lexicon and the suffix index.  The next ``analyse`` then runs as on a
    corpus never seen before: this is what the benchmark's "cold" speed measures."""
    _BEST.clear()
    _NAMES.clear()
    _COMMON.clear()
    strip_case.cache_clear()
    lem = default_lemmatizer()
    lem.analyse.cache_clear()
    lem.clear_caches()


@contextmanager
def _no_cyclic_gc():
    """Pause the cyclic garbage collector while a document's tokens are built, then run one
    collection of the young generation.

    Why: every Token (and every new word's analyses) is a GC-tracked object, so a long text
    triggers hundreds of collections, and a few of them are full ones that traverse the lexicon,
    the suffix index and the word caches (over half a million objects) each time: about a
    quarter of the cold time and a third of the warm time.  What is built here forms no
    reference cycles, so pausing leaves nothing uncollected; the one young collection at the end
    pays for the new objects at once and inside ``analyse`` (its cost is measured, not moved to
    the caller), and the previous GC state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(0)


def analyse(text: str, regions: list[tuple[int, int]] | None = None, base_date: str | None = None) -> Doc:
    """Split ``text`` into sentences and tokens (only inside ``regions`` if given), lemmatise and
    tag every token, and find the dates.  Offsets always index the full ``text``."""
    if len(_BEST) > _BEST_MAX:
        _BEST.clear()
        _NAMES.clear()
        _COMMON.clear()
    doc = Doc(text=text)
    with _no_cyclic_gc():
        sentences = doc.sentences
        for idx, toks in enumerate(split_sentences(text, regions)):
            start, end = toks[0][1], toks[-1][2]
            sentences.append(Sentence(idx, text[start:end], start, end, _tokens(toks)))
    if regions is None:
        doc.dates = find_dates(text, base_date)
    else:
        for rs, re_ in sorted(regions):
            doc.dates.extend(_shift(d, rs) for d in find_dates(text[rs:re_], base_date))
    return doc


def _tokens(toks: list[tuple]) -> list[Token]:
    """Tokens with lemma and tags for one sentence's (surface, start, end, kind) tuples.

    Words go through ``_BEST`` (surface -> (lemma, tags)), so a repeated word costs one dict
    look-up and no Analysis objects; only a word form seen for the first time is analysed."""
    analyse_cached = default_lemmatizer().analyse
    best = _BEST
    get = best.get
    tokens = []
    append = tokens.append
    opening = True  # at the sentence's start, or after an opening quote, dash or colon
    for surf, s, e, kind in toks:
        after_opening, opening = opening, False
        if kind == "word":  # by far the most frequent kind: tested first
            hit = get(surf)
            if hit is None:
                a = analyse_cached(surf)[0]
                hit = best[surf] = (a.lemma, a.tags)
            if hit[1][0] == "VERB" and not after_opening and surf[:1].isupper():
                hit = _as_name(surf, hit)
            elif after_opening and surf[:1].isupper() and _FIRST_PERSONS & set(hit[1]):
                hit = _as_common(surf, hit)
            append(Token(surf, s, e, hit[0], hit[1]))
        elif kind == "punct":
            opening = surf in _OPENERS
            append(Token(surf, s, e, surf, _PUNCT))
        elif kind in _LEMMATISED:
            hit = get(surf)
            if hit is None:
                a = analyse_cached(surf)[0]
                hit = best[surf] = (a.lemma, a.tags)
            append(Token(surf, s, e, hit[0], hit[1]))
        elif kind in _LINKS:
            append(Token(surf, s, e, surf, ("X", kind.capitalize())))
        else:  # num, range, date, time
            lemma = analyse_cached(surf)[0].lemma if kind == "num" else surf
            append(Token(surf, s, e, lemma, ("NUM", kind.capitalize())))
    return tokens


_OPENERS = {"«", "“", "\"", "–", "—", "-", ":", "(", "„"}
_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {}


_FIRST_PERSONS = frozenset({"Poss1sg", "Poss2sg", "Poss1pl", "Poss2pl"})
_COMMON: dict[str, tuple[str, tuple[str, ...]]] = {}


def _as_common(surf: str, hit: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]]:
    """A sentence's capitalised first word read with "my/your" (Өкі+м+нің) is news's common noun (өкім+нің):
    news rarely speaks in the first or second person, so take the lower-case word's best reading without one."""
    got = _COMMON.get(surf)
    if got is None:
        a = next((a for a in default_lemmatizer().analyse(surf.lower()) if not _FIRST_PERSONS & set(a.tags)), None)
        got = _COMMON[surf] = (a.lemma, a.tags) if a is not None else hit
    return got


def _as_name(surf: str, verb: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]]:
    """A capitalised word inside a sentence read as a verb (Жетісу, Қарағанды) is far more likely a name:
    take its best reading that is not a verb, if it has one."""
    hit = _NAMES.get(surf)
    if hit is None:
        names = [a for a in default_lemmatizer().analyse(surf) if a.tags[0] != "VERB"]
        # the whole word first: "Қарағанды" is a name, not "Қараған" in the accusative
        a = next((a for a in names if not a.suffix), names[0] if names else None)
        hit = _NAMES[surf] = (a.lemma, a.tags) if a is not None else verb
    return hit


def _shift(d: DateMention, by: int) -> DateMention:
    d.start += by
    d.end += by
    return d
