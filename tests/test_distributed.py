"""``kazkg build --scheduler``: the map step on a Dask cluster gives the same store as local workers
(a LocalCluster here; skipped when the kazkg[dask] extra is not installed)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kazkg.cli import main
from tests.test_store import A, B, C


def test_distributed_build_equals_local_build(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    src = tmp_path / "src"
    src.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (src / name).write_text(text, encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = CliRunner().invoke(main, ["build", str(src), "--store", str(tmp_path / "st"), "-o", str(tmp_path / "d.nq"),
                                           "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == 0, remote.output
    assert "3 added" in remote.output
    local = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "l.nq"), "-j", "1"])
    assert local.exit_code == 0, local.output
    lines = lambda p: sorted(p.read_text(encoding="utf-8").splitlines())  # noqa: E731
    assert lines(tmp_path / "d.nq") == lines(tmp_path / "l.nq")


def test_distributed_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("kazkg.graph.distributed.CONNECT_TIMEOUT", "1s")
    (tmp_path / "c.txt").write_text(C, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c.txt"), "-o", str(tmp_path / "x.ttl"),
                                       "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.output.startswith("kazkg: [K022]") and len(result.output.strip().splitlines()) == 1
