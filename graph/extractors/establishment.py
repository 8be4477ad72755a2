"""Establishment events: "X - 1995 жылғы 1 наурызда ҚР Президентінің жарлығымен құрылған ... орган",
"Үкіметтің қаулысымен X құрылды", and acts titled so: "X-ты құру туралы Жарлық".

The event's object is the organisation established (the sentence's nominative organisation, or the
one a participle "құрылған" qualifies), its instrument the act in the instrumental case (or the act
titled "X-ты құру туралы"), its agent the act's issuer, its date a full date in the sentence or the
act's date of issue. One establishment per organisation.
"""

from __future__ import annotations

from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity, Value
from kazkg.graph.grammar.clause import (
    ACT_CLASSES,
    genitive_issuer,
    instrument_in,
    is_accusative,
    is_oblique,
    issuer_of,
    named_in,
    sentence_dates,
    sentence_span,
    subject_of,
)
from kazkg.graph.grammar.documents import act_type
from kazkg.graph.grammar.match import fold, in_quotes

ORGS = {"Organization"}


def established_verb(word: str) -> bool:
    """құрылды, құрылған, құрылды, құрылғанына; not құрылыс (building), құрылым (structure), құрылтай."""
    w = fold(word)
    return w.startswith(("құрылд", "құрылға", "құрылғ")) and not w.startswith("құрылғы")


class EstablishmentExtractor:
    name = "establishment"
    requires = ("sentences", "lemmas", "dates", "Organization", "Person", "Position", "LegalAct")
    provides = ("Establishment", "agent", "eventObject", "instrument", "eventDate")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                if established_verb(tok.text) and not in_quotes(sent, k):
                    self._event(ctx, sent, k)
                elif fold(tok.text) == "туралы" and k >= 1 and fold(sent.tokens[k - 1].text) == "құру":
                    self._titled(ctx, sent, k)

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        org = None
        participle = fold(toks[k].text).startswith(("құрылға", "құрылғ")) and not fold(toks[k].text).endswith(("ды", "ді"))
        if participle:  # "... жарлығымен құрылған [X]": the organisation right after, if named there
            after = named_in(ctx, sent, ORGS, k + 1, min(len(toks), k + 3))
            if after and after[0][1] == k + 1:
                org = after[0][0]
        if org is None:
            before = [(e, i, j) for e, i, j in named_in(ctx, sent, ORGS, 0, k) if not is_oblique(toks[j])]
            org = before[-1][0] if before else None  # "X таратылып, оның негізінде Y құрылды": Y
        if org is None:
            return
        inst = instrument_in(ctx, sent, k)
        self._emit(ctx, sent, org, inst[0] if inst else None, inst[1] if inst else None, k)

    def _titled(self, ctx: Context, sent: Sentence, k: int) -> None:
        """«X-ты құру туралы» Жарлық: the act so named establishes X."""
        toks = sent.tokens
        if k < 2:
            return
        orgs = [(e, i, j) for e, i, j in named_in(ctx, sent, ORGS, max(0, k - 8), k - 1) if j == k - 2 and is_accusative(toks[j])]
        acts = [t for t in toks[k + 1:k + 4] if act_type(t)]
        if not orgs or not acts:
            return
        act = ctx.facts.covering(acts[0].start, acts[0].end)
        if act is None or act.type not in ACT_CLASSES:
            return
        at = toks.index(acts[0])
        self._emit(ctx, sent, orgs[0][0], act, at, None)

    def _emit(self, ctx: Context, sent: Sentence, org: Entity, act: Entity | None, at: int | None, k: int | None) -> None:
        agent = None
        if act is not None:
            agent = issuer_of(ctx, act) or genitive_issuer(ctx, sent, at)
        elif k is not None:
            agent = subject_of(ctx, sent, k, {"Person", "Position", "Organization"})
            agent = agent if agent is not org else None
        span = sentence_span(ctx, sent)
        event = ctx.facts.entity("Establishment", f"Құру: {org.label}", span, key=f"Establishment:{org.key}")
        ctx.facts.relate(event.key, "eventObject", org.key, span)
        if agent is not None and agent is not org:
            ctx.facts.relate(event.key, "agent", agent.key, span)
        if act is not None:
            ctx.facts.relate(event.key, "instrument", act.key, span)
        dates = sentence_dates(ctx, sent) if k is not None else []  # a title's sentence may date something else
        if not dates and act is not None:
            dates = [d for d in ctx.facts.objects(act.key, "dateOfIssue") if isinstance(d, Value) and d.datatype == "date"]
        for date in dates[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
