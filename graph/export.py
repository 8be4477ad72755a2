"""Reading and writing graphs: the format follows the file suffix; writes are atomic (temp + rename).

Serialisation goes through pyoxigraph, about 30x faster than rdflib's Turtle writer on large graphs;
JSON-LD through rdflib, whose output keeps prefixes as a context.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kazkg.graph.atomic import atomic_write
from kazkg.graph.errors import FormatError, GraphParseError, InputError
from kazkg.graph.offline import blocked
from kazkg.graph.rdftext import NOT_XML, _clean, _tag_case, bcp47_case, xml_safe  # noqa: F401 (re-exported)
from kazkg.graph.xml_guard import check_entities
from kazkg.graph.vocab import PREFIXES, bind_prefixes

FORMATS = {
    ".ttl": ("turtle", ox.RdfFormat.TURTLE),
    ".trig": ("trig", ox.RdfFormat.TRIG),
    ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
    ".nq": ("nquads", ox.RdfFormat.N_QUADS),
    ".jsonld": ("json-ld", None),
    ".json": ("json-ld", None),
    ".rdf": ("xml", ox.RdfFormat.RDF_XML),
    ".owl": ("xml", ox.RdfFormat.RDF_XML),
}


def format_of(path: Path) -> tuple[str, object]:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise FormatError(f"{path}: unknown graph format; use one of {', '.join(sorted(FORMATS))}") from None


def _triples(g: Graph) -> list:
    """The graph's triples for Oxigraph, in one order whatever the hash seed (sorted N-Triples), cleaned."""
    return _clean(_sorted_lines(g.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES))


def serialize(g: Graph, path: Path) -> bytes:
    rdflib_name, ox_format = format_of(path)
    triples = _triples(g)
    if ox_format is None:  # JSON-LD by rdflib (prefixes as a context), from the same sorted, cleaned triples
        ordered = bind_prefixes(Graph())
        ordered.parse(data=_tag_case(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), ox.RdfFormat.N_TRIPLES),
                      format="nt")
        doc = json.loads(ordered.serialize(format=rdflib_name, auto_compact=True))
        return (json.dumps(_sorted_json(doc), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    if ox_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        triples = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    kwargs = {"prefixes": PREFIXES} if ox_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else {}
    return _tag_case(ox.serialize(triples, format=ox_format, **kwargs), ox_format)


def _sorted_json(node, key: str = ""):
    """JSON-LD with every unordered array sorted: rdflib lists nodes and values in hash order."""
    if isinstance(node, dict):
        return {k: _sorted_json(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_json(v) for v in node]
        return items if key == "@list" else sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


def write_graph(g: Graph, path: Path) -> None:
    atomic_write(Path(path), serialize(g, Path(path)))


def _sorted_lines(data: bytes, fmt) -> list:
    """N-Triples or N-Quads ``data`` parsed back in sorted line order, each statement once."""
    lines = sorted(set(line for line in data.split(b"\n") if line.strip()))
    return list(ox.parse(b"\n".join(lines) + b"\n", format=fmt))


REFERENCE = "https://w3id.org/kazkg/source/"  # reference graphs (KATO) and their sources' descriptions
_ARTICLES_ONLY = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?g), "{REFERENCE}")) }}
  FILTER(!STRSTARTS(STR(?s), "{REFERENCE}")) }}"""


def union_graph(store, reference: bool = True) -> Graph:
    """A store's quads as one rdflib Graph (for SHACL, drawing and rdflib SPARQL on small graphs);
    ``reference`` False leaves out the reference graphs (what KATO says), keeping what the articles say."""
    if reference:
        triples = store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    else:
        triples = store.ox.query(_ARTICLES_ONLY)
    g = bind_prefixes(Graph())
    # Oxigraph lower-cases language tags; the graph gets them as written (kk-Latn)
    g.parse(data=_tag_case(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def load_graph(path: str | Path, allow_remote: bool = False) -> Graph:
    """Parse a graph file, offline (no remote JSON-LD context, no XML external or nested entities), or
    a store folder, as one rdflib Graph (named graphs are read as their union)."""
    path = Path(path)
    if path.is_dir():
        from kazkg.graph.store import KgStore

        return union_graph(KgStore.open(path, read_only=True))
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    rdflib_name, _ = format_of(path)
    data = path.read_bytes()
    if not data.strip():
        raise GraphParseError(f"{path}: graph file is empty")
    if rdflib_name == "xml":
        check_entities(data, str(path))
    g = Graph()
    try:
        if rdflib_name in ("trig", "nquads"):  # rdflib's Graph would keep only the default graph
            quads = ox.parse(data, format=FORMATS[path.suffix.lower()][1])
            data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
            data = _tag_case(data, ox.RdfFormat.N_TRIPLES)
            rdflib_name = "nt"
        with blocked(not allow_remote):
            g.parse(io.BytesIO(data), format=rdflib_name)
    except Exception as exc:  # rdflib raises many kinds; all mean "does not parse"
        raise GraphParseError(f"{path}: does not parse as {rdflib_name}: {parse_reason(exc)}") from None
    return g


def parse_reason(exc: Exception) -> str:
    """The parser's reason on one line, with its line number ("line 3: newline found in string literal")."""
    text = str(exc).strip()
    m = re.match(r"at line (\d+) of <[^>]*>:\s*(?:Bad syntax \()?(.*?)\)?(?: at \^ in:.*)?$", text, re.S)
    if m:
        text = f"line {m.group(1)}: {m.group(2)}"
    text = " ".join(text.split())
    return text[:300] if text else type(exc).__name__
