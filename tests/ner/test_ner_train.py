"""Training is reproducible; CV folds keep twin sentences together; bad training files are InputErrors."""

from __future__ import annotations

import pytest

from kazkg.graph.errors import InputError
from kazkg.graph.ner.training.crf import folds, read_conll, train, twin_key


def _sents(shared_dir, n):
    return read_conll(shared_dir / "kaznerd" / "IOB2_valid.txt")[:n]


def test_train_is_reproducible(tmp_path, shared_dir):
    sents = _sents(shared_dir, 150)
    a = train(sents, tmp_path / "a.crfsuite", {"max_iterations": 15})
    b = train(sents, tmp_path / "b.crfsuite", {"max_iterations": 15})
    assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a.gazetteer.tsv").read_text(encoding="utf-8") == (
        tmp_path / "b.gazetteer.tsv"
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "a, b",
    [("Әзірше келісі 40 теңгеден картоп жоқ .", "Әзірше келісі қырық теңгеден картоп жоқ .")],
)
def test_train_twin_sentences_share_a_fold(a, b):
    assert twin_key(a.split()) == twin_key(b.split())
    sents = [(a.split(), ["O"] * 6), (b.split(), ["O"] * 6)] + [([f"w{i}"], ["O"]) for i in range(8)]
    parts = folds(sents, 5)
    assert sorted(i for p in parts for i in p) == list(range(10))
    assert any({0, 1} <= set(p) for p in parts)


@pytest.mark.parametrize(
    "content",
    ["Астана B-GPE\nқаласы XYZ\n", "жалғыз\n", "", "a b c\n"],
)
def test_train_read_conll_rejects_bad_files(tmp_path, content):
    p = tmp_path / "bad.iob"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        read_conll(p)


def test_train_read_conll_missing_file(tmp_path):
    with pytest.raises(InputError):
        read_conll(tmp_path / "none.iob")
