"""Principles: a heading paragraph "... қағидаттары:" followed by list items (bulleted, numbered, or
short paragraphs without a full stop). A heading with no items records nothing: nothing is invented."""

from __future__ import annotations

import re

from graph.extractors.base import Context
from graph.extractors.match import fold

ITEM = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)]|[a-zа-яәғқңөұүһі]\))\s*")


class PrincipleExtractor:
    name = "principles"
    requires = ("sentences", "organization", "policy_document")
    provides = ("Principle", "hasPrinciple")

    def __call__(self, ctx: Context) -> None:
        regions = ctx.article.regions
        for n, (s, e) in enumerate(regions):
            heading = ctx.text[s:e]
            if not heading.rstrip().endswith(":") or "қағидат" not in fold(heading):
                continue
            owner = self._owner(ctx, s, e)
            if owner is None:
                continue
            for s2, e2 in regions[n + 1:]:
                item = ctx.text[s2:e2]
                if not self._is_item(item):
                    break
                m = ITEM.match(item)
                start = s2 + (m.end() if m else 0)
                label = " ".join(ctx.text[start:e2].rstrip(";.,").split())
                node = ctx.facts.entity("Principle", label, ctx.span(start, start + len(ctx.text[start:e2].rstrip(";.,"))))
                ctx.facts.relate(owner.key, "hasPrinciple", node.key, ctx.span(s, e2))

    @staticmethod
    def _is_item(text: str) -> bool:
        t = text.strip()
        return bool(ITEM.match(t)) or (t[:1].islower() and len(t) < 300) or (len(t) < 120 and not t.endswith((".", ":")))

    @staticmethod
    def _owner(ctx: Context, s: int, e: int):
        for tok in ctx.doc.tokens:
            if s <= tok.start < e:
                ent = ctx.facts.covering(tok.start, tok.end)
                if ent is not None and ent.type in ("Organization", "Concept", "Programme", "Strategy", "Plan"):
                    return ent
        return None
