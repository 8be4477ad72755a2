"""The days an article names, as kz:reportsDate of the article (sentences written for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def reported(body: str) -> set[str]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return {r.object.lexical for r in facts.relations.values() if r.predicate == "reportsDate"}


def test_every_day_of_the_body_is_reported():
    days = reported("Комиссия отырысы 2024 жылғы 12 наурызда өтті. Келесі отырыс 3 сәуірде болады.")
    assert days == {"2024-03-12", "--04-03"}


def test_a_yearless_repeat_of_a_dated_day_is_that_date():
    days = reported("Сайлау 2025 жылғы 9 маусымда өтеді. 9 маусымда учаскелер сағат 7-де ашылады.")
    assert days == {"2025-06-09"}


def test_a_day_range_names_both_days():
    assert reported("Форум 21-22 қыркүйек күндері Түркістанда өтеді.") == {"--09-21", "--09-22"}


def test_years_and_periods_are_not_days():
    assert not reported("Бағдарлама 2025-2029 жылдарға арналған, ол 2030 жылға дейін жалғасады.")


def published(text: str) -> set[tuple[str, str]]:
    facts, _ = extract_article(parse_article(text))
    return {(r.predicate, r.object.lexical if hasattr(r.object, "lexical") else facts.entities[r.object].label)
            for r in facts.relations.values() if r.predicate in ("datePublished", "citesSource")}


def test_an_agency_dateline_gives_the_source_and_a_yearless_day():
    got = published("Жаңа әкім тағайындалды\n\nШЫМКЕНТ, 5 ақпан – Sputnik. Қала әкімі жаңа орынбасар тағайындады.\n")
    assert ("citesSource", "Sputnik") in got
    assert ("datePublished", "--02-05") in got


def test_the_page_date_wins_over_the_datelines_day():
    got = published("Жаңа әкім тағайындалды\n07.02.2025, 10:15\n\nШЫМКЕНТ, 5 ақпан – Sputnik. Қала әкімі орынбасар тағайындады.\n")
    assert {v for p, v in got if p == "datePublished"} == {"2025-02-07T10:15:00"}


def test_a_stored_pages_date_field_under_the_headline_is_the_date_line():
    got = published("Мәжіліс заң жобасын мақұлдады\ndate 2025-11-19\n\nМәжіліс депутаттары заң жобасын мақұлдады.\n")
    assert ("datePublished", "2025-11-19") in got
