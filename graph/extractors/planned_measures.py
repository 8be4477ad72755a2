"""Planned measures: statements that something "жоспарлануда" / "жоспарланған" (is planned),
"көзделген" (is envisaged) or will be done (the intentional future -мақ/-мек: "айналмақ", the passive
present-future: "енгізіледі"), attached to
the document they are quoted from or the article's document. A future statement counts only next to
the document: in a sentence naming it or right after one."""

from __future__ import annotations

import re

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.documents import POLICY_CLASSES, main_document
from kazkg.graph.grammar.operative import operative
from kazkg.graph.grammar.statements import (
    heading,
    in_force,
    item_count,
    last_token,
    last_words,
    mentioned,
    reporting,
    statement_node,
)

INTENT = re.compile(r"(мақ|мек|бақ|бек|пақ|пек)$")


PREDICATES = ("жоспарлану", "жоспарлан", "көзделу", "көзделген", "көзделіп", "қабылданады", "әзірленетін")


class PlannedMeasureExtractor:
    name = "planned_measures"
    requires = ("sentences", "PolicyDocument")
    provides = ("PlannedMeasure", "hasPlannedMeasure")

    def __call__(self, ctx: Context) -> None:
        previous: list = []
        for sent in ctx.sentences:
            docs = mentioned(ctx, sent, POLICY_CLASSES)
            tail = last_words(sent, 3)
            planned = any(w.startswith(PREDICATES) for w in tail)
            last = last_token(sent)
            passive_future = last is not None and {"Pass", "Pres"} <= set(last.tags)
            future = bool(tail) and (INTENT.search(tail[-1]) is not None or passive_future) and bool(docs or previous) \
                and not in_force(sent)
            previous = docs
            if not (planned or future) or heading(sent) or reporting(sent) or item_count(ctx, sent, PREDICATES) \
                    or operative(sent):  # "... жүктелсін": an act's order, no plan
                continue
            doc = docs[0] if docs else main_document(ctx)
            if doc is not None:
                statement_node(ctx, sent, "PlannedMeasure", doc, "hasPlannedMeasure")
