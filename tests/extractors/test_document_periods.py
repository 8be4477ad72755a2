"""Documents' names and periods in the forms real news uses (sentences written for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def documents(body: str) -> dict[str, tuple[set[str], set[str]]]:
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    out = {}
    for e in facts.entities.values():
        if e.type in ("Budget", "Programme", "Plan", "Concept", "Strategy", "PolicyDocument"):
            out[e.label] = ({v.lexical for v in facts.objects(e.key, "validFrom")},
                            {v.lexical for v in facts.objects(e.key, "validUntil")})
    return out


def test_a_budget_for_one_year_is_valid_that_year():
    found = documents("Мәслихат 2026 жылға арналған аудандық бюджетті бекітті.")
    assert found.get("2026 жылға арналған аудандық бюджет") == ({"2026"}, {"2026"})


def test_what_was_done_to_a_document_is_no_part_of_its_name():
    found = documents("Сессияда депутаттар қарауына ұсынылған 2026-2028 жылдарға арналған облыс бюджеті талқыланды.")
    assert "2026-2028 жылдарға арналған облыс бюджеті" in found
