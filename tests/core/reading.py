"""Run one text through the extractor, for the extractor tests: its casualty claims, the
top-level ones (not breakdown parts), and the article totals as the warehouse's real
extracted.article_totals view reads them."""

from datetime import date

import duckdb
import polars as pl

from pipeline.contracts import Claims, polars_schema
from pipeline.core.extract import ExtractConfig, extract
from pipeline.core.model import Article, Claim
from warehouse.store import ensure_tables, insert_frame


def casualty_claims(
    body: str,
    published: date | None = None,
    title: str | None = None,
    config: ExtractConfig | None = None,
) -> list[Claim]:
    """The casualty claims of a one-text article (no events, no territory)."""
    art = Article(article_id="t1", body=body, published_on=published, title=title)
    return [c for c in extract(art, config).claims if c.kind == "casualty"]


def top_claims(claims: list[Claim]) -> list[Claim]:
    """The claims that are not the parts of a breakdown."""
    return [c for c in claims if c.parent_claim_id is None]


def only_top(claims: list[Claim]) -> Claim:
    """The one top-level claim, failing with what was found when there is not exactly one."""
    found = top_claims(claims)
    assert len(found) == 1, [(c.metric, c.low, c.high, c.claimant, c.value_text) for c in found]
    return found[0]


def readers(published: date | None):
    """The three readers a test file uses, dated by its own publication day: ``claims(body)``
    (casualty claims; ``published=`` / ``title=`` to override), ``one(body)`` (the one
    top-level claim) and ``by_low(body)`` (top-level claims by their low figure)."""

    def claims(
        body: str, published: date | None = published, title: str | None = None
    ) -> list[Claim]:
        return casualty_claims(body, published, title)

    def one(body: str, **kw) -> Claim:
        return only_top(claims(body, **kw))

    def by_low(body: str, **kw) -> dict:
        return {c.low: c for c in top_claims(claims(body, **kw))}

    return claims, one, by_low


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
