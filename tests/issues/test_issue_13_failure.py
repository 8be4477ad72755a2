"""Issue 13, points 7-11: size guard and several articles in a file, the exit code of a partly failed
build, BCP 47 language tags, messages, and output bytes independent of the hash seed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from issue_helpers import FORMATS, KAZKG, ROOT, run, write_all_formats


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
    return write_all_formats(seed_graph, tmp_path_factory.mktemp("seed-out"))


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
    from kazkg.graph.export import bcp47_case

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
    from kazkg.graph.atomic import atomic_write
    from kazkg.graph.errors import OutputError

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
    import kazkg.graph.atomic
    from kazkg.graph.errors import OutputError

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / ".g.ttl.abc123.tmp"))

    monkeypatch.setattr(kazkg.graph.atomic.tempfile, "mkstemp", full)
    with pytest.raises(OutputError) as err:
        kazkg.graph.atomic.atomic_write(tmp_path / "g.ttl", b"x")
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
from kazkg.graph.build import build_facts, to_rdf
from kazkg.graph.export import write_graph
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
