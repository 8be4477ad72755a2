"""Passes after the signing extractor."""

from __future__ import annotations

from kazkg.graph.context import Context
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
