"""The store alone at scale: how commit time, memory and disk grow with the store, without paying for
extraction (which is per article, on the workers, and does not grow with the corpus). Prints numbers;
asserts nothing.

    python bench/bench_store_scale.py --articles 100000 [--real 200] [--batch 1000]

``--real`` articles generated as in bench_store.py are extracted once; the store is then fed synthetic
articles made from their facts: each copy gets its own article IRI, its own events, goals, acts and
documents (keys suffixed with the copy number), and a quarter of its people, bodies and places renamed,
so the key index keeps growing as a real corpus's does. Articles go in batches (one commit each), as a
daily job would add them; the time per batch is printed as the store grows.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import shutil
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import ROOTS, generate, sources  # noqa: E402


def copy_of(record, facts, j: int):
    """Copy ``j`` of an extracted article, with its own IRI and partly its own names (see above)."""
    from dataclasses import replace

    from kazkg.graph import iris
    from kazkg.graph.facts import Facts, entity_key
    from kazkg.graph.linking import COARSE

    aid = f"article-{iris.digest(record.id, str(j))}"
    keys, out = {}, Facts()
    for e in facts.entities.values():
        if e.type in COARSE:
            label = e.label if zlib.crc32(f"{e.key}\x1f{j}".encode()) % 4 else f"{e.label} {ROOTS[j % len(ROOTS)]}{j % 97}"
        else:
            label = f"{e.label} {j}"
        new = entity_key(e.type, label) if e.type in COARSE else f"{e.key} {j}"
        keys[e.key] = new
        ent = out.entity(e.type, label, key=new, alt_labels=e.alt_labels, acronyms=e.acronyms)
        for m in e.mentions:
            ent.add_mention(replace(m, article=aid))
    for r in facts.relations.values():
        s = aid if r.subject == record.id else keys.get(r.subject, r.subject)
        o = r.object if not isinstance(r.object, str) else (aid if r.object == record.id else keys.get(r.object, r.object))
        for ev in r.evidence:
            out.relate(s, r.predicate, o, replace(ev, article=aid))
    return replace(record, id=aid, name=f"s{j:06d}.txt"), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--real", type=int, default=200)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kazkg-bench-scale"))
    ap.add_argument("--start", type=int, default=0,
                    help="continue the store left in WORKDIR by an earlier run at this many articles "
                         "(e.g. --start 10000 --articles 10100 --batch 100: add 100 to the 10k store)")
    args = ap.parse_args()

    from kazkg.graph.build import expand, extract_files, failed
    from kazkg.graph.corpus import triple_count
    from kazkg.graph.store_export import write_store
    from kazkg.graph.store import KgStore

    corpus = args.workdir / f"real-{args.real}"
    generate(corpus, 0, args.real, sources())
    cache = args.workdir / f"real-{args.real}.pickle"  # extraction is not what this measures: done once
    t = time.perf_counter()
    if cache.exists():
        real = pickle.loads(cache.read_bytes())
    else:
        real = [o for _, o in extract_files(expand([corpus]), jobs=os.cpu_count() or 1) if not failed(o)]
        cache.write_bytes(pickle.dumps(real))
    print(f"extracted           {len(real)} real articles in {time.perf_counter() - t:.1f} s "
          f"(once, cached in {cache}; not in the figures below)")
    store_dir = args.workdir / "store"
    if not args.start:
        shutil.rmtree(store_dir, ignore_errors=True)
    store = KgStore(store_dir)
    print("store size  | batch of articles: wall s, CPU s (add + commit) | quads | main RSS MB | disk MB")
    j = args.start
    while j < args.articles:
        n = min(args.batch, args.articles - j)
        t, c = time.perf_counter(), time.process_time()
        for k in range(j, j + n):
            facts, record = real[k % len(real)]
            rec, fx = copy_of(record, facts, k)
            store.add(f"/synthetic/{rec.name}", rec.id, rec, fx)
        stats = store.commit()
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        j += n
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        disk = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file()) / 1e6
        print(f"{j:>10}  | {n}: {wall:7.1f} s wall, {cpu:7.1f} s CPU, rewritten {stats['rewritten']:>4} "
              f"| {len(store):>10} | {rss:6.0f} | {disk:7.0f} | {stats['seconds']}", flush=True)
    t, c = time.perf_counter(), time.process_time()
    out = args.workdir / "export.ttl"
    write_store(store, out)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"export Turtle       {wall:.1f} s wall, {cpu:.1f} s CPU, {triple_count(store)} triples, "
          f"{out.stat().st_size / 1e6:.0f} MB")
    out.unlink()


if __name__ == "__main__":
    main()
