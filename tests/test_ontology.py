"""The ontology, the SHACL shapes and graph/vocab.py agree with each other and with notes/graph-model.md."""

from __future__ import annotations

import importlib.util
import re

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kazkg.graph.vocab import KZ, PREFIXES, bind_prefixes
from kazkg.ontology import ONTOLOGY_PATH, SHAPES_PATH, load_ontology, load_shapes

KZ_NS = "https://w3id.org/kazkg/ontology#"

# Every term of the data contract (notes/graph-model.md), written out so the test runs without the notes.
CONTRACT_CLASSES = """
Person Position Organization Publisher Place
LegalAct Decree Resolution Order Law Code Agreement Decision
PolicyDocument Concept Programme Strategy Plan Address Rules Budget
Goal Principle Role ExpectedResult PlannedMeasure
Event Approval Signing Appointment Dismissal Establishment Instruction Statement
NewsArticle Mention
""".split()
CONTRACT_PROPERTIES = """
acronym hasMention mentionOf inArticle inSentence beginIndex endIndex anchorOf sentenceIndex
headline datePublished viewCount citesSource text sourceFile url
holdsPosition positionIn issuedBy dateOfIssue documentNumber approves basedOn validFrom validUntil
concerns hasGoal hasPrinciple hasExpectedResult hasPlannedMeasure hasRole locatedIn memberOf partOf
appointedTo appointedBy dismissedFrom agent instrument eventObject eventDate eventPlace quotation
eventPosition
""".split()


def _kz_terms(graph: Graph) -> set[str]:
    return {
        str(s)[len(KZ_NS):]
        for s in set(graph.subjects())
        if isinstance(s, URIRef) and str(s).startswith(KZ_NS)
    }


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def test_ontology_parses_with_header(ontology):
    onto = URIRef("https://w3id.org/kazkg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    for predicate in ("title", "description", "license"):
        assert ontology.value(onto, URIRef("http://purl.org/dc/terms/" + predicate)) is not None, predicate
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert ONTOLOGY_PATH.is_file() and SHAPES_PATH.is_file()


@pytest.mark.parametrize("term", sorted(_kz_terms(load_ontology())))
def test_ontology_term_has_labels_and_definition(ontology, term):
    iri = URIRef(KZ_NS + term)
    labels = {lit.language for lit in ontology.objects(iri, RDFS.label) if isinstance(lit, Literal)}
    assert {"kk", "en"} <= labels, f"kz:{term} labels: {labels}"
    definitions = {lit.language for lit in ontology.objects(iri, SKOS.definition) if isinstance(lit, Literal)}
    assert "en" in definitions, f"kz:{term} has no English skos:definition"


@pytest.mark.parametrize("term", sorted(_kz_terms(load_ontology())))
def test_ontology_term_has_exactly_one_owl_type(ontology, term):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    types = set(ontology.objects(URIRef(KZ_NS + term), RDF.type)) & kinds
    assert len(types) == 1, f"kz:{term} has types {types}"


def test_ontology_uses_http_schema_org_only(ontology):
    https = {str(t) for triple in ontology for t in triple if str(t).startswith("https://schema.org/")}
    assert not https


def test_ontology_classes_and_properties_in_contract(ontology):
    for name in CONTRACT_CLASSES:
        assert (URIRef(KZ_NS + name), RDF.type, OWL.Class) in ontology, name
    for name in CONTRACT_PROPERTIES:
        types = set(ontology.objects(URIRef(KZ_NS + name), RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}, name


def test_ontology_terms_named_in_graph_model_notes(ontology, root_dir):
    notes = root_dir / "notes" / "graph-model.md"
    if not notes.is_file():
        pytest.skip("notes/graph-model.md is not present")
    text = notes.read_text(encoding="utf-8")
    named = set(re.findall(r"\bkz:([A-Za-z_]\w*)", text))
    classes = text.split("## Classes (kz:)", 1)[1].split("Sentences are", 1)[0]
    named |= set(re.findall(r"\b([A-Z][A-Za-z]+)\b", classes))
    missing = sorted(n for n in named if n not in _kz_terms(ontology))
    assert not missing, f"terms of notes/graph-model.md missing from the ontology: {missing}"


def test_vocab_kz_equals_ontology_terms(ontology):
    in_vocab = set(KZ.__annotations__)
    in_ontology = _kz_terms(ontology)
    assert in_vocab - in_ontology == set(), "in graph/vocab.py only: rerun scripts/gen_vocab.py"
    assert in_ontology - in_vocab == set(), "in ontology only: rerun scripts/gen_vocab.py"
    for name in in_vocab:
        assert getattr(KZ, name) == URIRef(KZ_NS + name)
    with pytest.raises(AttributeError):
        KZ.NoSuchTerm  # noqa: B018


def test_vocab_file_is_generated_output(root_dir):
    spec = importlib.util.spec_from_file_location("gen_vocab", root_dir / "scripts" / "gen_vocab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (root_dir / "graph" / "vocab.py").read_text(encoding="utf-8") == module.render()


def test_vocab_bind_prefixes_uses_http_schema_org():
    graph = bind_prefixes(Graph())
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    assert bound["schema"] == "http://schema.org/"
    for prefix, namespace in PREFIXES.items():
        assert bound[prefix] == namespace


def test_shapes_parse_and_have_messages(shapes):
    assert len(shapes) > 0
    property_shapes = set(shapes.objects(None, SH.property))
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    sparql = set(shapes.objects(None, SH.sparql))
    for shape in property_shapes | node_shapes | sparql:
        assert shapes.value(shape, SH.message) is not None, f"shape without sh:message: {shape}"


# --- SHACL validation of hand-written instance graphs -------------------------------------------

TEXT = (
    "Мемлекет басшысы Қасым-Жомарт Тоқаевтың 2022 жылғы 15 қыркүйектегі Жарлығымен "
    "Ассамблеяның 2022-2026 жылдарға арналған даму тұжырымдамасы бекітілді, деп хабарлайды El.kz."
)
# (begin, end, entity) for each mention; the anchor text is TEXT[begin:end].
MENTIONS = [
    (0, 16, "position-president"),
    (17, 39, "person-qasym-jomart-toqaev"),
    (67, 77, "decree-2022-09-15"),
    (78, 90, "organization-qha"),
    (119, 137, "concept-qha-2022-2026"),
    (138, 147, "approval-1"),
    (164, 169, "publisher-el-kz"),
]

VALID_TTL = """
@prefix kz: <https://w3id.org/kazkg/ontology#> .
@prefix res: <https://w3id.org/kazkg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .

res:article-a1 a kz:NewsArticle ;
    kz:headline "Президент ҚХА-ның жаңа тұжырымдамасын бекітті"@kk ;
    kz:datePublished "2022-09-22T17:44:00"^^xsd:dateTime ;
    kz:viewCount 923 ;
    kz:citesSource res:publisher-el-kz ;
    kz:sourceFile "test.txt" ;
    kz:text "%(text)s" .

res:s-a1-0 a nif:Sentence ;
    kz:inArticle res:article-a1 ; kz:sentenceIndex 0 ;
    kz:beginIndex 0 ; kz:endIndex %(length)d ; kz:anchorOf "%(text)s" .

res:position-president a kz:Position ;
    rdfs:label "Президент"@kk , "Prezident"@kk-Latn , "President"@en ; skos:prefLabel "Президент"@kk ;
    skos:altLabel "Мемлекет басшысы"@kk .

res:person-qasym-jomart-toqaev a kz:Person ;
    rdfs:label "Қасым-Жомарт Тоқаев"@kk , "Qasym-Jomart Toqaev"@kk-Latn , "Kassym-Jomart Tokayev"@en ;
    skos:prefLabel "Қасым-Жомарт Тоқаев"@kk ;
    kz:holdsPosition res:position-president .

res:decree-2022-09-15 a kz:Decree ;
    rdfs:label "Жарлық"@kk ;
    kz:dateOfIssue "2022-09-15"^^xsd:date ;
    kz:issuedBy res:person-qasym-jomart-toqaev ;
    kz:approves res:concept-qha-2022-2026 .

res:organization-qha a kz:Organization ;
    rdfs:label "Қазақстан халқы Ассамблеясы"@kk ; kz:acronym "ҚХА"@kk ; skos:altLabel "Ассамблея"@kk .

res:concept-qha-2022-2026 a kz:Concept ;
    rdfs:label "Қазақстан халқы Ассамблеясының 2022-2026 жылдарға арналған даму тұжырымдамасы"@kk ;
    kz:validFrom "2022"^^xsd:gYear ; kz:validUntil "2026"^^xsd:gYear ;
    kz:concerns res:organization-qha ;
    kz:basedOn res:decree-2022-09-15 .

res:approval-1 a kz:Approval ;
    rdfs:label "Тұжырымдаманы бекіту"@kk ;
    kz:agent res:person-qasym-jomart-toqaev ;
    kz:instrument res:decree-2022-09-15 ;
    kz:approves res:concept-qha-2022-2026 ;
    kz:eventDate "2022-09-15"^^xsd:date .

res:publisher-el-kz a kz:Publisher ; rdfs:label "El.kz"@kk .

res:st-1 a rdf:Statement ;
    rdf:subject res:decree-2022-09-15 ; rdf:predicate kz:issuedBy ; rdf:object res:person-qasym-jomart-toqaev ;
    prov:wasDerivedFrom res:m-a1-67-77 , res:m-a1-17-39 .
"""

MENTION_TTL = """
res:m-a1-%(b)d-%(e)d a kz:Mention ;
    kz:mentionOf res:%(entity)s ; kz:inArticle res:article-a1 ; kz:inSentence res:s-a1-0 ;
    kz:beginIndex %(b)d ; kz:endIndex %(e)d ; kz:anchorOf "%(anchor)s" .
res:%(entity)s kz:hasMention res:m-a1-%(b)d-%(e)d .
"""

UPDATE_PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


def _valid_graph() -> Graph:
    turtle = VALID_TTL % {"text": TEXT, "length": len(TEXT)}
    turtle += "".join(
        MENTION_TTL % {"b": b, "e": e, "entity": entity, "anchor": TEXT[b:e]} for b, e, entity in MENTIONS
    )
    return Graph().parse(data=turtle, format="turtle")


def _messages(data: Graph, shapes: Graph) -> tuple[bool, set[str]]:
    conforms, report, text = validate(data, shacl_graph=shapes, inference="none")
    messages = {str(m) for m in report.objects(None, SH.resultMessage)}
    return conforms, messages


def test_shapes_valid_graph_conforms(shapes):
    conforms, messages = _messages(_valid_graph(), shapes)
    assert conforms, messages


INVALID_CASES = {
    "mention_begin_after_end": (
        "DELETE { res:m-a1-17-39 kz:beginIndex ?b } INSERT { res:m-a1-17-39 kz:beginIndex 45 }"
        " WHERE { res:m-a1-17-39 kz:beginIndex ?b }",
        "less than kz:endIndex",
    ),
    "mention_without_anchor": (
        "DELETE WHERE { res:m-a1-67-77 kz:anchorOf ?a }",
        "kz:anchorOf must be exactly one",
    ),
    "mention_anchor_differs_from_text": (
        'DELETE { res:m-a1-67-77 kz:anchorOf ?a } INSERT { res:m-a1-67-77 kz:anchorOf "Жарлық" }'
        " WHERE { res:m-a1-67-77 kz:anchorOf ?a }",
        "is not the substring of the article's kz:text",
    ),
    "mention_without_sentence": (
        "DELETE WHERE { res:m-a1-67-77 kz:inSentence ?s }",
        "exactly one kz:inSentence",
    ),
    "legal_act_string_date": (
        'DELETE { ?d kz:dateOfIssue ?x } INSERT { ?d kz:dateOfIssue "2022-09-15" }'
        " WHERE { ?d kz:dateOfIssue ?x }",
        "kz:dateOfIssue must be at most one xsd:date",
    ),
    "legal_act_issued_by_literal_class": (
        "INSERT DATA { res:decree-2022-09-15 kz:issuedBy res:m-a1-17-39 }",
        "kz:issuedBy is neither",
    ),
    "statement_without_derivation": (
        "DELETE WHERE { res:st-1 prov:wasDerivedFrom ?m }",
        "has no prov:wasDerivedFrom",
    ),
    "statement_derived_from_sentence": (
        "INSERT DATA { res:st-1 prov:wasDerivedFrom res:s-a1-0 }",
        "is not a kz:Mention",
    ),
    "policy_document_valid_from_after_until": (
        'DELETE { ?c kz:validFrom ?f ; kz:validUntil ?u } INSERT { ?c kz:validFrom "2026"^^xsd:gYear ;'
        ' kz:validUntil "2022"^^xsd:gYear } WHERE { ?c kz:validFrom ?f ; kz:validUntil ?u }',
        "is later than kz:validUntil",
    ),
    "entity_without_kazakh_label": (
        'DELETE WHERE { res:publisher-el-kz rdfs:label ?l } ;'
        ' INSERT DATA { res:publisher-el-kz rdfs:label "El.kz"@kk-Latn , "El.kz"@en }',
        "no rdfs:label in Kazakh",
    ),
    "entity_without_mention": (
        "DELETE WHERE { res:organization-qha kz:hasMention ?m }",
        "has no kz:hasMention",
    ),
    "approval_without_approves": (
        "DELETE WHERE { res:approval-1 kz:approves ?x }",
        "needs at least one kz:approves",
    ),
    "article_date_as_string": (
        'DELETE { ?a kz:datePublished ?d } INSERT { ?a kz:datePublished "22 Қыркүйек 2022" }'
        " WHERE { ?a kz:datePublished ?d }",
        "kz:datePublished must be",
    ),
    "article_negative_view_count": (
        "DELETE { ?a kz:viewCount ?v } INSERT { ?a kz:viewCount -1 } WHERE { ?a kz:viewCount ?v }",
        "kz:viewCount must be",
    ),
    "person_holds_non_position": (
        "INSERT DATA { res:person-qasym-jomart-toqaev kz:holdsPosition res:organization-qha }",
        "kz:holdsPosition is not a kz:Position",
    ),
}


@pytest.mark.parametrize("update, expected", INVALID_CASES.values(), ids=INVALID_CASES.keys())
def test_shapes_invalid_graph_fails_with_message(shapes, update, expected):
    data = _valid_graph()
    data.update(UPDATE_PREFIXES + update)
    conforms, messages = _messages(data, shapes)
    assert not conforms
    assert any(expected in m for m in messages), messages


def test_a_holiday_established_by_decree_validates(tmp_path):
    """The approval of a named event (a holiday set by decree) conforms to the shapes."""
    from kazkg.graph.build import build_graph
    from kazkg.graph.validate import validate as validate_graph

    path = tmp_path / "holiday.txt"
    path.write_text("Полиция күні\n\nПолиция күні 2007 жылғы 5 маусымдағы Президент жарлығымен белгіленді.\n",
                    encoding="utf-8")
    g = build_graph([path])
    assert list(g.subject_objects(KZ.approves))  # the decree approves the holiday
    report = validate_graph(g)
    assert report.conforms, report.text
