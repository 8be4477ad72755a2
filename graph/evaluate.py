"""Corpus evaluation (issue 5): a kazkg graph as gold-format records, scored against ``NAME.gold.json``.

The gold format and the annotation rules are in ``bench/gold/README.md``. This module

- turns a graph that follows ``notes/graph-model.md`` into the same records (``kazkg.graph.gold_records``),
- scores predicted records against gold ones with entity and relation precision, recall and F1
  (``score``), micro-averaged over a corpus with per-type and per-predicate tables,
- builds and scores every article of a gold folder (``evaluate_dir``), for ``kazkg evaluate``.

Matching rules (documented here because the numbers mean nothing without them):

- **Entity**: same type, and the normalised labels are equal (NFC, case-folded, quotes and other
  punctuation/symbols replaced by spaces, whitespace folded), or the predicted label equals one of
  the gold entity's mentions after the same normalisation, or (for people, posts, bodies, places and
  publishers) the gold label equals one of the predicted entity's other names (``skos:altLabel``:
  ``Ғылым және жоғары білім министрлігі Ғылым комитеті`` for ``Ғылым комитеті``). Date labels are compared as ISO values,
  where a gold ``--MM-DD`` (the text gave no year) also matches a predicted ``YYYY-MM-DD`` with the
  same month and day. Goal and Principle labels are whole sentences: they also match when the
  token-set Dice overlap ``2|A∩B| / (|A|+|B|)`` of the normalised labels is at least 0.6.
  Gold labels a legal act by its document-type noun (``Жарлық``, ``Қаулы``); a predicted act label
  whose last word is that noun (``2022 жылғы 15 қыркүйектегі Жарлық``), or that noun in the possessive
  of a compound name (``Салық кодексі``), matches it too.
- **One-to-one**: each gold entity is matched by at most one predicted entity and vice versa;
  stronger matches win (label > mention > act head noun > overlap), ties are broken by the relations the two share
  under the current matching (so two decrees both labelled ``Жарлық`` are told apart by their
  issuer and date), then by shared mentions, then by id (deterministic).
- **Relation**: same predicate and both ends matched (dates and periods are entities, so their
  values are compared by the entity rule); the article is the reserved end ``article``.
- **Link** (a second relation score): predicate and direction ignored, only whether the two matched
  ends are related at all, so a disagreement over which predicate names a link is told apart from a
  link not found.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kazkg.graph.errors import InputError, KazkgError
from kazkg.graph.gold_records import (
    ARTICLE,
    ENTITY_TYPES,
    OVERLAP,
    PREDICATES,
    SENTENCE_TYPES,
    _dice,
    _same_date,
    graph_to_records,
    normalise,
)


# -- scoring -------------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _add_to(table: dict[str, Counts], key: str, tp=0, fp=0, fn=0) -> None:
    c = table.setdefault(key, Counts())
    c.tp, c.fp, c.fn = c.tp + tp, c.fp + fp, c.fn + fn


@dataclass
class Scores:
    """Entity and relation counts of one article (or, summed with ``+``, of a corpus: micro-average)."""

    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    # relations scored without their predicate or direction: are the two ends linked at all?
    links: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_predicate: dict[str, Counts] = field(default_factory=dict)
    # what was missed or spurious, as "Type: label" / "subject-label predicate object-label" strings
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def __add__(self, other: Scores) -> Scores:
        out = Scores(self.entities + other.entities, self.relations + other.relations, self.links + other.links)
        for src, dst in ((self.by_type, out.by_type), (other.by_type, out.by_type),
                         (self.by_predicate, out.by_predicate), (other.by_predicate, out.by_predicate)):
            for k, c in src.items():
                _add_to(dst, k, c.tp, c.fp, c.fn)
        out.missed = self.missed + other.missed
        out.spurious = self.spurious + other.spurious
        return out

    def as_dict(self, details: bool = True) -> dict:
        d = {
            "entities": self.entities.as_dict(),
            "relations": self.relations.as_dict(),
            "links": self.links.as_dict(),
            "by_type": {k: c.as_dict() for k, c in sorted(self.by_type.items())},
            "by_predicate": {k: c.as_dict() for k, c in sorted(self.by_predicate.items())},
        }
        if details:
            d["missed"], d["spurious"] = self.missed, self.spurious
        return d


# Types whose alternative labels are names (acts are labelled by their type noun in gold: not these)
NAMED_TYPES = {"Person", "Organization", "Position", "Place", "Publisher"}


def _possessive(noun: str) -> str:
    """``кодекс`` -> ``кодексі``: the type noun as the head of a compound name (Салық кодексі)."""
    from kazkg.graph.lang.morphology import inflect

    return normalise(inflect(noun, "Poss3")) if noun and " " not in noun else noun


def _similarity(p: dict, g: dict) -> float:
    """How strongly predicted entity ``p`` matches gold entity ``g``: 0 (no match) .. 3 (same label)."""
    if p["type"] != g["type"]:
        return 0.0
    if p["type"] == "Date":
        return 3.0 if _same_date(p["label"], g["label"]) else 0.0
    pl, gl = normalise(p["label"]), normalise(g["label"])
    if not pl:
        return 0.0
    if pl == gl:
        return 3.0
    if pl in {normalise(m) for m in g.get("mentions", ())}:
        return 2.0
    if p["type"] in NAMED_TYPES and gl in {normalise(a) for a in p.get("alt", ())}:
        return 2.0  # the gold label is another name the graph gives the entity (skos:altLabel)
    if p["type"] == "LegalAct" and pl.split()[-1] in (gl, _possessive(gl)):
        # gold labels an act by its type noun (Жарлық); a label with modifiers ending in it is that act
        return 1.5
    if p["type"] in SENTENCE_TYPES:
        d = _dice(set(pl.split()), set(gl.split()))
        if d >= OVERLAP:
            return 1.0 + d
    return 0.0


def _incident(relations: Iterable[tuple[str, str, str]]) -> dict[str, set[tuple[str, str, str]]]:
    out: dict[str, set] = {}
    for s, p, o in relations:
        out.setdefault(s, set()).add((p, ">", o))
        out.setdefault(o, set()).add((p, "<", s))
    return out


def match_entities(pred: dict, gold: dict) -> dict[str, str]:
    """One-to-one matching of predicted to gold entity ids (see the module docstring)."""
    pents = {e["id"]: e for e in pred.get("entities", [])}
    gents = {e["id"]: e for e in gold.get("entities", [])}
    cands = []
    for pid, p in pents.items():
        pm = {normalise(m) for m in p.get("mentions", ())} | {normalise(p["label"])}
        for gid, g in gents.items():
            sim = _similarity(p, g)
            if sim:
                gm = {normalise(m) for m in g.get("mentions", ())} | {normalise(g["label"])}
                cands.append((sim, len(pm & gm) / len(pm | gm), pid, gid))
    pinc, ginc = _incident(_rel_set(pred)), _incident(_rel_set(gold))

    def greedy(mapping: dict[str, str]) -> dict[str, str]:
        def context(pid: str, gid: str) -> int:
            mine = {(p, d, mapping.get(x, x if x == ARTICLE else None)) for p, d, x in pinc.get(pid, ())}
            return len(mine & ginc.get(gid, set()))

        ranked = sorted(cands, key=lambda c: (-c[0], -context(c[2], c[3]), -c[1], c[2], c[3]))
        out: dict[str, str] = {}
        used: set[str] = set()
        for _, _, pid, gid in ranked:
            if pid not in out and gid not in used:
                out[pid] = gid
                used.add(gid)
        return out

    mapping: dict[str, str] = {}
    for _ in range(3):  # refine: relations agreeing under the previous matching break ties
        new = greedy(mapping)
        if new == mapping:
            break
        mapping = new
    return mapping


def _rel_set(records: dict) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in records.get("relations", [])}


def score(pred: dict, gold: dict) -> Scores:
    """Entity and relation P/R/F1 of predicted records against gold records (same format)."""
    mapping = match_entities(pred, gold)
    pents = {e["id"]: e for e in pred.get("entities", [])}
    gents = {e["id"]: e for e in gold.get("entities", [])}
    sc = Scores()
    matched_gold = set(mapping.values())
    for pid, p in pents.items():
        if pid in mapping:
            _add_to(sc.by_type, gents[mapping[pid]]["type"], tp=1)
        else:
            _add_to(sc.by_type, p["type"], fp=1)
            sc.spurious.append(f"{p['type']}: {p['label']}")
    for gid, g in gents.items():
        if gid not in matched_gold:
            _add_to(sc.by_type, g["type"], fn=1)
            sc.missed.append(f"{g['type']}: {g['label']}")
    sc.entities = Counts(len(mapping), len(pents) - len(mapping), len(gents) - len(matched_gold))

    def name(ents: dict, x: str) -> str:
        return x if x == ARTICLE else ents[x]["label"] if x in ents else x

    gold_rels = _rel_set(gold)
    mapping[ARTICLE] = ARTICLE
    found: set[tuple[str, str, str]] = set()
    for s, p, o in sorted(_rel_set(pred)):
        key = (mapping.get(s), p, mapping.get(o))
        if key in gold_rels and key not in found:
            found.add(key)
            _add_to(sc.by_predicate, p, tp=1)
        else:
            _add_to(sc.by_predicate, p, fp=1)
            sc.spurious.append(f"{name(pents, s)} {p} {name(pents, o)}")
    for s, p, o in sorted(gold_rels - found):
        _add_to(sc.by_predicate, p, fn=1)
        sc.missed.append(f"{name(gents, s)} {p} {name(gents, o)}")
    sc.relations = Counts(len(found), len(_rel_set(pred)) - len(found), len(gold_rels) - len(found))
    gold_links = {frozenset((s, o)) for s, _, o in gold_rels}
    pred_links = {frozenset((mapping.get(s, f"?{s}"), mapping.get(o, f"?{o}"))) for s, _, o in _rel_set(pred)}
    hit = len(pred_links & gold_links)
    sc.links = Counts(hit, len(pred_links) - hit, len(gold_links) - hit)
    return sc


# -- gold files and corpus runs ------------------------------------------------------------------
def load_gold(path: str | Path) -> dict:
    """Read and check a ``NAME.gold.json``; InputError (one line) if it is not valid gold."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable gold JSON file ({exc})") from None

    def bad(why: str) -> InputError:
        return InputError(f"{path}: malformed gold file: {why}")

    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise bad('expected {"entities": [...], "relations": [...]}')
    if not isinstance(data.setdefault("relations", []), list):
        raise bad('"relations" is not a list')
    ids = set()
    for e in data["entities"]:
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("id", "type", "label")):
            raise bad(f"entity without string id/type/label: {e!r}"[:200])
        if e["type"] not in ENTITY_TYPES:
            raise bad(f"unknown entity type {e['type']!r}")
        if not isinstance(e.setdefault("mentions", []), list):
            raise bad(f"mentions of {e['id']!r} is not a list")
        ids.add(e["id"])
    for r in data["relations"]:
        if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in ("subject", "predicate", "object")):
            raise bad(f"relation without string subject/predicate/object: {r!r}"[:200])
        if r["predicate"] not in PREDICATES:
            raise bad(f"unknown predicate {r['predicate']!r}")
        for end in (r["subject"], r["object"]):
            if end not in ids and end != ARTICLE:
                raise bad(f"relation end {end!r} is not an entity id")
    return data


@dataclass
class ArticleResult:
    name: str
    text: Path
    scores: Scores
    seconds: float
    error: str | None = None


@dataclass
class Report:
    articles: list[ArticleResult]

    @property
    def total(self) -> Scores:
        out = Scores()
        for a in self.articles:
            out = out + a.scores
        return out

    def as_dict(self) -> dict:
        return {
            "articles": {a.name: {**a.scores.as_dict(), "text": str(a.text), "seconds": round(a.seconds, 3),
                                  "error": a.error} for a in self.articles},
            "micro": self.total.as_dict(details=False),
        }

    def to_text(self) -> str:
        def row(name: str, s: Scores) -> str:
            e, r = s.entities, s.relations
            return (f"{name:<24} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f} {e.tp:4d}/{e.fp:<3d}/{e.fn:<3d}"
                    f"  {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.tp:4d}/{r.fp:<3d}/{r.fn:<3d}")

        head = (f"{'article':<24} {'ent P':>6} {'ent R':>6} {'ent F1':>6} {'tp/fp/fn':>12}"
                f"  {'rel P':>6} {'rel R':>6} {'rel F1':>6} {'tp/fp/fn':>12}")
        lines = [head, "-" * len(head)]
        for a in self.articles:
            lines.append(row(a.name, a.scores) + (f"  ERROR: {a.error}" if a.error else ""))
        total = self.total
        lk = total.links
        lines += ["-" * len(head), row("micro-average", total),
                  f"{'links (any predicate)':<24} {'':>6} {'':>6} {'':>6} {'':>12}  {lk.precision:6.3f} {lk.recall:6.3f} "
                  f"{lk.f1:6.3f} {lk.tp:4d}/{lk.fp:<3d}/{lk.fn:<3d}", ""]
        for title, table in (("entity type", total.by_type), ("predicate", total.by_predicate)):
            lines.append(f"{title:<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
            for k, c in sorted(table.items()):
                lines.append(f"{k:<16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


def _find_text(name: str, gold_dir: Path, text_dirs: Sequence[Path]) -> Path:
    for d in [*text_dirs, gold_dir]:
        p = d / f"{name}.txt"
        if p.is_file():
            return p
    where = ", ".join(str(d) for d in [*text_dirs, gold_dir])
    raise InputError(f"no text {name}.txt for {name}.gold.json (looked in {where})")


def evaluate_dir(
    gold_dir: str | Path,
    text_dir: str | Path | Sequence[str | Path] | None = None,
    build: Callable[[list[Path]], Graph] | None = None,
) -> Report:
    """Build the graph of every ``NAME.txt`` that has a ``NAME.gold.json`` in ``gold_dir`` and score it.

    Args:
        gold_dir: folder of ``NAME.gold.json`` files.
        text_dir: folder (or folders, searched in order) holding ``NAME.txt``; the gold folder itself
            is searched last. Defaults to the gold folder only.
        build: ``paths -> rdflib.Graph``. Defaults to ``kazkg.graph.build.build_graph``.

    An article whose build fails is scored as an empty prediction, with its error in the report.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold folder not found: {gold_dir}")
    if text_dir is None:
        text_dirs: list[Path] = []
    elif isinstance(text_dir, (str, Path)):
        text_dirs = [Path(text_dir)]
    else:
        text_dirs = [Path(d) for d in text_dir]
    for d in text_dirs:
        if not d.is_dir():
            raise InputError(f"text folder not found: {d}")
    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        raise InputError(f"no *.gold.json files in {gold_dir}")
    if build is None:
        try:
            from kazkg.graph.build import build_graph as build
        except ImportError as exc:  # pragma: no cover - the pipeline is a sibling module
            raise KazkgError(f"the pipeline (kazkg.graph.build) cannot be imported: {exc}") from None
    work = [(p.name[: -len(".gold.json")], load_gold(p)) for p in golds]
    results = []
    for name, gold in work:
        text = _find_text(name, gold_dir, text_dirs)
        t0 = time.perf_counter()
        error = None
        try:
            pred = graph_to_records(build([text]))
        except Exception as exc:  # noqa: BLE001 - one bad article must not hide the others' scores
            pred, error = {"entities": [], "relations": []}, f"{type(exc).__name__}: {exc}".splitlines()[0]
        results.append(ArticleResult(name, text, score(pred, gold), time.perf_counter() - t0, error))
    return Report(results)
