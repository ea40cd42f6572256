"""Compile the extractor with mypyc (see ``pipeline.native``).

python -m pipeline.build_native [--force]   # compile, unless already up to date
python -m pipeline.build_native status      # compiled, source or stale
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.native import BUILT, COMPILED, CORE, GROUP, binaries, state


def build(force: bool = False) -> bool:
    """Compile ``COMPILED`` in place (``build/`` holds the C sources); False when the build
    was already up to date. Needs mypy (which carries mypyc), setuptools and a C compiler."""
    if not force and state() == "compiled":
        return False
    from mypyc.build import mypycify
    from setuptools import Distribution

    root = CORE.parent.parent
    cwd = Path.cwd()
    os.chdir(root)  # mypyc names the modules by their paths from here
    try:
        for name in BUILT:  # (a build that fails leaves none: the sources run, not old binaries)
            for p in binaries(CORE, name):
                p.unlink()
        extensions = mypycify(
            [str((CORE / f"{m}.py").relative_to(root)) for m in COMPILED],
            opt_level="1",  # -O1: as fast as -O3 here, and compiles in half the time
            group_name=GROUP,
        )
        dist = Distribution({"name": "conflict-ledger-native", "ext_modules": extensions})
        cmd = dist.get_command_obj("build_ext")
        cmd.inplace = True  # type: ignore[attr-defined]
        dist.run_command("build_ext")
        # (setuptools copies an unchanged binary from build/ with its old time: every binary
        # is stamped as built now, which is what the staleness check compares)
        for name in BUILT:
            for p in binaries(CORE, name):
                os.utime(p)
    finally:
        os.chdir(cwd)
    return True


def main(argv: Sequence[str]) -> int:
    if list(argv) == ["status"]:
        print(state())
        return 0
    if list(argv) not in ([], ["--force"]):
        print("usage: python -m pipeline.build_native [--force] | status", file=sys.stderr)
        return 2
    started = state()
    built = build(force=bool(argv))
    print(f"compiled extractor: {'built' if built else 'up to date'} (was {started})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
