"""Lemma accuracy and speed on UD_Kazakh-KTB dev (issue 3).

Prints accuracy over all words and over NOUN+PROPN (lower-cased, punctuation left out), for the
shipped lexicon ("full": it has seen these sentences) and for 10-fold cross-validation ("k-fold":
the lexicon built from 9/10 of the sentences + KazNERD, tested on the held-out 1/10), the top-10
error kinds, and tokens per second of ``kazkg.graph.lang.analyse`` on one core (cold and warm word
cache; median of 3 runs, see ``speed``).

Usage: python bench/bench_lemma.py [--shared ../shared] [--folds 10] [--runs 3] [--speed-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph.lang import analyse, clear_caches  # noqa: E402
from kazkg.graph.lang.lemma import Lemmatizer  # noqa: E402
from kazkg.graph.lang.lexicon import build_lexicon, kaznerd_evidence, read_conllu, read_kaznerd  # noqa: E402


def error_kind(form: str, gold: str, pred: str, upos: str) -> str:
    f, g, p = form.lower(), gold.lower(), pred.lower()
    if p == f and g != f:
        return f"{upos}: not stripped"
    if g == f and p != f:
        return f"{upos}: stripped a lemma"
    if g.startswith(p):
        return f"{upos}: over-stripped"
    if p.startswith(g):
        return f"{upos}: under-stripped"
    return f"{upos}: other"


def score(sents, lemmatizer, errors=None, examples=None):
    n = ok = nn = okn = 0
    for sent in sents:
        for form, gold, upos in sent:
            if upos == "PUNCT":
                continue
            pred = lemmatizer.analyse(form)[0].lemma
            good = pred.lower() == gold.lower()
            n += 1
            ok += good
            if upos in ("NOUN", "PROPN"):
                nn += 1
                okn += good
            if not good and errors is not None:
                k = error_kind(form, gold, pred, upos)
                errors[k] += 1
                if examples is not None:
                    examples.setdefault(k, []).append(f"{form}->{pred} (gold {gold})")
    return n, ok, nn, okn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--examples", type=int, default=3, help="print N examples per error kind")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per speed figure (the median is shown)")
    ap.add_argument("--cpu", type=int, default=None, help="CPU to pin the speed runs to (default: the first allowed)")
    ap.add_argument("--speed-only", action="store_true", help="skip the accuracy part")
    args = ap.parse_args()
    shared = Path(args.shared)
    sents = read_conllu(shared / "ud_kk_ktb" / "kk_ktb-dev.conllu")
    if not args.speed_only:
        accuracy(shared, sents, args.folds, args.examples)
    speed(shared, sents, runs=args.runs, cpu=args.cpu)


def accuracy(shared: Path, sents, folds: int, n_examples: int) -> None:
    """k-fold and full-lexicon lemma accuracy, and the top-10 error kinds (k-fold)."""
    evidence = kaznerd_evidence(read_kaznerd(shared / "kaznerd" / "IOB2_valid.txt"))

    # k-fold: lexicon and chain prior from the other folds only
    tot = [0, 0, 0, 0]
    errors: Counter = Counter()
    examples: dict = {}
    for k in range(folds):
        test = [s for i, s in enumerate(sents) if i % folds == k]
        train = [s for i, s in enumerate(sents) if i % folds != k]
        lex = build_lexicon(train, evidence=evidence)
        lem = Lemmatizer(lex)
        for i, v in enumerate(score(test, lem, errors, examples)):
            tot[i] += v
    print(f"k-fold ({folds}): all {tot[1] / tot[0]:.4f} ({tot[0]} words)  "
          f"NOUN+PROPN {tot[3] / tot[2]:.4f} ({tot[2]} words)")

    # full: the shipped lexicon
    lem = Lemmatizer()
    n, ok, nn, okn = score(sents, lem)
    print(f"full lexicon: all {ok / n:.4f}  NOUN+PROPN {okn / nn:.4f}")

    print("top-10 error kinds (k-fold):")
    for kind, c in errors.most_common(10):
        ex = "; ".join(examples[kind][:n_examples]) if n_examples else ""
        print(f"  {c:5d}  {kind}  {ex}")


def speed(shared: Path, ud_sents, runs: int = 3, cpu: int | None = None) -> None:
    """Tokens per second of ``kazkg.graph.lang.analyse`` on running text, on one core.

    "cold" starts with every word cache cleared (``kazkg.graph.lang.clear_caches``: each word form is
    analysed once, as on a corpus never seen before); "warm" is a second pass over the same text
    (a long-running build).  The process is pinned to one CPU, each figure is the median of
    ``runs`` runs, and both wall-clock and CPU time are shown: CPU time does not count the time
    other processes on a busy machine take from this core.  The lexicon and suffix index are
    loaded before timing (a one-off start-up cost, not a per-token one)."""
    pinned = _pin_to_one_cpu(cpu)
    texts = {"KazNERD valid": "\n".join(" ".join(t for t, _ in s) for s in read_kaznerd(shared / "kaznerd" / "IOB2_valid.txt")),
             "UD dev": "\n".join(" ".join(f for f, _, _ in s) for s in ud_sents)}
    analyse("Президент")  # load the lexicon and build the suffix index outside the timing
    print(f"speed: one core (CPU {pinned}), median of {runs} runs; wall-clock tokens/s (CPU-time tokens/s)")
    for name, text in texts.items():
        times: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
        ntok = 0
        for _ in range(runs):
            clear_caches()
            for label in ("cold", "warm"):
                w0, c0 = time.perf_counter(), time.process_time()
                doc = analyse(text)
                times[label].append((time.perf_counter() - w0, time.process_time() - c0))
                ntok = sum(len(s.tokens) for s in doc.sentences)
        for label, ts in times.items():
            wall = statistics.median(t[0] for t in ts)
            cpu_t = statistics.median(t[1] for t in ts)
            print(f"speed {name} ({label}): {ntok / wall:,.0f} tokens/s ({ntok / cpu_t:,.0f} CPU)"
                  f"  [{ntok} tokens in {wall:.2f} s]")


def _pin_to_one_cpu(cpu: int | None) -> int | str:
    """Pin this process to one CPU (the first it may run on, unless ``cpu`` is given)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned"
    cpu = min(os.sched_getaffinity(0)) if cpu is None else cpu
    os.sched_setaffinity(0, {cpu})
    return cpu


if __name__ == "__main__":
    main()
