"""The store's KATO graph: what the official classifier, not an article, says about the places the
articles name (the class of those places, KATO kind and code, the unit each lies in up to Қазақстан, the labels of units no
article names), in the named graph ``places.KATO_GRAPH``, with its source described in the default graph.

A user tells reference data from what an article says by the graph: ``GRAPH <.../source/kato> { }``
against ``GRAPH ?article { }``. The graph is a function of the set of (entity IRI, KATO place) links,
kept in the table ``kato``; it is written again whenever that set changes, in one order, so a store
grown in steps and a build from scratch hold the same graph. Its size is bounded by the classifier
(about 10,000 units), never by the corpus.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kazkg.graph import places
from kazkg.graph.vocab import KZ

SCHEMA = "CREATE TABLE IF NOT EXISTS kato(iri TEXT PRIMARY KEY, code TEXT NOT NULL);"
GRAPH = ox.NamedNode(str(places.KATO_GRAPH))
_TYPE, _PLACE = str(RDF.type), str(KZ.Place)
_PREF, _ALT = str(SKOS.prefLabel), str(SKOS.altLabel)


def _term(t):
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))) if t.datatype else ox.Literal(str(t))
    return ox.NamedNode(str(t))


def _quads(triples, graph) -> list[ox.Quad]:
    return [ox.Quad(_term(s), _term(p), _term(o), graph) for s, p, o in triples]


def place_code(quads) -> str | None:
    """The KATO code of the place an entity's default-graph description names (its label, else one of
    its other names, as ``places.linked_entities`` links them), None for no place or no single one."""
    if not any(q.predicate.value == _TYPE and q.object.value == _PLACE for q in quads):
        return None
    label = [q.object.value for q in quads if q.predicate.value == _PREF]
    alts = sorted(q.object.value for q in quads if q.predicate.value == _ALT)
    place = next(filter(None, (places.link(n) for n in (*label[:1], *alts))), None)
    return place.code if place is not None else None


class KatoLinks:
    """The ``kato`` table of a store's index: which entity IRI links to which KATO place."""

    def __init__(self, db):
        self.db = db
        db.executescript(SCHEMA)
        self.changed = False

    def described(self, iri: str, quads) -> None:
        """Record what ``iri``'s new description (``quads``, empty when it went) links to."""
        code = place_code(quads) if quads else None
        row = self.db.execute("SELECT code FROM kato WHERE iri=?", (iri,)).fetchone()
        if (row[0] if row else None) == code:
            return
        self.changed = True
        if code is None:
            self.db.execute("DELETE FROM kato WHERE iri=?", (iri,))
        else:
            self.db.execute("INSERT OR REPLACE INTO kato VALUES (?,?)", (iri, code))

    def graph_quads(self) -> list[ox.Quad]:
        """The KATO graph of the links now recorded (empty when there are none)."""
        table = places.load()
        pairs = [(URIRef(iri), table.by_code[code]) for iri, code in self.db.execute("SELECT iri, code FROM kato ORDER BY iri")
                 if code in table.by_code]
        named = {node for node, _ in pairs}
        # a unit no article names is not typed kz:Place (its KATO kind says what it is): kz:Place is for
        # entities an article mentions, each traced to a text span (ontology/shapes.ttl)
        triples = [t for t in places.kato_triples(pairs, table) if not (t[1] == RDF.type and t[2] == KZ.Place
                                                                         and t[0] not in named)]
        return list(dict.fromkeys(_quads(triples, GRAPH))) if pairs else []


def source_quads() -> list[ox.Quad]:
    """The description of the KATO graph's source (default graph)."""
    return _quads(places.source_description(), ox.DefaultGraph())
