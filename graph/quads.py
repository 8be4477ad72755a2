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

from kazkg.graph import iris, lang
from kazkg.graph.facts import Entity, Facts, Value
from kazkg.graph.vocab import KZ, NIF

WIKIDATA = "http://www.wikidata.org/entity/"
DEFAULT = ox.DefaultGraph()
_TERMS: dict[str, ox.NamedNode] = {}


def term(iri: str) -> ox.NamedNode:
    """A NamedNode, cached: the same few dozen predicates and classes are minted millions of times in a
    corpus. Only for those: entity IRIs go through ``ox.NamedNode``, or the cache would grow with the corpus."""
    node = _TERMS.get(iri)
    if node is None:
        node = _TERMS[iri] = ox.NamedNode(iri)
    return node


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


_P = {name: term(str(KZ[name])) for name in ("NewsArticle", "sourceFile", "text", "url", "inArticle", "sentenceIndex",
                                             "beginIndex", "endIndex", "anchorOf", "Mention", "mentionOf", "inSentence",
                                             "hasMention")}
TYPE, STATEMENT = term(str(RDF.type)), term(str(RDF.Statement))
SUBJECT, PREDICATE, OBJECT = term(str(RDF.subject)), term(str(RDF.predicate)), term(str(RDF.object))
DERIVED, SENTENCE, ANYURI = term(str(PROV.wasDerivedFrom)), term(str(NIF.Sentence)), term(str(XSD.anyURI))
RES = str(iris.RES)
_INTS: dict[int, ox.Literal] = {}


def _int(n: int) -> ox.Literal:
    lit = _INTS.get(n)
    if lit is None:
        lit = _INTS[n] = ox.Literal(str(n), datatype=term(str(XSD.integer)))
    return lit


def article_quads(record, facts: Facts, names: Iterable[str], iri_of: Callable[[str], str]) -> list[ox.Quad]:
    """The named graph of one article: ``record`` (an ArticleRecord), its own ``facts`` (keys as the
    extractors made them), the file names it was read from, and ``iri_of`` mapping a key to the IRI of
    the entity it was resolved to across the corpus."""
    own, shared = article_parts(record, facts, names, iri_of)
    return own + shared


def article_parts(record, facts: Facts, names: Iterable[str], iri_of: Callable[[str], str]):
    """``article_quads`` in two lists: the quads only this article's graph can hold (they name the
    article, its sentences, mentions or evidence), and those another article's graph may hold too (a
    relation and its ``rdf:Statement``, named by subject, predicate and object alone), which an export
    of the union writes once. Each list comes in one order for the same content, whatever order the
    extractors found things in, and without repeats."""
    P, Q = _P, ox.Quad
    a = ox.NamedNode(f"{RES}{record.id}")
    short = record.id[8:]  # the hash part of "article-<hash>", as kazkg.graph.iris names sentences and mentions
    out: list[ox.Quad] = [Q(a, TYPE, P["NewsArticle"], a), Q(a, P["text"], ox.Literal(record.text), a)]
    add = out.append
    for name in sorted(set(names)):
        add(Q(a, P["sourceFile"], ox.Literal(name), a))
    if record.url:
        add(Q(a, P["url"], ox.Literal(record.url, datatype=ANYURI), a))
    starts = [s for s, _ in record.sentences]
    sentences = [ox.NamedNode(f"{RES}s-{short}-{n}") for n in range(len(starts))]
    for n, (s, e) in enumerate(record.sentences):
        node = sentences[n]
        out += (Q(node, TYPE, SENTENCE, a), Q(node, P["inArticle"], a, a), Q(node, P["sentenceIndex"], _int(n), a),
                Q(node, P["beginIndex"], _int(s), a), Q(node, P["endIndex"], _int(e), a),
                Q(node, P["anchorOf"], ox.Literal(record.text[s:e]), a))

    def span_node(node: ox.NamedNode, span, of: ox.NamedNode) -> ox.NamedNode:
        i = max(bisect.bisect_right(starts, span.start) - 1, 0)
        sentence = sentences[i] if i < len(sentences) else ox.NamedNode(f"{RES}s-{short}-{i}")
        out.extend((Q(node, TYPE, P["Mention"], a), Q(node, P["mentionOf"], of, a), Q(node, P["inArticle"], a, a),
                    Q(node, P["inSentence"], sentence, a), Q(node, P["beginIndex"], _int(span.start), a),
                    Q(node, P["endIndex"], _int(span.end), a), Q(node, P["anchorOf"], ox.Literal(span.text), a)))
        return node

    def node_of(key: str) -> str:
        return f"{RES}{key}" if key == record.id else iri_of(key)

    claimed: dict[str, str] = {}
    for iri, _, ent in sorted((iri_of(e.key), e.key, e) for e in facts.entities.values()):
        node = ox.NamedNode(iri)
        for m in sorted(ent.mentions, key=_span_order):
            miri = f"{RES}m-{m.article[8:]}-{m.start}-{m.end}"
            if claimed.setdefault(miri, iri) != iri:
                miri = f"{miri}-{iris.digest(iri, n=6)}"  # one span read as two entities
            add(Q(node, P["hasMention"], span_node(ox.NamedNode(miri), m, node), a))
    shared: list[ox.Quad] = []
    for rel in sorted(facts.relations.values(), key=_relation_order):
        s = node_of(rel.subject)
        o = literal(rel.object) if isinstance(rel.object, Value) else node_of(rel.object)
        p = str(KZ[rel.predicate])
        sid = iris.statement_id(s, p, o.n3() if isinstance(o, Literal) else f"<{o}>")
        st = ox.NamedNode(f"{RES}{sid}")
        obj = _ox_literal(o) if isinstance(o, Literal) else ox.NamedNode(o)
        sn, pn = ox.NamedNode(s), term(p)
        shared += (Q(sn, pn, obj, a), Q(st, TYPE, STATEMENT, a), Q(st, SUBJECT, sn, a), Q(st, PREDICATE, pn, a),
                   Q(st, OBJECT, obj, a))
        for ev in sorted(rel.evidence, key=_span_order):
            node = ox.NamedNode(f"{RES}ev-{sid[3:]}-{ev.article[8:]}-{ev.start}-{ev.end}")
            add(Q(st, DERIVED, span_node(node, ev, st), a))
    return list(dict.fromkeys(out)), list(dict.fromkeys(shared))


def _span_order(span) -> tuple:
    return span.start, span.end, span.text, span.article


def _relation_order(rel) -> tuple:
    o = rel.object
    return rel.subject, rel.predicate, (o.lexical, o.datatype) if isinstance(o, Value) else (o, "")


def entity_quads(ent: Entity, iri: str) -> list[ox.Quad]:
    """The default-graph description of one merged entity: class, labels, acronyms, links."""
    s = ox.NamedNode(iri)
    out = [ox.Quad(s, term(str(RDF.type)), term(str(KZ[ent.type])), DEFAULT),
           ox.Quad(s, term(str(RDFS.label)), _kk(ent.label), DEFAULT),
           ox.Quad(s, term(str(SKOS.prefLabel)), _kk(ent.label), DEFAULT),
           ox.Quad(s, term(str(RDFS.label)), _kk(lang.transliterate(ent.label), "kk-Latn"), DEFAULT)]
    out += [ox.Quad(s, term(str(SKOS.altLabel)), _kk(alt), DEFAULT) for alt in sorted(ent.alt_labels)]
    out += [ox.Quad(s, term(str(KZ.acronym)), _kk(acr), DEFAULT) for acr in sorted(ent.acronyms)]
    if ent.wikidata:
        out.append(ox.Quad(s, term(str(OWL.sameAs)), ox.NamedNode(WIKIDATA + ent.wikidata), DEFAULT))
    if ent.label_en:
        out.append(ox.Quad(s, term(str(RDFS.label)), ox.Literal(ent.label_en, language="en"), DEFAULT))
    return out
