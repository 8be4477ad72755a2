"""The act an article prints in full: its heading lines give the title (``Көктемгі халықтық Наурыз мейрамы
туралы``) and, when they do, the issuer and type (``... Президентінің Жарлығы``); the body holds the
enacting formula (``қаулы етемін:``) and the operative items. The act is labelled by title and type
(GOLD.md); with no type line, the formula tells it: a head of state or akim decrees in the first person
(``қаулы етемін``: Жарлық), a government or akimat in the third (``ҚАУЛЫ ЕТЕДІ``: Қаулы), a minister
orders (``бұйырамын``: Бұйрық).
"""

from __future__ import annotations

import re

from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import norm
from kazkg.graph.grammar.lexicon import DOC_NOMINATIVE, LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.operative import enacting_line

HEADING_LINES = 3  # the headline and up to two heading lines under it
BY_FORMULA = (("шешім етемін", "шешім"), ("шешім етеді", "шешім"), ("етемін", "жарлық"), ("етеміз", "қаулы"), ("етеді", "қаулы"), ("бұйырамын", "бұйрық"), ("бұйырады", "бұйрық"))


class PrintedActExtractor:
    name = "printed_act"
    requires = ("sentences", "LegalAct")
    provides = ("LegalAct", "Decree", "Resolution", "Order", "Decision", "Law")
    edits = ("LegalAct", "Decree", "Resolution", "Order", "Decision", "Law")  # the type line's act takes the title

    def __call__(self, ctx: Context) -> None:
        formula = enacting_line(ctx)
        if formula is None:
            return
        lines = self._heading_lines(ctx, formula[0])
        titled = next(((s, e) for s, e in lines if fold(ctx.text[s:e]).rstrip(" .:").endswith(" туралы")), None)
        if titled is None:
            return
        s, e = titled
        title = " ".join(ctx.text[s:e].split()).rstrip(" .:")
        typed = self._typed_act(ctx, [ln for ln in lines if ln[1] <= s])
        if typed is not None:
            # "Президентінің Жарлығы / X туралы": the act of the type line is the titled one
            noun = typed.label.split()[-1]
            typed.label = f"{title} {noun}"
            typed.add_mention(ctx.span(s, s + len(title)))
            return
        said = formula[1]
        word = self._type_word(ctx, [ln for ln in lines if ln[1] <= s]) \
            or next((w for end, w in BY_FORMULA if said.endswith(end)), None)
        if word is None:
            return
        cls = LEGAL_ACT_TYPES[word]
        ctx.facts.entity(cls, f"{title} {DOC_NOMINATIVE[word]}", ctx.span(s, s + len(title)),
                         key=f"LegalAct:{cls}:::{norm(title)}")

    @staticmethod
    def _heading_lines(ctx: Context, before: int) -> list[tuple[int, int]]:
        out, pos = [], 0
        for line in ctx.text[:before].split("\n"):
            if line.strip():
                out.append((pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
            pos += len(line) + 1
        return out[:HEADING_LINES]

    @staticmethod
    def _type_word(ctx: Context, lines: list[tuple[int, int]]) -> str | None:
        """The act word ending a heading line before the title (``Облыс әкімінің Шешімі``)."""
        for s, e in reversed(lines):
            words = ctx.text[s:e].split()
            found = next((w for w in LEGAL_ACT_TYPES if words and re.match(rf"{w[:4]}", fold(words[-1]))), None)
            if found is not None:
                return found
        return None

    @staticmethod
    def _typed_act(ctx: Context, lines: list[tuple[int, int]]):
        """The act whose word ends one of the heading lines before the title (``... Жарлығы``)."""
        for s, e in reversed(lines):
            for act in ctx.facts.entities.values():
                if act.type in set(LEGAL_ACT_TYPES.values()) and any(s <= m.start and m.end == e for m in act.mentions):
                    return act
        return None
