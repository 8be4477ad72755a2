"""Reading an article: header, headline, date line and views, cited source, boilerplate, encodings."""

from __future__ import annotations

import pytest

from kazkg.graph.article import parse_article, read_article
from kazkg.graph.errors import InputError


def test_article_seed_header(seed_path):
    art = read_article(seed_path)
    assert art.headline_text == "Президент ҚХА-ның жаңа тұжырымдамасын бекітті"
    assert art.published == "2022-09-22T17:44:00"
    assert art.views == 923
    assert "Бөлісу" not in art.text
    assert all(art.text[s:e].strip() == art.text[s:e] for s, e in art.regions)


@pytest.mark.parametrize("line,published,views", [
    ("22 Қыркүйек 2022, 17:44 923", "2022-09-22T17:44:00", 923),
    ("20.03.2023, 17:20", "2023-03-20T17:20:00", None),
    ("02-04-2025", "2025-04-02", None),
    ("5 наурыз 2021", "2021-03-05", None),
    ("23 сәуір 2026 ж., 10:32", "2026-04-23T10:32:00", None),
    ("14.10.2026 | 19:10", "2026-10-14T19:10:00", None),
    ("Жарияланған 11 тамыз 2026 11:05", "2026-08-11T11:05:00", None),
    ("2026 жылғы 28 мамыр, 16:20", "2026-05-28T16:20:00", None),
    ("22 маусым 2026 | 15:07", "2026-06-22T15:07:00", None),
    ("Маусым 11, 2026 13:45", "2026-06-11T13:45:00", None),
    ("Бейсенбі, 3 қыркүйек 2026", "2026-09-03", None),
    ("9 қазан 2026 / 08:40", "2026-10-09T08:40:00", None),
    ("2026.11.02 07:05", "2026-11-02T07:05:00", None),
    ("Жарияланған күні: 04.09.2026, 09:10", "2026-09-04T09:10:00", None),
    ("5 Қазан 2026 • 14:20", "2026-10-05T14:20:00", None),
    ("Маусым 3, 2026 • 08:00", "2026-06-03T08:00:00", None),
    ("Жарияланған уақыты: 17.06.2025, 19:40", "2025-06-17T19:40:00", None),
    ("2026 ж. 14 қазан, 15:20", "2026-10-14T15:20:00", None),
    ("Жарияланды: 24.04.2026 10:05", "2026-04-24T10:05:00", None),
    ("7 ақпан 2027 жыл, 09:30", "2027-02-07T09:30:00", None),
    ("4 қараша, 2026 | 16:45", "2026-11-04T16:45:00", None),
    ("Жарияланған уақыты: 08:15, 3 қараша 2026", "2026-11-03T08:15:00", None),  # time first
    ("Жаңартылды: 05.12.2026 14:50", "2026-12-05T14:50:00", None),
    ("9 желтоқсан 2026 жыл, жұма", "2026-12-09", None),  # weekday last
    ("12 қаңтар 2027 | 10:10 | 857", "2027-01-12T10:10:00", 857),  # views after a separator
    # read by the tolerant reader: a rubric, ISO, a two-digit year, labelled views, reading time
    ("Экономика | 3 наурыз 2027, 09:15", "2027-03-03T09:15:00", None),
    ("2027-03-04T11:20", "2027-03-04T11:20:00", None),
    ("05.03.27, 18:10", "2027-03-05T18:10:00", None),
    ("Күні: 6 наурыз 2027 жыл | Қаралым: 845", "2027-03-06", 845),
    ("07.03.2027 ж. | Оқу уақыты: 4 мин", "2027-03-07", None),
    ("Жарияланым: 2027 ж. 8 наурыз, бейсенбі", "2027-03-08", None),
    ("Жұма • 09.03.2027 • 12:45", "2027-03-09T12:45:00", None),
])
def test_article_date_line(line, published, views):
    art = parse_article(f"Тақырып осында\n{line}\n\nМәтін бірінші сөйлем.\n")
    assert art.headline_text == "Тақырып осында"
    assert (art.published, art.views) == (published, views)


def test_article_corpus_header_and_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffurl: https://example.kz/1\nretrieved-from: x\n---\nҮкімет қаулы қабылдады.\n".encode("utf-8"))
    art = read_article(p)
    assert art.url == "https://example.kz/1"
    assert art.text.startswith("Үкімет") and art.headline is None


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"\x00\x01\x02binary", "binary"), ("Президент Указ".encode("cp1251"), "not UTF-8"),
])
def test_article_bad_bytes(tmp_path, data, reason):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        read_article(p)


@pytest.mark.parametrize("line", [
    "Президент 14 қыркүйек 2027 жылы жарлыққа қол қойды",  # a sentence with a date is no date line
    "Бүгін Астанада жиын өтті, 14 қыркүйек 2027.",
])
def test_article_a_sentence_with_a_date_is_no_date_line(line):
    art = parse_article(f"Тақырып осында\n{line}\n\nМәтін бірінші сөйлем.\n")
    assert art.published is None
