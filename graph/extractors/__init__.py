"""THE extractor registry: every extractor kazkg runs, in order, named once, imported lazily.

Built-ins and plug-ins take the same path: a name mapped to ``"module:Class"``. Plug-ins come from the
``kazkg.extractors`` entry-point group and run after the built-ins. ``pipeline()`` checks that each
extractor's ``requires`` is met by a language layer or an earlier extractor, and says what is missing.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points

# Order matters: later extractors read the facts of earlier ones (see each class's ``requires``).
EXTRACTORS: dict[str, str] = {
    "article_meta": "graph.extractors.article_meta:ArticleMetaExtractor",
    "place": "graph.extractors.place:PlaceExtractor",
    "organization": "graph.extractors.organization:OrganizationExtractor",
    "part_of": "graph.extractors.part_of:PartOfExtractor",
    "located_in": "graph.extractors.located_in:LocatedInExtractor",
    "seat": "graph.extractors.seat:SeatExtractor",
    "person_post": "graph.extractors.person_post:PersonPostExtractor",
    "member_of": "graph.extractors.member_of:MemberOfExtractor",
    "incumbents": "graph.extractors.incumbents:IncumbentExtractor",
    "legal_act": "graph.extractors.legal_act:LegalActExtractor",
    "policy_document": "graph.extractors.policy_document:PolicyDocumentExtractor",
    "named_event": "graph.extractors.named_event:NamedEventExtractor",
    "approval": "graph.extractors.approval:ApprovalExtractor",
    "signing": "graph.extractors.signing:SigningExtractor",
    "appointment": "graph.extractors.appointment:AppointmentExtractor",
    "dismissal": "graph.extractors.dismissal:DismissalExtractor",
    "career": "graph.extractors.career:CareerExtractor",
    "establishment": "graph.extractors.establishment:EstablishmentExtractor",
    "instruction": "graph.extractors.instruction:InstructionExtractor",
    "statement": "graph.extractors.statement:StatementExtractor",
    "goals": "graph.extractors.goals:GoalExtractor",
    "roles": "graph.extractors.roles:RoleExtractor",
    "planned_measures": "graph.extractors.planned_measures:PlannedMeasureExtractor",
    "expected_results": "graph.extractors.expected_results:ExpectedResultExtractor",
    "provisions": "graph.extractors.provisions:ProvisionExtractor",
    "listed_aims": "graph.extractors.listed_aims:ListedAimExtractor",
    "principles": "graph.extractors.principles:PrincipleExtractor",
    "quoted_plans": "graph.extractors.quoted_plans:QuotedPlanExtractor",
    "entities_from_ner": "graph.extractors.entities_from_ner:NerEntityExtractor",
}

LAYERS = ("sentences", "lemmas", "dates", "ner")


class RequirementsError(Exception):
    pass


@lru_cache(maxsize=1)
def _plugins() -> tuple[tuple[str, str], ...]:
    """Entry points are read once per process: scanning installed distributions costs milliseconds."""
    return tuple((ep.name, ep.value) for ep in entry_points(group="kazkg.extractors"))


def registered() -> dict[str, str]:
    """Built-ins first, then plug-ins from the ``kazkg.extractors`` entry-point group."""
    table = dict(EXTRACTORS)
    for name, value in _plugins():
        table.setdefault(name, value)
    return table


def load(name: str):
    target = registered()[name]
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)


def pipeline(names: list[str] | None = None, layers: tuple[str, ...] = LAYERS, skip_missing_layers: bool = False) -> list:
    """Instantiate the extractors in registry order, failing early on unmet requirements.

    With ``skip_missing_layers`` an extractor needing a language layer that is off (no NER model) is
    left out instead, so the rules still run.
    """
    table = registered()
    names = list(table) if names is None else names
    unknown = [n for n in names if n not in table]
    if unknown:
        raise RequirementsError(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(table)}")
    ordered = [n for n in table if n in names]
    have, out = set(layers), []
    for name in ordered:
        cls = load(name)
        missing = [r for r in cls.requires if r not in have]
        if missing and skip_missing_layers and all(r in LAYERS for r in missing):
            continue
        if missing:
            raise RequirementsError(
                f"extractor {name!r} requires {', '.join(missing)}; available: {', '.join(sorted(have))}")
        out.append(cls())
        have.add(name)
    return out
