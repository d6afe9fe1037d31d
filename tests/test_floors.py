"""The floors run one way: a package imports only the floors below it, and nothing imports in a circle.

Walks every module of ``src/basementbrew`` with ``ast`` (imports inside functions and ``TYPE_CHECKING``
blocks included: a lazy import is still an arrow in the house) and checks the rules of
``shared/ARCHITECTURE.md``: from the ground up errors; workspace, limits, config; models, safety, data;
runs; evaluation; training and inference (siblings); playground; commands and the CLI.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import basementbrew

PACKAGE = Path(basementbrew.__file__).parent

FLOORS = {
    "errors": 0,
    "workspace": 1, "limits": 1, "config": 1,
    "models": 2, "safety": 2, "data": 2,
    "runs": 3,
    "evaluation": 4,
    "training": 5, "inference": 5, "merging": 5,
    "playground": 6,
    "commands": 7, "cli": 7, "ui": 7,
}
# Same-floor edges that are still forbidden (the allowed ones: data may use models' tokenizers and
# safety's scanners).
FORBIDDEN_SIDEWAYS = {("models", "data"), ("safety", "data"), ("training", "inference"), ("inference", "training"),
                      ("models", "safety"), ("safety", "models")}
GROUND = {"config": {"errors", "workspace", "limits"}, "limits": {"errors"}, "workspace": {"errors"}, "errors": set()}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every basementbrew module `path` imports, at any depth of the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path).split(".")
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("basementbrew"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here if is_pkg else here[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if not module.startswith("basementbrew"):
                continue
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)  # `from pkg import module`
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        graph[name] = {m for m in _imports(path) if m in files and m != name}
    return graph


def _group(module: str) -> str:
    return module.split(".")[1] if "." in module else "basementbrew"


def test_every_module_has_a_floor() -> None:
    groups = {_group(m) for m in _graph()} - {"basementbrew", "assets"}
    assert groups <= set(FLOORS), f"give these packages a floor in FLOORS and ARCHITECTURE.md: {groups - set(FLOORS)}"


def test_no_import_runs_down_to_up_or_sideways_where_forbidden() -> None:
    bad = []
    for module, targets in _graph().items():
        src = _group(module)
        if src not in FLOORS:
            continue
        for target in targets:
            dst = _group(target)
            if dst == src or dst not in FLOORS:
                continue
            if src in GROUND and dst not in GROUND[src]:
                bad.append(f"{module} -> {target} (the ground floor imports only {sorted(GROUND[src]) or 'nothing'})")
            elif FLOORS[dst] > FLOORS[src]:
                bad.append(f"{module} -> {target} (floor {FLOORS[src]} importing floor {FLOORS[dst]})")
            elif (src, dst) in FORBIDDEN_SIDEWAYS:
                bad.append(f"{module} -> {target} ({src} must not import {dst})")
    assert not bad, "arrows that run the wrong way:\n" + "\n".join(sorted(bad))


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_file_imports_in_a_circle() -> None:
    graph = _graph()
    # a package's __init__ that only re-exports is part of its modules, not a separate room
    circles = [c for c in _cycles(graph) if not all(m.count(".") <= 1 for m in c)]
    assert not circles, f"files importing each other in a circle: {circles}"


def test_no_package_circle() -> None:
    packages: dict[str, set[str]] = defaultdict(set)
    for module, targets in _graph().items():
        packages[_group(module)].update(_group(t) for t in targets if _group(t) != _group(module))
    assert not _cycles(dict(packages)), f"packages importing each other in a circle: {_cycles(dict(packages))}"


def test_the_checker_sees_lazy_and_relative_imports(tmp_path: Path) -> None:
    """The walker must not miss the kind of import that hid the old loops (inside a function)."""
    f = tmp_path / "mod.py"
    f.write_text("def f():\n    from basementbrew.training.runs import RunDir\n    import basementbrew.inference\n")
    found = {m for m in _imports_of_text(f)}
    assert {"basementbrew.training.runs", "basementbrew.inference"} <= found
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


def _imports_of_text(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found
