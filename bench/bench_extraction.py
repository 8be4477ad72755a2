"""Extraction quality on the dev corpus (issue 5): entity and relation P/R/F1 against bench/gold.

Builds the graph of each article of ../shared/corpus/dev (and of seeds/seed-article.txt) that has a
``bench/gold/NAME.gold.json`` and prints per-article and micro-averaged scores, per-type and
per-predicate tables; ``--details`` adds what was missed and what was spurious in each article.
The matching rules are in ``graph/evaluate.py``, the annotation guidelines in ``bench/gold/README.md``.

Usage: python bench/bench_extraction.py [--shared ../shared] [--details] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.evaluate import evaluate_dir  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder")
    ap.add_argument("--details", action="store_true", help="list missed and spurious items per article")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)

    dev = args.shared / "corpus" / "dev"
    if not dev.is_dir():
        print(f"{dev} is not present (the dev corpus is not bundled with the project): nothing to measure.")
        return 0
    t0 = time.perf_counter()
    report = evaluate_dir(ROOT / "bench" / "gold", [dev, ROOT / "seeds"])
    seconds = time.perf_counter() - t0
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print(report.to_text())
    if args.details:
        for a in report.articles:
            print(f"== {a.name}" + (f"  ERROR: {a.error}" if a.error else ""))
            for item in a.scores.missed:
                print(f"  missed    {item[:150]}")
            for item in a.scores.spurious:
                print(f"  spurious  {item[:150]}")
        print()
    print(f"{len(report.articles)} articles built and scored in {seconds:.2f} s "
          f"(entity F1 target >= 0.85, relation F1 target >= 0.70 on unseen articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
