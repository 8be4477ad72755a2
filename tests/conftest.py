"""Shared fixtures: the bundled seed, and ../shared data that skips cleanly when absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Every extractor's output must stay within its declared contract in tests (graph/contracts.py).
os.environ["KAZKG_STRICT_CONTRACTS"] = "1"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root_dir() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "seeds" / "seed-article.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (data not bundled with the project)")
    return SHARED


@pytest.fixture(scope="session")
def shared_dir_or_none() -> Path | None:
    return SHARED if SHARED.is_dir() else None


@pytest.fixture(scope="session")
def seed_graph(seed_path):
    """The seed article's graph, built once per test session."""
    from kazkg.graph.build import build_graph

    return build_graph([seed_path])


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    from kazkg.graph.article import read_article

    return read_article(seed_path).text
