"""The kazkg OWL ontology and SHACL shapes, located through importlib.resources so they work when installed."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import rdflib

ONTOLOGY_PATH = files("kazkg.ontology") / "kazkg.ttl"
SHAPES_PATH = files("kazkg.ontology") / "shapes.ttl"


def _parse(resource) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=resource.read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def load_ontology() -> rdflib.Graph:
    """Return the parsed ontology (cached: one shared graph, do not modify it)."""
    return _parse(ONTOLOGY_PATH)


@lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """Return the parsed SHACL shapes graph (cached: one shared graph, do not modify it)."""
    return _parse(SHAPES_PATH)
