"""The optional compiled extractor: used only while it matches its sources, and the same results.

``tools/compile_extractor.py`` (run by ``make install``) compiles the extractor's busiest
modules with Cython; ``quotebank/extract/compiled.py`` keeps a compiled file from being used
once its source has changed.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from quotebank.extract import compiled

EXTRACT = Path(compiled.__file__).resolve().parent
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SUFFIX = EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path, name: str, manifest: dict | None) -> Path:
    """A package with a module ``marks`` in source and a "compiled" file that is not one."""
    pkg = tmp_path / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "from pathlib import Path\nfrom quotebank.extract import compiled\n"
        "compiled.install(__name__, Path(__file__).parent)\n")
    (pkg / "marks.py").write_text("WHERE = 'source'\n")
    (pkg / f"marks{SUFFIX}").write_bytes(b"not a shared library")
    if manifest is not None:
        (pkg / compiled.MANIFEST).write_text(json.dumps(manifest))
    return pkg


@pytest.fixture
def importable(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    before = list(sys.meta_path)
    yield tmp_path
    sys.meta_path[:] = before
    for mod in [m for m in sys.modules if m.startswith("qbtest_")]:
        del sys.modules[mod]


@pytest.mark.parametrize("manifest", [None, {}, {"marks": "0" * 64}, {"phrases": "whatever"}])
def test_a_compiled_file_that_does_not_match_its_source_is_not_used(importable, manifest):
    pkg = _package(importable, f"qbtest_stale{len(json.dumps(manifest))}", manifest)
    mod = importlib.import_module(f"{pkg.name}.marks")
    assert mod.WHERE == "source"
    assert Path(mod.__file__) == pkg / "marks.py"
    assert compiled.status(pkg).startswith("compiled, except marks")


def test_a_compiled_file_that_matches_its_source_is_used(importable):
    # the "compiled" file here is garbage: that the import tries it (and fails) shows the
    # finder stood aside for a current build
    pkg = _package(importable, "qbtest_current", None)
    (pkg / compiled.MANIFEST).write_text(json.dumps({"marks": compiled.source_hash(pkg / "marks.py")}))
    assert compiled.current("marks", pkg)
    with pytest.raises(ImportError):
        importlib.import_module(f"{pkg.name}.marks")


def test_an_edit_after_the_build_goes_back_to_the_source(importable):
    pkg = _package(importable, "qbtest_edited", None)
    (pkg / compiled.MANIFEST).write_text(json.dumps({"marks": compiled.source_hash(pkg / "marks.py")}))
    (pkg / "marks.py").write_text("WHERE = 'edited source'\n")
    assert not compiled.current("marks", pkg)
    assert importlib.import_module(f"{pkg.name}.marks").WHERE == "edited source"


def test_without_compiled_files_nothing_is_installed(tmp_path):
    before = list(sys.meta_path)
    (tmp_path / "marks.py").write_text("")
    compiled.install("qbtest_none", tmp_path)
    assert sys.meta_path == before
    assert compiled.status(tmp_path) == "pure Python"


def test_status_names_every_module_running_from_source(tmp_path):
    for name in compiled.MODULES:
        (tmp_path / f"{name}.py").write_text(f"# {name}\n")
        (tmp_path / f"{name}{SUFFIX}").write_bytes(b"")
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(
        {n: compiled.source_hash(tmp_path / f"{n}.py") for n in compiled.MODULES if n != "quotes"}))
    assert compiled.status(tmp_path).startswith("compiled, except quotes (")
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(
        {n: compiled.source_hash(tmp_path / f"{n}.py") for n in compiled.MODULES}))
    assert compiled.status(tmp_path) == "compiled"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    dev = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear.dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    return texts


@pytest.mark.skipif(compiled.status() != "compiled",
                    reason="the compiled extractor is not built here (`python tools/compile_extractor.py` builds it)")
def test_the_compiled_extractor_gives_what_its_source_gives(importable):
    import quotebank.extract.quotes as fast

    assert Path(fast.__file__).suffix not in (".py", ".pyc")  # (the compiled module is the one in use)
    # the package copied without its compiled files (the extractor imports from upstream of it)
    shutil.copytree(EXTRACT.parent, importable / "qbtest_pure",
                    ignore=shutil.ignore_patterns("__pycache__", f"*{SUFFIX}", compiled.MANIFEST))
    pure = importlib.import_module("qbtest_pure.extract.quotes")
    assert Path(pure.__file__).suffix == ".py"
    for text in _texts():
        assert [vars(q) for q in fast.extract_quotes(text)] == [vars(q) for q in pure.extract_quotes(text)]
