"""Membership: "«Ақ жол» партиясының мүшесі Ерлан Сапаров", "Ерлан Сапаров, Amanat партиясының мүшесі"
-> Person kz:memberOf Organization (org:memberOf).

The body is named in the genitive right before "мүшесі"; the member is the person named next in the
same clause, or else the one named just before it.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold

WINDOW = 8


ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "шыл", "шіл")


class MemberOfExtractor:
    name = "member_of"
    requires = ("sentences", "Organization", "Person", "Position")
    provides = ("memberOf",)

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            toks = sent.tokens
            for k, tok in enumerate(toks):
                if not fold(tok.text).startswith("мүшесі") or k == 0:
                    continue
                body = self._body(ctx, toks, k)
                if body is None:
                    continue
                person = self._person(ctx, toks[k + 1:k + 1 + WINDOW]) or self._person(ctx, reversed(toks[max(0, k - WINDOW - 4):k - 1]))
                if person is not None:
                    ctx.facts.relate(person.key, "memberOf", body.key, ctx.span(sent.start, sent.end))

    @staticmethod
    def _body(ctx: Context, toks, k: int):
        """The body named before "мүшесі": "Amanat партиясының", "«Ақ жол» партиясының" (the name in quotes)."""
        for i in range(k - 1, max(-1, k - 6), -1):
            ent = ctx.facts.covering(toks[i].start, toks[i].end)
            if ent is not None:
                return ent if ent.type == "Organization" else None
            if not (toks[i].text in "»”\"" or fold(toks[i].text).startswith(("партия", "фракция"))
                    or (toks[i].text[:1].islower() and fold(toks[i].text).endswith(ADJECTIVE_ENDINGS))):
                return None  # (but "«Ақ жол» демократиялық партиясының мүшесі")
        return None

    @staticmethod
    def _person(ctx: Context, toks):
        for tok in toks:
            if tok.text in (".", "!", "?", "«", "»") or fold(tok.text) in ("деді", "деп"):
                return None
            ent = ctx.facts.covering(tok.start, tok.end)
            if ent is not None and ent.type == "Person":
                return ent
        return None
