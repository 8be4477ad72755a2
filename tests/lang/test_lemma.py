"""Lemmas, tags, nominative forms and verb stems of the seed's words (issue 3)."""

from __future__ import annotations

import pytest

from kazkg.graph.doc import Token
from kazkg.graph.lang import analyse_word, has_stem, lemma_is, lemmatize, nominative, strip_case, verb_stem


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("Тоқаевтың", "Тоқаев"),
        ("Тоқаевқа", "Тоқаев"),
        ("Тоқаевпен", "Тоқаев"),
        ("Ассамблеясының", "Ассамблея"),
        ("Жарлығымен", "жарлық"),
        ("ҚХА-ның", "ҚХА"),
        ("КСРО-дағы", "КСРО"),
        ("Қазақстанда", "Қазақстан"),
        ("Қазақстандағы", "Қазақстан"),
        ("тұжырымдамасын", "тұжырымдама"),
        ("тұжырымдамасы", "тұжырымдама"),
        ("қыркүйектегі", "қыркүйек"),
        ("жылдарға", "жыл"),
        ("халқы", "халық"),
        ("құжатта", "құжат"),
        ("Құжатқа", "құжат"),
        ("Алматы", "Алматы"),
        ("бекітілді", "бекіт"),
        ("бекітті", "бекіт"),
        ("15-і", "15"),
        ("58,3%", "58,3"),
        ("Бірінші", "бір"),
        ("оның", "ол"),
        (",", ","),
        ("", ""),
        ("  ", ""),
        ("келген жоқ", "кел"),
    ],
)
def test_lemma_lemmatize_seed_words(word, lemma):
    assert lemmatize(word) == lemma


@pytest.mark.parametrize(
    "word, tags",
    [("Ассамблеясының", ("Poss3", "Gen")), ("Жарлығымен", ("Poss3", "Ins")), ("қыркүйектегі", ("Loc", "Rel")),
     ("бекітілді", ("Pass", "Past"))],
)
def test_lemma_analyse_word_tags(word, tags):
    best = analyse_word(word)[0]
    assert set(tags) <= set(best.tags)


@pytest.mark.parametrize("word", ["инклюзивті", "эксклюзивті", "интерактивті", "багажды", "графты"])
def test_lemma_loanword_in_v_is_no_finite_verb(word):
    # Kazakh verb stems never end in -в: "инклюзивті саясат" is an inclusive policy, not "he included"
    assert "Past" not in analyse_word(word)[0].tags


@pytest.mark.parametrize(
    "word, expected",
    [("Ассамблеясының", "Ассамблеясы"), ("Тоқаевтың", "Тоқаев"), ("қыркүйектегі", "қыркүйек"),
     ("тұжырымдамасын", "тұжырымдамасы"), ("ҚХА-ның", "ҚХА"), ("Қазақстанда", "Қазақстан"),
     ("Жарлығымен", "Жарлығы"), ("министрлігінің", "министрлігі"), ("Президенті", "Президенті"),
     ("Алматы", "Алматы")],
)
def test_lemma_strip_case_keeps_possessive(word, expected):
    assert strip_case(word) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["Қазақстан", "халқы", "Ассамблеясының"], "Қазақстан халқы Ассамблеясы"),
        (["Қасым-Жомарт", "Тоқаевтың"], "Қасым-Жомарт Тоқаев"),
        (["Жарлығымен"], "Жарлық"),
        (["Білім", "және", "ғылым", "министрлігінің"], "Білім және ғылым министрлігі"),
        (["Қазақстан", "Республикасы", "Президентінің"], "Қазақстан Республикасы Президенті"),
        (["ҚХА-ның"], "ҚХА"),
        (["Тоқаев"], "Тоқаев"),
        ([], ""),
    ],
)
def test_lemma_nominative_of_names(words, expected):
    assert nominative(words) == expected


@pytest.mark.parametrize(
    "word, stem",
    [("бекітілді", "бекіт"), ("бекітті", "бекіт"), ("қабылданды", "қабылда"), ("тағайындалды", "тағайында"),
     ("босатылды", "босат"), ("құрылды", "құр"), ("қол қойды", "қой"), ("бекітілген", "бекіт")],
)
def test_lemma_verb_stem(word, stem):
    assert verb_stem(word) == stem


@pytest.mark.parametrize(
    "word, lemmas, expected",
    [("Жарлығымен", ("Жарлық",), True), ("бекітілді", ("бекіт",), True), ("тұжырымдамасын", ("тұжырымдама",), True),
     (Token("Жарлығы", 0, 7), ("жарлық",), True), ("Тоқаевтың", ("жарлық", "бекіт"), False)],
)
def test_lemma_lemma_is(word, lemmas, expected):
    assert lemma_is(word, *lemmas) is expected


@pytest.mark.parametrize("word, stem, expected", [("Жарлығымен", "жарлық", True), ("бекітті", "бекіт", True), ("Тоқаевқа", "жарлық", False)])
def test_lemma_has_stem(word, stem, expected):
    assert has_stem(word, stem) is expected


@pytest.mark.parametrize("word", ["басқарма", "бағдарлама"])
def test_lemma_news_nouns_in_ma_are_no_negative_imperatives(word):
    # "басқарма басшысы" is a department's head; "don't manage!" is rare in news
    best = analyse_word(word)[0]
    assert best.lemma == word and "Imp" not in best.tags
