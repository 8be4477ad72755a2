"""Planned measures: statements that something "жоспарлануда" / "жоспарланған" (is planned),
"көзделген" (is envisaged) or will be done (the intentional future -мақ/-мек: "айналмақ"), attached to
the document they are quoted from or the article's document. A future statement counts only next to
the document: in a sentence naming it or right after one."""

from __future__ import annotations

import re

from graph.extractors.base import Context
from graph.extractors.clauses import last_words, mentioned, statement_node
from graph.extractors.policy_document import POLICY_CLASSES, main_document

INTENT = re.compile(r"(мақ|мек|бақ|бек|пақ|пек)$")
PREDICATES = ("жоспарлану", "жоспарлан", "көзделу", "көзделген", "көзделіп", "қабылданады", "әзірленетін")


class PlannedMeasureExtractor:
    name = "planned_measures"
    requires = ("sentences", "policy_document")
    provides = ("PlannedMeasure", "hasPlannedMeasure")

    def __call__(self, ctx: Context) -> None:
        previous: list = []
        for sent in ctx.sentences:
            docs = mentioned(ctx, sent, POLICY_CLASSES)
            tail = last_words(sent, 3)
            planned = any(w.startswith(PREDICATES) for w in tail)
            future = bool(tail) and INTENT.search(tail[-1]) is not None and bool(docs or previous)
            previous = docs
            if not (planned or future):
                continue
            doc = docs[0] if docs else main_document(ctx)
            if doc is not None:
                statement_node(ctx, sent, "PlannedMeasure", doc, "hasPlannedMeasure")
