"""Posts held at a date: an article that says "Мемлекет басшысы" (the President) and names Қасым-Жомарт
Тоқаев without calling him President in one phrase still means that he is the President then.

The shipped table graph/data/incumbents.tsv gives who held the state's unique posts (the President, the
Prime Minister) from when to when. A post the article names with no holder of its own gets the one
person who held it on the article's date (its date line, else the latest full date in its text), when
the article names that person too. The relation's evidence is the post's first mention: nothing is
said of a person the text does not name.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

from kazkg.graph import gazetteer
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity


@lru_cache(maxsize=1)
def terms() -> dict[str, list[tuple[str, str, str]]]:
    """post label -> [(gazetteer person id, from, until or "")]."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    with (files("kazkg.graph") / "data" / "incumbents.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out.setdefault(row["post"], []).append((row["person"], row["from"], row["until"]))
    return out


def article_date(ctx: Context) -> str | None:
    if ctx.article.published:
        return ctx.article.published[:10]
    days = [d.value[:10] for d in ctx.doc.dates if d.kind == "date"]
    return max(days) if days else None


class IncumbentExtractor:
    name = "incumbents"
    requires = ("Person", "Position",)
    provides = ("holdsPosition",)

    def __call__(self, ctx: Context) -> None:
        table = terms()
        posts = [p for p in ctx.facts.of_type("Position") if p.label in table and p.mentions]
        if not posts:
            return
        gaz = gazetteer.load()
        named: dict[str, Entity] = {}
        for person in ctx.facts.of_type("Person"):
            entry = gaz.lookup(person.label, "Person")
            if entry is not None:
                named.setdefault(entry.id, person)
        date = article_date(ctx)
        unique = {p.key for p in posts}
        for pid, person in list(named.items()):
            if unique & set(ctx.facts.objects(person.key, "holdsPosition")):
                del named[pid]  # the President named as such is not also the Prime Minister he once was
        for post in posts:
            if ctx.facts.subjects("holdsPosition", post.key):
                continue  # the article says who holds it
            held = [pid for pid, start, until in table[post.label]
                    if pid in named and (date is None or (start <= date and (not until or date <= until)))]
            if len(set(held)) == 1:
                first = min(post.mentions, key=lambda m: m.start)
                ctx.facts.relate(named[held[0]].key, "holdsPosition", post.key, first)
