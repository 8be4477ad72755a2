"""A local body lies in the place its name starts with (sentences written for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def located(body: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {(facts.entities[r.subject].label, facts.entities[r.object].label)
            for r in facts.relations.values() if r.predicate == "locatedIn" and r.object in facts.entities
            and facts.entities[r.subject].type == "Organization"}


def test_a_region_s_commission_named_by_its_adjective_lies_in_the_region():
    links = located("Павлодар облысында сайлау өтті. Бұл туралы Павлодар облыстық аумақтық сайлау комиссиясы хабарлады.")
    assert ("Павлодар облыстық аумақтық сайлау комиссиясы", "Павлодар облысы") in links


def test_a_district_s_akimat_named_in_the_genitive_lies_in_the_district():
    links = located("Жамбыл облысының Талас ауданында жиын өтті. Талас ауданының әкімдігі жаңа жоспар бекітті.")
    assert any(body.startswith("Талас ауданының әкімдігі") and place == "Талас ауданы" for body, place in links)


def test_a_body_of_the_region_lies_in_the_one_region_named():
    links = located("Маңғыстау облысында жаңа мектеп ашылды. "
                    "Бұл туралы облыстық білім басқармасының басшысы Арман Сейітов мәлімдеді.")
    assert any(place == "Маңғыстау облысы" for _, place in links)


def test_no_region_is_guessed_among_two():
    links = located("Маңғыстау облысы мен Атырау облысында жаңа мектептер ашылды. "
                    "Бұл туралы облыстық білім басқармасының басшысы Арман Сейітов мәлімдеді.")
    assert not any(body.casefold().startswith("облыстық") for body, _ in links)


def test_a_region_named_only_inside_the_body_s_name_is_not_added():
    """The body's name shows the place; the place is linked only when the article names it as one."""
    assert not located("Бұл туралы Павлодар облыстық аумақтық сайлау комиссиясы хабарлады.")


def test_a_national_body_gets_no_place():
    assert not located("Орталық сайлау комиссиясы Астанада отырыс өткізді.")


def test_a_national_body_is_not_placed_in_the_country():
    links = located("Қазақстанда жаңа әуежай ашылды. Бұл туралы Қазақстанның азаматтық авиация комитеті хабарлады.")
    assert not any(place == "Қазақстан" for _, place in links)


def test_what_a_place_in_the_attributive_locative_qualifies_lies_in_it():
    links = located_all("Астанадағы Бейбітшілік және келісім сарайында халықаралық форум өтті.")
    assert ("Бейбітшілік және келісім сарайы", "Астана") in links


def test_an_event_held_in_a_building_of_a_city_lies_in_both():
    links = located_all("Астанадағы Тәуелсіздік сарайында Қазақстан халқы Ассамблеясының XXX сессиясы өтті.")
    event = "Қазақстан халқы Ассамблеясының XXX сессиясы"
    assert {(event, "Тәуелсіздік сарайы"), (event, "Астана")} <= links


def test_an_event_in_a_city_s_plain_locative_has_that_place_only():
    links = located_all("Түркістанда Қазақстан халқы Ассамблеясының XXX сессиясы өтті.")
    assert {place for _, place in links} == {"Түркістан"}


def located_all(body: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {(facts.entities[r.subject].label, facts.entities[r.object].label)
            for r in facts.relations.values() if r.predicate in ("locatedIn", "eventPlace") and r.object in facts.entities}
