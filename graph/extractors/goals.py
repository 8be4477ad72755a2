"""A document's (or act's) aims: sentences whose predicate is "бағытталған" (aimed at), "арналған" (meant for),
or that name its "мақсаты" (aim), with the document (or a word referring to it) in the sentence."""

from __future__ import annotations

from graph.extractors.base import Context
from graph.extractors.clauses import last_words, mentioned, statement_node, words
from graph.extractors.lexicon import LEGAL_ACT_TYPES
from graph.extractors.policy_document import POLICY_CLASSES, main_document

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())  # "Заң ... бағытталған": a law states aims too

PREDICATES = ("бағытталған", "арналған", "бағытталады", "көздейді")


class GoalExtractor:
    name = "goals"
    requires = ("sentences", "policy_document")
    provides = ("Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            tail = last_words(sent, 2)
            aim = any(w.startswith(PREDICATES) for w in tail) or any(w.startswith("мақсат") for w in words(sent)[:6])
            if not aim:
                continue
            docs = mentioned(ctx, sent, POLICY_CLASSES | ACT_CLASSES)
            doc = docs[0] if docs else (main_document(ctx) if "құжатта" in words(sent) else None)
            if doc is not None:
                statement_node(ctx, sent, "Goal", doc, "hasGoal")
