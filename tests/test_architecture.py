"""The core/GUI split is machine-checked: the core never imports Qt, OS input or the app."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_importing_the_core_loads_no_gui_or_os_input_module() -> None:
    probe = (
        "import sys, phrasebook, phrasebook.cli.main;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'desktop', 'keyboard', 'pynput', 'Xlib', 'pyperclip')];"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == ""


# -- rules a newcomer can rely on ------------------------------------------------------------

PACKAGES = ("phrasebook", "desktop")
#: Private names of other libraries we cannot avoid, each with why.
FOREIGN_PRIVATE = {
    "_MEIPASS",  # sys._MEIPASS: where a PyInstaller bundle unpacked itself
    "_exit",  # os._exit: leave without running Qt's teardown again
    "_replace",  # namedtuple's documented API
    "_asdict",  # namedtuple's documented API
}


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _dotted(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _private_uses(path: Path, root: Path = ROOT) -> list[str]:
    """`x._name` and `from m import _name` where `_name` is not defined in this module.

    A module may touch its own private names on any object (a class comparing two of its
    instances); reaching into another module's, `book._groups` or `store._clock`, is the defect.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _defined_private_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                continue
            if node.attr not in own and node.attr not in FOREIGN_PRIVATE:
                found.append((node.lineno, node.col_offset, f".{node.attr}"))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if _is_private(alias.name):
                    found.append((node.lineno, node.col_offset, f"import {alias.name}"))
    where = path.relative_to(root)
    return [f"{where}:{line} {what}" for line, _, what in sorted(found)]


def _defined_private_names(tree: ast.Module) -> set[str]:
    """Private names this module defines: functions, classes, attributes set on self/cls."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)  # a dataclass field
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return {name for name in names if _is_private(name)}


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and not name.endswith("_")


def test_no_module_uses_a_private_name_of_another() -> None:
    uses = [use for pkg in PACKAGES for path in _modules(pkg) for use in _private_uses(path)]
    assert uses == []


def test_private_name_check_catches_reaching_into_the_book(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from phrasebook.cli.main import _resolve\n"
        "class Mine:\n    def __init__(self):\n        self._own = 1\n"
        "    def same(self, other):\n        return other._own\n"
        "def f(book, store):\n    book._groups.reload()\n    return store._clock\n",
        encoding="utf-8",
    )
    found = [use.split(" ", 1)[1] for use in _private_uses(probe, tmp_path)]
    assert found == ["import _resolve", "._groups", "._clock"]


def _imports(path: Path, known: set[str]) -> set[str]:
    """Modules of ours that `path` imports at run time (TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    this = _dotted(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for imported in names:
            module = imported
            while module and module not in known:
                module = module.rpartition(".")[0]
            if module and module != this:
                found.add(module)
    return found


def _cycles(package: str) -> list[list[str]]:
    paths = {_dotted(p): p for p in _modules(package)}
    graph = {name: _imports(path, set(paths)) for name, path in paths.items()}
    # A package's __init__ is imported on the way to any of its modules; it is not an edge back.
    graph = {
        name: {t for t in targets if not name.startswith(f"{t}.")}
        for name, targets in graph.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_in_the_core() -> None:
    assert _cycles("phrasebook") == []


def test_no_import_cycles_in_the_app() -> None:
    assert _cycles("desktop") == []


def test_module_names_do_not_collide() -> None:
    """Two modules of one package tree never share a name (nor a singular and a plural)."""
    for package in PACKAGES:
        seen: dict[str, Path] = {}
        clashes = []
        for path in _modules(package):
            if path.stem.startswith("__"):
                continue
            key = path.stem.removesuffix("s")
            if key in seen:
                clashes.append(f"{seen[key].relative_to(ROOT)} ~ {path.relative_to(ROOT)}")
            seen[key] = path
        assert clashes == [], package


def test_only_the_launcher_imports_the_app() -> None:
    importers = [
        _dotted(path)
        for path in _modules("desktop")
        if "desktop.app" in _imports(path, {_dotted(p) for p in _modules("desktop")})
    ]
    assert importers == ["desktop.launcher"]
