"""What the ontology says about its own terms, read from ontology/kazkg.ttl once per process.

Event classes, document families and the terms an extractor may declare are derived from
``rdfs:subClassOf`` here instead of being listed by hand in the CLI, the IRI minter, the drawing and
the evaluator: a new event type is a new ontology class, and everything that groups events follows.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import OWL, RDF, RDFS

from kazkg.graph.vocab import KZ
from kazkg.ontology import load_ontology

_NS = str(KZ._NS)


def _local(iri) -> str | None:
    s = str(iri)
    return s[len(_NS):] if s.startswith(_NS) else None


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    g = load_ontology()
    classes = {c for c in (_local(s) for s in g.subjects(RDF.type, OWL.Class)) if c}
    props = {p for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
             for p in (_local(s) for s in g.subjects(RDF.type, t)) if p}
    parents: dict[str, set[str]] = {c: set() for c in classes}
    for s, o in g.subject_objects(RDFS.subClassOf):
        a, b = _local(s), _local(o)
        if a and b:
            parents.setdefault(a, set()).add(b)
    below: dict[str, set[str]] = {c: {c} for c in parents}
    for c in parents:  # transitive closure: every class is below each of its ancestors
        todo, seen = list(parents[c]), set()
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                below.setdefault(p, {p}).add(c)
                todo += parents.get(p, ())
    return {k: frozenset(v) for k, v in below.items()}, frozenset(classes), frozenset(props)


def subclasses(name: str) -> frozenset[str]:
    """``name`` and every class below it (``subclasses("LegalAct")`` holds ``Decree``)."""
    return _tables()[0].get(name, frozenset({name}))


def is_term(name: str) -> bool:
    """A class or property of the kazkg ontology (local name)."""
    _, classes, props = _tables()
    return name in classes or name in props


def event_classes() -> frozenset[str]:
    """The kinds of event (subclasses of ``kz:Event``), without ``Event`` itself."""
    return subclasses("Event") - {"Event"}


def family(name: str) -> str | None:
    """'act', 'doc' or 'event' for a class under LegalAct, PolicyDocument or Event."""
    for root, fam in (("LegalAct", "act"), ("PolicyDocument", "doc"), ("Event", "event")):
        if name in subclasses(root):
            return fam
    return None
