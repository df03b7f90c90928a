"""The layout stays easy to see: small modules, a thin app.py, pure room logic, no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGES = ("pipeline", "topics", "nlp", "benchmarks")
ROOMS = ("ingest", "redact", "classify", "count", "detect", "route", "issues", "notify", "deliver", "discover")
IO_MODULES = {"agents.py", "http.py", "producer.py", "service.py"}  # the only room modules touching Faust or Kafka
IO_LIBRARIES = {"faust", "kafka", "aiokafka"}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            name = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


def imports_of(path: Path) -> set[str]:
    """Every module imported anywhere in the file, except under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text())
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    names = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_no_module_is_over_300_lines_and_app_py_only_wires():
    sizes = {name: len(path.read_text().splitlines()) for name, path in modules().items()}
    assert {name: size for name, size in sizes.items() if size > 300} == {}
    assert sizes["pipeline.app"] <= 80


def test_there_are_no_import_cycles():
    known = modules()
    graph = {
        name: {other for other in imports_of(path) if other in known and other != name} for name, path in known.items()
    }
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            pytest.fail("import cycle: " + " → ".join([*trail[trail.index(name) :], name]))
        if name in done:
            return
        for other in sorted(graph[name]):
            visit(other, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


@pytest.mark.parametrize("room", ROOMS)
def test_room_logic_is_pure_and_agents_register(room):
    folder = REPO / "pipeline" / room
    for path in folder.glob("*.py"):
        if path.name not in IO_MODULES:
            touched = {name.split(".")[0] for name in imports_of(path)} & IO_LIBRARIES
            assert not touched, f"{path.relative_to(REPO)} imports {touched}: pure logic only"
    if (folder / "agents.py").exists():
        assert "def register(app: faust.App, deps: Deps)" in (folder / "agents.py").read_text()


def test_nothing_outside_the_tests_imports_them():
    offenders = [name for name, path in modules().items() if any(i.startswith("tests") for i in imports_of(path))]
    assert offenders == []
