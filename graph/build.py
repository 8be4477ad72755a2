"""The pipeline: files -> Article -> Doc (graph.lang) -> extractors -> Facts -> merged -> rdflib Graph.

Every relation becomes a triple plus an ``rdf:Statement`` whose ``prov:wasDerivedFrom`` names the
Mention (article, sentence, offsets, surface text) it was read from; every entity has its mentions.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV

from graph import iris, lang
from graph.article import Article, read_article
from graph.errors import InputError
from graph.extractors import LAYERS, pipeline
from graph.extractors.base import Context
from graph.facts import Facts, Value
from graph.linking import link
from graph.vocab import KZ, bind_prefixes

SUFFIXES = {".txt", ".html", ".htm"}
WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass
class ArticleRecord:
    """What the graph keeps of an article besides its facts."""

    id: str
    name: str
    text: str
    url: str | None
    sentences: list[tuple[int, int]] = field(default_factory=list)


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders walked for .txt/.html, sorted so the build is deterministic."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not f.name.startswith(".") and f.name.lower() != "readme.txt")
            if not found:
                raise InputError(f"{p}: no .txt or .html articles in this folder")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return out


def _tagger():
    try:
        from graph.ner import load_tagger

        return load_tagger()
    except Exception:  # no model shipped yet, or it fails to load: rules still run
        return None


def ner_spans(doc, tagger) -> list[tuple[int, int, str]]:
    if tagger is None:
        return []
    from graph.ner import spans

    out = []
    sents = [s for s in doc.sentences if s.tokens]
    for sent, labels in zip(sents, tagger.tag_sents([[t.text for t in s.tokens] for s in sents])):
        for i, j, cls in spans([t.text for t in sent.tokens], labels):
            out.append((sent.tokens[i].start, sent.tokens[j - 1].end, cls))
    return out


def extract_article(article: Article, extractors=None, tagger=None) -> tuple[Facts, ArticleRecord]:
    aid = iris.article_id(article.text)
    doc = lang.analyse(article.text, regions=article.regions, base_date=(article.published or "")[:10] or None)
    ctx = Context(article=article, doc=doc, article_id=aid)
    ctx.ner = ner_spans(doc, tagger)
    if extractors is None:
        extractors = pipeline(layers=LAYERS if tagger is not None else tuple(x for x in LAYERS if x != "ner"), skip_missing_layers=True)
    for ex in extractors:
        ex(ctx)
    record = ArticleRecord(aid, article.name, article.text, article.url, [(s.start, s.end) for s in doc.sentences])
    return ctx.facts.stamp(aid), record


def build_facts(paths: list[Path]) -> tuple[Facts, list[ArticleRecord]]:
    tagger = _tagger()
    layers = LAYERS if tagger is not None else tuple(x for x in LAYERS if x != "ner")
    extractors = pipeline(layers=layers, skip_missing_layers=True)
    corpus, records = Facts(), []
    for path in expand(paths):
        facts, record = extract_article(read_article(path), extractors, tagger)
        corpus.merge(facts)
        records.append(record)
    link(corpus)
    return corpus, records


def build_graph(paths: list[Path]) -> Graph:
    corpus, records = build_facts(paths)
    return to_rdf(corpus, records)


# -- RDF ---------------------------------------------------------------------------------------
def literal(v: Value) -> Literal:
    if v.datatype == "kk":
        return Literal(v.lexical, lang="kk")
    if v.datatype == "string":
        return Literal(v.lexical)
    return Literal(v.lexical, datatype=XSD[v.datatype])


class _Writer:
    def __init__(self, facts: Facts, records: list[ArticleRecord]):
        self.g = bind_prefixes(Graph())
        self.facts = facts
        self.records = {r.id: r for r in records}
        self.starts = {r.id: [s for s, _ in r.sentences] for r in records}

    def sentence(self, aid: str, offset: int) -> URIRef:
        i = bisect.bisect_right(self.starts[aid], offset) - 1
        return iris.sentence_iri(aid, max(i, 0))

    def span_node(self, node: URIRef, span, of: URIRef) -> URIRef:
        g = self.g
        g.add((node, RDF.type, KZ.Mention))
        g.add((node, KZ.mentionOf, of))
        g.add((node, KZ.inArticle, iris.article_iri(span.article)))
        g.add((node, KZ.inSentence, self.sentence(span.article, span.start)))
        g.add((node, KZ.beginIndex, Literal(span.start, datatype=XSD.integer)))
        g.add((node, KZ.endIndex, Literal(span.end, datatype=XSD.integer)))
        g.add((node, KZ.anchorOf, Literal(span.text)))
        return node

    def node(self, key: str) -> URIRef:
        ent = self.facts.entities.get(key)
        if ent is not None:
            return iris.entity_iri(ent.type, ent.key)
        if key in self.records:
            return iris.article_iri(key)
        raise KeyError(key)

    def write(self) -> Graph:
        g = self.g
        for r in self.records.values():
            a = iris.article_iri(r.id)
            g.add((a, RDF.type, KZ.NewsArticle))
            g.add((a, KZ.sourceFile, Literal(r.name)))
            g.add((a, KZ.text, Literal(r.text)))
            if r.url:
                g.add((a, KZ.url, Literal(r.url, datatype=XSD.anyURI)))
            for n, (s, e) in enumerate(r.sentences):
                node = iris.sentence_iri(r.id, n)
                g.add((node, RDF.type, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence")))
                g.add((node, KZ.inArticle, a))
                g.add((node, KZ.sentenceIndex, Literal(n, datatype=XSD.integer)))
                g.add((node, KZ.beginIndex, Literal(s, datatype=XSD.integer)))
                g.add((node, KZ.endIndex, Literal(e, datatype=XSD.integer)))
                g.add((node, KZ.anchorOf, Literal(r.text[s:e])))
        for ent in self.facts.entities.values():
            node = iris.entity_iri(ent.type, ent.key)
            g.add((node, RDF.type, KZ[ent.type]))
            g.add((node, RDFS.label, Literal(ent.label, lang="kk")))
            g.add((node, SKOS.prefLabel, Literal(ent.label, lang="kk")))
            g.add((node, RDFS.label, Literal(lang.transliterate(ent.label), lang="kk-Latn")))
            for alt in sorted(ent.alt_labels):
                g.add((node, SKOS.altLabel, Literal(alt, lang="kk")))
            for acr in sorted(ent.acronyms):
                g.add((node, KZ.acronym, Literal(acr, lang="kk")))
            if ent.wikidata:
                g.add((node, OWL.sameAs, URIRef(WIKIDATA + ent.wikidata)))
            if ent.label_en:
                g.add((node, RDFS.label, Literal(ent.label_en, lang="en")))
            for m in ent.mentions:
                mnode = self.span_node(iris.mention_iri(m.article, m.start, m.end), m, node)
                g.add((node, KZ.hasMention, mnode))
        for rel in self.facts.relations.values():
            s = self.node(rel.subject)
            o = literal(rel.object) if isinstance(rel.object, Value) else self.node(rel.object)
            p = KZ[rel.predicate]
            g.add((s, p, o))
            sid = iris.statement_id(str(s), str(p), o.n3())
            st = iris.RES[sid]
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, p))
            g.add((st, RDF.object, o))
            for ev in rel.evidence:
                g.add((st, PROV.wasDerivedFrom, self.span_node(iris.evidence_iri(sid[3:], ev.article, ev.start, ev.end), ev, st)))
        return g


def to_rdf(facts: Facts, records: list[ArticleRecord]) -> Graph:
    return _Writer(facts, records).write()
