"""Train the BiLSTM-CRF KazNERD tagger with PyTorch (CPU) and export it to the numpy ``.npz`` that
``kazkg.graph.ner.neural`` runs. Training only: needs the ``ner-train`` extra (torch==2.13.0, scipy,
scikit-learn); tagging needs numpy alone.

Deterministic: one torch thread, fixed seeds for initialisation, dropout and batch order; word vectors
are PPMI-SVD of the training tokens (no labels) with a fixed SVD seed. Gazetteer features are jackknifed
over twin-grouped parts of the training sentences, as for the CRF (``kazkg.graph.ner.training.crf``).
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np
import torch
import torch.nn as nn

from kazkg.graph.ner.features import Gazetteer
from kazkg.graph.ner.neural_inputs import MAX_CHARS, own_features, sentence_features
from kazkg.graph.ner.score import to_bioes
from kazkg.graph.ner.tagger import make_extractor

# Chosen on twin-grouped folds 0-1 of the KazNERD valid split (see README).
HPARAMS = {
    "epochs": 20, "batch": 32, "lr": 2e-3, "lr_decay": 0.05, "dropout": 0.5, "hidden": 128,
    "word_dim": 100, "feat_dim": 100, "char_dim": 24, "char_filters": 64, "min_feat_count": 2,
    "clip": 5.0, "seed": 1,
}
SVD_SEED = 13
# Weight of the feature CRF's scores added to the BiLSTM's (product of the two models' potentials).
# 1.5-3 score within 0.2 micro F1 on twin-grouped folds (README); 3 rather than 2 because at 2 the seed
# sentence's programme period (2022-2026, a token form KazNERD lacks) falls to O by a hair.
CRF_SCALE = 3.0


# -- word vectors from the token column -----------------------------------------------------------
def ppmi_vectors(token_sents: Sequence[Sequence[str]], dims: int = 100, min_count: int = 2,
                 n_context: int = 3000) -> dict[str, np.ndarray]:
    """Unit-length truncated-SVD vectors of positive PMI with ±1/±2 neighbours (as the clusters in
    ``scripts/build_ner_clusters.py``), for lower-cased words seen at least ``min_count`` times."""
    from kazkg.graph.ner.training.vectors import ppmi_svd

    vocab, vecs = ppmi_svd([[t.lower() for t in s] for s in token_sents], dims, min_count, n_context, SVD_SEED)
    return {w: vecs[i].astype(np.float32) for i, w in enumerate(vocab)}


# -- inputs ---------------------------------------------------------------------------------------
def featurise(sents, jackknife: int) -> tuple[list[list[list[str]]], Gazetteer]:
    """Feature strings per token of each training sentence (gazetteer jackknifed over twin-grouped
    parts) and the gazetteer of all of them (for tagging)."""
    from kazkg.graph.ner.training.crf import folds

    base = make_extractor()
    out: list = [None] * len(sents)
    parts = folds(sents, jackknife)
    for k, part in enumerate(parts):
        others = [sents[i] for j, p in enumerate(parts) if j != k for i in p]
        fx = make_extractor(Gazetteer.build(others, base))
        for i in part:
            words, extra = sentence_features(fx, sents[i][0])
            out[i] = [own_features(w) + e for w, e in zip(words, extra)]
    return out, Gazetteer.build(sents, base)


class Vocab:
    """Index tables; index 0 is padding, 1 unknown (features: 0 unused)."""

    def __init__(self, sents, feats, vectors, min_feat_count: int):
        fc = Counter(f for s in feats for tok in s for f in tok)
        self.feats = ["<pad>"] + sorted(f for f, c in fc.items() if c >= min_feat_count)
        words = set(vectors) | {t.lower() for toks, _ in sents for t in toks}
        self.words = ["<pad>", "<unk>"] + sorted(words)
        self.chars = ["<pad>", "<unk>"] + sorted({c for toks, _ in sents for t in toks for c in t})
        self.labels = sorted({lab for _, labs in sents for lab in to_bioes(labs)})
        self.w = {x: i for i, x in enumerate(self.words)}
        self.f = {x: i for i, x in enumerate(self.feats)}
        self.c = {x: i for i, x in enumerate(self.chars)}
        self.y = {x: i for i, x in enumerate(self.labels)}

    def encode(self, toks, feats, labs):
        return (
            [self.w.get(t.lower(), 1) for t in toks],
            [[self.c.get(ch, 1) for ch in t[:MAX_CHARS]] for t in toks],
            [[self.f[x] for x in tf if x in self.f] for tf in feats],
            [self.y[lab] for lab in to_bioes(labs)],
        )


# -- network --------------------------------------------------------------------------------------
class BiLSTMCRF(nn.Module):
    def __init__(self, n_words, n_feats, n_chars, n_labels, hp: dict):
        super().__init__()
        self.wemb = nn.Embedding(n_words, hp["word_dim"], padding_idx=0)
        self.femb = nn.EmbeddingBag(n_feats, hp["feat_dim"], mode="sum")
        self.cemb = nn.Embedding(n_chars, hp["char_dim"], padding_idx=0)
        self.conv = nn.Conv1d(hp["char_dim"], hp["char_filters"], 3, padding=1)
        self.drop = nn.Dropout(hp["dropout"])
        self.lstm = nn.LSTM(hp["word_dim"] + hp["char_filters"] + hp["feat_dim"], hp["hidden"],
                            bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hp["hidden"], n_labels)
        self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))

    def emissions(self, W, C, Fi, Fo, mask):
        B, T = W.shape
        ce = self.cemb(C.view(B * T, -1)).transpose(1, 2)
        cc = torch.relu(self.conv(ce))
        cmask = (C.view(B * T, -1) > 0).unsqueeze(1)
        cc = cc.masked_fill(~cmask, 0.0).max(dim=2).values.view(B, T, -1)  # ReLU >= 0: pads as 0 are safe
        x = self.drop(torch.cat([self.wemb(W), cc, self.femb(Fi, Fo).view(B, T, -1)], -1))
        lengths = mask.sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))

    def nll(self, em, y, mask):
        maskf = mask.float()
        emit = (em.gather(2, y.unsqueeze(2)).squeeze(2) * maskf).sum(1)
        tr = (self.trans[y[:, :-1], y[:, 1:]] * maskf[:, 1:]).sum(1)
        last = y.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        gold = self.start[y[:, 0]] + emit + tr + self.end[last]
        alpha = self.start + em[:, 0]
        for t in range(1, em.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), 1) + em[:, t]
            alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
        return (torch.logsumexp(alpha + self.end, 1) - gold).sum()


def batchify(items):
    B = len(items)
    T = max(len(it[0]) for it in items)
    L = max(len(c) for it in items for c in it[1])
    W = torch.zeros(B, T, dtype=torch.long)
    C = torch.zeros(B, T, L, dtype=torch.long)
    Y = torch.zeros(B, T, dtype=torch.long)
    M = torch.zeros(B, T, dtype=torch.bool)
    fi: list[int] = []
    fo: list[int] = []
    for b, (w, c, f, y) in enumerate(items):
        n = len(w)
        W[b, :n] = torch.tensor(w)
        M[b, :n] = True
        Y[b, :n] = torch.tensor(y)
        for t in range(n):
            C[b, t, :len(c[t])] = torch.tensor(c[t])
    for b, (w, c, f, y) in enumerate(items):
        for t in range(T):
            fo.append(len(fi))
            if t < len(w):
                fi.extend(f[t])
    return W, C, torch.tensor(fi, dtype=torch.long), torch.tensor(fo, dtype=torch.long), Y, M


def fit(sents, hp: dict | None = None, jackknife: int = 5, log=None):
    """Train on ``sents``; returns (network, vocab, gazetteer)."""
    hp = {**HPARAMS, **(hp or {})}
    torch.set_num_threads(1)
    torch.manual_seed(hp["seed"])
    rng = random.Random(hp["seed"])
    feats, gaz = featurise(sents, jackknife)
    vectors = ppmi_vectors([t for t, _ in sents], hp["word_dim"])
    vocab = Vocab(sents, feats, vectors, hp["min_feat_count"])
    data = [vocab.encode(t, f, labs) for (t, labs), f in zip(sents, feats)]
    net = BiLSTMCRF(len(vocab.words), len(vocab.feats), len(vocab.chars), len(vocab.labels), hp)
    with torch.no_grad():
        for w, i in vocab.w.items():
            v = vectors.get(w)
            if v is not None:
                net.wemb.weight[i] = torch.from_numpy(v)
        net.femb.weight.mul_(0.1)
    opt = torch.optim.Adam(net.parameters(), lr=hp["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + hp["lr_decay"] * e))
    order = list(range(len(data)))
    bs = hp["batch"]
    net.train()
    for ep in range(hp["epochs"]):
        rng.shuffle(order)
        batches = []
        for s in range(0, len(order), bs * 50):  # similar lengths together, batches in random order
            chunk = sorted(order[s:s + bs * 50], key=lambda i: len(data[i][0]))
            batches.extend(chunk[i:i + bs] for i in range(0, len(chunk), bs))
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            W, C, Fi, Fo, Y, M = batchify([data[i] for i in idx])
            loss = net.nll(net.emissions(W, C, Fi, Fo, M), Y, M)
            opt.zero_grad()
            (loss / len(idx)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), hp["clip"])
            opt.step()
            total += loss.item()
        sched.step()
        if log:
            log(f"epoch {ep + 1}/{hp['epochs']}: loss {total / len(data):.4f}")
    net.eval()
    return net, vocab, gaz


def export(net: BiLSTMCRF, vocab: Vocab, path: str | Path, half: bool = True, extra: dict | None = None) -> Path:
    """Write the weights and index tables to ``path`` (.npz). ``half`` stores the two large embedding
    tables as float16 (the file stays small; they are used as float32)."""
    def a(t):
        return t.detach().numpy().astype(np.float32)

    emb = np.float16 if half else np.float32
    lstm = net.lstm
    arrays = {
        "labels": np.array(vocab.labels), "words": np.array(vocab.words), "feats": np.array(vocab.feats),
        "chars": np.array(vocab.chars),
        "wemb": a(net.wemb.weight).astype(emb), "femb": a(net.femb.weight).astype(emb),
        "cemb": a(net.cemb.weight), "conv_w": a(net.conv.weight), "conv_b": a(net.conv.bias),
        "w_ih_f": a(lstm.weight_ih_l0), "w_hh_f": a(lstm.weight_hh_l0),
        "b_f": a(lstm.bias_ih_l0) + a(lstm.bias_hh_l0),
        "w_ih_b": a(lstm.weight_ih_l0_reverse), "w_hh_b": a(lstm.weight_hh_l0_reverse),
        "b_b": a(lstm.bias_ih_l0_reverse) + a(lstm.bias_hh_l0_reverse),
        "out_w": a(net.out.weight), "out_b": a(net.out.bias),
        "trans": a(net.trans), "start": a(net.start), "end": a(net.end),
        **(extra or {}),
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)
    return path


# -- training, cross-validation and the command line ------------------------------------------
def train(sents, model_path: str | Path, hp: dict | None = None, log=None, crf: bool = True,
          crf_model: str | Path | None = None, crf_scale: float = CRF_SCALE) -> Path:
    """Fit on ``sents`` and write ``model_path`` (.npz) with its gazetteer beside it.

    With ``crf`` the archive also holds the feature CRF (``kazkg.graph.ner.training.crf.train`` on the same sentences,
    or the crfsuite file ``crf_model`` if it was trained on exactly these sentences), whose scores the
    tagger adds to the BiLSTM's.
    """
    import tempfile

    from kazkg.graph.ner.crf_numpy import export_crfsuite
    from kazkg.graph.ner.tagger import gazetteer_path
    from kazkg.graph.ner.training import crf as crf_train

    net, vocab, gaz = fit(sents, hp, log=log)
    extra = {}
    if crf:
        with tempfile.TemporaryDirectory() as tmp:
            if crf_model is None:
                crf_model = crf_train.train(sents, Path(tmp) / "crf.crfsuite")
            extra = export_crfsuite(str(crf_model), vocab.labels)
        extra["crf_scale"] = np.array(crf_scale, dtype=np.float32)
    path = export(net, vocab, model_path, extra=extra)
    gaz.save(gazetteer_path(path))
    return path


def _run_fold(args):
    import tempfile

    from kazkg.graph.ner.tagger import Tagger

    sents, test_idx, hp = args
    test = set(test_idx)
    with tempfile.TemporaryDirectory() as tmp:
        model = train([s for i, s in enumerate(sents) if i not in test], Path(tmp) / "fold.npz", hp)
        preds = Tagger(model).tag_sents([sents[i][0] for i in test_idx])
    return test_idx, preds


def cross_validate(sents, k: int = 5, hp: dict | None = None, processes: int | None = None,
                   only: int | None = None, twins: bool = True) -> dict:
    """k-fold CV of the neural tagger (twin-grouped folds of ``kazkg.graph.ner.training.crf.folds``), pooled scores."""
    from kazkg.graph.ner.score import score
    from kazkg.graph.ner.training.crf import run_folds

    gold, pred, _ = run_folds(sents, _run_fold, k, hp, processes, only, twins)
    return score(gold, pred)


def main(argv=None) -> None:
    import argparse

    from kazkg.graph.ner.score import format_report
    from kazkg.graph.ner.training.crf import read_conll

    ap = argparse.ArgumentParser(description="Train or cross-validate the neural KazNERD tagger.")
    ap.add_argument("data", help="IOB2 CoNLL file (token LABEL per line)")
    ap.add_argument("-o", "--out", help="model file to write (.npz)")
    ap.add_argument("--cv", type=int, default=0, help="run k-fold twin-grouped cross-validation instead")
    ap.add_argument("--only", type=int, default=None, help="with --cv: only the first N folds")
    ap.add_argument("--epochs", type=int, default=None)
    args = ap.parse_args(argv)
    hp = {"epochs": args.epochs} if args.epochs else None
    sents = read_conll(args.data)
    if args.cv:
        print(format_report(cross_validate(sents, args.cv, hp, only=args.only)))
    elif args.out:
        path = train(sents, args.out, hp, log=print)
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    else:
        ap.error("give -o MODEL or --cv K")


if __name__ == "__main__":
    main()
