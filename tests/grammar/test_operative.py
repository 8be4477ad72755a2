"""Operative text of acts: the enacting formula, jussive items, the act an article prints, and what acts
are about (sentences written for these tests)."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article
from kazkg.graph.lang import analyse
from kazkg.graph.grammar.operative import enacting, jussive, operative

ACT_TYPES = ("Decree", "Resolution", "Order", "Law", "Code", "Agreement", "Decision")


def facts_of(text: str):
    return extract_article(parse_article(text))[0]


def test_the_enacting_formula_and_jussive_items():
    sents = analyse("Білім беруді дамыту мақсатында ҚАУЛЫ ЕТЕДІ:\nБағдарлама бекітілсін. Бақылау министрге жүктелсін. "
                    "Министр бағдарламаны таныстырды.").sentences
    assert enacting(sents[0]) and not enacting(sents[2])
    assert operative(sents[1]) or operative(sents[2])
    assert not operative(sents[-1])
    assert jussive(analyse("жүктелсін").sentences[0].tokens[0])


def test_a_printed_decree_is_labelled_by_its_heading_title_and_type():
    facts = facts_of("Облыс әкімінің Шешімі\nТабиғи сипаттағы төтенше жағдай жариялау туралы\n\n"
                     "Су тасқынының салдарын жою мақсатында шешім етемін:\n1. Аудан аумағында төтенше жағдай жариялансын.\n")
    labels = {e.label for e in facts.entities.values() if e.type in ACT_TYPES}
    assert "Табиғи сипаттағы төтенше жағдай жариялау туралы Шешім" in labels


def test_a_headline_title_without_a_type_takes_it_from_the_formula():
    facts = facts_of("Жергілікті сайлауды тағайындау туралы\n\nКонституцияның 44-бабына сәйкес қаулы етемін:\n"
                     "1. Сайлау 2027 жылғы 3 наурызға тағайындалсын.\n")
    labels = {e.label for e in facts.entities.values() if e.type == "Decree"}
    assert labels == {"Жергілікті сайлауды тағайындау туралы Жарлық"}


def test_an_act_concerns_what_its_title_names_but_not_the_country():
    facts = facts_of("Жаңалықтар\n\nПрезидент Қазақстан Республикасы Парламенті Мәжілісінің сессиясын шақыру туралы "
                     "Жарлыққа қол қойды. Үкімет Шығыс Қазақстан облысы Үржар ауданының атауын өзгерту туралы қаулы қабылдады.\n")
    about = {(facts.entities[r.subject].label.split()[-1], facts.entities[r.object].label)
             for r in facts.relations.values() if r.predicate == "concerns" and r.object in facts.entities}
    assert any(o.endswith("Үржар ауданы") for _, o in about)
    assert not any(o in ("Қазақстан", "Қазақстан Республикасы") for _, o in about)
