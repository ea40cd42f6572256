"""Where the inbox, the warehouse and the releases live, from the environment.

Relative paths are resolved against the current directory; unset variables fall back to
the folders of this repository, so `make run` and `make ui` work from a fresh clone.
"""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    inbox: Path
    warehouse: Path
    releases: Path


def _path(var: str, default: Path) -> Path:
    value = os.environ.get(var, "").strip()
    return Path(value).expanduser().resolve() if value else default


def load_settings() -> Settings:
    return Settings(
        inbox=_path("LEDGER_INBOX", PROJECT_ROOT / "seeds"),
        warehouse=_path("LEDGER_WAREHOUSE", PROJECT_ROOT / "warehouse" / "ledger.duckdb"),
        releases=_path("LEDGER_RELEASES", PROJECT_ROOT / "warehouse" / "releases"),
    )
