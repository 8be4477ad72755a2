"""Counts by class, for ``kazkg info``."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph


def counts(g: Graph) -> dict[str, int]:
    c = Counter(g.namespace_manager.normalizeUri(o) for o in g.objects(None, RDF.type))
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
