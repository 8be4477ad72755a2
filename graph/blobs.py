"""Each graph's serialisation, kept beside a store so that an export writes stored bytes.

Reading quads back out of Oxigraph's RocksDB costs ~10 µs each (every long string is a lookup), so a
store of 4 M quads took minutes to export. Instead, when a store writes an article's graph it also keeps
it as Turtle (without the prefix lines, which an export writes once), compressed: an export of the union
concatenates them. The triples another graph may hold too (a relation and its ``rdf:Statement``, an
entity's description in the default graph, reference data) are kept as sorted N-Triples lines and
counted across the store, so the union writes each once. Text is cleaned as every export is (``kazkg.graph.export``: no character XML
forbids, BCP 47 language tags).
"""

from __future__ import annotations

import zlib

import pyoxigraph as ox

from kazkg.graph.rdftext import _clean, _tag_case
from kazkg.graph.vocab import PREFIXES

TURTLE, NTRIPLES = ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES
_PROBE = ox.Triple(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), ox.NamedNode("urn:x"))
# The prefix lines Oxigraph writes (always in the same order); bodies are written without them.
HEADER = ox.serialize([_PROBE], format=TURTLE, prefixes=PREFIXES)[: -len(ox.serialize([_PROBE], format=TURTLE))]


def _triples(quads) -> list[ox.Triple]:
    return [ox.Triple(q.subject, q.predicate, q.object) for q in _clean(quads)]


def turtle_body(quads) -> bytes:
    """Turtle of ``quads``' triples, as an export writes them, without the prefix lines."""
    if not quads:
        return b""
    data = ox.serialize(_triples(quads), format=TURTLE, prefixes=PREFIXES)
    if not data.startswith(HEADER):
        raise ValueError("unexpected Turtle prefix lines")  # a pyoxigraph change: fail loudly, not silently
    return _tag_case(data[len(HEADER):], TURTLE)


def ntriples_lines(quads) -> list[bytes]:
    """The sorted, distinct N-Triples lines of ``quads``' triples, each ending in a newline."""
    if not quads:
        return []
    data = _tag_case(ox.serialize(_triples(quads), format=NTRIPLES), NTRIPLES)
    return sorted({line + b"\n" for line in data.split(b"\n") if line})


def pack(data: bytes) -> bytes:
    return zlib.compress(data, 1)


def unpack(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def parse_body(body: bytes, fmt=TURTLE):
    """The triples of a stored body (Turtle or N-Triples lines)."""
    return ox.parse(HEADER + body if fmt == TURTLE else body, format=fmt)


SCHEMA = """
CREATE TABLE IF NOT EXISTS gblob(name TEXT PRIMARY KEY, own BLOB NOT NULL, shared BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS dblob(iri TEXT PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS shared(line BLOB PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""


class Serialised:
    """The serialised graphs of a store, in its SQLite index (``db``): named graphs (``gblob``: the
    graph's own Turtle body and its shareable N-Triples lines), default-graph descriptions by subject
    (``dblob``, N-Triples lines), and every shareable or default-graph line with the number of pieces
    holding it (``shared``)."""

    def __init__(self, db):
        self.db = db
        db.executescript(SCHEMA)

    def put_graph(self, name: str, own, shared) -> None:
        """Keep graph ``name``'s quads (replacing what it held): ``own`` only it holds, ``shared`` maybe others."""
        self.drop_graph(name)
        keep = set(own)
        lines = b"".join(ntriples_lines([q for q in shared if q not in keep]))
        self.db.execute("INSERT INTO gblob VALUES (?,?,?)", (name, pack(turtle_body(own)), pack(lines)))
        self._count(lines, +1)

    def drop_graph(self, name: str) -> None:
        row = self.db.execute("SELECT shared FROM gblob WHERE name=?", (name,)).fetchone()
        if row is not None:
            self._count(unpack(row[0]), -1)
            self.db.execute("DELETE FROM gblob WHERE name=?", (name,))

    def put_description(self, iri: str, quads) -> None:
        """Keep the default-graph description of ``iri`` (replacing the one it had; none when ``quads`` is empty)."""
        old = self.db.execute("SELECT body FROM dblob WHERE iri=?", (iri,)).fetchone()
        if old is not None:
            self._count(unpack(old[0]), -1)
            self.db.execute("DELETE FROM dblob WHERE iri=?", (iri,))
        if quads:
            lines = b"".join(ntriples_lines(quads))
            self.db.execute("INSERT INTO dblob VALUES (?,?)", (iri, pack(lines)))
            self._count(lines, +1)

    def _count(self, lines: bytes, step: int) -> None:
        rows = [(x + b"\n",) for x in lines.split(b"\n") if x]
        if step > 0:
            self.db.executemany("INSERT INTO shared VALUES (?,1) ON CONFLICT DO UPDATE SET n=n+1", rows)
        else:
            self.db.executemany("UPDATE shared SET n=n-1 WHERE line=?", rows)
            self.db.executemany("DELETE FROM shared WHERE line=? AND n<=0", rows)

    def has_graph(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM gblob WHERE name=?", (name,)).fetchone() is not None

    def has_description(self, iri: str) -> bool:
        return self.db.execute("SELECT 1 FROM dblob WHERE iri=?", (iri,)).fetchone() is not None

    # -- reading, in one order: an export of the same store is the same bytes -------------------
    def descriptions(self):
        """N-Triples lines of the default graph, by subject IRI."""
        for (body,) in self.db.execute("SELECT body FROM dblob ORDER BY iri"):
            yield unpack(body)

    def graphs(self):
        """(graph IRI, own Turtle body, shareable N-Triples lines) of every named graph, by IRI."""
        for name, own, shared in self.db.execute("SELECT name, own, shared FROM gblob ORDER BY name"):
            yield name, unpack(own), unpack(shared)

    def shared_lines(self):
        """Every shareable N-Triples line once, sorted."""
        for (line,) in self.db.execute("SELECT line FROM shared ORDER BY line"):
            yield line
