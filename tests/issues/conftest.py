"""Fixtures of the issue regression tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from issue_helpers import run


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory, seed_path) -> Path:
    out = tmp_path_factory.mktemp("i13") / "seed.ttl"
    result = run("build", seed_path, "-o", out)
    assert result.exit_code == 0, result.output
    return out
