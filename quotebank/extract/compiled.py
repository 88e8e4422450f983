"""The extractor's optional compiled modules, used only while they match their sources.

``make install`` compiles the extractor's busiest modules with Cython when it can
(``tools/compile_extractor.py``): the same code, about a sixth faster. The build records a
hash of every source it compiled in ``compiled.json``. Python imports a module's compiled
file in preference to its source, even a source edited since; so while compiled files are
present, a finder on ``sys.meta_path`` loads each of these modules from its source whenever
the compiled file was built from other text. The results are the same either way; only
the speed differs. No compiled files (a plain ``pip install``, no C compiler): nothing here
is used and everything runs as plain Python.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("marks", "phrases", "descriptions", "speakers", "clauses", "reported", "quotes")  # the ones worth compiling
MANIFEST = "compiled.json"


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_file(name: str, here: Path = HERE) -> Path | None:
    """The compiled file of module ``name`` in ``here``, if one was built."""
    for suffix in EXTENSION_SUFFIXES:
        if (p := here / f"{name}{suffix}").is_file():
            return p
    return None


def manifest(here: Path = HERE) -> dict:
    """{module: hash of the source it was compiled from}, as the last build recorded it."""
    try:
        data = json.loads((here / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def current(name: str, here: Path = HERE, built: dict | None = None) -> bool:
    """Whether module ``name`` has a compiled file built from its source as it is now
    (``built``: the :func:`manifest`, when the caller has read it already)."""
    if compiled_file(name, here) is None:
        return False
    return (manifest(here) if built is None else built).get(name) == source_hash(here / f"{name}.py")


def status(here: Path = HERE) -> str:
    """How the extractor runs: ``pure Python``, ``compiled``, or which modules run from source."""
    if not any(compiled_file(n, here) is not None for n in MODULES):
        return "pure Python"
    built = manifest(here)
    source = [n for n in MODULES if not current(n, here, built)]
    if not source:
        return "compiled"
    return f"compiled, except {', '.join(source)} (changed since the build: `make install` compiles them again)"


class SourceWhenStale(MetaPathFinder):
    """Loads ``package.name`` from ``name.py`` when its compiled file no longer matches it."""

    def __init__(self, package: str, here: Path = HERE):
        self.package, self.here = package, here

    def find_spec(self, fullname: str, path=None, target=None) -> ModuleSpec | None:
        pkg, _, name = fullname.rpartition(".")
        if pkg != self.package or name not in MODULES or current(name, self.here):
            return None  # (the normal import: the compiled file, or the source when there is none)
        return spec_from_file_location(fullname, self.here / f"{name}.py")


def install(package: str, here: Path = HERE) -> None:
    """Put the finder in place, once, if any compiled file is present."""
    if any(compiled_file(n, here) is not None for n in MODULES) \
            and not any(isinstance(f, SourceWhenStale) and f.package == package for f in sys.meta_path):
        sys.meta_path.insert(0, SourceWhenStale(package, here))
