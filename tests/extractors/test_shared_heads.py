"""Coordination with one shared head, and names that meet without a comma (issue 12); sentences
written for these tests."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def labels(body: str, type_: str) -> set[str]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {e.label for e in facts.of_type(type_)}


def test_rural_districts_sharing_one_plural_noun_are_one_place_each():
    places = labels("Дауыс беру кезінде Ақжар, Бесқұдық және Жаңатұрмыс ауылдық округтерінде жұмыс күшейтіледі.", "Place")
    assert {"Ақжар ауылдық округі", "Бесқұдық ауылдық округі", "Жаңатұрмыс ауылдық округі"} <= places


def test_one_rural_district_keeps_its_two_word_noun():
    assert "Бесқұдық ауылдық округі" in labels("Бесқұдық ауылдық округі әкімі сайланды.", "Place")


def test_names_before_a_shared_plural_noun_are_no_people():
    assert not labels("Сайлау Ақжар, Кудрявцев ауылдық округтерінде өтеді.", "Person") & {"Кудрявцев", "Ақжар"}


def test_a_surname_before_another_person_s_full_name_is_not_part_of_it():
    people = labels("Тоқаев Бауыржан Сейітовті қабылдады.", "Person")
    assert "Бауыржан Сейітов" in people
    assert not any(p.startswith("Тоқаев ") for p in people)


def test_a_patronymic_name_is_still_read_whole():
    assert "Айгүл Жолдасбекова" in labels("Айгүл Сапарбекқызы Жолдасбекова сөйледі.", "Person")


def holds(body: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n18.01.2022, 19:52\n\n{body}\n"))
    return {(facts.entities[r.subject].label, facts.entities[r.object].label) for r in facts.relations.values()
            if r.predicate == "holdsPosition" and r.subject in facts.entities and r.object in facts.entities}


def test_the_first_president_is_not_the_president():
    links = holds("Кеше Қазақстанның Тұңғыш Президенті Нұрсұлтан Назарбаев сөйледі.")
    assert ("Нұрсұлтан Назарбаев", "Қазақстанның Тұңғыш Президенті") in links
    assert ("Нұрсұлтан Назарбаев", "Президент") not in links


def test_a_foreign_president_is_also_called_as_the_text_names_him():
    facts, _ = extract_article(parse_article("Жаңалықтар\n\nКеше Түркия Республикасының президенті Реджеп Ердоған келді.\n"))
    post = next(e for e in facts.of_type("Position") if "Түркия" in e.label)
    assert "Түркия Республикасының президенті" in {post.label, *post.alt_labels}
