"""``kazkg build``: articles into a store (kept) or into a file (through a temporary store).

A file build goes through the same store code as a kept store, so the two give the same quads, and
neither holds a corpus graph in memory: articles stream from the workers into the store, the file
streams out of it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kazkg.graph.build import StoreResult, build_store
from kazkg.graph.store_export import write_store
from kazkg.graph.store import KgStore

EVENTS = ("Approval", "Signing", "Appointment", "Dismissal", "Establishment", "Instruction", "Statement")


def class_counts(store: KgStore) -> dict[str, int]:
    """Described entities by class (the default graph holds one description per entity)."""
    rows = store.ox.query("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
    return {str(r["c"].value).rsplit("#", 1)[-1]: int(r["n"].value) for r in rows}


def triple_count(store: KgStore) -> int:
    """Distinct triples over all graphs (a relation read in two articles is one triple in two graphs)."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    return int(next(iter(store.ox.query(q, use_default_graph_as_union=True)))["n"].value)


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``, ``3 entities``."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def _summary(store: KgStore, result: StoreResult, size: str) -> str:
    counts = class_counts(store)
    events = sum(n for c, n in counts.items() if c in EVENTS)
    return (f"{plural(store.article_count(), 'article')}, {plural(sum(counts.values()) - events, 'entity', 'entities')}, "
            f"{plural(events, 'event')}, {size}, {plural(len(result.failures), 'failure')}")


def build_into(paths: list[Path], output: Path | None, store_dir: Path | None, *, sync: bool = False,
               jobs: int = 1, progress: bool = False, scheduler: str | None = None,
               max_bytes: int = 0) -> tuple[StoreResult, str]:
    """Build ``paths`` into the store at ``store_dir`` and/or the file ``output``; returns the result
    and the one-line summary the command prints."""
    if store_dir is not None:
        store = KgStore.open(store_dir) if Path(store_dir).exists() and any(Path(store_dir).iterdir()) else KgStore(store_dir)
        result = build_store(paths, store, jobs=jobs, progress=progress, sync=sync, scheduler=scheduler,
                             max_bytes=max_bytes)
        if output is not None:
            write_store(store, output)
        st = result.stats
        line = (f"{store_dir}: {result.added} added, {result.skipped} unchanged, {result.removed} removed, "
                f"{st.get('rewritten', 0)} rewritten for new merges; " + _summary(store, result, plural(len(store), "quad")))
        store.flush()
        return result, line
    with tempfile.TemporaryDirectory(prefix="kazkg-build-") as tmp:
        store = KgStore(Path(tmp) / "store")
        result = build_store(paths, store, jobs=jobs, progress=progress, scheduler=scheduler, max_bytes=max_bytes)
        write_store(store, output)
        line = f"{output}: " + _summary(store, result, plural(triple_count(store), "triple"))
        del store
    return result, line
