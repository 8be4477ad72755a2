"""Acts and documents: their type nouns, classes, and the document an article is about."""

from __future__ import annotations

from kazkg.graph.context import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES, POLICY_TYPES
from kazkg.graph.grammar.match import is_form_of

# "18 наурызда ... Заңға қол қойды" says when something happened, not which act: a date names the act
# only in its attributive (15 қыркүйектегі, 2022 жылғы) or bare form.
AGREEMENTS = {"келісім", "меморандум"}


THIS = {"осы", "бұл", "сол", "аталған", "аталмыш"}


def act_type(tok) -> str | None:
    return is_form_of(tok, *LEGAL_ACT_TYPES)


POLICY_CLASSES = set(POLICY_TYPES.values())


def documents(ctx: Context) -> list[Entity]:
    return [e for e in ctx.facts.entities.values() if e.type in POLICY_CLASSES]


def main_document(ctx: Context) -> Entity | None:
    """The document the article is about: the only one, or the one mentioned most."""
    docs = documents(ctx)
    if not docs:
        return None
    return max(docs, key=lambda d: (len(d.mentions), -min(m.start for m in d.mentions)))


LAWS = {"Law", "Code", "Agreement", "Rules"}  # normative texts: what they require or allow is what they provide


# acts a post issues and its holder signs: who signs one is its issuer
SIGNED_BY_ISSUER = {"Decree", "Order", "Law", "Code"}
