"""Layer rules: PySide6 only in ui/, the domain imports nothing outside the stdlib and itself."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "timeward"


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_outside_ui(path):
    assert not any(name.split(".")[0] == "PySide6" for name in imports(path))


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").glob("*.py")), ids=lambda p: p.name)
def test_domain_is_pure(path):
    for name in imports(path):
        top = name.split(".")[0]
        assert top in sys.stdlib_module_names or top == "__future__" or name.startswith("timeward.domain")


def test_calendars_and_storage_never_import_each_other():
    for layer, other in (("calendars", "storage"), ("storage", "calendars")):
        for path in (PACKAGE / layer).glob("*.py"):
            assert not any(name.startswith(f"timeward.{other}") for name in imports(path)), path


def test_the_architecture_listing_names_every_module():
    """docs/architecture.md lists each package's modules once: a new module is added to it."""
    listing = (PACKAGE.parent.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = listing.split("```\nsrc/timeward/\n", 1)[1].split("```", 1)[0]
    missing = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if p.name != "__init__.py" and "assets" not in p.parts and p.name not in block]
    assert not missing
