"""Named-entity tagger for Kazakh news: the 25 KazNERD classes in IOB2, a BiLSTM-CRF and a feature CRF
combined, run in numpy (the CRF alone, python-crfsuite, remains available).

Public API::

    from kazkg.graph.ner import load_tagger, spans
    tagger = load_tagger()                 # shipped model, cached
    labels = tagger.tag(["Қасым-Жомарт", "Тоқаевтың"])   # ['B-PERSON', 'I-PERSON']
    spans(tokens, labels)                  # [(0, 2, 'PERSON')]

Trained on KazNERD (Yeshpanov et al., LREC 2022; CC BY 4.0), see ``graph/ner/README.md``.
"""

from kazkg.graph.ner.score import spans
from kazkg.graph.ner.tagger import Tagger, load_tagger

__all__ = ["Tagger", "load_tagger", "spans"]
