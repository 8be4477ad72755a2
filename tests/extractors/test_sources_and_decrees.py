"""Source credits of real news and the decree behind an agentless appointment (issue 12); texts
written for these tests."""

from __future__ import annotations

from tests.extractors.body_facts import facts_of, relations as related


def publishers(body: str) -> set[str]:
    return {e.label for e in facts_of(body).of_type("Publisher")}


def test_a_city_and_date_dateline_names_its_agency():
    assert "Reuters" in publishers("АЛМАТЫ, 5 қазан - Reuters. Бүгін жиын өтті.")


def test_a_city_dateline_without_date_names_its_outlet():
    assert "KAZTAG.KZ" in publishers("Астана, KAZTAG.KZ. Бүгін жиын өтті.")


def test_a_domain_opening_a_paragraph_is_the_outlet():
    assert "Ortalyq.kz" in publishers("Ortalyq.kz Бүгін жиын өтті.")


def test_a_domain_inside_a_sentence_is_no_dateline():
    assert not publishers("Бүгін жиын өтті. Толығырақ ortalyq.kz сайтында жазылған.")


def test_a_latin_portal_name_of_several_words_is_kept_whole():
    assert "Ult aqparat" in publishers("Бүгін жиын өтті, деп хабарлайды Ult aqparat порталы.")


def test_the_next_paragraph_is_not_part_of_the_source():
    assert "Ortalyq.kz" in publishers("Бүгін жиын өтті, деп хабарлайды Ortalyq.kz\n\nСондай-ақ ертең кездесу болады.")


def test_a_later_agentless_appointment_is_by_the_issuer_of_the_article_s_decree():
    body = "Мемлекет басшысы Жарлыққа қол қойды. Ержан Досов Ұлттық экономика министрі болып тағайындалды."
    assert ("Ержан Досов", "Президент") in related(body, "appointedBy")


def test_an_operative_appointment_quoted_from_a_decree_is_by_its_issuer():
    body = "Ержан Досов Ұлттық экономика министрі болып тағайындалсын, делінген Президент жарлығында."
    assert ("Ержан Досов", "Ұлттық экономика министрі") in related(body, "appointedTo")
    assert ("Ержан Досов", "Президент") in related(body, "appointedBy")


def test_no_agent_is_guessed_without_a_decree():
    assert not related("Ержан Досов Ұлттық экономика министрі болып тағайындалды.", "appointedBy")


def test_a_decree_in_the_first_person_is_the_speaker_s_named_before_the_quote():
    body = 'Мемлекет басшысы:\n"Менің Жарлығыммен Ержан Досов Сенат депутаты болып тағайындалды. Сәттілік тілеймін!"'
    assert ("Ержан Досов", "Президент") in related(body, "appointedBy")
    assert ("Жарлық", "Президент") in related(body, "issuedBy")


def test_a_decree_in_the_first_person_is_the_speaker_s_named_after_the_quote():
    body = "Сенат отырысы өтті. «Менің Жарлығыммен Ержан Досов Сенат депутаты болып тағайындалды», – деді Мемлекет басшысы."
    assert ("Ержан Досов", "Президент") in related(body, "appointedBy")


def test_a_first_person_decree_outside_a_quotation_has_no_issuer_guessed():
    body = "Менің Жарлығыммен Ержан Досов Сенат депутаты болып тағайындалды."
    assert not related(body, "appointedBy")
