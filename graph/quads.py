"""The RDF of one article (its own named graph) and of one merged entity (the default graph).

Split this way so a store can replace one article's graph without touching the rest: an article's
graph holds the article, its sentences, every mention and every relation read in it (with its
``rdf:Statement`` and evidence); the default graph holds what is merged across articles (an entity's
class, labels, acronyms, Wikidata link). Both are functions of their inputs only, never of the order
in which articles arrive, so an incrementally grown store and a build from scratch give the same quads.
Terms are pyoxigraph's: no rdflib graph is built on the way to a store.
"""

from __future__ import annotations

import bisect
from typing import Callable, Iterable

import pyoxigraph as ox
from rdflib import XSD, Literal
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from graph import iris, lang
from graph.facts import Entity, Facts, Value
from graph.vocab import KZ, NIF

WIKIDATA = "http://www.wikidata.org/entity/"
DEFAULT = ox.DefaultGraph()
_TERMS: dict[str, ox.NamedNode] = {}


def term(iri: str) -> ox.NamedNode:
    """A NamedNode, cached: the same few dozen predicates are minted millions of times in a corpus."""
    node = _TERMS.get(iri)
    if node is None:
        node = _TERMS[iri] = ox.NamedNode(iri)
    return node


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=term(str(XSD.integer)))


def _kk(text: str, tag: str = "kk") -> ox.Literal:
    return ox.Literal(text, language=tag)


def literal(v: Value) -> Literal:
    """The rdflib literal of a fact's value (its N3 form names the statement, as it always has)."""
    if v.datatype == "kk":
        return Literal(v.lexical, lang="kk")
    if v.datatype == "string":
        return Literal(v.lexical)
    return Literal(v.lexical, datatype=XSD[v.datatype])


def _ox_literal(lit: Literal) -> ox.Literal:
    if lit.language:
        return ox.Literal(str(lit), language=lit.language)
    if lit.datatype:
        return ox.Literal(str(lit), datatype=term(str(lit.datatype)))
    return ox.Literal(str(lit))


def article_quads(record, facts: Facts, names: Iterable[str], iri_of: Callable[[str], str]) -> list[ox.Quad]:
    """The named graph of one article: ``record`` (an ArticleRecord), its own ``facts`` (keys as the
    extractors made them), the file names it was read from, and ``iri_of`` mapping a key to the IRI of
    the entity it was resolved to across the corpus."""
    a = term(str(iris.article_iri(record.id)))
    out: list[ox.Quad] = []

    def add(s, p, o) -> None:
        out.append(ox.Quad(s, term(str(p)) if not isinstance(p, ox.NamedNode) else p, o, a))

    add(a, RDF.type, term(str(KZ.NewsArticle)))
    for name in sorted(set(names)):
        add(a, KZ.sourceFile, ox.Literal(name))
    add(a, KZ.text, ox.Literal(record.text))
    if record.url:
        add(a, KZ.url, ox.Literal(record.url, datatype=term(str(XSD.anyURI))))
    starts = [s for s, _ in record.sentences]
    for n, (s, e) in enumerate(record.sentences):
        node = term(str(iris.sentence_iri(record.id, n)))
        add(node, RDF.type, term(str(NIF.Sentence)))
        add(node, KZ.inArticle, a)
        add(node, KZ.sentenceIndex, _int(n))
        add(node, KZ.beginIndex, _int(s))
        add(node, KZ.endIndex, _int(e))
        add(node, KZ.anchorOf, ox.Literal(record.text[s:e]))

    def span_node(node: ox.NamedNode, span, of: ox.NamedNode) -> ox.NamedNode:
        i = max(bisect.bisect_right(starts, span.start) - 1, 0)
        add(node, RDF.type, term(str(KZ.Mention)))
        add(node, KZ.mentionOf, of)
        add(node, KZ.inArticle, a)
        add(node, KZ.inSentence, term(str(iris.sentence_iri(record.id, i))))
        add(node, KZ.beginIndex, _int(span.start))
        add(node, KZ.endIndex, _int(span.end))
        add(node, KZ.anchorOf, ox.Literal(span.text))
        return node

    def node_of(key: str) -> str:
        return str(iris.article_iri(key)) if key == record.id else iri_of(key)

    claimed: dict[str, str] = {}
    for iri, _, ent in sorted((iri_of(e.key), e.key, e) for e in facts.entities.values()):
        node = term(iri)
        for m in ent.mentions:
            miri = str(iris.mention_iri(m.article, m.start, m.end))
            if claimed.setdefault(miri, iri) != iri:
                miri = f"{miri}-{iris.digest(iri, n=6)}"  # one span read as two entities
            add(node, KZ.hasMention, span_node(ox.NamedNode(miri), m, node))
    for rel in facts.relations.values():
        s = node_of(rel.subject)
        o = literal(rel.object) if isinstance(rel.object, Value) else node_of(rel.object)
        p = str(KZ[rel.predicate])
        sid = iris.statement_id(s, p, o.n3() if isinstance(o, Literal) else f"<{o}>")
        st = term(str(iris.RES[sid]))
        obj = _ox_literal(o) if isinstance(o, Literal) else term(o)
        add(term(s), term(p), obj)
        add(st, RDF.type, term(str(RDF.Statement)))
        add(st, RDF.subject, term(s))
        add(st, RDF.predicate, term(p))
        add(st, RDF.object, obj)
        for ev in rel.evidence:
            add(st, PROV.wasDerivedFrom, span_node(ox.NamedNode(str(iris.evidence_iri(sid[3:], ev.article, ev.start, ev.end))), ev, st))
    return out


def entity_quads(ent: Entity, iri: str) -> list[ox.Quad]:
    """The default-graph description of one merged entity: class, labels, acronyms, links."""
    s = term(iri)
    out = [ox.Quad(s, term(str(RDF.type)), term(str(KZ[ent.type])), DEFAULT),
           ox.Quad(s, term(str(RDFS.label)), _kk(ent.label), DEFAULT),
           ox.Quad(s, term(str(SKOS.prefLabel)), _kk(ent.label), DEFAULT),
           ox.Quad(s, term(str(RDFS.label)), _kk(lang.transliterate(ent.label), "kk-Latn"), DEFAULT)]
    out += [ox.Quad(s, term(str(SKOS.altLabel)), _kk(alt), DEFAULT) for alt in sorted(ent.alt_labels)]
    out += [ox.Quad(s, term(str(KZ.acronym)), _kk(acr), DEFAULT) for acr in sorted(ent.acronyms)]
    if ent.wikidata:
        out.append(ox.Quad(s, term(str(OWL.sameAs)), term(WIKIDATA + ent.wikidata), DEFAULT))
    if ent.label_en:
        out.append(ox.Quad(s, term(str(RDFS.label)), ox.Literal(ent.label_en, language="en"), DEFAULT))
    return out
