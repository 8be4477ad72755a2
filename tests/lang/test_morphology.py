"""The allomorph table of KAZAKH.md §3, both ways: generation (inflect) and stripping (splits)."""

from __future__ import annotations

import pytest

from kazkg.graph.lang.morphology import inflect, splits

# (stem, tags, surface): one row per cell of the allomorph table, by final-letter class.
ALLOMORPHS = [
    # plural: V лар, S1 дар, л дар, S2 лар, Z дар, T тар
    ("бала", ("Plur",), "балалар"),
    ("адам", ("Plur",), "адамдар"),
    ("жыл", ("Plur",), "жылдар"),
    ("ел", ("Plur",), "елдер"),
    ("құр", ("Plur",), "құрлар"),
    ("сөз", ("Plur",), "сөздер"),
    ("кітап", ("Plur",), "кітаптар"),
    # genitive: V/S1 ның, S2/Z дың, T тың, after Poss3 ның
    ("Алматы", ("Gen",), "Алматының"),
    ("Путин", ("Gen",), "Путиннің"),
    ("су", ("Gen",), "судың"),
    ("Мәскеу", ("Gen",), "Мәскеудің"),
    ("сөз", ("Gen",), "сөздің"),
    ("Тоқаев", ("Gen",), "Тоқаевтың"),
    ("Назарбаев", ("Gen",), "Назарбаевтың"),
    ("Ассамблея", ("Poss3", "Gen"), "Ассамблеясының"),
    # accusative: V ны, S ды, T ты, after Poss3 н
    ("бала", ("Acc",), "баланы"),
    ("адам", ("Acc",), "адамды"),
    ("Тоқаев", ("Acc",), "Тоқаевты"),
    ("тұжырымдама", ("Poss3", "Acc"), "тұжырымдамасын"),
    # dative: ға, T қа, after Poss3 на, after 1sg possessive а
    ("Тоқаев", ("Dat",), "Тоқаевқа"),
    ("Бағдад", ("Dat",), "Бағдадқа"),
    ("жыл", ("Dat",), "жылға"),
    ("ел", ("Dat",), "елге"),
    ("қала", ("Poss3", "Dat"), "қаласына"),
    ("ат", ("Poss1sg", "Dat"), "атыма"),
    # locative: да, T та, after Poss3 нда
    ("Қазақстан", ("Loc",), "Қазақстанда"),
    ("қыркүйек", ("Loc",), "қыркүйекте"),
    ("Бағдад", ("Loc",), "Бағдадта"),
    ("қала", ("Poss3", "Loc"), "қаласында"),
    ("ел", ("Poss1pl", "Loc"), "елімізде"),
    # ablative: V/S2/Z дан, S1 нан, T тан, after Poss3 нан
    ("Әуезов", ("Abl",), "Әуезовтен"),
    ("маусым", ("Abl",), "маусымнан"),
    ("қала", ("Abl",), "қаладан"),
    ("қаңтар", ("Poss3", "Abl"), "қаңтарынан"),
    # instrumental: мен, Z бен, T пен
    ("Тоқаев", ("Ins",), "Тоқаевпен"),
    ("Путин", ("Ins",), "Путинмен"),
    ("сөз", ("Ins",), "сөзбен"),
    ("жарлық", ("Poss3", "Ins"), "жарлығымен"),
    # relative -дағы / -ғы
    ("Қазақстан", ("Loc", "Rel"), "Қазақстандағы"),
    ("қыркүйек", ("Loc", "Rel"), "қыркүйектегі"),
    ("қала", ("Poss3", "Loc", "Rel"), "қаласындағы"),
    ("жыл", ("Rel",), "жылғы"),
    # possessive 3 after a vowel and after the plural
    ("шілде", ("Poss3",), "шілдесі"),
    ("өкіл", ("Plur", "Poss3"), "өкілдері"),
    ("азамат", ("Plur", "Poss3"), "азаматтары"),
    ("кітап", ("Plur", "Poss1pl", "Abl"), "кітаптарымыздан"),
    ("ел", ("Poss1pl", "Gen"), "еліміздің"),
]


@pytest.mark.parametrize("stem, tags, surface", ALLOMORPHS)
def test_morphology_inflect_allomorph_table(stem, tags, surface):
    assert inflect(stem, *tags) == surface


@pytest.mark.parametrize("stem, tags, surface", ALLOMORPHS)
def test_morphology_splits_find_the_table_cell(stem, tags, surface):
    found = {(s, ch.tags) for s, ch in splits(surface.lower())}
    assert (stem.lower(), tags) in found


@pytest.mark.parametrize(
    "word, stem",
    [("жарлығымен", "жарлық"), ("мүмкіндігі", "мүмкіндік"), ("кітабына", "кітап"), ("халқы", "халық"),
     ("аузымен", "ауыз"), ("қыркүйегінде", "қыркүйек")],
)
def test_morphology_splits_undo_stem_alternations(word, stem):
    assert stem in {s for s, _ in splits(word)}


@pytest.mark.parametrize(
    "word, stem, tags",
    [("бекітілді", "бекіт", ("Pass", "Past", "3")), ("оқиды", "оқы", ("Pres", "3")),
     ("тояды", "той", ("Pres", "3")), ("келмейді", "кел", ("Neg", "Pres", "3")),
     ("жоспарлануда", "жоспарла", ("Pass", "Ger", "Loc"))],
)
def test_morphology_splits_verbs(word, stem, tags):
    assert (stem, tags) in {(s, ch.tags) for s, ch in splits(word)}


@pytest.mark.parametrize("tag", ["Foo", "Pres"])
def test_morphology_inflect_unknown_tag_raises(tag):
    with pytest.raises(KeyError):
        inflect("бала", tag)
