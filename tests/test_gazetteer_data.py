"""Shape checks for the shipped linking gazetteer, graph/data/gazetteer.tsv (data only, no linker)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "graph" / "data" / "gazetteer.tsv"
COLUMNS = ["id", "type", "kk", "kk_alt", "ru", "en", "wikidata"]
TYPES = {"Person", "Position", "Organization", "Place"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
QID = re.compile(r"^Q[0-9]+$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return PATH.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def rows(lines) -> list[dict[str, str]]:
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_header_and_column_count(lines):
    assert lines[0].split("\t") == COLUMNS
    for n, line in enumerate(lines[1:], start=2):
        assert line.count("\t") == len(COLUMNS) - 1, f"line {n}: {line!r}"


def test_parses_with_all_fields(rows):
    for r in rows:
        assert None not in r, r  # no extra columns
        assert all(r[c] is not None for c in COLUMNS), r
        for c in ("id", "type", "kk", "en"):
            assert r[c].strip(), f"{r['id']}: empty {c}"
        assert all(v == v.strip() for v in r.values()), r


def test_at_least_250_rows(rows):
    assert len(rows) >= 250


def test_ids_unique_ascii_slugs(rows):
    counts = Counter(r["id"] for r in rows)
    assert [i for i, k in counts.items() if k > 1] == []
    bad = [r["id"] for r in rows if not SLUG.match(r["id"])]
    assert bad == []


def test_types_from_allowed_set(rows):
    assert {r["type"] for r in rows} <= TYPES
    assert {r["type"] for r in rows} == TYPES  # every type is represented


# Parties registered under a Latin name: Kazakh texts write them so ("Amanat партиясы"), and the gold
# guidelines label parties by their name.
LATIN_NAMES = {"org-amanat": "Amanat", "org-respublica": "Respublica"}


def test_kk_is_cyrillic(rows):
    bad = [(r["id"], r["kk"]) for r in rows
           if (not CYRILLIC.search(r["kk"]) or LATIN.search(r["kk"])) and LATIN_NAMES.get(r["id"]) != r["kk"]]
    assert bad == []


def test_kk_alt_well_formed(rows):
    for r in rows:
        if not r["kk_alt"]:
            continue
        alts = r["kk_alt"].split("|")
        assert all(a and a == a.strip() for a in alts), r["id"]
        assert r["kk"] not in alts, r["id"]


def test_wikidata_ids_are_qids(rows):
    bad = [(r["id"], r["wikidata"]) for r in rows if r["wikidata"] and not QID.match(r["wikidata"])]
    assert bad == []


def test_no_qid_shared_by_two_entities(rows):
    counts = Counter(r["wikidata"] for r in rows if r["wikidata"])
    assert [q for q, k in counts.items() if k > 1] == []


def test_no_name_points_to_two_entities(rows):
    owner: dict[str, str] = {}
    clashes = []
    for r in rows:
        for name in [r["kk"], *filter(None, r["kk_alt"].split("|"))]:
            key = name.replace("«", "").replace("»", "").casefold()
            if owner.setdefault(key, r["id"]) != r["id"]:
                clashes.append((name, owner[key], r["id"]))
    assert clashes == []


def test_core_entities_present(rows):
    by_id = {r["id"]: r for r in rows}
    assert by_id["place-kazakhstan"]["wikidata"] == "Q232"
    assert by_id["person-tokayev"]["kk"] == "Қасым-Жомарт Тоқаев"
    assert "Мемлекет басшысы" in by_id["position-president"]["kk_alt"].split("|")
    assert "Елбасы" in by_id["person-nazarbayev"]["kk_alt"].split("|")
    regions = [r for r in rows if r["type"] == "Place" and r["kk"].endswith(" облысы")]
    assert len(regions) == 17
