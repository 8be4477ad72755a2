"""Posts held at a date (graph/data/incumbents.tsv) and people named by initials, on texts written for
these tests."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article
from kazkg.graph.facts import Facts
from kazkg.graph.linking import link


def facts_of(text: str) -> Facts:
    facts, _ = extract_article(parse_article(text))
    return facts


def holders(facts: Facts, post: str) -> set[str]:
    ent = facts.entities
    return {ent[r.subject].label for r in facts.relations.values()
            if r.predicate == "holdsPosition" and ent[r.object].label == post}


def test_post_and_person_named_apart_are_joined_by_the_article_date():
    facts = facts_of("Мемлекет басшысы жаңа кодексті бекітті\n\n12.03.2025, 10:00\n\n"
                     "Қасым-Жомарт Тоқаев Су кодексіне қол қойды.")
    assert holders(facts, "Президент") == {"Қасым-Жомарт Тоқаев"}


def test_the_holder_is_the_one_in_office_on_that_date():
    text = "Мемлекет басшысы жарлыққа қол қойды\n\n{}\n\nНұрсұлтан Назарбаев пен Қасым-Жомарт Тоқаев кездесті."
    assert holders(facts_of(text.format("05.06.2005")), "Президент") == {"Нұрсұлтан Назарбаев"}
    assert holders(facts_of(text.format("05.06.2023")), "Президент") == {"Қасым-Жомарт Тоқаев"}


def test_a_president_is_not_made_the_prime_minister_he_once_was():
    facts = facts_of("Жаңалық\n\nПрезидент Қасым-Жомарт Тоқаев Премьер-министрдің кандидатурасын қарайды.")
    assert holders(facts, "Президент") == {"Қасым-Жомарт Тоқаев"}
    assert holders(facts, "Премьер-министр") == set()


def test_initials_link_to_the_known_person_and_take_the_full_name():
    text = "Жаңалық\n\nҚ.-Ж. Тоқаев Қытайға сапармен барды."
    facts = facts_of(text)
    link(facts)
    [person] = facts.of_type("Person")
    assert person.label == "Қасым-Жомарт Тоқаев" and person.wikidata == "Q200881"
    assert [text[m.start:m.end] for m in person.mentions] == ["Қ.-Ж. Тоқаев"]


def test_a_capitalised_word_opening_a_document_name_ends_a_person_name():
    from kazkg.graph.ner import load_tagger

    text = ("Тоқаев Салық кодексіне қол қойды\n\n12.03.2026\n\n"
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстан Республикасының Салық кодексіне қол қойды.")
    facts, _ = extract_article(parse_article(text), tagger=load_tagger())
    people = {p.label for p in facts.of_type("Person")}
    assert "Қасым-Жомарт Тоқаев" in people and not any("Салық" in p for p in people)
