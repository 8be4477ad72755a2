"""strip_case on possessed nouns the lexicon reads as verbs, and on names with case-like endings."""

import pytest

from kazkg.graph import lang


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


def test_capitalised_word_inside_a_sentence_is_read_as_a_name_not_a_verb():
    from kazkg.graph import lang

    [sent] = lang.analyse("Ол Жетісу университетін бітірді.").sentences
    tok = sent.tokens[1]
    assert tok.tags[0] != "VERB" and tok.lemma == "Жетісу"
    assert sent.tokens[3].tags[0] == "VERB"  # a lower-case verb keeps its reading


@pytest.mark.parametrize("word,lemma,tag", [
    ("бизнес-форумында", "бизнес-форум", "Poss3"),   # not "бизнес-форумын" in the locative
    ("вице-министрінің", "вице-министр", "Gen"),
    ("іс-шараларын", "іс-шара", "Acc"),
])
def test_hyphenated_compound_inflects_in_its_last_part(word, lemma, tag):
    a = lang.analyse_word(word)[0]
    assert (a.lemma, tag in a.tags) == (lemma, True)


def test_a_sentences_first_word_is_not_read_in_the_first_person():
    doc = lang.analyse("Өкімнің орындалуын бақылау облыс әкімінің орынбасарына жүктелді.")
    first = doc.sentences[0].tokens[0]
    assert first.lemma == "өкім" and "Poss1sg" not in first.tags and "Gen" in first.tags


@pytest.mark.parametrize("word,case", [("ҚХА-ның", "Gen"), ("АҚ-та", "Loc"), ("БҰҰ-ға", "Dat"), ("ЖШС-дан", "Abl")])
def test_an_ending_after_an_abbreviation_marks_its_case(word, case):
    assert case in lang.analyse_word(word)[0].tags
