"""Build graph/ner/data/clusters.tsv: word counts and distributional word clusters for the NER tagger.

Labels are not read: only the token column of the CoNLL file(s), so computing this on all KazNERD text does
not leak gold entities into cross-validation. Each word also gets a capitalisation class (how often it is title-cased
away from the sentence start). Each word with >= MIN_COUNT occurrences gets a vector of
positive PMI with its left and right neighbours (±1, ±2), reduced by truncated SVD and clustered with
k-means at several granularities (fixed seeds). Words seen once are kept with their count only: the count
list doubles as the lexicon the suffix stripper checks stems against.

    python scripts/build_ner_clusters.py /work/shared/kaznerd/IOB2_valid.txt -o graph/ner/data/clusters.tsv

Needs numpy and scikit-learn (build time only; the tagger reads the TSV with the standard library).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from sklearn.cluster import KMeans

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kazkg.graph.ner.training.vectors import ppmi_svd  # noqa: E402

MIN_COUNT = 2
N_CONTEXT = 3000
DIMS = 100
KS = (64, 256, 1024)
SEED = 13


def cap_class(n_title: int, n_seen: int) -> str:
    """How often a word is capitalised away from the sentence start: U(pper) M(ixed) l(ower) ?(unseen)."""
    if not n_seen:
        return "?"
    r = n_title / n_seen
    return "U" if r >= 0.9 else "M" if r >= 0.3 else "l"


def read_tokens(paths, raw=False):
    sents, cur = [], []
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(parts[0] if raw else parts[0].lower())
    if cur:
        sents.append(cur)
    return sents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conll", nargs="+")
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()
    sents = read_tokens(args.conll)
    n_title, n_seen = Counter(), Counter()
    for s in read_tokens(args.conll, raw=True):
        for t in s[1:]:
            if t[:1].isalpha():
                n_seen[t.lower()] += 1
                n_title[t.lower()] += t[:1].isupper()
    counts = Counter(t for s in sents for t in s)
    vocab, vecs = ppmi_svd(sents, DIMS, MIN_COUNT, N_CONTEXT, SEED)
    index = {w: i for i, w in enumerate(vocab)}
    labels = []
    for k in KS:
        km = KMeans(n_clusters=k, n_init=2, random_state=SEED, max_iter=100)
        labels.append(km.fit_predict(vecs))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# word\tcount\tcap\t" + "\t".join(f"k{k}" for k in KS) + "\n")
        for w, c in counts.most_common():
            i = index.get(w)
            cl = "\t".join(str(lab[i]) for lab in labels) if i is not None else ""
            cap = cap_class(n_title[w], n_seen[w])
            fh.write(f"{w}\t{c}\t{cap}\t{cl}\n".replace("\t\n", "\n"))
    print(f"{len(counts)} words, {len(vocab)} clustered -> {out}")


if __name__ == "__main__":
    main()
