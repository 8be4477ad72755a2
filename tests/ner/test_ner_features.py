"""The light Kazakh suffix stripper inside the NER features (KAZAKH.md §3)."""

from __future__ import annotations

import pytest

from kazkg.graph.ner.features import load_resources, stem
from kazkg.graph.ner.tagger import make_extractor


@pytest.fixture(scope="module")
def lexicon():
    return load_resources()[1]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("тоқаевтың", "тоқаев"),
        ("жарлығымен", "жарлық"),
        ("қыркүйектегі", "қыркүйек"),
        ("қазақстандағы", "қазақстан"),
        ("алматы", "алматы"),
        ("алматыда", "алматы"),
        ("ақш-тың", "ақш"),
        ("жылдарға", "жыл"),
        ("ауданындағы", "аудан"),
        ("маусымнан", "маусым"),
        ("шілдесінде", "шілде"),
    ],
)
def test_features_stem(lexicon, word, expected):
    assert stem(word, lexicon)[0] == expected


@pytest.mark.parametrize("tokens", [["Мемлекет", "басшысы", "Қасым-Жомарт", "Тоқаевтың"]])
def test_features_one_list_per_token(tokens):
    feats = make_extractor().sent(tokens)
    assert len(feats) == len(tokens)
    assert "w=тоқаевтың" in feats[-1] and "st=тоқаев" in feats[-1]
    assert "L:pos" in feats[1]
