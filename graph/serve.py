"""``kazkg serve``: a store behind the real Oxigraph server (SPARQL 1.1 Protocol), read-only, on loopback,
with the explorer page (the one ``kazkg draw`` writes) served beside it.

The server is the ``oxigraph`` program of the ``oxigraph`` package (the ``serve`` extra); it opens the
store's files read-only, so it must not run while a build writes to the same store. The default graph
is served as the union of all graphs, so queries read the same as on a file; ``GRAPH ?article { }``
still reaches one article's graph. Oxigraph serves no files of ours, so the page is served by the
standard library's static file server on a second port, from ``DIR/explorer/``, where it is drawn
once per state of the store (redrawn after a build changed it).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
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


def explorer_folder(store_dir: Path) -> Path:
    """``DIR/explorer/`` holding ``index.html``, the store's explorer page, drawn again only when the
    store has been committed to since (its generation, kept in ``DIR/explorer.generation``)."""
    from kazkg.graph.draw import draw
    from kazkg.graph.store import KgStore

    folder, stamp = Path(store_dir) / "explorer", Path(store_dir) / "explorer.generation"
    generation = str(KgStore.open(store_dir, read_only=True).index.generation())
    page = folder / "index.html"
    if not (page.is_file() and stamp.is_file() and stamp.read_text().strip() == generation):
        try:
            folder.mkdir(exist_ok=True)
            draw(store_dir, page)
            stamp.write_text(generation + "\n")
        except OSError as exc:
            raise ServerError(f"{folder}: cannot write the explorer page: {exc.strerror or exc}") from None
    return folder


def _die_with_parent() -> None:
    """In the Oxigraph child (Linux): be stopped if kazkg dies, even by SIGKILL, so no server is left behind."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def serve(store_dir: Path, host: str = "127.0.0.1", port: int = 7878, explorer_port: int | None = None) -> None:
    """Run Oxigraph on ``port`` and, unless ``explorer_port`` is None, the explorer page on that port.
    Without the page, become the server (exec): signals and Ctrl-C reach Oxigraph itself. With it,
    Oxigraph is a child stopped with kazkg (Ctrl-C, SIGTERM, or kazkg's death), and kazkg stops if it
    stops."""
    cmd = server_command(store_dir, host, port)
    sys.stdout.flush()
    sys.stderr.flush()
    if explorer_port is None:
        os.execv(cmd[0], cmd)
    handler = partial(SimpleHTTPRequestHandler, directory=str(explorer_folder(store_dir)))
    try:
        httpd = ThreadingHTTPServer((host, explorer_port), handler)
    except OSError as exc:
        raise ServerError(f"cannot serve the explorer page on {host}:{explorer_port}: {exc.strerror or exc}") from None
    child = subprocess.Popen(cmd, preexec_fn=_die_with_parent)
    threading.Thread(target=lambda: (child.wait(), httpd.shutdown()), daemon=True).start()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    asked = True  # to stop (Ctrl-C, SIGTERM), unless serve_forever returns because Oxigraph stopped
    try:
        httpd.serve_forever()
        asked = False
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        if child.poll() is None:
            child.terminate()
            child.wait(timeout=30)
    if not asked:
        raise ServerError(f"the Oxigraph server stopped (exit code {child.returncode})")
