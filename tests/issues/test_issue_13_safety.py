"""Issue 13, points 1-6: interruption, valid output for any text, query limits, no network, XML entity
bombs, no writing over an input (each point has a test that failed on the main of that day)."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kazkg.cli import main
from issue_helpers import FORMATS, KAZKG, ROOT, kazkg, run, write_all_formats


# -- 1. Ctrl-C and SIGTERM stop a multi-process build at once ------------------------------------------
def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to see the worker processes")
@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_issue_13_interrupt_stops_workers(tmp_path, signum, code):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for f in sorted(ROOT.glob("bench/heldout*/*.txt")):
        if f.name.lower() != "readme.txt":
            shutil.copy(f, corpus / f"{f.parent.name}-{f.name}")
    out = tmp_path / "c.ttl"
    out.write_text("previous output\n", encoding="utf-8")
    proc = subprocess.Popen(KAZKG + ["build", str(corpus), "-o", str(out), "-j", "2", "--no-progress"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = _children(proc.pid)
    time.sleep(1.0)  # the workers are extracting now
    proc.send_signal(signum)
    try:
        _, err = proc.communicate(timeout=30)  # a hang (today's main: pool.join() for ever) fails here
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the build did not stop after the signal")
    assert proc.returncode == code, err
    assert "Traceback" not in err and err.count("\n") <= 1, err
    assert out.read_text(encoding="utf-8") == "previous output\n"
    time.sleep(0.5)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and "zombie" not in
                Path(f"/proc/{w}/status").read_text()], "worker processes left running"


# -- 2. every format valid for any text ------------------------------------------------------------------
HOSTILE = "\x0b\x0c\x01\x02\x1f\uffff\ufffe\x00"


@pytest.fixture(scope="module")
def hostile_article(tmp_path_factory, seed_path) -> Path:
    text = seed_path.read_text(encoding="utf-8")
    head, body = text[:300], text[300:]
    # NUL, form feed and friends, some after the first 4,096 characters (where the binary check looks)
    body = body.replace("Сондай-ақ", "Сондай-ақ\x0b", 1).replace("Құжатқа", "Құжатқа\x01\uffff", 1)
    text = head + body + "\n\n" + ("Ассамблея жұмысы жалғасады. " * 150) + HOSTILE + " Ассамблея\x0cжұмысы.\n"
    path = tmp_path_factory.mktemp("hostile") / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_outputs(tmp_path_factory, hostile_article) -> dict[str, Path]:
    """The hostile article built once (by the command, as .ttl) and written in every format."""
    from kazkg.graph.build import build_graph

    folder = tmp_path_factory.mktemp("hostile-out")
    result = run("build", hostile_article, "-o", folder / "cli.ttl")
    assert result.exit_code == 0, result.output
    return write_all_formats(build_graph([hostile_article]), folder)


@pytest.mark.parametrize("suffix", FORMATS)
def test_issue_13_forbidden_xml_characters_give_valid_output(hostile_outputs, suffix):
    from kazkg.graph.export import load_graph
    from kazkg.graph.query import run as sparql

    out = hostile_outputs[suffix]
    data = out.read_bytes()
    n = len(list(ox.parse(data, format=ox.RdfFormat.from_extension(suffix[1:]))))  # an independent parser
    g = load_graph(out)  # and kazkg's own
    assert n == len(g) > 100
    from kazkg.graph.vocab import KZ

    text = str(next(g.objects(None, KZ.text)))
    assert not any(ch in text for ch in HOSTILE)
    for row in sparql(g, "SELECT ?b ?e ?a WHERE { ?m kz:beginIndex ?b ; kz:endIndex ?e ; kz:anchorOf ?a ; kz:inArticle ?x }"):
        assert text[int(row.b):int(row.e)] == str(row.a)  # offsets still point at the right text


# -- 3. query time and row limits --------------------------------------------------------------------------
def test_issue_13_query_time_limit(seed_ttl):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = kazkg("query", seed_ttl, q, "--timeout", "2", timeout=120)
    assert result.returncode == 2, result.stderr
    assert "[K007]" in result.stderr and "--timeout" in result.stderr and "Traceback" not in result.stderr


def test_issue_13_query_default_time_limit_is_on():
    assert main.commands["query"].params[[p.name for p in main.commands["query"].params].index("timeout")].default > 0


def test_issue_13_query_row_limit(seed_ttl):
    result = run("query", seed_ttl, "SELECT * WHERE { ?s ?p ?o }", "--limit", "7", "--format", "csv")
    assert result.exit_code == 0, result.output
    import csv, io
    rows = list(csv.reader(io.StringIO(result.stdout)))  # a literal may hold newlines (the article's text)
    assert len(rows) == 1 + 7
    assert "row limit" in result.stderr


# -- 4. no network from queries or graph files ---------------------------------------------------------
@pytest.fixture
def listener():
    """A local TCP port that records whether anything connected to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    sock.setblocking(False)
    yield sock
    sock.close()


def _connected(sock) -> bool:
    try:
        sock.accept()[0].close()
        return True
    except BlockingIOError:
        return False


def test_issue_13_query_service_is_refused(seed_ttl, listener):
    port = listener.getsockname()[1]
    q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    result = kazkg("query", seed_ttl, q, timeout=60)
    assert result.returncode == 2 and "SERVICE" in result.stderr and "--allow-remote" in result.stderr, result.stderr
    assert not _connected(listener)


def test_issue_13_query_from_is_refused(seed_ttl, listener):
    port = listener.getsockname()[1]
    result = kazkg("query", seed_ttl, f"SELECT * FROM <http://127.0.0.1:{port}/g.ttl> WHERE {{ ?s ?p ?o }}", timeout=60)
    assert result.returncode == 2 and "FROM" in result.stderr, result.stderr
    assert not _connected(listener)


@pytest.mark.parametrize("command", ["info", "validate", "query", "draw"])
def test_issue_13_remote_jsonld_context_is_not_fetched(tmp_path, listener, command):
    port = listener.getsockname()[1]
    g = tmp_path / "g.jsonld"
    g.write_text('{"@context": "http://127.0.0.1:%d/ctx.jsonld", "@id": "http://e/x", "name": "x"}' % port, encoding="utf-8")
    args = {"info": [g], "validate": [g], "query": [g, "ASK { ?s ?p ?o }"], "draw": [g, "-o", tmp_path / "g.html"]}[command]
    result = kazkg(command, *args, timeout=60)
    assert result.returncode == 2 and "refused" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not _connected(listener)


# -- 5. XML entity bombs ---------------------------------------------------------------------------------------
def _laughs() -> str:
    ents = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [{ents}]>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"><rdf:Description rdf:about="http://e/x">'
            '<rdfs:label>&a9;</rdfs:label></rdf:Description></rdf:RDF>')


@pytest.mark.parametrize("command", ["info", "validate", "query", "draw"])
def test_issue_13_billion_laughs_is_refused(tmp_path, command):
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(_laughs(), encoding="utf-8")
    args = {"info": [bomb], "validate": [bomb], "query": [bomb, "ASK { ?s ?p ?o }"], "draw": [bomb, "-o", tmp_path / "b.html"]}[command]
    try:
        result = kazkg(command, *args, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("a 1 KB RDF/XML file with nested entities hangs")
    assert result.returncode == 2 and "[K002]" in result.stderr and "entit" in result.stderr, result.stderr


@pytest.mark.parametrize("decl, ok", [
    ('<!ENTITY ex "http://e/">', True),  # an abbreviation, as ontology editors write them: kept
    ('<!ENTITY ex SYSTEM "file:///etc/passwd">', False),  # external: refused
    ('<!ENTITY % p "x">', False),  # parameter entity: refused
])
def test_issue_13_xml_entity_kinds(tmp_path, decl, ok):
    from kazkg.graph.errors import GraphParseError
    from kazkg.graph.export import load_graph

    doc = tmp_path / "e.rdf"
    doc.write_text(f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [{decl}]><rdf:RDF '
                   'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="http://e/x">'
                   '<rdf:value>v</rdf:value></rdf:Description></rdf:RDF>', encoding="utf-8")
    if ok:
        assert len(load_graph(doc)) == 1
    else:
        with pytest.raises(GraphParseError, match="refused"):
            load_graph(doc)


# -- 6. never write over an input; check the output before a long run ----------------------------------
def test_issue_13_draw_refuses_to_overwrite_its_input(tmp_path, seed_ttl):
    g = tmp_path / "g.ttl"
    shutil.copy(seed_ttl, g)
    before = g.read_bytes()
    result = run("draw", g, "-o", g)
    assert result.exit_code == 2 and "[K006]" in result.output and "input" in result.output, result.output
    assert g.read_bytes() == before


def test_issue_13_lemmatize_refuses_to_overwrite_its_input(tmp_path):
    tokens = tmp_path / "t.txt"
    tokens.write_text("Президент\nбекітті\n", encoding="utf-8")
    result = run("lemmatize", tokens, "-o", tokens)
    assert result.exit_code == 2 and "[K006]" in result.output, result.output
    assert tokens.read_text(encoding="utf-8") == "Президент\nбекітті\n"


def test_issue_13_build_refuses_to_overwrite_its_input(tmp_path, seed_path):
    art = tmp_path / "a.ttl"  # an article file that happens to carry a graph suffix
    shutil.copy(seed_path, art)
    result = run("build", art, "-o", tmp_path / "." / "a.ttl")
    assert result.exit_code == 2 and "[K006]" in result.output, result.output
    assert art.read_bytes() == seed_path.read_bytes()


def test_issue_13_build_checks_the_output_first(tmp_path, seed_path, monkeypatch):
    import kazkg.graph.build

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    called = []
    monkeypatch.setattr(kazkg.graph.build, "build_facts", lambda *a, **k: called.append(1))
    result = run("build", seed_path, "-o", blocker / "out.ttl")  # a file where a folder should be
    assert result.exit_code == 2 and "[K006]" in result.output, result.output
    assert not called  # refused before any article was read
