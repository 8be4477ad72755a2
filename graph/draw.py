"""An interactive network of the graph's entities (pyvis), one self-contained HTML file that works offline.

Only named entities and statement nodes are drawn (mentions, sentences and reified statements are
provenance, shown in tooltips instead). vis-network is inlined (``cdn_resources="in_line"``): the
"local" and "remote" modes load it from the internet and give a blank page offline.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from graph.atomic import atomic_write
from graph.vocab import KZ

COLOURS = {
    "Person": "#e6550d", "Position": "#fd8d3c", "Organization": "#3182bd", "Publisher": "#6baed6",
    "Place": "#31a354", "Decree": "#756bb1", "Resolution": "#756bb1", "Order": "#756bb1", "Law": "#756bb1", "Agreement": "#756bb1",
    "Decision": "#756bb1",
    "Code": "#756bb1", "LegalAct": "#756bb1", "Concept": "#d6616b", "Programme": "#d6616b",
    "Strategy": "#d6616b", "Plan": "#d6616b", "Address": "#d6616b", "Rules": "#d6616b", "Budget": "#d6616b",
    "PolicyDocument": "#d6616b",
    "Goal": "#e7ba52", "Principle": "#cedb9c", "Role": "#8ca252", "ExpectedResult": "#bd9e39",
    "PlannedMeasure": "#e7cb94", "Approval": "#843c39", "Signing": "#843c39", "Appointment": "#843c39",
    "Dismissal": "#843c39", "Establishment": "#843c39", "Instruction": "#843c39", "Statement": "#843c39",
    "Event": "#843c39", "NewsArticle": "#636363",
}
HIDDEN = {"hasMention", "mentionOf", "inArticle", "inSentence", "text", "anchorOf", "beginIndex", "endIndex"}
SKIP_TYPES = {KZ.Mention, RDF.Statement}


def _local(uri) -> str:
    s = str(uri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _label(g: Graph, node) -> str:
    best = None
    for lit in g.objects(node, RDFS.label):
        if isinstance(lit, Literal) and lit.language == "kk":
            return str(lit)
        best = best or str(lit)
    head = g.value(node, KZ.headline) or g.value(node, KZ.sourceFile)  # an article: its headline, or its file
    return str(head) if head else best or _local(node)


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    kinds: dict = {}
    for s, o in g.subject_objects(RDF.type):
        if str(o).startswith(str(KZ)) and o not in SKIP_TYPES:
            kinds[s] = _local(o)
    for node, kind in kinds.items():
        label = _label(g, node)
        sentence = ""
        mention = g.value(node, KZ.hasMention)
        if mention is not None:
            sent = g.value(mention, KZ.inSentence)
            sentence = str(g.value(sent, KZ.anchorOf) or "") if sent is not None else ""
        net.add_node(str(node), kind=kind, label=label, sentence=sentence)
    for s, p, o in g:
        if s in kinds and o in kinds and _local(p) not in HIDDEN and isinstance(o, URIRef):
            net.add_edge(str(s), str(o), label=_local(p))
    return net


def draw(g: Graph, path: Path) -> int:
    net = to_networkx(g)
    vis = Network(height="900px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for node, data in net.nodes(data=True):
        short = data["label"] if len(data["label"]) <= 60 else data["label"][:57] + "…"
        tip = (f"{data['kind']}\n{data['label']}" + (f"\n\nSource: {data['sentence']}" if data["sentence"] else ""))
        vis.add_node(node, label=short, title=tip, color=COLOURS.get(data["kind"], "#969696"),
                     shape="dot" if data["kind"] not in ("Goal", "Role", "ExpectedResult", "PlannedMeasure", "Principle") else "box",
                     size=18)
    for s, o, data in net.edges(data=True):
        vis.add_edge(s, o, label=data["label"], title=data["label"], arrows="to")
    vis.set_options("""{"edges": {"smooth": false, "font": {"size": 10, "align": "middle"}},
      "physics": {"stabilization": {"iterations": 150}, "barnesHut": {"springLength": 160}},
      "interaction": {"hover": true, "navigationButtons": false}}""")
    page = vis.generate_html(notebook=False)
    # pyvis's template also links Bootstrap from a CDN (for widgets we do not use): drop it, stay offline
    page = re.sub(r'<link[^>]+href="https?://[^"]+"[^>]*>\s*', "", page)
    page = re.sub(r'<script[^>]+src="https?://[^"]+"[^>]*>\s*</script>\s*', "", page)
    kinds = sorted({d["kind"] for _, d in net.nodes(data=True)})
    legend = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
        f'background:{COLOURS.get(k, "#969696")};margin-right:6px"></span>{html.escape(k)}</div>' for k in kinds)
    box = ('<div id="kazkg-legend" style="position:fixed;top:10px;right:10px;background:#fff;border:1px solid #ccc;'
           f'padding:8px;font:13px sans-serif;z-index:10"><b>kazkg</b>{legend}</div>')
    page = page.replace("<body>", "<body>\n" + box, 1)
    page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1) if 'charset="utf-8"' not in page else page
    atomic_write(Path(path), page.encode("utf-8"))
    return net.number_of_nodes()
