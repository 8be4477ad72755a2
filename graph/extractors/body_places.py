"""A local body lies in the place its name starts with (GOLD.md: Organization -> Place, "when the names
show it"): "Жітіқара ауданының әкімдігі" -> Жітіқара ауданы, "Атырау облыстық аумақтық сайлау
комиссиясы" -> Атырау облысы, "Алматы қалалық сайлау комиссиясы" -> Алматы; a body named "of the
region" with no name ("облыстық ішкі саясат басқармасы", "Өңірлік коммуникациялар қызметі") lies in the
one region the article names. "Астанадағы Тәуелсіздік сарайы", "Ташкенттегі кездесу": what a place in
the attributive locative (-дағы) directly qualifies lies in that place.

Only units of Kazakhstan that KATO knows (graph/places.py): a national body ("Қазақстанның ...
әкімшілігі") is not placed in the country, nor a foreign one in its city. "Ауданның орталығы" (the
district's centre) is a settlement, not a body in it.

Runs last among the extractors, so that every body, whichever extractor named it, is seen. The
evidence is the body's first mention.
"""

from __future__ import annotations

from kazkg.graph import lang, places
from kazkg.graph.extractors.base import Context

# The unit's noun in a Place label and the adjective a body's name makes of it.
ADJECTIVES = {"облысы": "облыстық", "ауданы": "аудандық", "қаласы": "қалалық"}
OF_THE_REGION = ("облыстық ", "өңірлік ")
NOT_BODIES = ("орталығы",)


class BodyPlacesExtractor:
    name = "body_places"
    requires = ("sentences", "lemmas", "Organization", "Place", "Event")
    provides = ("locatedIn",)

    def __call__(self, ctx: Context) -> None:
        prefixes = []  # (folded prefix of a body's name, the place)
        table = places.load()
        units = [p for p in ctx.facts.of_type("Place") if places.link(p.label, table) is not None]
        for place in units:
            label = place.label
            forms = {lang.inflect(label, "Gen")}
            bare, _, noun = label.rpartition(" ")
            if bare and noun in ADJECTIVES:
                forms.add(f"{bare} {ADJECTIVES[noun]}")
            elif " " not in label:  # a city: "Алматы қалалық", "Алматы қаласының"
                forms |= {f"{label} қалалық", f"{label} қаласының"}
            prefixes += [(f.casefold() + " ", place) for f in forms]
        prefixes.sort(key=lambda p: -len(p[0]))
        regions = [p for p in units if p.label.endswith(" облысы")]
        for body in ctx.facts.of_type("Organization"):
            name = body.label.casefold()
            if name.endswith(NOT_BODIES):
                continue
            place = next((p for f, p in prefixes if name.startswith(f) and len(name) > len(f)), None)
            if place is None and name.startswith(OF_THE_REGION) and len(regions) == 1:
                place = regions[0]
            if place is not None and body.mentions:
                ctx.facts.relate(body.key, "locatedIn", place.key, min(body.mentions, key=lambda m: m.start))
        self._qualified(ctx)

    @staticmethod
    def _qualified(ctx: Context) -> None:
        for sent in ctx.sentences:
            toks = sent.tokens
            for k in range(len(toks) - 1):
                if not {"Loc", "Rel"} <= set(toks[k].tags):
                    continue
                place = ctx.facts.covering(toks[k].start, toks[k].end, ("Place",))
                nxt = toks[k + 1]
                what = ctx.facts.covering(nxt.start, nxt.end, ("Place", "Organization", "Event"))
                if place is None or what is None or what is place:
                    continue
                if any(m.start == nxt.start for m in what.mentions):  # the name begins right after
                    ctx.facts.relate(what.key, "locatedIn", place.key, ctx.span(toks[k].start, nxt.end))
