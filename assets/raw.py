"""raw: every inbox file becomes rows of raw.documents or raw.rejects, nothing is dropped.

Incremental: a file whose size and modification time (or, failing that, content hash)
match what raw.files recorded is not read again.
"""

from dataclasses import asdict
from datetime import UTC, datetime

import dagster as dg
import polars as pl

from assets.common import RefreshConfig, table_metadata, validated
from pipeline.contracts import Documents, Files, Rejects
from pipeline.core.ingest import DEFAULT_MAX_BYTES, IngestResult, ingest_file, too_large
from pipeline.core.model import Reject
from warehouse.inbox import list_inbox, read_bytes, sha256_of
from warehouse.resources import InboxResource, WarehouseResource
from warehouse.store import count_rows, insert_frame, read_frame

GROUP = "raw"
BATCH_FILES = 500


def _reject_rows(rejects: list[Reject], seen_at: datetime) -> list[dict]:
    return [{**asdict(r), "seen_at": seen_at} for r in rejects]


def _ingest(file, data: bytes, sidecar: bytes | None, now: datetime) -> IngestResult:
    """Ingest one file; whatever goes wrong costs this file only, never the batch."""
    if len(data) > DEFAULT_MAX_BYTES:  # only the first bytes were read
        error = too_large(max(file.byte_size, len(data)))
        return IngestResult(rejects=[Reject(file.source_file, error.reason, error.detail)])
    try:
        return ingest_file(file.source_file, data, sidecar, today=now.date())
    except Exception as error:  # a bug in the reader must not lose the other files
        return IngestResult(
            rejects=[
                Reject(
                    file.source_file,
                    "internal_error",
                    f"reading {file.source_file} failed "
                    f"({type(error).__name__}: {str(error)[:200]}); "
                    "report this file to the maintainers",
                )
            ]
        )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["raw", "documents"],
            group_name=GROUP,
            description="One row per distinct input text (content-hash id), with the "
            "metadata the inbox gave for it.",
            kinds={"duckdb"},
        ),
        dg.AssetSpec(
            ["raw", "rejects"],
            group_name=GROUP,
            description="Every input file or line that could not become a document, with a "
            "reason a person can act on.",
            kinds={"duckdb"},
        ),
        dg.AssetSpec(
            ["raw", "files"],
            group_name=GROUP,
            description="What was read from the inbox (size, modification time, sha256), so "
            "the next run reads only new or changed files.",
            kinds={"duckdb"},
        ),
    ],
    can_subset=False,
)
def documents(
    context: dg.AssetExecutionContext,
    config: RefreshConfig,
    warehouse: WarehouseResource,
    inbox: InboxResource,
):
    """Read new and changed inbox files into raw.documents and raw.rejects."""
    now = datetime.now(UTC)
    files, listing_rejects = list_inbox(inbox.root)
    context.log.info(f"inbox {inbox.root}: {len(files)} files")
    with warehouse.get().connect() as con:
        if config.full_refresh:
            context.log.warning("full refresh: forgetting every file read before")
            for table in ("raw.files", "raw.documents", "raw.rejects"):
                con.execute(f"delete from {table}")
        known = {
            row[0]: row[1:]
            for row in con.execute(
                "select source_file, byte_size, mtime_ns, sha256 from raw.files"
            ).fetchall()
        }
        pending = [
            f
            for f in files
            if f.source_file not in known or known[f.source_file][:2] != (f.byte_size, f.mtime_ns)
        ]
        docs_added = rejects_added = unchanged = 0
        for start in range(0, len(pending), BATCH_FILES):
            batch = pending[start : start + BATCH_FILES]
            doc_rows, reject_rows, file_rows, unreadable = [], [], [], []
            for file in batch:
                try:
                    data, sidecar = read_bytes(file, limit=DEFAULT_MAX_BYTES + 1)
                except OSError as error:
                    unreadable.append(file.source_file)
                    reject_rows += _reject_rows(
                        [
                            Reject(
                                file.source_file,
                                "unreadable",
                                f"{file.source_file} could not be read ({error.strerror}); "
                                "check its permissions",
                            )
                        ],
                        now,
                    )
                    continue
                sha = sha256_of(data, sidecar)
                previous = known.get(file.source_file)
                if previous is not None and previous[2] == sha:
                    unchanged += 1  # touched, not changed: remember the new mtime only
                    file_rows.append((file, sha, None))
                    continue
                result = _ingest(file, data, sidecar, now)
                doc_rows += [{**asdict(d), "ingested_at": now} for d in result.documents]
                reject_rows += _reject_rows(result.rejects, now)
                file_rows.append((file, sha, result))
            docs_added += _store_batch(con, doc_rows, reject_rows, file_rows, unreadable, now)
            rejects_added += len(reject_rows)
            context.log.info(
                f"read {min(start + BATCH_FILES, len(pending))}/{len(pending)} new or changed "
                f"files: {docs_added} documents added, {rejects_added} rejects"
            )
        # Files that cannot be read safely are reported on every run, once each.
        if listing_rejects:
            names = [r.source_file for r in listing_rejects]
            con.execute("delete from raw.rejects where list_contains(?, source_file)", [names])
            insert_frame(
                con,
                "raw.rejects",
                validated(pl.DataFrame(_reject_rows(listing_rejects, now)), Rejects),
            )
        n_docs = count_rows(con, "raw.documents")
        n_rejects = count_rows(con, "raw.rejects")
        n_files = count_rows(con, "raw.files")
        doc_preview = read_frame(
            con,
            "select doc_id, source_file, source_line, title_hint, outlet_hint, "
            "published_hint, byte_size, left(raw_text, 120) as raw_text from raw.documents "
            "order by ingested_at desc, doc_id limit 10",
        )
        reject_preview = read_frame(
            con,
            "select source_file, source_line, reason, detail from raw.rejects "
            "order by seen_at desc, source_file limit 10",
        )
        file_preview = read_frame(con, "select * from raw.files order by read_at desc limit 10")
    context.log.info(
        f"{len(pending)} files read ({unchanged} unchanged), {docs_added} new documents, "
        f"{rejects_added + len(listing_rejects)} rejects"
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "documents"],
        metadata=table_metadata(
            "raw.documents",
            Documents,
            n_docs,
            doc_preview,
            files_in_inbox=len(files),
            files_read=len(pending),
            documents_added=docs_added,
        ),
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "rejects"],
        metadata=table_metadata(
            "raw.rejects",
            Rejects,
            n_rejects,
            reject_preview,
            rejects_added=rejects_added + len(listing_rejects),
        ),
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "files"],
        metadata=table_metadata("raw.files", Files, n_files, file_preview),
    )


def _store_batch(con, doc_rows, reject_rows, file_rows, unreadable, now) -> int:
    """Write one batch in a transaction: documents not seen before, rejects, file records."""
    con.execute("begin transaction")
    try:
        added = 0
        if doc_rows:
            # The same text twice is one row: keep the copy that came with the most metadata.
            hints = [c for c in doc_rows[0] if c.endswith("_hint")]
            docs = validated(
                pl.DataFrame(doc_rows, infer_schema_length=None)
                .with_columns(pl.sum_horizontal(pl.col(hints).is_not_null()).alias("_n_hints"))
                .sort("_n_hints", descending=True, maintain_order=True)
                .unique("doc_id", keep="first", maintain_order=True)
                .drop("_n_hints"),
                Documents,
            )
            con.register("_incoming_docs", docs.to_arrow())
            added = con.execute(
                "insert into raw.documents by name select * from _incoming_docs i "
                "where not exists (select 1 from raw.documents d where d.doc_id = i.doc_id)"
            ).fetchone()[0]
            con.unregister("_incoming_docs")
        reread = [f.source_file for f, _, result in file_rows if result is not None] + unreadable
        if reread:
            con.execute("delete from raw.rejects where list_contains(?, source_file)", [reread])
        if reject_rows:
            insert_frame(
                con,
                "raw.rejects",
                validated(pl.DataFrame(reject_rows, infer_schema_length=None), Rejects),
            )
        if file_rows:
            names = [f.source_file for f, _, _ in file_rows]
            previous = dict(
                con.execute(
                    "select source_file, struct_pack(n_documents, n_rejects) from raw.files "
                    "where list_contains(?, source_file)",
                    [names],
                ).fetchall()
            )
            con.execute("delete from raw.files where list_contains(?, source_file)", [names])
            rows = []
            for file, sha, result in file_rows:
                if result is None:
                    counts = previous.get(file.source_file) or {"n_documents": 0, "n_rejects": 0}
                    n_docs, n_rejects = counts["n_documents"], counts["n_rejects"]
                else:
                    n_docs, n_rejects = len(result.documents), len(result.rejects)
                rows.append(
                    {
                        "source_file": file.source_file,
                        "byte_size": file.byte_size,
                        "mtime_ns": file.mtime_ns,
                        "sha256": sha,
                        "n_documents": n_docs,
                        "n_rejects": n_rejects,
                        "read_at": now,
                    }
                )
            insert_frame(con, "raw.files", validated(pl.DataFrame(rows), Files))
        con.execute("commit")
        return int(added)
    except BaseException:
        con.execute("rollback")
        raise
