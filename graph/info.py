"""Counts by class, for ``kazkg info``."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph


def counts(g: Graph) -> dict[str, int]:
    c = Counter(g.namespace_manager.normalizeUri(o) for o in g.objects(None, RDF.type))
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def store_counts(store) -> dict[str, int]:
    """Nodes by class over all of a store's graphs, counted by Oxigraph (no rdflib copy of the store)."""
    from kazkg.graph.vocab import PREFIXES

    rows = store.ox.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
                          use_default_graph_as_union=True)
    out = {}
    for r in rows:
        iri = r["c"].value
        name = next((f"{p}:{iri[len(ns):]}" for p, ns in PREFIXES.items() if iri.startswith(ns)), iri)
        out[name] = int(r["n"].value)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))
