"""The one code location: assets, checks, the job, the schedule and the inbox sensor."""

import os

import dagster as dg

from assets import extracted, parsed, raw, reconciled, release
from checks import ALL_CHECKS
from pipeline.sensors import inbox_sensor
from pipeline.settings import load_settings
from warehouse.resources import InboxResource, ReleasesResource, WarehouseResource

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

settings = load_settings()

all_assets = dg.load_assets_from_modules([raw, parsed, extracted, reconciled, release])

# Everything, in one process: the multi-process executor costs ~2 s per step here.
everything = dg.define_asset_job(
    "everything",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Read new inbox files, parse, extract, reconcile and publish a release.",
)

daily = dg.ScheduleDefinition(
    name="daily",
    job=everything,
    cron_schedule="0 5 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)

defs = dg.Definitions(
    assets=all_assets,
    asset_checks=ALL_CHECKS,
    jobs=[everything],
    schedules=[daily],
    sensors=[inbox_sensor(everything)],
    resources={
        "warehouse": WarehouseResource(path=str(settings.warehouse)),
        "inbox": InboxResource(path=str(settings.inbox)),
        "releases": ReleasesResource(path=str(settings.releases)),
    },
)
