"""THE extractor registry: every extractor and pass kazkg runs, in order, named once, imported lazily.

Built-ins and plug-ins take the same path: a name mapped to ``"module:Class"``. Plug-ins come from the
``kazkg.extractors`` entry-point group and run after the built-ins. Passes (``kazkg.graph.passes``: the
renames, merges and removals) run right after the extractor they settle. ``pipeline()`` checks that
every term an extractor ``requires`` is a language layer or an ontology term that an earlier step
``provides``, and that every term it declares is one of the ontology's; ``kazkg.graph.contracts.run`` then
checks each step's output against its declaration while it runs.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points

from kazkg.graph import terms

# Order matters: later extractors read the facts of earlier ones (see each class's ``requires``).
EXTRACTORS: dict[str, str] = {
    "article_meta": "kazkg.graph.extractors.article_meta:ArticleMetaExtractor",
    "reported_dates": "kazkg.graph.extractors.reported_dates:ReportedDateExtractor",
    "place": "kazkg.graph.extractors.place:PlaceExtractor",
    "organization": "kazkg.graph.extractors.organization:OrganizationExtractor",
    "part_of": "kazkg.graph.extractors.part_of:PartOfExtractor",
    "located_in": "kazkg.graph.extractors.located_in:LocatedInExtractor",
    "places_in_regions": "kazkg.graph.extractors.places_in_regions:PlacesInRegionsExtractor",
    "seat": "kazkg.graph.extractors.seat:SeatExtractor",
    "person_post": "kazkg.graph.extractors.person_post:PersonPostExtractor",
    "member_of": "kazkg.graph.extractors.member_of:MemberOfExtractor",
    "incumbents": "kazkg.graph.extractors.incumbents:IncumbentExtractor",
    "legal_act": "kazkg.graph.extractors.legal_act:LegalActExtractor",
    "printed_act": "kazkg.graph.extractors.printed_act:PrintedActExtractor",
    "policy_document": "kazkg.graph.extractors.policy_document:PolicyDocumentExtractor",
    "named_event": "kazkg.graph.extractors.named_event:NamedEventExtractor",
    "common_events": "kazkg.graph.extractors.common_events:CommonEventExtractor",
    "approval": "kazkg.graph.extractors.approval:ApprovalExtractor",
    "signing": "kazkg.graph.extractors.signing:SigningExtractor",
    "appointment": "kazkg.graph.extractors.appointment:AppointmentExtractor",
    "declared_events": "kazkg.graph.extractors.declared_events:DeclaredEventExtractor",
    "career": "kazkg.graph.extractors.career:CareerExtractor",
    "seats_and_sessions": "kazkg.graph.extractors.seats_and_sessions:SeatsAndSessionsExtractor",
    "candidacy": "kazkg.graph.extractors.candidacy:CandidacyExtractor",
    "establishment": "kazkg.graph.extractors.establishment:EstablishmentExtractor",
    "instruction": "kazkg.graph.extractors.instruction:InstructionExtractor",
    "statement": "kazkg.graph.extractors.statement:StatementExtractor",
    "stated_aims": "kazkg.graph.extractors.stated_aims:StatedAimExtractor",
    "goals": "kazkg.graph.extractors.goals:GoalExtractor",
    "roles": "kazkg.graph.extractors.roles:RoleExtractor",
    "planned_measures": "kazkg.graph.extractors.planned_measures:PlannedMeasureExtractor",
    "expected_results": "kazkg.graph.extractors.expected_results:ExpectedResultExtractor",
    "provisions": "kazkg.graph.extractors.provisions:ProvisionExtractor",
    "listed_aims": "kazkg.graph.extractors.listed_aims:ListedAimExtractor",
    "principles": "kazkg.graph.extractors.principles:PrincipleExtractor",
    "quoted_plans": "kazkg.graph.extractors.quoted_plans:QuotedPlanExtractor",
    "entities_from_ner": "kazkg.graph.extractors.entities_from_ner:NerEntityExtractor",
    "act_subjects": "kazkg.graph.extractors.act_subjects:ActSubjectExtractor",
    "body_places": "kazkg.graph.extractors.body_places:BodyPlacesExtractor",
}

# Passes, each run right after the extractor named in its ``after``.
PASSES: dict[str, str] = {
    "places_inside_names": "kazkg.graph.passes.organizations:places_inside_names",
    "regional_bodies": "kazkg.graph.passes.organizations:regional_bodies",
    "merge_short_named_after": "kazkg.graph.passes.organizations:merge_short_named_after",
    "merge_headline_short_names": "kazkg.graph.passes.organizations:merge_headline_short_names",
    "canonical_akimats": "kazkg.graph.passes.organizations:canonical_akimats",
    "body_word_of_head_post": "kazkg.graph.passes.posts:body_word_of_head_post",
    "signer_issues_act": "kazkg.graph.passes.acts:signer_issues_act",
    "address_of_the_head_of_state": "kazkg.graph.passes.acts:address_of_the_head_of_state",
    "places_inside_titles": "kazkg.graph.passes.places:places_inside_titles",
    "the_chamber_s_sittings": "kazkg.graph.passes.events:the_chamber_s_sittings",
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
