"""Numbers in digits with suffixes and in words."""

from __future__ import annotations

import pytest

from kazkg.graph.lang import parse_number


@pytest.mark.parametrize(
    "text, value",
    [("15", 15), ("15-і", 15), ("2-ші", 2), ("3,5", 3.5), ("бес", 5), ("жиырма бес", 25), ("екі жүз", 200),
     ("екі мың жиырма екі", 2022), ("үш миллион", 3_000_000), ("он", 10), ("кітап", None), ("", None)],
)
def test_numbers_parse_number(text, value):
    assert parse_number(text) == value
