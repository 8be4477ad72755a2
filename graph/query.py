"""SPARQL over a graph file, with the named queries of graph/queries/ usable by name."""

from __future__ import annotations

import csv
import io
import json
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

from graph.errors import QueryError
from graph.vocab import PREFIXES

QUERIES = files("graph") / "queries"


def named_queries() -> dict[str, str]:
    return {p.name[:-3]: p.read_text(encoding="utf-8") for p in QUERIES.iterdir() if p.name.endswith(".rq")}


def resolve(query_or_file: str) -> str:
    """A path to a .rq file, the name of a bundled query, or the query text itself."""
    named = named_queries()
    if query_or_file in named:
        return named[query_or_file]
    p = Path(query_or_file)
    if len(query_or_file) < 4096 and "\n" not in query_or_file and p.suffix in (".rq", ".sparql") :
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        return p.read_text(encoding="utf-8")
    return query_or_file


def prologue() -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def run(g: Graph, query: str):
    text = query if "PREFIX kz:" in query else prologue() + query
    try:
        return g.query(text)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"malformed SPARQL: {first[:200]}") from None


def _cell(v) -> str:
    return "" if v is None else str(v)


def render(result, fmt: str = "table") -> str:
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(r[v]) for v in result.vars] for r in result]
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    fit = lambda s, w: (s if len(s) <= w else s[: w - 1] + "…").ljust(w)  # noqa: E731
    lines = [" | ".join(fit(n, w) for n, w in zip(names, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(fit(c, w) for c, w in zip(r, widths)) for r in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


class StoreResult:
    """A pyoxigraph result shaped like rdflib's, so ``render`` prints both the same way."""

    def __init__(self, res):
        import pyoxigraph as ox

        self.vars: list[str] = []
        self.rows: list[dict] = []
        if isinstance(res, ox.QueryBoolean):
            self.type, self.askAnswer = "ASK", bool(res)
        elif isinstance(res, ox.QuerySolutions):
            self.type = "SELECT"
            self.vars = [v.value for v in res.variables]
            self.rows = [{v: (s[v].value if s[v] is not None else None) for v in self.vars} for s in res]
        else:
            self.type = "CONSTRUCT"
            self.graph = Graph().parse(data=ox.serialize(res, format=ox.RdfFormat.N_TRIPLES), format="nt")

    def __iter__(self):
        return iter(self.rows)


def run_store(store, query: str) -> StoreResult:
    """SPARQL on a store with Oxigraph itself; the default graph is the union of all graphs, as in a file."""
    text = query if "PREFIX kz:" in query else prologue() + query
    try:
        return StoreResult(store.ox.query(text, use_default_graph_as_union=True))
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {str(exc).strip().splitlines()[0][:200]}") from None
