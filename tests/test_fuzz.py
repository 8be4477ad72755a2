"""A bounded fuzzing run (issue 13): a few hundred mutated and random articles, each built and written in
every output format, each output parsed back by Oxigraph and by kazkg's own reader. A crash is any error
other than a coded refusal of bad input; an invalid output is one that does not parse back to the same
number of triples. Derandomised, so CI runs the same inputs every time (about a minute).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8")
FORMATS = [".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf"]
EXAMPLES = 300

# Characters that break formats or parsers: controls, XML's forbidden ones, quotes and escapes of each
# syntax, bidi marks, combining marks (NFC), line separators, and Kazakh letters.
NASTY = list("\x00\x01\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\ufffe\uffff\u200f\u0301\"'\\<>&{}@#;.:,") + \
    ["]]>", "\"\"\"", "@kk-latn", "xml:lang=\"kk-latn\"", "<!ENTITY a \"b\">", "&amp;", "\\u0000", "Бөлісу:",
     "22 Қыркүйек 2022, 17:44 923", "\r\n", "\r", "\n\n", "\t", "Қ.-Ж. Тоқаев", "«", "»", "\U0001F600"]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
PIECE = st.one_of(st.sampled_from(NASTY), TEXT)


@st.composite
def articles(draw) -> bytes:
    kind = draw(st.sampled_from(["mutated", "mutated", "mutated", "random", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "random":
        return "".join(draw(st.lists(PIECE, max_size=30))).encode("utf-8")
    start = draw(st.integers(0, len(SEED) - 1))
    text = SEED[:200] + SEED[start:start + draw(st.integers(0, 1200))]  # headline and date line, some body
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "replace"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 200)))
        if op == "insert":
            text = text[:i] + draw(PIECE) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + draw(PIECE) + text[j:]
    return text.encode("utf-8")


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(data=articles())
def test_fuzz_every_format_parses_back(workdir, data):
    from kazkg.graph.build import _process, to_rdf
    from kazkg.graph.errors import KazkgError
    from kazkg.graph.export import load_graph, serialize

    path = workdir / "fuzz.txt"
    path.write_bytes(data)
    outcome = _process(path)
    if isinstance(outcome, KazkgError):
        return  # refused with a coded reason (empty, binary, not UTF-8): not a crash
    assert not isinstance(outcome, str), outcome  # "[K900] internal error": an extractor crashed
    facts, record = outcome
    g = to_rdf(facts, [record])
    for suffix in FORMATS:
        out = workdir / f"fuzz{suffix}"
        out.write_bytes(serialize(g, out))
        parsed = list(ox.parse(out.read_bytes(), format=ox.RdfFormat.from_extension(suffix[1:])))
        assert len(parsed) == len(g), suffix
        assert len(load_graph(out)) == len(g), suffix
