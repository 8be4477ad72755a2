"""Places inside places as the text writes them: a region or district name followed by a settlement
("Абай облысы Курчатов қаласы", "Алматы облысындағы Үлкен кенті", "Жамбыл облысының Талас ауданы")
-> the smaller place kz:locatedIn the larger one.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold, lemma

# Larger units (their noun) and what may lie in them.
CONTAINS = {"облыс": {"қала", "аудан", "ауыл", "кент", "елді"}, "аудан": {"қала", "ауыл", "кент", "елді"}}
PLACE_UNITS = {"қала", "аудан", "ауыл", "кент", "облыс"}
JOINERS = {"және", "мен", "пен", "бен"}


class LocatedInExtractor:
    name = "located_in"
    requires = ("sentences", "lemmas", "Place")
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
                smalls, j = [small], self._after(toks, k + 1, small)
                # "Жетісу облысының Сарқан және Ескелді аудандарына": places joined before one plural noun
                while j + 1 < len(toks) and (toks[j].text == "," or fold(toks[j].text) in JOINERS):
                    other = ctx.facts.covering(toks[j + 1].start, toks[j + 1].end)
                    if other is None or other.type != "Place" or other is big:
                        break
                    smalls.append(other)
                    j = self._after(toks, j + 1, other)
                noun = toks[j] if j < len(toks) else None
                if noun is None or lemma(noun) not in CONTAINS[unit]:
                    continue  # "Абай облысы Курчатов қаласы": the smaller place's own noun follows
                for place in smalls:
                    ctx.facts.relate(place.key, "locatedIn", big.key, ctx.span(toks[k - 1].start, noun.end))
            self._seat(ctx, toks)

    @staticmethod
    def _seat(ctx: Context, toks) -> None:
        """"Ақмола облысының әкімшілік орталығы Көкшетауда", "... орталығы болып табылатын Қонаевта": the
        region's administrative centre lies in the region."""
        for k in range(2, len(toks) - 1):
            if fold(toks[k].text) != "орталығы" or fold(toks[k - 1].text) != "әкімшілік":
                continue
            region = ctx.facts.covering(toks[k - 2].start, toks[k - 2].end)
            if region is None or region.type != "Place" or lemma(toks[k - 2]) != "облыс":
                continue
            for t in toks[k + 1:k + 5]:
                if "Abl" in t.tags:
                    continue  # "... орталығы Шымкенттен Түркістанға көшірілген": moved from, not there
                town = ctx.facts.covering(t.start, t.end)
                if town is not None and town.type == "Place" and town is not region:
                    ctx.facts.relate(town.key, "locatedIn", region.key, ctx.span(toks[k - 2].start, t.end))
                    break
                if t.is_punct:
                    break

    @staticmethod
    def _after(toks, i: int, place) -> int:
        """Index of the first token after the mention of ``place`` that covers token i (its own noun stays)."""
        m = next((m for m in place.mentions if m.start <= toks[i].start < m.end), None)
        j = i + 1
        while m is not None and j < len(toks) and toks[j].end <= m.end and lemma(toks[j]) not in PLACE_UNITS:
            j += 1
        return j
