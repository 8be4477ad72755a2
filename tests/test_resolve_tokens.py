"""Incremental resolution (issue 14): a store re-resolves only the names that share a chain of
comparison tokens with changed ones. That is sound only if resolution never joins names that share
none, so resolving each token-linked part alone must give what resolving everything at once gives;
and a store grown in random steps, with articles removed on the way, must hold the same quads as one
built at once."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from store_articles import POOL, article, entity, quads

from kazkg.graph import iris
from kazkg.graph.facts import Entity, entity_key
from kazkg.graph.resolve import comparison_tokens, resolve_entities
from kazkg.graph.store import KgStore


def _parts(ents: list[Entity]) -> list[list[Entity]]:
    """The entities split into the parts no token joins."""
    parent = list(range(len(ents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, e in enumerate(ents):
        for t in comparison_tokens(e):
            parent[find(i)] = find(first.setdefault(t, i))
    groups: dict[int, list[Entity]] = {}
    for i, e in enumerate(ents):
        groups.setdefault(find(i), []).append(e)
    return list(groups.values())


def _outcome(ents: list[Entity]) -> dict[str, tuple]:
    """Each key's resolved IRI and its resolved entity's description."""
    moved, resolved = resolve_entities([Entity(e.type, e.label, e.key, [], set(e.alt_labels), set(e.acronyms))
                                        for e in ents])
    out = {}
    for e in ents:
        r = resolved[moved.get(e.key, e.key)]
        out[e.key] = (str(iris.entity_iri(r.type, r.key)), r.label, sorted(r.alt_labels), sorted(r.acronyms), r.wikidata)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_resolving_each_token_linked_part_alone_gives_the_same_names(seed):
    rng = random.Random(seed)
    chosen = {entity_key(t, lab): (t, lab, acr) for t, lab, acr in rng.sample(POOL, rng.randint(5, 40))}
    ents = [entity(rng, *v) for _, v in sorted(chosen.items())]
    whole = _outcome(ents)
    parts = _parts(ents)
    alone: dict[str, tuple] = {}
    owner: dict[str, int] = {}  # IRI -> the part naming it: a description is merged by IRI, so never two parts
    for n, part in enumerate(parts):
        got = _outcome(part)
        alone.update(got)
        for value in got.values():
            assert owner.setdefault(value[0], n) == n
    assert alone == whole
    merged = {k for k, v in whole.items() if v[0] != str(iris.entity_iri(k.split(":")[0], k))}
    if seed == 0:
        assert merged and len(parts) > 1  # the pool does exercise merges and separate parts


@pytest.mark.parametrize("seed", range(6))
def test_store_grown_in_random_steps_with_removals_equals_one_built_at_once(seed):
    rng = random.Random(1000 + seed)
    articles = [article(rng, n) for n in range(30)]
    grown, kept = KgStore(), {}
    order = articles[:]
    rng.shuffle(order)
    while order:
        for _ in range(rng.randint(1, 6)):
            if order:
                path, record, facts = order.pop()
                grown.add(path, record.id, record, facts)
                kept[path] = (record, facts)
        if kept and rng.random() < 0.5:
            gone = rng.choice(sorted(kept))
            grown.remove_file(gone)
            del kept[gone]
        grown.commit()
    scratch = KgStore()
    for path, (record, facts) in sorted(kept.items()):
        scratch.add(path, record.id, record, facts)
    scratch.commit()
    assert quads(grown) == quads(scratch)
    assert any(isinstance(q.graph_name, ox.DefaultGraph) for q in scratch.ox.quads_for_pattern(None, None, None))


def test_a_store_from_before_the_counts_and_tokens_is_brought_up_to_date(tmp_path):
    """Stores built before the ``agg`` and ``tok`` tables get them on opening and stay equal to a scratch build."""
    rng = random.Random(7)
    articles = [article(rng, n) for n in range(16)]
    old = KgStore(tmp_path / "s")
    for path, record, facts in articles[:10]:
        old.add(path, record.id, record, facts)
    old.commit()
    old.index.db.executescript("DELETE FROM agg; DELETE FROM tok; DROP TABLE gblob; DROP TABLE dblob; "
                               "DROP TABLE shared; DROP TABLE kato; PRAGMA user_version=0;")
    old.index.db.commit()
    del old
    grown = KgStore(tmp_path / "s")
    assert grown.index.outdated
    for path, record, facts in articles[10:]:
        grown.add(path, record.id, record, facts)
    grown.remove_file(articles[0][0])
    grown.commit()
    scratch = KgStore()
    for path, record, facts in articles[1:]:
        scratch.add(path, record.id, record, facts)
    scratch.commit()
    assert quads(grown) == quads(scratch)
    assert grown.index.db.execute("PRAGMA user_version").fetchone()[0] == 3
