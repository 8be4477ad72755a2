"""A body's plans in the words of its head: "«Алдағы екі жылда 12 миллион мұрағат ісін цифрлық форматқа
көшіруді жоспарлап отырмыз. Бұл азаматтарға құжаттарды онлайн қарауға мүмкіндік береді», – деді агенттік
төрағасы" -> Role of the agency, one for the plan and one for what it will enable.

The speaker is the statement's agent (see ``statement``); the body is the one whose name the post the
speaker holds is built on ("Мұрағат ісі және құжаттама агенттігінің төрағасы" -> the agency). A quotation
without such a plan ("жоспарлап отырмыз", "көздеп отырмыз") says nothing of the body's aims.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.documents import main_document
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.posts import post_lemma
from kazkg.graph.grammar.statements import last_words, stated, statement_node

MEASURED = {"Concept", "Programme", "Strategy", "Plan", "Rules"}  # documents that carry measures (not a declaration)
PLANS = ("жоспарлап отырмыз", "жоспарлап отыр", "көздеп отырмыз", "көздеп отыр", "жоспарлаудамыз")
EFFECTS = ("мүмкіндік береді", "ықпал етеді", "жол ашады")


class QuotedPlanExtractor:
    name = "quoted_plans"
    requires = ("sentences", "Organization", "Person", "Position", "Statement")
    provides = ("Role", "hasRole", "Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        for statement in ctx.facts.of_type("Statement"):
            agents = [ctx.facts.entities.get(k) for k in ctx.facts.objects(statement.key, "agent")]
            if not statement.mentions:
                continue
            span = statement.mentions[0]
            body = next((b for a in agents if a is not None and a.type == "Person"
                         and (b := body_of(ctx, a, span.start)) is not None), None) \
                or next((a for a in agents if a is not None and a.type == "Organization" and headed_by(ctx, a, span)), None)
            # no body of the speaker's: in an article about a document, what an official plans is its measure
            doc = main_document(ctx) if body is None else None
            if body is None and (doc is None or doc.type not in MEASURED):
                continue
            planned = False
            for sent in ctx.sentences:
                if not (span.start <= sent.end and sent.start < span.end) or stated(ctx, sent.start, sent.end):
                    continue
                ending = " ".join(last_words(sent, 2))
                if ending in PLANS or (planned and ending in EFFECTS):
                    if body is not None:
                        statement_node(ctx, sent, "Role", body, "hasRole")
                    else:
                        statement_node(ctx, sent, "Goal", doc, "hasGoal")
                    planned = True


def headed_by(ctx: Context, body: Entity, span) -> bool:
    """"«...», – деді ЖИҰО басшысы": the speaker is the body's head, named by the body and a post word."""

    for m in body.mentions:
        if span.start <= m.start < span.end:
            after = ctx.doc.tokens_from(m.end)
            if after and post_lemma(after[0]) is not None:
                return True
    return False


def body_of(ctx: Context, person: Entity, before: int) -> Entity | None:
    """The body of the post the person holds now: the post appointed to, else the one named last before
    the quotation; the body is the longest body name that post's name is built on."""
    appointed = [k for k in ctx.facts.objects(person.key, "appointedTo") if k in ctx.facts.entities]
    held = [k for k in ctx.facts.objects(person.key, "holdsPosition") if k in ctx.facts.entities]
    named = [k for k in held if any(m.start < before for m in ctx.facts.entities[k].mentions)]
    current = appointed or sorted(named, key=lambda k: max(m.start for m in ctx.facts.entities[k].mentions
                                                           if m.start < before))[-1:]
    posts = [fold(ctx.facts.entities[k].label) for k in current]
    best = None
    for org in ctx.facts.of_type("Organization"):
        names = {fold(org.label), *(fold(a) for a in org.alt_labels)}
        stems = {n[:-2] for n in names if len(n) > 6 and " " in n}  # "... агенттігі" -> "... агенттіг(інің)"
        if any(stem in post for stem in stems for post in posts) and (best is None or len(org.label) > len(best.label)):
            best = org
    return best
