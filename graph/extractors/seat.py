"""Where a body sits: "Агенттіктің орталық аппараты Астана қаласында орналасады", "Қордың орталық кеңсесі
Астана қаласында орналасады", "Орталық Степногорск қаласында орналасқан" -> the body kz:locatedIn the place.

The body is the one named (or referred to by its head word) first in the sentence, in the genitive
(its office) or as the subject; the place is the last one in the locative before the verb.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold

SITS = "орналас"  # орналасады, орналасқан, орналасатын (but not орналастырады: "places")


class SeatExtractor:
    name = "seat"
    requires = ("sentences", "lemmas", "Organization", "Place")
    provides = ("locatedIn",)

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            toks = sent.tokens
            k = next((i for i, t in enumerate(toks) if fold(t.text).startswith(SITS)
                      and not fold(t.text).startswith(SITS + "тыр")), None)
            if k is None:
                continue
            body = next((e for t in toks[:k] if (e := ctx.facts.covering(t.start, t.end, ("Organization",)))
                         and "Loc" not in t.tags), None)
            place = next((e for t in reversed(toks[:k]) if "Loc" in t.tags
                          and (e := ctx.facts.covering(t.start, t.end, ("Place",)))), None)
            if body is not None and place is not None:
                ctx.facts.relate(body.key, "locatedIn", place.key, ctx.span(sent.start, sent.end))
