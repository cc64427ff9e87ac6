"""The core never needs Qt: it imports and works with PySide6 made unimportable; and no
modules import each other in a cycle."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import skingpt_desktop.core

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6", "skingpt_desktop.ui")):
            raise ImportError(f"blocked: {name}")
sys.meta_path.insert(0, BlockQt())
"""


def _core_modules() -> list[str]:
    names = ["skingpt_desktop.core"]
    for info in pkgutil.walk_packages(skingpt_desktop.core.__path__, "skingpt_desktop.core."):
        names.append(info.name)
    return names


def test_every_core_module_imports_without_qt() -> None:
    modules = _core_modules()
    assert "skingpt_desktop.core.engine" in modules and "skingpt_desktop.core.packs.pack" in modules
    code = BLOCK_QT + "".join(f"import {name}\n" for name in modules) + (
        "assert not any(m.startswith('PySide6') for m in sys.modules)\nprint('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_headless_cli_runs_without_qt() -> None:
    code = BLOCK_QT + "from skingpt_desktop.cli import main\nraise SystemExit(main(['ask', '--help']))\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "--clinical" in result.stdout


# --- no import cycles ----------------------------------------------------------------------------

CYCLE_CHECKED_PACKAGES = ("skingpt_desktop", "converters")


def _module_files(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the checked packages under ``root``."""
    modules = {}
    for package in CYCLE_CHECKED_PACKAGES:
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _is_type_checking_block(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:``: names for annotations only, never imported at run time."""
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported_modules(tree: ast.AST, package: str, modules: set[str]) -> Iterator[str]:
    """The checked modules that import statements name, at any depth (an import inside a
    function still ties two modules together), except type-checking-only ones."""
    for node in ast.iter_child_nodes(tree):
        if _is_type_checking_block(node):
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the importing package
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:  # "from pkg import mod" depends on mod, not all of pkg
                submodule = f"{base}.{alias.name}"
                yield submodule if submodule in modules else base
        yield from _imported_modules(node, package, modules)


def _import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the checked modules it imports."""
    files = _module_files(root)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = set(_imported_modules(tree, package, set(files)))
        graph[name] = {n for n in imported if n in files} - {name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = stack[stack.index(node):]
                    del stack[stack.index(node):]
                    if len(group) > 1:
                        found.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in stack:
                low[node] = min(low[node], index[child])
    return found


def test_no_import_cycles() -> None:
    graph = _import_graph()
    assert "skingpt_desktop.ui.camera" in graph and "converters.pth_reader" in graph
    assert "skingpt_desktop.ui.qimages" in graph["skingpt_desktop.ui.camera"]
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
