"""The KazNERD tagger: a BiLSTM-CRF run in numpy (``.npz``, ``kazkg.graph.ner.neural``) or a python-crfsuite
CRF (any other suffix), both over the features of ``kazkg.graph.ner.features``."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import pycrfsuite

from kazkg.graph.errors import InputError, ModelError
from kazkg.graph.ner.features import FeatureExtractor, Gazetteer, load_resources
from kazkg.graph.ner.score import from_bioes

DEFAULT_MODEL = Path(__file__).resolve().parent / "kaznerd-bilstm-crf.npz"


@lru_cache(maxsize=1)
def default_extractor_resources():
    return load_resources()


def gazetteer_path(model: Path) -> Path:
    """Where the names list of ``model`` lives: ``kaznerd.crfsuite`` -> ``kaznerd.gazetteer.tsv``."""
    return model.with_name(model.stem + ".gazetteer.tsv")


def make_extractor(gazetteer=None) -> FeatureExtractor:
    clusters, lexicon, caps = default_extractor_resources()
    return FeatureExtractor(clusters=clusters, lexicon=lexicon, caps=caps, gazetteer=gazetteer)


class Tagger:
    """IOB2 tagger for the 25 KazNERD classes.

    Args:
        path (str | Path): a model written by ``kazkg.graph.ner.training.crf`` (``.crfsuite``) or
            ``kazkg.graph.ner.training.neural`` (``.npz``). Defaults to the shipped model.
    """

    BATCH = 512  # sentences per numpy batch

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else DEFAULT_MODEL
        if not self.path.is_file():
            raise ModelError(f"NER model not found: {self.path}")
        self._crf = None
        self._net = None
        if self.path.suffix == ".npz":
            from kazkg.graph.ner.neural import NeuralNet

            try:
                self._net = NeuralNet(self.path)
            except Exception as exc:  # numpy raises assorted errors on a bad archive
                raise ModelError(f"not a neural NER model: {self.path} ({exc})") from exc
            self.labels = list(self._net.labels)
        else:
            self._crf = pycrfsuite.Tagger()
            try:
                self._crf.open(str(self.path))
            except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a bad file
                raise ModelError(f"not a crfsuite model: {self.path} ({exc})") from exc
            self.labels = list(self._crf.labels())
        gaz = gazetteer_path(self.path)
        self.features = make_extractor(Gazetteer.load(gaz) if gaz.is_file() else None)
        # a model trained on BIOES labels is decoded back to IOB2
        self._bioes = any(lab[:2] in ("S-", "E-") for lab in self.labels)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 labels for one sentence of tokens; ``[]`` for ``[]``."""
        if not tokens:
            return []
        return self.tag_sents([tokens])[0]

    def tag_sents(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 labels for each sentence (the neural model tags them in batches)."""
        if self._net is None:
            out = [self._crf.tag(self.features.sent(s)) if s else [] for s in sents]
        else:
            out = [[] for _ in sents]
            todo = [k for k, s in enumerate(sents) if s]
            net, labels = self._net, self.labels
            for b in range(0, len(todo), self.BATCH):
                ks = todo[b:b + self.BATCH]
                paths = net.decode(net.scores(self.features, [sents[k] for k in ks]))
                for k, p in zip(ks, paths):
                    out[k] = [labels[j] for j in p]
        return [from_bioes(x) for x in out] if self._bioes else out


@lru_cache(maxsize=4)
def _cached(path: str) -> Tagger:
    return Tagger(path)


def load_tagger(path: str | Path | None = None) -> Tagger:
    """The tagger for ``path`` (default: the model shipped in this package), loaded once and cached."""
    return _cached(str(Path(path) if path else DEFAULT_MODEL))


def tag_file(tokens_file: str | Path, out: str | Path, model: str | Path | None = None) -> int:
    """Tag a one-token-per-line file (blank line between sentences) into ``token LABEL`` lines.

    The layout is kept exactly: one output line per input line, blank lines where they were. A line with
    more than one field (e.g. an IOB2 file with gold labels) is tagged by its first field. Returns the
    number of tokens tagged.
    """
    src = Path(tokens_file)
    if not src.is_file():
        raise InputError(f"no such file: {src}")
    raw = src.read_bytes()
    if b"\x00" in raw:
        raise InputError(f"{src} is binary, expected one token per line")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{src} is not UTF-8 text") from exc
    tagger = load_tagger(model)
    lines = text.splitlines()
    sents: list[list[str]] = [[]]
    for line in lines:
        fields = line.split()
        if fields:
            sents[-1].append(fields[0])
        elif sents[-1]:
            sents.append([])
    labels = iter(tagger.tag_sents([s for s in sents if s]))
    out_lines: list[str] = []
    cur: list[str] = []
    n = 0
    for line in lines + [""]:  # a sentence's labels are written when its blank line (or the end) comes
        fields = line.split()
        if fields:
            cur.append(fields[0])
            continue
        if cur:
            out_lines.extend(f"{t} {lab}" for t, lab in zip(cur, next(labels)))
            n += len(cur)
            cur = []
        out_lines.append("")
    out_lines.pop()  # the sentinel
    dst = Path(out)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".tmp")
    tmp.write_text("\n".join(out_lines) + ("\n" if out_lines else ""), encoding="utf-8")
    os.replace(tmp, dst)
    return n
