"""Concurrency: two runs started at once over one warehouse, and an analyst reading while a
run writes.

DuckDB lets one process hold a database file for writing. Every asset opens the warehouse
for the length of its step and a second process waits for it (``Warehouse.connect``, up to
``lock_timeout_s``, 120 s in the code location), then stops with ``WarehouseBusy``. So two
runs started at once interleave step by step and both succeed, or the second stops with a
clear message; the file is never corrupted. Reading the live file while a run writes is not
supported (the open fails on the lock, and a reader that holds it makes the run wait): read
the latest release, which a run never changes.

Trials (``TRIALS``): two pairs of CLI runs started at once (a fresh warehouse, then one with a
release and new inbox files, read by an analyst meanwhile), and one run that gives up on a
held lock with ``WarehouseBusy``: 3 in all.
"""

import json
import subprocess
import sys
import threading
import time

import dagster as dg
import duckdb
from dagster._core.instance.ref import InstanceRef

from assets.raw import documents
from tests.conftest import resources
from tests.test_crash_safety import (
    Workspace,
    assert_releases_complete,
    assert_warehouse_readable,
    build_inbox,
    start_run,
    synthetic_story,
    watch,
)

TRIALS = 3
BUSY = "is in use by another process"


def _run_pair(ws: Workspace, during=None):
    """Start two runs at once; call ``during()`` until both have ended."""
    first, second = start_run(ws), start_run(ws)
    outcomes = {}
    threads = [
        threading.Thread(target=lambda p=p, k=k: outcomes.__setitem__(k, watch(p)))
        for k, p in (("first", first), ("second", second))
    ]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        if during is not None:
            during()
        time.sleep(0.05)
    for t in threads:
        t.join()
    return outcomes["first"], outcomes["second"]


def _assert_pair_ok(ws: Workspace, pair) -> None:
    for outcome in pair:
        errors = [line[:400] for line in outcome.lines if "Refused" in line or "Error" in line]
        assert outcome.succeeded or (BUSY in outcome.log and "WarehouseBusy" in outcome.log), (
            outcome.returncode,
            errors[:6] or outcome.log[-3000:],
        )
    assert any(o.succeeded for o in pair)
    assert_warehouse_readable(ws.warehouse)


def _versions(ws: Workspace) -> list[str]:
    return assert_releases_complete(ws.releases)


def test_two_runs_at_once_never_corrupt_the_warehouse_and_readers_use_the_release(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    build_inbox(ws.inbox, range(15), junk=0)

    # Dagster's own SQLite storage is created by the first run; two runs creating it at the
    # same moment race (not our warehouse), so an instance is made once beforehand, as
    # .dagster/ already is for `make run`.
    ws.env()
    dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(ws.root / "dagster_home"))).dispose()

    # trial 1: a fresh warehouse, two runs at once
    pair = _run_pair(ws)
    _assert_pair_ok(ws, pair)
    # the same content twice is one release (a second one would be the idempotency bug that
    # tests/test_idempotency.py catches, not a concurrency problem)
    assert _versions(ws)[:1] == ["v0001"]
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        n_files, n_docs = con.execute(
            "select (select count(*) from raw.files), (select count(*) from raw.documents)"
        ).fetchone()
    finally:
        con.close()
    assert n_files == len([p for p in ws.inbox.rglob("*.txt")])
    assert n_docs == n_files  # nothing was read twice

    # trial 2: new files arrive and two runs start at once while an analyst reads
    for n in range(15, 25):
        (ws.inbox / f"story-{n:04d}.txt").write_text(synthetic_story(n), encoding="utf-8")
    reads = {"release": 0, "live_refused": 0, "live_ok": 0}

    def analyst() -> None:
        latest = (ws.releases / "LATEST").read_text(encoding="utf-8").strip()
        release = ws.releases / latest
        manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
        path = release / "reconciled__figures.parquet"
        rows = duckdb.sql(f"select count(*) from read_parquet('{path}')").fetchone()[0]
        assert rows == manifest["row_counts"]["reconciled.figures"]
        reads["release"] += 1
        try:
            con = duckdb.connect(str(ws.warehouse), read_only=True)
        except duckdb.IOException as error:
            assert "lock" in str(error).lower()
            reads["live_refused"] += 1
        else:  # between two steps nobody holds the file; let go at once
            con.close()
            reads["live_ok"] += 1

    pair = _run_pair(ws, during=analyst)
    _assert_pair_ok(ws, pair)
    assert len(_versions(ws)) >= 2  # the new files made a new release
    assert reads["release"] > 10
    assert reads["live_refused"] > 0  # reading the live file during a run is not supported
    print(f"analyst reads during the runs: {reads}")


def test_a_run_that_cannot_get_the_warehouse_stops_with_a_clear_message(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    build_inbox(ws.inbox, range(3), junk=0)
    # another process holds the warehouse open for writing, as a run's step does
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time\n"
            f"con = duckdb.connect({str(ws.warehouse)!r})\n"
            "con.execute('create table held (i int)')\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        result = dg.materialize(
            [documents],
            resources=resources(ws.inbox, ws.warehouse, ws.releases, lock_timeout_s=2),
            raise_on_error=False,
        )
        waited = time.monotonic() - started
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert not result.success
    failure = next(e for e in result.all_events if e.event_type_value == "STEP_FAILURE")
    error, message = failure.event_specific_data.error, ""
    while error is not None:  # Dagster wraps the asset's exception
        message += error.message
        error = error.cause
    assert "WarehouseBusy" in message and BUSY in message and "latest release" in message
    assert waited >= 2  # it waited for the lock before giving up
    # the holder let go: the file is intact and the next run goes through
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from held").fetchone() == (0,)
    finally:
        con.close()
    again = dg.materialize(
        [documents],
        resources=resources(ws.inbox, ws.warehouse, ws.releases, lock_timeout_s=2),
    )
    assert again.success
