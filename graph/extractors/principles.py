"""Principles: a heading paragraph "... қағидаттары:" followed by list items (bulleted, numbered, or
short paragraphs without a full stop). A heading with no items records nothing: nothing is invented."""

from __future__ import annotations

import re

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.statements import first_named, list_items

GENITIVE_END = re.compile(r"(ның|нің|дың|дің|тың|тің)$")
OWNERS = ("Organization", "Concept", "Programme", "Strategy", "Plan")


class PrincipleExtractor:
    name = "principles"
    requires = ("sentences", "Organization", "PolicyDocument")
    provides = ("Principle", "hasPrinciple")

    def __call__(self, ctx: Context) -> None:
        self._in_prose(ctx)
        regions = ctx.article.regions
        for n, (s, e) in enumerate(regions):
            heading = ctx.text[s:e]
            if not heading.rstrip().endswith(":") or "қағидат" not in fold(heading):
                continue
            owner = first_named(ctx, s, e, OWNERS)
            if owner is None:
                continue
            for s2, e2, start in list_items(ctx, n):
                label = " ".join(ctx.text[start:e2].rstrip(";.,").split())
                node = ctx.facts.entity("Principle", label, ctx.span(start, start + len(ctx.text[start:e2].rstrip(";.,"))))
                ctx.facts.relate(owner.key, "hasPrinciple", node.key, ctx.span(s, e2))

    def _in_prose(self, ctx: Context) -> None:
        """"Тұжырымдама заңдылық, тең мүмкіндіктер және ... қағидаттарына негізделеді": the principles
        listed before "қағидаттары(на)" in one sentence, after the document that is its subject."""
        for sent in ctx.sentences:
            toks = sent.tokens
            k = next((i for i, t in enumerate(toks) if fold(t.text).startswith("қағидат") and i > 0), None)
            if k is None or ":" in sent.text or k + 1 >= len(toks):
                continue
            owner, first = None, 0
            for i, t in enumerate(toks[:k]):
                ent = ctx.facts.covering(t.start, t.end)
                if ent is not None and ent.type in OWNERS:
                    owner, first = ent, i + 1
            if owner is None:
                continue
            if fold(toks[k + 1].text) == "ретінде" and k + 3 < len(toks):
                # "Стратегияның негізгі қағидаттары ретінде A, B, сондай-ақ C айқындалған": the list follows
                last = len(toks) - 1
                while last > k + 2 and (toks[last].is_punct or toks[last].tags[:1] in (("VERB",), ("AUX",))):
                    last -= 1
                first, body = k + 2, ctx.text[toks[k + 2].start:toks[last].end]
            elif fold(toks[k + 1].text).startswith(("негізделе", "негізделг", "сүйене")):
                body = ctx.text[toks[first].start:toks[k - 1].end] if first < k else ""
            else:
                continue  # only "... қағидаттарына негізделеді" and "қағидаттары ретінде ..." list principles
            items = [x.strip() for x in re.split(r",\s*(?:сондай-ақ\s+)?|\s+және\s+", body) if x.strip()]
            if len(items) < 2 or any(len(x.split()) > 7 or GENITIVE_END.search(x) for x in items):
                continue  # a list of short names, not a clause
            pos = toks[first].start
            for item in items:
                start = ctx.text.index(item, pos)
                pos = start + len(item)
                node = ctx.facts.entity("Principle", item, ctx.span(start, pos))
                ctx.facts.relate(owner.key, "hasPrinciple", node.key, ctx.span(sent.start, sent.end))


