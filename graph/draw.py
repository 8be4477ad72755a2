"""``kazkg draw``: the graph as an explorer page (HTML) or as a network file for Gephi and Cytoscape.

The output suffix picks the form: ``.html`` is the explorer (graph/explorer/), one self-contained page
that works offline; ``.graphml`` and ``.gexf`` are written by networkx with labels, classes, colours and
dates as attributes (GEXF also carries the explorer's positions and colours as ``viz`` data).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kazkg.graph.atomic import atomic_write
from kazkg.graph.errors import FormatError
from kazkg.graph.explorer.model import Model, read_model
from kazkg.graph.explorer.page import render
from kazkg.graph.explorer.payload import build_payload

SUFFIXES = (".html", ".htm", ".graphml", ".gexf")


def to_networkx(m: Model, payload: dict) -> nx.MultiDiGraph:
    """The drawn graph with string attributes only, as GraphML and GEXF readers expect."""
    net = nx.MultiDiGraph()
    classes, preds = payload["classes"], payload["preds"]
    for n in payload["nodes"]:
        c = classes[n[1]] if n[1] >= 0 else ["", "", "", "#969696"]
        net.add_node(n[8], label=n[0], label_latn=n[9], label_en=n[10], kind=c[0], kind_kk=c[1],
                     colour=c[3], first_date=n[6], last_date=n[7], links=n[5], x=n[3], y=n[4])
    for e in payload["edges"]:
        net.add_edge(payload["nodes"][e[0]][8], payload["nodes"][e[1]][8], predicate=preds[e[2]][0],
                     label=preds[e[2]][1], sources=len(e[3]))
    return net


def _gexf(net: nx.MultiDiGraph) -> bytes:
    for _, d in net.nodes(data=True):
        rgb = d["colour"].lstrip("#")
        d["viz"] = {"color": {"r": int(rgb[0:2], 16), "g": int(rgb[2:4], 16), "b": int(rgb[4:6], 16), "a": 1.0},
                    "position": {"x": d["x"], "y": -d["y"], "z": 0.0}}
    buf = io.BytesIO()
    nx.write_gexf(net, buf)
    return buf.getvalue()


def _graphml(net: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(net, buf)
    return buf.getvalue()


def draw(source, path: Path) -> int:
    """Write ``source`` (a graph file or an rdflib Graph) to ``path``; return the number of nodes."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FormatError(f"{path}: unknown drawing format; use one of {', '.join(SUFFIXES)}")
    model = read_model(source)
    payload = build_payload(model)
    if suffix in (".html", ".htm"):
        atomic_write(path, render(payload).encode("utf-8"))
    elif suffix == ".gexf":
        atomic_write(path, _gexf(to_networkx(model, payload)))
    else:
        atomic_write(path, _graphml(to_networkx(model, payload)))
    return len(payload["nodes"])
