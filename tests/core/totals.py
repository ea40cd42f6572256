"""Run one text through the extractor and the real extracted.article_totals view."""

from datetime import date

import duckdb
import polars as pl

from pipeline.contracts import Claims, polars_schema
from pipeline.core.extract import extract
from pipeline.core.model import Article
from warehouse.store import ensure_tables, insert_frame


def article_totals(body: str, published: date | None = None) -> tuple[float, float]:
    """(killed, wounded) as the warehouse view reads the article's claims."""
    claims = extract(Article(article_id="t1", body=body, published_on=published)).claims
    con = duckdb.connect()
    try:
        ensure_tables(con)  # the warehouse's own tables and views
        con.execute("insert into parsed.articles (article_id, body) values ('t1', ?)", [body])
        schema = polars_schema(Claims)
        rows = [{k: v for k, v in c.to_row().items() if k in schema} for c in claims]
        insert_frame(con, "extracted.claims", pl.DataFrame(rows, schema=schema))
        got = dict(con.execute("select metric, value from extracted.article_totals").fetchall())
    finally:
        con.close()
    return got["killed"], got["wounded"]
