"""THE extractor registry: every extractor and pass kazkg runs, in order, named once, imported lazily.

Built-ins and plug-ins take the same path: a name mapped to ``"module:Class"``. Plug-ins come from the
``kazkg.extractors`` entry-point group and run after the built-ins. Passes (``graph.passes``: the
renames, merges and removals) run right after the extractor they settle. ``pipeline()`` checks that
every term an extractor ``requires`` is a language layer or an ontology term that an earlier step
``provides``, and that every term it declares is one of the ontology's; ``graph.contracts.run`` then
checks each step's output against its declaration while it runs.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points

from graph import terms

# Order matters: later extractors read the facts of earlier ones (see each class's ``requires``).
EXTRACTORS: dict[str, str] = {
    "article_meta": "graph.extractors.article_meta:ArticleMetaExtractor",
    "place": "graph.extractors.place:PlaceExtractor",
    "organization": "graph.extractors.organization:OrganizationExtractor",
    "part_of": "graph.extractors.part_of:PartOfExtractor",
    "located_in": "graph.extractors.located_in:LocatedInExtractor",
    "places_in_regions": "graph.extractors.places_in_regions:PlacesInRegionsExtractor",
    "seat": "graph.extractors.seat:SeatExtractor",
    "person_post": "graph.extractors.person_post:PersonPostExtractor",
    "member_of": "graph.extractors.member_of:MemberOfExtractor",
    "incumbents": "graph.extractors.incumbents:IncumbentExtractor",
    "legal_act": "graph.extractors.legal_act:LegalActExtractor",
    "policy_document": "graph.extractors.policy_document:PolicyDocumentExtractor",
    "named_event": "graph.extractors.named_event:NamedEventExtractor",
    "seats_and_sessions": "graph.extractors.seats_and_sessions:SeatsAndSessionsExtractor",
    "approval": "graph.extractors.approval:ApprovalExtractor",
    "signing": "graph.extractors.signing:SigningExtractor",
    "appointment": "graph.extractors.appointment:AppointmentExtractor",
    "declared_events": "graph.extractors.declared_events:DeclaredEventExtractor",
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

# Passes, each run right after the extractor named in its ``after``.
PASSES: dict[str, str] = {
    "places_inside_names": "graph.passes.organizations:places_inside_names",
    "regional_bodies": "graph.passes.organizations:regional_bodies",
    "merge_short_named_after": "graph.passes.organizations:merge_short_named_after",
    "merge_headline_short_names": "graph.passes.organizations:merge_headline_short_names",
    "canonical_akimats": "graph.passes.organizations:canonical_akimats",
    "body_word_of_head_post": "graph.passes.posts:body_word_of_head_post",
    "signer_issues_act": "graph.passes.acts:signer_issues_act",
    "places_inside_titles": "graph.passes.places:places_inside_titles",
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
    target = registered().get(name) or PASSES[name]
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)


def _satisfied(term: str, have: set[str]) -> bool:
    """A required class is met by a step providing it or any class below it (LegalAct by Decree)."""
    return term in have or bool(terms.subclasses(term) & have)


def _check_terms(name: str, step) -> None:
    unknown = [t for t in (*step.provides, *getattr(step, "edits", ()), *step.requires)
               if t not in LAYERS and not terms.is_term(t)]
    if unknown:
        raise RequirementsError(f"{name!r} declares {', '.join(unknown)}, not terms of the ontology")


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
    after: dict[str, list] = {}
    for pname in PASSES:
        fn = load(pname)
        after.setdefault(fn.after, []).append(fn)
    have, out = set(layers), []
    for name in ordered:
        cls = load(name)
        _check_terms(name, cls)
        missing = [r for r in cls.requires if not _satisfied(r, have)]
        if missing and not (skip_missing_layers and all(r in LAYERS for r in missing)):
            raise RequirementsError(
                f"extractor {name!r} requires {', '.join(missing)}; available: {', '.join(sorted(have))}")
        if not missing:
            out.append(cls())
            have.update(cls.provides)
        for fn in after.get(name, ()):  # a pass runs at its place even when its extractor is left out
            _check_terms(fn.name, fn)
            out.append(fn)
    return out
