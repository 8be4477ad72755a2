"""Contracts checked while extractors run (graph/contracts.py): undeclared terms and edits of another
step's facts are caught; declared ones pass."""

from __future__ import annotations

import pytest

from kazkg.graph import contracts
from kazkg.graph.facts import Facts


class _Ctx:
    def __init__(self):
        self.facts = Facts()


def _step(name, provides=(), edits=(), body=None):
    class Step:
        def __call__(self, ctx):
            body(ctx)

    Step.name, Step.provides, Step.edits, Step.requires = name, provides, edits, ()
    return Step()


def test_undeclared_class_is_an_error_in_strict_mode(monkeypatch):
    monkeypatch.setenv("KAZKG_STRICT_CONTRACTS", "1")
    ctx = _Ctx()
    step = _step("people", provides=("Person",), body=lambda c: c.facts.entity("Place", "Астана"))
    with pytest.raises(contracts.ContractError, match="undeclared class Place"):
        contracts.run(ctx, [step])


def test_undeclared_term_only_warns_outside_tests(monkeypatch):
    monkeypatch.delenv("KAZKG_STRICT_CONTRACTS", raising=False)
    ctx = _Ctx()
    step = _step("people", provides=("Person",), body=lambda c: c.facts.relate("a", "locatedIn", "b"))
    with pytest.warns(UserWarning, match="undeclared property locatedIn"):
        contracts.run(ctx, [step])
    assert ("a", "locatedIn", "b") in ctx.facts.relations  # the article's facts are kept


def test_editing_another_steps_fact_needs_a_declaration(monkeypatch):
    monkeypatch.setenv("KAZKG_STRICT_CONTRACTS", "1")
    ctx = _Ctx()
    maker = _step("places", provides=("Place",), body=lambda c: c.facts.entity("Place", "Астана"))
    eraser = _step("eraser", body=lambda c: c.facts.entities.clear())
    with pytest.raises(contracts.ContractError, match="edits another step's Place"):
        contracts.run(ctx, [maker, eraser])
    ctx = _Ctx()
    declared = _step("eraser", edits=("Place",), body=lambda c: c.facts.entities.clear())
    contracts.run(ctx, [maker, declared])
    assert not ctx.facts.entities


def test_every_step_keeps_its_contract_on_the_seed(seed_path, monkeypatch):
    """The whole pipeline on the seed, strict: any undeclared output or edit raises."""
    monkeypatch.setenv("KAZKG_STRICT_CONTRACTS", "1")
    from kazkg.graph.article import read_article
    from kazkg.graph.build import extract_article

    facts, _ = extract_article(read_article(seed_path))
    assert facts.of_type("Person")
