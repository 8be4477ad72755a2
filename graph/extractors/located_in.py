"""Places inside places as the text writes them: a region or district name followed by a settlement
("Абай облысы Курчатов қаласы", "Алматы облысындағы Үлкен кенті", "Жамбыл облысының Талас ауданы")
-> the smaller place kz:locatedIn the larger one.
"""

from __future__ import annotations

from graph.extractors.base import Context
from graph.extractors.match import fold, lemma

# Larger units (their noun) and what may lie in them.
CONTAINS = {"облыс": {"қала", "аудан", "ауыл", "кент", "елді"}, "аудан": {"ауыл", "кент", "елді"}}


class LocatedInExtractor:
    name = "located_in"
    requires = ("sentences", "lemmas", "place")
    provides = ("locatedIn",)

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            toks = sent.tokens
            for k in range(1, len(toks) - 2):
                unit = lemma(toks[k])
                if unit not in CONTAINS or not fold(toks[k].text).startswith(unit[:4]):
                    continue
                big = ctx.facts.covering(toks[k - 1].start, toks[k].end)
                small_tok = toks[k + 1]
                small = ctx.facts.covering(small_tok.start, small_tok.end)
                if big is None or small is None or big is small or big.type != "Place" or small.type != "Place":
                    continue
                noun = toks[k + 2] if k + 2 < len(toks) else None
                if noun is None or lemma(noun) not in CONTAINS[unit]:
                    continue  # "Абай облысы Курчатов қаласы": the smaller place's own noun follows
                ctx.facts.relate(small.key, "locatedIn", big.key, ctx.span(toks[k - 1].start, noun.end))
