"""Aims, tasks, measures and results given as a list under a heading: "Тұжырымдаманың негізгі
міндеттері:" / "Жоспарда мынадай шаралар көзделген:" followed by "1) ...;", "– ...;" items -> one Goal
per item, of the document the heading names (else the article's document or act).

Items are read as the principle extractor reads them (bulleted, numbered, or short paragraphs
without a full stop); the heading itself is no Goal. A heading with no items records nothing.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.clause import is_dative
from kazkg.graph.grammar.documents import POLICY_CLASSES, main_document
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.statements import CAREER, first_named, list_items, stated

HEADING_WORDS = ("мақсат", "міндет", "бағыт", "шара", "нәтиже", "іс-шара", "басымдық", "көзделген", "көзделеді",
                 "қарастырылған", "мыналар", "мынадай", "көрсеткіш", "белгіленген")
DOCUMENTS = POLICY_CLASSES | set(LEGAL_ACT_TYPES.values()) | {"Organization"}


class ListedAimExtractor:
    name = "listed_aims"
    requires = ("sentences", "Organization", "LegalAct", "PolicyDocument")
    provides = ("Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        regions = ctx.article.regions
        for n, (s, e) in enumerate(regions):
            heading = fold(ctx.text[s:e])
            if not heading.rstrip().endswith(":") or "қағидат" in heading or not any(w in heading for w in HEADING_WORDS) \
                    or any(w in heading for w in CAREER):
                continue  # ("мынадай қызметтерді атқарған:" lists a career: see ``career``)
            # "Агенттікке мынадай міндеттер жүктелді:": the tasks are the body's named in the dative
            owner = self._tasked_body(ctx, s, e) or first_named(ctx, s, e, DOCUMENTS) or main_document(ctx)
            if owner is None:
                continue
            for s2, e2, start in list_items(ctx, n):
                body = ctx.text[start:e2].rstrip().rstrip(";.,")
                if not body or stated(ctx, start, start + len(body)):
                    continue
                node = ctx.facts.entity("Goal", " ".join(body.split()), ctx.span(start, start + len(body)))
                ctx.facts.relate(owner.key, "hasGoal", node.key, ctx.span(s, e2))


    @staticmethod
    def _tasked_body(ctx: Context, start: int, end: int):
        if "жүктел" not in fold(ctx.text[start:end]):
            return None
        for tok in ctx.doc.tokens:
            if start <= tok.start < end and is_dative(tok):
                ent = ctx.facts.covering(tok.start, tok.end)
                if ent is not None and ent.type == "Organization":
                    return ent
        return None
