"""Group articles into incidents: the real-world episodes they report.

A first, general rule (to be deepened): articles that name the same set of parties in
their own (non-background) figures and were published within ``max_gap_days`` of each
other report one episode. Undated articles join the episode with which they share the
most figures. Articles that name no party stay incidents of their own, and a syndicated
copy (``duplicate_of``) joins its original's incident.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import polars as pl

NON_PARTIES = {"both", ""}


@dataclass(frozen=True)
class IncidentRules:
    max_gap_days: int = 7


def _incident_id(founder: str) -> str:
    # Named after its first-reported article, so that later reports do not rename it.
    return "inc_" + hashlib.sha256(founder.encode()).hexdigest()[:12]


def _parties_by_article(claims: pl.DataFrame) -> dict[str, tuple[str, ...]]:
    own = claims.filter(~pl.col("is_background") & pl.col("party").is_not_null())
    parties: dict[str, set[str]] = defaultdict(set)
    for article_id, party in own.select("article_id", "party").iter_rows():
        if party not in NON_PARTIES:
            parties[article_id].add(party)
    return {a: tuple(sorted(p)) for a, p in parties.items()}


def _figures_by_article(claims: pl.DataFrame) -> dict[str, set[tuple]]:
    own = claims.filter(~pl.col("is_background"))
    figures: dict[str, set[tuple]] = defaultdict(set)
    for article_id, party, metric, low in own.select(
        "article_id", "party", "metric", "low"
    ).iter_rows():
        figures[article_id].add((party, metric, low))
    return figures


def _split_by_date(
    dated: list[tuple[date, str]], max_gap_days: int
) -> list[list[tuple[date, str]]]:
    episodes: list[list[tuple[date, str]]] = []
    for day, article_id in sorted(dated):
        if episodes and (day - episodes[-1][-1][0]).days <= max_gap_days:
            episodes[-1].append((day, article_id))
        else:
            episodes.append([(day, article_id)])
    return episodes


def group_incidents(
    articles: pl.DataFrame, claims: pl.DataFrame, rules: IncidentRules | None = None
) -> pl.DataFrame:
    """Assign each article with at least one own figure to an incident.

    ``articles`` needs ``article_id``, ``published_on``, ``duplicate_of``; ``claims`` needs
    ``article_id``, ``party``, ``metric``, ``low``, ``is_background``. Returns one row per
    article: ``article_id``, ``incident_id``.
    """
    rules = rules or IncidentRules()
    own_articles = set(
        claims.filter(~pl.col("is_background")).get_column("article_id").unique().to_list()
    )
    info = {
        row["article_id"]: row
        for row in articles.select("article_id", "published_on", "duplicate_of").iter_rows(
            named=True
        )
        if row["article_id"] in own_articles
    }
    parties = _parties_by_article(claims)
    figures = _figures_by_article(claims)

    groups: list[list[str]] = []
    blocks: dict[tuple[str, ...], list[str]] = defaultdict(list)
    originals = [a for a in sorted(info) if not info[a]["duplicate_of"]]
    copies = [a for a in sorted(info) if info[a]["duplicate_of"]]
    for article_id in originals:
        key = parties.get(article_id)
        if key:
            blocks[key].append(article_id)
        else:
            groups.append([article_id])
    for members in blocks.values():
        dated = [(info[a]["published_on"], a) for a in members if info[a]["published_on"]]
        episodes = [[a for _, a in ep] for ep in _split_by_date(dated, rules.max_gap_days)]
        for article_id in (a for a in members if not info[a]["published_on"]):
            if not episodes:
                episodes.append([article_id])
                continue
            shared = [len(figures[article_id] & set().union(*(figures[a] for a in ep)))
                      for ep in episodes]
            best = max(range(len(episodes)), key=lambda i: (shared[i], i))
            episodes[best].append(article_id)
        groups.extend(episodes)

    def founder(group: list[str]) -> str:
        return min(group, key=lambda a: (info[a]["published_on"] or date.max, a))

    assignment = {a: _incident_id(founder(group)) for group in groups for a in group}
    for article_id in copies:
        original = info[article_id]["duplicate_of"]
        assignment[article_id] = assignment.get(original) or _incident_id(article_id)
    return pl.DataFrame(
        {"article_id": list(assignment), "incident_id": list(assignment.values())},
        schema={"article_id": pl.Utf8, "incident_id": pl.Utf8},
    ).sort("article_id")


def describe_incidents(
    membership: pl.DataFrame, articles: pl.DataFrame, claims: pl.DataFrame
) -> pl.DataFrame:
    """One row per incident: label, parties, dates, article and outlet counts."""
    own = claims.filter(~pl.col("is_background"))
    said = (
        own.join(membership, on="article_id")
        .group_by("incident_id")
        .agg(
            pl.col("party").filter(pl.col("party").is_not_null() & (pl.col("party") != "both"))
            .unique().sort().alias("parties"),
            pl.col("said_on").min().alias("start_on"),
            pl.col("said_on").max().alias("end_on"),
        )
    )
    reported = (
        membership.join(articles.select("article_id", "published_on", "outlet", "title"),
                        on="article_id")
        .group_by("incident_id")
        .agg(
            pl.col("published_on").min().alias("first_reported_on"),
            pl.col("published_on").max().alias("last_reported_on"),
            pl.col("published_on").max().alias("anchor_on"),
            pl.len().cast(pl.Int64).alias("n_articles"),
            pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64).alias("n_outlets"),
            pl.col("article_id").sort().alias("article_ids"),
            pl.col("title").drop_nulls().sort().first().alias("first_title"),
        )
    )
    frame = reported.join(said, on="incident_id", how="left")

    def label(row: dict) -> str:
        parties = row["parties"] or []
        who = " / ".join(parties) if parties else (row["first_title"] or "unnamed parties")
        first, last = row["first_reported_on"], row["last_reported_on"]
        when = ""
        if first and last:
            when = f", reported {first}" + (f" to {last}" if last != first else "")
        return f"{who}{when}"

    labels = [label(r) for r in frame.iter_rows(named=True)]
    return (
        frame.with_columns(
            pl.Series("label", labels, dtype=pl.Utf8),
            pl.col("parties").fill_null(pl.lit([], dtype=pl.List(pl.Utf8))),
            pl.lit(None, dtype=pl.Utf8).alias("location"),
        )
        .select(
            "incident_id", "label", "parties", "location", "start_on", "end_on",
            "first_reported_on", "last_reported_on", "anchor_on", "n_articles", "n_outlets",
            "article_ids",
        )
        .sort("incident_id")
    )
