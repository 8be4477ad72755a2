"""Issue 13: safe with hostile input, interruptible, and exact about failure (one test or more per point)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from cli import main

ROOT = Path(__file__).resolve().parents[2]
FORMATS = [".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf"]
KAZKG = [sys.executable, "-c", "import cli; cli.main()"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def kazkg(*args, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, **kwargs.pop("env", {})}
    return subprocess.run(KAZKG + [str(a) for a in args], capture_output=True, text=True, cwd=ROOT, env=env, **kwargs)


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory, seed_path) -> Path:
    out = tmp_path_factory.mktemp("i13") / "seed.ttl"
    result = run("build", seed_path, "-o", out)
    assert result.exit_code == 0, result.output
    return out


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
    from graph.build import build_graph
    from graph.export import write_graph

    folder = tmp_path_factory.mktemp("hostile-out")
    result = run("build", hostile_article, "-o", folder / "cli.ttl")
    assert result.exit_code == 0, result.output
    g = build_graph([hostile_article])
    for suffix in FORMATS:
        write_graph(g, folder / f"g{suffix}")
    return {suffix: folder / f"g{suffix}" for suffix in FORMATS}


@pytest.mark.parametrize("suffix", FORMATS)
def test_issue_13_forbidden_xml_characters_give_valid_output(hostile_outputs, suffix):
    from graph.export import load_graph
    from graph.query import run as sparql

    out = hostile_outputs[suffix]
    data = out.read_bytes()
    n = len(list(ox.parse(data, format=ox.RdfFormat.from_extension(suffix[1:]))))  # an independent parser
    g = load_graph(out)  # and kazkg's own
    assert n == len(g) > 100
    from graph.vocab import KZ

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
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 + 7
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
    from graph.errors import GraphParseError
    from graph.export import load_graph

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
    import graph.build

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    called = []
    monkeypatch.setattr(graph.build, "build_facts", lambda *a, **k: called.append(1))
    result = run("build", seed_path, "-o", blocker / "out.ttl")  # a file where a folder should be
    assert result.exit_code == 2 and "[K006]" in result.output, result.output
    assert not called  # refused before any article was read


# -- 7. size guard, a file holding several articles -------------------------------------------------------
def test_issue_13_size_guard(tmp_path, seed_path):
    result = run("build", seed_path, "-o", tmp_path / "g.ttl", "--max-size", "0.001")
    assert result.exit_code == 2 and "[K008]" in result.output and "--max-size" in result.output, result.output


def test_issue_13_text_after_the_footer_is_reported(tmp_path, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text(text + "\n\n" + text, encoding="utf-8")  # the first copy ends with "Бөлісу:"
    result = run("build", two, "-o", tmp_path / "g.ttl")
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "after the footer" in result.stderr


def test_issue_13_a_footer_alone_is_not_reported(tmp_path, seed_path):
    result = run("build", seed_path, "-o", tmp_path / "g.ttl")
    assert result.exit_code == 0 and "warning" not in result.stderr, result.output


# -- 8. a build where some files failed does not exit 0 ----------------------------------------------------
def test_issue_13_partial_failure_exit_code(tmp_path, seed_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_path, folder / "good.txt")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary" * 10)
    result = run("build", folder, "-o", tmp_path / "g.ttl")
    assert result.exit_code == 1, result.output
    assert result.output.count("bad.txt") == 1 and (tmp_path / "g.ttl").exists()


# -- 9. one language tag spelling (BCP 47) in every format ------------------------------------------------
@pytest.fixture(scope="module")
def seed_outputs(tmp_path_factory, seed_graph) -> dict[str, Path]:
    from graph.export import write_graph

    folder = tmp_path_factory.mktemp("seed-out")
    for suffix in FORMATS:
        write_graph(seed_graph, folder / f"g{suffix}")
    return {suffix: folder / f"g{suffix}" for suffix in FORMATS}


@pytest.mark.parametrize("suffix", FORMATS)
def test_issue_13_latin_tag_is_kk_Latn_everywhere(seed_outputs, suffix):
    out = seed_outputs[suffix]
    data = out.read_text(encoding="utf-8")
    assert "kk-Latn" in data and "kk-latn" not in data
    result = run("query", out, 'SELECT ?l WHERE { ?x rdfs:label ?l FILTER(lang(?l) = "kk-Latn") }', "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) - 1 >= 10


@pytest.mark.parametrize("tag, spelled", [("kk-latn", "kk-Latn"), ("KK-LATN", "kk-Latn"), ("en", "en"),
                                          ("en-us", "en-US"), ("sr-latn-rs", "sr-Latn-RS"), ("de-x-phonebk", "de-x-phonebk")])
def test_issue_13_bcp47_case(tag, spelled):
    from graph.export import bcp47_case

    assert bcp47_case(tag) == spelled


# -- 10. messages -----------------------------------------------------------------------------------------
def test_issue_13_turtle_error_shows_the_reason(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n', encoding="utf-8")
    result = run("info", bad)
    assert result.exit_code == 2
    assert "line 3" in result.output and "newline found in string literal" in result.output, result.output


def test_issue_13_sparql_error_counts_the_users_lines(seed_ttl):
    result = run("query", seed_ttl, "SELECT ?x\nWHERE { ?x ?y }")
    assert result.exit_code == 2
    assert re.search(r"line:\s*2\b", result.output), result.output  # not 2 + a hidden prefix block


def test_issue_13_write_error_names_the_users_file(tmp_path):
    from graph.atomic import atomic_write
    from graph.errors import OutputError

    target = tmp_path / "ro" / "g.ttl"
    target.parent.mkdir()
    target.parent.chmod(0o500)
    try:
        if os.access(target.parent, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(OutputError) as err:
            atomic_write(target, b"x")
        assert str(target) in str(err.value) and ".tmp" not in str(err.value) and err.value.code == "K006"
    finally:
        target.parent.chmod(0o700)


def test_issue_13_write_error_is_an_output_error(tmp_path, monkeypatch):
    import graph.atomic
    from graph.errors import OutputError

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / ".g.ttl.abc123.tmp"))

    monkeypatch.setattr(graph.atomic.tempfile, "mkstemp", full)
    with pytest.raises(OutputError) as err:
        graph.atomic.atomic_write(tmp_path / "g.ttl", b"x")
    assert "g.ttl: cannot write: No space left on device" in str(err.value) and ".tmp" not in str(err.value)


@pytest.mark.parametrize("command", ["info", "query"])
def test_issue_13_broken_pipe_ends_quietly(seed_ttl, command):
    """``kazkg info g.ttl | head -1``, made deterministic: the reader is gone before the first write."""
    read, write = os.pipe()
    os.close(read)
    args = [seed_ttl] if command == "info" else [seed_ttl, "SELECT * WHERE { ?s ?p ?o }"]
    try:
        result = subprocess.run(KAZKG + [command] + [str(a) for a in args], stdout=write, stderr=subprocess.PIPE, text=True,
                                cwd=ROOT, timeout=120)
    finally:
        os.close(write)
    assert result.stderr == "", result.stderr
    assert result.returncode == 141


def test_issue_13_utf16_is_named(tmp_path, seed_path):
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(seed_path.read_text(encoding="utf-8").encode("utf-16"))
    result = run("build", u16, "-o", tmp_path / "g.ttl")
    assert result.exit_code == 2 and "UTF-16" in result.output, result.output


def test_issue_13_one_article_is_singular(tmp_path, seed_path):
    result = run("build", seed_path, "-o", tmp_path / "g.ttl")
    assert "1 article," in result.output and "1 articles" not in result.output


# -- 11. identical input, identical bytes, whatever the hash seed ------------------------------------------
BUILD_ALL_FORMATS = """
import sys
from pathlib import Path
from graph.build import build_facts, to_rdf
from graph.export import write_graph
result = build_facts([Path(p) for p in sys.argv[2:]], jobs=1)
g = to_rdf(result.facts, result.records)
for suffix in {formats!r}:
    write_graph(g, Path(sys.argv[1] + suffix))
"""


def test_issue_13_output_bytes_do_not_depend_on_the_hash_seed(tmp_path, seed_path):
    script = BUILD_ALL_FORMATS.format(formats=FORMATS)
    inputs = [str(seed_path), str(ROOT / "bench" / "heldout" / "ho-01.txt")]
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path / seed)] + inputs, cwd=ROOT, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONHASHSEED": seed}, text=True) for seed in ("1", "2")]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    for suffix in FORMATS:
        assert (tmp_path / f"1{suffix}").read_bytes() == (tmp_path / f"2{suffix}").read_bytes(), suffix
