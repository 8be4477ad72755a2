"""graph/places.py and the committed graph/data/places.tsv.gz (KATO places): shape, look-up, ambiguity,
agreement with the linking gazetteer, and the reference triples meant for the KATO named graph."""

from __future__ import annotations

import ast
import gzip
import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV

from kazkg.graph import gazetteer, places
from kazkg.graph.vocab import KZ

ROOT = Path(__file__).resolve().parents[1]
CODE = re.compile(r"^[0-9]{9}$")
CYRILLIC = re.compile(r"^[\u0400-\u04FF0-9 .()\-]+$")


@pytest.fixture(scope="module")
def P() -> places.Places:
    return places.load()


def test_places_file_is_compact_and_has_the_columns():
    data = gzip.decompress(places.PATH.read_bytes()).decode("utf-8")
    assert places.PATH.stat().st_size < 1_000_000
    assert tuple(data.splitlines()[0].split("\t")) == places.COLUMNS


def test_places_rows_are_well_formed(P):
    assert len(P) > 1000
    for p in P.by_code.values():
        assert CODE.match(p.code) and p.kind in places.KINDS, p
        assert p.label and p.bare and CYRILLIC.match(p.bare), p
        if p.parent:
            up = P.get(p.parent)
            assert up is not None and up.kind != "village", p  # a unit above is never a village
        assert P.get(p.region) is not None and not P.get(p.region).parent, p


def test_places_region_is_the_top_of_the_parent_chain(P):
    for p in P.by_code.values():
        chain = P.parents(p)
        top = chain[-1] if chain else p
        assert top.code == p.region and P.region_of(p) is top


def test_places_top_units_are_the_17_regions_and_3_cities(P):
    top = [p for p in P.by_code.values() if not p.parent]
    assert sorted(p.kind for p in top).count("region") == 17
    assert sorted(p.label for p in top if p.kind == "city") == ["Алматы", "Астана", "Шымкент"]


@pytest.mark.parametrize("kind, noun", [("region", " облысы"), ("district", " ауданы")])
def test_places_regions_and_districts_keep_their_noun(P, kind, noun):
    labels = [p.label for p in P.by_code.values() if p.kind == kind]
    assert labels and all(label.endswith(noun) for label in labels)


def test_places_agree_with_the_linking_gazetteer(P):
    """A place both files list has one canonical label: the linking gazetteer's (Ақсу қаласы, Семей)."""
    shared = 0
    for e in gazetteer.load().entries:
        if e.type != "Place":
            continue
        for name in (e.kk, *e.alt):
            hit = P.lookup(name).place
            if hit is not None and hit.kind != "village":
                assert hit.label == e.kk, (name, hit)
                shared += 1
    assert shared >= 60
    gaz_labels = {e.kk for e in gazetteer.load().entries if e.type == "Place"}
    assert all(p.label in gaz_labels for p in P.by_code.values() if not p.parent)


@pytest.mark.parametrize("surface, label, kind, region", [
    ("Абай облысы", "Абай облысы", "region", "Абай облысы"),
    ("Шығыс Қазақстан облысында", "Шығыс Қазақстан облысы", "region", "Шығыс Қазақстан облысы"),
    ("Аягөз ауданының", "Аягөз ауданы", "district", "Абай облысы"),
    ("Тарбағатай ауданына", "Тарбағатай ауданы", "district", "Шығыс Қазақстан облысы"),
    ("Семей", "Семей", "city", "Абай облысы"),
    ("Семейде", "Семей", "city", "Абай облысы"),
    ("Семейдің", "Семей", "city", "Абай облысы"),
    ("Семей қаласының", "Семей", "city", "Абай облысы"),
    ("Аягөзге", "Аягөз", "town", "Абай облысы"),
    ("Қарағандыдағы", "Қарағанды", "city", "Қарағанды облысы"),
    ("Нұр-Сұлтанда", "Астана", "city", "Астана"),  # a former name, from the linking gazetteer
    ("Қапшағайдан", "Қонаев", "city", "Алматы облысы"),
    ("Ақсу қаласында", "Ақсу қаласы", "city", "Павлодар облысы"),
    ("Ақтауда", "Ақтау", "city", "Маңғыстау облысы"),  # the linking gazetteer's city, not the кент Ақтау
    ("Шаған кентінде", "Шаған", "settlement", "Абай облысы"),
    ("Бөкей ордасы ауданының", "Бөкей ордасы ауданы", "district", "Батыс Қазақстан облысы"),
    ("Бөкейордасы ауданы", "Бөкей ордасы ауданы", "district", "Батыс Қазақстан облысы"),  # KATO's spelling
    ("Казталов ауданында", "Қазталов ауданы", "district", "Батыс Қазақстан облысы"),  # Russian-keyboard letters
    ("Оскеменде", "Өскемен", "city", "Шығыс Қазақстан облысы"),
])
def test_places_lookup_nominative_and_inflected(P, surface, label, kind, region):
    m = P.lookup(surface)
    assert m.place is not None and not m.ambiguous, m
    assert (m.place.label, m.place.kind, P.region_of(m.place).label) == (label, kind, region)


@pytest.mark.parametrize("surface", ["Абай ауданы", "Абай ауданының", "Есіл ауданында", "Ақсуда"])
def test_places_ambiguity_is_reported_not_guessed(P, surface):
    m = P.lookup(surface)
    assert m.ambiguous and m.place is None and P.find(surface) is None
    assert len({p.region for p in m.candidates}) >= 2 and m.region is None


def test_places_a_name_the_linking_gazetteer_gives_wins_over_a_smaller_namesake(P):
    kent = P.find("Ақтау", kinds=("settlement",))
    assert kent is not None and kent.region != P.find("Маңғыстау облысы").code  # KATO's кент Ақтау
    assert P.find("Ақтау").gazetteer == "place-aktau" and P.find("Ақтау").kind == "city"


@pytest.mark.parametrize("surface, region", [("Қарағанды облысы Абай ауданы", "Қарағанды облысы"),
                                             ("Абай облысының Абай ауданында", "Абай облысы"),
                                             ("Ақмола облысы Есіл ауданының", "Ақмола облысы"),
                                             ("Шымкент қаласының Абай ауданы", "Шымкент")])
def test_places_the_unit_named_before_settles_a_shared_name(P, surface, region):
    m = P.lookup(surface)
    assert m.place is not None and m.place.kind == "district" and P.region_of(m.place).label == region


def test_places_ambiguity_within_one_region_still_gives_the_region(P):
    villages = P.lookup("Қараауыл ауылында")
    assert villages.ambiguous and all(p.kind == "village" for p in villages.candidates)
    assert villages.region == P.find("Абай облысы").code


def test_places_a_village_needs_its_noun_or_its_kind(P):
    assert P.lookup("Киев").candidates == ()  # Kazakhstan's village Киев is not read from a bare name
    assert all(p.kind == "village" for p in P.lookup("Киев ауылы").candidates)
    assert P.lookup("Киев", kinds=("village",)).candidates == P.lookup("Киев ауылы").candidates


@pytest.mark.parametrize("surface, kinds", [("Ұлытауда", ("region",)), ("Ұлытауда", ("district",))])
def test_places_regions_and_districts_need_their_noun_or_a_kind(P, surface, kinds):
    assert P.lookup(surface).candidates == ()
    m = P.lookup(surface, kinds=kinds)
    assert m.place is not None and m.place.kind == kinds[0] and m.place.bare == "Ұлытау"


@pytest.mark.parametrize("surface", ["", "Ғзщшқ", "Ғзщшқ ауданы"])
def test_places_unknown_names_find_nothing(P, surface):
    m = P.lookup(surface)
    assert m.candidates == () and m.place is None and not m.ambiguous


def test_places_parent_chain_of_a_village(P):
    villages = P.lookup("Қараауыл ауылы").candidates
    chains = [[u.label for u in P.parents(v)] for v in villages]
    assert ["Абай ауданы", "Абай облысы"] in chains
    assert P.parents(P.find("Абай облысы")) == []


@pytest.mark.parametrize("label, linked", [("Семей", "Семей"), ("Нұр-Сұлтан", "Астана"), ("Мәскеу", None),
                                           ("Киев", None), ("Абай ауданы", None)])
def test_places_link_only_unique_kazakh_places(label, linked):
    got = places.link(label)
    assert (got.label if got else None) == linked


def test_places_linked_entities_pairs_article_nodes_with_places():
    from kazkg.graph.facts import Facts
    from kazkg.graph.iris import entity_iri

    facts = Facts()
    facts.entity("Place", "Семей")
    facts.entity("Place", "Абай ауданы")  # three districts: not linked
    facts.entity("Place", "Мәскеу")  # foreign: not linked
    facts.entity("Person", "Аягөз")  # not a place
    facts.entity("Place", "Нұр-Сұлтан")
    pairs = dict(places.linked_entities(facts.entities.values()))
    assert {p.label for p in pairs.values()} == {"Семей", "Астана"}
    assert entity_iri("Place", facts.entity("Place", "Нұр-Сұлтан").key) in pairs


def test_places_no_import_from_extractors():
    tree = ast.parse((ROOT / "graph" / "places.py").read_text(encoding="utf-8"))
    names = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    names += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert names and not any(n.startswith("kazkg.graph.extractors") for n in names)


@pytest.fixture(scope="module")
def kato_graph(P) -> tuple[Graph, object, object]:
    """The reference triples for an article that named Аягөз ауданы and a village with a shared label."""
    district = P.find("Аягөз ауданы")
    village = next(v for v in P.lookup("Қараауыл ауылы").candidates if P.get(v.parent).label == "Абай ауданы")
    node = places.place_iri(district, P)
    g = Graph()
    for t in places.kato_triples([(node, district), (places.place_iri(village, P), village)], P):
        g.add(t)
    return g, district, village


def test_places_kato_triples_chain_to_the_country(kato_graph, P):
    g, district, _ = kato_graph
    node = places.place_iri(district, P)
    region = places.place_iri(P.region_of(district), P)
    assert (node, KZ.locatedIn, region) in g and (region, KZ.locatedIn, places.COUNTRY) in g
    assert (node, DCTERMS.identifier, Literal(district.code)) in g
    assert (node, DCTERMS.type, places.KATO.district) in g
    assert (node, DCTERMS.source, places.KATO_GRAPH) in g
    for o in g.objects(None, KZ.locatedIn):
        assert (o, RDF.type, KZ.Place) in g  # every unit of the chain is described here


def test_places_kato_triples_leave_the_article_nodes_labels_alone(kato_graph, P):
    g, district, _ = kato_graph
    node = places.place_iri(district, P)
    region = places.place_iri(P.region_of(district), P)
    assert not list(g.objects(node, SKOS.prefLabel))  # the article labels what it names
    assert list(g.objects(region, SKOS.prefLabel)) == [Literal("Абай облысы", lang="kk")]


def test_places_kato_triples_keep_shared_labels_apart(kato_graph, P):
    """Two districts are labelled Абай ауданы: the one above the village is named by its code."""
    g, _, village = kato_graph
    up = next(g.objects(places.place_iri(village, P), KZ.locatedIn))
    assert str(up).endswith(f"place-kato-{village.parent}")
    assert str(places.place_iri(village, P)).endswith(f"place-kato-{village.code}")


def test_places_source_description_is_prov():
    g = Graph()
    for t in places.source_description():
        g.add(t)
    meta = json.loads(places.SOURCE.read_text(encoding="utf-8"))
    src = places.KATO_GRAPH
    assert (src, RDF.type, PROV.Entity) in g
    derived = list(g.objects(src, PROV.wasDerivedFrom))
    assert len(derived) == 1 and "stat.gov.kz" in str(derived[0])
    assert str(next(g.objects(src, DCTERMS.issued))) == meta["actualised_at"]
    assert (next(g.objects(src, PROV.wasGeneratedBy)), PROV.used, derived[0]) in g


def test_places_kato_triples_meet_the_article_graph(tmp_path):
    """The KATO facts land on the article's own Place nodes: its district lies in its region."""
    from kazkg.graph.build import build_facts, to_rdf

    text = tmp_path / "places.txt"
    text.write_text("Жаңа мектеп ашылды\n\nТарбағатай ауданының әкімі Семейде өткен жиында сөз сөйледі. "
                    "Жиынға Шығыс Қазақстан облысының өкілдері де қатысты.\n", encoding="utf-8")
    result = build_facts([text])
    article = to_rdf(result.facts, result.records)
    pairs = dict(places.linked_entities(result.facts.entities.values()))
    kato = Graph()
    for t in places.kato_triples(pairs.items()):
        kato.add(t)
    by_label = {p.label: node for node, p in pairs.items()}
    district, region = by_label["Тарбағатай ауданы"], by_label["Шығыс Қазақстан облысы"]
    assert (district, KZ.locatedIn, region) in kato
    assert list(article.objects(district, KZ.hasMention)) and list(article.objects(region, KZ.hasMention))
    # the region the article never names (Семей's) is reference data only, not a fact of the article
    abai = places.place_iri(places.load().find("Абай облысы"))
    assert (by_label["Семей"], KZ.locatedIn, abai) in kato and (by_label["Семей"], KZ.locatedIn, abai) not in article
