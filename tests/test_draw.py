"""The explorer page and the network files: classes from the ontology, provenance spans, layout, exports."""

from __future__ import annotations

import json
import re

import networkx as nx
import numpy as np
import pytest
from rdflib import OWL, RDF, RDFS

from kazkg.graph.classes import class_table, event_classes
from kazkg.graph.draw import draw
from kazkg.graph.explorer import layout
from kazkg.graph.explorer.model import read_model
from kazkg.graph.explorer.payload import build_payload
from kazkg.graph.vocab import KZ
from kazkg.ontology import load_ontology


@pytest.fixture(scope="module")
def seed_payload(seed_graph):
    return build_payload(read_model(seed_graph))


def _node(payload, label):
    return next(i for i, n in enumerate(payload["nodes"]) if n[0] == label)


def test_classes_events_are_the_ontology_subclasses_of_event():
    onto = load_ontology()
    declared = {str(c)[len(str(KZ)):] for c in onto.transitive_subjects(RDFS.subClassOf, KZ.Event)} - {"Event"}
    assert set(event_classes()) == declared and len(declared) >= 7


def test_classes_every_drawn_class_has_its_own_colour_and_label():
    table = class_table()
    onto_classes = {str(c)[len(str(KZ)):] for c in load_ontology().subjects(RDF.type, OWL.Class)
                    if str(c).startswith(str(KZ))} - {"Mention"}
    assert set(table) == onto_classes
    colours = [c.colour for c in table.values()]
    assert len(set(colours)) == len(colours)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)
    assert all(c.label_kk != c.key for c in table.values())


@pytest.mark.parametrize("label, mention", [("Қасым-Жомарт Тоқаев", "Тоқаев")])
def test_draw_node_spans_point_at_the_mention_in_its_sentence(seed_payload, label, mention):
    node = seed_payload["nodes"][_node(seed_payload, label)]
    spans = node[11]
    assert spans
    for sent, start, end in spans:
        text, article = seed_payload["sents"][sent]
        assert mention in text[start:end]
        headline, date, _url, _file = seed_payload["arts"][article]
        assert headline and re.fullmatch(r"\d{4}-\d\d-\d\d", date)


def test_draw_edges_carry_their_source_sentences(seed_payload):
    preds = [p[0] for p in seed_payload["preds"]]
    with_sources = [e for e in seed_payload["edges"] if e[3]]
    assert with_sources, "no edge kept its evidence"
    toqaev = _node(seed_payload, "Қасым-Жомарт Тоқаев")
    agent = [e for e in seed_payload["edges"] if preds[e[2]] == "agent" and e[1] == toqaev]
    assert agent and any("Тоқаев" in seed_payload["sents"][sent][0] for e in agent for sent, _, _ in e[3])


@pytest.mark.parametrize("n", [2, 30, 200])
def test_layout_separate_leaves_no_label_overlap(n):
    rng = np.random.default_rng(n)
    xy = rng.normal(size=(n, 2)) * 50
    labels = ["x" * int(k) for k in rng.integers(3, 40, size=n)]
    assert n < 3 or layout.overlaps(xy, labels) > 0
    assert layout.overlaps(layout.separate(xy, labels), labels) == 0


def test_layout_overview_of_a_big_graph_is_hubs_and_joiners():
    star = [set() for _ in range(2000)]  # 20 hubs, each with 99 leaves; node 1999 joins hubs 0 and 1
    for h in range(20):
        for leaf in range(20 + h * 99, 20 + (h + 1) * 99):
            if leaf < 1999:
                star[h].add(leaf)
                star[leaf].add(h)
    star[1999] |= {0, 1}
    star[0].add(1999)
    star[1].add(1999)
    shown = layout.overview(star, skip=set())
    assert set(range(20)) <= set(shown) and 1999 in shown and len(shown) <= 2 * layout.OVERVIEW
    pos = layout.layout(star, ["n"] * len(star), shown)
    assert np.isfinite(pos).all() and len({tuple(p) for p in pos.round(3)}) == len(star)


def test_draw_page_is_one_offline_file(seed_graph, tmp_path):
    out = tmp_path / "seed.html"
    assert draw(seed_graph, out) >= 10
    page = out.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="https?:', page)
    data = json.loads(re.search(r'<script id="kazkg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert any(n[0] == "Қасым-Жомарт Тоқаев" for n in data["nodes"])
    assert "window.network = network" in page


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_draw_network_files_open_in_networkx(seed_graph, tmp_path, suffix, reader):
    out = tmp_path / f"seed{suffix}"
    n = draw(seed_graph, out)
    g = reader(out)
    assert g.number_of_nodes() == n
    toqaev = next(d for _, d in g.nodes(data=True) if d.get("label") == "Қасым-Жомарт Тоқаев")
    assert toqaev["kind"] == "Person" and toqaev["first_date"] == "2022-09-22"
    assert any(d.get("predicate") == "agent" for *_, d in g.edges(data=True))


def test_draw_unknown_suffix_is_one_line_error(seed_graph, tmp_path):
    from click.testing import CliRunner

    from kazkg.cli import main

    g = tmp_path / "g.ttl"
    g.write_bytes(seed_graph.serialize(format="turtle", encoding="utf-8"))
    result = CliRunner().invoke(main, ["draw", str(g), "-o", str(tmp_path / "x.png")])
    assert result.exit_code != 0 and result.output.startswith("kazkg: ") and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_draw_reads_every_graph_format_alike(seed_graph, tmp_path, suffix):
    from kazkg.graph.export import write_graph

    g = tmp_path / f"g{suffix}"
    write_graph(seed_graph, g)
    assert draw(g, tmp_path / "x.html") == draw(seed_graph, tmp_path / "y.html")


@pytest.mark.parametrize("content, code", [("<a> <b> <c .\n", "K002"), ("", "K002")])
def test_draw_bad_graph_file_is_one_line_error(tmp_path, content, code):
    from click.testing import CliRunner

    from kazkg.cli import main

    g = tmp_path / "bad.nt"
    g.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["draw", str(g), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and code in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()
