"""Corpus build speed and memory: N articles (the dev articles and the seed, with years, days and
surnames varied) built on all cores, then serialised to Turtle. Prints numbers; asserts nothing.

    python bench/bench_corpus.py [--articles 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SURNAMES = ["Тоқаев", "Назарбаев", "Бектенов", "Смайылов", "Мамин", "Жақыпов", "Оразбаев", "Уәли"]
VARIANTS = ["Ахметов", "Сәрсенбаев", "Құдайбергенов", "Есімов", "Ержанов", "Байболов", "Нұрланов", "Серіков"]


def sources() -> list[str]:
    texts = [(ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8")]
    dev = Path(os.environ.get("KAZKG_SHARED", ROOT.parent / "shared")) / "corpus" / "dev"
    if dev.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("kk-dev-*.txt"))]
    return texts


def vary(text: str, i: int) -> str:
    shift = i % 7
    text = re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + shift), text)
    text = re.sub(r"\b([1-9]|1\d|2[0-8]) (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)",
                  lambda m: f"{(int(m.group(1)) + i) % 28 + 1} {m.group(2)}", text)
    k = i % len(SURNAMES)
    if i % 3:
        text = text.replace(SURNAMES[k], VARIANTS[k])
    return text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    from kazkg.graph.build import build_store
    from kazkg.graph.corpus import triple_count
    from kazkg.graph.store_export import write_store
    from kazkg.graph.store import KgStore

    base = sources()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i in range(args.articles):
            (folder / f"a{i:05d}.txt").write_text(vary(base[i % len(base)], i), encoding="utf-8")
        store = KgStore(Path(tmp) / "store")
        t0 = time.perf_counter()
        result = build_store([folder], store, jobs=args.jobs)
        t2 = t1 = time.perf_counter()
        write_store(store, Path(tmp) / "corpus.ttl")
        t3 = time.perf_counter()
        size = (Path(tmp) / "corpus.ttl").stat().st_size
        articles, triples, entities = store.article_count(), triple_count(store), store.index.db.execute(
            "SELECT COUNT(DISTINCT iri) FROM keys").fetchone()[0]
        del store
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime  # the code's cost, whatever the machine's load
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles            {articles} ({len(result.failures)} failures, {len(base)} distinct sources)")
    print(f"jobs                {args.jobs}")
    print(f"extract into store  {t1 - t0:.2f} s ({articles / (t1 - t0):.0f} articles/s; store commit: {result.stats['seconds']})")
    print(f"write Turtle        {t3 - t2:.2f} s ({size / 1e6:.1f} MB)")
    print(f"total               {t3 - t0:.2f} s (target < 60 s for 1,000 articles)")
    print(f"CPU                 {cpu:.1f} s: main {me.ru_utime + me.ru_stime:.1f} s (texts, store, Turtle), "
          f"workers {kids.ru_utime + kids.ru_stime:.1f} s (models loaded and articles extracted)")
    print(f"entities            {entities}")
    print(f"triples             {triples}")
    print(f"peak RSS            main {own:.0f} MB, largest worker {children:.0f} MB (target < 2 GB)")


if __name__ == "__main__":
    main()
