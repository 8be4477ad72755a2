"""Passes after the signing extractor, and the Address's issuer after the last extractor."""

from __future__ import annotations

from kazkg.graph.context import Context
from kazkg.graph.grammar.clause import as_actor
from kazkg.graph.grammar.documents import SIGNED_BY_ISSUER
from kazkg.graph.passes import settles


@settles(after="signing", edits=("issuedBy",))
def signer_issues_act(ctx: Context) -> None:
    """"облыс әкімінің өкімі ... Өкімге облыс әкімі Бекзат Ысқақов қол қойды": the post an act was
    issued by is held by the person who signs it, so the person, not the post, issued it."""
    facts = ctx.facts
    for event in facts.of_type("Signing"):
        for obj in facts.objects(event.key, "eventObject"):
            act = facts.entities.get(obj)
            if act is None or act.type not in SIGNED_BY_ISSUER:
                continue
            if not any(getattr(facts.entities.get(a), "type", None) == "Person" for a in facts.objects(event.key, "agent")):
                continue
            for issuer in facts.objects(obj, "issuedBy"):
                if getattr(facts.entities.get(issuer), "type", None) == "Position":
                    facts.relations.pop((obj, "issuedBy", issuer), None)


HEAD_OF_STATE = "Президент"  # GOLD.md: "The head of state's post is always Президент"


@settles(after="act_subjects", edits=("issuedBy",))
def address_of_the_head_of_state(ctx: Context) -> None:
    """The Address (Жолдау) is the head of state's by the Constitution: an Address with no issuer of its own
    is issued by the article's President, the person when the article names the holder, else the post
    (GOLD.md's issuedBy). An article that never mentions the President gets no issuer."""
    facts = ctx.facts
    posts = [p for p in facts.of_type("Position") if p.label == HEAD_OF_STATE]
    if len(posts) != 1:
        return
    issuer = as_actor(ctx, posts[0])
    for doc in facts.of_type("Address"):
        if issuer is not None and not list(facts.objects(doc.key, "issuedBy")) and doc.mentions:
            m = doc.mentions[0]
            facts.relate(doc.key, "issuedBy", issuer.key, ctx.span(m.start, m.end))
