"""The seed's explorer page in a real headless Chromium: search, click, read the source in the side panel.

Skipped when no Chromium (Debian's ``chromium``) or no ``websocket-client`` is installed.
"""

from __future__ import annotations

import pytest

from kazkg.graph.draw import draw
from kazkg.graph.explorer.browser import find_chromium, left_machine
from kazkg.graph.vocab import KZ

pytest.importorskip("websocket", reason="websocket-client is not installed")
if find_chromium() is None:
    pytest.skip("no chromium on PATH", allow_module_level=True)


@pytest.fixture(scope="module")
def page(seed_graph, tmp_path_factory):
    from kazkg.graph.explorer.browser import Browser

    out = tmp_path_factory.mktemp("explorer") / "seed.html"
    draw(seed_graph, out)
    with Browser() as browser:
        browser.open(out.as_uri())
        browser.wait_for("window.__firstDraw")
        yield browser


def _node_on_screen(browser, node: int) -> tuple[float, float]:
    return tuple(browser.eval(f"""(() => {{ const p = network.canvasToDOM(network.getPosition({node}));
        const r = document.getElementById('net').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }})()"""))


@pytest.mark.parametrize("query, label, mention", [("Тоқаев", "Қасым-Жомарт Тоқаев", "Тоқаев")])
def test_explorer_search_click_shows_source_sentence(page, seed_graph, query, label, mention):
    page.eval("document.getElementById('search').focus()")
    page.type(query)
    results = page.wait_for("[...document.querySelectorAll('#results li')].map(li => li.textContent)")
    assert label in results[0]
    page.key("Enter", 13)
    node = page.eval(f"kazkg.data.nodes.findIndex(n => n[0] === {label!r})")
    assert node >= 0 and page.eval("network.getSelectedNodes()") == [node]
    page.eval("document.getElementById('close').click()")
    assert page.eval("document.getElementById('panel').hidden")

    x, y = _node_on_screen(page, node)
    page.click(x, y)
    page.wait_for("!document.getElementById('panel').hidden")
    panel = page.eval("document.getElementById('panel-body').innerText")
    marks = page.eval("[...document.querySelectorAll('#panel-body mark')].map(m => m.textContent)")
    sentences = {str(s) for s in seed_graph.objects(None, KZ.anchorOf)
                 if mention in str(s) and len(str(s)) > 40}
    assert panel.startswith(label)
    assert any(s.strip() in panel for s in sentences), "no source sentence of the mention in the panel"
    assert any(mention in m for m in marks)
    assert "Президент ҚХА-ның жаңа тұжырымдамасын бекітті" in panel  # the article's headline


def test_explorer_makes_no_request_off_the_machine(page):
    assert page.requests() and not [u for u in page.requests() if left_machine(u)]


@pytest.mark.parametrize("query", ["Тоқаевтың", "Тоқаевқа", "Токаев", "toqaev", "Tokayev", "ТОҚАЕВ"])
def test_explorer_search_tolerates_endings_case_and_scripts(page, query):
    top = page.eval(f"kazkg.search({query!r}).map(i => kazkg.data.nodes[i][0])")
    assert top and top[0] == "Қасым-Жомарт Тоқаев"


def test_explorer_class_filter_hides_and_only_shows(page):
    person = page.eval("kazkg.data.classes.findIndex(c => c[0] === 'Person')")
    page.eval(f"document.querySelector('#kazkg-legend a[data-only=\"{person}\"]').click()")
    visible = page.eval("network.body.nodeIndices.filter(i => !network.body.nodes[i].options.hidden)"
                        ".map(i => kazkg.data.nodes[i][1])")
    assert visible and set(visible) == {person}
    page.eval("document.getElementById('reset').click()")
    assert page.eval("network.body.nodeIndices.filter(i => !network.body.nodes[i].options.hidden).length") == \
        page.eval("kazkg.data.overview.length + (kazkg.data.small ? kazkg.data.nodes.filter(n => !n[5]).length : 0)")


@pytest.mark.parametrize("start, end, inside", [("2022-09-01", "2022-09-30", True), ("2030-01-01", "2030-12-31", False)])
def test_explorer_date_filter_keeps_nodes_dated_in_range(page, start, end, inside):
    page.eval(f"""(() => {{ for (const [id, v] of [['from', {start!r}], ['to', {end!r}]]) {{
        const el = document.getElementById(id); el.value = v; el.dispatchEvent(new Event('change')); }} }})()""")
    dates = page.eval("network.body.nodeIndices.filter(i => !network.body.nodes[i].options.hidden)"
                      ".map(i => [kazkg.data.nodes[i][6], kazkg.data.nodes[i][7]])")
    assert bool(dates) == inside
    assert all(first <= end and last >= start for first, last in dates)
    page.eval("document.getElementById('reset').click()")


def test_explorer_link_panel_lists_its_sources(page):
    page.eval("kazkg.openNode(kazkg.search('Тоқаев')[0])")
    page.eval("document.querySelector('#panel-body a[data-edge]').click()")
    text = page.eval("document.getElementById('panel-body').innerText")
    assert "Sources" in text and page.eval("document.querySelectorAll('#panel-body mark').length") > 0


@pytest.fixture(scope="module")
def big_page(tmp_path_factory):
    """A graph past the whole-drawing size: 30 people, each signing 20 decrees, so the page starts from an overview."""
    from rdflib import RDF, RDFS, Graph, Literal
    from rdflib.namespace import Namespace

    from kazkg.graph.explorer.browser import Browser

    res = Namespace("https://w3id.org/kazkg/id/")
    g = Graph()
    for p in range(30):
        person = res[f"person-{p}"]
        g.add((person, RDF.type, KZ.Person))
        g.add((person, RDFS.label, Literal(f"Адам {p}", lang="kk")))
        for d in range(20):
            act = res[f"act-{p}-{d}"]
            g.add((act, RDF.type, KZ.Decree))
            g.add((act, RDFS.label, Literal(f"Жарлық {p}-{d}", lang="kk")))
            g.add((act, KZ.issuedBy, person))
    out = tmp_path_factory.mktemp("big") / "big.html"
    draw(g, out)
    with Browser() as browser:
        browser.open(out.as_uri())
        browser.wait_for("window.__firstDraw")
        yield browser


def test_explorer_click_expands_a_node_of_the_overview(big_page):
    shown = "network.body.nodeIndices.length"
    before = big_page.eval(shown)
    total = big_page.eval("kazkg.data.nodes.length")
    assert before < total  # an overview, not the whole graph
    person = big_page.eval("kazkg.data.overview.find(i => kazkg.data.nodes[i][1] === "
                           "kazkg.data.classes.findIndex(c => c[0] === 'Person') && kazkg.data.nodes[i][5] === 20)")
    neighbours = big_page.eval(f"kazkg.data.edges.filter(e => e[1] === {person}).map(e => e[0])")
    missing = [n for n in neighbours if not big_page.eval(f"network.body.nodes[{n}] !== undefined")]
    assert missing
    big_page.eval(f"network.focus({person}, {{scale: 1, animation: false}})")
    big_page.click(*_node_on_screen(big_page, person))
    big_page.wait_for(f"network.body.nodes[{missing[0]}] !== undefined")
    assert all(big_page.eval(f"network.body.nodes[{n}] !== undefined") for n in neighbours)
    assert big_page.eval(shown) > before
