"""The numpy BiLSTM-CRF (+ feature CRF) tagger: same scores as torch and crfsuite, deterministic training,
exact batched decoding, the shipped ensemble model."""

from __future__ import annotations

import numpy as np
import pytest

from kazkg.graph.ner import Tagger, load_tagger
from kazkg.graph.ner.neural import NeuralNet

TINY = {"epochs": 2, "hidden": 8, "word_dim": 8, "feat_dim": 8, "char_dim": 4, "char_filters": 6, "batch": 8}


def _sents(shared_dir, n):
    from kazkg.graph.ner.training.crf import read_conll

    return read_conll(shared_dir / "kaznerd" / "IOB2_valid.txt")[:n]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory, shared_dir):
    """A tiny network and its export (float32) trained on 80 sentences."""
    pytest.importorskip("torch")
    from kazkg.graph.ner.training.neural import export, fit

    sents = _sents(shared_dir, 80)
    net, vocab, gaz = fit(sents, TINY)
    path = export(net, vocab, tmp_path_factory.mktemp("tiny") / "tiny.npz", half=False)
    return sents, net, vocab, gaz, path


def test_neural_numpy_equals_torch(tiny):
    import torch

    from kazkg.graph.ner.neural_inputs import own_features, sentence_features
    from kazkg.graph.ner.training.neural import batchify
    from kazkg.graph.ner.tagger import make_extractor

    sents, net, vocab, gaz, path = tiny
    fx = make_extractor(gaz)
    toks = [t for t, _ in sents[:30]] + [["Жаңа", "сөз", "«Болашақ»", "X" * 40]]
    feats = [sentence_features(fx, t) for t in toks]
    nn_ = NeuralNet(path)
    got = nn_.emissions(nn_.input_gates(toks, feats))
    items = []
    for t, (words, extra) in zip(toks, feats):
        f = [own_features(w) + e for w, e in zip(words, extra)]
        items.append(vocab.encode(t, f, ["O"] * len(t)))
    W, C, Fi, Fo, _, M = batchify(items)
    with torch.no_grad():
        want = net.emissions(W, C, Fi, Fo, M).numpy()
    for b, e in enumerate(got):
        assert e.shape == (len(toks[b]), len(vocab.labels))
        np.testing.assert_allclose(e, want[b, : len(e)], atol=1e-4)


def test_neural_training_is_deterministic(tiny, tmp_path):
    from kazkg.graph.ner.training.neural import export, fit

    sents, _, _, _, path = tiny
    net, vocab, _ = fit(sents, TINY)
    again = export(net, vocab, tmp_path / "again.npz", half=False)
    with np.load(path) as a, np.load(again) as b:
        assert sorted(a.files) == sorted(b.files)
        for k in a.files:
            assert np.array_equal(a[k], b[k]), k


def _brute_force(em, trans, start, end):
    import itertools

    n, k = em.shape
    best, arg = -np.inf, None
    for path in itertools.product(range(k), repeat=n):
        s = start[path[0]] + end[path[-1]] + sum(em[i, p] for i, p in enumerate(path))
        s += sum(trans[a, b] for a, b in zip(path, path[1:]))
        if s > best:
            best, arg = s, list(path)
    return arg


def test_neural_decode_is_exact_viterbi():
    rng = np.random.default_rng(0)
    k = 4
    dec = NeuralNet.__new__(NeuralNet)
    dec.labels = [str(i) for i in range(k)]
    dec.trans = rng.normal(size=(k, k)).astype(np.float32)
    dec.start = rng.normal(size=k).astype(np.float32)
    dec.end = rng.normal(size=k).astype(np.float32)
    ems = [rng.normal(size=(n, k)).astype(np.float32) for n in (3, 1, 5, 0, 2, 5)]
    want = [_brute_force(e, dec.trans, dec.start, dec.end) if len(e) else [] for e in ems]
    assert dec.decode(ems, beam=None) == want
    assert dec.decode(ems, beam=k) == want
    assert dec.decode([]) == []


def test_crf_numpy_scores_equal_crfsuite(tmp_path, shared_dir):
    from kazkg.graph.ner.crf_numpy import CRFScores, export_crfsuite
    from kazkg.graph.ner.neural_inputs import sentence_features
    from kazkg.graph.ner.training.crf import train

    sents = _sents(shared_dir, 150)
    model = train(sents, tmp_path / "m.crfsuite", {"max_iterations": 20})
    tagger = Tagger(model)
    labels = sorted(tagger.labels)
    arr = export_crfsuite(str(model), labels)
    crf = CRFScores(arr["crf_attrs"], arr["crf_weights"], arr["crf_trans"])
    toks = [t for t, _ in _sents(shared_dir, 400)[300:]]
    feats = [sentence_features(tagger.features, t) for t in toks]
    dec = NeuralNet.__new__(NeuralNet)
    dec.labels, dec.trans = labels, crf.trans
    dec.start = dec.end = np.zeros(len(labels), dtype=np.float32)
    paths = dec.decode(crf.batch_emissions(toks, feats), beam=None)
    for t, p in zip(toks, paths):
        assert [labels[j] for j in p] == tagger._crf.tag(tagger.features.sent(t))


def test_neural_tagger_round_trip(tiny, tmp_path):
    from kazkg.graph.ner.training.neural import train

    sents = tiny[0][:60]
    path = train(sents, tmp_path / "m.npz", TINY)
    assert (tmp_path / "m.gazetteer.tsv").is_file()
    tagger = Tagger(path)
    assert tagger.tag([]) == []
    assert tagger.tag_sents([]) == []
    out = tagger.tag_sents([[], sents[0][0], ["Астана"]])
    assert out[0] == [] and len(out[1]) == len(sents[0][0]) and len(out[2]) == 1
    assert out[1] == tagger.tag(sents[0][0])
    for lab in out[1]:
        assert lab == "O" or lab[:2] in ("B-", "I-")


def test_neural_bad_model_is_model_error(tmp_path):
    from kazkg.graph.errors import ModelError

    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an archive")
    with pytest.raises(ModelError):
        Tagger(bad)


def test_shipped_model_is_the_ensemble():
    tagger = load_tagger()
    assert tagger.path.suffix == ".npz"
    assert tagger._net is not None and tagger._net.crf is not None


def test_neural_cross_validate_runs(tiny):
    from kazkg.graph.ner.training.neural import cross_validate

    rep = cross_validate(tiny[0][:60], k=2, hp=TINY, processes=1)
    assert 0.0 <= rep["micro"]["f1"] <= 1.0
    assert rep["micro"]["support"] > 0
