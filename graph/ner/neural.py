"""The BiLSTM-CRF KazNERD tagger at run time, in plain numpy (no torch): weights from an ``.npz`` written
by ``kazkg.graph.ner.training.neural``, a BiLSTM batched over sentences, Viterbi decoding in numpy.

Network (per token): [word embedding; character CNN (max-pooled ReLU, width 3); sum of feature
embeddings] -> one BiLSTM layer -> linear emission scores over BIOES labels -> CRF transitions.
Everything that depends on the word type alone (word embedding, character CNN, own-feature embeddings,
and their product with the LSTM input weights) is computed once per word type and cached.

An archive that also holds ``crf_*`` arrays is an ensemble: the exported feature CRF's emission and
transition scores (``kazkg.graph.ner.crf_numpy``), times ``crf_scale``, are added to the BiLSTM's before Viterbi
decoding (a product of the two models' potentials).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from kazkg.graph.ner.crf_numpy import CRFScores, fill_type_cache
from kazkg.graph.ner.features import FeatureExtractor
from kazkg.graph.ner.neural_inputs import MAX_CHARS, own_features, sentence_features

BEAM = 8  # labels kept per step in decoding; on the CV folds it gives the exact Viterbi path (README)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralNet:
    """Weights and forward pass of one BiLSTM-CRF; ``emissions`` and ``decode`` are batched."""

    def __init__(self, path: str | Path):
        with np.load(path, allow_pickle=False) as z:
            w = {k: z[k] for k in z.files}
        self.labels = [str(x) for x in w["labels"]]
        self.word_index = {str(x): i for i, x in enumerate(w["words"])}
        self.feat_index = {str(x): i for i, x in enumerate(w["feats"])}
        self.char_index = {str(x): i for i, x in enumerate(w["chars"])}
        f32 = np.float32
        self.wemb = w["wemb"].astype(f32)
        self.femb = w["femb"].astype(f32)
        self.cemb = w["cemb"].astype(f32)
        self.conv_w = w["conv_w"].astype(f32)  # (filters, char dim, width)
        self.conv_b = w["conv_b"].astype(f32)
        # torch orders LSTM gates i f g o; reorder to i f o g so one sigmoid covers the first three
        H = w["w_hh_f"].shape[1]
        perm = np.r_[0:2 * H, 3 * H:4 * H, 2 * H:3 * H]
        self.w_ih = [w["w_ih_f"].astype(f32)[perm], w["w_ih_b"].astype(f32)[perm]]  # (4H, in)
        self.w_hh_t = [w["w_hh_f"].astype(f32)[perm].T.copy(), w["w_hh_b"].astype(f32)[perm].T.copy()]
        self.b = [w["b_f"].astype(f32)[perm], w["b_b"].astype(f32)[perm]]
        self.out_w_t = w["out_w"].astype(f32).T.copy()
        self.out_b = w["out_b"].astype(f32)
        self.trans = w["trans"].astype(f32)
        self.start = w["start"].astype(f32)
        self.end = w["end"].astype(f32)
        self.crf = None
        if "crf_weights" in w:
            self.crf_scale = float(w["crf_scale"])
            self.crf = CRFScores(w["crf_attrs"], w["crf_weights"], w["crf_trans"])
            self.trans = self.trans + self.crf_scale * self.crf.trans
            # features beyond the word type, looked up once for both models: [embedding | scaled CRF weights]
            names = sorted(set(self.feat_index) | set(self.crf.index))
            self._x_index = {f: i for i, f in enumerate(names)}
            self._x_table = np.zeros((len(names), self.femb.shape[1] + len(self.labels)), dtype=np.float32)
            fi = np.array([(i, self.feat_index[f]) for i, f in enumerate(names) if f in self.feat_index]).reshape(-1, 2)
            ci = np.array([(i, self.crf.index[f]) for i, f in enumerate(names) if f in self.crf.index]).reshape(-1, 2)
            self._x_table[fi[:, 0], :self.femb.shape[1]] = self.femb[fi[:, 1]]
            self._x_table[ci[:, 0], self.femb.shape[1]:] = self.crf_scale * self.crf.weights[ci[:, 1]]
        self.hidden = self.w_hh_t[0].shape[0]
        wdim, cfil = self.wemb.shape[1], self.conv_w.shape[0]
        self._fe_slice = slice(wdim + cfil, None)
        # LSTM input weights of the feature embedding, both directions side by side: (fdim, 8H)
        self._w_fe = np.concatenate([m[:, self._fe_slice].T for m in self.w_ih], axis=1)
        self._w_ih_t = np.concatenate([m.T for m in self.w_ih], axis=1)  # (in, 8H)
        self._b_both = np.concatenate(self.b)
        self._type_cache: dict[str, np.ndarray] = {}
        self._femb_z = np.vstack([self.femb, np.zeros((1, self.femb.shape[1]), dtype=np.float32)])

    # -- per word type ---------------------------------------------------------------------------
    def _char_cnn(self, tokens: Sequence[str]) -> np.ndarray:
        """(M, filters): max over positions of the ReLU width-3 convolution, for M tokens at once."""
        L = max(min(len(t), MAX_CHARS) for t in tokens)
        cidx = self.char_index
        ids = np.zeros((len(tokens), L + 2), dtype=np.int64)  # zero padding on both sides
        valid = np.zeros((len(tokens), L), dtype=bool)
        for m, t in enumerate(tokens):
            t = t[:MAX_CHARS]
            ids[m, 1:len(t) + 1] = [cidx.get(ch, 1) for ch in t]
            valid[m, :len(t)] = True
        e = self.cemb[ids]  # row 0 (<pad>) of the char table is zero
        out = self.conv_b[None, None, :] + sum(
            e[:, k:k + L] @ self.conv_w[:, :, k].T for k in range(self.conv_w.shape[2])
        )
        out = np.maximum(out, 0.0) * valid[:, :, None]  # ReLU output >= 0: zeroed pads never win the max
        return out.max(axis=1)

    def _new_types(self, tokens: list[str], words: list[tuple]) -> None:
        """Cache the LSTM input pre-activations (8H) of word types not seen before, in one batch."""
        zero = len(self.femb)
        fidx = self.feat_index
        flat, starts = [], []
        for w in words:
            starts.append(len(flat))
            flat.extend(i for i in (fidx.get(f) for f in own_features(w)) if i is not None)
            flat.append(zero)
        fe = np.add.reduceat(self._femb_z[np.array(flat)], np.array(starts), axis=0)
        we = self.wemb[[self.word_index.get(t.lower(), 1) for t in tokens]]
        x = np.concatenate([we, self._char_cnn(tokens), fe], axis=1)
        self._type_cache.update(zip(tokens, x @ self._w_ih_t + self._b_both))

    # -- per batch --------------------------------------------------------------------------------
    def scores(self, fx: FeatureExtractor, sents: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Emission scores (n_tokens, n_labels) of each (non-empty) sentence, ensemble included."""
        feats = [sentence_features(fx, toks) for toks in sents]
        fe, crf_extra = self._extras(feats, with_crf=self.crf is not None)
        ems = self.emissions(self.input_gates(sents, feats, fe))
        if self.crf is None:
            return ems
        a = self.crf_scale
        out, i = [], 0
        for e, c in zip(ems, self.crf.batch_emissions(sents, feats, extra=False)):
            out.append(e + a * c + crf_extra[i:i + len(e)])
            i += len(e)
        return out

    def _extras(self, feats: list, with_crf: bool = False):
        """Per-token sums over the features beyond the word type: (N, feature dim) embeddings and, for an
        ensemble, (N, K) CRF scores (times ``crf_scale``); one dictionary lookup per feature string."""
        n_tok = sum(len(w) for w, _ in feats)
        if with_crf:
            index, table = self._x_index, self._x_table
        else:
            index, table = self.feat_index, self.femb
        rows, cols = [], []
        i = 0
        for _, extra in feats:
            for fs in extra:
                for f in fs:
                    j = index.get(f)
                    if j is not None:
                        rows.append(i)
                        cols.append(j)
                i += 1
        summed = np.zeros((n_tok, table.shape[1]), dtype=np.float32)
        if rows:
            r = np.array(rows)
            starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])  # rows arrive in order
            summed[r[starts]] = np.add.reduceat(table[np.array(cols)], starts, axis=0)
        fdim = self.femb.shape[1]
        return summed[:, :fdim], (summed[:, fdim:] if with_crf else None)

    def input_gates(self, sents: Sequence[Sequence[str]], feats: list, extras: np.ndarray | None = None) -> list[np.ndarray]:
        """(n_tokens, 8H) LSTM input pre-activations for each sentence, from ``sentence_features``;
        ``extras`` is the first part of ``_extras`` if already computed."""
        cache = self._type_cache
        lengths = [len(t) for t in sents]
        if not sum(lengths):
            return [np.zeros((0, self._b_both.shape[0]), dtype=np.float32) for _ in sents]
        fill_type_cache(cache, sents, feats, self._new_types)
        if extras is None:
            extras = self._extras(feats)[0]
        g = np.stack([cache[t] for toks in sents for t in toks]) + extras @ self._w_fe
        ends = np.cumsum(lengths)
        return [g[a - n:a] for a, n in zip(ends, lengths)]

    def _lstm(self, G: np.ndarray, rows: np.ndarray, lengths: np.ndarray, d: int, out: np.ndarray) -> None:
        """One direction: step t reads token rows ``rows[:n, t]`` of the gate table ``G`` (this direction's
        4H columns) for the n sentences longer than t (sorted longest first) and writes their hidden
        states to the same rows of ``out``."""
        H = self.hidden
        B, T = rows.shape
        h = np.zeros((B, H), dtype=np.float32)
        c = np.zeros((B, H), dtype=np.float32)
        w_hh_t = self.w_hh_t[d]
        cols = slice(0, 4 * H) if d == 0 else slice(4 * H, 8 * H)
        oc = slice(0, H) if d == 0 else slice(H, 2 * H)
        active = (lengths[None, :] > np.arange(T)[:, None]).sum(axis=1)
        for t in range(T):
            n = int(active[t])
            r = rows[:n, t]
            z = G[r, cols] + h[:n] @ w_hh_t  # gate columns reordered at load: i f o | g
            s = _sigmoid(z[:, :3 * H])
            c[:n] = s[:, H:2 * H] * c[:n] + s[:, :H] * np.tanh(z[:, 3 * H:])
            h[:n] = s[:, 2 * H:] * np.tanh(c[:n])
            out[r, oc] = h[:n]

    def emissions(self, gates: list[np.ndarray]) -> list[np.ndarray]:
        """Emission scores (n_tokens, n_labels) for sentences given by their input gates."""
        lengths = np.array([len(g) for g in gates], dtype=np.int64)
        if not len(gates) or not lengths.max():
            return [np.zeros((len(g), len(self.labels)), dtype=np.float32) for g in gates]
        order = np.argsort(-lengths, kind="stable")
        srt = lengths[order]
        T = int(srt[0])
        G = np.concatenate(gates)
        starts = (np.cumsum(lengths) - lengths)[order]
        t = np.arange(T)[None, :]
        fwd = np.minimum(starts[:, None] + t, len(G) - 1)  # (B, T) token rows; beyond a sentence: unused
        bwd = np.maximum(starts[:, None] + srt[:, None] - 1 - t, 0)  # the sentence reversed
        Hs = np.empty((len(G), 2 * self.hidden), dtype=np.float32)
        self._lstm(G, fwd, srt, 0, Hs)
        self._lstm(G, bwd, srt, 1, Hs)
        E = Hs @ self.out_w_t + self.out_b
        ends = np.cumsum(lengths)
        return [E[a - n:a] for a, n in zip(ends, lengths)]

    def decode(self, emissions: list[np.ndarray], beam: int | None = BEAM) -> list[list[int]]:
        """Viterbi paths, batched: sentences sorted by length, step t updates those longer than t.

        With ``beam``, each step extends only the ``beam`` best labels of the step before (a label that far
        down practically never lies on the best path); ``None`` is exact Viterbi over all label pairs.
        """
        if not emissions:
            return []
        paths: list[list[int]] = [[] for _ in emissions]
        order = sorted((k for k in range(len(emissions)) if len(emissions[k])), key=lambda k: -len(emissions[k]))
        if not order:
            return paths
        lengths = np.array([len(emissions[k]) for k in order])
        B, T, K = len(order), int(lengths[0]), len(self.labels)
        E = np.zeros((B, T, K), dtype=np.float32)
        for r, k in enumerate(order):
            E[r, :lengths[r]] = emissions[k]
        trans_t = self.trans.T[None, :, :]  # (1, to, from)
        score = self.start[None, :] + E[:, 0]
        final = np.zeros((B, K), dtype=np.float32)
        back = []
        for t in range(1, T + 1):
            n = int((lengths > t).sum())
            done = slice(n, int((lengths >= t).sum()))
            final[done] = score[done]  # sentences of length t end here
            if t == T or n == 0:
                break
            if beam and beam < K:
                top = np.argpartition(-score[:n], beam - 1, axis=1)[:, :beam]  # (n, beam) from-labels
                m = np.take_along_axis(score[:n], top, axis=1)[:, :, None] + self.trans[top]  # (n, beam, to)
                j = m.argmax(axis=1)
                back.append(np.take_along_axis(top, j, axis=1))
                score = np.take_along_axis(m, j[:, None, :], axis=1)[:, 0] + E[:n, t]
            else:
                m = score[:n, None, :] + trans_t  # (n, to, from)
                bp = m.argmax(axis=2)
                back.append(bp)
                score = np.take_along_axis(m, bp[:, :, None], axis=2)[:, :, 0] + E[:n, t]
        best = (final + self.end[None, :]).argmax(axis=1)
        out = np.zeros((B, T), dtype=np.int64)
        for r in range(B):
            out[r, lengths[r] - 1] = best[r]
        for t in range(len(back), 0, -1):  # back[t-1] maps the label at t to the label at t-1
            bp = back[t - 1]
            n = bp.shape[0]
            out[:n, t - 1] = bp[np.arange(n), out[:n, t]]
        for r, k in enumerate(order):
            paths[k] = out[r, :lengths[r]].tolist()
        return paths
