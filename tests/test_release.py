"""Release publishing: write-audit-publish, immutability, no new version without change."""

import json
import os
from datetime import date

import polars as pl
import pytest

from pipeline.contracts import Figures, polars_schema
from warehouse.release import (
    PUBLIC_TABLES,
    ReleaseExists,
    latest_version,
    list_versions,
    publish_release,
)
from warehouse.store import Warehouse, insert_frame


def _figure(best, **extra):
    row = {
        "incident_id": "inc_1",
        "party": "Ruritania",
        "metric": "killed",
        "subject": "military",
        "best": best,
        "low": best,
        "high": best,
        "status": "single_source",
        "as_of": date(2024, 1, 2),
        "claimant": "Ministry",
        "n_claims": 1,
        "n_articles": 1,
        "n_independent_sources": 1,
        "claim_ids": ["c1"],
        "method": "the only figure given",
    }
    row.update(extra)
    return pl.DataFrame([row], schema=polars_schema(Figures))


@pytest.fixture
def con(tmp_path):
    with Warehouse(tmp_path / "w.duckdb").connect() as connection:
        yield connection


def test_first_release_then_no_change_then_change(con, tmp_path):
    root = tmp_path / "releases"
    insert_frame(con, "reconciled.figures", _figure(10.0))
    first = publish_release(con, root, "code-1", "inputs-1", ["a:check"])
    assert first.created and first.version == "v0001"
    assert (root / "LATEST").read_text().strip() == "v0001"
    manifest = json.loads((root / "v0001" / "manifest.json").read_text())
    assert set(manifest["files"]) == set(PUBLIC_TABLES)
    assert manifest["row_counts"]["reconciled.figures"] == 1
    assert (
        "added inc_1 Ruritania killed military: best 10"
        in (root / "v0001" / "CHANGES.md").read_text()
    )

    again = publish_release(con, root, "code-1", "inputs-1", ["a:check"])
    assert not again.created and list_versions(root) == ["v0001"]

    con.execute("update reconciled.figures set best = 12, high = 12")
    second = publish_release(con, root, "code-1", "inputs-2", ["a:check"])
    assert second.created and second.version == "v0002"
    changes = (root / "v0002" / "CHANGES.md").read_text()
    assert "changed inc_1 Ruritania killed military: best 10 [10, 10]" in changes
    assert "-> best 12 [10, 12]" in changes
    assert latest_version(root) == "v0002"
    # the first release is untouched
    assert json.loads((root / "v0001" / "manifest.json").read_text()) == manifest


def test_an_existing_version_is_never_overwritten(con, tmp_path, monkeypatch):
    root = tmp_path / "releases"
    insert_frame(con, "reconciled.figures", _figure(10.0))
    publish_release(con, root, "c", "i", [])
    con.execute("update reconciled.figures set best = 11, high = 11")
    import warehouse.release as release

    monkeypatch.setattr(release, "_next_version", lambda root: "v0001")
    with pytest.raises(ReleaseExists):
        publish_release(con, root, "c", "i", [])
    assert not any(p.name.startswith(".tmp-") for p in root.iterdir())


def test_failed_write_leaves_no_partial_release(con, tmp_path, monkeypatch):
    root = tmp_path / "releases"
    insert_frame(con, "reconciled.figures", _figure(10.0))
    import warehouse.release as release

    def broken(path):
        raise OSError("disk full")

    monkeypatch.setattr(release, "_sha256_file", broken)
    with pytest.raises(OSError):
        publish_release(con, root, "c", "i", [])
    assert list_versions(root) == []
    assert not (root / "LATEST").exists()
    assert [p.name for p in root.iterdir()] == []


def test_stale_temporary_folder_of_a_killed_run_is_cleaned(con, tmp_path):
    root = tmp_path / "releases"
    stale = root / ".tmp-v0001-deadbeef"
    stale.mkdir(parents=True)
    (stale / "half.parquet").write_bytes(b"PAR1")
    insert_frame(con, "reconciled.figures", _figure(10.0))
    result = publish_release(con, root, "c", "i", [])
    assert result.version == "v0001"
    assert not stale.exists()
    assert sorted(os.listdir(root)) == ["LATEST", "v0001"]


def test_an_older_warehouse_gains_the_columns_added_to_the_contract(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema extracted")
    con.execute("create table extracted.article_runs (article_id varchar, n_claims bigint)")
    con.execute("insert into extracted.article_runs values ('a1', 2)")
    con.close()
    with Warehouse(path).connect() as connection:
        columns = [r[0] for r in connection.execute("describe extracted.article_runs").fetchall()]
        assert {"extractor_version", "n_implausible", "error"} <= set(columns)
        assert connection.execute(
            "select article_id, n_claims, error from extracted.article_runs"
        ).fetchall() == [("a1", 2, None)]
