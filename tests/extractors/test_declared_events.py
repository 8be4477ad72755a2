"""Declared events (graph/events.py, run by graph/extractors/declared_events.py): a new event type is
one declaration, and the engine reads its roles. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kazkg.graph import terms
from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article
from kazkg.graph.events import EVENTS
from kazkg.graph.facts import Value
from kazkg.graph.vocab import KZ
from kazkg.ontology import load_ontology, load_shapes


def run(body: str):
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return facts


def labels(facts, subject, predicate):
    return [o.lexical if isinstance(o, Value) else facts.entities[o].label for o in facts.objects(subject, predicate)]


@pytest.mark.parametrize("body, person, post, date", [
    ("Ақмола облысының әкімі Ерлан Нұрланов 2023 жылғы 5 мамырда отставкаға кетті.",
     "Ерлан Нұрланов", "Ақмола облысының әкімі", "2023-05-05"),
    ("Денсаулық сақтау министрі Айгүл Сәрсенова өз еркімен министр қызметінен кетті.",
     "Айгүл Сәрсенова", "Денсаулық сақтау министрі", None),
], ids=["retired-to-resignation", "left-the-post"])
def test_resignation(body, person, post, date):
    facts = run(body)
    [ev] = facts.of_type("Resignation")
    assert labels(facts, ev.key, "eventObject") == [person]
    assert labels(facts, ev.key, "eventPosition") == [post]
    who = facts.objects(ev.key, "eventObject")[0]
    assert labels(facts, who, "resignedFrom") == [post]
    assert labels(facts, ev.key, "eventDate") == ([date] if date else [])
    assert not facts.objects(ev.key, "agent")  # one resigns by oneself


@pytest.mark.parametrize("body", [
    "Делегация бүгін Астанадан іссапарға шықты.",  # "шықты" with no post slot: a trip, not a resignation
    "Асқар Жұмабаев жұмыстан кетті деген ақпарат жалған.",  # no post word before the verb
    "«Министр отставкаға кетті» деген тақырыпты қарады.",  # inside a quotation
], ids=["trip", "no-slot", "quoted"])
def test_no_resignation_without_its_shape(body):
    assert not run(body).of_type("Resignation")


def test_every_declared_event_is_an_ontology_event_with_a_shape():
    shapes = load_shapes()
    targets = {str(o) for o in shapes.objects(None, None)}
    for shape in EVENTS:
        assert shape.cls in terms.event_classes(), shape.cls
        assert str(KZ[shape.cls]) in targets, f"no SHACL target for {shape.cls}"
        if shape.person_to_post:
            assert terms.is_term(shape.person_to_post)
    assert (KZ.Resignation, None, None) in load_ontology()


def test_resignation_graph_conforms_to_the_shapes():
    from kazkg.graph.build import build_graph
    from kazkg.graph.validate import validate
    import tempfile, pathlib

    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "a.txt"
        p.write_text("Жаңалықтар\n\nАқмола облысының әкімі Ерлан Нұрланов 2023 жылғы 5 мамырда отставкаға кетті.\n", "utf-8")
        g = build_graph([p])
    assert (None, None, KZ.Resignation) in g
    report = validate(g)
    assert report.conforms, report.text[:500]
