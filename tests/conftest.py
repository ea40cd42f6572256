import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class PipelineRun:
    inbox: Path
    warehouse: Path
    releases: Path
    result: dg.ExecuteInProcessResult
    instance: dg.DagsterInstance


def resources(inbox: Path, warehouse: Path, releases: Path, **warehouse_options) -> dict:
    """The code location's three resources over the given folders and warehouse file."""
    from warehouse.resources import InboxResource, ReleasesResource, WarehouseResource

    return {
        "warehouse": WarehouseResource(path=str(warehouse), **warehouse_options),
        "inbox": InboxResource(path=str(inbox)),
        "releases": ReleasesResource(path=str(releases)),
    }


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of ``sql`` over the warehouse file, opened read-only and closed again."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def run_pipeline(
    inbox: Path, warehouse: Path, releases: Path, instance: dg.DagsterInstance | None = None
) -> PipelineRun:
    """Materialise every asset and check of the code location, in process."""
    from checks import ALL_CHECKS
    from pipeline.definitions import all_assets

    instance = instance or dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        [*all_assets, *ALL_CHECKS],
        resources=resources(inbox, warehouse, releases),
        instance=instance,
        raise_on_error=True,
    )
    return PipelineRun(inbox, warehouse, releases, result, instance)


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory) -> PipelineRun:
    """One end-to-end run over a copy of seeds/, shared by the tests that read its output."""
    root = tmp_path_factory.mktemp("seed_run")
    inbox = root / "inbox"
    shutil.copytree(SEEDS, inbox)
    return run_pipeline(inbox, root / "ledger.duckdb", root / "releases")
