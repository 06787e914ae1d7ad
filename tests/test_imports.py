"""The package's import graph: no circle, and no extractor reaching into another field.

The graph is read from the source with ``ast`` (nothing is imported): every ``import`` and
``from ... import`` of a ``pressparse`` module, at module level or inside a function (an
import deferred into a function still makes one module depend on the other), except those
under ``if TYPE_CHECKING:``, which exist only for the type checker.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "pressparse"

# Value readers any field may use: they find phone numbers and e-mail addresses in a piece of
# text and belong to no field of the release.
SHARED_READERS = frozenset({"pressparse.extract.phones", "pressparse.extract.emails"})

# Stages an extractor must not import: what it needs from them (roles, patterns) comes in as
# an explicit input, wired by api.parse_findings.
STAGES = frozenset({"pressparse.structure", "pressparse.reading", "pressparse.api"})

# Known reaches of one field into another field or a stage, removed as each field is
# converted to its declared rule table: this set only shrinks.
KNOWN_REACHES: frozenset[tuple[str, str]] = frozenset()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that ``module`` imports, TYPE_CHECKING blocks left out.

    ``from P import name`` imports the submodule ``P.name`` when there is one, else ``P``.
    """
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            if not node.level:
                target = node.module or ""
            else:
                target = f"{base}.{node.module}" if node.module else base
            for a in node.names:
                found.add(f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found & modules


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports."""
    files = {module_name(p): p for p in (SRC / PACKAGE).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = _imports(tree, name, path.name == "__init__.py", set(files)) - {name}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles of ``graph``: one path per strongly connected group of modules.

    Tarjan's algorithm over the edges as given.
    """
    edges = graph
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def strongconnect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            strongconnect(v)
    return groups


def _field_of(module: str) -> str | None:
    """The field an ``extract`` module belongs to: its name, or its package's name."""
    parts = module.split(".")
    if len(parts) >= 3 and parts[:2] == [PACKAGE, "extract"]:
        return ".".join(parts[:3])
    return None


def reaches(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(extractor, module) pairs where a field's extractor imports another field's module
    or a stage of the pipeline, shared readers excepted."""
    out: set[tuple[str, str]] = set()
    for module, targets in graph.items():
        field = _field_of(module)
        if field is None or module in SHARED_READERS:
            continue
        for t in targets:
            other = _field_of(t)
            stage = next((s for s in STAGES if t == s or t.startswith(s + ".")), None)
            if other is not None and other != field and other not in SHARED_READERS:
                out.add((field, other))
            elif stage is not None:
                out.add((field, stage))
    return out


def test_graph_is_read() -> None:
    # The check must be able to fail: the graph sees module-level and deferred imports.
    graph = import_graph()
    assert "pressparse.document" in graph["pressparse.assemble"]
    assert "pressparse.api" in graph["pressparse.explain"]  # imported inside a function


def test_no_import_circle() -> None:
    assert find_cycles(import_graph()) == []


def test_find_cycles_sees_a_circle() -> None:
    # Synthetic graph: a -> b -> c -> a is one circle; d hangs off it.
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p.a"}}
    assert find_cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_type_checking_imports_are_left_out() -> None:
    # Synthetic module: the import under TYPE_CHECKING is for mypy only.
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "from pressparse.document import Span\n"
        "if TYPE_CHECKING:\n    from pressparse.models import PressRelease\n"
        "def f():\n    from pressparse.api import parse\n"
    )
    modules = {"pressparse.document", "pressparse.models", "pressparse.api"}
    assert _imports(tree, "pressparse.x", False, modules) == {
        "pressparse.document",
        "pressparse.api",
    }


def test_extractors_reach_only_known_places() -> None:
    """An extractor imports the document, the rule model and the lexicon, never another
    field's patterns: the set of reaches equals the declared list, which only shrinks."""
    found = reaches(import_graph())
    new = found - KNOWN_REACHES
    assert not new, f"an extractor imports another field or a stage: {sorted(new)}"
    gone = KNOWN_REACHES - found
    assert not gone, f"removed, take them off KNOWN_REACHES: {sorted(gone)}"


@pytest.mark.parametrize(
    ("module", "field"),
    [
        ("pressparse.extract.quotes.dash", "pressparse.extract.quotes"),
        ("pressparse.extract.title", "pressparse.extract.title"),
        ("pressparse.structure", None),
    ],
)
def test_field_of(module: str, field: str | None) -> None:
    assert _field_of(module) == field


def test_the_pipeline_loads_on_first_parse() -> None:
    # A fresh interpreter: importing the package leaves the extractors unloaded; parse() and
    # ``from pressparse import parse`` load them.
    code = (
        "import sys, pressparse\n"
        "print('pressparse.api' in sys.modules, 'parse' in dir(pressparse))\n"
        "r = pressparse.parse('Rubrik\\n\\nText om saken.')\n"
        "print('pressparse.extract.contacts' in sys.modules, r.title)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split("\n")[:2] == ["False True", "True Rubrik"]
