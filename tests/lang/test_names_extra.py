"""strip_case on possessed nouns the lexicon reads as verbs, and on names with case-like endings."""

import pytest

from graph import lang


@pytest.mark.parametrize("word,stripped", [
    ("басқармасының", "басқармасы"),  # the lexicon reads басқар-ма as a verb
    ("басқармасына", "басқармасы"),
    ("Қызылорда", "Қызылорда"),  # a name ending like a locative keeps its ending
    ("Қарағанды", "Қарағанды"),
    ("Қызылордада", "Қызылорда"),
])
def test_strip_case_possessed_nouns_and_names(word, stripped):
    assert lang.strip_case(word) == stripped


@pytest.mark.parametrize("word,stripped", [
    ("академиясында", "академиясы"),  # not "академиясын" + locative
    ("университетінде", "университеті"),
])
def test_strip_case_prefers_the_possessive_over_an_accusative_lemma(word, stripped):
    assert lang.strip_case(word) == stripped
