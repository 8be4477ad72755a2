"""Exports from a store's serialised graphs (issue 14): every format holds exactly the store's triples
(quad formats: its quads), each once; the same store gives the same bytes however it was grown; and a
store from before the serialised graphs is refused until a build brings it up to date."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from store_articles import article

from kazkg.graph.errors import InputError
from kazkg.graph.store_export import write_store
from kazkg.graph.store import KgStore

SUFFIXES = (".ttl", ".nt", ".nq", ".trig", ".rdf")
FORMAT = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
          ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML}


def _articles(seed: int = 3, n: int = 24):
    rng = random.Random(seed)
    return [article(rng, k) for k in range(n)]


def _store(articles, path=None, steps: int = 1, drop: int = 0) -> KgStore:
    store = KgStore(path)
    size = -(-len(articles) // steps)
    for i in range(0, len(articles), size):
        for p, record, facts in articles[i:i + size]:
            store.add(p, record.id, record, facts)
        store.commit()
    for p, _, _ in articles[:drop]:
        store.remove_file(p)
    store.commit()
    return store


def _norm(term) -> str:
    """A term as text; a literal's language tag lower-cased (Oxigraph lower-cases tags when it reads)
    and a control character as the space every export writes in its place (XML forbids it)."""
    if isinstance(term, ox.Literal):
        return repr((term.value.replace("\x01", " "), (term.language or "").lower(), str(term.datatype)))
    return str(term)


def _key(q, with_graph: bool) -> tuple:
    return (_norm(q.subject), _norm(q.predicate), _norm(q.object)) + ((_norm(q.graph_name),) if with_graph else ())


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_format_holds_the_stores_triples_once(tmp_path, suffix):
    store = _store(_articles(), steps=3, drop=2)
    out = tmp_path / f"out{suffix}"
    write_store(store, out)
    quad_format = suffix in (".nq", ".trig")
    got = [_key(q, quad_format) for q in ox.parse(path=str(out), format=FORMAT[suffix])]
    want = {_key(q, quad_format) for q in store.ox.quads_for_pattern(None, None, None)}
    assert set(got) == want
    assert any(len({k[:3] for k in want if k[3:] != g}) < len({k[:3] for k in want}) for g in {k[3:] for k in want}) \
        if quad_format else len(want) < store.ox.__len__()  # some triples are in several graphs
    if suffix in (".nt", ".nq", ".ttl"):
        assert len(got) == len(set(got))  # no triple written twice, though many graphs hold it
    if suffix != ".rdf":
        assert b"@kk-Latn" in out.read_bytes() and b"\x01" not in out.read_bytes()


def test_the_same_store_grown_differently_gives_the_same_bytes(tmp_path):
    arts = _articles(seed=5)
    once, steps = _store(arts[2:]), _store(arts, steps=4, drop=2)
    for suffix in SUFFIXES:
        a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        write_store(once, a)
        write_store(steps, b)
        assert a.read_bytes() == b.read_bytes(), suffix


def test_a_store_from_before_the_serialised_graphs_is_refused_then_brought_up_to_date(tmp_path):
    arts = _articles(seed=9, n=10)
    old = _store(arts, tmp_path / "s")
    old.index.db.executescript("DELETE FROM gblob; DELETE FROM dblob; DELETE FROM shared; DELETE FROM kato; "
                               "PRAGMA user_version=0;")
    old.index.db.commit()
    del old
    with pytest.raises(InputError, match="older kazkg"):
        write_store(KgStore.open(tmp_path / "s", read_only=True), tmp_path / "x.ttl")
    updated = KgStore(tmp_path / "s")
    updated.commit()
    for suffix in SUFFIXES:
        write_store(updated, tmp_path / f"u{suffix}")
        write_store(_store(arts), tmp_path / f"f{suffix}")
        assert (tmp_path / f"u{suffix}").read_bytes() == (tmp_path / f"f{suffix}").read_bytes(), suffix
