"""reconciled: incidents, figures, revisions and consistency checks, recomputed from all
claims on every run (set-based, in DuckDB; incident grouping in the core)."""

import dagster as dg
import polars as pl

from assets.common import table_metadata, validated, view_metadata
from pipeline.contracts import Consistency, Figures, IncidentArticles, Incidents, Revisions
from pipeline.core.reconcile import describe_incidents, group_incidents
from warehouse.resources import WarehouseResource
from warehouse.store import read_frame, replace_table, sql_text

GROUP = "reconciled"


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["reconciled", "incidents"],
            group_name=GROUP,
            deps=[["extracted", "claims"], ["parsed", "articles"]],
            description="Articles grouped into the real-world incident or episode they report.",
            kinds={"duckdb"},
        ),
        dg.AssetSpec(
            ["reconciled", "incident_articles"],
            group_name=GROUP,
            deps=[["extracted", "claims"], ["parsed", "articles"]],
            description="Which incident each article with figures reports.",
            kinds={"duckdb"},
        ),
        dg.AssetSpec(
            ["reconciled", "claims"],
            group_name=GROUP,
            deps=[["extracted", "claims"]],
            description="View: every own claim with its incident, the day it was said "
            "resolved across the incident's articles (said_on_resolved, with the rule in "
            "said_on_resolution), its voice and source.",
            kinds={"duckdb"},
        ),
        dg.AssetSpec(
            ["reconciled", "events"],
            group_name=GROUP,
            deps=[["extracted", "events"]],
            description="View: events (ceasefires) with the time they happened resolved "
            "across the incident's articles.",
            kinds={"duckdb"},
        ),
    ],
    can_subset=False,
)
def incidents(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Group articles into incidents; the views figures are computed from read them (the views
    themselves are created with the tables, on every connection: ``warehouse.store``)."""
    with warehouse.get().connect() as con:
        # only articles with own figures can report an incident
        # (the places each article names were read once, at extraction)
        articles = read_frame(
            con,
            "select a.article_id, a.published_on, a.duplicate_of, a.outlet, a.title, "
            "r.places, r.strong_places from parsed.articles a "
            "join extracted.article_runs r using (article_id) where exists (select 1 from "
            "extracted.claims c where c.article_id = a.article_id and not c.is_background)",
        )
        claims = read_frame(
            con,
            "select article_id, party, metric, low, high, qualifier, claimant, "
            "claimant_party, said_on, is_background from extracted.claims",
        )
        membership = validated(group_incidents(articles, claims), IncidentArticles)
        frame = validated(describe_incidents(membership, articles, claims), Incidents)
        replace_table(con, "reconciled.incidents", frame)
        replace_table(con, "reconciled.incident_articles", membership)
        resolved = read_frame(
            con,
            "select incident_id, party, metric, subject, low, high, claimant, said_on, "
            "said_on_resolved, said_on_resolution, evidence from reconciled.claims "
            "order by incident_id, said_on_resolved",
        )
        events = read_frame(
            con,
            "select incident_id, kind, occurred_on, occurred_at, occurred_on_resolution, "
            "claimant, evidence from reconciled.events order by incident_id, occurred_on",
        )
    context.log.info(f"{frame.height} incidents from {membership.height} articles")
    yield dg.MaterializeResult(
        asset_key=["reconciled", "incidents"],
        metadata=table_metadata(
            "reconciled.incidents",
            Incidents,
            frame.height,
            frame.sort("n_articles", descending=True),
        ),
    )
    yield dg.MaterializeResult(
        asset_key=["reconciled", "claims"],
        metadata=view_metadata(
            "reconciled.claims",
            resolved,
            said_on_resolution=dg.MetadataValue.json(
                dict(
                    resolved.group_by("said_on_resolution")
                    .len()
                    .sort("said_on_resolution")
                    .iter_rows()
                )
            ),
        ),
    )
    yield dg.MaterializeResult(
        asset_key=["reconciled", "events"],
        metadata=view_metadata("reconciled.events", events),
    )
    yield dg.MaterializeResult(
        asset_key=["reconciled", "incident_articles"],
        metadata=table_metadata(
            "reconciled.incident_articles", IncidentArticles, membership.height, membership
        ),
    )


def _materialise(warehouse: WarehouseResource, query: str, table: str, model) -> pl.DataFrame:
    with warehouse.get().connect() as con:
        frame = validated(read_frame(con, sql_text(query)), model)
        replace_table(con, table, frame)
    return frame


@dg.asset(
    key=["reconciled", "figures"],
    deps=[["reconciled", "incidents"]],
    group_name=GROUP,
    kinds={"duckdb"},
)
def figures(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """best/low/high per (incident, party, metric, subject), with status, sources and a
    method sentence saying why the best figure is what it is."""
    frame = _materialise(warehouse, "select_figures", "reconciled.figures", Figures)
    return dg.MaterializeResult(
        metadata=table_metadata(
            "reconciled.figures",
            Figures,
            frame.height,
            frame.select(
                "incident_id",
                "party",
                "metric",
                "subject",
                "best",
                "low",
                "high",
                "status",
                "claimant",
                "n_independent_sources",
                "method",
            ),
            statuses=dg.MetadataValue.json(
                dict(frame.group_by("status").len().sort("status").iter_rows())
            ),
        )
    )


@dg.asset(
    key=["reconciled", "revisions"],
    deps=[["reconciled", "incidents"]],
    group_name=GROUP,
    kinds={"duckdb"},
)
def revisions(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Every distinct value each claimant gave for a figure, when, and what superseded it."""
    frame = _materialise(warehouse, "select_revisions", "reconciled.revisions", Revisions)
    return dg.MaterializeResult(
        metadata=table_metadata("reconciled.revisions", Revisions, frame.height, frame)
    )


@dg.asset(
    key=["reconciled", "consistency"],
    deps=[["reconciled", "figures"]],
    group_name=GROUP,
    kinds={"duckdb"},
)
def consistency(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Cross-checks: a stated two-sided total against the sum of the sides, a breakdown
    against its total, every best figure within its own low/high."""
    frame = _materialise(warehouse, "select_consistency", "reconciled.consistency", Consistency)
    return dg.MaterializeResult(
        metadata=table_metadata(
            "reconciled.consistency",
            Consistency,
            frame.height,
            frame.sort("passed"),
            failed=int((~frame.get_column("passed")).sum()) if frame.height else 0,
        )
    )


@dg.asset(
    key=["reconciled", "timeline"],
    deps=[["reconciled", "figures"]],
    group_name=GROUP,
    kinds={"duckdb"},
)
def timeline(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """View: each figure's statements in order (who said what, when, current or superseded)
    beside the figure's best value: the history an analyst reads."""
    with warehouse.get().connect() as con:
        frame = read_frame(con, "select * from reconciled.timeline")
    return dg.MaterializeResult(metadata=view_metadata("reconciled.timeline", frame))
