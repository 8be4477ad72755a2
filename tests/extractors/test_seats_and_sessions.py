"""memberOf for a body's seats and chairs, partOf for its sittings (GOLD.md); sentences written for these tests."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def relations(body: str, predicate: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {(facts.entities[r.subject].label, facts.entities[r.object].label)
            for r in facts.relations.values() if r.predicate == predicate
            and r.subject in facts.entities and r.object in facts.entities}


def test_a_deputy_of_the_senate_is_its_member():
    assert ("Ерлан Қошанов", "Сенат") in relations("Сенат депутаты Ерлан Қошанов баяндама жасады.", "memberOf")


def test_a_minister_is_no_member_of_a_chamber():
    assert not relations("Әділет министрі Азамат Ешманов баяндама жасады.", "memberOf")


def test_a_sitting_of_the_mazhilis_is_part_of_it():
    links = relations("Мәжілістің жалпы отырысы 12 наурызда өтті.", "partOf")
    assert any(body == "Мәжіліс" for _, body in links)


def test_an_election_of_a_chamber_is_not_part_of_it():
    assert not relations("Мәжіліс сайлауы 19 наурызда өтеді.", "partOf")
