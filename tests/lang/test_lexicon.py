"""The derived lexicon: shipped small, loads, and (with ../shared) generalises to held-out sentences."""

from __future__ import annotations

from importlib import resources

import pytest

from kazkg.graph.lang.lemma import Lemmatizer
from kazkg.graph.lang.lexicon import LEXICON_FILE, build_lexicon, default_lexicon, kaznerd_evidence, read_conllu, read_kaznerd


@pytest.mark.parametrize("limit", [2_000_000])
def test_lexicon_shipped_is_small_and_loads(limit):
    ref = resources.files("kazkg.graph.lang.data").joinpath(LEXICON_FILE)
    assert ref.is_file() and len(ref.read_bytes()) < limit
    lex = default_lexicon()
    assert lex.lemmas and lex.stems and lex.prior


@pytest.mark.parametrize("fold, minimum", [(0, 0.88)])
def test_lexicon_held_out_accuracy(shared_dir, fold, minimum):
    """Half the dev sentences build the lexicon, the other half is scored (a sanity floor, not the bench)."""
    sents = read_conllu(shared_dir / "ud_kk_ktb" / "kk_ktb-dev.conllu")
    ner = read_kaznerd(shared_dir / "kaznerd" / "IOB2_valid.txt")
    train = [s for i, s in enumerate(sents) if i % 2 != fold]
    test = [s for i, s in enumerate(sents) if i % 2 == fold]
    lem = Lemmatizer(build_lexicon(train, evidence=kaznerd_evidence(ner)))
    pairs = [(f, g) for s in test for f, g, u in s if u != "PUNCT"]
    ok = sum(lem.analyse(f)[0].lemma.lower() == g.lower() for f, g in pairs)
    assert ok / len(pairs) >= minimum
