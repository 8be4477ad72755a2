"""Coordination: names joined by commas and "және", "мен/пен/бен" share what the last one takes
("Әлихан Смайылов, Ералы Тоғжанов және Роман Скляр ... тағайындалды": three people appointed;
"Сенат депутаты Ерлан Қошанов пен Асқар Шәкіров": the post before the first is held by both)."""

from __future__ import annotations

from kazkg.graph.doc import Token
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.match import fold

LINKS = {",", "және", "мен", "пен", "бен", "әрі"}


def joined(toks: list[Token], end: int, start: int) -> bool:
    """Does only a comma or a conjunction (", және" at most) stand between token ``end`` (the last of
    one name) and token ``start`` (the first of the next)?"""
    between = toks[end + 1:start]
    return 1 <= len(between) <= 2 and all(fold(t.text) in LINKS for t in between) \
        and (len(between) == 1 or between[0].text == ",")


def conjuncts(toks: list[Token], named: list[tuple[Entity, int, int]], last: int) -> list[tuple[Entity, int, int]]:
    """The names coordinated with ``named[last]`` ((entity, first, last token) in text order, as
    ``clause.named_in`` gives them), first to last and itself included."""
    out = [named[last]]
    k = last
    while k > 0 and named[k - 1][2] < named[k][1] and joined(toks, named[k - 1][2], named[k][1]):
        out.insert(0, named[k - 1])
        k -= 1
    return out


GAP_LINKS = {",", "ал", "және", "ал,"}


def gapped_owners(toks: list[Token], named: list[tuple[Entity, int, int]], first: int) -> list[tuple[Entity, tuple[int, int]]]:
    """Gapping: "X Абай ауданының, Y Бородулиха ауданының, ал Z ... әкімі болып тағайындалды". For each
    person named before token ``first`` (where the full clause begins) and followed by an owner in the
    genitive and a comma, the person and the owner's tokens [lo, hi)."""
    out = []
    for n, (person, i, j) in enumerate(named):
        lo = j + 1
        hi = lo
        while hi < first and toks[hi].text != "," and hi - lo < 6:
            hi += 1
        if hi == lo or hi >= first or toks[hi].text != "," or "Gen" not in toks[hi - 1].tags:
            continue
        nxt = hi + 1
        while nxt < first and fold(toks[nxt].text) in GAP_LINKS:
            nxt += 1
        following = [k for _, k, _ in named[n + 1:]] + [first]
        if nxt in following:
            out.append((person, (lo, hi)))
    return out
