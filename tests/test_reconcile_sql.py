"""The reconciliation rules (warehouse/sql/) on hand-made claims: each rule in isolation."""

from datetime import date
from typing import NamedTuple

import polars as pl
import pytest

from pipeline.contracts import Articles, Claims, IncidentArticles, Incidents, polars_schema
from warehouse.store import Warehouse, insert_frame, read_frame, sql_text

INCIDENT = "inc_test"


def _article(
    article_id, published_on=None, outlet=None, duplicate_of=None, body="x" * 200, credit=None
):
    return {
        "article_id": article_id,
        "title": None,
        "outlet": outlet,
        "byline": None,
        "dateline": None,
        "credit": credit,
        "published_on": published_on,
        "published_on_source": "metadata" if published_on else "unknown",
        "language": "en",
        "body": body,
        "n_paragraphs": 1,
        "n_boilerplate_removed": 0,
        "n_duplicates_removed": 0,
        "duplicate_of": duplicate_of,
        "body_fingerprint": article_id,
        "parser_version": "p",
    }


def _claim(
    claim_id,
    article_id,
    low,
    high="same",
    party="Ruritania",
    metric="killed",
    subject="military",
    qualifier="exact",
    claimant=None,
    claimant_party=None,
    said_on=None,
    said_on_source=None,
    parent=None,
    background=False,
):
    return {
        "claim_id": claim_id,
        "article_id": article_id,
        "kind": "casualty",
        "metric": metric,
        "party": party,
        "subject": subject,
        "low": low,
        "high": low if high == "same" else high,
        "qualifier": qualifier,
        "claimant": claimant,
        "claimant_party": claimant_party,
        "said_on": said_on,
        "said_on_source": said_on_source or ("explicit" if said_on else "unknown"),
        "said_weekday": None,
        "is_background": background,
        "parent_claim_id": parent,
        "evidence": "a sentence",
        "span_start": 0,
        "span_end": 5,
        "n_mentions": 1,
        "mention_spans": [[0, 5]],
        "value_text": str(low),
        "extractor_version": "e",
    }


class Reconciled(NamedTuple):
    figures: pl.DataFrame
    revisions: pl.DataFrame
    consistency: pl.DataFrame
    resolved: pl.DataFrame
    timeline: pl.DataFrame


def reconcile(tmp_path, articles, claims, anchor_on=None):
    """Load the rows, then compute figures, revisions and consistency as the assets do."""
    with Warehouse(tmp_path / "w.duckdb").connect() as con:
        insert_frame(con, "parsed.articles", pl.DataFrame(articles, schema=polars_schema(Articles)))
        insert_frame(con, "extracted.claims", pl.DataFrame(claims, schema=polars_schema(Claims)))
        ids = sorted({a["article_id"] for a in articles})
        insert_frame(
            con,
            "reconciled.incident_articles",
            pl.DataFrame(
                {"article_id": ids, "incident_id": [INCIDENT] * len(ids)},
                schema=polars_schema(IncidentArticles),
            ),
        )
        insert_frame(
            con,
            "reconciled.incidents",
            pl.DataFrame(
                [
                    {
                        "incident_id": INCIDENT,
                        "label": "test",
                        "parties": ["Ruritania"],
                        "location": None,
                        "start_on": None,
                        "end_on": None,
                        "first_reported_on": None,
                        "last_reported_on": None,
                        "anchor_on": anchor_on,
                        "n_articles": len(ids),
                        "n_outlets": 1,
                        "article_ids": ids,
                    }
                ],
                schema=polars_schema(Incidents),
            ),
        )
        figures = read_frame(con, sql_text("select_figures"))
        insert_frame(con, "reconciled.figures", figures)
        revisions = read_frame(con, sql_text("select_revisions"))
        consistency = read_frame(con, sql_text("select_consistency"))
        resolved = read_frame(
            con,
            "select claim_id, said_on_resolved, said_on_resolution "
            "from reconciled.claims order by claim_id",
        )
        timeline = read_frame(con, "select * from reconciled.timeline")
    return Reconciled(figures, revisions, consistency, resolved, timeline)


def _one(frame, **where):
    for key, value in where.items():
        frame = frame.filter(pl.col(key).is_null() if value is None else pl.col(key) == value)
    assert frame.height == 1, frame
    return frame.row(0, named=True)


def test_later_figure_of_a_claimant_supersedes_the_earlier(tmp_path):
    mod = {"claimant": "Ruritania Ministry of Defence", "claimant_party": "Ruritania"}
    figures, revisions, _, _, timeline = reconcile(
        tmp_path,
        [
            _article("a1", date(2024, 3, 5), "Wire A"),
            _article("a2", date(2024, 3, 7), "Wire B"),
        ],
        [
            _claim("c1", "a1", 30, said_on=date(2024, 3, 5), **mod),
            _claim("c2", "a2", 44, said_on=date(2024, 3, 7), **mod),
        ],
    )
    figure = _one(figures, metric="killed")
    assert (figure["best"], figure["low"], figure["high"]) == (44, 44, 44)
    assert figure["status"] == "revised"
    assert "supersedes" in figure["method"] and "30 (2024-03-05)" in figure["method"]
    history = revisions.sort("said_on")
    assert history.get_column("low").to_list() == [30, 44]
    assert history.get_column("superseded_by_said_on").to_list() == [date(2024, 3, 7), None]
    assert timeline.select("said_on", "value", "state", "figure_best").rows() == [
        (date(2024, 3, 5), "30", "superseded", 44.0),
        (date(2024, 3, 7), "44", "current", 44.0),
    ]


def test_a_drop_is_flagged_and_the_earlier_value_kept_as_high(tmp_path):
    mod = {"claimant": "Ruritania Ministry of Defence", "claimant_party": "Ruritania"}
    figures, revisions, *_ = reconcile(
        tmp_path,
        [_article("a1", date(2024, 3, 5))],
        [
            _claim("c1", "a1", 50, said_on=date(2024, 3, 5), **mod),
            _claim("c2", "a1", 40, said_on=date(2024, 3, 6), **mod),
        ],
    )
    figure = _one(figures, metric="killed")
    assert figure["best"] == 40 and figure["high"] == 50
    assert "lowered" in figure["method"]
    assert "drop" in _one(revisions, low=50.0)["note"]


def test_the_partys_own_tally_is_preferred_and_disputes_are_same_day(tmp_path):
    figures, _, *_ = reconcile(
        tmp_path,
        [
            _article("a1", date(2024, 3, 5), "Wire A"),
            _article("a2", date(2024, 3, 5), "Wire B"),
        ],
        [
            _claim(
                "c1",
                "a1",
                12,
                claimant="Ruritania Ministry of Defence",
                claimant_party="Ruritania",
                said_on=date(2024, 3, 5),
            ),
            _claim(
                "c2",
                "a2",
                40,
                claimant="Freedonian army",
                claimant_party="Freedonia",
                said_on=date(2024, 3, 5),
            ),
        ],
    )
    figure = _one(figures, metric="killed")
    assert figure["best"] == 12 and (figure["low"], figure["high"]) == (12, 40)
    assert figure["status"] == "disputed"
    assert "Freedonian army" in figure["method"]


def test_two_outlets_agreeing_corroborate_and_a_syndicated_copy_counts_once(tmp_path):
    articles = [
        _article("a1", date(2024, 3, 5), "Wire A"),
        _article("a2", date(2024, 3, 5), "Paper B", duplicate_of="a1"),
        _article("a3", date(2024, 3, 6), "Paper C"),
    ]
    claims = [
        _claim(f"c{i}", a, 9, claimant="Regional governor", said_on=date(2024, 3, 5))
        for i, a in enumerate(["a1", "a2", "a3"])
    ]
    figures, _, *_ = reconcile(tmp_path, articles, claims)
    figure = _one(figures, metric="killed")
    assert figure["n_articles"] == 3 and figure["n_independent_sources"] == 2
    assert figure["status"] == "corroborated"

    alone, _, *_ = reconcile(tmp_path / "b", articles[:2], claims[:2])
    figure = _one(alone, metric="killed")
    assert figure["n_independent_sources"] == 1 and figure["status"] == "single_source"


@pytest.mark.parametrize(
    ("hedged", "low", "high"), [("more_than", 100, None), ("almost", 45, 49), ("about", 50, 50)]
)
def test_a_hedged_and_a_precise_value_of_one_statement_are_one(tmp_path, hedged, low, high):
    who = {"claimant": "Prime Minister Jane Roe", "claimant_party": "Ruritania"}
    precise = 105 if hedged == "more_than" else 49 if hedged == "almost" else 50
    figures, revisions, *_ = reconcile(
        tmp_path,
        [_article("a1", date(2024, 3, 5), "Wire A"), _article("a2", date(2024, 3, 5), "Wire B")],
        [
            _claim("c1", "a1", low, high, qualifier=hedged, said_on=date(2024, 3, 5), **who),
            _claim("c2", "a2", precise, said_on=date(2024, 3, 5), **who),
        ],
    )
    figure = _one(figures, metric="killed")
    assert figure["best"] == precise and figure["status"] != "revised"
    assert revisions.height == 1


def test_stated_total_and_breakdown_are_checked(tmp_path):
    _, _, consistency, *_ = reconcile(
        tmp_path,
        [_article("a1", date(2024, 3, 5))],
        [
            _claim("c1", "a1", 71, party="Ruritania"),
            _claim("c2", "a1", 105, party="Freedonia"),
            _claim("c3", "a1", 180, party="both"),
            _claim("c4", "a1", 50, party="Freedonia", metric="wounded"),
            _claim("c5", "a1", 42, party="Freedonia", metric="wounded", parent="c4"),
            _claim("c6", "a1", 8, party="Freedonia", metric="wounded", parent="c4"),
        ],
    )
    total = _one(consistency, check="total_equals_sum_of_sides")
    assert (total["expected"], total["observed"], total["passed"]) == (176, 180, False)
    assert _one(consistency, check="breakdown_adds_up")["passed"]
    assert consistency.filter(pl.col("check") == "best_within_range")["passed"].all()


def test_background_claims_are_not_figures(tmp_path):
    figures, _, *_ = reconcile(
        tmp_path,
        [_article("a1", date(2024, 3, 5))],
        [_claim("c1", "a1", 12), _claim("c2", "a1", 6500, background=True)],
    )
    assert figures.get_column("best").to_list() == [12]


def test_undated_articles_resolve_weekdays_against_the_incident(tmp_path):
    claims = [
        _claim(
            "c1", "a1", 12, claimant="Ruritania Ministry of Defence", claimant_party="Ruritania"
        ),
        _claim(
            "c2",
            "a2",
            12,
            claimant="Ruritania Ministry of Defence",
            claimant_party="Ruritania",
            said_on=date(2024, 3, 5),
        ),
    ]
    claims[0]["said_weekday"] = 1  # "on Tuesday", in an undated article
    _, _, _, resolved, _ = reconcile(
        tmp_path,
        [_article("a1"), _article("a2", date(2024, 3, 7))],
        claims,
        anchor_on=date(2024, 3, 7),
    )
    row = _one(resolved, claim_id="c1")
    assert row["said_on_resolved"] == date(2024, 3, 5)  # the Tuesday before Thursday the 7th
    assert row["said_on_resolution"] == "weekday_incident"


def test_rewrites_of_one_agency_wire_count_as_one_source(tmp_path):
    wire = "LOMARA (Reuters) - Nine people were killed when shells hit a market, the governor said."
    articles = [
        _article("a1", date(2024, 3, 5), "Daily Paper", body=wire, credit="Reuters"),
        _article(
            "a2",
            date(2024, 3, 5),
            "Evening Post",
            body=wire.replace("hit", "struck"),
            credit="Reuters",
        ),
        _article("a3", date(2024, 3, 5), "Hill Radio", body="Nine died, the governor said."),
    ]
    claims = [
        _claim(f"c{i}", a, 9, claimant="Regional governor", said_on=date(2024, 3, 5))
        for i, a in enumerate(["a1", "a2", "a3"])
    ]
    figures, *_ = reconcile(tmp_path, articles, claims)
    figure = _one(figures, metric="killed")
    assert figure["n_articles"] == 3 and figure["n_independent_sources"] == 2


def test_a_vague_amount_does_not_widen_a_precise_figure(tmp_path):
    figures, *_ = reconcile(
        tmp_path,
        [_article("a1", date(2024, 3, 5))],
        [
            _claim(
                "c1",
                "a1",
                105,
                claimant="Ruritania Ministry of Defence",
                claimant_party="Ruritania",
                said_on=date(2024, 3, 5),
            ),
            _claim("c2", "a1", 3, None, qualifier="vague", said_on=date(2024, 3, 5)),
        ],
    )
    figure = _one(figures, metric="killed")
    assert (figure["best"], figure["low"], figure["high"]) == (105, 105, 105)

    vague_only, *_ = reconcile(
        tmp_path / "b",
        [_article("a1", date(2024, 3, 5))],
        [_claim("c2", "a1", 24, None, qualifier="vague", said_on=date(2024, 3, 5))],
    )
    figure = _one(vague_only, metric="killed")
    assert (figure["best"], figure["low"], figure["high"]) == (24, 24, 24)
