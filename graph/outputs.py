"""Checks made before a long run: the output can be written and is not one of the inputs."""

from __future__ import annotations

import os
from pathlib import Path

from kazkg.graph.errors import OutputError


def check_output(output: str | Path, inputs=()) -> None:
    """Refuse an output that is an input (``draw g.ttl -o g.ttl``), a folder, or in a place we cannot write."""
    out = Path(output)
    target = out.resolve()
    for p in inputs:
        p = Path(p)
        if p.exists() and (p.resolve() == target or out.exists() and os.path.samefile(p, out)):
            raise OutputError(f"{out}: is an input of this command; refusing to write over it (choose another -o)")
    if out.is_dir():
        raise OutputError(f"{out}: is a folder; give a file name with -o")
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # atomic_write creates missing folders: the nearest existing one must be writable
    if not parent.is_dir():
        raise OutputError(f"{out}: cannot write here, {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: cannot write here, no write permission in {parent}")
