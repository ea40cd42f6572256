"""Great Expectations suites on claims and figures, run as blocking asset checks.

GX 1.x is imported inside the check (it takes seconds to import) and validates a pandas
copy of the table, one suite per table; each expectation's outcome is in the metadata.
"""

import os

import dagster as dg
import pandas as pd

from pipeline.contracts import FIGURE_STATUSES, METRICS, QUALIFIERS, SUBJECTS
from warehouse.resources import WarehouseResource
from warehouse.store import read_frame

# Larger than any plausible toll of one incident: a figure above it is an extraction error.
MAX_PEOPLE = 10_000_000


def run_suite(name: str, frame: pd.DataFrame, expectations: list) -> dg.AssetCheckResult:
    """Validate ``frame`` against a list of GX expectations (built by the caller)."""
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False, "metric_calculations": False}
    batch = (
        context.data_sources.add_pandas(name)
        .add_dataframe_asset(name)
        .add_batch_definition_whole_dataframe("whole")
        .get_batch(batch_parameters={"dataframe": frame})
    )
    suite = gx.ExpectationSuite(name=name)
    for expectation in expectations:
        suite.add_expectation(expectation)
    outcome = batch.validate(suite)
    lines, failed = [], 0
    for result in outcome.results:
        config = result.expectation_config
        target = (
            config.kwargs.get("column")
            or config.kwargs.get("column_list")
            or (f"{config.kwargs.get('column_A')} vs {config.kwargs.get('column_B')}")
        )
        unexpected = result.result.get("unexpected_count", 0) or 0
        failed += 0 if result.success else 1
        sample = result.result.get("partial_unexpected_list", [])[:5]
        lines.append(
            f"- {'✅' if result.success else '❌'} `{config.type}` on `{target}`"
            + ("" if result.success else f": {unexpected} rows, e.g. {sample}")
        )
    return dg.AssetCheckResult(
        passed=bool(outcome.success),
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "rows": len(frame),
            "expectations": len(outcome.results),
            "failed_expectations": failed,
            "results": dg.MetadataValue.md("\n".join(lines)),
        },
    )


def claim_expectations() -> list:
    import great_expectations as gx

    e = gx.expectations
    return [
        e.ExpectColumnValuesToBeUnique(column="claim_id"),
        *[
            e.ExpectColumnValuesToNotBeNull(column=c)
            for c in (
                "claim_id",
                "article_id",
                "metric",
                "qualifier",
                "evidence",
                "span_start",
                "span_end",
            )
        ],
        e.ExpectColumnValuesToBeInSet(column="metric", value_set=METRICS),
        e.ExpectColumnValuesToBeInSet(column="subject", value_set=SUBJECTS),
        e.ExpectColumnValuesToBeInSet(column="qualifier", value_set=QUALIFIERS),
        e.ExpectColumnValuesToBeBetween(column="low", min_value=0, max_value=MAX_PEOPLE),
        e.ExpectColumnValuesToBeBetween(column="high", min_value=0, max_value=MAX_PEOPLE),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="high", column_B="low", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        e.ExpectColumnValuesToBeBetween(column="span_start", min_value=0),
        e.ExpectColumnPairValuesAToBeGreaterThanB(column_A="span_end", column_B="span_start"),
        # every span lies inside its article's body
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="body_length", column_B="span_end", or_equal=True
        ),
        e.ExpectColumnValuesToNotBeNull(column="body_length"),
    ]


def figure_expectations() -> list:
    import great_expectations as gx

    e = gx.expectations
    return [
        e.ExpectCompoundColumnsToBeUnique(
            column_list=["incident_id", "party_key", "metric", "subject"]
        ),
        *[
            e.ExpectColumnValuesToNotBeNull(column=c)
            for c in ("incident_id", "metric", "best", "status", "method")
        ],
        e.ExpectColumnValuesToBeBetween(column="best", min_value=0, max_value=MAX_PEOPLE),
        e.ExpectColumnValuesToBeInSet(column="status", value_set=FIGURE_STATUSES),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="high", column_B="low", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="best", column_B="low", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="high", column_B="best", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        e.ExpectColumnValuesToBeBetween(column="n_independent_sources", min_value=1),
    ]


@dg.asset_check(
    asset=dg.AssetKey(["extracted", "claims"]),
    name="quality_suite",
    blocking=True,
    additional_deps=[dg.AssetKey(["parsed", "articles"])],
    description="Great Expectations: ids unique, required fields present, values in their "
    "vocabularies and plausible ranges, low <= high, every span inside its article body.",
)
def claims_quality(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().connect() as con:
        frame = read_frame(
            con,
            "select c.* exclude (mention_spans), length(a.body) as body_length "
            "from extracted.claims c left join parsed.articles a using (article_id)",
        ).to_pandas()
    return run_suite("claims", frame, claim_expectations())


@dg.asset_check(
    asset=dg.AssetKey(["reconciled", "figures"]),
    name="quality_suite",
    blocking=True,
    description="Great Expectations: one row per (incident, party, metric, subject), best "
    "present and plausible, low <= best <= high, a known status and a method sentence.",
)
def figures_quality(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().connect() as con:
        frame = read_frame(
            con,
            "select * exclude (claim_ids), coalesce(party, '(unspecified)') as party_key "
            "from reconciled.figures",
        ).to_pandas()
    return run_suite("figures", frame, figure_expectations())


os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
