"""One materialisation of everything over the seeds, and what it leaves behind."""

import json

import duckdb
import polars as pl

from tests.conftest import run_pipeline


def _query(run, sql):
    con = duckdb.connect(str(run.warehouse), read_only=True)
    try:
        return con.execute(sql).pl()
    finally:
        con.close()


def test_every_asset_and_check_succeeds(seed_run):
    result = seed_run.result
    assert result.success
    materialised = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    for key in (
        "raw/documents",
        "parsed/articles",
        "extracted/claims",
        "reconciled/figures",
        "release/release",
    ):
        assert key in materialised
    evaluations = result.get_asset_check_evaluations()
    assert evaluations, "no asset check ran"
    blocking_failures = [e for e in evaluations if not e.passed and e.severity.value == "ERROR"]
    assert blocking_failures == []


def test_each_seed_becomes_one_document_and_article(seed_run):
    counts = _query(
        seed_run,
        "select (select count(*) from raw.documents) d, "
        "(select count(*) from raw.rejects) r, "
        "(select count(*) from parsed.articles) a",
    )
    assert counts.row(0) == (5, 0, 5)


def test_release_folder_has_manifest_files_and_latest(seed_run):
    latest = (seed_run.releases / "LATEST").read_text().strip()
    folder = seed_run.releases / latest
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["version"] == latest
    assert (folder / "CHANGES.md").is_file()
    for table, entry in manifest["files"].items():
        frame = pl.read_parquet(folder / entry["file"])
        assert frame.height == entry["rows"] == manifest["row_counts"][table]
    assert "extracted/claims:quality_suite" in manifest["checks_passed"]
    releases = _query(seed_run, "select version, content_hash from ops.releases")
    assert releases.rows() == [(latest, manifest["content_hash"])]


def test_second_run_over_same_inbox_adds_nothing_and_publishes_no_new_version(seed_run, tmp_path):
    before = sorted(p.name for p in seed_run.releases.iterdir())
    again = run_pipeline(seed_run.inbox, seed_run.warehouse, seed_run.releases)
    assert again.result.success
    assert sorted(p.name for p in seed_run.releases.iterdir()) == before
    docs = again.result.asset_materializations_for_node("documents")
    added = [m.metadata["documents_added"].value for m in docs if "documents_added" in m.metadata]
    assert added == [0]
