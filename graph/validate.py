"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL, on an rdflib graph)."""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph

from kazkg.ontology import load_ontology, load_shapes


@dataclass
class Report:
    conforms: bool
    text: str
    violations: int


def validate(g: Graph) -> Report:
    conforms, results_graph, text = shacl_validate(
        g, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none", advanced=True,
        allow_warnings=True)
    from rdflib.namespace import RDF, SH

    n = len(set(results_graph.subjects(RDF.type, SH.ValidationResult)))
    return Report(bool(conforms), text, n)
