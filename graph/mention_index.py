"""An index of entity mentions by position, so ``Facts.covering`` costs O(log n), not O(n).

``covering`` is asked once or more per token by most extractors; scanning every mention made extraction
quadratic in the length of the article (a 200 KB article spent half its time there). The index is kept
exact without trusting callers: an entity's mention list (``Mentions``) and the entity table
(``EntityTable``) report every change to one journal. Appends, by far the most common change, are
folded into the index incrementally; any other change (a mention dropped, an entity replaced) makes the
next query rebuild it. Answers are those of the plain scan, ties included (the entity first in the
table wins among mentions of equal length).
"""

from __future__ import annotations

import bisect


class _Journal:
    """Every change to any mention list or entity table: a version number, and the latest appends."""

    version = 0
    appends: list = []  # (version, entity, span), consecutive versions; cut when long
    first = 1  # version of appends[0]

    @classmethod
    def changed(cls) -> None:
        cls.version += 1

    @classmethod
    def appended(cls, entity, span) -> None:
        cls.version += 1
        if len(cls.appends) >= 4096 or cls.appends and cls.appends[-1][0] != cls.version - 1:
            cls.appends = []
        if not cls.appends:
            cls.first = cls.version
        cls.appends.append((cls.version, entity, span))


def changed() -> None:
    """Tell every index that mentions changed in a way it must rebuild from."""
    _Journal.changed()


class Mentions(list):
    """An entity's mentions (a list) that reports its changes to the journal."""

    __slots__ = ("owner", "_set")

    def __init__(self, items=(), owner=None):
        super().__init__(items)
        self.owner = owner
        self._set = None  # the same spans as a set, for ``in`` (None: to be made on demand)

    def __reduce__(self):
        return (Mentions, (list(self),))

    def __contains__(self, span) -> bool:
        if self._set is None:
            self._set = set(self)
        return span in self._set

    def append(self, span) -> None:
        super().append(span)
        if self._set is not None:
            self._set.add(span)
        if self.owner is None:
            _Journal.changed()
        else:
            _Journal.appended(self.owner, span)


def _changing(name):
    method = getattr(list, name)

    def wrapper(self, *args):
        self._set = None
        _Journal.changed()
        return method(self, *args)

    wrapper.__name__ = name
    return wrapper


for _name in ("extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__", "__delitem__",
              "__iadd__", "__imul__"):
    setattr(Mentions, _name, _changing(_name))


class EntityTable(dict):
    """key -> Entity, remembering the order of insertion (the dict's own order) for tie-breaking."""

    def __init__(self, items=()):
        super().__init__()
        self.seq: dict[str, int] = {}
        self.next = 0
        for k, v in dict(items).items():
            self[k] = v

    def __reduce__(self):
        return (EntityTable, (dict(self),))

    def __setitem__(self, key, ent) -> None:
        if key not in self:
            self.seq[key] = self.next
            self.next += 1
            if ent.mentions:
                _Journal.changed()
        elif super().__getitem__(key) is not ent:
            _Journal.changed()
        super().__setitem__(key, ent)

    def __delitem__(self, key) -> None:
        super().__delitem__(key)
        self.seq.pop(key, None)
        _Journal.changed()

    def pop(self, key, *default):
        if key in self:
            _Journal.changed()
            self.seq.pop(key, None)
        return super().pop(key, *default)

    def popitem(self):
        key, ent = super().popitem()
        self.seq.pop(key, None)
        _Journal.changed()
        return key, ent

    def clear(self) -> None:
        super().clear()
        self.seq.clear()
        _Journal.changed()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs) -> None:
        for k, v in dict(*args, **kwargs).items():
            self[k] = v


class MentionIndex:
    """Mentions of the named (non-statement) entities of one table, sorted by start offset."""

    def __init__(self, table: EntityTable, skip_types: frozenset):
        self.table = table
        self.skip = skip_types
        self.version = -1
        self.starts: list[int] = []
        self.entries: list[tuple[int, int, object]] = []  # (start, end, entity)
        self.longest = 0

    def __reduce__(self):  # a copy is rebuilt on first use, not shipped between processes
        return (MentionIndex, (self.table, self.skip))

    def _rebuild(self) -> None:
        entries = [(m.start, m.end, ent) for ent in self.table.values() if ent.type not in self.skip
                   for m in ent.mentions]
        entries.sort(key=lambda e: e[0])
        self.entries = entries
        self.starts = [e[0] for e in entries]
        self.longest = max((e[1] - e[0] for e in entries), default=0)

    def _add(self, ent, span) -> None:
        if ent is None or ent.type in self.skip:
            return
        i = bisect.bisect_right(self.starts, span.start)
        self.starts.insert(i, span.start)
        self.entries.insert(i, (span.start, span.end, ent))
        self.longest = max(self.longest, span.end - span.start)

    def sync(self) -> None:
        j = _Journal
        if self.version == j.version:
            return
        if self.version >= 0 and j.appends and j.first <= self.version + 1 and j.appends[-1][0] == j.version:
            for _, ent, span in j.appends[self.version + 1 - j.first:]:
                self._add(ent, span)
        else:
            self._rebuild()
        self.version = j.version

    def covering(self, start: int, end: int, types: tuple[str, ...] = ()):
        """The entity with the longest mention overlapping [start, end); see ``Facts.covering``."""
        self.sync()
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        best, best_len, best_seq = None, -1, 0
        table, seq = self.table, self.table.seq
        for s, e, ent in self.entries[lo:hi]:
            if e <= start or types and ent.type not in types or table.get(ent.key) is not ent:
                continue
            n = e - s
            if n > best_len or n == best_len and seq[ent.key] < best_seq:
                best, best_len, best_seq = ent, n, seq[ent.key]
        return best


class BySentence:
    """Which of ``ents`` have a mention starting in each of the sentences (sorted, disjoint ``bounds``),
    for an extractor that walks every sentence and, in it, every entity's mention list: that double loop
    is quadratic in a long article, while this visits only the entities named in the sentence, in the
    same order, and sees mentions added meanwhile (it rebuilds when the journal says anything changed)."""

    def __init__(self, ents: list, bounds: list[tuple[int, int]]):
        self.ents = ents
        self.bounds = bounds
        self.starts = [s for s, _ in bounds]
        # sentences out of order or overlapping: no look-up, the plain double loop (never from kazkg.graph.lang)
        self.plain = any(e > s for (_, e), (s, _) in zip(bounds, bounds[1:]))
        self.version = -1
        self.by_sentence: dict[int, list[int]] = {}
        self.sorted_starts: dict[int, tuple] = {}

    def _refresh(self) -> None:
        if self.version == _Journal.version:
            return
        found: dict[int, set[int]] = {}
        for p, ent in enumerate(self.ents):
            for m in ent.mentions:
                n = bisect.bisect_right(self.starts, m.start) - 1
                if n >= 0 and m.start < self.bounds[n][1]:
                    found.setdefault(n, set()).add(p)
        self.by_sentence = {n: sorted(ps) for n, ps in found.items()}
        self.version = _Journal.version

    def entities_in(self, n: int):
        """The entities with a mention starting in sentence ``n``, in the order of ``ents``."""
        if self.plain:
            yield from self.ents
            return
        k = 0
        while True:
            self._refresh()
            ps = self.by_sentence.get(n, ())
            i = bisect.bisect_left(ps, k)
            if i == len(ps):
                return
            yield self.ents[ps[i]]
            k = ps[i] + 1

    def mentions_in(self, ent, n: int):
        """The mentions of ``ent`` starting in sentence ``n``, in the order of its (live) mention list."""
        start, end = self.bounds[n]
        if self.plain:
            yield from (m for m in ent.mentions if start <= m.start < end)
            return
        ms, done = ent.mentions, 0
        while done < len(ms):
            size = len(ms)
            known = self.sorted_starts.get(id(ent))
            if known is None or known[0] is not ms or known[1] != size:
                order = sorted(range(size), key=lambda x: ms[x].start)
                known = self.sorted_starts[id(ent)] = (ms, size, [ms[x].start for x in order], order)
            starts, order = known[2], known[3]
            for x in sorted(order[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]):
                if x >= done:
                    yield ms[x]
            done = size
