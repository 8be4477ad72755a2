"""The pipeline: files -> Article -> Doc (graph.lang) -> extractors -> Facts, per article, in worker
processes (or on a Dask cluster); the results stream into a store (graph.store), which resolves names
across articles and writes the RDF (graph.quads).

Every relation becomes a triple plus an ``rdf:Statement`` whose ``prov:wasDerivedFrom`` names the
Mention (article, sentence, offsets, surface text) it was read from; every entity has its mentions.
"""

from __future__ import annotations

import hashlib
import re
import multiprocessing as mp
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from tqdm import tqdm

from graph import iris, lang
from graph.article import Article, read_article
from graph.errors import InputError, KazkgError
from graph.resolve import resolve_corpus
from graph.extractors import LAYERS, pipeline
from graph.extractors.base import Context
from graph.facts import Facts
from graph.linking import link
from graph.vocab import bind_prefixes

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
    doc = lang.analyse(article.text, regions=article.regions, base_date=(article.published or "")[:10] or None)
    ctx = Context(article=article, doc=doc, article_id=aid)
    ctx.ner = ner_spans(doc, tagger)
    if extractors is None:
        extractors = pipeline(layers=LAYERS if tagger is not None else tuple(x for x in LAYERS if x != "ner"), skip_missing_layers=True)
    for ex in extractors:
        ex(ctx)
    record = ArticleRecord(aid, article.name, article.text, article.url, [(s.start, s.end) for s in doc.sentences])
    return ctx.facts.stamp(aid), record


@dataclass
class BuildResult:
    facts: Facts
    records: list[ArticleRecord]
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)


_WORKER: dict = {}


def _worker_state():
    """Tagger and extractors, made once per process (workers reuse them for every article)."""
    if not _WORKER:
        tagger = _tagger()
        layers = LAYERS if tagger is not None else tuple(x for x in LAYERS if x != "ner")
        _WORKER["tagger"] = tagger
        _WORKER["extractors"] = pipeline(layers=layers, skip_missing_layers=True)
    return _WORKER["tagger"], _WORKER["extractors"]


def _process(path: Path):
    """One article -> (facts, record), or its error as one line: a bad file never stops a corpus."""
    try:
        tagger, extractors = _worker_state()
        return extract_article(read_article(path), extractors, tagger)
    except KazkgError as exc:
        return str(exc)
    except Exception as exc:  # an extractor bug on one article is reported, not fatal to the corpus
        return f"[K900] internal error on this article: {type(exc).__name__}: {exc}"


def file_hash(path: Path) -> str:
    """The content hash a store compares to skip an unchanged file."""
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def extract_files(files: list[Path], jobs: int = 1, progress: bool = False, scheduler: str | None = None):
    """Yield ``(path, (facts, record) or one-line error)`` in input order, extracted in ``jobs``
    processes (or on the Dask cluster at ``scheduler``); nothing of the corpus is kept here."""
    bar = tqdm(total=len(files), unit="article", disable=not progress, file=sys.stderr, leave=False)
    pool = None
    if scheduler:
        from graph.distributed import map_articles

        outcomes = map_articles(scheduler, files)
    elif jobs <= 1 or len(files) <= 1:
        outcomes = map(_process, files)
    else:
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        pool = ctx.Pool(min(jobs, len(files)))
        outcomes = pool.imap(_process, files, chunksize=max(1, min(16, len(files) // (jobs * 8) or 1)))
    try:
        for path, outcome in zip(files, outcomes):
            bar.update(1)
            yield path, outcome
    finally:
        bar.close()
        if pool is not None:
            pool.close()
            pool.join()


def _no_article(files: list[Path], failures: list[tuple[str, str]]) -> InputError:
    file, reason = failures[0]
    return InputError(reason.split("] ", 1)[-1] if len(files) == 1 else f"no article could be read; first: {file}: {reason}")


def build_facts(paths: list[Path], jobs: int = 1, progress: bool = False) -> BuildResult:
    """Every article's facts merged in memory and resolved across the corpus (for small corpora and
    tests; corpus builds go through a store, ``build_store``)."""
    files = expand(paths)
    result = BuildResult(Facts(), [])
    for path, outcome in extract_files(files, jobs, progress):
        if isinstance(outcome, str):
            result.failures.append((str(path), outcome))
            continue
        facts, record = outcome
        result.facts.merge(facts)
        result.records.append(record)
    if not result.records and result.failures:
        raise _no_article(files, result.failures)
    resolve_corpus(result.facts)
    link(result.facts)
    return result


@dataclass
class StoreResult:
    """What one build into a store did."""

    added: int = 0
    skipped: int = 0
    removed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def build_store(paths: list[Path], store, jobs: int = 1, progress: bool = False, sync: bool = False,
                scheduler: str | None = None) -> StoreResult:
    """Add the articles of ``paths`` to ``store`` (a graph.store.KgStore): unchanged files (same content
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
    for path, outcome in extract_files(todo, jobs, progress, scheduler):
        key = str(path.resolve())
        if isinstance(outcome, str):
            result.failures.append((str(path), outcome))
            store.remove_file(key)  # its old version is no longer what the file holds
            continue
        facts, record = outcome
        store.add(key, hashes[key], record, facts)
        result.added += 1
    if todo and not result.added and not result.skipped and store.article_count() == 0:
        raise _no_article(files, result.failures)
    result.stats = store.commit()
    return result


def build_graph(paths: list[Path], jobs: int = 1) -> Graph:
    """The graph of ``paths`` as one rdflib Graph (the union of every article's graph and the merged
    descriptions), built through an in-memory store."""
    from graph.store import KgStore

    store = KgStore()
    build_store(paths, store, jobs=jobs)
    return union_graph(store)


def union_graph(store) -> Graph:
    """A store's quads as one rdflib Graph (for SHACL, drawing and rdflib SPARQL on small graphs)."""
    import pyoxigraph as ox

    triples = store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    g = bind_prefixes(Graph())
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


