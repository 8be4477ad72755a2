"""Holders of a body's seat or chair are its members, and a body's sessions and sittings are part of it
(GOLD.md): "Сенат депутаты Ерлан Қошанов" -> memberOf Сенат; "Мәжіліс төрағасы X" -> memberOf
Мәжіліс; "Мәжілістің жалпы отырысы", "Ұлттық құрылтайдың екінші отырысы" -> partOf the body.

Both read the body named at the start of the post's or the event's own mention, so a post owned by
a place ("Абай облысының әкімі") or by a ministry's minister ("Әділет министрі": no body named) gives
nothing.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold

# posts that are a seat or a chair of the body named before them (a minister is not a ministry's member)
SEATS = ("депутат", "сенатор", "мүше", "төраға", "төрайым", "хатшы", "спикер", "вице-спикер")
SITTINGS = ("сессия", "отырыс", "жиналыс", "пленум", "съезд", "құрылта")  # a body's own sittings, not its election
CHAMBERS = {"Сенат", "Мәжіліс", "Парламент", "Қазақстан халқы Ассамблеясы", "Ұлттық құрылтай",
            "Орталық сайлау комиссиясы", "Конституциялық сот", "Жоғарғы сот"}


def _body_at_start(ctx: Context, start: int, end: int):
    """The Organization whose mention opens the span [start, end) (not the whole span itself)."""
    for org in ctx.facts.of_type("Organization"):
        for m in org.mentions:
            if m.start == start and m.end < end:
                return org, m
    return None


class SeatsAndSessionsExtractor:
    name = "seats_and_sessions"
    requires = ("Organization", "Person", "Position", "Event")
    provides = ("memberOf", "partOf")

    def __call__(self, ctx: Context) -> None:
        facts = ctx.facts
        for post in facts.of_type("Position"):
            last = fold(post.label.split()[-1])
            if not last.startswith(SEATS) or post.label.split()[0] in ("Президент", "Премьер-министр"):
                continue
            for m in post.mentions:
                found = _body_at_start(ctx, m.start, m.end)
                if found is None or found[0].label not in CHAMBERS:
                    continue
                for holder in facts.subjects("holdsPosition", post.key):
                    facts.relate(holder, "memberOf", found[0].key, m)
                break
        for event in facts.of_type("Event"):
            if not fold(event.label.split()[-1]).startswith(SITTINGS):
                continue  # "Мәжіліс сайлауы", "Әділет министрлігі ... күні": about the body, not part of it
            for m in event.mentions:
                found = _body_at_start(ctx, m.start, m.end)
                if found is not None:
                    facts.relate(event.key, "partOf", found[0].key, m)
                    break
