"""scripts/build_places.py against ../shared/gazetteer/kato.tsv (skips when ../shared is absent): the
committed places file is what the script derives, and no region, district or city of KATO is lost."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from kazkg.graph import places

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts" / "build_places.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kato_rows(shared_dir, build) -> list[dict]:
    path = shared_dir / "gazetteer" / "kato.tsv"
    if not path.is_file():
        pytest.skip("../shared/gazetteer/kato.tsv is not present")
    return build.read_kato(path)


@pytest.fixture(scope="module")
def derived(build, kato_rows) -> list[dict]:
    rows = build.derive(kato_rows)
    build.apply_linking_gazetteer(rows, ROOT / "graph" / "data" / "gazetteer.tsv")
    return rows


def test_build_places_reproduces_the_committed_file(build, derived):
    assert build.to_tsv(derived) == gzip.decompress(places.PATH.read_bytes())


@pytest.mark.parametrize("kato_kind, kind", [("oblast", "region"), ("district", "district"),
                                             ("city_akimat", "city"), ("city_republican", "city"),
                                             ("city_district", "district")])
def test_build_places_keeps_every_unit_of_a_kind(kato_rows, kato_kind, kind):
    """Every KATO region, district, city district and city (an akimat kept as the city it governs)."""
    P = places.load()
    wanted = [r for r in kato_rows if r["kind"] == kato_kind]
    assert wanted
    for r in wanted:
        got = P.get(r["code"])
        if kato_kind == "city_akimat":  # the city it governs, whose code continues the akimat's
            got = next((p for p in P.by_code.values() if p.kind == "city" and p.code[:4] == r["code"][:4]), None)
        assert got is not None and got.kind == kind, r
        assert got.region == r["code"][:2] + "0000000", r

def test_build_places_drops_okrugs_and_unclassed_points(kato_rows, derived):
    codes = {p["code"] for p in derived}
    assert not any(r["code"] in codes for r in kato_rows if r["kind"] in ("rural_okrug", "district_or_rural_akimat"))
    other = [r for r in kato_rows if r["kind"] == "other"]
    assert sum(r["code"] in codes for r in other) < len(other) / 10  # only "X атындағы ауыл" and "Y а" kept
