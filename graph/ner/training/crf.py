"""Train the KazNERD CRF and cross-validate it; deterministic (fixed fold seed, L-BFGS has no randomness).

    python -m kazkg.graph.ner.training.crf /work/shared/kaznerd/IOB2_valid.txt -o graph/ner/kaznerd.crfsuite
    python -m kazkg.graph.ner.training.crf /work/shared/kaznerd/IOB2_valid.txt --cv 5
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Sequence

import pycrfsuite

from kazkg.graph.errors import InputError
from kazkg.graph.ner.features import Gazetteer
from kazkg.graph.ner.score import format_report, score, to_bioes
from kazkg.graph.ner.tagger import Tagger, gazetteer_path, make_extractor

# Chosen on held-out twin-grouped folds of the KazNERD valid split (bench/bench_ner.py): c1=0.1, c2=0.05
# beat 0.05/0.01 and 0.2/0.1 by 0.5-0.7 F1; 250 iterations were no better than 100.
DEFAULT_PARAMS = {
    "c1": 0.1,
    "c2": 0.05,
    "max_iterations": 100,
    "feature.possible_transitions": True,
    "feature.possible_states": False,
}
FOLD_SEED = 20221
JACKKNIFE = 5
# Train on BIOES labels (explicit single/end tags), tag in IOB2: on twin-grouped folds 0-1 it gave
# +0.2 micro F1 and +1 ORGANISATION F1 over plain IOB2, at twice the training time.
SCHEME = "bioes"
Sentence = tuple[list[str], list[str]]


def read_conll(path: str | Path) -> list[Sentence]:
    """Read ``token LABEL`` lines with blank lines between sentences (KazNERD IOB2 files)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text") from exc
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            if toks:
                sents.append((toks, labs))
                toks, labs = [], []
            continue
        if len(parts) != 2 or not (parts[1] == "O" or parts[1][:2] in ("B-", "I-")):
            raise InputError(f"{path}:{n}: expected 'token LABEL' with an IOB2 label, got {line!r}")
        toks.append(parts[0])
        labs.append(parts[1])
    if toks:
        sents.append((toks, labs))
    if not sents:
        raise InputError(f"{path}: no sentences")
    return sents


def train(sents: Sequence[Sentence], model_path: str | Path, params: dict | None = None,
          verbose: bool = False, gazetteer: bool = True, scheme: str = SCHEME) -> Path:
    """Fit a CRF on ``sents`` and write it to ``model_path`` (plus its gazetteer beside it).

    Gazetteer features are jackknifed: each of JACKKNIFE twin-grouped parts of the training sentences is
    featurised with the names found in the other parts, so the CRF learns how far a name list seen at test
    time can be trusted (a gazetteer built from the very sentences it marks, or from their twins, would
    look infallible).
    """
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    encode = to_bioes if scheme == "bioes" else list
    gaz_path = gazetteer_path(model_path)
    if gazetteer:
        base = make_extractor()
        parts = folds(sents, JACKKNIFE)
        for k, part in enumerate(parts):
            others = [sents[i] for j, p in enumerate(parts) if j != k for i in p]
            fx = make_extractor(Gazetteer.build(others, base))
            for i in part:
                trainer.append(fx.sent(sents[i][0]), encode(sents[i][1]))
        Gazetteer.build(sents, base).save(gaz_path)
    else:
        fx = make_extractor()
        for toks, labs in sents:
            trainer.append(fx.sent(toks), encode(labs))
        if gaz_path.exists():
            gaz_path.unlink()
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    trainer.train(str(model_path))
    return model_path


# Number words for twin detection; frozen here (not taken from wordlists.py) so the folds stay put.
_NUMBER_PREFIXES = tuple(sorted(
    """бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан жүз
    мың миллион миллиард триллион жарым нөл қырқ жарты ширек бірінші екінші үшінші төртінші бесінші
    алтыншы жетінші сегізінші тоғызыншы оныншы""".split(),
    key=len, reverse=True,
))


def twin_key(tokens: Sequence[str]) -> tuple[str, ...]:
    """The sentence without its numbers. KazNERD holds many sentences twice, once with digits and once
    with the numbers spelled out (``40 теңгеден`` / ``қырық теңгеден``); twins must share a fold, or CV
    scores a sentence the model has in effect seen."""
    return tuple(
        t.lower() for t in tokens
        if not any(c.isdigit() for c in t) and not t.lower().startswith(_NUMBER_PREFIXES)
    )


def folds(sents: Sequence[Sentence], k: int, seed: int = FOLD_SEED, twins: bool = True) -> list[list[int]]:
    """k folds of sentence indices; twin sentences (see ``twin_key``) land in the same fold unless
    ``twins`` is False (plain random folds, which overstate F1 on KazNERD)."""
    groups: dict[tuple, list[int]] = {}
    for i, (toks, _) in enumerate(sents):
        groups.setdefault(twin_key(toks) if twins else (i,), []).append(i)
    order = list(groups.values())
    random.Random(seed).shuffle(order)
    parts: list[list[int]] = [[] for _ in range(k)]
    for g in sorted(order, key=len, reverse=True):  # stable: sort keeps the shuffled order among equals
        min(parts, key=len).extend(g)
    return [sorted(p) for p in parts]


def _run_fold(args) -> tuple[list[int], list[list[str]], float]:
    sents, test_idx, params = args
    test_set = set(test_idx)
    train_sents = [s for i, s in enumerate(sents) if i not in test_set]
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        t0 = time.time()
        train(train_sents, model, params)
        elapsed = time.time() - t0
        tagger = Tagger(model)
        preds = [tagger.tag(sents[i][0]) for i in test_idx]
    return test_idx, preds, elapsed


def run_folds(sents: Sequence[Sentence], run_fold, k: int = 5, params=None, processes: int | None = None,
              only: int | None = None, twins: bool = True) -> tuple[list, list, list]:
    """Run ``run_fold((sents, test_idx, params))`` on each fold (in parallel, one per core) and pool the
    held-out gold and predicted labels: (gold, pred, the folds' results). Shared by the CRF and the
    neural tagger's CV, so both use the same twin-grouped folds."""
    parts = folds(sents, k, twins=twins)[: only or k]
    jobs = [(list(sents), p, params) for p in parts]
    processes = processes or min(len(jobs), os.cpu_count() or 1)
    if processes > 1:
        with mp.get_context("fork").Pool(processes) as pool:
            results = pool.map(run_fold, jobs)
    else:
        results = [run_fold(j) for j in jobs]
    gold, pred = [], []
    for idx, preds, *_ in results:
        gold.extend(sents[i][1] for i in idx)
        pred.extend(preds)
    return gold, pred, results


def cross_validate(sents: Sequence[Sentence], k: int = 5, params: dict | None = None,
                   processes: int | None = None, only: int | None = None, twins: bool = True) -> dict:
    """k-fold CV: train on k-1 folds, tag the held-out one; scores pooled over all held-out sentences.

    ``only`` runs just the first ``only`` folds (quick estimates).
    """
    gold, pred, results = run_folds(sents, _run_fold, k, params, processes, only, twins)
    report = score(gold, pred)
    report["_train_seconds"] = [r[2] for r in results]
    return report


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train or cross-validate the KazNERD CRF tagger.")
    ap.add_argument("data", help="IOB2 CoNLL file (token LABEL per line)")
    ap.add_argument("-o", "--out", help="model file to write")
    ap.add_argument("--cv", type=int, default=0, help="run k-fold cross-validation instead of training")
    ap.add_argument("--only", type=int, default=None, help="with --cv: run only the first N folds")
    ap.add_argument("--c1", type=float)
    ap.add_argument("--c2", type=float)
    ap.add_argument("--iter", type=int)
    ap.add_argument("--scheme", choices=("bioes", "iob2"), default=SCHEME, help="label scheme to train on")
    args = ap.parse_args(argv)
    params = {}
    if args.c1 is not None:
        params["c1"] = args.c1
    if args.c2 is not None:
        params["c2"] = args.c2
    if args.iter is not None:
        params["max_iterations"] = args.iter
    sents = read_conll(args.data)
    if args.cv:
        rep = cross_validate(sents, args.cv, params, only=args.only)
        print(format_report(rep))
        print("train seconds per fold:", [round(s) for s in rep["_train_seconds"]])
    elif args.out:
        train(sents, args.out, params, scheme=args.scheme)
        print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB)")
    else:
        ap.error("give -o MODEL or --cv K")


if __name__ == "__main__":
    main()
