"""What the explorer shows, read from a kazkg graph in one streaming pass over its triples.

Entities (typed with a kazkg class) become nodes; relations between two of them become edges; literal
facts stay on their node. Mentions, sentences and reified statements are provenance: each node and edge
keeps the spans it was read from (sentence, offsets in it, article), so the page can show the sentence
with the mention highlighted and the article's headline, date and URL. Reading goes through pyoxigraph's
parser, not an rdflib Graph, because a 10,000-article graph holds millions of triples.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kazkg.graph.classes import class_table
from kazkg.graph.errors import GraphParseError, InputError
from kazkg.graph.export import format_of
from kazkg.graph.xml_guard import check_entities
from kazkg.graph.vocab import KZ

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
K = str(KZ)
LABELS = {RDFS_LABEL, SKOS_NS + "prefLabel", SKOS_NS + "altLabel", K + "acronym"}
SPAN_SLOTS = {K + p: i for i, p in enumerate(("inSentence", "mentionOf", "beginIndex", "endIndex", "inArticle", "anchorOf"))}
SKIPPED = {K + "hasMention", K + "text", K + "sentenceIndex"}  # the inverse of mentionOf; the article text
ARTICLE_FIELDS = {K + "headline": "headline", K + "datePublished": "date", K + "url": "url", K + "sourceFile": "file"}


@dataclass
class Node:
    """A drawn entity: its class key, labels by language, search aliases, literal facts and mention IRIs."""

    cls: str
    labels: dict = field(default_factory=dict)
    aliases: set = field(default_factory=set)
    facts: list = field(default_factory=list)  # (predicate, ox term)
    mentions: list = field(default_factory=list)


@dataclass
class Model:
    """The graph as the explorer needs it; IRIs are plain strings."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (subject, predicate, object)
    mentions: dict[str, list] = field(default_factory=dict)  # iri -> [sentence, of, begin, end, article, text]
    articles: dict[str, dict] = field(default_factory=lambda: defaultdict(dict))
    evidence: dict[tuple, list[str]] = field(default_factory=dict)  # (s, p, o term) -> mention IRIs

    def label(self, iri: str) -> str:
        node = self.nodes.get(iri)
        if node is None:
            return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        art = self.articles.get(iri)
        return (node.labels.get("kk") or (art or {}).get("headline") or next(iter(node.labels.values()), None)
                or (art or {}).get("file") or iri.rsplit("/", 1)[-1])


def _triples(source):
    """Triples of a graph file (parsed by pyoxigraph) or of an rdflib Graph."""
    if isinstance(source, Graph):
        return ox.parse(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    path = Path(source)
    if path.is_dir():  # a store folder: the union of its graphs, streamed from its serialised graphs
        from kazkg.graph.store import KgStore
        from kazkg.graph.store_export import union_triples

        return union_triples(KgStore.open(path, read_only=True))
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    rdflib_name, fmt = format_of(path)
    if fmt is None:  # JSON-LD: rdflib reads it, pyoxigraph reads its N-Triples
        from kazkg.graph.export import load_graph

        return _triples(load_graph(path))
    data = path.read_bytes()
    if not data.strip():
        raise GraphParseError(f"{path}: graph file is empty")
    if rdflib_name == "xml":
        check_entities(data, str(path))  # no external or nested entities (billion laughs), as load_graph
    return ox.parse(io.BytesIO(data), format=fmt)


def read_model(source) -> Model:
    """One pass over the triples of ``source`` (a graph file path or an rdflib Graph)."""
    m = Model()
    drawn = class_table()
    literal_facts, iri_facts, statements, derived = [], [], {}, defaultdict(list)
    spans = m.mentions  # mentions and sentences alike: [sentence, of, begin, end, article, text]
    statement_slot = {RDF_NS + "subject": 0, RDF_NS + "predicate": 1, RDF_NS + "object": 2}
    rdf_type, literal = RDF_NS + "type", ox.Literal
    try:
        for t in _triples(source):
            s, p, o = t.subject.value, t.predicate.value, t.object
            slot = SPAN_SLOTS.get(p)
            if slot is not None:
                rec = spans.get(s)
                if rec is None:
                    rec = spans[s] = [None, None, None, None, None, None]
                rec[slot] = o.value
            elif p == rdf_type:
                cls = o.value[len(K):]
                if cls in drawn and o.value.startswith(K):
                    m.nodes.setdefault(s, Node(cls)).cls = cls
            elif p in statement_slot:
                statements.setdefault(s, [None, None, None])[statement_slot[p]] = o
            elif p == DERIVED:
                derived[s].append(o.value)
            elif p in SKIPPED:
                continue
            elif p in LABELS:
                _label(m, s, p, o)
            elif p in ARTICLE_FIELDS:
                m.articles[s][ARTICLE_FIELDS[p]] = o.value
                literal_facts.append((s, p, o))
            elif isinstance(o, literal):
                literal_facts.append((s, p, o))
            else:
                iri_facts.append((s, p, o))
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphParseError(f"{source}: does not parse: {str(exc).splitlines()[0][:200]}") from None
    for st, (s, p, o) in statements.items():
        if s is not None and p is not None and o is not None and st in derived:
            m.evidence[(s.value, p.value, o)] = derived[st]
    for iri in [n for n, node in m.nodes.items() if not node.cls]:  # labelled but not of a drawn class
        del m.nodes[iri]
    for s, p, o in literal_facts:
        if s in m.nodes:
            m.nodes[s].facts.append((p, o))
    for s, p, o in iri_facts:
        if s in m.nodes and o.value in m.nodes:
            m.edges.append((s, p, o.value))
        elif s in m.nodes:
            m.nodes[s].facts.append((p, o))
    for iri, (_, of, *_rest) in m.mentions.items():
        if of in m.nodes:
            m.nodes[of].mentions.append(iri)
    return m


def _label(m: Model, s: str, p: str, o) -> None:
    node = m.nodes.setdefault(s, Node(""))
    if p == RDFS_LABEL:
        lang = getattr(o, "language", None) or ""
        node.labels.setdefault(lang, o.value)
    node.aliases.add(o.value)
