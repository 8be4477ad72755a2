"""The extractor registry: its names are locked, each class is named thrice alike, requirements hold."""

from __future__ import annotations

import pytest

from graph.extractors import EXTRACTORS, RequirementsError, load, pipeline
from graph.vocab import KZ

COMMITTED = [
    "article_meta", "place", "organization", "part_of", "located_in", "seat", "person_post", "member_of", "incumbents", "legal_act", "policy_document", "named_event", "approval",
    "signing", "appointment", "dismissal", "career", "establishment", "instruction", "statement",
    "goals", "roles", "planned_measures", "expected_results", "provisions", "listed_aims", "principles", "quoted_plans", "entities_from_ner",
]


def test_registry_names_are_the_committed_list():
    assert list(EXTRACTORS) == COMMITTED


@pytest.mark.parametrize("name", COMMITTED)
def test_registry_extractor_is_well_formed(name):
    cls = load(name)
    assert cls.name == name
    assert EXTRACTORS[name].split(":")[0] == f"graph.extractors.{name}"
    for term in cls.provides:  # every emitted term exists in the ontology (KZ raises otherwise)
        assert KZ[term]


def test_registry_missing_requirement_is_reported():
    with pytest.raises(RequirementsError, match="requires.*legal_act"):
        pipeline(["approval"])
    with pytest.raises(RequirementsError, match="requires ner"):
        pipeline(["entities_from_ner"], layers=("sentences",))


def test_registry_unknown_name():
    with pytest.raises(RequirementsError, match="unknown extractor"):
        pipeline(["nope"])
