"""Gazetteer features of the NER model: multi-word names seen in training, marked on new text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:  # only for the annotation: features imports this module
    from kazkg.graph.ner.features import FeatureExtractor

# Classes whose names are worth remembering; numbers, dates and amounts are left to the patterns.
GAZ_CLASSES = frozenset(
    "PERSON ORGANISATION POSITION GPE LOCATION FACILITY EVENT PROJECT LAW ART PRODUCT NORP DISEASE "
    "LANGUAGE MISCELLANEOUS NON_HUMAN".split()
)


GAZ_MAX_LEN = 8


class Gazetteer:
    """Entity names from labelled sentences, matched by lower-cased words with a stemmed last word.

    ``Қазақстан халқы Ассамблеясының`` and ``Қазақстан халқы Ассамблеясы`` share the key
    ``қазақстан|халқы|st:ассамблея``: only the last word of a Kazakh name carries case (KAZAKH.md §3).
    Marks are features ``gz=B-CLASS``/``gz=I-CLASS`` (longest match, left to right).
    """

    def __init__(self, entries: Mapping[str, str] | None = None):
        self.entries: dict[str, str] = dict(entries or {})
        self._firsts = {k.split("|", 1)[0] for k in self.entries}
        self._max = max((k.count("|") + 1 for k in self.entries), default=0)

    @staticmethod
    def key(lows: Sequence[str], stems: Sequence[str]) -> str:
        # lows/stems are the "w=..."/"st=..." feature strings of the words
        return "|".join([x[2:] for x in lows[:-1]] + ["st:" + stems[-1][3:]])

    @classmethod
    def build(cls, sents, extractor: "FeatureExtractor", min_ratio: float = 0.5) -> "Gazetteer":
        from collections import Counter, defaultdict

        from kazkg.graph.ner.score import spans

        counts: dict[str, Counter] = defaultdict(Counter)
        for toks, labs in sents:
            words = [extractor._word(t) for t in toks]
            for a, b, c in spans(toks, labs):
                if c in GAZ_CLASSES and b - a <= GAZ_MAX_LEN:
                    counts[cls.key([w[0][0] for w in words[a:b]], [w[0][3] for w in words[a:b]])][c] += 1
        entries = {}
        for k, cnt in counts.items():
            c, n = cnt.most_common(1)[0]
            if n / sum(cnt.values()) >= min_ratio:
                entries[k] = c
        return cls(entries)

    def mark(self, lows: Sequence[str], stems: Sequence[str], extra: list[list[str]]) -> None:
        n = len(lows)
        firsts = self._firsts
        i = 0
        while i < n:
            if lows[i][2:] not in firsts and "st:" + stems[i][3:] not in firsts:
                i += 1
                continue
            for j in range(min(n, i + self._max), i, -1):
                c = self.entries.get(self.key(lows[i:j], stems[i:j]))
                if c:
                    extra[i].append("gz=B-" + c)
                    extra[i].append(f"gz=B-{c}/{min(j - i, 4)}")
                    for k in range(i + 1, j):
                        extra[k].append("gz=I-" + c)
                    if j < n:
                        extra[j].append("gz=after-" + c)
                    i = j
                    break
            else:
                i += 1

    def save(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("# key (lower-cased words, st: stem of the last)\tclass\n")
            for k in sorted(self.entries):
                fh.write(f"{k}\t{self.entries[k]}\n")

    @classmethod
    def load(cls, path: Path) -> "Gazetteer":
        entries = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                k, c = line.rstrip("\n").split("\t")
                entries[k] = c
        return cls(entries)
