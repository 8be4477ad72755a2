"""Extraction quality floors: no gold set in bench/ may fall more than 0.01 below its recorded F1.

Refactors of the extractor layer must keep what the extractors find; these floors make a loss fail
loudly instead of showing up months later in a benchmark nobody re-ran. Slow (about 100 s in all):
deselect with ``-m "not slow"`` while iterating.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kazkg.graph.evaluate import evaluate_dir

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {k: v for k, v in json.loads((ROOT / "bench" / "floors.json").read_text("utf-8")).items()
          if not k.startswith("_")}
TOLERANCE = 0.01
# sets whose texts live in ../shared: gold folder, text folders under ../shared
SHARED_SETS = {"gold": ("bench/gold", ["corpus/dev"]), "real-tuning": ("bench/real/tuning", ["corpus/real"])}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_keeps_its_floor(name, shared_dir_or_none):
    if name in SHARED_SETS:
        if shared_dir_or_none is None:
            pytest.skip(f"{name} scores texts of ../shared, which is absent")
        gold, texts = SHARED_SETS[name]
        report = evaluate_dir(ROOT / gold, [shared_dir_or_none / t for t in texts] + [ROOT / "seeds"])
    else:
        report = evaluate_dir(ROOT / "bench" / name)
    entity_floor, relation_floor = FLOORS[name]
    total = report.total
    assert not [a.name for a in report.articles if a.error]
    assert total.entities.f1 >= entity_floor - TOLERANCE, f"{name}: entity F1 {total.entities.f1:.4f}"
    assert total.relations.f1 >= relation_floor - TOLERANCE, f"{name}: relation F1 {total.relations.f1:.4f}"
