"""The seed article's graph, checked fact by fact with SPARQL (tests/cases/seed/*.rq, one ASK each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from kazkg.graph.query import run

CASES = sorted((Path(__file__).parent / "cases" / "seed").glob("*.rq"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_build_seed_fact(seed_graph, case):
    assert run(seed_graph, case.read_text(encoding="utf-8")).askAnswer, case.read_text(encoding="utf-8")


def test_build_every_relation_traces_to_its_span(seed_graph, seed_text):
    rows = list(run(seed_graph, _provenance()))
    assert len(rows) >= 15
    for row in rows:
        begin, end = int(row.begin), int(row.end)
        assert isinstance(row.begin.toPython(), int)
        assert seed_text[begin:end] == str(row.surface)
        assert str(row.file) == "seed-article.txt"


def test_build_every_statement_has_evidence(seed_graph):
    missing = run(seed_graph, """SELECT ?st WHERE { ?st a rdf:Statement .
        FILTER NOT EXISTS { ?st prov:wasDerivedFrom ?m . ?m kz:beginIndex ?b ; kz:endIndex ?e ; kz:anchorOf ?a ;
        kz:inSentence ?s ; kz:inArticle ?art } }""")
    assert list(missing) == []
    # and every asserted kz: relation between nodes is reified
    unreified = run(seed_graph, """SELECT ?s ?p ?o WHERE { ?s ?p ?o .
        FILTER(STRSTARTS(STR(?p), STR(kz:)) && ?p NOT IN (kz:hasMention, kz:mentionOf, kz:inArticle, kz:inSentence,
           kz:beginIndex, kz:endIndex, kz:anchorOf, kz:text, kz:sourceFile, kz:sentenceIndex, kz:acronym, kz:url))
        FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }""")
    assert list(unreified) == []


def test_build_every_entity_mention_slices_the_text(seed_graph, seed_text):
    rows = run(seed_graph, "SELECT ?b ?e ?a WHERE { ?x kz:hasMention ?m . ?m kz:beginIndex ?b ; kz:endIndex ?e ; kz:anchorOf ?a }")
    rows = list(rows)
    assert rows
    for b, e, a in rows:
        assert seed_text[int(b):int(e)] == str(a)


def test_build_is_deterministic(seed_path):
    from kazkg.graph.build import build_graph

    one = sorted(build_graph([seed_path]).serialize(format="nt").splitlines())
    two = sorted(build_graph([seed_path]).serialize(format="nt").splitlines())
    assert one == two


def _provenance() -> str:
    from kazkg.graph.query import named_queries

    return named_queries()["provenance"]


def test_build_labels_have_latin_form(seed_graph):
    rows = run(seed_graph, """SELECT ?x WHERE { ?x rdfs:label ?l . FILTER(lang(?l) = "kk")
        FILTER NOT EXISTS { ?x rdfs:label ?lat . FILTER(LCASE(lang(?lat)) = "kk-latn") } }""")
    assert list(rows) == []
    assert Literal("Qazaqstan halqy Assambleiasy", lang="kk-Latn") in set(seed_graph.objects())
