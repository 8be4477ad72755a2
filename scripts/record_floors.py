"""Measure every gold set that bench/floors.json names and print it beside its floor; ``--write`` records
the measured figures (keep the file's comment up to date with the reason whenever a floor goes down).

Usage: python scripts/record_floors.py [--shared ../shared] [--write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kazkg.graph.evaluate import evaluate_dir

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "bench" / "floors.json"
SHARED_SETS = {"gold": ("bench/gold", ["corpus/dev"]), "real-tuning": ("bench/real/tuning", ["corpus/real"])}


def measure(name: str, shared: Path):
    if name in SHARED_SETS:
        gold, texts = SHARED_SETS[name]
        report = evaluate_dir(ROOT / gold, [shared / t for t in texts] + [ROOT / "seeds"])
    else:
        report = evaluate_dir(ROOT / "bench" / name)
    return round(report.total.entities.f1, 4), round(report.total.relations.f1, 4)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="record the measured figures as the floors")
    args = ap.parse_args()
    floors = json.loads(FILE.read_text("utf-8"))
    for name in sorted(k for k in floors if not k.startswith("_")):
        if name in SHARED_SETS and not (args.shared / "corpus").is_dir():
            print(f"{name:<12} skipped: {args.shared}/corpus is absent")
            continue
        ent, rel = measure(name, args.shared)
        old = floors[name]
        print(f"{name:<12} entity {ent:.4f} (floor {old[0]:.4f}, {ent - old[0]:+.4f})   "
              f"relation {rel:.4f} (floor {old[1]:.4f}, {rel - old[1]:+.4f})")
        floors[name] = [ent, rel]
    if args.write:
        FILE.write_text(json.dumps(floors, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"written: {FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
