"""The KazNERD CRF's emission and transition scores computed in numpy from its exported weights.

A python-crfsuite model scores a token by summing the weights of its feature strings
(``FeatureExtractor.sent``). Most of those strings depend on one word type: the token's own features
and the offset-prefixed context features it lends to its neighbours (``-2:``, ``-1:``, ``1:``, ``2:``).
Their sums are cached per word type, so per token only the conjunctions, the features beyond the window
and the gazetteer marks are looked up. The ensemble (``kazkg.graph.ner.neural``) adds these scores to the
BiLSTM's; tagging with the CRF alone still goes through python-crfsuite (``kazkg.graph.ner.tagger``).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

_CACHE_MAX = 200_000
_PADS = ("-2:PAD", "-1:PAD", "1:PAD", "2:PAD")
_OFFSETS = ("-2:", "-1:", "1:", "2:")  # prefixes of the context features a word lends its neighbours
_CONJ = ("pw|w=", "w|nw=", "pst|st=", "st|nst=", "shp3=")  # FeatureExtractor.sent's conjunctions


def export_crfsuite(model_path: str, labels: Sequence[str]) -> dict[str, np.ndarray]:
    """Arrays (``crf_attrs``, ``crf_weights`` (n_attrs, K) float32, ``crf_trans`` (K, K)) of a crfsuite
    model, with label columns in the order of ``labels`` (labels the CRF never saw score 0)."""
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(model_path))
    info = tg.info()
    col = {lab: i for i, lab in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    row = {a: i for i, a in enumerate(attrs)}
    weights = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (a, lab), w in info.state_features.items():
        if lab in col:
            weights[row[a], col[lab]] = w
    trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        if a in col and b in col:
            trans[col[a], col[b]] = w
    tg.close()
    return {"crf_attrs": np.array(attrs), "crf_weights": weights, "crf_trans": trans}


class CRFScores:
    """Emission scores of an exported crfsuite CRF for sentences featurised by ``sentence_features``."""

    def __init__(self, attrs: np.ndarray, weights: np.ndarray, trans: np.ndarray):
        self.index = {str(a): i for i, a in enumerate(attrs)}
        self.weights = weights.astype(np.float32)
        self.trans = trans.astype(np.float32)
        self._zero = np.zeros(self.weights.shape[1], dtype=np.float32)
        self._weights_z = np.vstack([self.weights, self._zero[None, :]])
        self._pads = np.stack([self.weights[self.index[p]] if p in self.index else self._zero for p in _PADS])
        self._type_cache: dict[str, np.ndarray] = {}
        # first parts of the conjunction features the model kept: most word pairs need no string built
        self._firsts = {p: set() for p in _CONJ}
        for a in self.index:
            for p in _CONJ:
                if a.startswith(p):
                    rest = a[len(p):]
                    self._firsts[p].update(rest[:k] for k, ch in enumerate(rest) if ch == "|")
        # a word's own feature f and the context copies it lends ("-2:f" ... "2:f") in one lookup:
        # f -> codes slot * n_attrs + attr (slot 0 own, 1..4 offsets -2, -1, +1, +2)
        n_attrs = len(self.index)
        by_base: dict[str, list[int]] = {}
        for a, j in self.index.items():
            slot, base = 0, a
            for k, p in enumerate(_OFFSETS, 1):
                if a.startswith(p):
                    slot, base = k, a[len(p):]
                    break
            by_base.setdefault(base, []).append(slot * n_attrs + j)
        self._by_base = {b: tuple(v) for b, v in by_base.items()}
        # sparse rows of the weights (most attributes score one or two labels)
        rows, cols = np.nonzero(self.weights)
        self._nz_ptr = np.searchsorted(rows, np.arange(n_attrs + 1))
        self._nz_col = cols
        self._nz_val = self.weights[rows, cols].astype(np.float64)

    def _new_types(self, tokens: list[str], words: list[tuple]) -> None:
        """Cache (5, K) per word type: its own features' scores, then the scores its context features
        give the tokens at offsets -2, -1, +1, +2 from it.

        The context features (``FeatureExtractor._word``) are own features of the word, except the
        3-letter suffix of a word shorter than 3 letters, looked up on its own.
        """
        by_base = self._by_base
        n_attrs = len(self.index)
        codes, owner = [], []
        for m, w in enumerate(words):
            for f in w[0]:
                c = by_base.get(f)
                if c is not None:
                    codes.extend(c)
                    owner.extend([m] * len(c))
            s3 = w[1][4]  # "s3=" of the context features
            if len(s3) < 6:  # word shorter than 3 letters: not among its own features
                c = [x for x in by_base.get(s3, ()) if x >= n_attrs]  # context slots only
                codes.extend(c)
                owner.extend([m] * len(c))
        K = self.weights.shape[1]
        M = len(tokens)
        if codes:
            code = np.array(codes)
            seg = np.array(owner) * 5 + code // n_attrs
            attr = code % n_attrs
            cnt = self._nz_ptr[attr + 1] - self._nz_ptr[attr]
            first = np.repeat(self._nz_ptr[attr] - (np.cumsum(cnt) - cnt), cnt) + np.arange(cnt.sum())
            flat = np.repeat(seg, cnt) * K + self._nz_col[first]
            sums = np.bincount(flat, weights=self._nz_val[first], minlength=M * 5 * K).astype(np.float32)
        else:
            sums = np.zeros(M * 5 * K, dtype=np.float32)
        self._type_cache.update(zip(tokens, sums.reshape(M, 5, K)))

    def batch_emissions(self, sents: Sequence[Sequence[str]], feats: list, extra: bool = True) -> list[np.ndarray]:
        """(n, K) scores per sentence: the same sums crfsuite makes over ``FeatureExtractor.sent``.

        ``feats`` holds ``sentence_features`` (per-type entries, per-token extra features) of each sentence;
        ``extra=False`` leaves the extra features' scores out (the caller adds them).
        """
        cache = self._type_cache
        fill_type_cache(cache, sents, feats, self._new_types)
        toks_all = [t for toks in sents for t in toks]
        if not toks_all:
            return [self.weights[:0] for _ in sents]
        A = np.stack([cache[t] for t in toks_all])  # (N, 5, K)
        lengths = np.array([len(t) for t in sents])
        ends = np.cumsum(lengths)
        pos = np.arange(len(toks_all)) - np.repeat(ends - lengths, lengths)  # position in its sentence
        left = np.repeat(lengths, lengths) - 1 - pos  # tokens after it
        E = A[:, 0].copy()
        # a word's context features score its neighbours (-2: features of word i-2 score token i, ...)
        E[2:] += A[:-2, 1] * (pos[2:] >= 2)[:, None]
        E[1:] += A[:-1, 2] * (pos[1:] >= 1)[:, None]
        E[:-1] += A[1:, 3] * (left[:-1] >= 1)[:, None]
        E[:-2] += A[2:, 4] * (left[:-2] >= 2)[:, None]
        E += (pos < 2)[:, None] * self._pads[0] + (pos < 1)[:, None] * self._pads[1]
        E += (left < 1)[:, None] * self._pads[2] + (left < 2)[:, None] * self._pads[3]
        idx = self.index
        f_pw, f_wn, f_ps, f_sn, f_sh = (self._firsts[p] for p in _CONJ)
        rows, cols = [], []
        i0 = 0
        for toks, (words, extra_feats) in zip(sents, feats):
            n = len(toks)
            lows = ["w=BOS"] + [w[0][0] for w in words] + ["w=EOS"]
            shapes = ["sh=BOS"] + [w[0][1] for w in words] + ["sh=EOS"]
            stems = ["BOS"] + [w[0][3] for w in words] + ["EOS"]
            for i in range(n):
                feats_i = extra_feats[i][:] if extra else []
                if lows[i] in f_pw:
                    feats_i.append("pw|w=" + lows[i] + "|" + lows[i + 1])
                if lows[i + 1] in f_wn:
                    feats_i.append("w|nw=" + lows[i + 1] + "|" + lows[i + 2])
                if stems[i] in f_ps:
                    feats_i.append("pst|st=" + stems[i] + "|" + stems[i + 1])
                if stems[i + 1] in f_sn:
                    feats_i.append("st|nst=" + stems[i + 1] + "|" + stems[i + 2])
                if shapes[i] in f_sh:
                    feats_i.append("shp3=" + shapes[i] + "|" + shapes[i + 1] + "|" + shapes[i + 2])
                if i == 0:
                    feats_i.append("BOS")
                if i == n - 1:
                    feats_i.append("EOS")
                for f in feats_i:
                    j = idx.get(f)
                    if j is not None:
                        rows.append(i0 + i)
                        cols.append(j)
            i0 += n
        if rows:
            r = np.array(rows)
            starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
            E[r[starts]] += np.add.reduceat(self.weights[np.array(cols)], starts, axis=0)
        return [E[a - n:a] for a, n in zip(ends, lengths)]


def fill_type_cache(cache: dict, sents, feats, compute) -> None:
    """Compute the per-word-type rows of the words not in ``cache`` yet (``compute(words, features)``
    stores them); a cache past its bound is emptied and refilled with the batch's words."""
    new: dict[str, tuple] = {}
    for toks, (words, _) in zip(sents, feats):
        for t, w in zip(toks, words):
            if t not in cache:
                new[t] = w
    if new:
        if len(cache) + len(new) > _CACHE_MAX:
            cache.clear()
            new = {t: w for toks, (words, _) in zip(sents, feats) for t, w in zip(toks, words)}
        compute(list(new), list(new.values()))
