"""Score the extractor on an annotated dev set: article-level killed / wounded totals.

    uv run python bench/eval.py [path.jsonl] [--misses out.jsonl]

Each JSONL line needs ``text`` and ``gold.killed`` / ``gold.wounded``. The claims go through
the ``extracted.article_totals`` view in an in-memory DuckDB made by ``warehouse.store``,
exactly as in the pipeline, and the totals are compared with the gold.
"""

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import duckdb
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.contracts import Claims  # noqa: E402
from pipeline.core.extract import extract  # noqa: E402
from pipeline.core.model import Article, Claim, RawDocument  # noqa: E402
from pipeline.core.parse import parse_article  # noqa: E402
from warehouse.store import conform, ensure_tables, insert_frame  # noqa: E402

DEFAULT_DEVSET = ROOT.parent / "shared" / "devsets" / "gvdb_dev.jsonl"
DEFAULT_MISSES = ROOT / "bench" / "out" / "eval_misses.jsonl"


def to_article(row: dict) -> Article:
    """The parsed article, or the text as the body when the parser finds no body."""
    text = row.get("text") or ""
    article_id = str(row.get("id") or hashlib.sha1(text.encode()).hexdigest()[:16])
    art = parse_article(
        RawDocument(
            doc_id=article_id,
            source_file="eval.jsonl",
            raw_text=text,
            title_hint=row.get("title"),
            published_hint=row.get("published_at"),
        )
    )
    return art if art.body.strip() else Article(article_id=article_id, body=text)


def article_totals_of(articles: list[Article], claims: list[Claim]) -> dict[tuple[str, str], float]:
    """(article_id, metric) -> value, as the warehouse's extracted.article_totals view reads
    the claims (an in-memory DuckDB with the pipeline's own tables and views)."""
    con = duckdb.connect()
    try:
        ensure_tables(con)
        ids = pl.DataFrame({"article_id": [a.article_id for a in articles]})
        insert_frame(con, "parsed.articles", ids)
        if claims:
            frame = pl.DataFrame([c.to_row() for c in claims], infer_schema_length=None)
            insert_frame(con, "extracted.claims", conform(frame, Claims))
        rows = con.execute("select article_id, metric, value from extracted.article_totals")
        return {(a, m): v for a, m, v in rows.fetchall()}
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT_DEVSET))
    ap.add_argument("--misses", default=str(DEFAULT_MISSES))
    ap.add_argument("--no-parse", action="store_true", help="use the raw text as the body")
    args = ap.parse_args()

    rows = [json.loads(line) for line in Path(args.path).read_text().splitlines() if line]
    t0 = time.perf_counter()
    articles, claims = [], []
    for row in rows:
        art = (
            Article(article_id=str(row["id"]), body=row["text"])
            if args.no_parse
            else (to_article(row))
        )
        articles.append(art)
        claims.extend(extract(art).claims)
    elapsed = time.perf_counter() - t0

    totals = article_totals_of(articles, claims)

    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article_id, []).append(c)
    n = len(rows)
    ok_k = ok_w = ok_both = 0
    misses = []
    for row, art in zip(rows, articles, strict=True):
        gk, gw = row["gold"]["killed"], row["gold"]["wounded"]
        pk = totals.get((art.article_id, "killed"), 0)
        pw = totals.get((art.article_id, "wounded"), 0)
        mk, mw = pk == gk, pw == gw
        ok_k += mk
        ok_w += mw
        ok_both += mk and mw
        if not (mk and mw):
            misses.append(
                {
                    "id": row["id"],
                    "gold": {"killed": gk, "wounded": gw},
                    "predicted": {"killed": pk, "wounded": pw},
                    "claims": [
                        {
                            k: getattr(c, k)
                            for k in (
                                "metric",
                                "party",
                                "subject",
                                "low",
                                "high",
                                "qualifier",
                                "is_background",
                                "claimant",
                                "parent_claim_id",
                                "value_text",
                                "evidence",
                            )
                        }
                        for c in by_article.get(art.article_id, [])
                    ],
                    "text": row["text"][:1500],
                }
            )
    out = Path(args.misses)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w") as fh:
        for m in misses:
            fh.write(json.dumps(m, default=str) + "\n")
    print(f"articles            {n}")
    print(f"killed match        {ok_k / n:.1%}")
    print(f"wounded match       {ok_w / n:.1%}")
    print(f"both match          {ok_both / n:.1%}")
    print(f"parse+extract       {n / elapsed:.0f} docs/s")
    print(f"misses written to   {out}")


if __name__ == "__main__":
    main()
