"""What the neural KazNERD tagger sees of a sentence: the CRF's discrete features, split by cost.

Per word type (memoised by ``FeatureExtractor._word``): the word's own features (shape, affixes, stem and
suffix tags, word lists, capitalisation class, clusters; the lower-cased word itself is left to the word
embedding). Per token: the features beyond the word (quoted names, capitalised runs, number runs, next
head noun, gazetteer matches). Context comes from the BiLSTM, so the CRF's ±2 window and conjunctions
are not used. Training (``neural_train``) and inference (``neural``) both featurise through here.
"""

from __future__ import annotations

from typing import Sequence

from kazkg.graph.ner.features import FeatureExtractor

MAX_CHARS = 20  # characters of a token the character CNN reads


def own_features(word_feats: tuple) -> list[str]:
    """The per-type features of one ``FeatureExtractor._word`` entry, without ``w=``."""
    return [f for f in word_feats[0] if not f.startswith("w=")]


def sentence_features(fx: FeatureExtractor, tokens: Sequence[str]) -> tuple[list[tuple], list[list[str]]]:
    """(per-type feature entries, per-token long-range/gazetteer features) for one sentence."""
    words = [fx._word(t) for t in tokens]
    extra = fx._long_range(tokens, words)
    if fx.gazetteer is not None:
        fx.gazetteer.mark([w[0][0] for w in words], [w[0][3] for w in words], extra)
    return words, extra
