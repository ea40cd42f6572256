"""The DuckDB warehouse: connections, tables generated from the contracts, frame I/O."""

import fcntl
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from pipeline.contracts import TABLES, Contract, polars_schema

SQL_DIR = Path(__file__).parent / "sql"
SCHEMAS = ("raw", "parsed", "extracted", "reconciled", "ops")


class WarehouseBusy(RuntimeError):
    """Another process holds the DuckDB write lock for longer than we are willing to wait."""


def duckdb_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.List):
        return duckdb_type(dtype.inner) + "[]"
    if isinstance(dtype, pl.Datetime):
        return "timestamptz" if dtype.time_zone else "timestamp"
    simple = {
        pl.Utf8: "varchar",
        pl.String: "varchar",
        pl.Int64: "bigint",
        pl.Int32: "integer",
        pl.Float64: "double",
        pl.Boolean: "boolean",
        pl.Date: "date",
    }
    for polars_type, name in simple.items():
        if dtype == polars_type:
            return name
    raise TypeError(f"no DuckDB type for {dtype}")


def table_ddl(table: str, model: type[Contract]) -> str:
    columns = ",\n    ".join(
        f'"{name}" {duckdb_type(dtype)}' for name, dtype in polars_schema(model).items()
    )
    return f"create table if not exists {table} (\n    {columns}\n)"


# Views, in dependency order: created with the tables so a fresh warehouse is queryable.
VIEW_FILES = (
    "reconciled_macros",
    "extracted_article_totals",
    "reconciled_claims",
    "reconciled_statements",
    "reconciled_events",
    "reconciled_timeline",
)


def _add_missing_columns(con: duckdb.DuckDBPyConnection, table: str, model: type[Contract]) -> None:
    """A warehouse made by an earlier version gains the columns its contract added since
    (null in old rows; a version bump of the parser or extractor refills them)."""
    schema, name = table.split(".")
    existing = {
        r[0]
        for r in con.execute(
            "select column_name from information_schema.columns "
            "where table_schema = ? and table_name = ?",
            [schema, name],
        ).fetchall()
    }
    for column, dtype in polars_schema(model).items():
        if column not in existing:
            con.execute(f'alter table {table} add column "{column}" {duckdb_type(dtype)}')


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    for schema in SCHEMAS:
        con.execute(f"create schema if not exists {schema}")
    for table, model in TABLES.items():
        con.execute(table_ddl(table, model))
        _add_missing_columns(con, table, model)
    for view in VIEW_FILES:
        run_sql_file(con, view)


def read_frame(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
) -> pl.DataFrame:
    return con.execute(sql, params).pl()


def read_table(con: duckdb.DuckDBPyConnection, table: str, order_by: str = "") -> pl.DataFrame:
    model = TABLES[table]
    order = f" order by {order_by}" if order_by else ""
    frame = read_frame(con, f"select * from {table}{order}")
    return conform(frame, model)


def conform(frame: pl.DataFrame, model: type[Contract]) -> pl.DataFrame:
    """Cast a frame read back from DuckDB to the contract's exact polars types."""
    schema = polars_schema(model)
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    if frame.height == 0:
        return 0
    con.register("_incoming", frame.to_arrow())
    try:
        con.execute(f"insert into {table} by name select * from _incoming")
    finally:
        con.unregister("_incoming")
    return frame.height


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Replace every row of a table in one transaction."""
    con.execute("begin transaction")
    try:
        con.execute(f"delete from {table}")
        insert_frame(con, table, frame)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return frame.height


def sql_text(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def run_sql_file(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(sql_text(name))


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"select count(*) from {table}").fetchone()[0]


class Warehouse:
    """A DuckDB file. DuckDB allows one writing process per file; a second one waits."""

    def __init__(self, path: Path | str, lock_timeout_s: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout_s = lock_timeout_s

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._open(read_only)
        try:
            con.execute("set TimeZone = 'UTC'")
            if not read_only:
                ensure_tables(con)
            yield con
        finally:
            con.close()

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout_s
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as error:
                if "lock" not in str(error).lower():
                    raise
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"the warehouse {self.path} is in use by another process "
                        f"(waited {self.lock_timeout_s:.0f} s): wait for the other run to "
                        "finish, or read the latest release instead of the live file"
                    ) from error
                time.sleep(0.5)


class RunLock:
    """An exclusive OS lock on ``<warehouse>.run-lock`` for the length of a run."""

    def __init__(self, warehouse: Path, timeout_s: float) -> None:
        self.path = warehouse.with_name(warehouse.name + ".run-lock")
        self.timeout_s = timeout_s
        self._fd: int | None = None

    def acquire(self, log=None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout_s
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise WarehouseBusy(
                        f"another run is using the warehouse {self.path.with_suffix('')} "
                        f"(waited {self.timeout_s:.0f} s for {self.path.name}): let it finish "
                        "and start this run again"
                    ) from None
                if log is not None and not told:
                    log.info(f"waiting for another run to release {self.path}")
                    told = True
                time.sleep(0.5)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
