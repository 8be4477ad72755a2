"""Appointment constructions of real news (issue 12): coordinated people, a count inside the post,
the head of government's deputy, reappointment to one's own post; sentences written for these tests."""

from __future__ import annotations

from tests.extractors.body_facts import relations


def test_every_coordinated_person_is_appointed():
    body = "Президент Жарлығымен Асқар Бекұлы, Нұрлан Әлиев және Ерлан Сапаров Білім министрі болып тағайындалды."
    appointed = {person for person, _ in relations(body, "appointedTo")}
    assert {"Нұрлан Әлиев", "Ерлан Сапаров"} <= appointed


def test_a_person_named_before_a_full_stop_is_not_coordinated():
    body = "Нұрлан Әлиев сөйледі. Ерлан Сапаров Білім министрі болып тағайындалды."
    assert {person for person, _ in relations(body, "appointedTo")} == {"Ерлан Сапаров"}


def test_reappointed_to_their_own_posts_takes_the_post_before_the_names():
    body = "Үкімет басшысының екі орынбасары Бақыт Сұлтанов пен Ерлан Сапаров өз қызметтеріне қайта тағайындалды."
    links = relations(body, "appointedTo")
    assert ("Бақыт Сұлтанов", "Премьер-министрдің орынбасары") in links
    assert ("Ерлан Сапаров", "Премьер-министрдің орынбасары") in links


def test_the_deputy_of_the_head_of_government_is_the_prime_minister_s_deputy():
    links = relations("Үкімет басшысының орынбасары Бақыт Сұлтанов сөйледі.", "holdsPosition")
    assert ("Бақыт Сұлтанов", "Премьер-министрдің орынбасары") in links


def test_gapping_gives_each_person_the_post_word_with_their_own_owner():
    body = ("Облыс әкімінің өкімімен Ерлан Мүсәпірбеков Тарбағатай ауданының, Нұрлан Сапаров Үржар ауданының, "
            "ал Асқар Тоқтаров Жарма ауданының әкімі болып тағайындалды.")
    links = relations(body, "appointedTo")
    assert {("Ерлан Мүсәпірбеков", "Тарбағатай ауданының әкімі"), ("Нұрлан Сапаров", "Үржар ауданының әкімі"),
            ("Асқар Тоқтаров", "Жарма ауданының әкімі")} <= links


def test_no_gapping_without_an_owner_before_the_comma():
    body = "Ерлан Мүсәпірбеков, Нұрлан Сапаров және Асқар Тоқтаров жиналысқа келді. Асқар Тоқтаров Жарма ауданының әкімі болып тағайындалды."
    assert {person for person, _ in relations(body, "appointedTo")} == {"Асқар Тоқтаров"}


def test_this_post_is_the_post_named_in_the_sentence_before():
    body = ("Бүгін Жарма ауданының әкімі ауысты. Бұл лауазымға облыс әкімі аппараты басшысының орынбасары "
            "болып қызмет атқарып келген Бақыт Сұлтанов тағайындалды.")
    links = relations(body, "appointedTo")
    assert ("Бақыт Сұлтанов", "Жарма ауданының әкімі") in links
    assert not any("орынбасары" in post for _, post in links)  # the post he held before


def test_a_post_s_duties_laid_on_a_person_appoint_them():
    body = "Қаржы министрі Бақыт Сұлтановқа Премьер-Министрдің орынбасары қызметі жүктелді."
    assert ("Бақыт Сұлтанов", "Премьер-Министрдің орынбасары") in relations(body, "appointedTo")


def test_a_task_laid_on_a_person_is_no_appointment():
    body = "Қаржы министрі Бақыт Сұлтановқа бюджетті қайта қарау жүктелді."
    assert not relations(body, "appointedTo")
