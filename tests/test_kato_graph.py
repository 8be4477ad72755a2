"""KATO reference facts in their own named graph (issue 12, point 5): a build puts what the classifier
says about the places the articles name into <https://w3id.org/kazkg/source/kato>, with its source
described in the default graph, so SPARQL tells reference data from what an article says."""

from __future__ import annotations

import pyoxigraph as ox
from click.testing import CliRunner

from kazkg.cli import main

DISTRICT = """Аудан әкімі жиналыс өткізді

Аягөз ауданының әкімі Серік Бекбосынов бүгін ауыл шаруашылығы мәселелері бойынша жиналыс өткізді.
"""
REGION = """Облыс әкімі сапармен барды

Қарағанды облысының әкімі Ермағанбет Бөлекпаев Теміртау қаласына жұмыс сапарымен барды.
"""
KATO = "https://w3id.org/kazkg/source/kato"
PREFIXES = f"""PREFIX kz: <https://w3id.org/kazkg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kato: <{KATO}>
PREFIX kind: <{KATO}#>
"""


def _built(tmp_path, texts: dict[str, str], suffix: str = ".trig") -> ox.Store:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"g{suffix}"
    result = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    store = ox.Store()
    store.load(path=str(out))
    return store


def _rows(store: ox.Store, query: str) -> list[tuple]:
    return [tuple(getattr(v, "value", None) for v in row) for row in store.query(PREFIXES + query)]


def test_kato_facts_sit_in_their_own_graph_beside_the_articles(tmp_path):
    store = _built(tmp_path, {"d.txt": DISTRICT, "r.txt": REGION})
    named = _rows(store, "SELECT ?l WHERE { GRAPH ?a { ?d kz:hasMention ?m } "
                         "GRAPH kato: { ?d dct:type kind:district ; kz:locatedIn ?r . ?r skos:prefLabel ?l } }")
    assert named == [("Абай облысы",)]  # the district an article names lies, says KATO, in Абай облысы
    codes = _rows(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p dct:identifier ?code } }")
    assert codes == [(KATO,)]  # KATO codes are in the KATO graph only, never in an article's
    mentions = _rows(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p kz:hasMention ?m } }")
    assert len(mentions) == 2 and (KATO,) not in mentions  # what the articles say stays in theirs
    source = _rows(store, "SELECT ?lic WHERE { kato: dct:hasVersion ?v ; dct:license ?lic }")
    assert source == [("https://opensource.org/licenses/MIT",)]  # its source, described in the default graph
    assert not store.query(PREFIXES + "ASK { GRAPH ?g { kato: dct:hasVersion ?v } }")
    region = "https://w3id.org/kazkg/id/place-abai-oblysy"  # no article names it: KATO alone describes it
    assert not store.query(f"ASK {{ <{region}> ?p ?o }}")
    assert store.query(PREFIXES + f"ASK {{ GRAPH kato: {{ <{region}> skos:prefLabel 'Абай облысы'@kk }} }}")


def test_the_kato_graph_follows_the_articles(tmp_path):
    """Only places some article names are in it; with none left, neither the graph nor its source's description."""
    src, store = tmp_path / "src", tmp_path / "store"
    src.mkdir()
    (src / "d.txt").write_text(DISTRICT, encoding="utf-8")
    (src / "r.txt").write_text(REGION, encoding="utf-8")
    out = tmp_path / "after.nq"

    def build_and_export() -> ox.Store:
        assert CliRunner().invoke(main, ["build", str(src), "--store", str(store), "--sync", "-j", "1"]).exit_code == 0
        assert CliRunner().invoke(main, ["export", str(store), "-o", str(out)]).exit_code == 0
        exported = ox.Store()
        exported.load(path=str(out))
        return exported

    def kato_labels(exported: ox.Store) -> set[str]:
        return {r[0] for r in _rows(exported, "SELECT ?l WHERE { GRAPH kato: { ?p skos:prefLabel ?l } }")}

    assert "Абай облысы" in kato_labels(build_and_export())
    (src / "d.txt").unlink()
    left = kato_labels(build_and_export())
    assert "Абай облысы" not in left and "облыс" in left  # the district's region went with it
    (src / "r.txt").unlink()
    (src / "x.txt").write_text("Жаңалық\n\nБүгін ауа райы жылы болды.\n", encoding="utf-8")
    build_and_export()
    assert KATO not in out.read_text(encoding="utf-8")
