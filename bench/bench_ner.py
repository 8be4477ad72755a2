"""Benchmark the KazNERD tagger: k-fold cross-validated F1 (micro, per class), speed, model size, load time.

    python bench/bench_ner.py                       # 5-fold CV on ../shared/kaznerd/IOB2_valid.txt + speed
    python bench/bench_ner.py --quick               # 2 of 5 folds, shorter training: a rough estimate
    python bench/bench_ner.py --no-cv               # speed, size and load time of the shipped model only
    python bench/bench_ner.py --random-folds        # folds that ignore twin sentences (optimistic)
    python bench/bench_ner.py --model graph/ner/kaznerd.crfsuite   # the CRF alone

Folds are twin-grouped by default: KazNERD holds many sentences twice (digits / numbers spelled out), and
a twin in the training folds makes a held-out sentence effectively seen. CV trains one model per fold
the way the model given was trained (an ``.npz`` model: BiLSTM + feature CRF ensemble, needs the
``ner-train`` extra; otherwise the CRF), folds in parallel, one per core. Speed is measured in a fresh
process pinned to one core (BLAS limited to one thread) over the data's own sentences: the first pass
(every word type new to the caches) and a second pass, tagging with ``tag_sents`` and one sentence at a time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph.ner.score import format_report  # noqa: E402
from kazkg.graph.ner.tagger import DEFAULT_MODEL, gazetteer_path  # noqa: E402
from kazkg.graph.ner.training.crf import cross_validate, read_conll  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "kaznerd" / "IOB2_valid.txt"


def load_seconds(model: Path) -> float:
    """Cold load in a fresh interpreter: import + resources + model open + first tag."""
    code = (
        "import time; t=time.perf_counter(); from kazkg.graph.ner import load_tagger; "
        f"tg=load_tagger({str(model)!r}); tg.tag(['Астана']); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


SPEED_CODE = """
import json, os, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from kazkg.graph.ner import Tagger
from kazkg.graph.ner.training.crf import read_conll
toks = [t for t, _ in read_conll(sys.argv[1])]
n = sum(len(t) for t in toks)
out = {"tokens": n}
for mode in ("tag_sents", "tag"):
    tagger = Tagger(sys.argv[2])  # fresh caches
    for run in ("first", "second"):
        t0 = time.perf_counter()
        if mode == "tag_sents":
            tagger.tag_sents(toks)
        else:
            for s in toks:
                tagger.tag(s)
        out[mode + " " + run] = n / (time.perf_counter() - t0)
print(json.dumps(out))
"""


def speed(model: Path, data: str) -> dict:
    """Tokens per second on one core (fresh process, pinned, one BLAS thread)."""
    import json
    import os

    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", SPEED_CODE, data, str(model)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="2 folds only, shorter training")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--processes", type=int, default=None)
    ap.add_argument("--random-folds", action="store_true",
                    help="plain random folds (twin sentences may straddle folds: optimistic)")
    args = ap.parse_args()
    sents = read_conll(args.data)
    model = Path(args.model)
    print(f"data: {args.data}: {len(sents)} sentences, {sum(len(t) for t, _ in sents)} tokens")
    if not args.no_cv:
        only = 2 if args.quick else None
        t0 = time.time()
        if model.suffix == ".npz":
            from kazkg.graph.ner.training.neural import cross_validate as cv_neural

            hp = {"epochs": 8} if args.quick else None
            rep = cv_neural(sents, args.folds, hp, processes=args.processes, only=only, twins=not args.random_folds)
        else:
            params = {"max_iterations": 60} if args.quick else None
            rep = cross_validate(sents, args.folds, params, processes=args.processes, only=only,
                                 twins=not args.random_folds)
        done = only or args.folds
        kind = "random" if args.random_folds else "twin-grouped"
        print(f"\n{done} of {args.folds} {kind} folds cross-validated (exact-match, strict IOB2), "
              f"{time.time() - t0:.0f} s wall:")
        print(format_report(rep))
    if model.is_file():
        files = [model] + [p for p in [gazetteer_path(model)] if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        print(f"\nmodel: {', '.join(p.name for p in files)}: {size / 1e6:.2f} MB")
        print(f"load time (fresh process, incl. imports and a first tag): {load_seconds(model):.2f} s")
        sp = speed(model, args.data)
        print(f"tagging speed, one core, {sp['tokens']} tokens (tokens/s, first pass / second pass):")
        print(f"  tag_sents(all sentences): {sp['tag_sents first']:,.0f} / {sp['tag_sents second']:,.0f}")
        print(f"  tag(one sentence at a time): {sp['tag first']:,.0f} / {sp['tag second']:,.0f}")
    else:
        print(f"\nno model at {model}: speed not measured")


if __name__ == "__main__":
    main()
