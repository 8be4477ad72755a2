"""Lemma accuracy and speed on UD_Kazakh-KTB dev (issue 3).

Prints accuracy over all words and over NOUN+PROPN (lower-cased, punctuation left out), for the
shipped lexicon ("full": it has seen these sentences) and for 10-fold cross-validation ("k-fold":
the lexicon built from 9/10 of the sentences + KazNERD, tested on the held-out 1/10), the top-10
error kinds, and tokens per second of ``graph.lang.analyse`` (cold and warm word cache).

Usage: python bench/bench_lemma.py [--shared ../shared] [--folds 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.lang import analyse  # noqa: E402
from graph.lang.lemma import Lemmatizer  # noqa: E402
from graph.lang.lexicon import build_lexicon, kaznerd_evidence, read_conllu, read_kaznerd  # noqa: E402


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
    args = ap.parse_args()
    shared = Path(args.shared)
    sents = read_conllu(shared / "ud_kk_ktb" / "kk_ktb-dev.conllu")
    evidence = kaznerd_evidence(read_kaznerd(shared / "kaznerd" / "IOB2_valid.txt"))

    # k-fold: lexicon and chain prior from the other folds only
    tot = [0, 0, 0, 0]
    errors: Counter = Counter()
    examples: dict = {}
    for k in range(args.folds):
        test = [s for i, s in enumerate(sents) if i % args.folds == k]
        train = [s for i, s in enumerate(sents) if i % args.folds != k]
        lex = build_lexicon(train, evidence=evidence)
        lem = Lemmatizer(lex)
        for i, v in enumerate(score(test, lem, errors, examples)):
            tot[i] += v
    print(f"k-fold ({args.folds}): all {tot[1] / tot[0]:.4f} ({tot[0]} words)  "
          f"NOUN+PROPN {tot[3] / tot[2]:.4f} ({tot[2]} words)")

    # full: the shipped lexicon
    lem = Lemmatizer()
    n, ok, nn, okn = score(sents, lem)
    print(f"full lexicon: all {ok / n:.4f}  NOUN+PROPN {okn / nn:.4f}")

    print("top-10 error kinds (k-fold):")
    for kind, c in errors.most_common(10):
        ex = "; ".join(examples[kind][: args.examples]) if args.examples else ""
        print(f"  {c:5d}  {kind}  {ex}")

    # speed: graph.lang.analyse on running text, one core.  "cold" starts with an empty word cache
    # (every new word form is analysed once); "warm" is a second pass (a long-running build).
    import graph.lang as lang_mod
    from graph.lang import lemma as lemma_mod

    texts = {"KazNERD valid": "\n".join(" ".join(t for t, _ in s) for s in read_kaznerd(shared / "kaznerd" / "IOB2_valid.txt")),
             "UD dev": "\n".join(" ".join(f for f, _, _ in s) for s in sents)}
    analyse("Президент")  # import and build the suffix index outside the timing
    for name, text in texts.items():
        lemma_mod.default_lemmatizer().analyse.cache_clear()
        lang_mod._BEST.clear()
        for label in ("cold", "warm"):
            t = time.perf_counter()
            doc = analyse(text)
            dt = time.perf_counter() - t
            ntok = sum(len(s.tokens) for s in doc.sentences)
            print(f"speed {name} ({label}): {ntok / dt:,.0f} tokens/s ({ntok} tokens in {dt:.2f} s)")

if __name__ == "__main__":
    main()
