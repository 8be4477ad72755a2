"""Signing events: "Мемлекет басшысы ... жарлыққа қол қойды", "Президент ... Заңына қол қойды".

The event links who signed (the sentence's subject: a person, a unique post's holder or a body; else
the issuer of the act), what was signed (a legal act or policy document in the dative right before
"қол қой-") and a full date said in the sentence. One signing per signed document.
Clause roles (subject, instrument, issuer, dates) come from ``kazkg.graph.grammar.clause``.
"""

from __future__ import annotations

from kazkg.graph import lang
from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.clause import (
    ACT_CLASSES,
    DOC_CLASSES,
    genitive_issuer,
    is_dative,
    is_oblique,
    issuer_of,
    named_in,
    sentence_dates,
    sentence_span,
    subject_of,
)
from kazkg.graph.grammar.documents import POLICY_CLASSES, SIGNED_BY_ISSUER
from kazkg.graph.grammar.match import fold, in_quotes

# Acts one official issues by signing (a law is passed by Parliament, not by who signs it).


# -- the extractor -----------------------------------------------------------------------------
def signing_verb(sent: Sentence, k: int) -> bool:
    """"қол қойды / қол қойылды / қол қойылған / қол қойылғанына" at tokens k, k+1."""
    toks = sent.tokens
    return (fold(toks[k].text) == "қол" and k + 1 < len(toks)
            and (fold(toks[k + 1].text).startswith("қой") or lang.verb_stem(fold(toks[k + 1].text)) == "қой"))


AND = {"мен", "пен", "бен", "және"}


def named_after(ctx: Context, sent: Sentence, ent: Entity, i: int) -> bool:
    """Is ``ent`` named in the sentence after token i?"""
    lo = sent.tokens[i].end
    return any(lo <= m.start < sent.end for m in ent.mentions)


def co_signers(ctx: Context, sent: Sentence, agent: Entity, k: int) -> list[Entity]:
    """People joined to the signer by "мен/пен/бен/және" before the verb: both sides of an agreement."""
    toks = sent.tokens
    people = [(e, i, j) for e, i, j in named_in(ctx, sent, {"Person"}, 0, k) if not is_oblique(toks[j])]
    out, joined = [], False
    for n, (e, i, j) in enumerate(people):
        if n and any(fold(t.text) in AND for t in toks[people[n - 1][2] + 1:i]):
            joined = True
            out.extend(p for p in (people[n - 1][0], e) if p is not agent and p not in out)
    return out if joined else []


class SigningExtractor:
    name = "signing"
    requires = ("sentences", "lemmas", "dates", "Person", "Position", "LegalAct", "PolicyDocument")
    provides = ("Signing", "agent", "eventObject", "eventDate", "issuedBy", "dateOfIssue")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k in range(len(sent.tokens)):
                if signing_verb(sent, k) and not in_quotes(sent, k):
                    self._event(ctx, sent, k)

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        docs = named_in(ctx, sent, DOC_CLASSES, 0, k)
        dative = [(d, i) for d, i, j in docs if is_dative(sent.tokens[j]) and not in_quotes(sent, j)]
        # "X Заңына және Y Заңына қол қойды": each act joined to the last one is signed too
        for obj, at in dative[:-1]:
            if any(fold(t.text) in AND for t in sent.tokens[at:dative[-1][1]]):
                self._sign(ctx, sent, k, obj, at)
        if dative:
            obj, at = dative[-1]
            approver = self._approving_act(ctx, obj) if fold(sent.tokens[at].text).startswith("құжат") else None
            self._sign(ctx, sent, k, approver or obj, at)

    @staticmethod
    def _approving_act(ctx: Context, doc: Entity) -> Entity | None:
        """"X қаулысымен Y жол картасы бекітілді ... Құжатқа Премьер-министр қол қойды": "the document" a
        person signs is the act that approved the plan, not the plan."""
        if doc.type not in POLICY_CLASSES:
            return None
        acts = [ctx.facts.entities[s] for s in ctx.facts.subjects("approves", doc.key)
                if s in ctx.facts.entities and ctx.facts.entities[s].type in ACT_CLASSES]
        return acts[0] if len(acts) == 1 else None

    def _sign(self, ctx: Context, sent: Sentence, k: int, obj: Entity, at: int) -> None:
        # (an "арасындағы" inside a quoted title, "«... Үкіметі арасындағы келісімді ратификациялау туралы» Заңына", does not count)
        between = next((i for i, t in enumerate(sent.tokens[:k]) if fold(t.text) == "арасындағы" and not in_quotes(sent, i)), None)
        if between is not None:
            # "Үкіметі мен Моңғолия Үкіметі арасындағы келісімге X пен Y қол қойды": the parties are not the signers
            agent = subject_of(ctx, sent, k, {"Person"}) if between < at else None
            agent = agent if agent is not None and named_after(ctx, sent, agent, between) else None
        else:
            agent = subject_of(ctx, sent, k) or genitive_issuer(ctx, sent, at) or issuer_of(ctx, obj)
        span = sentence_span(ctx, sent)
        event = ctx.facts.entity("Signing", f"Қол қою: {obj.label}", span, key=f"Signing:{obj.key}")
        ctx.facts.relate(event.key, "eventObject", obj.key, span)
        if agent is not None:
            ctx.facts.relate(event.key, "agent", agent.key, span)
            for other in co_signers(ctx, sent, agent, k):
                ctx.facts.relate(event.key, "agent", other.key, span)  # "X пен Y қол қойды"
            if obj.type in SIGNED_BY_ISSUER:
                issuers = ctx.facts.objects(obj.key, "issuedBy")
                if agent.type == "Person":  # a post's act signed by a person: the pass signer_issues_act settles it
                    issuers = [i for i in issuers if getattr(ctx.facts.entities.get(i), "type", None) != "Position"]
                if not issuers:
                    ctx.facts.relate(obj.key, "issuedBy", agent.key, span)  # a decree is issued by who signs it
        for date in sentence_dates(ctx, sent, outside=obj.mentions)[:1]:  # (a date in its title is the title's)
            ctx.facts.relate(event.key, "eventDate", date, span)
            if obj.type in SIGNED_BY_ISSUER and not ctx.facts.objects(obj.key, "dateOfIssue"):
                ctx.facts.relate(obj.key, "dateOfIssue", date, span)  # a law or decree dates from its signing
