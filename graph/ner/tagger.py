"""The KazNERD tagger: a python-crfsuite model over the features of ``graph.ner.features``."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import pycrfsuite

from graph.errors import InputError, ModelError
from graph.ner.features import FeatureExtractor, Gazetteer, load_resources
from graph.ner.score import from_bioes

DEFAULT_MODEL = Path(__file__).resolve().parent / "kaznerd.crfsuite"


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
        path (str | Path): a model written by ``graph.ner.train``. Defaults to the shipped model.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else DEFAULT_MODEL
        if not self.path.is_file():
            raise ModelError(f"NER model not found: {self.path}")
        self._crf = pycrfsuite.Tagger()
        try:
            self._crf.open(str(self.path))
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a bad file
            raise ModelError(f"not a crfsuite model: {self.path} ({exc})") from exc
        gaz = gazetteer_path(self.path)
        self.features = make_extractor(Gazetteer.load(gaz) if gaz.is_file() else None)
        self.labels = list(self._crf.labels())
        # a model trained on BIOES labels is decoded back to IOB2
        self._bioes = any(lab[:2] in ("S-", "E-") for lab in self.labels)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 labels for one sentence of tokens; ``[]`` for ``[]``."""
        if not tokens:
            return []
        labels = self._crf.tag(self.features.sent(tokens))
        return from_bioes(labels) if self._bioes else labels

    def tag_sents(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(s) for s in sents]


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
    out_lines: list[str] = []
    sent: list[str] = []
    n = 0

    def flush():
        nonlocal n
        if sent:
            out_lines.extend(f"{t} {lab}" for t, lab in zip(sent, tagger.tag(sent)))
            n += len(sent)
            sent.clear()

    for line in lines:
        fields = line.split()
        if not fields:
            flush()
            out_lines.append("")
        else:
            sent.append(fields[0])
    flush()
    dst = Path(out)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".tmp")
    tmp.write_text("\n".join(out_lines) + ("\n" if out_lines else ""), encoding="utf-8")
    os.replace(tmp, dst)
    return n
