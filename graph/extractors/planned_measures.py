"""Planned measures: statements that something "жоспарлануда" / "жоспарланған" (is planned) or
"көзделген" (is envisaged), attached to the document they are quoted from or the article's document."""

from __future__ import annotations

from graph.extractors.base import Context
from graph.extractors.clauses import last_words, mentioned, statement_node
from graph.extractors.policy_document import POLICY_CLASSES, main_document

PREDICATES = ("жоспарлану", "жоспарлан", "көзделу", "көзделген", "көзделіп", "қабылданады", "әзірленетін")


class PlannedMeasureExtractor:
    name = "planned_measures"
    requires = ("sentences", "policy_document")
    provides = ("PlannedMeasure", "hasPlannedMeasure")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            if not any(w.startswith(PREDICATES) for w in last_words(sent, 3)):
                continue
            docs = mentioned(ctx, sent, POLICY_CLASSES)
            doc = docs[0] if docs else main_document(ctx)
            if doc is not None:
                statement_node(ctx, sent, "PlannedMeasure", doc, "hasPlannedMeasure")
