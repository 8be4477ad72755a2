"""Extraction quality on real published news: entity, relation and link P/R/F1 per set and per predicate.

Sets (gold in bench/, texts read from ../shared, never copied):
- ``dev``: bench/gold, the 12 items of ../shared/corpus/dev (gold rewritten blind to GOLD.md) and the seed;
- ``real-tuning``: bench/real/tuning, 44 of the 66 real items (errors may be read: ``--details``);
- ``real-untouched``: bench/real/untouched, the other 22, only with ``--untouched``, and only its
  micro-averaged figures: nobody reads its errors (bench/real/README.md).
The matching rules are in ``graph/evaluate.py``; "links" scores relations with predicate and direction
ignored (are the two ends related at all?).

Usage: python bench/bench_extraction.py [--shared ../shared] [--details] [--untouched] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph.evaluate import evaluate_dir  # noqa: E402

SETS = {  # name: (gold folder, text folders under ../shared, may be read for errors)
    "dev": ("bench/gold", ["corpus/dev"], True),
    "real-tuning": ("bench/real/tuning", ["corpus/real"], True),
    "real-untouched": ("bench/real/untouched", ["corpus/real"], False),
}


def _row(name: str, s) -> str:
    e, r, k = s.entities, s.relations, s.links
    return (f"{name:<16} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f}   {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}"
            f"   {k.precision:6.3f} {k.recall:6.3f} {k.f1:6.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder")
    ap.add_argument("--details", action="store_true", help="missed and spurious items per article (tuning sets only)")
    ap.add_argument("--untouched", action="store_true", help="also score the untouched part (micro figures only)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"{args.shared}/corpus is not present (texts are not bundled with the project): nothing to measure.")
        return 0
    out, reports = {}, {}
    t0 = time.perf_counter()
    for name, (gold, texts, readable) in SETS.items():
        if not readable and not args.untouched:
            continue
        report = evaluate_dir(ROOT / gold, [args.shared / t for t in texts] + [ROOT / "seeds"])
        reports[name] = (report, readable)
        total = report.total
        out[name] = {"articles": len(report.articles), "errors": sum(1 for a in report.articles if a.error),
                     **total.as_dict(details=False)}
        if not readable:
            for key in ("by_type", "by_predicate"):
                out[name].pop(key)
    seconds = time.perf_counter() - t0
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{'set':<16} {'ent P':>6} {'ent R':>6} {'ent F1':>6}   {'rel P':>6} {'rel R':>6} {'rel F1':>6}"
          f"   {'link P':>6} {'link R':>6} {'linkF1':>6}")
    for name, (report, _) in reports.items():
        print(_row(f"{name} ({len(report.articles)})", report.total))
    for name, (report, readable) in reports.items():
        if not readable:
            continue
        print(f"\n{name}: per predicate")
        print(f"{'predicate':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for k, c in sorted(report.total.by_predicate.items()):
            print(f"{k:<16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}")
        if args.details:
            for a in report.articles:
                print(f"== {a.name}" + (f"  ERROR: {a.error}" if a.error else ""))
                for item in a.scores.missed:
                    print(f"  missed    {item[:150]}")
                for item in a.scores.spurious:
                    print(f"  spurious  {item[:150]}")
    print(f"\nscored in {seconds:.1f} s (targets on unseen real articles: entity F1 >= 0.85, relation F1 >= 0.70)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
