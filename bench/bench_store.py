"""Corpus builds into a store: N generated articles, then 100 more added to it, then exports.
Prints numbers; asserts nothing.

    python bench/bench_store.py --articles 10000 [--jobs 2] [--workdir DIR]

Articles are made from the bundled seed and the project's held-out texts (bench/heldout*), with years,
days, times, numbers and people's names varied, so the key index grows as a real corpus's does (new
names keep arriving) and nearly every article is distinct. Nothing from ../shared is read.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
SURNAMES = ["Тоқаев", "Назарбаев", "Бектенов", "Смайылов", "Мамин", "Жақыпов", "Оразбаев", "Уәли", "Скляр",
            "Жұмангарин", "Қойшыбаев", "Балаева", "Нұрдәулетов", "Ертаев"]
ROOTS = ["Ахмет", "Сәрсенбай", "Құдайберген", "Есім", "Ержан", "Байбол", "Нұрлан", "Серік", "Дәулет", "Асқар",
         "Болат", "Ерлан", "Марат", "Қайрат", "Бақыт", "Жанат", "Талғат", "Мұрат", "Ислам", "Арман", "Берік",
         "Ғалым", "Дархан", "Еркін", "Жандос", "Кемел", "Мақсат", "Нұрбол", "Олжас", "Руслан", "Санжар", "Тимур"]
ENDINGS = ["ов", "ұлы", "бекұлы", "баев", "жанов"]


def sources() -> list[str]:
    files = [ROOT / "seeds" / "seed-article.txt"] + sorted(ROOT.glob("bench/heldout*/*.txt"))
    return [p.read_text(encoding="utf-8") for p in files if p.name.lower() != "readme.txt"]


def vary(text: str, i: int) -> str:
    """The ``i``-th variant of a text: other years, days, times and numbers, and other people's names."""
    shift, n = i % 7, i // 7
    text = re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + shift), text)
    text = re.sub(rf"\b([1-9]|1\d|2[0-8]) ({MONTHS})", lambda m: f"{(int(m.group(1)) + n) % 28 + 1} {m.group(2)}", text)
    text = re.sub(r"\b([01]\d|2[0-3]):([0-5]\d)\b", lambda m: f"{(int(m.group(1)) + n // 60) % 24:02d}:{(int(m.group(2)) + n) % 60:02d}", text)
    text = re.sub(r"\b(\d{3,})\b(?! жыл)", lambda m: str(int(m.group(1)) + n % 1000) if len(m.group(1)) != 4 else m.group(1), text)
    if i % 4:
        for k, surname in enumerate(SURNAMES):
            new = ROOTS[(i * 7 + k * 13) % len(ROOTS)] + ENDINGS[(i // len(ROOTS) + k) % len(ENDINGS)]
            text = text.replace(surname, new)
    return text


def generate(folder: Path, start: int, count: int, base: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        path = folder / f"g{i // 1000:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        if not path.exists():
            path.write_text(vary(base[i % len(base)], i), encoding="utf-8")


def cpu_s() -> float:
    """CPU seconds of this process and its finished workers: on a shared machine, wall time measures the
    neighbours as much as the code, CPU time only the code."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--add", type=int, default=100, help="articles added to the built store afterwards")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kazkg-bench-store"))
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and store")
    args = ap.parse_args()

    from kazkg.graph.build import build_store
    from kazkg.graph.corpus import triple_count
    from kazkg.graph.store_export import write_store
    from kazkg.graph.store import KgStore

    base = sources()
    corpus, extra = args.workdir / f"corpus-{args.articles}", args.workdir / f"extra-{args.articles}"
    store_dir = args.workdir / f"store-{args.articles}"
    shutil.rmtree(store_dir, ignore_errors=True)
    shutil.rmtree(extra, ignore_errors=True)
    t = time.perf_counter()
    generate(corpus, 0, args.articles, base)
    generate(extra, args.articles, args.add, base)
    print(f"generated           {args.articles} + {args.add} articles from {len(base)} sources in {time.perf_counter() - t:.1f} s")

    store = KgStore(store_dir)
    t0, c0 = time.perf_counter(), cpu_s()
    result = build_store([corpus], store, jobs=args.jobs, progress=sys.stderr.isatty())
    t1, c1 = time.perf_counter(), cpu_s()
    quads = len(store)
    print(f"build into store    {t1 - t0:.1f} s ({(t1 - t0) / args.articles * 1000:.1f} s per 1,000 articles; "
          f"{store.article_count()} distinct articles, {len(result.failures)} failures)")
    print(f"  CPU               {c1 - c0:.1f} s ({(c1 - c0) / args.articles * 1000:.1f} CPU s per 1,000 articles, "
          f"workers and store together)")
    print(f"  commit phase      {result.stats}")
    own, children = rss_mb()
    print(f"peak RSS            main {own:.0f} MB, largest worker {children:.0f} MB (target < 2 GB at 100k)")
    print(f"quads               {quads}")

    t2, c2 = time.perf_counter(), cpu_s()
    more = build_store([corpus, extra], store, jobs=args.jobs)
    t3, c3 = time.perf_counter(), cpu_s()
    print(f"add {args.add} articles    {t3 - t2:.1f} s ({more.added} added, {more.skipped} unchanged, "
          f"{more.stats.get('rewritten')} rewritten for new merges; {c3 - c2:.1f} CPU s; target < 60 s at 100k)")

    out = args.workdir / f"export-{args.articles}.ttl"
    t4, c4 = time.perf_counter(), cpu_s()
    write_store(store, out)
    t5, c5 = time.perf_counter(), cpu_s()
    triples = triple_count(store)
    t6 = time.perf_counter()
    print(f"export Turtle       {t5 - t4:.1f} s ({c5 - c4:.1f} CPU s), {triples} triples, {out.stat().st_size / 1e6:.0f} MB "
          f"(counting them: {t6 - t5:.1f} s)")
    nq = args.workdir / f"export-{args.articles}.nq"
    write_store(store, nq)
    print(f"export N-Quads      {time.perf_counter() - t6:.1f} s, {nq.stat().st_size / 1e6:.0f} MB")
    disk = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file())
    print(f"store on disk       {disk / 1e6:.0f} MB")
    own, children = rss_mb()
    print(f"peak RSS (all)      main {own:.0f} MB, largest worker {children:.0f} MB")
    if not args.keep:
        del store
        for p in (store_dir, extra, out, nq):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
