"""Dagster resources: where the inbox, the warehouse and the releases live."""

from pathlib import Path

import dagster as dg

from warehouse.store import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file (``LEDGER_WAREHOUSE``)."""

    path: str
    lock_timeout_s: float = 120.0

    def get(self) -> Warehouse:
        return Warehouse(Path(self.path), lock_timeout_s=self.lock_timeout_s)


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
