"""``kazkg push``: a store into an institution's SPARQL server with the SPARQL 1.1 Graph Store HTTP
Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/): one ``PUT ?graph=<article IRI>`` per article,
so pushing again replaces each graph instead of adding to it. Credentials come from the environment
(KAZKG_PUSH_USER, KAZKG_PUSH_PASSWORD), never from the command line, for HTTP Basic or Digest.
"""

from __future__ import annotations

import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox
from tqdm import tqdm

from kazkg.graph.errors import KazkgError

MERGED = "https://w3id.org/kazkg/id/corpus"
CHUNK = 100_000  # triples per request: a large merged graph goes as one PUT and then POSTs


class PushError(KazkgError):
    code = "K021"


@dataclass
class PushResult:
    graphs: int
    triples: int
    seconds: float


def _opener(endpoint: str):
    user, password = os.environ.get("KAZKG_PUSH_USER"), os.environ.get("KAZKG_PUSH_PASSWORD")
    if not user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, endpoint, user, password or "")
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords),
                                       urllib.request.HTTPDigestAuthHandler(passwords))


def _send(opener, method: str, url: str, body: bytes) -> None:
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": "application/n-triples"})
    try:
        with opener.open(req, timeout=600) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise PushError(f"{method} {url}: HTTP {exc.code} {exc.reason}{': ' + detail[0][:200] if detail else ''}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(f"{url}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


def _put_graph(opener, endpoint: str, graph: str | None, triples: list) -> None:
    query = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
    for i in range(0, max(len(triples), 1), CHUNK):
        body = ox.serialize(triples[i:i + CHUNK], format=ox.RdfFormat.N_TRIPLES) or b""
        _send(opener, "PUT" if i == 0 else "POST", url, body)


def push(store, endpoint: str, merged_graph: str | None = MERGED, progress: bool = False) -> PushResult:
    """PUT every article's named graph, then the merged descriptions into ``merged_graph`` (None: the
    server's default graph, which the push then replaces)."""
    t0 = time.perf_counter()
    opener = _opener(endpoint)
    names = sorted(store.ox.named_graphs(), key=lambda g: g.value)
    total = 0
    for g in tqdm(names, unit="graph", disable=not progress, file=sys.stderr, leave=False):
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.ox.quads_for_pattern(None, None, None, g)]
        _put_graph(opener, endpoint, g.value, triples)
        total += len(triples)
    merged = [ox.Triple(q.subject, q.predicate, q.object)
              for q in store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    _put_graph(opener, endpoint, merged_graph, merged)
    return PushResult(len(names) + 1, total + len(merged), time.perf_counter() - t0)
