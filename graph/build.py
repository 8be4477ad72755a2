"""The pipeline: files -> Article -> Doc (graph.lang) -> extractors -> Facts -> merged -> rdflib Graph.

Every relation becomes a triple plus an ``rdf:Statement`` whose ``prov:wasDerivedFrom`` names the
Mention (article, sentence, offsets, surface text) it was read from; every entity has its mentions.
"""

from __future__ import annotations

import bisect
import functools
import multiprocessing as mp
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV
from tqdm import tqdm

from graph import contracts, iris, lang
from graph.article import Article, read_article
from graph.errors import InputError, KazkgError, TooLarge
from graph.signals import worker_init
from graph.extractors import LAYERS, pipeline
from graph.extractors.base import Context
from graph.facts import Facts, Value
from graph.lang.languages import for_language
from graph.linking import link
from graph.resolve import resolve_corpus
from graph.vocab import KZ, bind_prefixes

SUFFIXES = {".txt", ".html", ".htm"}
CYRILLIC = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІіЁё]")
WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass
class ArticleRecord:
    """What the graph keeps of an article besides its facts."""

    id: str
    name: str
    text: str
    url: str | None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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
    # the tagger knows Kazakh: a sentence with no Cyrillic letter (English, a URL line) is left untagged
    sents = [s for s in doc.sentences if s.tokens and CYRILLIC.search(s.text)]
    for sent, labels in zip(sents, tagger.tag_sents([[t.text for t in s.tokens] for s in sents])):
        for i, j, cls in spans([t.text for t in sent.tokens], labels):
            out.append((sent.tokens[i].start, sent.tokens[j - 1].end, cls))
    return out


def extract_article(article: Article, extractors=None, tagger=None) -> tuple[Facts, ArticleRecord]:
    aid = iris.article_id(article.text)
    doc = for_language(article.language).analyse(article.text, regions=article.regions,
                                                 base_date=(article.published or "")[:10] or None)
    ctx = Context(article=article, doc=doc, article_id=aid)
    ctx.ner = sorted(ner_spans(doc, tagger))  # text order: extractors find a sentence's spans by bisection
    if extractors is None:
        extractors = pipeline(layers=LAYERS if tagger is not None else tuple(x for x in LAYERS if x != "ner"), skip_missing_layers=True)
    contracts.run(ctx, extractors)
    record = ArticleRecord(aid, article.name, article.text, article.url, [(s.start, s.end) for s in doc.sentences],
                           list(article.warnings))
    return ctx.facts.stamp(aid), record


@dataclass
class BuildResult:
    facts: Facts
    records: list[ArticleRecord]
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, one line)


_WORKER: dict = {}


def _worker_state():
    """Tagger and extractors, made once per process (workers reuse them for every article)."""
    if not _WORKER:
        tagger = _tagger()
        layers = LAYERS if tagger is not None else tuple(x for x in LAYERS if x != "ner")
        _WORKER["tagger"] = tagger
        _WORKER["extractors"] = pipeline(layers=layers, skip_missing_layers=True)
    return _WORKER["tagger"], _WORKER["extractors"]


def _process(path: Path, max_bytes: int = 0):
    """One article -> (facts, record), or its error as one line: a bad file never stops a corpus."""
    try:
        size = path.stat().st_size if max_bytes else 0
        if size > max_bytes > 0:
            raise TooLarge(f"{path}: {size:,} bytes, over the {max_bytes:,}-byte limit for one file "
                           "(--max-size in MB; 0 for none)")
        tagger, extractors = _worker_state()
        return extract_article(read_article(path), extractors, tagger)
    except KazkgError as exc:
        return exc
    except Exception as exc:  # an extractor bug on one article is reported, not fatal to the corpus
        return f"[K900] internal error on this article: {type(exc).__name__}: {exc}"


def build_facts(paths: list[Path], jobs: int = 1, progress: bool = False, max_bytes: int = 0) -> BuildResult:
    """Read, analyse and extract every article (in ``jobs`` processes), then merge in input order.

    ``max_bytes`` (0: none) refuses larger files with a message instead of spending minutes on them."""
    files = expand(paths)
    work = functools.partial(_process, max_bytes=max_bytes)
    result = BuildResult(Facts(), [])
    first_error = None
    jobs = max(1, min(jobs, len(files)))
    bar = tqdm(total=len(files), unit="article", disable=not progress, file=sys.stderr, leave=False)
    if jobs == 1:
        outcomes = map(work, files)
        pool = None
    else:
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        pool = ctx.Pool(jobs, initializer=worker_init)
        outcomes = pool.imap(work, files, chunksize=max(1, min(16, len(files) // (jobs * 8) or 1)))
    try:
        for path, outcome in zip(files, outcomes):
            bar.update(1)
            if isinstance(outcome, (str, KazkgError)):
                result.failures.append((str(path), str(outcome)))
                first_error = first_error or outcome
                continue
            facts, record = outcome
            result.warnings.extend((str(path), w) for w in record.warnings)
            result.facts.merge(facts)
            result.records.append(record)
    except BaseException:  # Ctrl-C, SIGTERM or an error: stop the workers now, do not wait for their queue
        if pool is not None:
            pool.terminate()
        raise
    finally:
        bar.close()
        if pool is not None:
            pool.close()
            pool.join()
    if not result.records and result.failures:
        file, reason = result.failures[0]
        if len(files) == 1 and isinstance(first_error, KazkgError):
            raise first_error
        raise InputError(reason.split("] ", 1)[-1] if len(files) == 1 else f"no article could be read; first: {reason}")
    resolve_corpus(result.facts)
    link(result.facts)
    return result


def build_graph(paths: list[Path], jobs: int = 1) -> Graph:
    result = build_facts(paths, jobs=jobs)
    return to_rdf(result.facts, result.records)


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
        claimed: dict = {}
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
                iri = iris.mention_iri(m.article, m.start, m.end)
                if claimed.get(iri, node) != node:
                    iri = URIRef(f"{iri}-{iris.digest(str(node), n=6)}")  # one span read as two entities
                claimed[iri] = node
                mnode = self.span_node(iri, m, node)
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
    # Keys that differ only in what an IRI cannot show (a dash, a quote) name one entity: merge them.
    seen: dict[URIRef, str] = {}
    for key in list(facts.entities):
        ent = facts.entities.get(key)
        if ent is None:
            continue
        iri = iris.entity_iri(ent.type, ent.key)
        if iri in seen and seen[iri] != key:
            facts.rekey(key, seen[iri])
        else:
            seen[iri] = key
    return _Writer(facts, records).write()
