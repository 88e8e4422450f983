"""The architecture holds: data flows ingest -> extract -> resolve -> store -> export, with
a thin CLI on top, and a package imports only from those upstream of it (imports inside
functions count too). The library is usable without click."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import quotebank

PACKAGE = Path(quotebank.__file__).parent
# what each part may import from the rest of quotebank; the top-level modules sit where
# their imports put them: timelimit needs nothing, documents (the extract command's engine)
# reads inputs as ingest does and extracts
ALLOWED = {
    "ingest": set(),
    "extract": {"ingest"},
    "resolve": {"ingest", "extract"},
    "timelimit": set(),
    "documents": {"ingest", "extract", "timelimit"},
    "store": {"ingest", "extract", "resolve", "timelimit"},
    "export": {"ingest", "extract", "resolve", "store"},
    "cli": {"ingest", "extract", "resolve", "store", "export", "timelimit", "documents", "__init__"},
    "__init__": set(),
    "__main__": {"cli"},
}


def _part(path: Path, package: Path = PACKAGE) -> str:
    rel = path.relative_to(package).parts
    return rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")


def _imported_parts(path: Path, package: Path = PACKAGE) -> set[str]:
    """The parts of quotebank a module imports from (relative or absolute, anywhere in it)."""
    pkg = list(path.relative_to(package).parts[:-1])
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = pkg[: len(pkg) - (node.level - 1)]
            dotted = base + (node.module.split(".") if node.module else [])
            if dotted:
                out.add(dotted[0])
            else:  # "from .. import x" at the top: x is the part (or a name of __init__)
                out.update(a.name if (package / a.name).is_dir() or (package / f"{a.name}.py").exists()
                           else "__init__" for a in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quotebank"):
            parts = node.module.split(".")
            out.add(parts[1] if len(parts) > 1 else "__init__")
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[1] for a in node.names if a.name.startswith("quotebank."))
    return out - {_part(path, package)}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_part_imports_only_from_upstream(path):
    part = _part(path)
    assert part in ALLOWED, f"{part}: a new part of the package; give it its place in ALLOWED"
    wrong = _imported_parts(path) - ALLOWED[part]
    assert not wrong, f"{path.relative_to(PACKAGE)} ({part}) imports from {sorted(wrong)}, downstream of it"


def test_the_check_sees_a_downstream_import(tmp_path):
    # (the check can fail: an extractor module reaching into the store, inside a function)
    probe = tmp_path / "quotebank" / "extract" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text("def f():\n    from ..store.db import Database\n    return Database\n", encoding="utf-8")
    found = _imported_parts(probe, tmp_path / "quotebank")
    assert found == {"store"} and found - ALLOWED["extract"] == {"store"}


def test_the_library_imports_without_click():
    code = ("import sys, builtins\n"
            "real = builtins.__import__\n"
            "def no_click(name, *a, **k):\n"
            "    if name == 'click' or name.startswith('click.'):\n"
            "        raise ImportError('click is not installed')\n"
            "    return real(name, *a, **k)\n"
            "builtins.__import__ = no_click\n"
            "from quotebank.extract import extract_quotes\n"
            "from quotebank.store.db import Database\n"
            "from quotebank.store.pipeline import ingest, reextract\n"
            "from quotebank.store import queries, search\n"
            "from quotebank.export import WRITERS\n"
            "from quotebank.documents import extract_docs\n"
            "assert extract_quotes('\"Yes,\" she said.')\n"
            "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
