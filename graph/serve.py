"""``kazkg serve``: a store behind the real Oxigraph server (SPARQL 1.1 Protocol), read-only, on loopback.

The server is the ``oxigraph`` program of the ``oxigraph`` package (the ``serve`` extra); it opens the
store's files read-only, so it must not run while a build writes to the same store. The default graph
is served as the union of all graphs, so queries read the same as on a file; ``GRAPH ?article { }``
still reaches one article's graph.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from kazkg.graph.errors import KazkgError
from kazkg.graph.store import is_store


class ServerError(KazkgError):
    code = "K020"


def oxigraph_program() -> str:
    """The Oxigraph server program: beside this Python (a venv) or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the Oxigraph server is not installed: pip install 'kazkg[serve]' (the oxigraph package)")
    return found


def server_command(store_dir: Path, host: str, port: int) -> list[str]:
    if not is_store(store_dir):
        raise ServerError(f"{store_dir}: not a kazkg store (build one with: kazkg build PATH --store {store_dir})")
    return [oxigraph_program(), "serve-read-only", "--location", str(Path(store_dir) / "oxigraph"),
            "--bind", f"{host}:{port}", "--union-default-graph"]


def serve(store_dir: Path, host: str = "127.0.0.1", port: int = 7878) -> None:
    """Become the server (exec): signals and Ctrl-C reach Oxigraph itself, and no child is left behind."""
    cmd = server_command(store_dir, host, port)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(cmd[0], cmd)
