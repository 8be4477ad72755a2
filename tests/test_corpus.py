"""Corpus builds: HTML pages, entity merging across articles, a broken file among good ones, determinism."""

from __future__ import annotations

from click.testing import CliRunner

from kazkg.cli import main
from kazkg.graph.build import build_facts, build_graph
from kazkg.graph.query import run

ONE = """Тоқаев жарлыққа қол қойды

Мемлекет басшысы Қасым-Жомарт Тоқаев Білім және ғылым министрлігінің жұмысы туралы Жарлыққа қол қойды, деп хабарлайды Akorda.kz.
"""
TWO = """Министрлер кеңесі өтті

Бүгін Қ.-Ж. Тоқаев Астанада Үкімет отырысын өткізді. Тоқаев министрлерге тапсырма берді.
"""
HTML = """<html><head><title>Назарбаев Астанаға келді</title></head><body><nav>Басты бет | Жаңалықтар</nav>
<article><h1>Назарбаев Астанаға келді</h1><p>Елбасы Нұрсұлтан Назарбаев бүгін Астанаға келді, деп хабарлайды Kazinform.</p>
<p>Ол Қазақстан халқы Ассамблеясының сессиясына қатысты.</p></article><footer>Бөлісу: facebook</footer></body></html>"""


def _corpus(tmp_path, broken=False):
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "three.html").write_text(HTML, encoding="utf-8")
    if broken:
        (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02\x03binary")
    return tmp_path


def test_corpus_merges_one_person_across_articles(tmp_path):
    g = build_graph([_corpus(tmp_path)])
    rows = list(run(g, """SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?p a kz:Person ; kz:hasMention ?m .
        ?m kz:inArticle ?a . ?p rdfs:label ?l . FILTER(CONTAINS(?l, "Тоқаев")) } GROUP BY ?p"""))
    assert len(rows) == 1 and int(rows[0][1]) == 2
    surfaces = {str(r[0]) for r in run(g, """SELECT ?s WHERE { ?p a kz:Person ; rdfs:label "Қасым-Жомарт Тоқаев"@kk ;
        kz:hasMention ?m . ?m kz:anchorOf ?s }""")}
    assert {"Қасым-Жомарт Тоқаев", "Тоқаев"} <= surfaces and any(s.startswith("Қ.") for s in surfaces)


def test_corpus_reads_html(tmp_path):
    g = build_graph([_corpus(tmp_path)])
    assert run(g, """ASK { ?a a kz:NewsArticle ; kz:sourceFile "three.html" ; kz:headline "Назарбаев Астанаға келді"@kk .
        ?o a kz:Organization ; rdfs:label "Қазақстан халқы Ассамблеясы"@kk }""").askAnswer
    assert not run(g, 'ASK { ?m kz:anchorOf ?s . FILTER(CONTAINS(?s, "Басты бет")) }').askAnswer


def test_corpus_broken_file_among_good_ones(tmp_path):
    folder = _corpus(tmp_path / "in" if (tmp_path / "in").mkdir() is None else tmp_path, broken=True)
    result = build_facts([folder])
    assert [f.split("/")[-1] for f, _ in result.failures] == ["broken.txt"]
    assert "binary" in result.failures[0][1]
    assert len(result.records) == 3
    out = tmp_path / "g.ttl"
    cli = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "-j", "2"])
    assert cli.exit_code == 1, cli.output  # issue 13: a build where a file failed does not exit 0
    assert cli.output.count("broken.txt") == 1, cli.output  # named once
    assert "3 articles" in cli.output and "1 failure" in cli.output and "[K011]" in cli.output
    assert out.exists()


def test_corpus_rebuild_is_identical(tmp_path):
    folder = _corpus(tmp_path)
    one = sorted(build_graph([folder], jobs=2).serialize(format="nt").splitlines())
    two = sorted(build_graph([folder], jobs=1).serialize(format="nt").splitlines())
    assert one == two
