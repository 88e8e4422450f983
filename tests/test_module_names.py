"""No module of the package binds one top-level name twice: a second definition silently
replaces the first for every function that reads it (two lists of clause openers once
shared a name, and the subject scan read the wrong one)."""

import ast
from pathlib import Path

import pytest

import quotebank

PACKAGE = Path(quotebank.__file__).parent


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_bound_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for n in names:
            if n in seen:
                twice.append(f"{n} (lines {seen[n]} and {node.lineno})")
            seen[n] = node.lineno
    assert not twice, f"{path.name} binds these names twice: {twice}"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_compiled_file_shadows_a_source(path):
    # Python imports an extension module (name.*.so) before name.py: one left from the Cython
    # build of earlier versions would run old rules in place of the source
    stale = [p.name for p in path.parent.glob(path.stem + ".*") if p.suffix in (".so", ".pyd")]
    assert not stale, f"{stale} would be imported instead of {path.name}: delete them (`make install` does)"
