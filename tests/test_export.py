"""Every export format round-trips: written atomically, read back, the same triples."""

from __future__ import annotations

import pytest
from kazkg.graph.export import FORMATS, load_graph, write_graph


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_export_roundtrip(seed_graph, tmp_path, suffix):
    path = tmp_path / f"g{suffix}"
    write_graph(seed_graph, path)
    back = load_graph(path)
    assert len(back) == len(seed_graph)
    assert set(back) == set(seed_graph)  # no blank nodes: set equality is graph equality
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_turtle_parses_in_an_independent_parser(seed_graph, tmp_path):
    import pyoxigraph

    path = tmp_path / "g.ttl"
    write_graph(seed_graph, path)
    triples = list(pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(seed_graph)
