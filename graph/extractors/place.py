"""Places: known places from the gazetteer, in any case form (Қазақстанда -> Қазақстан)."""

from __future__ import annotations

from graph import gazetteer
from graph.extractors.base import Context


class PlaceExtractor:
    name = "place"
    requires = ("sentences", "lemmas")
    provides = ("Place",)

    def __call__(self, ctx: Context) -> None:
        gaz = gazetteer.load()
        for sent in ctx.sentences:
            for i, j, entry in gaz.match(sent.tokens):
                if entry.type != "Place":
                    continue
                toks = sent.tokens[i:j]
                ctx.facts.entity("Place", entry.kk, ctx.tokens_span(toks))
