"""The index a store keeps beside its Oxigraph files (SQLite): files and their content hashes, each
article's own facts, and every entity key with the articles that use it and the IRI it resolves to.

This is what makes adding articles cost their own work, not a rebuild: resolution needs only the
merged description of each key (one row per key, never the mentions), and when a key's IRI changes
the index names the articles whose graphs must be rewritten. Everything here is order-independent:
a key's label is its most frequent label (ties: the smallest), sets are unions.
"""

from __future__ import annotations

import pickle
import sqlite3
import zlib
from collections import Counter
from itertools import groupby
from pathlib import Path

from kazkg.graph.facts import Entity, Facts

SEP = "\x1f"
SCHEMA = """
CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, hash TEXT NOT NULL, aid TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_aid ON files(aid);
CREATE TABLE IF NOT EXISTS articles(aid TEXT PRIMARY KEY, facts BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS occ(key TEXT NOT NULL, aid TEXT NOT NULL, type TEXT, label TEXT, alt TEXT, acr TEXT,
                               wd TEXT, en TEXT, PRIMARY KEY (key, aid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS occ_aid ON occ(aid);
CREATE TABLE IF NOT EXISTS keys(key TEXT PRIMARY KEY, type TEXT, label TEXT, alt TEXT, acr TEXT, wd TEXT, en TEXT,
                                coarse INTEGER NOT NULL, iri TEXT);
CREATE INDEX IF NOT EXISTS keys_iri ON keys(iri);
CREATE INDEX IF NOT EXISTS keys_coarse ON keys(coarse);
CREATE TABLE IF NOT EXISTS descr(iri TEXT PRIMARY KEY, hash TEXT NOT NULL, coarse INTEGER NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS touched(key TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS tiris(iri TEXT PRIMARY KEY);
"""
ENTITY_COLS = "key, type, label, alt, acr, wd, en"


def _join(items) -> str:
    return SEP.join(sorted(items))


def _split(text: str | None) -> set[str]:
    return set(text.split(SEP)) if text else set()


def entity_of(row) -> Entity:
    key, type_, label, alt, acr, wd, en = row[:7]
    return Entity(type_, label, key, [], _split(alt), _split(acr), wd or None, en or None)


def summarise(rows) -> tuple:
    """One key's row from its per-article rows: the same whatever order the articles came in."""
    key = rows[0][0]
    labels = Counter(r[2] for r in rows)
    label = min(labels, key=lambda lab: (-labels[lab], lab))
    alt = set().union(*(_split(r[3]) for r in rows)) - {label}
    acr = set().union(*(_split(r[4]) for r in rows))
    wd = min((r[5] for r in rows if r[5]), default=None)
    en = min((r[6] for r in rows if r[6]), default=None)
    return key, min(r[1] for r in rows), label, _join(alt), _join(acr), wd, en


class KeyIndex:
    """SQLite tables of a store; ``path`` None keeps them in memory (a one-off build)."""

    def __init__(self, path: Path | None):
        self.db = sqlite3.connect(str(path) if path else ":memory:")
        self.db.execute("PRAGMA journal_mode=WAL" if path else "PRAGMA journal_mode=MEMORY")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    # -- files and articles ------------------------------------------------------------------
    def file(self, path: str) -> tuple[str, str] | None:
        return self.db.execute("SELECT hash, aid FROM files WHERE path=?", (path,)).fetchone()

    def files(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM files ORDER BY path")]

    def names(self, aid: str) -> list[str]:
        return [Path(r[0]).name for r in self.db.execute("SELECT path FROM files WHERE aid=?", (aid,))]

    def set_file(self, path: str, hash_: str, aid: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO files VALUES (?,?,?)", (path, hash_, aid))

    def drop_file(self, path: str) -> str | None:
        row = self.file(path)
        self.db.execute("DELETE FROM files WHERE path=?", (path,))
        return row[1] if row else None

    def has_article(self, aid: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE aid=?", (aid,)).fetchone() is not None

    def article_in_use(self, aid: str) -> bool:
        return self.db.execute("SELECT 1 FROM files WHERE aid=? LIMIT 1", (aid,)).fetchone() is not None

    def add_article(self, record, facts: Facts) -> None:
        blob = zlib.compress(pickle.dumps((record, facts), protocol=pickle.HIGHEST_PROTOCOL), 1)
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?,?)", (record.id, blob))
        rows = [(e.key, record.id, e.type, e.label, _join(e.alt_labels), _join(e.acronyms), e.wikidata, e.label_en)
                for e in facts.entities.values()]
        self.db.executemany("INSERT OR REPLACE INTO occ VALUES (?,?,?,?,?,?,?,?)", rows)
        self.db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(r[0],) for r in rows])

    def drop_article(self, aid: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO touched SELECT key FROM occ WHERE aid=?", (aid,))
        self.db.execute("DELETE FROM occ WHERE aid=?", (aid,))
        self.db.execute("DELETE FROM articles WHERE aid=?", (aid,))

    def article(self, aid: str):
        (blob,) = self.db.execute("SELECT facts FROM articles WHERE aid=?", (aid,)).fetchone()
        return pickle.loads(zlib.decompress(blob))

    def articles_with(self, keys) -> set[str]:
        out: set[str] = set()
        for k in keys:
            out.update(r[0] for r in self.db.execute("SELECT aid FROM occ WHERE key=?", (k,)))
        return out

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # -- keys --------------------------------------------------------------------------------
    def refresh_touched(self, coarse_types) -> None:
        """Re-summarise every touched key from its per-article rows; keys no article uses go, and
        their IRIs are marked for a new description."""
        self.db.execute("INSERT OR IGNORE INTO tiris SELECT k.iri FROM keys k JOIN touched t USING (key) "
                        "WHERE k.iri IS NOT NULL AND k.coarse=0")
        self.db.execute("DELETE FROM keys WHERE key IN (SELECT key FROM touched) AND key NOT IN (SELECT key FROM occ)")
        cur = self.db.execute("SELECT o.key, o.type, o.label, o.alt, o.acr, o.wd, o.en FROM occ o "
                              "JOIN touched t USING (key) ORDER BY o.key")
        upsert = ("INSERT INTO keys VALUES (?,?,?,?,?,?,?,?,NULL) ON CONFLICT(key) DO UPDATE SET type=excluded.type, "
                  "label=excluded.label, alt=excluded.alt, acr=excluded.acr, wd=excluded.wd, en=excluded.en")
        batch = []
        for _, rows in groupby(cur, key=lambda r: r[0]):
            s = summarise(list(rows))
            batch.append((*s, int(s[1] in coarse_types)))
            if len(batch) >= 10000:
                self.db.executemany(upsert, batch)
                batch = []
        self.db.executemany(upsert, batch)

    def touched_coarse_iris(self) -> set[str]:
        rows = self.db.execute("SELECT k.iri FROM keys k JOIN touched t USING (key) WHERE k.coarse=1 AND k.iri IS NOT NULL")
        return {r[0] for r in rows}

    def touched_keys(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT key FROM touched")]

    def coarse_entities(self) -> list[Entity]:
        return [entity_of(r) for r in self.db.execute(f"SELECT {ENTITY_COLS} FROM keys WHERE coarse=1 ORDER BY key")]

    def coarse_iris(self) -> dict[str, str | None]:
        return dict(self.db.execute("SELECT key, iri FROM keys WHERE coarse=1"))

    def unnamed(self):
        """Keys without an IRI yet (new, or re-summarised) that resolution leaves as they are."""
        return list(self.db.execute("SELECT key, type FROM keys WHERE iri IS NULL AND coarse=0"))

    def set_iris(self, pairs, mark: bool) -> None:
        """Record the IRI each key resolves to; ``mark`` queues those IRIs for a new description."""
        self.db.executemany("UPDATE keys SET iri=? WHERE key=?", [(iri, k) for k, iri in pairs])
        if mark:
            self.db.executemany("INSERT OR IGNORE INTO tiris VALUES (?)", [(iri,) for _, iri in pairs])

    def iri(self, key: str) -> str | None:
        row = self.db.execute("SELECT iri FROM keys WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def touched_fine_iris(self):
        """(iri, [entities]) for every marked IRI of the non-resolved classes, [] when nothing names it."""
        marked = [r[0] for r in self.db.execute("SELECT iri FROM tiris ORDER BY iri")]
        for iri in marked:
            rows = self.db.execute(f"SELECT {ENTITY_COLS} FROM keys INDEXED BY keys_iri WHERE iri=? AND coarse=0", (iri,))
            yield iri, [entity_of(r) for r in rows]

    def described_hash(self, iri: str) -> str | None:
        row = self.db.execute("SELECT hash FROM descr WHERE iri=?", (iri,)).fetchone()
        return row[0] if row else None

    def set_described(self, iri: str, hash_: str | None, coarse: int) -> None:
        if hash_ is None:
            self.db.execute("DELETE FROM descr WHERE iri=?", (iri,))
        else:
            self.db.execute("INSERT OR REPLACE INTO descr VALUES (?,?,?)", (iri, hash_, coarse))

    def clear_marks(self) -> None:
        self.db.execute("DELETE FROM touched")
        self.db.execute("DELETE FROM tiris")

    def commit(self) -> None:
        self.db.commit()
