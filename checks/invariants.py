"""Cross-asset invariants, one property per check."""

import dagster as dg

from assets.common import markdown_preview
from warehouse.resources import WarehouseResource
from warehouse.store import read_frame


def _failed_consistency(
    warehouse: WarehouseResource, impossible: bool, severity: dg.AssetCheckSeverity
) -> dg.AssetCheckResult:
    """The failed rows of reconciled.consistency: the impossible ones (best outside its own
    range) or the others (totals and breakdowns that do not add up)."""
    with warehouse.get().connect() as con:
        failed = read_frame(
            con,
            "select * from reconciled.consistency where not passed "
            'and ("check" = \'best_within_range\') = ? order by incident_id, "check"',
            [impossible],
        )
    return dg.AssetCheckResult(
        passed=failed.height == 0,
        severity=severity,
        metadata={"failure_count": failed.height, "failures": markdown_preview(failed)},
    )


@dg.asset_check(
    asset=dg.AssetKey(["reconciled", "consistency"]),
    name="figures_agree",
    blocking=False,
    description="Warning when a stated total differs from the sum of its sides, or a "
    "breakdown does not add up to its total: worth an analyst's look, not wrong data.",
)
def figures_agree(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    return _failed_consistency(warehouse, False, dg.AssetCheckSeverity.WARN)


@dg.asset_check(
    asset=dg.AssetKey(["reconciled", "consistency"]),
    name="best_within_range",
    blocking=True,
    description="No figure's best value lies outside its own low/high: that would be "
    "impossible data, so it blocks the release.",
)
def best_within_range(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    return _failed_consistency(warehouse, True, dg.AssetCheckSeverity.ERROR)


@dg.asset_check(
    asset=dg.AssetKey(["raw", "files"]),
    name="every_input_accounted_for",
    blocking=True,
    additional_deps=[dg.AssetKey(["raw", "documents"]), dg.AssetKey(["raw", "rejects"])],
    description="Every inbox file that was read gave at least one document or one reject: "
    "nothing is silently dropped.",
)
def every_input_accounted_for(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().connect() as con:
        silent = read_frame(
            con,
            "select f.source_file, f.n_documents, f.n_rejects from raw.files f "
            "where f.n_documents + f.n_rejects = 0 "
            "and not exists (select 1 from raw.documents d where d.source_file = f.source_file)"
            " and not exists (select 1 from raw.rejects r where r.source_file = f.source_file)",
        )
    return dg.AssetCheckResult(
        passed=silent.height == 0,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"failure_count": silent.height, "files": markdown_preview(silent)},
    )
