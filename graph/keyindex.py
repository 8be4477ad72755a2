"""The index a store keeps beside its Oxigraph files (SQLite): files and their content hashes, each
article's own facts, and every entity key with the articles that use it and the IRI it resolves to.

This is what makes adding articles cost their own work, not a rebuild: a key's merged description
is kept as counts of its values (``agg``: labels, alternative labels, acronyms, links, each with the
number of articles giving it), so adding or removing an article updates its own keys' counts and never
reads every mention of a name used by half the corpus; resolution's comparison tokens (``tok``) let a
commit re-resolve only the keys linked to the ones whose description changed; and when a key's IRI
changes the index names the articles whose graphs must be rewritten. Everything here is
order-independent: a key's label is its most frequent label (ties: the smallest), sets are unions.
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
CREATE TABLE IF NOT EXISTS agg(key TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
                               PRIMARY KEY (key, kind, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tok(tok TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (tok, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tok_key ON tok(key);
CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS touched(key TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS tiris(iri TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS dirty(key TEXT PRIMARY KEY, iri TEXT, coarse INTEGER NOT NULL);
"""
ENTITY_COLS = "key, type, label, alt, acr, wd, en"
VERSION = 3  # PRAGMA user_version: 3 added agg, tok, kato and the serialised graphs (kazkg.graph.blobs)
CHUNK = 500  # keys per "IN (...)" query


def _join(items) -> str:
    return SEP.join(sorted(items))


def _split(text: str | None) -> set[str]:
    return set(text.split(SEP)) if text else set()


def entity_of(row) -> Entity:
    key, type_, label, alt, acr, wd, en = row[:7]
    return Entity(type_, label, key, [], _split(alt), _split(acr), wd or None, en or None)


def counted_values(row) -> list[tuple[str, str]]:
    """(kind, value) pairs one article's row of a key adds to the key's counts."""
    _, type_, label, alt, acr, wd, en = row
    out = [("t", type_), ("l", label)] + [("a", v) for v in _split(alt)] + [("c", v) for v in _split(acr)]
    return out + [(kind, v) for kind, v in (("w", wd), ("e", en)) if v]


def summarise(key: str, counts) -> tuple:
    """One key's row from its value counts ``(kind, value, n)``: the same whatever order the articles
    came in (the label most articles give, ties to the smallest; sets are unions; links the smallest)."""
    by: dict[str, dict[str, int]] = {}
    for kind, value, n in counts:
        by.setdefault(kind, {})[value] = n
    labels = by.get("l", {})
    label = min(labels, key=lambda lab: (-labels[lab], lab))
    alt = set(by.get("a", ())) - {label}
    return (key, min(by["t"]), label, _join(alt), _join(by.get("c", ())), min(by.get("w", ()), default=None),
            min(by.get("e", ()), default=None))


def _chunks(items, n: int = CHUNK):
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


class KeyIndex:
    """SQLite tables of a store; ``path`` None keeps them in memory (a one-off build)."""

    def __init__(self, path: Path | None):
        self.db = sqlite3.connect(str(path) if path else ":memory:")
        self.db.execute("PRAGMA journal_mode=WAL" if path else "PRAGMA journal_mode=MEMORY")
        self.db.execute("PRAGMA synchronous=NORMAL")
        fresh = self.db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name='keys'").fetchone()[0] == 0
        self.db.executescript(SCHEMA)
        if fresh:
            self.db.execute(f"PRAGMA user_version={VERSION}")
        # a store made before the value counts, tokens and serialised graphs: its next commit adds them
        self.outdated = not fresh and self.db.execute("PRAGMA user_version").fetchone()[0] < VERSION

    def count_values(self) -> None:
        """Fill ``agg`` from the per-article rows of a store made before it (once)."""
        self.db.execute("DELETE FROM agg")
        cur = self.db.execute("SELECT key, type, label, alt, acr, wd, en FROM occ ORDER BY key")
        for key, rows in groupby(cur, key=lambda r: r[0]):
            counts = Counter(kv for r in rows for kv in counted_values(r))
            self.db.executemany("INSERT INTO agg VALUES (?,?,?,?)", [(key, k, v, n) for (k, v), n in counts.items()])

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
        self._count(rows, +1)
        self.db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(r[0],) for r in rows])

    def drop_article(self, aid: str) -> None:
        rows = self.db.execute("SELECT key, aid, type, label, alt, acr, wd, en FROM occ WHERE aid=?", (aid,)).fetchall()
        self._count(rows, -1)
        self.db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(r[0],) for r in rows])
        self.db.execute("DELETE FROM occ WHERE aid=?", (aid,))
        self.db.execute("DELETE FROM articles WHERE aid=?", (aid,))

    def _count(self, rows, step: int) -> None:
        """Add (``step`` 1) or take away (-1) one article's rows in the keys' value counts."""
        pairs = [(r[0], kind, v) for r in rows for kind, v in counted_values((None, *r[2:]))]
        if step > 0:
            self.db.executemany("INSERT INTO agg VALUES (?,?,?,1) ON CONFLICT DO UPDATE SET n=n+1", pairs)
        else:
            self.db.executemany("UPDATE agg SET n=n-1 WHERE key=? AND kind=? AND value=?", pairs)
            self.db.executemany("DELETE FROM agg WHERE key=? AND kind=? AND value=? AND n<=0", pairs)

    def article(self, aid: str):
        (blob,) = self.db.execute("SELECT facts FROM articles WHERE aid=?", (aid,)).fetchone()
        return pickle.loads(zlib.decompress(blob))

    def articles_with(self, keys) -> set[str]:
        out: set[str] = set()
        for k in keys:
            out.update(r[0] for r in self.db.execute("SELECT aid FROM occ WHERE key=?", (k,)))
        return out

    def article_ids(self):
        return [r[0] for r in self.db.execute("SELECT aid FROM articles ORDER BY aid")]

    def described_iris(self):
        return [r[0] for r in self.db.execute("SELECT iri FROM descr ORDER BY iri")]

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # -- keys --------------------------------------------------------------------------------
    def refresh_touched(self, coarse_types) -> None:
        """Re-summarise every touched key from its value counts; only the keys whose summary changed
        (new ones, changed ones, and keys no article uses any more, which go) are recorded as dirty,
        with the IRI they had; the IRIs of dirty keys outside resolution are marked for a new description."""
        self.db.execute("DELETE FROM dirty")
        current = {r[0]: r[1:] for r in self.db.execute(
            f"SELECT {ENTITY_COLS}, iri, coarse FROM keys k JOIN touched t USING (key)")}
        cur = self.db.execute("SELECT a.key, a.kind, a.value, a.n FROM agg a JOIN touched t USING (key) ORDER BY a.key")
        upsert = ("INSERT INTO keys VALUES (?,?,?,?,?,?,?,?,NULL) ON CONFLICT(key) DO UPDATE SET type=excluded.type, "
                  "label=excluded.label, alt=excluded.alt, acr=excluded.acr, wd=excluded.wd, en=excluded.en")
        changed, seen = [], set()
        for key, rows in groupby(cur, key=lambda r: r[0]):
            seen.add(key)
            s = summarise(key, [r[1:] for r in rows])
            old = current.get(key)
            if old is None or tuple(old[:6]) != s[1:]:
                changed.append((*s, int(s[1] in coarse_types)))
        gone = [k for k in current if k not in seen]
        self.db.executemany("INSERT INTO dirty VALUES (?,?,?)",
                            [(r[0], current[r[0]][6] if r[0] in current else None, r[7]) for r in changed]
                            + [(k, current[k][6], current[k][7]) for k in gone])
        self.db.executemany("INSERT OR IGNORE INTO tiris SELECT iri FROM keys WHERE key=? AND iri IS NOT NULL "
                            "AND coarse=0", [(k,) for k in gone] + [(r[0],) for r in changed])
        self.db.executemany("DELETE FROM keys WHERE key=?", [(k,) for k in gone])
        self.db.executemany(upsert, changed)

    def dirty_coarse(self) -> tuple[list[Entity], list[str]]:
        """The dirty keys resolution works on: (those still in use, as entities; those gone)."""
        live = self.db.execute(f"SELECT {', '.join('k.' + c for c in ENTITY_COLS.split(', '))} FROM dirty d "
                               "JOIN keys k USING (key) WHERE d.coarse=1 ORDER BY d.key").fetchall()
        gone = self.db.execute("SELECT d.key FROM dirty d LEFT JOIN keys k USING (key) WHERE k.key IS NULL AND d.coarse=1")
        return [entity_of(r) for r in live], [r[0] for r in gone]

    def retoken(self, tokens: dict[str, set[str]], gone: list[str]) -> set[str]:
        """Give each key in ``tokens`` those comparison tokens and drop the tokens of ``gone`` keys;
        returns every token they had or have, where re-resolution starts."""
        keys = list(tokens) + list(gone)
        seeds = self._tokens_of(keys) | set().union(*tokens.values())
        self.db.executemany("DELETE FROM tok WHERE key=?", [(k,) for k in keys])
        self.db.executemany("INSERT OR IGNORE INTO tok VALUES (?,?)", [(t, k) for k, ts in tokens.items() for t in ts])
        return seeds

    def _tokens_of(self, keys) -> set[str]:
        out: set[str] = set()
        for part in _chunks(keys):
            out.update(r[0] for r in self.db.execute(f"SELECT tok FROM tok WHERE key IN ({','.join('?' * len(part))})", part))
        return out

    def linked(self, keys, tokens: set[str]) -> set[str]:
        """Every key reachable from ``keys`` and ``tokens`` through shared tokens: the part of the names
        whose resolution can depend on what changed (resolution never merges keys that share none)."""
        keys, seen, frontier = set(keys), set(tokens), set(tokens)
        while frontier:
            found: set[str] = set()
            for part in _chunks(frontier):
                found.update(r[0] for r in self.db.execute(
                    f"SELECT key FROM tok WHERE tok IN ({','.join('?' * len(part))})", part))
            found -= keys
            keys |= found
            frontier = self._tokens_of(found) - seen
            seen |= frontier
        return keys

    def coarse_entities(self, keys) -> list[Entity]:
        out = []
        for part in _chunks(sorted(keys)):
            out += [entity_of(r) for r in self.db.execute(
                f"SELECT {ENTITY_COLS} FROM keys WHERE coarse=1 AND key IN ({','.join('?' * len(part))})", part)]
        return sorted(out, key=lambda e: e.key)

    def iris_of(self, keys) -> dict[str, str | None]:
        """The IRI each key has now (gone keys: the one they had), None for a key not named yet."""
        out = dict(self.db.execute("SELECT key, iri FROM dirty WHERE coarse=1"))
        for part in _chunks(keys):
            out.update(self.db.execute(f"SELECT key, iri FROM keys WHERE key IN ({','.join('?' * len(part))})", part))
        return {k: out.get(k) for k in keys}

    def all_coarse(self) -> list[Entity]:
        return [entity_of(r) for r in self.db.execute(f"SELECT {ENTITY_COLS} FROM keys WHERE coarse=1 ORDER BY key")]

    def unnamed(self):
        """Touched keys without an IRI yet (new) that resolution leaves as they are."""
        return list(self.db.execute("SELECT k.key, k.type FROM keys k JOIN touched t USING (key) "
                                    "WHERE k.iri IS NULL AND k.coarse=0"))

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
        self.db.execute("DELETE FROM dirty")
        if self.outdated:
            self.db.execute(f"PRAGMA user_version={VERSION}")
            self.outdated = False

    def commit(self) -> None:
        """Commit, counting commits: what was drawn or cached from an older count is stale."""
        self.db.execute("INSERT INTO meta VALUES ('generation', 1) ON CONFLICT DO UPDATE SET value=value+1")
        self.db.commit()

    def generation(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE name='generation'").fetchone()
        return row[0] if row else 0
