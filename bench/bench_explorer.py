"""The explorer page at seed, 1,000 and 10,000 generated articles, measured in headless Chromium.

For each size: `kazkg draw` wall time and peak memory (reading the graph file included), HTML size,
nodes and links, time from navigation start to the first ``afterDrawing`` of ``window.network``, search
time in the page (first search builds the index), time to open a node's panel and expand it, label boxes
overlapping in the first view, and requests that left the machine. Prints numbers; asserts nothing.

    python bench/bench_explorer.py [--sizes seed,1000,10000] [--screenshots docs/]

The corpora are built once by bench/explorer_corpus.py and cached under /tmp/kazkg-bench.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from explorer_corpus import CACHE, corpus_graph_file  # noqa: E402

SEARCH = "Тоқаев"
# the CLI in a child process that reports its own peak memory as it exits
RUN_DRAW = """import atexit, resource, sys
atexit.register(lambda: print("peak-rss-mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr))
from kazkg.cli import main
main()"""
OVERLAPS_JS = """(() => { const ids = network.body.nodeIndices.filter(i => !network.body.nodes[i].options.hidden);
  const view = network.getViewPosition(), s = network.getScale(), c = network.canvas.frame.canvas;
  const w = c.clientWidth / s / 2, h = c.clientHeight / s / 2;
  const boxes = ids.map(i => network.getBoundingBox(i)).filter(b => b.right > view.x - w && b.left < view.x + w
    && b.bottom > view.y - h && b.top < view.y + h);
  let n = 0; for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
    const p = boxes[a], q = boxes[b]; if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) n++; }
  return [boxes.length, n]; })()"""


def graph_file(size: str) -> Path:
    if size == "seed":
        out = CACHE / "seed.ttl"
        if not out.is_file():
            subprocess.run([sys.executable, str(ROOT / "cli.py"), "build", "-o", str(out)], check=True, capture_output=True)
        return out
    return corpus_graph_file(int(size))


def draw(graph: Path, html: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (less sensitive to a loaded machine) and peak RSS (MB) of `kazkg draw`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN_DRAW, "draw", str(graph), "-o", str(html)],
                          check=True, capture_output=True, cwd=ROOT, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, float(done.stderr.strip().splitlines()[-1].split()[-1])


def in_browser(html: Path, shot: Path | None) -> dict:
    from kazkg.graph.explorer.browser import Browser, left_machine

    with Browser() as b:
        b.open(html.as_uri())
        first = b.wait_for("window.__firstDraw", timeout=180)
        b.eval("new Promise(r => setTimeout(r, 300))")
        shown, overlapping = b.eval(OVERLAPS_JS)
        if shot:
            b.screenshot(shot, scale=0.7)
        timing = b.eval(f"""(() => {{ const t0 = performance.now(); const hits = kazkg.search({SEARCH!r});
            const t1 = performance.now(); kazkg.search({SEARCH[:-1]!r}); const t2 = performance.now();
            const box = document.getElementById('search'); box.value = {SEARCH!r};
            box.dispatchEvent(new Event('input')); const t3 = performance.now();
            kazkg.openNode(hits[0]); kazkg.expand(hits[0]); const t4 = performance.now();
            return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, hits.length, kazkg.data.nodes.length, kazkg.data.edges.length,
                    kazkg.data.overview.length]; }})()""")
        b.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        if shot:  # the searched node, revealed at its place with its side panel
            b.eval(f"document.getElementById('results').innerHTML = ''; kazkg.reveal(kazkg.search({SEARCH!r})[0])")
            b.eval("new Promise(r => setTimeout(r, 300))")
            b.screenshot(shot.with_name(shot.stem + "-panel.png"), scale=0.7)
        off = [u for u in b.requests() if left_machine(u)]
    return {"first": first, "shown": shown, "overlapping": overlapping, "timing": timing, "off": off}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="seed,1000,10000")
    ap.add_argument("--screenshots", type=Path, help="folder for a PNG of each size's first view")
    args = ap.parse_args()
    for size in args.sizes.split(","):
        graph = graph_file(size)
        html = CACHE / f"explorer-{size}.html"
        seconds, cpu, rss = draw(graph, html)
        shot = args.screenshots / f"explorer-{size}.png" if args.screenshots else None
        r = in_browser(html, shot)
        t = r["timing"]
        print(f"--- {size} ({graph.name}, {graph.stat().st_size / 1e6:.1f} MB)")
        print(f"nodes / links       {t[5]} / {t[6]} (overview {t[7]})")
        print(f"kazkg draw          {seconds:.1f} s wall, {cpu:.1f} s CPU, peak RSS {rss:.0f} MB, "
              f"HTML {html.stat().st_size / 1e6:.1f} MB")
        print(f"first afterDrawing  {r['first'] / 1000:.2f} s after navigation start")
        print(f"search {SEARCH}      {t[0]:.1f} ms, then {SEARCH[:-1]} {t[1]:.1f} ms, typed in the box and listed "
              f"{t[2]:.1f} ms, {t[4]} hits")
        print(f"open + expand node  {t[3]:.1f} ms")
        print(f"first view          {r['shown']} nodes in view, {r['overlapping']} overlapping label pairs")
        print(f"requests off machine {len(r['off'])} {r['off'][:3]}")


if __name__ == "__main__":
    main()
