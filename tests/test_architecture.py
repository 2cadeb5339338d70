"""Dependencies point inward: engine packages never import a front door (cli, web, notebooks)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "torchdojo"
INNER = ["grader", "content", "partners", "storage"]
FRONT_DOORS = ("torchdojo.cli", "torchdojo.web", "torchdojo.notebooks")


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", INNER)
def test_inner_packages_do_not_import_front_doors(package):
    for path in (PACKAGE / package).rglob("*.py"):
        bad = {name for name in imports_of(path) if name.startswith(FRONT_DOORS)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports front door(s) {sorted(bad)}"


def test_only_settings_reads_the_environment():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "settings.py" or "courses" in path.parts:
            continue
        if "os.environ" in path.read_text() and path.parts[-2:] != ("grader", "sandbox.py"):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders, f"read settings through Settings, not os.environ: {offenders}"


def test_every_module_has_a_docstring():
    missing = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "courses" not in path.parts
        and path.name != "__main__.py"
        and path.stat().st_size
        and ast.get_docstring(ast.parse(path.read_text())) is None
    ]
    assert not missing, f"modules without a docstring: {missing}"
