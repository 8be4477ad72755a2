"""The language interface (graph/lang/language.py): one object per language, case decided once."""

from __future__ import annotations

import pytest

from kazkg.graph import lang
from kazkg.graph.article import parse_article
from kazkg.graph.lang.kazakh import KAZAKH
from kazkg.graph.lang.languages import for_language


def tok(word: str):
    [sent] = lang.analyse(word).sentences
    return sent.tokens[0]


@pytest.mark.parametrize("word, case", [
    ("бағдарлама", None),  # a nominative noun the lexicon knows is no dative, whatever its ending
    ("Нұртазина", None),  # a surname in -на is not a dative either
    ("Новакты", "Acc"),  # an unknown foreign name read by its ending
    ("Бектеновке", "Dat"),
    ("ЮНЕСКО-ға", "Dat"),
    ("Samsung-пен", "Ins"),
    ("АЭРҚА", None),  # an acronym without a hyphenated ending is a bare name
    ("оның", "Gen"),  # pronouns decline on their own stems
    ("бұған", "Dat"),
    ("Жарлығымен", "Ins"),  # known words: the analysis decides
    ("облыстың", "Gen"),
])
def test_case_is_decided_by_the_language_layer(word, case):
    assert KAZAKH.case(tok(word)) == case


def test_language_is_picked_by_the_articles_tag():
    assert for_language("kk") is KAZAKH and for_language("kk-Cyrl") is KAZAKH and for_language(None) is KAZAKH
    with pytest.raises(LookupError, match="no language layer"):
        for_language("ru")
    art = parse_article("url: https://example.kz/1\nlang: kk\n---\nТақырып\n\nМәтін.\n")
    assert art.language == "kk"


def test_the_language_object_inflects_and_lemmatises():
    assert KAZAKH.inflect("Тоқаев", "Gen") == "Тоқаевтың"
    assert KAZAKH.lemma_is(tok("Жарлығымен"), "жарлық")
    assert KAZAKH.latin_code == "kk-Latn"
