"""conflict-ledger: news reports of armed conflict turned into a versioned dataset of figures."""

__version__ = "0.1.0"

# (before any module of the extractor is imported: a stale compiled build is not loaded)
from pipeline.native import guard as _guard  # noqa: E402

_guard()
