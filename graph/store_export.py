"""Exporting a store from its serialised graphs (``kazkg.graph.blobs``): streamed, so memory does not
grow with the store, and in one order (descriptions by subject, graphs by name, shared lines sorted),
so the same store always gives the same bytes.

Turtle and TriG are the stored bytes written out; N-Triples, N-Quads and RDF/XML parse them back
(Oxigraph, in Rust) graph by graph. Triple formats get the union: each graph's own triples, then every
shareable or default-graph triple once (as N-Triples lines, which Turtle reads too). JSON-LD is built in memory by rdflib (its context needs the whole graph).
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from kazkg.graph.atomic import atomic_path
from kazkg.graph.blobs import HEADER, NTRIPLES, TURTLE, parse_body
from kazkg.graph.errors import InputError
from kazkg.graph.export import format_of, serialize, union_graph
from kazkg.graph.rdftext import _tag_case
from kazkg.graph.vocab import PREFIXES

DEFAULT = ox.DefaultGraph()
_IRI = re.compile(r"[^<>\"{}|^`\\\x00-\x20]*")


def _quads(body: bytes, fmt, graph) -> list:
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in parse_body(body, fmt)]


def _union_chunks(serial):
    """The union's triples as lists of quads in the default graph, one list per stored piece."""
    for _, own, _ in serial.graphs():
        yield _quads(own, TURTLE, DEFAULT)
    batch: list[bytes] = []
    for line in serial.shared_lines():
        batch.append(line)
        if len(batch) >= 20000:
            yield _quads(b"".join(batch), NTRIPLES, DEFAULT)
            batch = []
    yield _quads(b"".join(batch), NTRIPLES, DEFAULT)


def _current(store) -> None:
    if store.index.outdated:
        raise InputError(f"{store.path}: made by an older kazkg; add to it once (kazkg build PATH --store "
                         f"{store.path}) to bring it up to date")


def union_triples(store):
    """Every triple of the store's union once (as default-graph quads), streamed from its serialised graphs."""
    _current(store)
    return (q for quads in _union_chunks(store.serial) for q in quads)


def _quad_chunks(serial):
    for body in serial.descriptions():
        yield _quads(body, NTRIPLES, DEFAULT)
    for name, own, shared in serial.graphs():
        g = ox.NamedNode(name)
        yield _quads(own, TURTLE, g) + _quads(shared, NTRIPLES, g)


def write_store(store, path: Path) -> None:
    """Export ``store`` to ``path`` in the format its suffix names (see the module's docstring)."""
    path = Path(path)
    rdflib_name, fmt = format_of(path)
    _current(store)
    serial = store.serial
    with atomic_path(path) as tmp, open(tmp, "wb") as out:
        if fmt is None:
            out.write(serialize(union_graph(store), path))
        elif fmt == ox.RdfFormat.TURTLE:
            out.write(HEADER)
            out.writelines(own for _, own, _ in serial.graphs())
            out.writelines(serial.shared_lines())
        elif fmt == ox.RdfFormat.TRIG:
            out.write(HEADER)
            out.writelines(serial.descriptions())
            for name, own, shared in serial.graphs():
                if not _IRI.fullmatch(name):
                    raise ValueError(f"not an IRI: {name!r}")
                out.writelines((f"<{name}> {{\n".encode("utf-8"), own, shared, b"}\n"))
        elif fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
            chunks = _union_chunks(serial) if fmt == ox.RdfFormat.N_TRIPLES else _quad_chunks(serial)
            for quads in chunks:
                out.write(_tag_case(ox.serialize(quads, format=fmt), fmt))
        else:  # RDF/XML: one document, written by Oxigraph as it goes, language tags cased line by line
            _write_xml(_union_chunks(serial), out, Path(str(tmp) + ".part"))


def _write_xml(chunks, out, part: Path) -> None:
    fmt = ox.RdfFormat.RDF_XML
    try:
        ox.serialize((q for quads in chunks for q in quads), output=str(part), format=fmt, prefixes=PREFIXES)
        with open(part, "rb") as f:
            for line in f:
                out.write(_tag_case(line, fmt))
    finally:
        part.unlink(missing_ok=True)
