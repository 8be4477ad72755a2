"""The kazkg command as a user runs it: success paths, and bad input as one line and an exit code."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kazkg.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("cli") / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(seed_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_build_default_is_the_seed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("build", "-o", "seed.ttl")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "seed.ttl").stat().st_size > 1000
    assert "triples" in result.output


def test_cli_validate_conforms(built):
    result = run("validate", built)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_validate_reports_violations(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix kz: <https://w3id.org/kazkg/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <urn:x:m> a kz:Mention ; kz:beginIndex 10 ; kz:endIndex 3 .""", encoding="utf-8")
    result = run("validate", bad)
    assert result.exit_code == 1
    assert "SHACL violation" in result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_query_formats(built, fmt):
    result = run("query", built, "SELECT ?l WHERE { ?p a kz:Person ; rdfs:label ?l . FILTER(lang(?l)='kk') }", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "Қасым-Жомарт Тоқаев" in result.output
    if fmt == "json":
        assert json.loads(result.output) == [{"l": "Қасым-Жомарт Тоқаев"}]


def test_cli_query_named_and_file(built, tmp_path):
    assert "Тоқаев" in run("query", built, "approvals").output
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?x a kz:Decree }", encoding="utf-8")
    result = run("query", built, q)
    assert result.exit_code == 0 and result.output.strip() == "true"


def test_cli_draw_and_info(built, tmp_path):
    html = tmp_path / "g.html"
    result = run("draw", built, "-o", html)
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "kazkg-legend" in page and "Person" in page
    assert "Қасым-Жомарт Тоқаев" in page or "Қасым-Жомарт Тоқаев".encode("ascii", "backslashreplace").decode() in page
    assert 'src="http' not in page and 'href="http' not in page
    info = run("info", built)
    assert info.exit_code == 0 and "kz:Person\t1" in info.output


def test_cli_extractors_lists_registry():
    from kazkg.graph.extractors import EXTRACTORS

    from kazkg.graph.extractors import pipeline

    result = run("extractors")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split("\t")[0] for line in lines if "\tpass, edits:" not in line] == list(EXTRACTORS)
    # passes are listed where they run: the whole listing is the pipeline's order
    assert [line.split("\t")[0] for line in lines] == [s.name for s in pipeline()]


# -- bad input: one line on stderr, exit 2, no traceback, nothing half-written ---------------------
def _bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "cp1251.txt"
    latin.write_bytes("Президент жарлыққа қол қойды".encode("cp1251", errors="replace") + b"\xff\xfe")
    return {"missing": tmp_path / "nope.txt", "empty": empty, "binary": binary, "encoding": latin}


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "encoding"])
def test_cli_build_bad_input(tmp_path, kind):
    path = _bad_files(tmp_path)[kind]
    out = tmp_path / "out.ttl"
    out.write_text("previous", encoding="utf-8")
    result = run("build", path, "-o", out)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kazkg: [K0"), result.output
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.ttl")] == []


def test_cli_query_malformed_sparql(built):
    result = run("query", built, "SELECT ?x WHERE { ?x ?y }")
    assert result.exit_code == 2
    assert result.output.startswith("kazkg: [K003] malformed SPARQL") and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("content", ["@prefix x: <urn:x#> . x:a x:b", "not rdf at all {{{"])
def test_cli_graph_that_does_not_parse(tmp_path, content):
    g = tmp_path / "broken.ttl"
    g.write_text(content, encoding="utf-8")
    for cmd in (["validate", g], ["info", g], ["query", g, "ASK {}"], ["draw", g, "-o", tmp_path / "x.html"]):
        result = run(*cmd)
        assert result.exit_code == 2, (cmd, result.output)
        assert "[K002]" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()


def test_cli_unknown_output_format(tmp_path, seed_path):
    result = run("build", seed_path, "-o", tmp_path / "g.xyz")
    assert result.exit_code == 2 and "[K004]" in result.output
