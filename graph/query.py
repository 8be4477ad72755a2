"""SPARQL over a graph file, with the named queries of graph/queries/ usable by name."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import signal
import threading
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

from kazkg.graph.errors import QueryError, QueryLimit
from kazkg.graph.vocab import PREFIXES

QUERIES = files("kazkg.graph") / "queries"


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


def prepare(query: str, allow_remote: bool = False):
    """Parse SPARQL with the kazkg prefixes known (given to the parser, not prepended: error positions
    are the user's own lines); refuse ``SERVICE`` and ``FROM`` unless remote access is allowed."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(query, initNs=PREFIXES)
    except Exception as exc:
        raise QueryError(f"malformed SPARQL: {_reason(exc)}") from None
    if not allow_remote:
        what = _remote_parts(prepared.algebra)
        if what:
            raise QueryError(f"the query uses {what}, which reaches outside this graph file; kazkg runs offline "
                             "(add --allow-remote to permit it)")
    return prepared


def _remote_parts(node) -> str | None:
    """``SERVICE <iri>`` or a ``FROM`` clause anywhere in the algebra (both fetch other graphs)."""
    stack = [node]
    while stack:
        n = stack.pop()
        name = getattr(n, "name", "")
        if name == "ServiceGraphPattern":
            return f"SERVICE <{dict.get(n, 'term')}>"
        if isinstance(n, dict):
            if dict.get(n, "datasetClause"):
                return "FROM"
            stack.extend(n.values())
        elif isinstance(n, (list, tuple)):
            stack.extend(n)
    return None


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:300] if text else type(exc).__name__


def run(g: Graph, query: str, allow_remote: bool = False):
    """The rdflib result of ``query`` on ``g`` (lazy: rows are computed as they are read)."""
    prepared = prepare(query, allow_remote)
    try:
        return g.query(prepared)
    except Exception as exc:
        raise QueryError(f"query failed: {_reason(exc)}") from None


@dataclass
class Answer:
    """A query's answer, read within its limits: ``truncated`` says the row limit cut it."""

    type: str
    vars: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    ask: bool = False
    graph: Graph | None = None
    truncated: bool = False


def execute(g: Graph, query: str, timeout: float = 30.0, limit: int = 10_000, allow_remote: bool = False) -> Answer:
    """Run ``query`` with a time limit (seconds, 0 for none) and a row limit (0 for none).

    The time limit is a SIGALRM timer: rdflib evaluates SPARQL in Python, so the alarm interrupts it
    anywhere (a cartesian product that would run for ever, a ``SELECT *`` growing without end)."""
    with _time_limit(timeout):
        result = run(g, query, allow_remote)
        try:
            if result.type == "ASK":
                return Answer("ASK", ask=bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                out = Graph()
                for prefix, ns in g.namespaces():
                    out.bind(prefix, ns)
                for n, t in enumerate(result.graph):
                    if limit and n >= limit:
                        return Answer(result.type, graph=out, truncated=True)
                    out.add(t)
                return Answer(result.type, graph=out)
            answer = Answer("SELECT", vars=[str(v) for v in result.vars])
            for r in result:
                if limit and len(answer.rows) >= limit:
                    answer.truncated = True
                    break
                answer.rows.append([_cell(r[v]) for v in result.vars])
            return answer
        except Exception as exc:
            raise QueryError(f"query failed: {_reason(exc)}") from None


class _Expired(BaseException):
    """The timer went off: a BaseException, so no ``except Exception`` inside rdflib swallows it."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)  # fires again if a library swallowed it
    try:
        yield
    except _Expired:
        raise QueryLimit(f"query stopped after {seconds:g} s, its time limit (raise it with --timeout; 0 for none)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _cell(v) -> str:
    return "" if v is None else str(v)


def render(answer: Answer, fmt: str = "table") -> str:
    if answer.type == "ASK":
        return "true" if answer.ask else "false"
    if answer.type in ("CONSTRUCT", "DESCRIBE"):
        return answer.graph.serialize(format="turtle")
    names, rows = answer.vars, answer.rows
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


def execute_store(store, query: str, timeout: float = 30.0, limit: int = 10_000) -> Answer:
    """``execute`` on a store, by Oxigraph itself: the same time and row limits, the same Answer
    (the default graph is the union of all graphs, as in a file)."""
    import pyoxigraph as ox

    text = query if "PREFIX kz:" in query else prologue() + query
    with _time_limit(timeout):
        try:
            res = store.ox.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {str(exc).strip().splitlines()[0][:200]}") from None
        try:
            if isinstance(res, ox.QueryBoolean):
                return Answer("ASK", ask=bool(res))
            if isinstance(res, ox.QuerySolutions):
                names = [v.value for v in res.variables]
                answer = Answer("SELECT", vars=names)
                for s in res:
                    if limit and len(answer.rows) >= limit:
                        answer.truncated = True
                        break
                    answer.rows.append([_cell(None if s[v] is None else s[v].value) for v in names])
                return answer
            kind = "CONSTRUCT" if "CONSTRUCT" in text.upper() else "DESCRIBE"
            triples, truncated = [], False
            for n, t in enumerate(res):
                if limit and n >= limit:
                    truncated = True
                    break
                triples.append(t)
            g = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
            return Answer(kind, graph=g, truncated=truncated)
        except QueryError:
            raise
        except Exception as exc:
            raise QueryError(f"query failed: {_reason(exc)}") from None
