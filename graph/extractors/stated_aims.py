"""Aims stated with a purpose word (``... арттыру мақсатында``, ``... нығайтуға бағытталған``, ``... беру
үшін``): one Goal per aim, labelled by its noun phrase (``graph/grammar/aims.py``), of the document, act
or body the clause names: after ``мақсатында``/``үшін`` the one carried out for it (``... мақсатында
«X» ұлттық жобасы іске асырылып жатыр``), before ``бағытталған`` its subject (``Ол`` is the document of
the sentence before). An enacting formula (``... мақсатында қаулы етемін:``) makes the aims the act's
the article prints. An aim with no owner in its clause is still an aim the article states, except
after ``үшін``, which is too common to stand alone.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.aims import CONTRIBUTE, FOR, doc_noun, purposes
from kazkg.graph.grammar.documents import POLICY_CLASSES, main_document
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.operative import enacting, printed_act

OWNERS = POLICY_CLASSES | set(LEGAL_ACT_TYPES.values()) | {"Organization"}
REFERRING = {"ол", "бұл", "аталған", "құжат"}


class StatedAimExtractor:
    name = "stated_aims"
    requires = ("sentences", "Organization", "LegalAct", "PolicyDocument")
    provides = ("Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        last_owner = None
        for sent in ctx.sentences:
            found = purposes(ctx, sent)
            named = [self._owner_at(ctx, t) for t in sent.tokens]
            for p in found:
                word = fold(sent.tokens[p.marker].text)
                owner = None
                if p.kind == "purpose":
                    owner = next((e for e in named[p.marker + 1:] if e is not None), None)
                    if owner is None and enacting(sent):
                        owner = printed_act(ctx)
                if word == FOR:
                    if owner is None or owner.type == "Organization":
                        continue  # "X-у үшін" is any purpose: only a document adopted or carried out for it
                if owner is None:
                    owner = next((e for e in reversed(named[:p.first]) if e is not None), None)
                before = sent.tokens[p.first - 1] if p.first > 0 else None
                if owner is None and before is not None and (fold(before.text) in REFERRING or doc_noun(before)):
                    # "Ол ... нығайтуға ықпал етеді", "Қағидалар ... бағытталған": the document spoken of
                    owner = last_owner or main_document(ctx)
                if word in CONTRIBUTE and (owner is None or owner.type == "Organization"):
                    continue  # what a body contributes to is its role (``roles``), not a stated aim
                for aim in p.aims:
                    goal = ctx.facts.entity("Goal", aim.label, ctx.span(aim.start, aim.end))
                    if owner is not None:
                        ctx.facts.relate(owner.key, "hasGoal", goal.key, ctx.span(sent.start, sent.end))
            last_owner = next((e for e in reversed(named) if e is not None), last_owner)

    @staticmethod
    def _owner_at(ctx: Context, tok):
        ent = ctx.facts.covering(tok.start, tok.end)
        return ent if ent is not None and ent.type in OWNERS else None
