"""pandera contract checks: every stored table still matches its contract as a whole."""

import dagster as dg
import pandera.errors

from pipeline.contracts import TABLES, VIEWS, Contract
from warehouse.resources import WarehouseResource
from warehouse.store import conform, read_frame

# Tables that a release publishes: their contract checks block the release.
RELEASED = {
    "raw.documents",
    "raw.rejects",
    "parsed.articles",
    "extracted.claims",
    "extracted.events",
    "extracted.article_totals",
    "reconciled.incidents",
    "reconciled.incident_articles",
    "reconciled.figures",
    "reconciled.revisions",
    "reconciled.consistency",
}


SAMPLE_ROWS = 200_000
UNIQUE_KEYS = {
    "raw.documents": "doc_id",
    "parsed.articles": "article_id",
    "extracted.claims": "claim_id",
    "extracted.events": "event_id",
}


def _failure_metadata(error: pandera.errors.SchemaErrors) -> dict:
    cases = error.failure_cases
    sample = cases.head(10)
    return {
        "failure_count": dg.MetadataValue.int(cases.height),
        "failures": dg.MetadataValue.md(
            "\n".join(
                f"- `{r['column']}` {r['check']}: {r['failure_case']}"
                for r in sample.iter_rows(named=True)
            )
        ),
    }


def contract_check(table: str, model: type[Contract]) -> dg.AssetChecksDefinition:
    blocking = table in RELEASED

    @dg.asset_check(
        asset=dg.AssetKey(table.split(".")),
        name="contract",
        blocking=blocking,
        description=f"Every row of {table} matches the {model.__name__} pandera contract "
        "(types, nulls, allowed values, uniqueness).",
    )
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get().connect(read_only=False) as con:
            total = con.execute(f"select count(*) from {table}").fetchone()[0]
            # Past SAMPLE_ROWS rows a reproducible sample is validated (every row was
            # already validated when it was written); the table's key is still checked
            # for uniqueness over every row, in SQL.
            sampled = total > SAMPLE_ROWS
            query = f"select * from {table}" + (
                f" using sample reservoir({SAMPLE_ROWS} rows) repeatable (42)" if sampled else ""
            )
            frame = conform(read_frame(con, query), model)
            duplicates = 0
            if sampled and (key := UNIQUE_KEYS.get(table)):
                duplicates = con.execute(
                    f"select count(*) - count(distinct {key}) from {table}"
                ).fetchone()[0]
        meta = {"rows": total, "rows_validated": frame.height, "sampled": sampled}
        try:
            model.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as error:
            return dg.AssetCheckResult(
                passed=False,
                severity=dg.AssetCheckSeverity.ERROR,
                metadata={**meta, **_failure_metadata(error)},
            )
        return dg.AssetCheckResult(
            passed=duplicates == 0,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={**meta, "failure_count": duplicates},
        )

    return _check


CONTRACT_CHECKS = [
    contract_check(table, model)
    for table, model in {**TABLES, **VIEWS}.items()
    if table != "ops.releases"
]
