"""release: the public tables as an immutable, versioned Parquet release.

Write-audit-publish: the release is written to a temporary folder, verified and renamed
into place only when every blocking check on the current data passed. The same content
gives no new version.
"""

import hashlib
import json
from datetime import UTC, datetime

import dagster as dg
from dagster._core.storage.asset_check_execution_record import (
    AssetCheckExecutionRecordStatus,
)

from assets.common import markdown_preview
from pipeline import __version__
from pipeline.core.extract import EXTRACTOR_VERSION
from pipeline.core.parse import PARSER_VERSION
from warehouse.release import PUBLIC_TABLES, latest_version, publish_release
from warehouse.resources import ReleasesResource, WarehouseResource
from warehouse.store import read_frame

GROUP = "release"
CODE_VERSION = f"{__version__}+parser.{PARSER_VERSION}+extractor.{EXTRACTOR_VERSION}"


def _asset_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(table.split("."))


RELEASE_DEPS = [_asset_key(t) for t in PUBLIC_TABLES]


class ReleaseRefused(RuntimeError):
    """A blocking check did not pass on the data about to be released."""


def _passed_blocking_checks(context: dg.AssetExecutionContext) -> list[str]:
    """Every blocking check on a released table must have passed on its latest data."""
    from checks import BLOCKING_CHECK_KEYS

    storage = context.instance.event_log_storage
    finished = {AssetCheckExecutionRecordStatus.SUCCEEDED, AssetCheckExecutionRecordStatus.FAILED}
    problems, passed = [], []
    for key in BLOCKING_CHECK_KEYS:
        name = f"{key.asset_key.to_user_string()}:{key.name}"
        # this run's own finished evaluation, else the latest finished one (a check merely
        # planned by a waiting run does not count). Records are ordered by when their run
        # planned them, so with two runs queued on the warehouse lock the latest record can
        # be the other run's, executed before this run's materialisation.
        history = storage.get_asset_check_execution_history(key, limit=5, status=finished)
        record = next(
            (r for r in history if r.run_id == context.run_id), history[0] if history else None
        )
        latest = context.instance.get_latest_materialization_event(key.asset_key)
        if record is None or record.status != AssetCheckExecutionRecordStatus.SUCCEEDED:
            problems.append(f"{name} has not passed")
        elif (
            record.run_id != context.run_id
            and latest is not None
            and (latest.run_id != record.run_id)
        ):
            # a check from an earlier run only counts if nothing was materialised since
            problems.append(f"{name} has not run on the latest materialisation")
        else:
            passed.append(name)
    if problems:
        raise ReleaseRefused("not releasing: " + "; ".join(problems))
    return passed


@dg.asset(
    key=["release", "release"],
    deps=RELEASE_DEPS,
    group_name=GROUP,
    kinds={"parquet"},
    code_version=CODE_VERSION,
)
def release(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    releases: ReleasesResource,
) -> dg.MaterializeResult:
    """Publish the public tables as Parquet files with manifest.json and CHANGES.md under
    LEDGER_RELEASES/<version>/, update LATEST and ops.releases. No new version when the
    content did not change; an existing version is never overwritten."""
    checks_passed = _passed_blocking_checks(context)
    with warehouse.get().connect() as con:
        inputs = con.execute(
            "select coalesce(string_agg(source_file || ':' || sha256, '\n' "
            "order by source_file), '') from raw.files"
        ).fetchone()[0]
        fingerprint = hashlib.sha256(inputs.encode("utf-8")).hexdigest()
        result = publish_release(con, releases.root, CODE_VERSION, fingerprint, checks_passed)
        _record_release(con, releases.root)
        history = read_frame(
            con,
            "select version, created_at, content_hash, row_counts from ops.releases "
            "order by version desc limit 10",
        )
    if result.created:
        context.log.info(f"published release {result.version} at {result.path}")
    else:
        context.log.info(f"no new release: {result.reason}")
    return dg.MaterializeResult(
        metadata={
            "version": dg.MetadataValue.text(result.version or latest_version(releases.root) or ""),
            "new_version": dg.MetadataValue.bool(result.created),
            "path": dg.MetadataValue.path(str(result.path) if result.path else ""),
            "content_hash": dg.MetadataValue.text(result.content_hash),
            "row_counts": dg.MetadataValue.json(result.row_counts),
            "changes": dg.MetadataValue.md(result.changes or f"_{result.reason}_"),
            "releases": markdown_preview(history),
        }
    )


def _record_release(con, root) -> None:
    """Make sure ops.releases has a row for every published version (also after a crash
    between the rename and this insert)."""
    known = {r[0] for r in con.execute("select version from ops.releases").fetchall()}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        manifest_path = folder / "manifest.json"
        if folder.name in known or not manifest_path.is_file():
            continue
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        con.execute(
            "insert into ops.releases values (?, ?, ?, ?, ?, ?)",
            [
                manifest["version"],
                datetime.fromisoformat(manifest["created_at"]).astimezone(UTC),
                manifest["content_hash"],
                manifest["code_version"],
                str(folder),
                json.dumps(manifest["row_counts"], sort_keys=True),
            ],
        )
