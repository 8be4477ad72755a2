"""Reading and writing graphs: the format follows the file suffix; writes are atomic (temp + rename).

Serialisation goes through pyoxigraph, about 30x faster than rdflib's Turtle writer on large graphs;
JSON-LD through rdflib, whose output keeps prefixes as a context.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.atomic import atomic_path, atomic_write
from graph.errors import FormatError, GraphParseError, InputError
from graph.vocab import PREFIXES

FORMATS = {
    ".ttl": ("turtle", ox.RdfFormat.TURTLE),
    ".trig": ("trig", ox.RdfFormat.TRIG),
    ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
    ".nq": ("nquads", ox.RdfFormat.N_QUADS),
    ".jsonld": ("json-ld", None),
    ".json": ("json-ld", None),
    ".rdf": ("xml", ox.RdfFormat.RDF_XML),
    ".owl": ("xml", ox.RdfFormat.RDF_XML),
}


def format_of(path: Path) -> tuple[str, object]:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise FormatError(f"{path}: unknown graph format; use one of {', '.join(sorted(FORMATS))}") from None


def serialize(g: Graph, path: Path) -> bytes:
    rdflib_name, ox_format = format_of(path)
    if ox_format is None:
        return g.serialize(format=rdflib_name, auto_compact=True).encode("utf-8")
    nt = g.serialize(format="nt", encoding="utf-8")
    triples = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    if ox_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        triples = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    kwargs = {"prefixes": PREFIXES} if ox_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else {}
    return ox.serialize(triples, format=ox_format, **kwargs)


def write_graph(g: Graph, path: Path) -> None:
    atomic_write(Path(path), serialize(g, Path(path)))


def write_store(store, path: Path) -> None:
    """Export a store, streamed: TriG and N-Quads keep every article's named graph and the default
    graph; the triple formats get their union (each triple once); JSON-LD goes through rdflib."""
    rdflib_name, ox_format = format_of(path)
    kwargs = {"prefixes": PREFIXES} if ox_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else {}
    with atomic_path(path) as tmp:
        if ox_format is None:
            from graph.build import union_graph

            tmp.write_bytes(union_graph(store).serialize(format=rdflib_name, auto_compact=True).encode("utf-8"))
        elif ox_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            store.ox.dump(str(tmp), ox_format, **kwargs)
        else:
            triples = store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            ox.serialize(triples, str(tmp), ox_format, **kwargs)


def load_graph(path: str | Path) -> Graph:
    """A graph file, or a store folder, as one rdflib Graph (named graphs are read as their union)."""
    path = Path(path)
    if path.is_dir():
        from graph.build import union_graph
        from graph.store import KgStore

        return union_graph(KgStore.open(path, read_only=True))
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    rdflib_name, _ = format_of(path)
    data = path.read_bytes()
    if not data.strip():
        raise GraphParseError(f"{path}: graph file is empty")
    g = Graph()
    try:
        if rdflib_name in ("trig", "nquads"):  # rdflib's Graph would keep only the default graph
            quads = ox.parse(data, format=FORMATS[path.suffix.lower()][1])
            data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
            rdflib_name = "nt"
        g.parse(io.BytesIO(data), format=rdflib_name)
    except Exception as exc:  # rdflib raises many kinds; all mean "does not parse"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphParseError(f"{path}: does not parse as {rdflib_name}: {first[:200]}") from None
    return g
