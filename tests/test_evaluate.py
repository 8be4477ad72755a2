"""kazkg.graph.evaluate: graph -> gold records, scoring rules, gold loading and the ``kazkg evaluate`` command.

Graphs are hand-written Turtle following notes/graph-model.md; nothing here builds a graph with the
pipeline or reads ../shared.
"""

from __future__ import annotations

import copy
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kazkg.graph.errors import InputError
from kazkg.graph.evaluate import evaluate_dir, graph_to_records, load_gold, normalise, score

TTL = """
@prefix kz: <https://w3id.org/kazkg/ontology#> .
@prefix res: <https://w3id.org/kazkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

res:article-1 a kz:NewsArticle ; kz:headline "Президент ҚХА-ның жаңа тұжырымдамасын бекітті"@kk ;
    kz:datePublished "2022-09-22T17:44:00"^^xsd:dateTime ; kz:viewCount 923 ; kz:citesSource res:publisher-el-kz .
res:publisher-el-kz a kz:Publisher, kz:Organization ; rdfs:label "El.kz"@kk .
res:person-toqaev a kz:Person ; rdfs:label "Qasym-Jomart Toqaev"@kk-Latn ; rdfs:label "Қасым-Жомарт Тоқаев"@kk ;
    skos:prefLabel "Қасым-Жомарт Тоқаев"@kk ; kz:hasMention res:m-1-10-31 ; kz:holdsPosition res:position-president .
res:m-1-10-31 a kz:Mention ; kz:mentionOf res:person-toqaev ; kz:beginIndex 10 ; kz:endIndex 31 ;
    kz:anchorOf "Қасым-Жомарт Тоқаевтың" .
res:position-president a kz:Position ; skos:prefLabel "Президент"@kk .
res:act-1 a kz:Decree ; skos:prefLabel "Жарлық"@kk ; kz:issuedBy res:person-toqaev ;
    kz:dateOfIssue "2022-09-15"^^xsd:date ; kz:approves res:doc-1 .
res:doc-1 a kz:Concept ; skos:prefLabel "Қазақстан халқы Ассамблеясының 2022-2026 жылдарға арналған даму тұжырымдамасы"@kk ;
    kz:validFrom "2022"^^xsd:gYear ; kz:validUntil "2026"^^xsd:gYear ; kz:concerns res:org-apk ;
    kz:hasExpectedResult res:result-1 .
res:org-apk a kz:Organization ; skos:prefLabel "Қазақстан халқы Ассамблеясы"@kk ; kz:acronym "ҚХА"@kk ;
    kz:hasRole res:role-1 .
res:role-1 a kz:Role ; skos:prefLabel "Ассамблея қоғамның бірлігіне ықпал етеді"@kk .
res:result-1 a kz:ExpectedResult ; skos:prefLabel "Қоғамдық келісім нығаяды деп күтілуде"@kk .
res:approval-1 a kz:Approval ; kz:agent res:person-toqaev ; kz:instrument res:act-1 ; kz:approves res:doc-1 ;
    kz:eventDate "2022-09-15"^^xsd:date .
res:signing-1 a kz:Signing ; kz:agent res:person-toqaev ; kz:eventObject res:act-1 .
res:person-uali a kz:Person ; skos:prefLabel "Берік Уәли"@kk .
res:position-akim a kz:Position ; skos:prefLabel "Абай облысының әкімі"@kk .
res:appointment-1 a kz:Appointment ; kz:eventObject res:person-uali ; kz:eventPosition res:position-akim ;
    kz:agent res:position-president .
res:place-kz a kz:Place ; skos:prefLabel "Қазақстан"@kk .
res:session-1 a kz:Event ; skos:prefLabel "Парламенттің бірінші сессиясы"@kk ; kz:eventPlace res:place-astana ;
    kz:eventDate "--03-29"^^xsd:gMonthDay .
res:place-astana a kz:Place ; skos:prefLabel "Астана"@kk .
"""


@pytest.fixture(scope="module")
def records() -> dict:
    return graph_to_records(Graph().parse(data=TTL, format="turtle"))


RES = "https://w3id.org/kazkg/id/"


def _short(node_id: str) -> str:
    return node_id[len(RES):] if node_id.startswith(RES) else node_id


def _ents(records: dict) -> dict[str, tuple[str, str]]:
    return {_short(e["id"]): (e["type"], e["label"]) for e in records["entities"]}


def _rels(records: dict) -> set[tuple[str, str, str]]:
    return {(_short(r["subject"]), r["predicate"], _short(r["object"])) for r in records["relations"]}


@pytest.mark.parametrize(
    "node, type_, label",
    [
        ("person-toqaev", "Person", "Қасым-Жомарт Тоқаев"),  # @kk label, not the kk-Latn one
        ("act-1", "LegalAct", "Жарлық"),  # kz:Decree
        ("doc-1", "PolicyDocument", "Қазақстан халқы Ассамблеясының 2022-2026 жылдарға арналған даму тұжырымдамасы"),
        ("publisher-el-kz", "Publisher", "El.kz"),  # Publisher wins over Organization
        ("role-1", "Goal", "Ассамблея қоғамның бірлігіне ықпал етеді"),
        ("result-1", "Goal", "Қоғамдық келісім нығаяды деп күтілуде"),
        ("session-1", "Event", "Парламенттің бірінші сессиясы"),
        ("date:2022-09-15", "Date", "2022-09-15"),
        ("date:2022-09-22", "Date", "2022-09-22"),  # from the article's dateTime
        ("date:--03-29", "Date", "--03-29"),  # from an event date
        ("period:2022/2026", "Period", "2022/2026"),
    ],
)
def test_evaluate_graph_to_records_entities(records, node, type_, label):
    assert _ents(records)[node] == (type_, label)


@pytest.mark.parametrize("node", ["article-1", "approval-1", "signing-1", "appointment-1", "m-1-10-31"])
def test_evaluate_graph_to_records_skips_articles_events_mentions(records, node):
    assert node not in _ents(records)


def test_evaluate_graph_to_records_mentions(records):
    toqaev = next(e for e in records["entities"] if _short(e["id"]) == "person-toqaev")
    assert toqaev["mentions"] == ["Қасым-Жомарт Тоқаевтың"]


@pytest.mark.parametrize(
    "relation",
    [
        ("person-toqaev", "holdsPosition", "position-president"),
        ("act-1", "issuedBy", "person-toqaev"),
        ("act-1", "dateOfIssue", "date:2022-09-15"),
        ("act-1", "approved", "doc-1"),  # LegalAct kz:approves
        ("person-toqaev", "approved", "doc-1"),  # agent of the Approval (and issuer of the act)
        ("person-toqaev", "signed", "act-1"),
        ("doc-1", "validDuring", "period:2022/2026"),
        ("doc-1", "concerns", "org-apk"),
        ("doc-1", "hasGoal", "result-1"),  # hasExpectedResult
        ("org-apk", "hasGoal", "role-1"),  # hasRole
        ("person-uali", "appointedTo", "position-akim"),
        ("person-uali", "appointedBy", "position-president"),
        ("session-1", "locatedIn", "place-astana"),
        ("article", "publishedBy", "publisher-el-kz"),
        ("article", "datePublished", "date:2022-09-22"),
    ],
)
def test_evaluate_graph_to_records_relations(records, relation):
    assert relation in _rels(records)


def test_evaluate_graph_to_records_only_gold_predicates(records):
    from kazkg.graph.evaluate import PREDICATES

    assert {p for _, p, _ in _rels(records)} <= set(PREDICATES)
    assert len(records["relations"]) == len(_rels(records)) == 15


# -- score ---------------------------------------------------------------------------------------
GOLD = {
    "entities": [
        {"id": "p", "type": "Person", "label": "Қасым-Жомарт Тоқаев", "mentions": ["Тоқаевтың"]},
        {"id": "pos", "type": "Position", "label": "Президент", "mentions": ["Мемлекет басшысы"]},
        {"id": "org", "type": "Organization", "label": "Қазақстан халқы Ассамблеясы",
         "mentions": ["Қазақстан халқы Ассамблеясының", "ҚХА"]},
        {"id": "a1", "type": "LegalAct", "label": "Жарлық", "mentions": ["Жарлығымен"]},
        {"id": "a2", "type": "LegalAct", "label": "Жарлық", "mentions": ["№ 285 Жарлығымен"]},
        {"id": "d1", "type": "Date", "label": "2020-03-15", "mentions": []},
        {"id": "d2", "type": "Date", "label": "--03-01", "mentions": []},
        {"id": "g", "type": "Goal", "label": "Тұжырымдама қоғамда бейбітшілік пен келісімді қамтамасыз етуге арналған",
         "mentions": []},
    ],
    "relations": [
        {"subject": "p", "predicate": "holdsPosition", "object": "pos"},
        {"subject": "a1", "predicate": "issuedBy", "object": "p"},
        {"subject": "a2", "predicate": "issuedBy", "object": "p"},
        {"subject": "a2", "predicate": "dateOfIssue", "object": "d1"},
        {"subject": "a1", "predicate": "dateOfIssue", "object": "d2"},
        {"subject": "article", "predicate": "publishedBy", "object": "org"},
    ],
}


def _pred() -> dict:
    """GOLD renamed (ids changed), i.e. a perfect prediction."""
    pred = copy.deepcopy(GOLD)
    for e in pred["entities"]:
        e["id"] = "x-" + e["id"]
    for r in pred["relations"]:
        for k in ("subject", "object"):
            if r[k] != "article":
                r[k] = "x-" + r[k]
    return pred


def test_evaluate_score_perfect():
    s = score(_pred(), GOLD)
    assert (s.entities.f1, s.relations.f1) == (1.0, 1.0)
    assert s.missed == s.spurious == []


def test_evaluate_score_missing_relation_lowers_recall():
    pred = _pred()
    pred["relations"].pop(0)
    s = score(pred, GOLD)
    assert s.relations.precision == 1.0 and s.relations.recall == pytest.approx(5 / 6)
    assert s.by_predicate["holdsPosition"].fn == 1
    assert s.entities.f1 == 1.0


def test_evaluate_score_extra_entity_lowers_precision():
    pred = _pred()
    pred["entities"].append({"id": "x-extra", "type": "Place", "label": "Астана", "mentions": []})
    s = score(pred, GOLD)
    assert s.entities.recall == 1.0 and s.entities.precision == pytest.approx(8 / 9)
    assert s.by_type["Place"].fp == 1


@pytest.mark.parametrize(
    "type_, label, gold_id",
    [
        ("Person", "Тоқаевтың", "p"),  # another case form, listed in the mentions
        ("Position", "мемлекет  басшысы", "pos"),  # case and whitespace folded
        ("Organization", "«ҚХА»", "org"),  # quotes stripped
        ("Date", "2025-03-01", "d2"),  # gold --MM-DD: the year came from elsewhere
        ("Goal", "Тұжырымдама қоғамда бейбітшілік пен келісімді қамтамасыз етуге бағытталған", "g"),  # overlap
        ("LegalAct", "1995 жылғы 1 наурыздағы Жарлық", "a1"),  # an act labelled with modifiers + type noun
        ("LegalAct", "Президенттің Жарлығы", "a1"),  # the type noun heading a compound name, possessive
    ],
)
def test_evaluate_score_label_variants_match(type_, label, gold_id):
    pred = {"entities": [{"id": "x", "type": type_, "label": label, "mentions": []}], "relations": []}
    gold = {"entities": [e for e in GOLD["entities"] if e["id"] == gold_id], "relations": []}
    assert score(pred, gold).entities.tp == 1


@pytest.mark.parametrize(
    "type_, label",
    [
        ("Place", "Қасым-Жомарт Тоқаев"),  # right label, wrong type
        ("Person", "Нұрсұлтан Назарбаев"),
        ("Date", "2020-03-16"),
        ("Goal", "Қоғамдық келісім нығаяды"),  # too little overlap
        ("LegalAct", "Жарлықтың жобасы"),  # ends in another noun
    ],
)
def test_evaluate_score_non_matches(type_, label):
    pred = {"entities": [{"id": "x", "type": type_, "label": label, "mentions": []}], "relations": []}
    assert score(pred, GOLD).entities.tp == 0


def test_evaluate_score_one_to_one():
    pred = {"entities": [{"id": f"x{i}", "type": "Person", "label": "Қасым-Жомарт Тоқаев", "mentions": []}
                         for i in range(2)], "relations": []}
    s = score(pred, GOLD)
    assert (s.entities.tp, s.entities.fp) == (1, 1)


def test_evaluate_score_same_label_told_apart_by_relations():
    # Two predicted decrees both labelled Жарлық: the one dated 2020-03-15 must take gold a2.
    pred = {
        "entities": [
            {"id": "x1", "type": "LegalAct", "label": "Жарлық", "mentions": []},
            {"id": "x2", "type": "LegalAct", "label": "Жарлық", "mentions": []},
            {"id": "xd", "type": "Date", "label": "2020-03-15", "mentions": []},
        ],
        "relations": [{"subject": "x1", "predicate": "dateOfIssue", "object": "xd"}],
    }
    assert score(pred, GOLD).relations.tp == 1


def test_evaluate_score_micro_average_adds_counts():
    a, b = score(_pred(), GOLD), score({"entities": [], "relations": []}, GOLD)
    total = a + b
    assert total.entities.tp == 8 and total.entities.fn == 8
    assert total.entities.recall == 0.5 and total.by_type["LegalAct"].fn == 2


@pytest.mark.parametrize("text, expected", [("«Адырна»", "адырна"), ("Қасым-Жомарт  ТОҚАЕВ", "қасым жомарт тоқаев")])
def test_evaluate_normalise(text, expected):
    assert normalise(text) == expected


# -- gold files, corpus runs, CLI ------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"relations": []}',
        '{"entities": [{"id": "a", "type": "Thing", "label": "x"}]}',
        '{"entities": [], "relations": [{"subject": "a", "predicate": "approved", "object": "b"}]}',
        '{"entities": [{"id": "a", "type": "Person", "label": "x"}], '
        '"relations": [{"subject": "a", "predicate": "likes", "object": "a"}]}',
    ],
)
def test_evaluate_load_gold_rejects_malformed(tmp_path, content):
    p = tmp_path / "x.gold.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        load_gold(p)


def _corpus(tmp_path):
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    text_dir.mkdir()
    gold = {"entities": [{"id": "p", "type": "Person", "label": "Қасым-Жомарт Тоқаев", "mentions": []},
                         {"id": "pos", "type": "Position", "label": "Президент", "mentions": []}],
            "relations": [{"subject": "p", "predicate": "holdsPosition", "object": "pos"}]}
    (gold_dir / "a1.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (text_dir / "a1.txt").write_text("url: x\n---\nМемлекет басшысы Қасым-Жомарт Тоқаев.\n", encoding="utf-8")
    return gold_dir, text_dir


def test_evaluate_dir_with_a_given_builder(tmp_path):
    gold_dir, text_dir = _corpus(tmp_path)
    seen = []

    def build(paths):
        seen.extend(paths)
        return Graph().parse(data=TTL, format="turtle")

    report = evaluate_dir(gold_dir, text_dir, build=build)
    assert [p.name for p in seen] == ["a1.txt"]
    total = report.total
    assert (total.entities.tp, total.entities.fn) == (2, 0) and total.relations.tp == 1
    assert "micro-average" in report.to_text()
    assert report.as_dict()["micro"]["relations"]["recall"] == 1.0


def test_evaluate_dir_build_failure_scored_as_empty(tmp_path):
    gold_dir, text_dir = _corpus(tmp_path)

    def build(paths):
        raise ValueError("boom")

    report = evaluate_dir(gold_dir, text_dir, build=build)
    assert report.articles[0].error == "ValueError: boom"
    assert report.total.entities.recall == 0.0


@pytest.mark.parametrize("case", ["missing_dir", "malformed_gold", "missing_text"])
def test_evaluate_cli_bad_input_one_line_exit_2(tmp_path, case):
    from kazkg.cli import main

    gold_dir, text_dir = _corpus(tmp_path)
    args = ["evaluate", str(gold_dir), "--texts", str(text_dir)]
    if case == "missing_dir":
        args[1] = str(tmp_path / "nope")
    elif case == "malformed_gold":
        (gold_dir / "a1.gold.json").write_text('{"entities": [', encoding="utf-8")
    else:
        args = ["evaluate", str(gold_dir)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_evaluate_score_gold_label_among_the_other_names():
    gold = {"entities": [{"id": "c", "type": "Organization", "label": "Ғылым және жоғары білім министрлігі Ғылым комитеті",
                          "mentions": []}], "relations": []}
    named = {"id": "x", "type": "Organization", "label": "Ғылым комитеті", "mentions": [],
             "alt": ["Ғылым және жоғары білім министрлігі Ғылым комитеті"]}
    assert score({"entities": [named], "relations": []}, gold).entities.tp == 1
    act = {"id": "a", "type": "LegalAct", "label": "2020 жылғы Жарлық", "mentions": [], "alt": ["Қаулы"]}
    gold_act = {"entities": [{"id": "q", "type": "LegalAct", "label": "Қаулы", "mentions": []}], "relations": []}
    assert score({"entities": [act], "relations": []}, gold_act).entities.tp == 0  # acts: not by other names


def test_part_of_gives_the_unit_its_full_name_as_another_label():
    from kazkg.graph.article import parse_article
    from kazkg.graph.build import extract_article

    facts, _ = extract_article(parse_article("Жаңалық\n\nОл Ғылым және жоғары білім министрлігі Ғылым комитетінің "
                                             "төрағасы болып тағайындалды."))
    [unit] = [o for o in facts.of_type("Organization") if o.label == "Ғылым комитеті"]
    assert "Ғылым және жоғары білім министрлігі Ғылым комитеті" in unit.alt_labels


def test_links_score_ignores_predicate_and_direction():
    """The second relation score asks only whether the two ends are linked."""
    gold = {"entities": [{"id": "a", "type": "Person", "label": "Асқар Мамин", "mentions": []},
                         {"id": "b", "type": "Position", "label": "Премьер-министр", "mentions": []},
                         {"id": "c", "type": "Place", "label": "Астана", "mentions": []}],
            "relations": [{"subject": "a", "predicate": "holdsPosition", "object": "b"},
                          {"subject": "a", "predicate": "locatedIn", "object": "c"}]}
    pred = {"entities": [dict(e, id="p" + e["id"]) for e in gold["entities"]],
            "relations": [{"subject": "pb", "predicate": "memberOf", "object": "pa"}]}  # wrong name, reversed
    sc = score(pred, gold)
    assert (sc.relations.tp, sc.relations.fp, sc.relations.fn) == (0, 1, 2)
    assert (sc.links.tp, sc.links.fp, sc.links.fn) == (1, 0, 1)
