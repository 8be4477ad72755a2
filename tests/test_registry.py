"""The extractor registry: its names are locked, each class is named thrice alike, requirements hold."""

from __future__ import annotations

import pytest

from kazkg.graph.extractors import EXTRACTORS, RequirementsError, load, pipeline
from kazkg.graph.vocab import KZ

COMMITTED = [
    "article_meta", "reported_dates", "place", "organization", "part_of", "located_in", "places_in_regions", "seat", "person_post", "member_of", "incumbents", "legal_act", "printed_act", "policy_document", "named_event", "common_events", "approval",
    "signing", "appointment", "declared_events", "career", "seats_and_sessions", "candidacy", "establishment", "instruction", "statement",
    "stated_aims", "goals", "roles", "planned_measures", "expected_results", "provisions", "listed_aims", "principles", "quoted_plans", "entities_from_ner", "act_subjects",
    "body_places",
]


def test_registry_names_are_the_committed_list():
    assert list(EXTRACTORS) == COMMITTED


@pytest.mark.parametrize("name", COMMITTED)
def test_registry_extractor_is_well_formed(name):
    cls = load(name)
    assert cls.name == name
    assert EXTRACTORS[name].split(":")[0] == f"kazkg.graph.extractors.{name}"
    for term in cls.provides:  # every emitted term exists in the ontology (KZ raises otherwise)
        assert KZ[term]


def test_registry_missing_requirement_is_reported():
    with pytest.raises(RequirementsError, match="requires.*LegalAct"):
        pipeline(["approval"])
    with pytest.raises(RequirementsError, match="requires ner"):
        pipeline(["entities_from_ner"], layers=("sentences",))


def test_registry_unknown_name():
    with pytest.raises(RequirementsError, match="unknown extractor"):
        pipeline(["nope"])


def test_requires_and_provides_are_ontology_terms():
    """A declared term that is not the ontology's (a typo, an extractor's name) is refused at once."""
    from kazkg.graph.extractors import _check_terms

    class Typo:
        provides, requires = ("Persn",), ("sentences",)

    with pytest.raises(RequirementsError, match="Persn"):
        _check_terms("typo", Typo)
    for step in pipeline():
        _check_terms(step.name, step)  # every registered step passes


def test_a_required_class_is_met_by_a_subclass():
    from kazkg.graph.extractors import _satisfied

    assert _satisfied("LegalAct", {"Decree"})
    assert not _satisfied("LegalAct", {"Concept"})


def test_passes_run_right_after_the_extractor_they_settle():
    names = [s.name for s in pipeline()]
    from kazkg.graph.extractors import PASSES, load

    for pname in PASSES:
        fn = load(pname)
        assert names.index(pname) > names.index(fn.after)
        between = names[names.index(fn.after) + 1:names.index(pname)]
        assert all(n in PASSES for n in between)
