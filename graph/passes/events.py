"""Passes after the events named by common nouns."""

from __future__ import annotations

from kazkg.graph import lang
from kazkg.graph.context import Context
from kazkg.graph.extractors.common_events import chamber
from kazkg.graph.facts import entity_key
from kazkg.graph.grammar.match import fold
from kazkg.graph.passes import settles

CHAMBER_OWNER = "палатаның "


@settles(after="common_events", edits=("Event",), provides=("partOf",))
def the_chamber_s_sittings(ctx: Context) -> None:
    """"Палатаның VII шақырылымының II сессиясы": "the Chamber" is the one chamber the article names,
    so the event is named by it ("Мәжілістің VII шақырылымының II сессиясы"), and merges with the same
    event named so elsewhere."""
    body = chamber(ctx)
    if body is None:
        return
    owner = lang.inflect(body.label, "Gen")
    for event in list(ctx.facts.of_type("Event")):
        if fold(event.label).startswith(CHAMBER_OWNER):
            label = f"{owner} {event.label[len(CHAMBER_OWNER):]}"
            key = entity_key("Event", label)
            ctx.facts.rekey(event.key, key, label)
            ctx.facts.relate(key, "partOf", body.key, ctx.facts.entities[key].mentions[0])
