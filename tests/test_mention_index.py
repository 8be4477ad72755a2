"""Facts.covering through the mention index gives the plain scan's answer, ties included, whatever
the sequence of changes (mentions added, dropped or replaced; entities added, removed, re-keyed)."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

from kazkg.graph.facts import STATEMENT_TYPES, Facts, Span  # noqa: E402

TYPES = ["Person", "Place", "Organization", "Goal"]


def scan(facts: Facts, start: int, end: int, types=()):
    """The definition: the entity with the longest overlapping mention, the first in the table on ties."""
    best, best_len = None, -1
    for ent in facts.entities.values():
        if ent.type in STATEMENT_TYPES or types and ent.type not in types:
            continue
        for m in ent.mentions:
            if m.start < end and start < m.end and (m.end - m.start) > best_len:
                best, best_len = ent, m.end - m.start
    return best


SPAN = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: Span(p[0], p[0] + p[1], "x"))
OPS = st.lists(st.one_of(
    st.tuples(st.just("entity"), st.sampled_from(TYPES), st.integers(0, 6), SPAN),
    st.tuples(st.just("append"), st.integers(0, 6), SPAN),
    st.tuples(st.just("forget"), st.integers(0, 6), st.integers(0, 60), st.integers(0, 30)),
    st.tuples(st.just("delete"), st.integers(0, 6)),
    st.tuples(st.just("rekey"), st.integers(0, 6), st.integers(0, 6)),
    st.tuples(st.just("replace"), st.integers(0, 6)),
    st.tuples(st.just("query"), st.integers(0, 70), st.integers(1, 10), st.sampled_from([(), ("Place",), ("Person", "Organization")])),
), max_size=60)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(ops=OPS)
def test_mention_index_agrees_with_the_scan(ops):
    facts = Facts()
    keys = lambda: list(facts.entities)  # noqa: E731
    for op in ops:
        kind = op[0]
        if kind == "entity":
            facts.entity(op[1], f"e{op[2]}", op[3], key=f"{op[1]}:e{op[2]}")
        elif kind == "append" and keys():
            facts.entities[keys()[op[1] % len(keys())]].mentions.append(op[2])
        elif kind == "forget" and keys():
            facts.forget(facts.entities[keys()[op[1] % len(keys())]], op[2], op[2] + op[3])
        elif kind == "delete" and keys():
            del facts.entities[keys()[op[1] % len(keys())]]
        elif kind == "rekey" and keys():
            facts.rekey(keys()[op[1] % len(keys())], keys()[op[2] % len(keys())])
        elif kind == "replace" and keys():
            ent = facts.entities[keys()[op[1] % len(keys())]]
            ent.mentions[:] = ent.mentions[::2]
        elif kind == "query":
            start, end, types = op[1], op[1] + op[2], op[3]
            assert facts.covering(start, end, types) is scan(facts, start, end, types)
    for start in range(0, 70, 3):
        assert facts.covering(start, start + 2) is scan(facts, start, start + 2)


def test_mention_index_survives_pickling():
    import pickle

    facts = Facts()
    facts.entity("Person", "a", Span(0, 5, "a"))
    copy = pickle.loads(pickle.dumps(facts))
    copy.entity("Place", "b", Span(10, 20, "b"))
    assert copy.covering(12, 13).label == "b" and copy.covering(1, 2).label == "a"
