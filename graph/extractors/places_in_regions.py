"""Places inside places that the article names both of, as the official classifier relates them:
"Семей" and "Абай облысы" in one article -> Семей kz:locatedIn Абай облысы; a district in its region,
a village in its district; a region (not a city) in Қазақстан when the article names the country.

The text names both places; which contains which comes from KATO (graph/places.py, derived from the
official classifier), so "Абай облысының Аягөз ауданы" and a district named three sentences after its
region give the same link. A label KATO cannot tie to one unit (two Абай ауданы) gives none. The
evidence is the smaller place's first mention.
"""

from __future__ import annotations

from kazkg.graph import places
from kazkg.graph.extractors.base import Context

COUNTRY = "Қазақстан"


class PlacesInRegionsExtractor:
    name = "places_in_regions"
    requires = ("Place",)
    provides = ("locatedIn",)

    def __call__(self, ctx: Context) -> None:
        entities = [e for e in ctx.facts.of_type("Place") if e.mentions]
        table = places.load()
        linked = {}
        for ent in entities:
            place = next(filter(None, (places.link(n, table) for n in (ent.label, *sorted(ent.alt_labels)))), None)
            if place is not None:
                linked[place.code] = (ent, place)
        country = next((e for e in entities if e.label == COUNTRY), None)
        for ent, place in linked.values():
            first = min(ent.mentions, key=lambda m: m.start)
            chain = table.parents(place)
            container = next((linked[p.code][0] for p in chain if p.code in linked), None)
            if container is not None and container is not ent:
                ctx.facts.relate(ent.key, "locatedIn", container.key, first)
            elif place.kind == "region" and country is not None:  # (not Астана: the gold leaves cities out)
                ctx.facts.relate(ent.key, "locatedIn", country.key, first)
