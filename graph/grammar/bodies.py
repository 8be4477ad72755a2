"""TODO docstring."""

from __future__ import annotations

from graph.grammar.lexicon import ORG_HEAD_PATTERNS, ORG_HEADS
from graph.grammar.match import (
    fold,
    lemma,
)


def is_org_head(tok) -> bool:
    if "Sim" in tok.tags:
        return False  # "Қордай" read as "қор" + similative -дай: a name, not a fund
    lem = lemma(tok)
    word = fold(tok.text)
    return lem in ORG_HEADS or any(p.search(word) for p in ORG_HEAD_PATTERNS)


def possessed_form(noun: str) -> str:
    """The 3rd-person possessive of a noun by vowel harmony: мәслихат -> мәслихаты, кеңес -> кеңесі, палата -> палатасы."""
    vowels = [c for c in noun.casefold() if c in "аәеиоөұүыіэюя"]
    front = bool(vowels) and vowels[-1] in "әеөүіэи"
    if noun[-1:].casefold() in "аәеиоөұүыіэюя":
        return noun + ("сі" if front else "сы")
    return noun + ("і" if front else "ы")
