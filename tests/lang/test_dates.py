"""Date phrases of issue 3 normalised to xsd values."""

from __future__ import annotations

import pytest

from kazkg.graph.lang import analyse, find_dates, parse_date


@pytest.mark.parametrize(
    "phrase, base, value, kind, end_value, relation",
    [
        ("2022 жылғы 15 қыркүйектегі", None, "2022-09-15", "date", None, "on"),
        ("2022 жылғы 15 қыркүйек", None, "2022-09-15", "date", None, "on"),
        ("2022 жылдың 15 қыркүйегінде", None, "2022-09-15", "date", None, "on"),
        ("15 қыркүйекте", None, "--09-15", "monthday", None, "on"),
        ("15 қыркүйекте", "2023-05-01", "--09-15", "monthday", None, "on"),  # the year is not borrowed
        ("биылғы 15 қыркүйекте", "2023-05-01", "2023-09-15", "date", None, "on"),  # "this year" is the base year
        ("22 Қыркүйек 2022, 17:44", None, "2022-09-22T17:44:00", "datetime", None, "on"),
        ("2022-2026 жылдарға арналған", None, "2022", "interval", "2026", "for"),
        ("2022–2026 жылдарға арналған", None, "2022", "interval", "2026", "for"),
        ("2022-2026 жж.", None, "2022", "interval", "2026", "on"),
        ("2030 жылға дейін", None, "2030", "year", None, "until"),
        ("2020 жылдан бастап", None, "2020", "year", None, "since"),
        ("2022 жылы", None, "2022", "year", None, "on"),
        ("биылғы жылдың 1 қаңтарынан бастап", "2024-03-10", "2024-01-01", "date", None, "since"),
        ("биылғы жылдың 1 қаңтарынан бастап", None, "--01-01", "monthday", None, "since"),
        ("15.09.2022", None, "2022-09-15", "date", None, "on"),
        ("2022-09-22", None, "2022-09-22", "date", None, "on"),
        ("2022 ж. 15 қыркүйек", None, "2022-09-15", "date", None, "on"),
        ("15 қыркүйек 2022 ж.", None, "2022-09-15", "date", None, "on"),
        ("15 қыр 2022", None, "2022-09-15", "date", None, "on"),
        ("1 ШІЛДЕДЕН", None, "--07-01", "monthday", None, "since"),
        ("2022 жылдың қыркүйегінде", None, "2022-09", "month", None, "on"),
        ("биыл", "2024-03-10", "2024", "year", None, "on"),
        ("былтыр", "2024-03-10", "2023", "year", None, "on"),
    ],
)
def test_dates_parse_date(phrase, base, value, kind, end_value, relation):
    d = parse_date(phrase, base)
    assert d is not None
    assert (d.value, d.kind, d.end_value, d.relation) == (value, kind, end_value, relation)


@pytest.mark.parametrize("phrase", ["Қазан қаласы", "Наурыз мейрамы", "923 рет", "биыл"])
def test_dates_no_date_without_evidence(phrase):
    assert parse_date(phrase) is None


@pytest.mark.parametrize(
    "text, values",
    [
        ("Мемлекет басшысы Қасым-Жомарт Тоқаевтың 2022 жылғы 15 қыркүйектегі Жарлығымен Қазақстан халқы "
         "Ассамблеясының 2022-2026 жылдарға арналған даму тұжырымдамасы бекітілді",
         ["2022-09-15", "2022"]),
        ("22 Қыркүйек 2022, 17:44 923", ["2022-09-22T17:44:00"]),
    ],
)
def test_dates_find_dates_in_text_offsets(text, values):
    found = find_dates(text)
    assert [d.value for d in found] == values
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize("base", ["2022-09-22"])
def test_dates_analyse_fills_doc_dates(base):
    text = "Президент\n\nЖарлық биылғы жылдың 1 қаңтарынан бастап күшіне енеді."
    doc = analyse(text, regions=[(0, 9), (11, len(text))], base_date=base)
    assert [(d.value, d.relation) for d in doc.dates] == [("2022-01-01", "since")]
    assert all(text[d.start : d.end] == d.text for d in doc.dates)


def test_the_day_as_the_months_possessed_ordinal():
    """"наурыздың 22-сі": the wording of decrees and of news quoting them."""
    from kazkg.graph.lang import find_dates

    found = find_dates("1998 жылғы қазанның 5-і мен қарашаның 12-сі аралығында")
    assert [(d.value, d.kind) for d in found] == [("1998-10-05", "date"), ("--11-12", "monthday")]
    assert find_dates("желтоқсанның 1-інен бастап")[0].relation == "since"
