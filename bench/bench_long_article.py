"""Cost of one long article: the seed's body repeated (years, days and surnames varied) to 100 KB and
1 MB, as paragraphs and as one single line; CPU time (after the models are loaded; "extract" is the
extraction alone, the rest is writing an rdflib graph), wall time and peak memory of building each,
and the growth factor (linear growth: time x10 for text x10). Prints numbers; asserts nothing.

    python bench/bench_long_article.py [--sizes 100000 1000000] [--single-line] [--from DIR]

``--from DIR`` builds the article from the paragraphs of DIR's .txt files instead (e.g. the real news of
../shared/corpus/real, read where they are): more varied text, more names, a dearer article.

Each size runs in a fresh process, so peak memory is that build's own.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SURNAMES = ["Тоқаев", "Бектенов", "Смайылов", "Жақыпов"]
VARIANTS = ["Ахметов", "Сәрсенбаев", "Құдайбергенов", "Есімов", "Ержанов", "Байболов", "Нұрланов", "Серіков"]


def paragraphs_of(folder: Path) -> tuple[list[str], list[str]]:
    """(headline and date line of the first file, every file's body paragraphs) of the .txt files in ``folder``."""
    head, body = [], []
    for p in sorted(Path(folder).glob("*.txt")):
        lines = [x for x in p.read_text(encoding="utf-8").split("\n") if x.strip() and not x.startswith("Бөлісу")]
        head = head or lines[:2]
        body += lines[2:]
    return head, body


def long_text(size: int, single_line: bool = False, folder: Path | None = None) -> str:
    """About ``size`` bytes of article: the seed's headline and date line, then its body paragraphs
    repeated with years, days and surnames varied (so the text is not one paragraph copied verbatim)."""
    seed = (ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8")
    lines = [x for x in seed.split("\n") if x.strip()]
    head, body = lines[:2], [x for x in lines[2:] if not x.startswith("Бөлісу")]  # the footer would cut it
    if folder is not None:
        head, body = paragraphs_of(folder)
    out, n, i = [], 0, 0
    while n < size:
        para = body[i % len(body)]
        shift = i // len(body)
        para = re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + shift % 9), para)
        para = re.sub(r"\b([1-9]|1\d|2[0-8]) (қыркүйек|қазан|қараша)", lambda m: f"{(int(m.group(1)) + shift) % 28 + 1} {m.group(2)}", para)
        for k, name in enumerate(SURNAMES):
            para = para.replace(name, VARIANTS[(k + shift) % len(VARIANTS)])
        out.append(para)
        n += len(para.encode("utf-8")) + 2
        i += 1
    sep = " " if single_line else "\n\n"
    return "\n\n".join(head) + "\n\n" + sep.join(out) + "\n"


def _one(path: str) -> None:
    """Child process: load the models (by building the seed), then build one file; print JSON with the
    build's CPU seconds (not disturbed by other jobs on the machine), wall seconds, peak MB, triples."""
    import resource
    import time

    from kazkg.graph.build import build_facts, to_rdf

    build_facts([ROOT / "seeds" / "seed-article.txt"], jobs=1)  # fixed costs (model loading) paid here
    cpu0, t0 = time.process_time(), time.perf_counter()
    result = build_facts([Path(path)], jobs=1)
    extract = time.process_time() - cpu0  # what kazkg build spends before the store; to_rdf is this benchmark's own
    g = to_rdf(result.facts, result.records)
    cpu, secs = time.process_time() - cpu0, time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"cpu": cpu, "extract": extract, "seconds": secs, "peak_mb": peak, "triples": len(g), "failures": len(result.failures)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--single-line", action="store_true", help="the whole body on one line")
    ap.add_argument("--from", dest="folder", type=Path, help="make the article from this folder's .txt files")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return _one(args.child)
    print(f"{'layout':<12}{'bytes':>10}{'CPU s':>8}{'extract':>9}{'wall s':>8}{'peak MB':>9}{'triples':>9}{'CPU s per 100 KB':>18}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for layouts in ([args.single_line] if args.single_line else [False, True]):
            for size in args.sizes:
                text = long_text(size, single_line=layouts, folder=args.folder)
                path = Path(tmp) / f"long-{size}.txt"
                path.write_text(text, encoding="utf-8")
                out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True)
                if out.returncode:
                    sys.exit(f"the build of {size:,} bytes failed:\n{out.stderr[-2000:]}")
                r = json.loads(out.stdout.strip().splitlines()[-1])
                nbytes = len(text.encode("utf-8"))
                layout = "one line" if layouts else "paragraphs"
                rows.append((layout, nbytes, r["cpu"]))
                print(f"{layout:<12}{nbytes:>10}{r['cpu']:>8.1f}{r['extract']:>9.1f}{r['seconds']:>8.1f}{r['peak_mb']:>9.0f}{r['triples']:>9}"
                      f"{r['cpu'] / nbytes * 100_000:>18.2f}", flush=True)
    for layout in ("paragraphs", "one line"):
        mine = [(b, s) for lay, b, s in rows if lay == layout]
        for (b0, s0), (b1, s1) in zip(mine, mine[1:]):
            print(f"{layout}: text x{b1 / b0:.1f} -> CPU time x{s1 / max(s0, 1e-9):.1f} (linear: equal factors)")


if __name__ == "__main__":
    main()
