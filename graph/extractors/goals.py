"""A document's (or act's) aims: sentences whose predicate is "бағытталған" (aimed at), "арналған" (meant for),
or that name its "мақсаты" (aim), with the document (or a word referring to it) in the sentence; and what
a document will do, said with the document as the clause's subject and a present-future verb
("Жоспар ... мүмкіндік береді", "Жоспарды іске асыру ... ықпал етеді")."""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.documents import POLICY_CLASSES, main_document
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.operative import operative
from kazkg.graph.grammar.statements import (
    EFFECT,
    OPENERS,
    heading,
    in_force,
    last_words,
    mentioned,
    past,
    reporting,
    stated,
    statement_node,
    words,
)

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())  # "Заң ... бағытталған": a law states aims too

REPORTING = {"хабарлайды", "жазады", "айтады", "мәлімдейді"}
PREDICATES = ("бағытталған", "арналған", "бағытталады", "көздейді")
ENABLES = {"мүмкіндік береді", "мүмкіндік бермек", "ықпал етеді"}
DETERMINERS = {"жаңа", "бұл", "осы", "аталған"}  # "Жаңа тұжырымдама ... жол ашады": the document is still the subject


def body_is_subject(ctx: Context, sent) -> bool:
    """"Құжатқа сәйкес, Ассамблея ... ықпал етеді": a body as the clause's subject speaks of its own role."""
    subject = next((t for t in sent.tokens if not t.is_punct and fold(t.text) not in OPENERS), None)
    found = ctx.facts.covering(subject.start, subject.end) if subject is not None else None
    return found is not None and found.type == "Organization"


class GoalExtractor:
    name = "goals"
    requires = ("sentences", "PolicyDocument")
    provides = ("Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        previous: list = []
        for sent in ctx.sentences:
            docs = mentioned(ctx, sent, POLICY_CLASSES | ACT_CLASSES)
            previous, docs_before = docs, previous
            tail = last_words(sent, 2)
            aim = any(w.startswith(PREDICATES) for w in tail) or any(w.startswith("мақсат") for w in words(sent)[:6])
            enables = " ".join(tail) in ENABLES
            if not aim and enables and not past(sent) and not body_is_subject(ctx, sent):
                aim = True  # "Жаңа терминалдар ... қысқартуға мүмкіндік береді": what the document will bring
            if not aim and docs and tail and EFFECT.search(tail[-1]) and tail[-1] not in REPORTING and not in_force(sent) \
                    and not past(sent):
                first = next((t for t in sent.tokens if not t.is_punct and fold(t.text) not in DETERMINERS), None)
                aim = (first is not None and ctx.facts.covering(first.start, first.end) in docs
                       and not {"Dat", "Loc", "Abl", "Ins", "Gen"} & set(first.tags))  # the subject, not "Құжатқа сәйкес"
            ws = words(sent)
            if stated(ctx, sent.start, sent.end) or operative(sent):
                continue  # its aims were read one by one (``stated_aims``); "... жүктелсін" orders, it aims at nothing
            if heading(sent) or reporting(sent):
                continue  # "Үкімет ҚАУЛЫ ЕТЕДІ:", "... мынадай міндеттер көзделген:" introduce what follows
            if not aim or any(w.startswith("қағидат") and i + 1 < len(ws) and ws[i + 1].startswith(("негізделе", "сүйене"))
                              for i, w in enumerate(ws)):
                continue  # "... қағидаттарына негізделеді" lists principles, not aims
            if not docs and ws[:1] == ["ол"] and docs_before:
                docs = docs_before[-1:]  # "Ратификацияланған келісім ... жасалған. Ол ... бағытталған."
            doc = docs[0] if docs else (main_document(ctx) if "құжатта" in words(sent) or enables else None)
            if doc is not None:
                statement_node(ctx, sent, "Goal", doc, "hasGoal")
