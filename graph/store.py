"""A persistent knowledge-graph store: embedded Oxigraph for the quads, a SQLite key index beside it.

Each article's facts live in their own named graph (the article IRI); what is merged across articles
(an entity's class, labels, Wikidata link) lives in the default graph. Adding articles is incremental:
an article is extracted once, its facts and keys go to the index, and ``commit`` re-resolves only the
names whose merged description changed and those linked to them by resolution's comparison tokens
(never all names), rewrites only the articles whose keys now resolve to another IRI, and re-describes
only the entities of those names. A build
from scratch goes through the same code (in a temporary store), so both give the same quads.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kazkg.graph import iris
from kazkg.graph.errors import InputError
from kazkg.graph.keyindex import KeyIndex
from kazkg.graph.linking import COARSE
from kazkg.graph.blobs import Serialised
from kazkg.graph.kato_graph import GRAPH as KATO, KatoLinks, source_quads
from kazkg.graph.quads import DEFAULT, article_parts, entity_quads
from kazkg.graph.resolve import comparison_tokens, merge_same_iri, resolve_entities

MARKER = "KAZKG-STORE"  # no .txt suffix: a store inside a corpus folder is never read as an article
BATCH = 200_000


def is_store(path) -> bool:
    return (Path(path) / MARKER).is_file()


def _digest(quads) -> str:
    return hashlib.sha1("\n".join(sorted(str(q) for q in quads)).encode("utf-8")).hexdigest()


class KgStore:
    """A store in folder ``path`` (created if absent), or in memory when ``path`` is None."""

    def __init__(self, path: Path | None = None, read_only: bool = False):
        self.path = Path(path) if path else None
        if self.path is None:
            self.ox, self.index = ox.Store(), KeyIndex(None)
        else:
            if read_only:
                self.ox = ox.Store.read_only(str(self.path / "oxigraph"))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                (self.path / MARKER).write_text("A kazkg store: oxigraph/ holds the quads, index.sqlite the keys.\n")
                self.ox = ox.Store(str(self.path / "oxigraph"))
            self.index = KeyIndex(self.path / "index.sqlite")
        self.serial = Serialised(self.index.db)
        self.kato = KatoLinks(self.index.db)
        self._new: set[str] = set()
        self._gone: set[str] = set()
        self._renamed: set[str] = set()
        self._stale: set[str] = set()  # articles whose stored graph must be cleared before writing
        self._buffer: list = []
        self._iris: dict[str, str] = {}

    @classmethod
    def open(cls, path, read_only: bool = False) -> "KgStore":
        """An existing store; a folder that is not one is a user error, never created by accident."""
        if not is_store(path):
            raise InputError(f"{path}: not a kazkg store (build one with: kazkg build PATH --store {path})")
        try:
            return cls(Path(path), read_only=read_only)
        except OSError as exc:
            raise InputError(f"{path}: cannot open the store: {str(exc).splitlines()[0][:200]}") from None

    # -- adding and removing articles --------------------------------------------------------
    def unchanged(self, path: str, hash_: str) -> bool:
        row = self.index.file(path)
        return row is not None and row[0] == hash_

    def remove_file(self, path: str) -> bool:
        """Forget a file; its article goes unless another file holds the same text."""
        aid = self.index.drop_file(path)
        if aid is None:
            return False
        self._stale.add(aid)
        if self.index.article_in_use(aid):
            self._renamed.add(aid)
        else:
            self.index.drop_article(aid)
            self._gone.add(aid)
            self._new.discard(aid)
            self._renamed.discard(aid)
        return True

    def add(self, path: str, hash_: str, record, facts) -> None:
        """Add (or replace) the article read from ``path``; its quads are written by ``commit``."""
        self.remove_file(path)
        self.index.set_file(path, hash_, record.id)
        if self.index.has_article(record.id):
            self._renamed.add(record.id)
            self._stale.add(record.id)
            return
        self.index.add_article(record, facts)
        self._new.add(record.id)
        self._gone.discard(record.id)

    # -- commit: resolution, article graphs, descriptions ------------------------------------
    def commit(self) -> dict:
        """Resolve, write the graphs of new and affected articles, re-describe changed names, then
        commit the index, last: after an interruption the next build finds the files still to do."""
        idx = self.index
        clock = [time.perf_counter()]
        if idx.outdated:
            idx.count_values()
        idx.refresh_touched(COARSE)
        live, gone = idx.dirty_coarse()
        if idx.outdated:  # a store from before the token index: every name is dirty once
            live = idx.all_coarse()
        seeds = idx.retoken({e.key: comparison_tokens(e) for e in live}, gone)
        keys = idx.linked([e.key for e in live] + gone, seeds)
        moved, resolved = resolve_entities(idx.coarse_entities(keys))
        old = idx.iris_of(keys)
        new = {k: str(iris.entity_iri(resolved[moved.get(k, k)].type, moved.get(k, k)))
               for k in keys if moved.get(k, k) in resolved}
        changed = [k for k in new if old[k] != new[k]]
        idx.set_iris([(k, new[k]) for k in changed], mark=False)
        idx.set_iris([(k, str(iris.entity_iri(t, k))) for k, t in idx.unnamed()], mark=True)
        rewrite = idx.articles_with(k for k in changed if old[k] is not None) - self._new
        clock.append(time.perf_counter())
        self._iris = {}
        for aid in self._stale | rewrite:
            self.ox.remove_graph(ox.NamedNode(str(iris.article_iri(aid))))
            self.serial.drop_graph(str(iris.article_iri(aid)))
        written = 0
        for aid in sorted(self._new | rewrite | self._renamed):
            if idx.has_article(aid):
                self._write_article(aid)
                written += 1
        if idx.outdated:  # a store from before the serialised graphs: add them (the quads are in place)
            self._serialise_all()
        clock.append(time.perf_counter())
        marks = set(new.values()) | {iri for iri in old.values() if iri is not None}
        described = self._describe_coarse(marks, new, moved, resolved) + self._describe_fine()
        if self.kato.changed:
            self._write_kato()
        clock.append(time.perf_counter())
        self._flush()
        clock.append(time.perf_counter())
        stats = {"new": len(self._new), "removed": len(self._gone), "rewritten": len(rewrite), "written": written,
                 "described": described, "seconds": dict(zip(("resolve", "articles", "describe", "last write"),
                                                              (round(b - a, 1) for a, b in zip(clock, clock[1:]))))}
        idx.clear_marks()
        idx.commit()
        self._new, self._gone, self._renamed, self._stale = set(), set(), set(), set()
        return stats

    def _iri_of(self, key: str) -> str:
        iri = self._iris.get(key)
        if iri is None:
            iri = self._iris[key] = self.index.iri(key) or str(iris.entity_iri(key.split(":", 1)[0], key))
        return iri

    def _describe_coarse(self, marks: set[str], new: dict, moved: dict, resolved: dict) -> int:
        """Re-describe the resolved names whose members or members' descriptions changed (``marks``);
        a description that comes out the same (same hash) is left in place."""
        members: dict[str, dict] = defaultdict(dict)
        for key, iri in new.items():
            if iri in marks:
                r = moved.get(key, key)
                members[iri][r] = resolved[r]
        n = 0
        for iri in sorted(marks):
            old = self.index.described_hash(iri)
            if iri not in members:
                n += self._replace_description(iri, [], None, 1, old is not None) if old is not None else 0
                continue
            quads = entity_quads(merge_same_iri(list(members[iri].values())), iri)
            h = _digest(quads)
            if old != h:
                n += self._replace_description(iri, quads, h, 1, old is not None)
        return n

    def _describe_fine(self) -> int:
        n = 0
        for iri, ents in self.index.touched_fine_iris():
            old = self.index.described_hash(iri)
            if not ents:
                n += self._replace_description(iri, [], None, 0, old is not None)
                continue
            quads = entity_quads(merge_same_iri(ents), iri)
            h = _digest(quads)
            if h != old:
                n += self._replace_description(iri, quads, h, 0, old is not None)
        return n

    def _write_article(self, aid: str, quads: bool = True) -> None:
        record, facts = self.index.article(aid)
        own, shared = article_parts(record, facts, self.index.names(aid), self._iri_of)
        if quads:
            self._put(own + shared)
        self.serial.put_graph(str(iris.article_iri(aid)), own, shared)

    def _serialise_all(self) -> None:
        for aid in self.index.article_ids():
            if not self.serial.has_graph(str(iris.article_iri(aid))):
                self._write_article(aid, quads=False)
        for iri in self.index.described_iris():
            if not self.serial.has_description(iri):
                quads = list(self.ox.quads_for_pattern(ox.NamedNode(iri), None, None, DEFAULT))
                self.serial.put_description(iri, quads)
                self.kato.described(iri, quads)

    def _write_kato(self) -> None:
        """Write the KATO graph again (the places linked changed), and its source's description."""
        quads = self.kato.graph_quads()
        self.ox.remove_graph(KATO)
        for q in source_quads():
            self.ox.remove(q)
        self._put(quads + (source_quads() if quads else []))
        self.serial.put_graph(KATO.value, [], quads)
        self.serial.put_description(KATO.value, source_quads() if quads else [])
        self.kato.changed = False

    def _replace_description(self, iri: str, quads, h, coarse: int, had: bool) -> int:
        if had:
            for q in list(self.ox.quads_for_pattern(ox.NamedNode(iri), None, None, DEFAULT)):
                self.ox.remove(q)
        self._put(quads)
        self.serial.put_description(iri, quads)
        self.kato.described(iri, quads)
        self.index.set_described(iri, h, coarse)
        return 1

    def _put(self, quads) -> None:
        self._buffer.extend(quads)
        if len(self._buffer) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        """Oxigraph's bulk loader: one transaction per batch would hold the batch's writes in memory and
        take ~10x longer; the index is committed only after the quads are written."""
        if self._buffer:
            self.ox.bulk_extend(self._buffer)
            self._buffer = []

    # -- reading -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ox)

    def article_count(self) -> int:
        return self.index.article_count()

    def files(self) -> list[str]:
        return self.index.files()

    def flush(self) -> None:
        if self.path is not None:
            self.ox.flush()
