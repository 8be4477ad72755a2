"""Expected results: "... нәтижелері ... болуы тиіс деп күтілуде" (results are expected to be ...),
"... деп күтілуде" (it is expected that ...), attached to the article's document; what a law is expected
to bring ("кодекс күшіне енгеннен кейін ... қысқарады деп күтілуде") is an aim of that law, as its
provisions are (``provisions``)."""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.documents import LAWS, POLICY_CLASSES, main_document
from kazkg.graph.grammar.statements import (
    heading,
    last_words,
    mentioned,
    statement_node,
    words,
)


class ExpectedResultExtractor:
    name = "expected_results"
    requires = ("sentences", "PolicyDocument")
    provides = ("ExpectedResult", "hasExpectedResult", "Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            tail = last_words(sent, 3)
            expected = any(w.startswith(("күтілу", "күтіледі", "күтілетін")) for w in tail)
            results = any(w.startswith("нәтиже") for w in words(sent)) and any(w.startswith("тиіс") for w in tail)
            if not (expected or results) or heading(sent):
                continue  # "... мынадай нәтижелерге қол жеткізу күтілуде:" introduces a list
            docs = mentioned(ctx, sent, POLICY_CLASSES)
            laws = mentioned(ctx, sent, LAWS)
            if laws and not docs:
                statement_node(ctx, sent, "Goal", laws[0], "hasGoal")
                continue
            doc = docs[0] if docs else main_document(ctx)
            if doc is not None:
                statement_node(ctx, sent, "ExpectedResult", doc, "hasExpectedResult")
