"""The pipeline: files -> Article -> Doc (kazkg.graph.lang) -> extractors -> Facts, per article, in worker
processes (or on a Dask cluster); the results stream into a store (kazkg.graph.store), which resolves names
across articles and writes the RDF (kazkg.graph.quads).

Every relation becomes a triple plus an ``rdf:Statement`` whose ``prov:wasDerivedFrom`` names the
Mention (article, sentence, offsets, surface text) it was read from; every entity has its mentions.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing as mp
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from tqdm import tqdm

from kazkg.graph import contracts, iris
from kazkg.graph.article import Article, read_article
from kazkg.graph.errors import InputError, KazkgError, TooLarge
from kazkg.graph.export import bcp47_case, union_graph
from kazkg.graph.extractors import LAYERS, pipeline
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Facts
from kazkg.graph.lang.languages import for_language
from kazkg.graph.linking import link
from kazkg.graph.resolve import resolve_corpus
from kazkg.graph.signals import worker_init
from kazkg.graph.vocab import bind_prefixes

SUFFIXES = {".txt", ".html", ".htm"}
CYRILLIC = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІіЁё]")


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
        from kazkg.graph.ner import load_tagger

        return load_tagger()
    except Exception:  # no model shipped yet, or it fails to load: rules still run
        return None


def ner_spans(doc, tagger) -> list[tuple[int, int, str]]:
    if tagger is None:
        return []
    from kazkg.graph.ner import spans

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
    """One article -> (facts, record), or its error (a KazkgError, or one line): a bad file never stops a corpus."""
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


def file_hash(path: Path) -> str:
    """The content hash a store compares to skip an unchanged file."""
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def failed(outcome) -> bool:
    """Whether an outcome of ``_process`` is an error (a KazkgError or a one-line message)."""
    return isinstance(outcome, (str, KazkgError))


def extract_files(files: list[Path], jobs: int = 1, progress: bool = False, scheduler: str | None = None,
                  max_bytes: int = 0):
    """Yield ``(path, (facts, record) or error)`` in input order, extracted in ``jobs`` processes (or on
    the Dask cluster at ``scheduler``); an error is a KazkgError or a one-line message (see ``failed``).
    ``max_bytes`` (0: none) refuses larger files with a message instead of spending minutes on them.
    Nothing of the corpus is kept here."""
    bar = tqdm(total=len(files), unit="article", disable=not progress, file=sys.stderr, leave=False)
    work = functools.partial(_process, max_bytes=max_bytes)
    pool = None
    if scheduler:
        from kazkg.graph.distributed import map_articles

        outcomes = map_articles(scheduler, files, _process, max_bytes=max_bytes)
    elif jobs <= 1 or len(files) <= 1:
        outcomes = map(work, files)
    else:
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        pool = ctx.Pool(min(jobs, len(files)), initializer=worker_init)
        outcomes = pool.imap(work, files, chunksize=max(1, min(16, len(files) // (jobs * 8) or 1)))
    try:
        for path, outcome in zip(files, outcomes):
            bar.update(1)
            yield path, outcome
    except BaseException:  # Ctrl-C, SIGTERM or an error: stop the workers now, do not wait for their queue
        if pool is not None:
            pool.terminate()
        raise
    finally:
        bar.close()
        if pool is not None:
            pool.close()
            pool.join()


def _no_article(files: list[Path], failures: list[tuple[str, str]], first_error=None) -> KazkgError:
    file, reason = failures[0]
    if len(files) == 1 and isinstance(first_error, KazkgError):
        return first_error
    return InputError(reason.split("] ", 1)[-1] if len(files) == 1 else f"no article could be read; first: {reason}")


def build_facts(paths: list[Path], jobs: int = 1, progress: bool = False, max_bytes: int = 0) -> BuildResult:
    """Every article's facts merged in memory and resolved across the corpus (for small corpora and
    tests; corpus builds go through a store, ``build_store``). ``max_bytes``: see ``extract_files``."""
    files = expand(paths)
    result = BuildResult(Facts(), [])
    first_error = None
    for path, outcome in extract_files(files, jobs, progress, max_bytes=max_bytes):
        if failed(outcome):
            result.failures.append((str(path), str(outcome)))
            first_error = first_error or outcome
            continue
        facts, record = outcome
        result.warnings.extend((str(path), w) for w in record.warnings)
        result.facts.merge(facts)
        result.records.append(record)
    if not result.records and result.failures:
        raise _no_article(files, result.failures, first_error)
    resolve_corpus(result.facts)
    link(result.facts)
    return result


@dataclass
class StoreResult:
    """What one build into a store did."""

    added: int = 0
    skipped: int = 0
    removed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, one line)
    stats: dict = field(default_factory=dict)


def build_store(paths: list[Path], store, jobs: int = 1, progress: bool = False, sync: bool = False,
                scheduler: str | None = None, max_bytes: int = 0) -> StoreResult:
    """Add the articles of ``paths`` to ``store`` (a kazkg.graph.store.KgStore): unchanged files (same content
    hash) are skipped, changed ones replaced; with ``sync``, stored files not among ``paths`` go."""
    files = expand(paths)
    result = StoreResult()
    todo, hashes = [], {}
    for f in files:
        key = str(f.resolve())
        hashes[key] = file_hash(f)
        if store.unchanged(key, hashes[key]):
            result.skipped += 1
        else:
            todo.append(f)
    if sync:
        for gone in set(store.files()) - set(hashes):
            result.removed += store.remove_file(gone)
    first_error = None
    for path, outcome in extract_files(todo, jobs, progress, scheduler, max_bytes=max_bytes):
        key = str(path.resolve())
        if failed(outcome):
            result.failures.append((str(path), str(outcome)))
            first_error = first_error or outcome
            store.remove_file(key)  # its old version is no longer what the file holds
            continue
        facts, record = outcome
        result.warnings.extend((str(path), w) for w in record.warnings)
        store.add(key, hashes[key], record, facts)
        result.added += 1
    if todo and not result.added and not result.skipped and store.article_count() == 0:
        raise _no_article(files, result.failures, first_error)
    result.stats = store.commit()
    return result


def build_graph(paths: list[Path], jobs: int = 1, max_bytes: int = 0) -> Graph:
    """What the articles of ``paths`` say, as one rdflib Graph (the union of every article's graph and
    the merged descriptions; the KATO reference graph left out, so evaluation scores extraction alone),
    built through an in-memory store."""
    from kazkg.graph.store import KgStore

    store = KgStore()
    build_store(paths, store, jobs=jobs, max_bytes=max_bytes)
    return union_graph(store, reference=False)


def to_rdf(facts: Facts, records: list[ArticleRecord]) -> Graph:
    """Already resolved ``facts`` (``build_facts``) as one rdflib Graph, written by the store's quad
    code (kazkg.graph.quads): each article's mentions, relations and evidence, then every entity's
    description. A store build gives the same triples; this keeps small in-memory uses (tests,
    benchmarks on one article) free of a store."""
    import copy

    from kazkg.graph.quads import article_quads, entity_quads

    articles = {r.id for r in records}

    def iri_of(key: str) -> str:
        ent = facts.entities.get(key)
        if ent is not None:
            return str(iris.entity_iri(ent.type, ent.key))
        if key in articles:
            return str(iris.article_iri(key))
        return str(iris.entity_iri(key.split(":", 1)[0], key))

    per = {r.id: Facts() for r in records}
    first = records[0].id if records else None
    for ent in facts.entities.values():
        by: dict[str, list] = {}
        for m in ent.mentions:
            by.setdefault(m.article if m.article in per else first, []).append(m)
        for aid, spans in by.items():
            if aid is not None:
                part = copy.copy(ent)
                part.mentions = spans
                dict.__setitem__(per[aid].entities, ent.key, part)
    for key, rel in facts.relations.items():
        by = {}
        for ev in rel.evidence:
            by.setdefault(ev.article if ev.article in per else first, []).append(ev)
        for aid, spans in (by or {first: []}).items():
            if aid is not None:
                part = copy.copy(rel)
                part.evidence = spans
                per[aid].relations[key] = part
    quads: list = []
    for r in records:
        quads += article_quads(r, per[r.id], [r.name], iri_of)
    for ent in facts.entities.values():
        quads += entity_quads(ent, iri_of(ent.key))
    g = bind_prefixes(Graph())
    known: dict = {}  # each distinct term converted once (and one blank node stays one)

    def term(t):
        r = known.get(t)
        if r is None:
            r = known[t] = _rdflib_term(t)
        return r

    g.addN((term(q.subject), term(q.predicate), term(q.object), g) for q in quads)
    return g


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _rdflib_term(t):
    """The rdflib term an N-Triples round trip through rdflib's parser gives for an Oxigraph term (language
    tags in BCP 47 case, ``xsd:string`` implicit, a fresh id for a blank node), without writing the text."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode()
    if t.language:
        return Literal(t.value, lang=bcp47_case(t.language))
    dt = t.datatype.value
    return Literal(t.value, datatype=None if dt in (_XSD_STRING, _LANG_STRING) else URIRef(dt))
