"""parsed: each document becomes a clean article (title, outlet, byline, dates, body).

Incremental: only documents not yet parsed by the current parser version are read.
"""

from dataclasses import asdict

import dagster as dg
import polars as pl

from assets.common import RefreshConfig, table_metadata, validated
from pipeline.contracts import Articles
from pipeline.core.dedupe import body_fingerprint
from pipeline.core.model import RawDocument
from pipeline.core.parse import PARSER_VERSION, parse_article
from warehouse.resources import WarehouseResource
from warehouse.store import count_rows, insert_frame, read_frame, run_sql_file

GROUP = "parsed"
BATCH = 2000
DOCUMENT_FIELDS = [f for f in RawDocument.__dataclass_fields__]


@dg.asset(
    key=["parsed", "articles"],
    deps=[["raw", "documents"]],
    group_name=GROUP,
    kinds={"duckdb", "polars"},
    code_version=PARSER_VERSION,
)
def articles(
    context: dg.AssetExecutionContext, config: RefreshConfig, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Clean articles: boilerplate, captions, related links and repeated paragraphs removed;
    title, outlet, byline, dateline and published date where the text or metadata gives
    them; syndicated copies point at the earliest copy through duplicate_of."""
    with warehouse.get().connect() as con:
        if config.full_refresh:
            context.log.warning("full refresh: parsing every document again")
            con.execute("delete from parsed.articles")
        pending_ids = [
            r[0]
            for r in con.execute(
                "select d.doc_id from raw.documents d where not exists (select 1 from "
                "parsed.articles a where a.article_id = d.doc_id and a.parser_version = ?) "
                "order by d.doc_id",
                [PARSER_VERSION],
            ).fetchall()
        ]
        context.log.info(f"{len(pending_ids)} documents to parse with parser {PARSER_VERSION}")
        columns = ", ".join(DOCUMENT_FIELDS)
        for start in range(0, len(pending_ids), BATCH):
            ids = pending_ids[start : start + BATCH]
            docs = con.execute(
                f"select {columns} from raw.documents where list_contains(?, doc_id)", [ids]
            ).fetchall()
            rows = []
            for values in docs:
                doc = RawDocument(**dict(zip(DOCUMENT_FIELDS, values, strict=True)))
                parsed = parse_article(doc)
                rows.append(
                    {
                        **asdict(parsed),
                        "duplicate_of": None,
                        "body_fingerprint": body_fingerprint(parsed.body),
                        "parser_version": PARSER_VERSION,
                    }
                )
            frame = validated(pl.DataFrame(rows, infer_schema_length=None), Articles)
            con.execute("begin transaction")
            con.execute("delete from parsed.articles where list_contains(?, article_id)", [ids])
            insert_frame(con, "parsed.articles", frame)
            con.execute("commit")
            context.log.info(f"parsed {start + len(ids)}/{len(pending_ids)} documents")
        run_sql_file(con, "update_duplicate_of")
        total = count_rows(con, "parsed.articles")
        n_duplicates = con.execute(
            "select count(*) from parsed.articles where duplicate_of is not null"
        ).fetchone()[0]
        preview = read_frame(
            con,
            "select article_id, title, outlet, byline, dateline, published_on, "
            "published_on_source, n_paragraphs, n_boilerplate_removed, n_duplicates_removed, "
            "duplicate_of, left(body, 160) as body from parsed.articles "
            "order by published_on desc nulls last, article_id limit 10",
        )
    return dg.MaterializeResult(
        metadata=table_metadata(
            "parsed.articles",
            Articles,
            total,
            preview,
            articles_parsed=len(pending_ids),
            syndicated_copies=int(n_duplicates),
            parser_version=PARSER_VERSION,
        )
    )
