"""``kazkg serve`` and ``kazkg push`` against the real Oxigraph server on loopback (skipped when the
``oxigraph`` program is not installed: pip install 'kazkg[serve]')."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from kazkg.cli import main
from tests.test_store import A, B, C

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
PEOPLE = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/kazkg/ontology#Person> }"


@pytest.fixture(scope="module")
def oxigraph():
    from kazkg.graph.errors import KazkgError
    from kazkg.graph.serve import oxigraph_program

    try:
        return oxigraph_program()
    except KazkgError:
        pytest.skip("the oxigraph server program is not installed")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("st") / "store"
    result = CliRunner().invoke(main, ["build", str(src), "--store", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _query(url: str, query: str) -> int:
    req = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return int(resp.read().decode().splitlines()[1])


def _started(cmd: list[str], url: str) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            _query(url, "SELECT (1 AS ?n) {}")
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"server did not start: {cmd}")


@pytest.fixture(scope="module")
def serving(oxigraph, store):
    port, page = _port(), _port()
    url = f"http://127.0.0.1:{port}/query"
    proc = _started([sys.executable, "-c", "from kazkg.cli import main; main()", "serve", str(store), "--port", str(port),
                     "--explorer-port", str(page)], url)
    yield proc, url, f"http://127.0.0.1:{page}/"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def served(serving):
    return serving[1]


def test_serve_serves_the_explorer_page_beside_the_endpoint(serving, store, tmp_path):
    proc, _, page = serving
    with urllib.request.urlopen(page, timeout=10) as resp:
        served_page = resp.read()
        assert resp.headers["Content-Type"].startswith("text/html")
    drawn = tmp_path / "drawn.html"
    assert CliRunner().invoke(main, ["draw", str(store), "-o", str(drawn)]).exit_code == 0
    assert served_page == drawn.read_bytes()  # the page kazkg draw writes, of this store
    assert "Тоқаев".encode() in served_page
    assert proc.poll() is None


def test_serve_stops_oxigraph_with_it_and_redraws_only_a_changed_store(oxigraph, store):
    port, page = _port(), _port()
    url = f"http://127.0.0.1:{port}/query"
    cmd = [sys.executable, "-c", "from kazkg.cli import main; main()", "serve", str(store), "--port", str(port),
           "--explorer-port", str(page)]
    drawn = (store / "explorer" / "index.html").stat().st_mtime_ns if (store / "explorer" / "index.html").exists() else None
    proc = _started(cmd, url)
    urllib.request.urlopen(f"http://127.0.0.1:{page}/", timeout=10).read()
    if drawn is not None:  # the module's other server drew it first: the store has not changed since
        assert (store / "explorer" / "index.html").stat().st_mtime_ns == drawn
    proc.terminate()
    assert proc.wait(timeout=20) == 0
    with pytest.raises(OSError):
        _query(url, "SELECT (1 AS ?n) {}")  # Oxigraph went with it


def test_serve_explorer_port_in_use_is_one_line(oxigraph, store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = CliRunner().invoke(main, ["serve", str(store), "--port", str(_port()),
                                           "--explorer-port", str(busy.getsockname()[1])])
    assert result.exit_code == 2
    assert "[K020]" in result.output and "explorer page" in result.output


def _local(store, query: str) -> int:
    from kazkg.graph.query import run_store
    from kazkg.graph.store import KgStore

    return int(run_store(KgStore.open(store, read_only=True), query).rows[0]["n"])


def test_serve_answers_sparqlwrapper(served, store):
    sw = pytest.importorskip("SPARQLWrapper")
    client = sw.SPARQLWrapper(served)
    client.setQuery(PEOPLE)
    client.setReturnFormat(sw.JSON)
    n = int(client.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n == _local(store, PEOPLE) and n >= 2


def test_serve_answers_curl(served, store):
    if not shutil.which("curl"):
        pytest.skip("curl is not installed")
    out = subprocess.run(["curl", "-sf", served, "-H", "Accept: text/csv", "--data-urlencode", f"query={PEOPLE}"],
                         capture_output=True, text=True, timeout=20, check=True).stdout
    assert int(out.splitlines()[1]) == _local(store, PEOPLE)


@pytest.mark.parametrize("merged", ["https://w3id.org/kazkg/id/corpus", "default"])
def test_push_twice_gives_the_store_count(oxigraph, store, merged):
    from kazkg.graph.store import KgStore

    port = _port()
    base = f"http://127.0.0.1:{port}"
    proc = _started([oxigraph, "serve", "--bind", f"127.0.0.1:{port}"], f"{base}/query")
    try:
        for _ in range(2):
            result = CliRunner().invoke(main, ["push", str(store), "--endpoint", f"{base}/store", "--merged-graph", merged])
            assert result.exit_code == 0, result.output
        assert _query(f"{base}/query", COUNT_ALL) == len(KgStore.open(store, read_only=True))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_push_unreachable_server_is_one_line(store):
    result = CliRunner().invoke(main, ["push", str(store), "--endpoint", f"http://127.0.0.1:{_port()}/store"])
    assert result.exit_code == 2
    assert result.output.startswith("kazkg: [K021]") and len(result.output.strip().splitlines()) == 1


def test_the_explorer_page_is_drawn_again_only_after_the_store_changed(tmp_path):
    from kazkg.graph.serve import explorer_folder

    src, store = tmp_path / "src", tmp_path / "store"
    src.mkdir()
    (src / "a.txt").write_text(A, encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(src), "--store", str(store), "-j", "1"]).exit_code == 0
    page = explorer_folder(store) / "index.html"
    first, stamp = page.read_bytes(), page.stat().st_mtime_ns
    assert explorer_folder(store) / "index.html" == page and page.stat().st_mtime_ns == stamp
    (src / "c.txt").write_text(C, encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(src), "--store", str(store), "-j", "1"]).exit_code == 0
    explorer_folder(store)
    assert page.read_bytes() != first and "Тоқаев".encode() in page.read_bytes()
