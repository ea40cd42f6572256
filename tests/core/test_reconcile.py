from datetime import date

import polars as pl

from pipeline.core.reconcile import describe_incidents, group_incidents


def _articles(rows):
    return pl.DataFrame(
        rows,
        schema={
            "article_id": pl.Utf8,
            "published_on": pl.Date,
            "duplicate_of": pl.Utf8,
            "outlet": pl.Utf8,
            "title": pl.Utf8,
        },
        orient="row",
    )


def _claims(rows):
    return pl.DataFrame(
        rows,
        schema={
            "article_id": pl.Utf8,
            "party": pl.Utf8,
            "metric": pl.Utf8,
            "low": pl.Float64,
            "said_on": pl.Date,
            "is_background": pl.Boolean,
        },
        orient="row",
    )


def test_same_parties_close_in_time_are_one_incident_far_apart_are_two():
    articles = _articles(
        [
            ("a1", date(2024, 3, 1), None, "Outlet A", "Clash"),
            ("a2", date(2024, 3, 3), None, "Outlet B", "Clash goes on"),
            ("a3", date(2024, 6, 1), None, "Outlet A", "New clash"),
        ]
    )
    claims = _claims(
        [
            ("a1", "Ruritania", "killed", 5, None, False),
            ("a1", "Freedonia", "killed", 3, None, False),
            ("a2", "Freedonia", "killed", 4, None, False),
            ("a2", "Ruritania", "killed", 6, None, False),
            ("a3", "Ruritania", "killed", 2, None, False),
            ("a3", "Freedonia", "wounded", 9, None, False),
        ]
    )
    membership = group_incidents(articles, claims)
    incident = dict(membership.iter_rows())
    assert incident["a1"] == incident["a2"]
    assert incident["a3"] != incident["a1"]


def test_different_parties_and_no_parties_stay_apart_and_copies_follow_original():
    articles = _articles(
        [
            ("b1", date(2024, 3, 1), None, "X", "t"),
            ("b2", date(2024, 3, 1), None, "Y", "t"),
            ("b3", date(2024, 3, 1), None, "Z", "t"),
            ("b4", date(2024, 3, 2), "b3", "W", "t"),
        ]
    )
    claims = _claims(
        [
            ("b1", "Ruritania", "killed", 5, None, False),
            ("b2", "Sylvania", "killed", 5, None, False),
            ("b3", None, "killed", 2, None, False),
            ("b4", None, "killed", 2, None, False),
        ]
    )
    incident = dict(group_incidents(articles, claims).iter_rows())
    assert len({incident["b1"], incident["b2"], incident["b3"]}) == 3
    assert incident["b4"] == incident["b3"]


def test_background_only_articles_join_no_incident():
    articles = _articles([("c1", date(2024, 1, 1), None, None, None)])
    claims = _claims([("c1", "Ruritania", "killed", 5000, None, True)])
    assert group_incidents(articles, claims).height == 0


def test_undated_article_joins_the_episode_sharing_its_figures():
    articles = _articles(
        [
            ("d1", date(2024, 1, 1), None, None, None),
            ("d2", date(2024, 5, 1), None, None, None),
            ("d3", None, None, None, None),
        ]
    )
    claims = _claims(
        [
            ("d1", "Ruritania", "killed", 10, None, False),
            ("d2", "Ruritania", "killed", 40, None, False),
            ("d3", "Ruritania", "killed", 10, None, False),
        ]
    )
    incident = dict(group_incidents(articles, claims).iter_rows())
    assert incident["d3"] == incident["d1"] != incident["d2"]


def test_incident_id_is_stable_when_a_later_report_arrives():
    base = [("e1", date(2024, 2, 1), None, None, None)]
    claims = [("e1", "Ruritania", "killed", 10, None, False)]
    first = dict(group_incidents(_articles(base), _claims(claims)).iter_rows())
    more = base + [("e2", date(2024, 2, 2), None, None, None)]
    second = dict(
        group_incidents(
            _articles(more), _claims(claims + [("e2", "Ruritania", "killed", 12, None, False)])
        ).iter_rows()
    )
    assert second["e1"] == first["e1"] == second["e2"]


def test_describe_incidents_counts_articles_outlets_and_parties():
    articles = _articles(
        [
            ("a1", date(2024, 3, 1), None, "Outlet A", "Clash"),
            ("a2", date(2024, 3, 3), None, "Outlet B", "Clash goes on"),
        ]
    )
    claims = _claims(
        [
            ("a1", "Ruritania", "killed", 5, date(2024, 3, 1), False),
            ("a2", "Ruritania", "killed", 6, date(2024, 3, 3), False),
            ("a2", "both", "killed", 9, date(2024, 3, 3), False),
        ]
    )
    membership = group_incidents(articles, claims)
    incidents = describe_incidents(membership, articles, claims)
    row = incidents.row(0, named=True)
    assert incidents.height == 1
    assert row["n_articles"] == 2 and row["n_outlets"] == 2
    assert row["parties"] == ["Ruritania"]
    assert row["first_reported_on"] == date(2024, 3, 1)
    assert row["last_reported_on"] == date(2024, 3, 3) == row["anchor_on"]
    assert row["article_ids"] == ["a1", "a2"]
    assert "Ruritania" in row["label"]
