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


# --- the rooms of the core -----------------------------------------------------------------------

def _room(module: str) -> str | None:
    """The core room a module lives in: its package under core (``packs``, ``vision``...) or, for
    a module directly in core, the module itself (``engine``); None outside the core."""
    parts = module.split(".")
    if parts[:2] != ["skingpt_desktop", "core"] or len(parts) < 3:
        return None
    return parts[2]


def _room_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Core room -> the other core rooms its modules import."""
    rooms: dict[str, set[str]] = {}
    for module, imported in graph.items():
        room = _room(module)
        if room is None:
            continue
        targets = {_room(name) for name in imported} - {None, room}
        rooms.setdefault(room, set()).update(r for r in targets if r is not None)
    return rooms


def test_core_rooms_import_each_other_in_one_direction() -> None:
    """A cycle between two rooms (say packs -> vision -> packs) means neither can be read or
    changed alone; the rooms must form layers."""
    rooms = _room_graph(_import_graph())
    assert {"native", "vision", "llm", "packs", "storage", "report", "engine"} <= set(rooms)
    assert "native" in rooms["vision"] and "vision" in rooms["packs"]
    assert _cycles(rooms) == []


def test_the_room_check_sees_a_cycle_between_packages() -> None:
    graph = {"skingpt_desktop.core.packs.pack": {"skingpt_desktop.core.vision.vision"},
             "skingpt_desktop.core.vision.vision": {"skingpt_desktop.core.native.ggml"},
             "skingpt_desktop.core.native.ggml": {"skingpt_desktop.core.packs.memory"},
             "skingpt_desktop.core.packs.memory": set(), "skingpt_desktop.ui.app": set()}
    assert _cycles(_room_graph(graph)) == [["native", "packs", "vision"]]


def _all_imports(tree: ast.AST) -> Iterator[str]:
    """Every absolute module name an import statement names, at any depth (a lazy import inside a
    function counts: it runs as soon as the function does)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _forbidden_imports(package: str, forbidden: tuple[str, ...]) -> list[str]:
    """``file: module`` for each import under ``package`` of a module in ``forbidden``."""
    found = []
    for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}: {name}" for name in sorted(set(_all_imports(tree)))
                  if name in forbidden or name.startswith(tuple(f"{f}." for f in forbidden))]
    return found


def test_core_never_imports_qt_or_the_window() -> None:
    assert _forbidden_imports("skingpt_desktop.core", ("PySide6", "shiboken6",
                                                       "skingpt_desktop.ui")) == []


def test_cli_and_rendering_never_import_the_window() -> None:
    """``main.py report`` and every other subcommand run where no window can: the renderer
    needs QtGui only, and the command line needs neither the window nor widgets."""
    window = ("skingpt_desktop.ui", "PySide6.QtWidgets", "PySide6.QtPrintSupport")
    assert _forbidden_imports("skingpt_desktop.cli", window) == []
    assert _forbidden_imports("skingpt_desktop.render", window) == []
    assert _forbidden_imports("skingpt_desktop.core", ("skingpt_desktop.render",)) == []


def test_the_import_check_sees_a_lazy_import() -> None:
    tree = ast.parse("def later():\n    from skingpt_desktop.ui.app import run_app\n")
    assert "skingpt_desktop.ui.app" in set(_all_imports(tree))


def test_the_window_loads_the_converters_only_when_it_converts() -> None:
    """The offline converters (checkpoint readers, the GGUF writer) are for installing from the
    catalogue or from two GGUF files: opening the app must not load them."""
    code = ("import sys\nimport skingpt_desktop.ui.app\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'converters')\n"
            "print(loaded)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
