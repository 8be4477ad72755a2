"""memberOf for a body's seats and chairs, partOf for its sittings (GOLD.md); sentences written for these tests."""

from __future__ import annotations

from tests.extractors.body_facts import relations


def test_a_deputy_of_the_senate_is_its_member():
    assert ("Ерлан Қошанов", "Сенат") in relations("Сенат депутаты Ерлан Қошанов баяндама жасады.", "memberOf")


def test_a_minister_is_no_member_of_a_chamber():
    assert not relations("Әділет министрі Азамат Ешманов баяндама жасады.", "memberOf")


def test_a_sitting_of_the_mazhilis_is_part_of_it():
    links = relations("Мәжілістің жалпы отырысы 12 наурызда өтті.", "partOf")
    assert any(body == "Мәжіліс" for _, body in links)


def test_an_election_of_a_chamber_is_not_part_of_it():
    assert not relations("Мәжіліс сайлауы 19 наурызда өтеді.", "partOf")


def test_a_capitalised_speaker_title_is_no_part_of_the_name():
    links = relations("Сенат Спикері Ерболат Жұмабеков сөз сөйледі.", "memberOf")
    assert ("Ерболат Жұмабеков", "Сенат") in links


def test_a_deputy_chair_of_an_assembly_is_its_member():
    links = relations("Бәсекелестікті қорғау агенттігі төрағасының орынбасары Бауыржан Сейітов сөйледі.", "memberOf")
    assert any(person == "Бауыржан Сейітов" and "агенттіг" in body.lower() for person, body in links)


def test_the_head_of_a_lower_case_department_is_its_member():
    links = relations("Бұл туралы облыстық білім басқармасының басшысы Нұржан Әлиев мәлімдеді.", "memberOf")
    assert ("Нұржан Әлиев", "Облыстық білім басқармасы") in links


def test_a_seat_of_a_chamber_named_inside_a_longer_phrase_is_not_the_parliament_s():
    links = relations("Парламент төменгі палатасының вице-спикері Әлия Сәрсенова сөйледі.", "memberOf")
    assert ("Әлия Сәрсенова", "Парламент") not in links


def test_a_minister_appointed_sits_in_the_government_the_article_names():
    body = "Үкімет отырысы өтті. Президент Жарлығымен Ержан Досов Ұлттық экономика министрі болып тағайындалды."
    assert ("Ержан Досов", "Үкімет") in relations(body, "memberOf")


def test_a_minister_is_no_member_of_a_government_the_article_does_not_name():
    body = "Президент Жарлығымен Ержан Досов Ұлттық экономика министрі болып тағайындалды."
    assert not relations(body, "memberOf")


def test_a_foreign_minister_is_not_a_member_of_our_government():
    body = "Үкімет отырысы өтті. Түркияның Сыртқы істер министрі Мехмет Өзтүрік келді."
    assert ("Мехмет Өзтүрік", "Үкімет") not in relations(body, "memberOf")
