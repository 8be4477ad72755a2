"""Writing a file so that a failed run never leaves it half-written: write beside it, then rename."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kazkg.graph.errors import OutputError


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write beside the target, then rename: a failed run never leaves a half-written file."""
    path = Path(path)
    try:
        _write(path, data)
    except OSError as exc:  # the user named ``path``; the temporary file beside it is ours, not theirs
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _write(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


@contextmanager
def atomic_path(path: str | Path):
    """A temporary path beside ``path`` for a writer that wants a file name (a streaming dump); renamed
    onto ``path`` when the block ends without error, removed otherwise."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
