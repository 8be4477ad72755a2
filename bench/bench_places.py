"""The KATO places (graph/places.py): load time and memory, look-up speed on nominative and inflected
forms, how often a name is shared, and (with ../shared) how the Place entities of the real articles link.

Usage: python bench/bench_places.py [--file graph/data/places.tsv.gz] [--shared ../shared] [--corpus real]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph import lang, places  # noqa: E402

CASES = ("Gen", "Dat", "Loc", "Abl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=Path(str(places.PATH)), help="a places.tsv.gz to measure")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder")
    ap.add_argument("--corpus", default="real", help="folder of ../shared/corpus whose places are linked")
    args = ap.parse_args(argv)

    lang.lemmatize("Семейде")  # the lexicon loads once for the whole pipeline: not a cost of the places
    raw = args.file.read_bytes()
    t0 = time.perf_counter()
    P = places.read(gzip.decompress(raw).decode("utf-8"))
    load_s = time.perf_counter() - t0
    tracemalloc.start()  # a second read, traced: tracing slows it several times, so it is not timed
    places.read(gzip.decompress(raw).decode("utf-8"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    kinds = Counter(p.kind for p in P.by_code.values())
    print(f"file {args.file.name}: {len(raw):,} bytes; {len(P):,} places ("
          + ", ".join(f"{n:,} {k}" for k, n in kinds.most_common()) + ")")
    print(f"load: {load_s * 1000:.0f} ms, peak {peak / 2**20:.1f} MiB")

    for kind in places.KINDS:
        names = Counter(p.bare.casefold() for p in P.by_code.values() if p.kind == kind)
        shared = sum(n for n in names.values() if n > 1)
        print(f"  {kind:10} {kinds[kind]:6,} places, {shared:6,} share their bare name with another of that kind")

    # Every city, town, district and region, nominative and in four cases, as an extractor would ask.
    surfaces = []
    for p in P.by_code.values():
        if p.kind != "village":
            surfaces.append(p.label)
            surfaces += [lang.inflect(p.label, c) for c in CASES]
    t0 = time.perf_counter()
    outcome = Counter()
    for s in surfaces:
        m = P.lookup(s)
        outcome["unique" if m.place else "ambiguous" if m.ambiguous else "none"] += 1
    dt = time.perf_counter() - t0
    print(f"lookup: {len(surfaces):,} forms of the non-village places in {dt:.2f} s "
          f"({len(surfaces) / dt:,.0f}/s): " + ", ".join(f"{n:,} {k}" for k, n in outcome.most_common()))

    corpus = args.shared / "corpus" / args.corpus
    if not corpus.is_dir():
        print(f"{corpus} is not present: the corpus link-up is not measured.")
        return 0
    from kazkg.graph.build import build_facts  # noqa: E402 (only with ../shared: builds the corpus)

    facts = build_facts([corpus]).facts
    labels = sorted({e.label for e in facts.entities.values() if e.type == "Place"})
    linked = Counter()
    for label in labels:
        m = P.lookup(label)
        got = places.link(label, P)
        linked["linked" if got else "ambiguous" if m.ambiguous else "foreign or not in KATO"] += 1
    print(f"corpus {args.corpus}: {len(labels)} distinct Place labels: "
          + ", ".join(f"{n} {k}" for k, n in linked.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
