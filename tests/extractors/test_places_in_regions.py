"""Place -> place links from the official classifier for places the article names (sentences written
for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def located(body: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {(facts.entities[r.subject].label, facts.entities[r.object].label)
            for r in facts.relations.values() if r.predicate == "locatedIn" and r.object in facts.entities}


def test_a_city_named_apart_from_its_region_lies_in_it():
    links = located("Абай облысында жаңа мектептер ашылды. Семейде үш мектеп салынды.")
    assert ("Семей", "Абай облысы") in links


def test_a_district_lies_in_its_region_and_the_region_in_the_country():
    links = located("Қазақстанда сайлау өтті. Атырау облысының Құрманғазы ауданында екі округ әкімі сайланды.")
    assert ("Құрманғазы ауданы", "Атырау облысы") in links
    assert ("Атырау облысы", "Қазақстан") in links


def test_no_link_without_the_container_in_the_text():
    """The gazetteer relates places; it does not add a region the article never names."""
    assert not located("Семейде үш мектеп салынды.")


def test_a_city_is_not_linked_to_the_country():
    assert ("Астана", "Қазақстан") not in located("Қазақстан астанасы Астанада форум өтті.")
