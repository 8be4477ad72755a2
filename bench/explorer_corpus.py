"""Generated corpora for the explorer benchmark, built once and cached under /tmp (10,000 articles take minutes).

    python bench/explorer_corpus.py 1000 10000
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
CACHE = Path(os.environ.get("KAZKG_BENCH_CACHE", tempfile.gettempdir())) / "kazkg-bench"


def corpus_graph_file(n: int, jobs: int = os.cpu_count() or 1) -> Path:
    """The N-Triples file of an n-article generated corpus, built on first use."""
    out = CACHE / f"corpus-{n}.nt"
    if out.is_file():
        return out
    from bench_corpus import sources, vary
    from graph.build import build_facts, to_rdf
    from graph.export import write_graph

    base = sources()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i in range(n):
            (folder / f"a{i:05d}.txt").write_text(vary(base[i % len(base)], i), encoding="utf-8")
        result = build_facts([folder], jobs=jobs)
    write_graph(to_rdf(result.facts, result.records), out)
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(corpus_graph_file(int(arg)))
