"""Helpers for the issue regression tests: the command in-process (``run``) and as a separate process (``kazkg``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kazkg.cli import main

ROOT = Path(__file__).resolve().parents[2]
FORMATS = [".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf"]
KAZKG = [sys.executable, "-c", "import cli; cli.main()"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def kazkg(*args, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, **kwargs.pop("env", {})}
    return subprocess.run(KAZKG + [str(a) for a in args], capture_output=True, text=True, cwd=ROOT, env=env, **kwargs)


def write_all_formats(g, folder: Path) -> dict[str, Path]:
    """``g`` written by kazkg in every output format, as {suffix: file}."""
    from kazkg.graph.export import write_graph

    for suffix in FORMATS:
        write_graph(g, folder / f"g{suffix}")
    return {suffix: folder / f"g{suffix}" for suffix in FORMATS}
