"""The per-article map step on a Dask cluster (``kazkg build --scheduler ADDRESS``, extra ``kazkg[dask]``).

Each task carries a file's name and bytes, so workers need kazkg installed but no shared file system;
their results (an article's facts and record) come back to the machine that holds the store, which
stays its only writer. Tasks are submitted in a sliding window, so neither side holds the corpus.
"""

from __future__ import annotations

import tempfile
from collections import deque
from itertools import islice
from pathlib import Path

from kazkg.graph.errors import KazkgError

WINDOW = 256
CONNECT_TIMEOUT = "20s"


class ClusterError(KazkgError):
    code = "K022"


def _remote(process, name: str, data: bytes, max_bytes: int = 0):
    """On a worker: the article from its bytes, through ``process`` (kazkg.graph.build's, as a local build)."""
    with tempfile.TemporaryDirectory(prefix="kazkg-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return process(path, max_bytes)


def map_articles(scheduler: str, files: list[Path], process, max_bytes: int = 0):
    """Yield each file's outcome, in input order, computed on the cluster at ``scheduler`` by
    ``process(path, max_bytes)`` (passed in, so this module does not import kazkg.graph.build)."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'kazkg[dask]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"{scheduler}: cannot reach the Dask scheduler: {str(exc).splitlines()[0][:200]}") from None
    try:
        todo = iter(files)
        pending = deque(client.submit(_remote, process, f.name, f.read_bytes(), max_bytes, pure=False) for f in islice(todo, WINDOW))
        while pending:
            future = pending.popleft()
            yield future.result()
            future.release()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(client.submit(_remote, process, nxt.name, nxt.read_bytes(), max_bytes, pure=False))
    finally:
        client.close()
