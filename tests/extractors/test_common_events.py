"""Events named by common nouns (issue 12): a chamber's plenary sitting, "the Chamber", nationwide
votes in lower case, anniversaries, numbered sessions; sentences written for these tests."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def facts_of(body: str):
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return facts


def events(body: str) -> set[str]:
    return {e.label for e in facts_of(body).of_type("Event")}


def part_of(body: str) -> set[tuple[str, str]]:
    facts = facts_of(body)
    return {(facts.entities[r.subject].label, facts.entities[r.object].label) for r in facts.relations.values()
            if r.predicate == "partOf" and r.subject in facts.entities and r.object in facts.entities}


def test_a_plenary_sitting_without_owner_is_the_one_chamber_s():
    body = "Сенат төрағасы Әли Бекұлы кеше жалпы отырыс өткізді. Онда үш заң қаралды."
    assert "Сенаттың жалпы отырысы" in events(body)
    assert ("Сенаттың жалпы отырысы", "Сенат") in part_of(body)


def test_a_plenary_sitting_is_nobody_s_when_two_chambers_are_named():
    body = "Мәжіліс пен Сенат депутаттары кездесті. Кейін жалпы отырыс өтті."
    assert not any("жалпы отырысы" in e for e in events(body))


def test_the_chamber_word_is_the_chamber_the_article_names():
    body = "Мәжіліс депутаттары жиналды. Палатаның VIII шақырылымының III сессиясы жабылды."
    assert "Мәжілістің VIII шақырылымының III сессиясы" in events(body)


def test_a_referendum_named_by_its_scope_is_an_event():
    assert "Республикалық референдум" in events("Келесі жылы республикалық референдум өтеді.")


def test_a_referendum_keeps_its_topic():
    body = "Жер кодексі бойынша республикалық референдум өтеді."
    assert "Жер кодексі бойынша республикалық референдум" in events(body)


def test_an_anniversary_of_a_named_owner_is_an_event():
    found = events("Биыл Астананың 25 жылдығы және Жамбыл Жабаевтың 175 жылдығы тойланады.")
    assert {"Астананың 25 жылдығы", "Жамбыл Жабаевтың 175 жылдығы"} <= found


def test_an_anniversary_of_the_country_s_independence_drops_the_possessor():
    assert "Тәуелсіздіктің 35 жылдығы" in events("Ел Тәуелсіздігінің 35 жылдығы атап өтілді.")


def test_an_anniversary_of_nobody_named_is_no_event():
    assert not any("жылдығы" in e for e in events("Мектеп жұмысының 10 жылдығы атап өтілді."))


def test_a_numbered_session_keeps_its_number():
    assert any(e.endswith("12-сессиясы") for e in events("Облыстық мәслихаттың кезектен тыс 12-сессиясы өтті."))
