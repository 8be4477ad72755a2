"""Learning curve of the KazNERD feature CRF: F1 (micro, ORGANISATION and the other required classes)
against the share of the training folds it is trained on.

    python bench/bench_ner_curve.py                  # folds 0-1, shares 1/8, 1/4, 1/2, 1: about 10 min
    python bench/bench_ner_curve.py --folds 5        # all five twin-grouped folds

Tells whether a class is limited by data or by the model: a curve still rising steeply at the full
training set says more labelled sentences would help more than another feature. The CRF alone stands in
for the shipped ensemble (it is a tenth of the cost to train and about 1.5 points below it). Shares are
drawn as whole twin groups (``kazkg.graph.ner.training.crf.twin_key``), so no test sentence's twin is ever trained on;
each fold is tested on the same held-out sentences at every share.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph.ner.score import score  # noqa: E402
from kazkg.graph.ner.tagger import Tagger  # noqa: E402
from kazkg.graph.ner.training.crf import folds, read_conll, train, twin_key  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "kaznerd" / "IOB2_valid.txt"
SHARES = (0.125, 0.25, 0.5, 1.0)
CLASSES = ("ORGANISATION", "PERSON", "POSITION", "GPE", "DATE")
SEED = 7


def subsample(sents, pool: list[int], share: float, seed: int = SEED) -> list[int]:
    """About ``share`` of the sentence indices in ``pool``, taken as whole twin groups."""
    groups: dict[tuple, list[int]] = {}
    for i in pool:
        groups.setdefault(twin_key(sents[i][0]), []).append(i)
    order = list(groups.values())
    random.Random(seed).shuffle(order)
    take: list[int] = []
    for g in order:
        if len(take) >= share * len(pool):
            break
        take += g
    return sorted(take)


def _fold(args):
    data, k, n_folds, shares = args
    sents = read_conll(data)
    parts = folds(sents, n_folds)
    test = parts[k]
    held = set(test)
    pool = [i for i in range(len(sents)) if i not in held]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for share in shares:
            train_idx = subsample(sents, pool, share)
            model = train([sents[i] for i in train_idx], Path(tmp) / f"crf_{share}.crfsuite")
            preds = Tagger(model).tag_sents([sents[i][0] for i in test])
            n_org = sum(lab == "B-ORGANISATION" for i in train_idx for lab in sents[i][1])
            out.append((share, len(train_idx), n_org, [sents[i][1] for i in test], preds))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--folds", type=int, default=2, help="how many of the 5 twin-grouped folds to test on")
    ap.add_argument("--processes", type=int, default=None)
    args = ap.parse_args()
    jobs = [(args.data, k, 5, SHARES) for k in range(args.folds)]
    with mp.get_context("spawn").Pool(args.processes or min(len(jobs), mp.cpu_count())) as pool:
        results = pool.map(_fold, jobs)
    print(f"feature CRF, twin-grouped folds 0-{args.folds - 1} of 5, pooled exact-match F1:")
    print(f"{'share':>6} {'sentences':>9} {'ORG mentions':>12} {'micro':>6} " + " ".join(f"{c[:6]:>6}" for c in CLASSES))
    for j, share in enumerate(SHARES):
        rows = [r[j] for r in results]
        gold = [g for r in rows for g in r[3]]
        pred = [p for r in rows for p in r[4]]
        rep = score(gold, pred)
        n = sum(r[1] for r in rows) // len(rows)
        n_org = sum(r[2] for r in rows) // len(rows)
        print(f"{share:>6} {n:>9} {n_org:>12} {rep['micro']['f1']:>6.3f} "
              + " ".join(f"{rep.get(c, {}).get('f1', 0.0):>6.3f}" for c in CLASSES))


if __name__ == "__main__":
    main()
