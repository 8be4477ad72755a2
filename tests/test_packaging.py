"""The project installs under one name, ``kazkg`` (issue 13, point 11): ``graph``, ``cli``,
``ontology`` and ``seeds`` are generic top-level names that would clash in site-packages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_installed_package_is_under_kazkg():
    tool = _setuptools()
    assert tool["package-dir"] == {"kazkg": "."}
    assert {p.split(".")[0] for p in tool["packages"]} == {"kazkg"}
    assert "py-modules" not in tool


def test_every_package_folder_is_installed():
    """A sub-package missing from the explicit list would be silently left out of a wheel."""
    on_disk = {"kazkg." + ".".join(p.parent.relative_to(ROOT).parts)
               for top in ("graph", "ontology", "seeds") for p in (ROOT / top).rglob("__init__.py")}
    assert on_disk <= set(_setuptools()["packages"])


def test_the_command_and_imports_use_the_one_name():
    import importlib

    cli = importlib.import_module("kazkg.cli")
    assert callable(cli.main)
    build = importlib.import_module("kazkg.graph.build")
    assert Path(build.__file__).resolve().parent == ROOT / "graph"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts["kazkg"] == "kazkg.cli:main"


def test_no_source_file_imports_a_bare_top_level_name():
    import re

    bare = re.compile(r"^\s*(from|import) (graph|cli|ontology|seeds)\b", re.M)
    files = [p for p in ROOT.rglob("*.py") if not {".venv", ".git", "build"} & set(p.relative_to(ROOT).parts)]
    offenders = [str(p.relative_to(ROOT)) for p in files if bare.search(p.read_text("utf-8"))]
    assert not offenders, offenders
