"""Benchmark the KazNERD tagger: k-fold cross-validated F1 (micro, per class), speed, model size, load time.

    python bench/bench_ner.py                       # 5-fold CV on ../shared/kaznerd/IOB2_valid.txt + speed
    python bench/bench_ner.py --quick               # 2 of 5 folds, fewer iterations: a rough estimate
    python bench/bench_ner.py --no-cv               # speed, size and load time of the shipped model only
    python bench/bench_ner.py --random-folds        # folds that ignore twin sentences (optimistic)

Folds are twin-grouped by default: KazNERD holds many sentences twice (digits / numbers spelled out), and
a twin in the training folds makes a held-out sentence effectively seen. CV trains one CRF per fold (folds run in parallel, one per core); speed is measured on one core with the
shipped model over the data's own sentences (features are cached per word type, as in real use).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.ner.score import format_report  # noqa: E402
from graph.ner.tagger import DEFAULT_MODEL  # noqa: E402
from graph.ner.train import cross_validate, read_conll  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "kaznerd" / "IOB2_valid.txt"


def load_seconds(model: Path) -> float:
    """Cold load in a fresh interpreter: import + resources + model open + first tag."""
    code = (
        "import time; t=time.perf_counter(); from graph.ner import load_tagger; "
        f"tg=load_tagger({str(model)!r}); tg.tag(['Астана']); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def speed(model: Path, sents) -> tuple[float, int]:
    from graph.ner import Tagger

    tagger = Tagger(model)
    toks = [t for t, _ in sents]
    n = sum(len(t) for t in toks)
    t0 = time.perf_counter()
    for s in toks:
        tagger.tag(s)
    cold = n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for s in toks:
        tagger.tag(s)
    warm = n / (time.perf_counter() - t0)
    return cold, warm, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="2 folds only, 60 L-BFGS iterations")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--processes", type=int, default=None)
    ap.add_argument("--random-folds", action="store_true",
                    help="plain random folds (twin sentences may straddle folds: optimistic)")
    args = ap.parse_args()
    sents = read_conll(args.data)
    model = Path(args.model)
    print(f"data: {args.data}: {len(sents)} sentences, {sum(len(t) for t, _ in sents)} tokens")
    if not args.no_cv:
        params = {"max_iterations": 60} if args.quick else None
        only = 2 if args.quick else None
        t0 = time.time()
        rep = cross_validate(sents, args.folds, params, processes=args.processes, only=only,
                             twins=not args.random_folds)
        done = only or args.folds
        kind = "random" if args.random_folds else "twin-grouped"
        print(f"\n{done} of {args.folds} {kind} folds cross-validated (exact-match, strict IOB2), "
              f"{time.time() - t0:.0f} s wall:")
        print(format_report(rep))
    if model.is_file():
        cold, warm, n = speed(model, sents)
        print(f"\nmodel: {model} {model.stat().st_size / 1e6:.2f} MB")
        print(f"load time (fresh process, incl. imports): {load_seconds(model):.2f} s")
        print(f"tagging speed, one core: {cold:,.0f} tokens/s first pass, {warm:,.0f} tokens/s warm ({n} tokens)")
    else:
        print(f"\nno model at {model}: speed not measured")


if __name__ == "__main__":
    main()
