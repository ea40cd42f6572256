"""extracted: claims (figures with their evidence) and events from each article.

Incremental: only articles not yet read by the current extractor (and parser) version.
"""

import time
from datetime import UTC, datetime

import dagster as dg
import polars as pl

from assets.common import RefreshConfig, table_metadata, validated
from pipeline.contracts import ArticleTotals, Claims, Events, ExtractionRuns, empty_frame
from pipeline.core.extract import EXTRACTOR_VERSION, extract
from pipeline.core.model import Article
from pipeline.core.reconcile import article_places
from pipeline.native import running
from warehouse.resources import WarehouseResource
from warehouse.store import count_rows, insert_frame, read_frame

GROUP = "extracted"
BATCH = 2000
ARTICLE_FIELDS = [f for f in Article.__dataclass_fields__]
CLAIM_PREVIEW = (
    "select article_id, metric, party, subject, low, high, qualifier, claimant, said_on, "
    "is_background, n_mentions, evidence from extracted.claims "
    "order by article_id, span_start limit 10"
)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["extracted", "claims"],
            group_name=GROUP,
            deps=[["parsed", "articles"]],
            description="One row per figure an article states: number as a range, metric, "
            "party, subject, claimant, said_on, and the sentence and span it came from.",
            kinds={"duckdb"},
            code_version=EXTRACTOR_VERSION,
        ),
        dg.AssetSpec(
            ["extracted", "events"],
            group_name=GROUP,
            deps=[["parsed", "articles"]],
            description="Non-numeric happenings (ceasefires) with when, who and evidence.",
            kinds={"duckdb"},
            code_version=EXTRACTOR_VERSION,
        ),
        dg.AssetSpec(
            ["extracted", "article_runs"],
            group_name=GROUP,
            deps=[["parsed", "articles"]],
            description="Which articles the current extractor has read, with counts.",
            kinds={"duckdb"},
            code_version=EXTRACTOR_VERSION,
        ),
    ],
    can_subset=False,
)
def claims(context: dg.AssetExecutionContext, config: RefreshConfig, warehouse: WarehouseResource):
    """Extract claims and events from articles the current extractor has not read."""
    now = datetime.now(UTC)
    with warehouse.get().connect() as con:
        if config.full_refresh:
            context.log.warning("full refresh: extracting every article again")
            for table in ("extracted.claims", "extracted.events", "extracted.article_runs"):
                con.execute(f"delete from {table}")
        pending = [
            r[0]
            for r in con.execute(
                "select a.article_id from parsed.articles a where not exists (select 1 from "
                "extracted.article_runs r where r.article_id = a.article_id "
                "and r.extractor_version = ? and r.parser_version = a.parser_version) "
                "order by a.article_id",
                [EXTRACTOR_VERSION],
            ).fetchall()
        ]
        build = running()  # mypyc (compiled) or source: the same claims, at another speed
        context.log.info(
            f"{len(pending)} articles to read with extractor {EXTRACTOR_VERSION} ({build})"
        )
        n_claims = n_events = n_spanless = n_failed = 0
        reading = 0.0  # seconds spent in the extractor itself
        columns = ", ".join(ARTICLE_FIELDS)
        for start in range(0, len(pending), BATCH):
            ids = pending[start : start + BATCH]
            rows = con.execute(
                f"select {columns}, parser_version from parsed.articles "
                "where list_contains(?, article_id)",
                [ids],
            ).fetchall()
            claim_rows, event_rows, run_rows = [], [], []
            for values in rows:
                article = Article(**dict(zip(ARTICLE_FIELDS, values[:-1], strict=True)))
                started = time.perf_counter()
                result = extract(article)
                reading += time.perf_counter() - started
                claim_rows += [c.to_row() for c in result.claims]
                event_rows += [e.to_row() for e in result.events]
                if result.error:
                    n_failed += 1
                    context.log.warning(
                        f"article {article.article_id}: extraction failed ({result.error})"
                    )
                places, strong_places = article_places(
                    article.title, article.body, article.dateline
                )
                run_rows.append(
                    {
                        "article_id": article.article_id,
                        "parser_version": values[-1],
                        "extractor_version": EXTRACTOR_VERSION,
                        "n_claims": len(result.claims),
                        "n_events": len(result.events),
                        "n_implausible": result.n_implausible,
                        "error": result.error,
                        "places": places,
                        "strong_places": strong_places,
                        "extracted_at": now,
                    }
                )
            # A claim must point at its text in the body; one that cannot is not stored.
            spanless = [c for c in claim_rows if c["span_end"] <= c["span_start"]]
            if spanless:
                n_spanless += len(spanless)
                claim_rows = [c for c in claim_rows if c["span_end"] > c["span_start"]]
            claim_frame = _frame(claim_rows, Claims)
            event_frame = _frame(event_rows, Events)
            run_frame = validated(pl.DataFrame(run_rows), ExtractionRuns)
            con.execute("begin transaction")
            for table in ("extracted.claims", "extracted.events", "extracted.article_runs"):
                con.execute(f"delete from {table} where list_contains(?, article_id)", [ids])
            insert_frame(con, "extracted.claims", claim_frame)
            insert_frame(con, "extracted.events", event_frame)
            insert_frame(con, "extracted.article_runs", run_frame)
            con.execute("commit")
            n_claims += claim_frame.height
            n_events += event_frame.height
            context.log.info(
                f"read {start + len(ids)}/{len(pending)} articles: {n_claims} claims, "
                f"{n_events} events so far"
            )
        totals = {
            t: count_rows(con, t)
            for t in ("extracted.claims", "extracted.events", "extracted.article_runs")
        }
        if n_spanless:
            context.log.warning(f"{n_spanless} claims without a span in the body were not stored")
        claim_preview = read_frame(con, CLAIM_PREVIEW)
        event_preview = read_frame(
            con,
            "select article_id, kind, actor, occurred_at, occurred_on, claimant, evidence "
            "from extracted.events order by article_id, span_start limit 10",
        )
        run_preview = read_frame(
            con, "select * from extracted.article_runs order by extracted_at desc limit 10"
        )
    yield dg.MaterializeResult(
        asset_key=["extracted", "claims"],
        metadata=table_metadata(
            "extracted.claims",
            Claims,
            totals["extracted.claims"],
            claim_preview,
            claims_added=n_claims,
            articles_read=len(pending),
            claims_without_span=n_spanless,
            articles_failed=n_failed,
            extractor_version=EXTRACTOR_VERSION,
            extractor_build=build,
            extract_articles_per_second=round(len(pending) / reading, 1) if reading else None,
        ),
    )
    yield dg.MaterializeResult(
        asset_key=["extracted", "events"],
        metadata=table_metadata(
            "extracted.events",
            Events,
            totals["extracted.events"],
            event_preview,
            events_added=n_events,
        ),
    )
    yield dg.MaterializeResult(
        asset_key=["extracted", "article_runs"],
        metadata=table_metadata(
            "extracted.article_runs", ExtractionRuns, totals["extracted.article_runs"], run_preview
        ),
    )


def _frame(rows: list[dict], model) -> pl.DataFrame:
    """The rows as a validated frame of the contract's columns (extra fields dropped)."""
    if not rows:
        return empty_frame(model)
    return validated(pl.DataFrame(rows, infer_schema_length=None), model)


@dg.asset(
    key=["extracted", "article_totals"],
    deps=[["extracted", "claims"]],
    group_name=GROUP,
    kinds={"duckdb"},
)
def article_totals(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """View: per article and metric, the article's own best reading of how many people the
    reported incident(s) killed / wounded, all parties together (background excluded,
    breakdowns not double counted, the sides of a clash added up)."""
    with warehouse.get().connect() as con:
        frame = validated(read_frame(con, "select * from extracted.article_totals"), ArticleTotals)
        preview = frame.filter(pl.col("value") > 0).sort("article_id", "metric")
    return dg.MaterializeResult(
        metadata=table_metadata(
            "extracted.article_totals (view)", ArticleTotals, frame.height, preview
        )
    )
