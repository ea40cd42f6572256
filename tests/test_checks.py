"""Each asset check, called directly with a good and a bad warehouse."""

from datetime import UTC, date, datetime

import polars as pl
import pytest

from checks.contracts import contract_check
from checks.invariants import best_within_range, every_input_accounted_for, figures_agree
from checks.quality import claims_quality, figures_quality
from pipeline.contracts import Articles, Claims, Figures, polars_schema
from warehouse.resources import WarehouseResource
from warehouse.store import Warehouse, insert_frame

BODY = "Ruritania said 12 soldiers were killed on Monday.\n\nNothing else happened."


def _article():
    return pl.DataFrame(
        [
            {
                "article_id": "art1",
                "title": "t",
                "outlet": None,
                "byline": None,
                "dateline": None,
                "published_on": date(2024, 1, 2),
                "published_on_source": "metadata",
                "language": "en",
                "body": BODY,
                "n_paragraphs": 2,
                "n_boilerplate_removed": 0,
                "n_duplicates_removed": 0,
                "duplicate_of": None,
                "body_fingerprint": "fp",
                "parser_version": "p",
            }
        ],
        schema=polars_schema(Articles),
    )


def _claim(**extra):
    row = {
        "claim_id": "c1",
        "article_id": "art1",
        "kind": "casualty",
        "metric": "killed",
        "party": "Ruritania",
        "subject": "military",
        "low": 12.0,
        "high": 12.0,
        "qualifier": "exact",
        "claimant": "Ruritania",
        "claimant_party": "Ruritania",
        "said_on": date(2024, 1, 1),
        "said_on_source": "weekday",
        "said_weekday": 0,
        "is_background": False,
        "parent_claim_id": None,
        "evidence": BODY[:49],
        "span_start": 15,
        "span_end": 40,
        "n_mentions": 1,
        "mention_spans": [[15, 40]],
        "value_text": "12",
        "extractor_version": "e",
    }
    row.update(extra)
    return pl.DataFrame([row], schema=polars_schema(Claims))


def _figure(**extra):
    row = {
        "incident_id": "inc",
        "party": "Ruritania",
        "metric": "killed",
        "subject": "military",
        "best": 12.0,
        "low": 12.0,
        "high": 12.0,
        "status": "single_source",
        "as_of": date(2024, 1, 1),
        "claimant": "Ruritania",
        "n_claims": 1,
        "n_articles": 1,
        "n_independent_sources": 1,
        "claim_ids": ["c1"],
        "method": "the only figure given",
    }
    row.update(extra)
    return pl.DataFrame([row], schema=polars_schema(Figures))


@pytest.fixture
def resource(tmp_path):
    return WarehouseResource(path=str(tmp_path / "w.duckdb"))


def _load(resource, **tables):
    with Warehouse(resource.path).connect() as con:
        for table, frame in tables.items():
            insert_frame(con, table.replace("__", "."), frame)


def test_claims_quality_passes_good_and_fails_bad(resource, tmp_path):
    _load(resource, parsed__articles=_article(), extracted__claims=_claim())
    assert claims_quality(warehouse=resource).passed

    bad = WarehouseResource(path=str(tmp_path / "bad.duckdb"))
    _load(
        bad,
        parsed__articles=_article(),
        extracted__claims=pl.concat(
            [
                _claim(claim_id="c2", low=20.0, high=10.0),
                _claim(claim_id="c3", span_start=60, span_end=len(BODY) + 5),
            ]
        ),
    )
    result = claims_quality(warehouse=bad)
    assert not result.passed
    assert result.metadata["failed_expectations"].value >= 2


def test_figures_quality_passes_good_and_fails_bad(resource, tmp_path):
    _load(resource, reconciled__figures=_figure())
    assert figures_quality(warehouse=resource).passed

    bad = WarehouseResource(path=str(tmp_path / "bad.duckdb"))
    _load(
        bad,
        reconciled__figures=pl.concat(
            [_figure(best=30.0), _figure(subject="civilian", status="guessed")]
        ),
    )
    result = figures_quality(warehouse=bad)
    assert not result.passed
    assert "expect_column_values_to_be_in_set" in result.metadata["results"].value


def test_contract_check_passes_good_and_fails_bad(resource, tmp_path):
    check = contract_check("extracted.claims", Claims)
    _load(resource, extracted__claims=_claim())
    assert check(warehouse=resource).passed

    bad = WarehouseResource(path=str(tmp_path / "bad.duckdb"))
    _load(bad, extracted__claims=pl.concat([_claim(), _claim(metric="vibes")]))
    result = check(warehouse=bad)
    assert not result.passed
    assert result.metadata["failure_count"].value >= 2  # duplicate id and unknown metric


def _consistency(check, passed):
    return pl.DataFrame(
        [
            {
                "incident_id": "inc",
                "check": check,
                "expected": 10.0,
                "observed": 10.0 if passed else 12.0,
                "passed": passed,
                "detail": "a detail sentence",
            }
        ]
    )


def test_consistency_checks(resource, tmp_path):
    _load(
        resource,
        reconciled__consistency=pl.concat(
            [
                _consistency("total_equals_sum_of_sides", True),
                _consistency("best_within_range", True),
            ]
        ),
    )
    assert figures_agree(warehouse=resource).passed
    assert best_within_range(warehouse=resource).passed

    bad = WarehouseResource(path=str(tmp_path / "bad.duckdb"))
    _load(
        bad,
        reconciled__consistency=pl.concat(
            [
                _consistency("total_equals_sum_of_sides", False),
                _consistency("best_within_range", False),
            ]
        ),
    )
    warning = figures_agree(warehouse=bad)
    assert not warning.passed and warning.severity.value == "WARN"
    error = best_within_range(warehouse=bad)
    assert not error.passed and error.severity.value == "ERROR"


def test_every_input_accounted_for(resource, tmp_path):
    now = datetime.now(UTC)
    files = pl.DataFrame(
        [
            {
                "source_file": "a.txt",
                "byte_size": 3,
                "mtime_ns": 1,
                "sha256": "0" * 64,
                "n_documents": 0,
                "n_rejects": 1,
                "read_at": now,
            }
        ]
    )
    rejects = pl.DataFrame(
        [
            {
                "source_file": "a.txt",
                "source_line": None,
                "reason": "empty",
                "detail": "a.txt is empty; remove it",
                "seen_at": now,
            }
        ],
        schema_overrides={"source_line": pl.Int64},
    )
    _load(resource, raw__files=files, raw__rejects=rejects)
    assert every_input_accounted_for(warehouse=resource).passed

    bad = WarehouseResource(path=str(tmp_path / "bad.duckdb"))
    _load(bad, raw__files=files.with_columns(n_rejects=pl.lit(0, dtype=pl.Int64)))
    assert not every_input_accounted_for(warehouse=bad).passed


def test_contract_check_samples_large_tables_but_checks_the_key_everywhere(resource, monkeypatch):
    import checks.contracts as contracts

    monkeypatch.setattr(contracts, "SAMPLE_ROWS", 1)
    check = contract_check("extracted.claims", Claims)
    _load(resource, extracted__claims=pl.concat([_claim(), _claim(claim_id="c2"), _claim()]))
    result = check(warehouse=resource)
    assert result.metadata["sampled"].value is True
    assert result.metadata["rows_validated"].value == 1
    assert not result.passed and result.metadata["failure_count"].value == 1
