#!/usr/bin/env python3
"""Compile the extractor's busiest modules with Cython, in place (optional).

    python tools/compile_extractor.py          # what `make install` runs
    python tools/compile_extractor.py --clean  # remove the compiled files: plain Python again

The modules are compiled as they are, with no type declarations: the same code and the
same results (checked on every PolNeAR and bench article), about a sixth faster. It needs
Cython and setuptools (the `dev` extra) and a C compiler with the Python headers; without
them it says so and changes nothing, and quotebank runs as plain Python.

Each compiled file is used only while it matches its source (``quotebank/extract/compiled.py``
checks a hash recorded here): editing a module never leaves an older build of it in use.
Exit status 0 when built or when there is nothing to build with, 1 when a build failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotebank.extract.compiled import HERE, MANIFEST, MODULES, compiled_file, current, manifest, source_hash  # noqa: E402


def clean() -> None:
    for name in MODULES:
        if (p := compiled_file(name, HERE)) is not None:
            p.unlink()
    (HERE / MANIFEST).unlink(missing_ok=True)


def build(jobs: int) -> int:
    missing = [m for m in ("Cython", "setuptools") if find_spec(m) is None]
    if missing:
        print(f"compiled extractor: not built ({' and '.join(missing)} not installed: "
              "`pip install -e '.[dev]'` brings them); quotebank runs as plain Python")
        return 0
    recorded = manifest(HERE)
    todo = [n for n in MODULES if not current(n, HERE, recorded)]
    if not todo:
        print("compiled extractor: up to date")
        return 0
    hashes = {n: source_hash(HERE / f"{n}.py") for n in todo}  # the text as compiled
    log = ROOT / "build" / "compile_extractor.log"
    log.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "setup.py"
        # -O1: as fast as -O3 here, and four times quicker to compile (the rules make large C files)
        src = HERE.as_posix()
        script.write_text(
            "from setuptools import Extension, setup\n"
            "from Cython.Build import cythonize\n"
            f"exts = [Extension('quotebank.extract.' + n, [{src!r} + '/' + n + '.py'], extra_compile_args=['-O1'])"
            f" for n in {todo!r}]\n"
            "setup(name='quotebank-extract', packages=[], ext_modules=cythonize(exts, build_dir='c', quiet=True,"
            " compiler_directives={'language_level': 3, 'annotation_typing': False, 'binding': True}))\n")
        # (built in the temporary folder, away from the project's own pyproject.toml, then moved in)
        cmd = [sys.executable, str(script), "build_ext", "--parallel", str(jobs), "--build-lib", "lib",
               "--build-temp", "obj"]
        print(f"compiled extractor: compiling {', '.join(todo)} (about a minute; log in {log.relative_to(ROOT)})")
        with open(log, "w") as out:
            done = subprocess.run(cmd, cwd=tmp, stdout=out, stderr=subprocess.STDOUT).returncode == 0
        built = {n: compiled_file(n, Path(tmp) / "lib" / "quotebank" / "extract") for n in todo}
        done = done and all(built.values())
        if done:
            for name, path in built.items():
                if (old := compiled_file(name, HERE)) is not None:
                    old.unlink()
                shutil.move(str(path), HERE / path.name)
    if not done:
        print(f"compiled extractor: the build failed (see {log.relative_to(ROOT)}; a C compiler and the "
              "Python headers are needed); quotebank runs as plain Python", file=sys.stderr)
        return 1
    recorded.update(hashes)
    (HERE / MANIFEST).write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("compiled extractor: built")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clean", action="store_true", help="remove the compiled files")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel compiler processes")
    args = ap.parse_args()
    if args.clean:
        clean()
        print("compiled extractor: removed; quotebank runs as plain Python")
        return 0
    return build(max(1, args.jobs))


if __name__ == "__main__":
    sys.exit(main())
