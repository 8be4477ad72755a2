"""Instruction events: "Тоқаев Үкіметке ... шараларды қабылдауды тапсырды", "Президент ... министрлікке
тапсырма берді / жүктеді".

The event's agent is the sentence's subject (a person, a unique post's holder or a body), its object
the addressee in the dative (a body or person), and a full date in the sentence. "тапсыр-" alone is
an instruction only with a task in the verbal-noun accusative ("қабылдауды тапсырды"); without one
it means "hand over" ("төрағалықты ... тапсырды") and is left out.
"""

from __future__ import annotations

from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import norm
from kazkg.graph.grammar.clause import (
    as_actor,
    finite_past,
    is_dative,
    named_in,
    sentence_dates,
    sentence_span,
    subject_of,
)
from kazkg.graph.grammar.match import fold, in_quotes

ADDRESSEES = {"Person", "Position", "Organization"}
TASK_ENDINGS = ("уды", "уді", "уын", "уін", "уларды", "улерді")


class InstructionExtractor:
    name = "instruction"
    requires = ("sentences", "lemmas", "dates", "Organization", "Person", "Position")
    provides = ("Instruction", "agent", "eventObject", "eventDate")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            toks = sent.tokens
            for k, tok in enumerate(toks):
                if in_quotes(sent, k):
                    continue
                w = fold(tok.text)
                if w.startswith("тапсырма") and k + 1 < len(toks) and finite_past(toks[k + 1], "бер", "жүкте"):
                    self._event(ctx, sent, k)
                elif finite_past(tok, "тапсыр") and not w.startswith("тапсырма") and self._has_task(sent, k):
                    self._event(ctx, sent, k)

    @staticmethod
    def _has_task(sent: Sentence, k: int) -> bool:
        return any(fold(t.text).endswith(TASK_ENDINGS) or ("Ger" in t.tags and "Acc" in t.tags)
                   for t in sent.tokens[max(0, k - 4):k])

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        agent = subject_of(ctx, sent, k)
        addressee = None
        for ent, i, j in named_in(ctx, sent, ADDRESSEES, 0, k):
            if is_dative(toks[j]) and ent is not agent:
                addressee = as_actor(ctx, ent) if ent.type == "Position" else ent
                if addressee is not None:
                    break
        if agent is None and addressee is None:
            return
        span = sentence_span(ctx, sent)
        to = addressee.label if addressee is not None else "?"
        key = f"Instruction:{agent.key if agent else ''}|{addressee.key if addressee else ''}|{norm(sent.text)}"
        event = ctx.facts.entity("Instruction", f"Тапсырма: {to}", span, key=key)
        if agent is not None:
            ctx.facts.relate(event.key, "agent", agent.key, span)
        if addressee is not None:
            ctx.facts.relate(event.key, "eventObject", addressee.key, span)
        for date in sentence_dates(ctx, sent)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
