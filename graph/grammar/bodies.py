"""Noun phrases for bodies: which word heads a body's name and where the name starts and ends."""

from __future__ import annotations

from functools import lru_cache

from kazkg.graph import lang
from kazkg.graph.context import Context
from kazkg.graph.grammar.lexicon import (
    LEGAL_ACT_TYPES,
    NON_NAME_POS,
    ORG_HEAD_PATTERNS,
    ORG_HEADS,
    POLICY_TYPES,
    POSITION_PATTERNS,
)
from kazkg.graph.grammar.match import (
    OBLIQUE,
    PATRONYMIC_WORD,
    fold,
    is_cap,
    is_initials,
    lemma,
    looks_like_surname,
)
from kazkg.graph.grammar.phrase import (
    MAX_WORDS,
    inner_word,
)


def is_org_head(tok) -> bool:
    if "Sim" in tok.tags:
        return False  # "Қордай" read as "қор" + similative -дай: a name, not a fund
    return _org_head(tok.lemma, tok.text)


@lru_cache(maxsize=1 << 16)
def _org_head(lem: str, text: str) -> bool:
    """``is_org_head`` by the token's lemma and text, worked out once per word form."""
    word = fold(text)
    return fold(lem or lang.lemmatize(text)) in ORG_HEADS or any(p.search(word) for p in ORG_HEAD_PATTERNS)


def possessed_form(noun: str) -> str:
    """The 3rd-person possessive of a noun by vowel harmony: мәслихат -> мәслихаты, кеңес -> кеңесі, палата -> палатасы."""
    vowels = [c for c in noun.casefold() if c in "аәеиоөұүыіэюя"]
    front = bool(vowels) and vowels[-1] in "әеөүіэи"
    if noun[-1:].casefold() in "аәеиоөұүыіэюя":
        return noun + ("сі" if front else "сы")
    return noun + ("і" if front else "ы")


def tail_of_a_name(toks, i: int) -> bool:
    """Is the lower-case word at i the part after "және" of a longer capitalised name?"""
    if i < 2 or not toks[i].text[:1].islower() or fold(toks[i - 1].text) not in ("және", "мен", "пен", "бен"):
        return False
    for k in range(i - 2, max(-1, i - 7), -1):
        if toks[k].is_punct or is_org_head(toks[k]):
            return False  # "Қаржы министрлігі мен | цифрлық даму министрлігі": two bodies
        if is_cap(toks[k]):
            return k > 0 or toks[k].tags[:1] != ("VERB",)
    return False


def beside(toks, start: int) -> int:
    """"Қазақстан Республикасы Президенті жанындағы Мемлекеттік басқару академиясы": the office a
    body is attached to ("X жанындағы") is part of its name."""
    at = start if fold(toks[start].text) == "жанындағы" else start - 1
    if at < 1 or fold(toks[at].text) != "жанындағы":
        return start
    j = at
    while j > 0 and is_cap(toks[j - 1]) and not set(toks[j - 1].tags) & OBLIQUE \
            and not looks_like_surname(toks[j - 1]) and not (toks[j - 1].tags[:1] and toks[j - 1].tags[0] in NON_NAME_POS):
        j -= 1
    return j if j < at else start


def named_after_start(toks, start: int) -> int:
    """"Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті", "әл-Фараби атындағы ...":
    the person a body is named after is part of its name (and no Person of the article)."""
    if start < 2 or fold(toks[start - 1].text) != "атындағы":
        return start
    i = start - 2
    while i >= 0 and start - 1 - i <= 4 and (fold(toks[i].text) in NAMESAKE_TITLES or (
            not (toks[i].tags[:1] and toks[i].tags[0] in NON_NAME_POS - {"VERB"}) and not post_word(toks[i])
            and (is_cap(toks[i]) or is_initials(toks[i]) or fold(toks[i].text).startswith("әл-")))):
        i -= 1
    return i + 1 if i + 1 < start - 1 else start


def territorial_start(ctx: Context, toks, start: int) -> int:
    """"Алматы қаласы бойынша департаменті": a territorial body is named by its place; returns where
    that name begins (``start`` when no place is named before "бойынша"). Its owner body, named
    before the place, is linked by part_of."""
    prev = toks[start - 2]
    place = ctx.facts.covering(prev.start, prev.end)
    if place is None or place.type != "Place":
        return start
    for m in place.mentions:
        if m.end == prev.end:
            return next((t for t in range(start - 2, -1, -1) if toks[t].start == m.start), start)
    return start


def not_inner(ctx: Context, toks, i: int, taken: set[int]) -> bool:
    """Token i belongs to an owner body, a person or a post rather than to the name being read."""
    tok = toks[i]
    owner = is_org_head(tok) and (is_cap(tok) or "Poss3" in tok.tags or set(tok.tags) & {"Gen"})
    act = lemma(tok) in DOCUMENT_WORDS and fold(tok.text) == lemma(tok)  # "Шешім | Ескелді аудандық мәслихаты"
    return i in taken or owner or act or post_word(tok) or is_person_at(ctx, tok)


def inside_longer_name(toks, k: int) -> bool:
    """A bare lower-case body noun followed by more of a name: "Құқық қорғау, сот жүйесін жетілдіру
    ... комитеті" names the committee, not a court."""
    tok = toks[k]
    if is_cap(tok) or "Poss3" in tok.tags or set(tok.tags) & OBLIQUE:
        return False
    for j in range(k + 1, min(len(toks), k + MAX_WORDS)):
        if is_org_head(toks[j]):
            return True
        if not inner_word(toks[j]) or is_cap(toks[j]):
            return False
    return False


def is_person_at(ctx: Context, tok) -> bool:
    known = ctx.facts.covering(tok.start, tok.end)
    return known is not None and known.type == "Person"


def surname_after_patronymic(toks, i: int) -> bool:
    return i >= 1 and is_cap(toks[i]) and PATRONYMIC_WORD.search(toks[i - 1].text) is not None


def post_word(tok) -> bool:
    word = fold(tok.text)
    return any(p.search(word) for p in POSITION_PATTERNS.values())


def initials(label: str) -> str:
    words = [w for w in label.replace("-", " ").split() if w.casefold() not in CONNECTORS]
    return "".join(w[0] for w in words).upper()


CONNECTORS = {"және", "мен", "пен", "бен", "ісі", "істері"}


NAMESAKE_TITLES = {"хан", "би", "батыр", "ата", "ана", "ақын"}  # "Абылай хан атындағы ..."


# an act or document named first in a sentence is no body's name ("Жоспар | облыс әкімдігінің қаулысымен");
# "бюджет" is left out: "Қаржы және бюджет комитеті", "Бюджет саясаты департаменті"
DOCUMENT_WORDS = set(LEGAL_ACT_TYPES) | set(POLICY_TYPES) - {"бюджет"}


# Legal forms written after a company's quoted name: joint-stock company, LLP, national company,
# state enterprise, non-profit JSC.
LEGAL_FORMS = {"АҚ", "ЖШС", "ҰК", "ҰБ", "РМК", "МКК", "КЕАҚ", "ЖАҚ", "ААҚ", "ҚҚ", "ДББҰ", "РМҚК", "ШЖҚ"}


COUNTRY_PREFIXES = ("Қазақстан Республикасының ", "Қазақстан Республикасы ", "ҚР ")


INNER_POSTPOSITIONS = {"жөніндегі", "жанындағы"}  # "X жөніндегі комитет", "Президент жанындағы кеңес"


# Heads a lower-case word refers back with to the one such body named ("мәслихаттың шешімі")
UNIT_ADJECTIVES = {"облыстық", "аудандық", "қалалық", "ауылдық"}


GENERIC_KINDS = {"ұлттық", "мемлекеттік", "республикалық", "акционерлік", "басқарушы", "әлеуметтік-кәсіпкерлік"}


STATE_WORDS = ("республика", "мемлекет", "сұлтандығ", "корольдіг", "әмірліг", "федерация")
