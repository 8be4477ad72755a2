"""Exact-match span scoring for IOB2 labels (the strict IOB2 mode of seqeval, re-implemented).

A span is a B-X followed by I-X tokens of the same class; an I-X that does not continue a span of class X
opens no span (strict mode drops it), so an entity counts only if start, end and class all match.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence


def spans(tokens: Sequence[str], labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, class) of every well-formed IOB2 entity in ``labels``.

    ``tokens`` is accepted for symmetry with the public API and only its length is checked.
    """
    if len(tokens) != len(labels):
        raise ValueError(f"{len(tokens)} tokens but {len(labels)} labels")
    out = []
    start, cls = None, None
    for i, lab in enumerate(labels):
        if lab.startswith("I-") and cls == lab[2:]:
            continue
        if start is not None:
            out.append((start, i, cls))
            start, cls = None, None
        if lab.startswith("B-"):
            start, cls = i, lab[2:]
    if start is not None:
        out.append((start, len(labels), cls))
    return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict:
    """Micro and per-class precision, recall, F1 and support over sentences of IOB2 labels."""
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs = set(spans(g, g))
        ps = set(spans(p, p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t, g, p):
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"precision": pr, "recall": rc, "f1": f, "support": g}

    classes = sorted(set(n_gold) | set(n_pred))
    result = {c: prf(tp[c], n_gold[c], n_pred[c]) for c in classes}
    result["micro"] = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    return result


def format_report(result: dict) -> str:
    lines = [f"{'class':<15}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for c in sorted((k for k in result if k != "micro" and not k.startswith("_")), key=lambda k: -result[k]["support"]):
        r = result[c]
        lines.append(f"{c:<15}{r['precision']:8.4f}{r['recall']:8.4f}{r['f1']:8.4f}{r['support']:9d}")
    r = result["micro"]
    lines.append(f"{'micro':<15}{r['precision']:8.4f}{r['recall']:8.4f}{r['f1']:8.4f}{r['support']:9d}")
    return "\n".join(lines)


def to_bioes(labels: Sequence[str]) -> list[str]:
    """IOB2 -> BIOES (S- single-token span, E- last token); training only, the tagger returns IOB2."""
    out = ["O"] * len(labels)
    for a, b, c in spans(labels, labels):
        if b - a == 1:
            out[a] = "S-" + c
        else:
            out[a] = "B-" + c
            for k in range(a + 1, b - 1):
                out[k] = "I-" + c
            out[b - 1] = "E-" + c
    return out


def from_bioes(labels: Sequence[str]) -> list[str]:
    """BIOES -> IOB2: S- becomes B-, E- becomes I- (a decoded I-/E- without its B- stays an I-)."""
    return ["B-" + x[2:] if x[:2] == "S-" else "I-" + x[2:] if x[:2] == "E-" else x for x in labels]
