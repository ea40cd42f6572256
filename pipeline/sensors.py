"""A sensor that starts a run when a file lands in (or changes in) the inbox."""

import hashlib

import dagster as dg

from warehouse.inbox import list_inbox
from warehouse.resources import InboxResource


def inbox_fingerprint(files) -> str:
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.source_file}\0{f.byte_size}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()


def inbox_sensor(job) -> dg.SensorDefinition:
    @dg.sensor(
        name="inbox_sensor",
        job=job,
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus.STOPPED,
        description="Starts the `everything` job when a file is added to or changed in the "
        "inbox (LEDGER_INBOX).",
    )
    def _sensor(context: dg.SensorEvaluationContext, inbox: InboxResource):
        try:
            files, _ = list_inbox(inbox.root)
        except FileNotFoundError as error:
            return dg.SkipReason(str(error))
        fingerprint = inbox_fingerprint(files)
        if fingerprint == context.cursor:
            return dg.SkipReason(f"no new files among {len(files)} in the inbox")
        context.update_cursor(fingerprint)
        return dg.RunRequest(run_key=fingerprint, tags={"trigger": "inbox"})

    return _sensor
