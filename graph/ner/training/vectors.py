"""Distributional word vectors from a token column alone (no labels): truncated SVD of positive PMI with
the ±1/±2 neighbours. The NER word clusters (scripts/build_ner_clusters.py) and the BiLSTM's initial
word embeddings (graph/ner/training/neural.py) are both made from them. Needs numpy, scipy, scikit-learn.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

OFFSETS = ((-2, 0.5), (-1, 1.0), (1, 1.0), (2, 0.5))


def ppmi_svd(sents: Sequence[Sequence[str]], dims: int = 100, min_count: int = 2, n_context: int = 3000,
             seed: int = 13):
    """(vocab, vectors): the words seen at least ``min_count`` times, most frequent first, and their
    unit-length float64 vectors (one row each). Tokens are taken as given (lower-case them first)."""
    import numpy as np
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD

    counts = Counter(t for s in sents for t in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, (w, _) in enumerate(counts.most_common(n_context))}
    n_ctx = len(ctx_index) + 1  # + OTHER
    rows, cols, vals = [], [], []
    for s in sents:
        padded = ["<s>", "<s>"] + list(s) + ["</s>", "</s>"]
        for i, w in enumerate(s):
            wi = index.get(w)
            if wi is None:
                continue
            for k, (off, weight) in enumerate(OFFSETS):
                c = padded[i + 2 + off]
                ci = ctx_index.get(c, n_ctx - 1) if c not in ("<s>", "</s>") else n_ctx - 1
                rows.append(wi)
                cols.append(k * n_ctx + ci)
                vals.append(weight)
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(vocab), len(OFFSETS) * n_ctx), dtype=np.float64)
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vecs = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    return vocab, vecs
