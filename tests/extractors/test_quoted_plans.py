"""A body's plans quoted from its head, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def roles_of(text: str, body: str) -> set[str]:
    facts, _ = extract_article(parse_article(text))
    org = next(e for e in facts.of_type("Organization") if e.label == body)
    return {facts.entities[k].label for k in facts.objects(org.key, "hasRole")}


@pytest.mark.parametrize("text,body,plan,effect", [
    # the speaker is named and holds the body's post
    ("Жаңа агенттік\n\nЖарлықпен Айгерім Нұртазина Мұрағат ісі және құжаттама агенттігінің төрағасы болып "
     "тағайындалды. Бұған дейін ол Ұлттық мұрағат директоры болған.\n\n«Алдағы екі жылда 12 миллион мұрағат "
     "ісін цифрлық форматқа көшіруді жоспарлап отырмыз. Бұл азаматтарға құжаттарды онлайн қарауға мүмкіндік "
     "береді», – деді Айгерім Нұртазина.", "Мұрағат ісі және құжаттама агенттігі", "Алдағы екі жылда", "Бұл азаматтарға"),
    # the head is named by the body alone ("деді ҰГО басшысы")
    ("Жаңа орталық\n\nҮкімет «Ұлттық геология орталығы» акционерлік қоғамын (бұдан әрі – ҰГО) құрды.\n\n"
     "«Биыл жаңа кен орындарын барлауды жоспарлап отырмыз. Бұл өңірлерге инвестиция тартуға мүмкіндік "
     "береді», – деді ҰГО басшысы.", "Ұлттық геология орталығы", "Биыл жаңа кен", "Бұл өңірлерге"),
])
def test_plan_and_its_effect_quoted_from_the_bodys_head_are_the_bodys(text, body, plan, effect):
    roles = roles_of(text, body)
    assert any(r.startswith(plan) for r in roles)
    assert any(r.startswith(effect) for r in roles)


def test_a_quotation_without_a_plan_says_nothing_of_the_bodys_aims():
    text = ("Жаңа агенттік\n\nЖарлықпен Айгерім Нұртазина Мұрағат ісі және құжаттама агенттігінің төрағасы болып "
            "тағайындалды.\n\n«Біз ашық жұмыс істейміз. Бұл сенімді арттыруға мүмкіндік береді», – деді Айгерім Нұртазина.")
    assert roles_of(text, "Мұрағат ісі және құжаттама агенттігі") == set()


def test_an_officials_plan_in_an_article_about_a_document_is_its_measure():
    text = ("Жол картасы бекітілді\n\nҮкімет 2028–2030 жылдарға арналған ауыз сумен жабдықтаудың жол картасын бекітті.\n\n"
            "«Келесі жылы 40 ауылға су құбырын тартуды жоспарлап отырмыз», – деді министр.")
    facts, _ = extract_article(parse_article(text))
    doc = next(e for e in facts.entities.values() if e.type in ("Plan", "PolicyDocument"))
    goals = {facts.entities[k].label for k in facts.objects(doc.key, "hasGoal")}
    assert any(g.startswith("Келесі жылы 40 ауылға") for g in goals)
