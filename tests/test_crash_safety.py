"""Crash safety: a real run of the real CLI, killed with SIGKILL at several points, leaves the
warehouse readable and consistent and no visible partial release; the next run completes
and gives the same data as a run that was never interrupted.

Kill points (``KILL_POINTS``, 6 in all), in two chains that run in parallel under xdist:

- fresh warehouse: at the start of ``documents``; inside ``documents`` after its first batch
  of 500 files was committed; at the start of ``parsed__articles``; then a normal run.
- after a first complete release, with new files in the inbox: at the start of ``claims``;
  at the start of ``reconciled__figures``; inside the release publisher while its hidden
  temporary folder is being written; then a normal run.

Each kill is followed by the checks of ``assert_recoverable``; each killed run is followed by
another run that gets past the point where the previous one died, and the chain ends with
a run that must succeed.
"""

import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from tests.conftest import FIXTURES, REPO, SEEDS, run_pipeline
from warehouse.release import PUBLIC_TABLES, content_hashes

RUN_TIMEOUT_S = 150
JUNK_FILES = 1000  # more than one batch of 500 files, so a kill can land between batches

KILL_POINTS = [
    "documents: step start",
    "documents: after its first committed batch",
    "parsed__articles: step start",
    "claims: step start",
    "reconciled__figures: step start",
    "release__release: while the temporary release folder is written",
]


def step_started(step: str) -> str:
    return f'STEP_START - Started execution of step "{step}"'


# --- running the CLI ---------------------------------------------------------------------


@dataclass
class Workspace:
    root: Path

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def warehouse(self) -> Path:
        return self.root / "ledger.duckdb"

    @property
    def releases(self) -> Path:
        return self.root / "releases"

    def env(self, **extra: str) -> dict[str, str]:
        home = self.root / "dagster_home"
        home.mkdir(exist_ok=True)
        (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        return {
            **os.environ,
            "LEDGER_INBOX": str(self.inbox),
            "LEDGER_WAREHOUSE": str(self.warehouse),
            "LEDGER_RELEASES": str(self.releases),
            "DAGSTER_HOME": str(home),
            "DAGSTER_DISABLE_TELEMETRY": "1",
            "GX_ANALYTICS_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
            **extra,
        }


@dataclass
class RunOutcome:
    returncode: int | None
    killed: bool = False
    lines: list[str] = field(default_factory=list)

    @property
    def log(self) -> str:
        return "".join(self.lines)

    @property
    def succeeded(self) -> bool:
        return self.returncode == 0 and "RUN_SUCCESS - Finished execution of run" in self.log


def start_run(ws: Workspace, **env: str) -> subprocess.Popen:
    """``dagster job execute -j everything`` in its own process group, output merged."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dagster",
            "job",
            "execute",
            "-m",
            "pipeline.definitions",
            "-j",
            "everything",
        ],
        cwd=REPO,
        env=ws.env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        start_new_session=True,
    )


def watch(
    proc: subprocess.Popen,
    *,
    kill_on_line: str | None = None,
    kill_when=None,
    timeout: float = RUN_TIMEOUT_S,
) -> RunOutcome:
    """Follow a run's output; SIGKILL its whole process group when ``kill_on_line`` shows
    up in the log or ``kill_when()`` becomes true (polled every 2 ms)."""
    outcome = RunOutcome(None)
    fired = threading.Event()

    def kill() -> None:
        if not fired.is_set():
            fired.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

    def read() -> None:
        for line in proc.stdout:
            outcome.lines.append(line)
            if kill_on_line and kill_on_line in line:
                kill()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if kill_when is not None and kill_when():
            kill()
        time.sleep(0.002)
    if proc.poll() is None:  # hung: fail the test, but do not leave the process behind
        kill()
        fired.clear()
    proc.wait()
    reader.join(timeout=10)
    outcome.returncode = proc.returncode
    outcome.killed = fired.is_set()
    return outcome


def run_cli(ws: Workspace, **kw) -> RunOutcome:
    return watch(start_run(ws), **kw)


# --- inboxes -----------------------------------------------------------------------------

PLACES = ["Norvik", "Castelmar", "Ostrava Nova", "Sarnia", "Tavush", "Kelbajar", "Rivne"]


def synthetic_story(n: int) -> str:
    rng = random.Random(n)
    place = rng.choice(PLACES)
    return (
        f"Clash near {place} kills {n % 13 + 2}\n\n"
        f"Shelling near {place} killed {n % 13 + 2} soldiers and wounded {n % 7 + 1} "
        f"civilians on Tuesday, the defence ministry said in a statement on Wednesday.\n\n"
        f"Officials said the fighting stopped by the evening (report {n}).\n"
    )


def build_inbox(inbox: Path, stories: range, junk: int = JUNK_FILES) -> None:
    shutil.copytree(SEEDS, inbox, dirs_exist_ok=True)
    for n in stories:
        (inbox / f"story-{n:04d}.txt").write_text(synthetic_story(n), encoding="utf-8")
    junk_dir = inbox / "junk"
    junk_dir.mkdir(exist_ok=True)
    for n in range(junk):  # rejects: cheap to read, never reach the parser
        (junk_dir / f"scan-{n:04d}.pdf").write_bytes(b"%PDF-1.4 " + str(n).encode())


# --- what must hold after any kill -------------------------------------------------------


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_releases_complete(releases: Path) -> list[str]:
    """Every visible release is complete and verified; LATEST names one of them."""
    if not releases.exists():
        return []
    versions = []
    for folder in sorted(releases.iterdir()):
        if folder.name.startswith("."):
            continue  # a hidden temporary folder left by a killed publisher: never a release
        if folder.name == "LATEST":
            continue
        assert folder.is_dir(), f"unexpected {folder}"
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["version"] == folder.name
        assert (folder / "CHANGES.md").is_file()
        for table, meta in manifest["files"].items():
            path = folder / meta["file"]
            assert _sha256(path) == meta["sha256"], f"{path} does not match its manifest"
            rows = duckdb.sql(f"select count(*) from read_parquet('{path}')").fetchone()[0]
            assert rows == meta["rows"] == manifest["row_counts"][table]
        assert set(manifest["files"]) == set(PUBLIC_TABLES)
        versions.append(folder.name)
    latest = releases / "LATEST"
    if latest.exists():
        assert latest.read_text(encoding="utf-8").strip() in versions
    return versions


def assert_warehouse_readable(warehouse: Path) -> dict[str, int]:
    """The file opens read-only; every table and view reads; the per-article layers agree."""
    if not warehouse.exists():
        return {}
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        relations = con.execute(
            "select schema_name, table_name from duckdb_tables() union all "
            "select schema_name, view_name from duckdb_views() where not internal "
            "order by 1, 2"
        ).fetchall()
        counts = {
            f"{s}.{t}": con.execute(f'select count(*) from "{s}"."{t}"').fetchone()[0]
            for s, t in relations
        }
        orphans = (
            con.execute("""
            select
              (select count(*) from extracted.claims c where not exists
                 (select 1 from parsed.articles a where a.article_id = c.article_id)),
              (select count(*) from parsed.articles a where not exists
                 (select 1 from raw.documents d where d.doc_id = a.article_id)),
              (select count(*) from extracted.claims c join parsed.articles a using (article_id)
                 where c.span_end > length(a.body)),
              (select count(*) from raw.files f where f.n_documents + f.n_rejects = 0)
        """).fetchone()
            if "extracted.claims" in counts
            else (0, 0, 0, 0)
        )
        assert orphans == (0, 0, 0, 0), orphans
        return counts
    finally:
        con.close()


def assert_recoverable(ws: Workspace, outcome: RunOutcome, point: str) -> None:
    assert outcome.killed, f"{point}: the run ended before the kill point\n{outcome.log[-3000:]}"
    assert outcome.returncode == -signal.SIGKILL, (point, outcome.returncode)
    assert_warehouse_readable(ws.warehouse)
    assert_releases_complete(ws.releases)


# reconciled.revisions names one of several claimants that gave a value on the same day at
# random (arg_min with a tie in warehouse/sql/reconciled_statements.sql), so two clean runs can
# differ there; tests/test_idempotency.py holds that bug. The crash tests compare every other
# public table row for row, and revisions by row count.
UNSTABLE = {"reconciled.revisions"}


def reference_hashes(inbox: Path, root: Path) -> dict[str, str]:
    """Per-table content hashes of an uninterrupted in-process run over a copy of the inbox."""
    copy = root / "inbox"
    shutil.copytree(inbox, copy)
    run_pipeline(copy, root / "ledger.duckdb", root / "releases")
    return table_hashes(root / "ledger.duckdb")


def table_hashes(warehouse: Path) -> dict[str, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        _, per_table, counts = content_hashes(con)
    finally:
        con.close()
    return {t: counts[t] if t in UNSTABLE else h for t, h in per_table.items()}


def assert_complete_after_recovery(ws: Workspace, outcome: RunOutcome, expected: dict):
    assert outcome.succeeded, outcome.log[-4000:]
    versions = assert_releases_complete(ws.releases)
    assert not list(ws.releases.glob(".tmp-*")), "a stale temporary folder was not cleaned"
    latest = (ws.releases / "LATEST").read_text(encoding="utf-8").strip()
    assert latest == versions[-1]
    manifest = json.loads((ws.releases / latest / "manifest.json").read_text())
    recovered = table_hashes(ws.warehouse)
    differs = [t for t in expected if recovered[t] != expected[t]]
    assert differs == [], "recovered data differs from a clean run"
    counts = assert_warehouse_readable(ws.warehouse)
    n_inputs = sum(
        1 for p in ws.inbox.rglob("*") if p.is_file() and not p.name.endswith(".meta.json")
    )
    assert counts["raw.files"] == n_inputs  # every input read exactly once
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        recorded = [
            r[0] for r in con.execute("select version from ops.releases order by 1").fetchall()
        ]
    finally:
        con.close()
    assert recorded == versions
    return manifest


# --- the tests ---------------------------------------------------------------------------


def test_kill_9_early_in_the_run_then_recover(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    build_inbox(ws.inbox, range(40))
    expected = reference_hashes(ws.inbox, tmp_path / "reference")

    outcome = run_cli(ws, kill_on_line=step_started("documents"))
    assert_recoverable(ws, outcome, KILL_POINTS[0])

    outcome = run_cli(ws, kill_on_line="read 500/")  # logged after the first batch commits
    assert_recoverable(ws, outcome, KILL_POINTS[1])
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        n_files = con.execute("select count(*) from raw.files").fetchone()[0]
    finally:
        con.close()
    assert 500 <= n_files < JUNK_FILES + 45  # the first batch was kept, the rest was not

    outcome = run_cli(ws, kill_on_line=step_started("parsed__articles"))
    assert_recoverable(ws, outcome, KILL_POINTS[2])
    assert "files read (" in outcome.log  # this run finished documents, reading the rest

    outcome = run_cli(ws)
    manifest = assert_complete_after_recovery(ws, outcome, expected)
    assert manifest["version"] == "v0001"


def test_kill_9_late_in_the_run_and_inside_the_publisher_then_recover(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    build_inbox(ws.inbox, range(20), junk=0)
    first = run_cli(ws)
    assert first.succeeded, first.log[-4000:]
    assert assert_releases_complete(ws.releases) == ["v0001"]
    v1 = {p.name: _sha256(p) for p in (ws.releases / "v0001").iterdir()}

    # new files arrive; every later kill must leave v0001 untouched and LATEST on it
    for n in range(20, 35):
        (ws.inbox / f"story-{n:04d}.txt").write_text(synthetic_story(n), encoding="utf-8")
    shutil.copytree(FIXTURES / "mixed_inbox", ws.inbox / "mixed")
    expected = reference_hashes(ws.inbox, tmp_path / "reference")

    for point, step in ((KILL_POINTS[3], "claims"), (KILL_POINTS[4], "reconciled__figures")):
        outcome = run_cli(ws, kill_on_line=step_started(step))
        assert_recoverable(ws, outcome, point)
        assert (ws.releases / "LATEST").read_text().strip() == "v0001"

    outcome = run_cli(ws, kill_when=lambda: any(ws.releases.glob(".tmp-v*")))
    assert_recoverable(ws, outcome, KILL_POINTS[5])
    # killed while the new release was being written: it is not visible; v0001 is intact
    assert assert_releases_complete(ws.releases) in (["v0001"], ["v0001", "v0002"])
    assert {p.name: _sha256(p) for p in (ws.releases / "v0001").iterdir()} == v1

    outcome = run_cli(ws)
    manifest = assert_complete_after_recovery(ws, outcome, expected)
    assert manifest["version"] == "v0002"
    assert {p.name: _sha256(p) for p in (ws.releases / "v0001").iterdir()} == v1
    print(f"kill points tried: {len(KILL_POINTS)}")
