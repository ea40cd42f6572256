"""The extractor compiled to C with mypyc, and the guard that keeps a stale build out.

The extractor's three modules (``COMPILED``) are plain, fully typed Python. ``make native``
(run by ``make run``, ``make test``, ``make bench`` and the rest) compiles them with mypyc into
extension modules beside their sources, which Python then imports instead of the ``.py``
files: the same code, about a third faster (`make bench`). Without a build the sources run as
they are.

    python -m pipeline.build_native [--force]   # compile, unless already up to date
    python -m pipeline.build_native status      # compiled, source or stale

A build is stale when any of the sources is newer than any of its binaries (an edit, a
``git checkout``): importing ``pipeline`` then loads the sources instead, with a warning
saying how to rebuild, so an edited extractor never runs as its old binary. ``LEDGER_PURE=1``
loads the sources even over a fresh build (to compare the two, or to debug).

Two known differences, both handled in the code (a test extracts a corpus both ways and
compares every claim): a whole number in a variable typed ``float`` becomes a float (a summed
total is made an int again, or its claim id would change); and mypyc's own ``str.lower``
gives a Greek capital sigma no final form ("ΟΔΟΣ" -> "οδοσ", not "οδος"): no word the
extractor looks for is Greek, and where the lowered text is cut into tokens ``str.lower`` is
called unbound, which mypyc leaves to CPython.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

CORE = Path(__file__).resolve().parent / "core"
# the modules compiled together (they call one another natively): what extraction runs on
COMPILED = ("extract", "numbers", "lexicon")
# the extension all three share, beside them in the package (mypyc names it after the group)
GROUP = "pipeline.core.native"
SHARED = "native__mypyc"
# every binary a build makes: one per module, and the one they share
BUILT = (*COMPILED, SHARED)


def binaries(core: Path, name: str) -> list[Path]:
    return [p for p in core.glob(f"{name}.*") if p.suffix in (".so", ".pyd")]


def state(core: Path = CORE, modules: Sequence[str] = COMPILED) -> str:
    """``compiled`` (every module has a binary newer than every source), ``source`` (no
    binary at all) or ``stale`` (some binary is missing or older than some source)."""
    found = {name: binaries(core, name) for name in (*modules, SHARED)}
    if not any(found.values()):
        return "source"
    if not all(found.values()):
        return "stale"
    newest_source = max((core / f"{m}.py").stat().st_mtime for m in modules)
    oldest_binary = min(p.stat().st_mtime for paths in found.values() for p in paths)
    return "compiled" if oldest_binary >= newest_source else "stale"


def running() -> str:
    """What the imported extractor is: ``mypyc`` (the compiled build) or ``source``."""
    from pipeline.core import extract

    return "mypyc" if Path(extract.__file__ or "").suffix in (".so", ".pyd") else "source"


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' ``.py`` sources, ahead of their binaries."""

    def __init__(self, core: Path, modules: Sequence[str], stale: bool):
        self.names = {f"pipeline.core.{m}": core / f"{m}.py" for m in modules}
        self.stale = stale  # say so, once, when a source is loaded in a stale build's place

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.names.get(fullname)
        if source is None:
            return None
        if self.stale:
            self.stale = False
            warnings.warn(
                "the compiled extractor is older than its sources: running the sources "
                "(slower). Rebuild it with `make native`.",
                stacklevel=2,
            )
        return importlib.util.spec_from_file_location(fullname, source)


def guard() -> None:
    """Load the sources rather than a stale build (or any build, with ``LEDGER_PURE=1``).
    Called when ``pipeline`` is imported, before any compiled module is."""
    if any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        return
    pure = os.environ.get("LEDGER_PURE", "") not in ("", "0")
    current = state()
    if current == "source" or (current == "compiled" and not pure):
        return
    sys.meta_path.insert(0, _SourceFirst(CORE, COMPILED, stale=current == "stale" and not pure))
