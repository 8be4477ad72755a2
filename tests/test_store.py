"""The persistent store: one named graph per article, incremental adds equal to a build from scratch,
unchanged files skipped, --sync, and the commands that read a store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kazkg.cli import main

# "Б. Жұмабеков" and "Жұмабеков" stay apart until an article names "Бауыржан Жұмабеков": then the first
# article's mentions must move to the full name's IRI (a rewrite), and back when that article goes.
A = """Әкім жиналыс өткізді

Қарағанды облысының әкімі Б. Жұмабеков Астанада жиналыс өткізді, деп хабарлайды Kazinform. Жұмабеков тапсырма берді.
"""
B = """Әкім жиналыс өткізді

Қарағанды облысының әкімі Бауыржан Жұмабеков бүгін жиналыс өткізді, деп хабарлайды Kazinform.
"""
C = """Тоқаев жарлыққа қол қойды

Мемлекет басшысы Қасым-Жомарт Тоқаев Білім және ғылым министрлігінің жұмысы туралы Жарлыққа қол қойды, деп хабарлайды Akorda.kz.
"""
FULL = "https://w3id.org/kazkg/id/person-bauyrjan-jumabekov"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _quads(path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def _same_as_scratch(tmp_path, src, store, step: int) -> list[str]:
    """Export the store and build ``src`` from scratch: the sorted N-Quads must be identical."""
    exported, scratch = tmp_path / f"store{step}.nq", tmp_path / f"scratch{step}.nq"
    assert run("export", store, "-o", exported).exit_code == 0
    result = run("build", src, "-o", scratch, "-j", "1")
    assert result.exit_code == 0, result.output
    assert _quads(exported) == _quads(scratch)
    return _quads(exported)


def test_store_grown_in_steps_equals_a_build_from_scratch(tmp_path):
    src, store = tmp_path / "src", tmp_path / "store"
    src.mkdir()
    (src / "a.txt").write_text(A, encoding="utf-8")
    assert run("build", src, "--store", store, "-j", "1").exit_code == 0
    alone = _same_as_scratch(tmp_path, src, store, 1)
    assert not any(FULL in q for q in alone)

    (src / "b.txt").write_text(B, encoding="utf-8")
    result = run("build", src, "--store", store, "-j", "1")
    assert result.exit_code == 0, result.output
    assert "1 added, 1 unchanged" in result.output and "1 rewritten" in result.output
    merged = _same_as_scratch(tmp_path, src, store, 2)
    a_graph = next(q.split()[-2] for q in merged if '"a.txt"' in q)
    assert any(q.startswith(f"<{FULL}> ") and q.endswith(f"{a_graph} .") and "hasMention" in q for q in merged)

    (src / "b.txt").unlink()
    (src / "c.txt").write_text(C, encoding="utf-8")
    (src / "a.txt").write_text(A.replace("жиналыс өткізді,", "кеңес өткізді,"), encoding="utf-8")
    result = run("build", src, "--store", store, "--sync", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "1 added" not in result.output and "2 added, 0 unchanged, 1 removed" in result.output
    final = _same_as_scratch(tmp_path, src, store, 3)
    assert not any(FULL in q for q in final)


def test_store_skips_unchanged_files(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "c.txt").write_text(C, encoding="utf-8")
    first = run("build", src, "--store", tmp_path / "store", "-j", "1")
    again = run("build", src, "--store", tmp_path / "store", "-j", "1")
    assert again.exit_code == 0, again.output
    assert "0 added, 1 unchanged" in again.output
    assert first.output.split("; ")[1] == again.output.split("; ")[1]


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_store_file_has_one_named_graph_per_article(tmp_path, suffix):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"g{suffix}"
    assert run("build", src, "-o", out, "-j", "1").exit_code == 0
    quads = list(ox.parse(path=str(out)))
    articles = {q.subject for q in quads if q.object == ox.NamedNode("https://w3id.org/kazkg/ontology#NewsArticle")}
    assert len(articles) == 3
    kato = ox.NamedNode("https://w3id.org/kazkg/source/kato")  # reference data about the places named
    assert {q.graph_name for q in quads} == articles | {ox.DefaultGraph(), kato}
    in_article = {q.subject: q.object for q in quads if q.predicate.value.endswith("#inArticle")}
    for q in quads:
        if q.predicate.value.endswith("#hasMention"):
            assert in_article[q.object] == q.graph_name  # a mention sits in the graph of its article
    default = [q for q in quads if q.graph_name == ox.DefaultGraph()]
    assert default and not any(q.predicate.value.endswith(("#hasMention", "#inArticle")) for q in default)


def test_store_query_and_info_read_a_store(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "c.txt").write_text(C, encoding="utf-8")
    assert run("build", src, "--store", tmp_path / "store").exit_code == 0
    result = run("query", tmp_path / "store", "SELECT ?l WHERE { ?p a kz:Person ; rdfs:label ?l ; kz:hasMention ?m }",
                 "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "Қасым-Жомарт Тоқаев" in result.output
    info = run("info", tmp_path / "store")
    assert info.exit_code == 0 and "articles\t1" in info.output and "kz:Person\t1" in info.output


@pytest.mark.parametrize("args", [("export", "{tmp}", "-o", "{tmp}/x.ttl"), ("query", "{tmp}", "ASK {{ ?s ?p ?o }}"), ("info", "{tmp}")])
def test_store_not_a_store_is_one_line(tmp_path, args):
    result = run(*[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.output.startswith("kazkg: [K001]") and len(result.output.strip().splitlines()) == 1


def test_store_same_text_in_two_files_is_one_article(tmp_path):
    src, store = tmp_path / "src", tmp_path / "store"
    src.mkdir()
    (src / "c.txt").write_text(C, encoding="utf-8")
    (src / "copy.txt").write_text(C, encoding="utf-8")
    assert run("build", src, "--store", store, "-j", "1").exit_code == 0
    names = run("query", store, "SELECT ?f WHERE { ?a kz:sourceFile ?f } ORDER BY ?f", "--format", "csv")
    assert names.output.split() == ["f", "c.txt", "copy.txt"]
    (src / "copy.txt").unlink()
    result = run("build", src, "--store", store, "--sync", "-j", "1")
    assert "1 removed" in result.output and "; 1 article," in result.output  # singular since issue 13
    names = run("query", store, "SELECT ?f WHERE { ?a kz:sourceFile ?f }", "--format", "csv")
    assert names.output.split() == ["f", "c.txt"]
