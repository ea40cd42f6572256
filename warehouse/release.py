"""Publishing immutable Parquet releases: write, audit, then rename into place.

A release is written to a hidden temporary folder beside the others, verified (row counts
re-read, sha256 of every file), fsynced, and renamed to its version in one step; `LATEST`
is replaced atomically afterwards. An existing version is never overwritten, and no new
version is made when the content hash equals the latest release's.
"""

import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

# Public tables, each with the order that makes its file and hash deterministic, and the
# columns that record when a row was read (kept in the file, left out of the content hash).
PUBLIC_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "raw.documents": ("doc_id", ("ingested_at",)),
    "raw.rejects": ("source_file, source_line, reason, detail", ("seen_at",)),
    "parsed.articles": ("article_id", ()),
    "extracted.claims": ("claim_id", ()),
    "extracted.events": ("event_id", ()),
    "extracted.article_totals": ("article_id, metric", ()),
    "reconciled.incidents": ("incident_id", ()),
    "reconciled.incident_articles": ("article_id", ()),
    "reconciled.events": ("event_id", ()),
    "reconciled.claims": ("claim_id", ()),
    "reconciled.figures": ("incident_id, party, metric, subject", ()),
    "reconciled.revisions": (
        "incident_id, party, metric, subject, claimant, said_on, low, high",
        (),
    ),
    "reconciled.consistency": ('incident_id, "check", detail', ()),
    "reconciled.timeline": ("incident_id, party, metric, subject, said_on, voice, value", ()),
}
FIGURE_KEY = ("incident_id", "party", "metric", "subject")
TMP_PREFIX = ".tmp-"


class ReleaseExists(FileExistsError):
    """A release folder with this version is already there: releases are immutable."""


@dataclass
class ReleaseResult:
    version: str | None  # None when nothing changed
    path: Path | None
    content_hash: str
    created: bool
    row_counts: dict[str, int] = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)
    changes: str = ""
    reason: str = ""


def file_name(table: str) -> str:
    return table.replace(".", "__") + ".parquet"


def _select(table: str, exclude: tuple[str, ...] = ()) -> str:
    order, _ = PUBLIC_TABLES[table]
    columns = f"* exclude ({', '.join(exclude)})" if exclude else "*"
    return f"select {columns} from {table} order by {order}"


def content_hashes(con: duckdb.DuckDBPyConnection) -> tuple[str, dict[str, str], dict[str, int]]:
    """A hash of what the release says, independent of when rows were read."""
    per_table: dict[str, str] = {}
    counts: dict[str, int] = {}
    for table, (order, volatile) in PUBLIC_TABLES.items():
        query = _select(table, volatile)
        digest, n = con.execute(
            f"select coalesce(sha256(string_agg(sha256(cast(t as varchar)), '' order by {order})),"
            f" ''), count(*) from ({query}) t"
        ).fetchone()
        per_table[table] = digest
        counts[table] = int(n)
    combined = hashlib.sha256(json.dumps(per_table, sort_keys=True).encode("utf-8")).hexdigest()
    return combined, per_table, counts


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def list_versions(root: Path) -> list[str]:
    if not root.is_dir():
        return []
    return sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / "manifest.json").is_file()
    )


def latest_version(root: Path) -> str | None:
    latest = root / "LATEST"
    if latest.is_file():
        name = latest.read_text(encoding="utf-8").strip()
        if name and (root / name / "manifest.json").is_file():
            return name
    versions = list_versions(root)
    return versions[-1] if versions else None


def _next_version(root: Path) -> str:
    numbers = [int(v[1:]) for v in list_versions(root) if v[:1] == "v" and v[1:].isdigit()]
    return f"v{(max(numbers) if numbers else 0) + 1:04d}"


def _clean_stale_temporaries(root: Path) -> None:
    # Left behind by a run that was killed mid-write; never visible as a release.
    for stale in root.glob(f"{TMP_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)


def _schema(con: duckdb.DuckDBPyConnection, path: Path) -> list[dict[str, str]]:
    rows = con.execute(
        "select column_name, column_type from (describe select * from read_parquet(?))",
        [str(path)],
    ).fetchall()
    return [{"name": n, "type": t} for n, t in rows]


def _figure_changes(
    con: duckdb.DuckDBPyConnection, previous: Path | None, current: Path
) -> list[str]:
    new_file = current / file_name("reconciled.figures")
    if previous is None:
        rows = con.execute(
            "select incident_id, party, metric, subject, best, low, high, status "
            "from read_parquet(?) order by all",
            [str(new_file)],
        ).fetchall()
        return [
            f"- added {_figure_label(r)}: best {_num(r[4])} [{_num(r[5])}, {_num(r[6])}], {r[7]}"
            for r in rows
        ]
    old_file = previous / file_name("reconciled.figures")
    rows = con.execute(
        """
        with old as (select * from read_parquet(?)), new as (select * from read_parquet(?))
        select
            coalesce(n.incident_id, o.incident_id), coalesce(n.party, o.party),
            coalesce(n.metric, o.metric), coalesce(n.subject, o.subject),
            o.best, o.low, o.high, o.status, n.best, n.low, n.high, n.status,
            case when o.metric is null then 'added' when n.metric is null then 'removed'
                 else 'changed' end as change
        from new n full outer join old o
            on n.incident_id = o.incident_id and n.party is not distinct from o.party
            and n.metric = o.metric and n.subject = o.subject
        where o.metric is null or n.metric is null
            or n.best is distinct from o.best or n.low is distinct from o.low
            or n.high is distinct from o.high or n.status is distinct from o.status
        order by all
        """,
        [str(old_file), str(new_file)],
    ).fetchall()
    lines = []
    for r in rows:
        label = _figure_label(r)
        old = f"best {_num(r[4])} [{_num(r[5])}, {_num(r[6])}], {r[7]}"
        new = f"best {_num(r[8])} [{_num(r[9])}, {_num(r[10])}], {r[11]}"
        if r[12] == "added":
            lines.append(f"- added {label}: {new}")
        elif r[12] == "removed":
            lines.append(f"- removed {label} (was {old})")
        else:
            lines.append(f"- changed {label}: {old} -> {new}")
    return lines


def _figure_label(row: tuple) -> str:
    return f"{row[0]} {row[1] or '(unspecified party)'} {row[2]} {row[3]}"


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _changes_markdown(
    version: str,
    previous_version: str | None,
    counts: dict[str, int],
    previous_counts: dict[str, int],
    figure_lines: list[str],
) -> str:
    lines = [f"# Changes in {version}", ""]
    lines.append(f"Compared with {previous_version}." if previous_version else "First release.")
    lines += ["", "## Rows per table", "", "| table | rows | change |", "|---|---:|---:|"]
    for table, n in counts.items():
        delta = n - previous_counts.get(table, 0)
        lines.append(f"| {table} | {n} | {delta:+d} |")
    lines += ["", "## Figures", ""]
    lines += figure_lines or ["No figure changed."]
    return "\n".join(lines) + "\n"


def publish_release(
    con: duckdb.DuckDBPyConnection,
    root: Path,
    code_version: str,
    input_fingerprint: str,
    checks_passed: list[str],
    now: datetime | None = None,
) -> ReleaseResult:
    """Write the public tables as a new immutable release, unless nothing changed."""
    root.mkdir(parents=True, exist_ok=True)
    _clean_stale_temporaries(root)
    combined, per_table, counts = content_hashes(con)
    previous_version = latest_version(root)
    previous_manifest: dict = {}
    if previous_version:
        previous_manifest = json.loads(
            (root / previous_version / "manifest.json").read_text(encoding="utf-8")
        )
        if previous_manifest.get("content_hash") == combined:
            return ReleaseResult(
                None,
                root / previous_version,
                combined,
                False,
                counts,
                previous_manifest,
                reason=f"content unchanged since {previous_version}",
            )

    version = _next_version(root)
    target = root / version
    if target.exists():
        raise ReleaseExists(f"release {target} already exists; releases are never overwritten")
    created_at = (now or datetime.now(UTC)).replace(microsecond=0)
    tmp = root / f"{TMP_PREFIX}{version}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        files = {}
        for table in PUBLIC_TABLES:
            path = tmp / file_name(table)
            quoted = str(path).replace("'", "''")  # COPY takes no parameter for its target
            con.execute(f"copy ({_select(table)}) to '{quoted}' (format parquet)")
            written = con.execute("select count(*) from read_parquet(?)", [str(path)]).fetchone()[0]
            if written != counts[table]:
                raise RuntimeError(
                    f"{table}: wrote {written} rows but the warehouse holds {counts[table]}"
                )
            files[table] = {
                "file": path.name,
                "rows": counts[table],
                "sha256": _sha256_file(path),
                "content_sha256": per_table[table],
                "schema": _schema(con, path),
            }
        previous_dir = root / previous_version if previous_version else None
        changes = _changes_markdown(
            version,
            previous_version,
            counts,
            previous_manifest.get("row_counts", {}),
            _figure_changes(con, previous_dir, tmp),
        )
        (tmp / "CHANGES.md").write_text(changes, encoding="utf-8")
        manifest = {
            "version": version,
            "created_at": created_at.isoformat(),
            "code_version": code_version,
            "input_fingerprint": input_fingerprint,
            "content_hash": combined,
            "previous_version": previous_version,
            "row_counts": counts,
            "files": files,
            "checks_passed": sorted(checks_passed),
        }
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8"
        )
        for path in tmp.iterdir():
            _fsync_path(path)
        _fsync_path(tmp)
        if target.exists():
            raise ReleaseExists(f"release {target} appeared while writing; not overwriting it")
        os.rename(tmp, target)
        _fsync_path(root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    latest_tmp = root / f"{TMP_PREFIX}LATEST"
    latest_tmp.write_text(version + "\n", encoding="utf-8")
    _fsync_path(latest_tmp)
    os.replace(latest_tmp, root / "LATEST")
    _fsync_path(root)
    return ReleaseResult(version, target, combined, True, counts, manifest, changes)
