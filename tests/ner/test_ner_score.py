"""Strict IOB2 span extraction and exact-match scoring."""

from __future__ import annotations

import pytest

from kazkg.graph.ner import spans
from kazkg.graph.ner.score import score


@pytest.mark.parametrize(
    "labels, expected",
    [
        ([], []),
        (["O", "B-PERSON", "I-PERSON", "O"], [(1, 3, "PERSON")]),
        (["B-GPE", "B-GPE"], [(0, 1, "GPE"), (1, 2, "GPE")]),
        (["I-GPE", "O"], []),  # strict IOB2: an I- without its B- opens nothing
        (["B-DATE", "I-DATE", "I-TIME"], [(0, 2, "DATE")]),
        (["O", "B-LAW", "I-LAW"], [(1, 3, "LAW")]),
    ],
)
def test_score_spans(labels, expected):
    assert spans(["x"] * len(labels), labels) == expected


def test_score_exact_match_only():
    gold = [["B-ORGANISATION", "I-ORGANISATION", "O"]]
    pred = [["B-ORGANISATION", "O", "O"]]
    r = score(gold, pred)
    assert r["micro"]["f1"] == 0.0
    assert score(gold, gold)["micro"]["f1"] == 1.0


@pytest.mark.parametrize(
    "iob2",
    [
        ["O", "B-X", "I-X", "I-X", "B-Y", "O", "B-Q", "I-Q"],
        ["B-PERSON"],
        [],
    ],
)
def test_score_bioes_round_trip(iob2):
    from kazkg.graph.ner.score import from_bioes, to_bioes

    assert from_bioes(to_bioes(iob2)) == iob2
