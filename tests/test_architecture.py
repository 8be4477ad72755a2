"""The package's layering, read from the source: extractors never import each other, no module import
cycle anywhere, and the runtime never imports the training code.

Extractors that borrow from each other make order and edits between them carry meaning nothing
declares; shared logic belongs in ``kazkg.graph.grammar``. Read statically (ast), so a lazy import inside a
function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(("kazkg",) + (parts[:-1] if parts[-1] == "__init__" else parts))


def _runtime_nodes(tree: ast.AST):
    """Every node that can run: ``if TYPE_CHECKING:`` blocks (annotations only) are left out."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports: ``from kazkg.graph.x import y`` counts kazkg.graph.x (whose
    ``__init__`` runs and whose namespace is read) and kazkg.graph.x.y when that is a module."""
    out = set()
    for node in _runtime_nodes(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in modules:
                out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names} & modules
    return out


def import_graph() -> nx.DiGraph:
    files = [p for p in (ROOT / "graph").rglob("*.py")] + [ROOT / "cli.py"]
    modules = {_module_name(p): p for p in files}
    g = nx.DiGraph()
    for name, path in modules.items():
        g.add_node(name)
        for target in _imports(path, set(modules)):
            if target != name:
                g.add_edge(name, target)
    return g


def test_the_import_graph_is_read():
    """The rules below are empty if the reader misses the package's own imports (e.g. after a rename)."""
    g = import_graph()
    assert g.has_edge("kazkg.cli", "kazkg.graph.build") or any(a == "kazkg.cli" for a, _ in g.edges)
    assert g.number_of_edges() > 2 * g.number_of_nodes() // 3


def test_no_extractor_imports_another():
    g = import_graph()
    extractor_modules = {n for n in g if n.startswith("kazkg.graph.extractors.") and n != "kazkg.graph.extractors.base"}
    bad = sorted((a, b) for a, b in g.edges if a in extractor_modules and b in extractor_modules)
    assert not bad, f"extractors import each other (move the shared code to kazkg.graph.grammar): {bad}"


def test_no_import_cycle():
    g = import_graph()
    cycles = list(nx.simple_cycles(g))
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_grammar_does_not_import_extractors():
    g = import_graph()
    bad = sorted((a, b) for a, b in g.edges if a.startswith("kazkg.graph.grammar") and b.startswith("kazkg.graph.extractors"))
    assert not bad, bad


def test_the_checker_sees_an_import_between_extractors(tmp_path):
    """The static reader must catch a lazy import inside a function, else the rule above is empty."""
    src = tmp_path / "x.py"
    src.write_text("def f():\n    from kazkg.graph.extractors.place import PlaceExtractor\n", "utf-8")
    assert _imports(src, {"kazkg.graph.extractors.place"}) == {"kazkg.graph.extractors.place"}


def test_runtime_never_imports_training_code():
    """Training needs torch/scipy extras; building a graph must not even import it."""
    g = import_graph()
    runtime = [n for n in g if n.startswith("kazkg.graph") and not n.startswith("kazkg.graph.ner.training")]
    reach = set().union(*(nx.descendants(g, n) for n in runtime))
    assert not {n for n in reach if n.startswith("kazkg.graph.ner.training")}


def test_no_module_reaches_400_lines():
    """Small modules with names that explain themselves: a module that grows past 400 lines is split."""
    sizes = {str(p.relative_to(ROOT)): len(p.read_text("utf-8").splitlines())
             for p in [*(ROOT / "graph").rglob("*.py"), ROOT / "cli.py"]}
    assert not {p: n for p, n in sizes.items() if n >= 400}
