"""Generated corpora for the explorer benchmark, built once and cached under /tmp (10,000 articles take minutes).

    python bench/explorer_corpus.py 1000 10000
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
CACHE = Path(os.environ.get("KAZKG_BENCH_CACHE", tempfile.gettempdir())) / "kazkg-bench"


STEMS = ["Ахмет", "Бекен", "Жақып", "Нұрлан", "Сәрсен", "Ерлан", "Дәулет", "Мұрат", "Қайрат", "Серік"]
MIDDLES = ["", "бай", "жан", "құл", "бек", "тай", "ғали", "сейіт", "нияз", "әлі"]


def sources_with_real() -> list[str]:
    """The seed and dev texts, plus ../shared/corpus/real (published news of the genre) when present."""
    from bench_corpus import ROOT as _root, sources

    real = Path(os.environ.get("KAZKG_SHARED", _root.parent / "shared")) / "corpus" / "real"
    return sources() + ([p.read_text(encoding="utf-8") for p in sorted(real.glob("kk-real-*.txt"))] if real.is_dir() else [])


def generate(base: list[str], i: int) -> str:
    """Article i: a base text with dates shifted (bench_corpus.vary), and its people and act numbers
    made its own, so that the graph grows with the corpus as a real one does (new people, new acts)."""
    from bench_corpus import SURNAMES, VARIANTS, vary

    text = vary(base[i % len(base)], i)
    name = STEMS[i % 10] + MIDDLES[(i // 10) % 10] + ["ов", "ев", "ұлы"][(i // 100) % 3] + "ов" * ((i // 300) % 2)
    if (i // 7) % 2:  # half the articles keep the known surnames, so hubs stay hubs
        for surname in SURNAMES + VARIANTS:
            text = text.replace(surname, name)
    return re.sub(r"№\s?\d+", f"№ {100 + i % 4000}", text)


def corpus_graph_file(n: int, jobs: int = os.cpu_count() or 1) -> Path:
    """The N-Triples file of an n-article generated corpus, built on first use."""
    out = CACHE / f"explorer-corpus-{n}.nt"
    if out.is_file():
        return out
    from kazkg.graph.build import build_facts, to_rdf
    from kazkg.graph.export import write_graph

    base = sources_with_real()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        seen = set()
        for i in range(n):
            text = generate(base, i)
            if text not in seen:  # an identical text is the same article (its IRI is its text's hash)
                seen.add(text)
                (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        print(f"{n} generated articles, {len(seen)} distinct", file=sys.stderr)
        result = build_facts([folder], jobs=jobs)
    write_graph(to_rdf(result.facts, result.records), out)
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(corpus_graph_file(int(arg)))
