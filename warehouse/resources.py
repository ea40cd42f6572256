"""Dagster resources: where the inbox, the warehouse and the releases live."""

from pathlib import Path

import dagster as dg
from pydantic import PrivateAttr

from warehouse.store import RunLock, Warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file (``LEDGER_WAREHOUSE``).

    A run holds ``<warehouse>.run-lock`` from its first step to its last, so two runs over
    one warehouse never interleave their steps: the second waits up to ``lock_timeout_s``
    and then stops with a clear message. The lock is an OS file lock, released even when a
    run is killed.
    """

    path: str
    lock_timeout_s: float = 120.0
    _lock: RunLock | None = PrivateAttr(default=None)

    def get(self) -> Warehouse:
        return Warehouse(Path(self.path), lock_timeout_s=self.lock_timeout_s)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._lock = RunLock(Path(self.path), self.lock_timeout_s)
        self._lock.acquire(context.log)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


class InboxResource(dg.ConfigurableResource):
    """The folder of input articles (``LEDGER_INBOX``); read, never modified."""

    path: str

    @property
    def root(self) -> Path:
        return Path(self.path)


class ReleasesResource(dg.ConfigurableResource):
    """The folder of immutable Parquet releases (``LEDGER_RELEASES``)."""

    path: str

    @property
    def root(self) -> Path:
        return Path(self.path)
