"""The extractor's safety nets: impossible counts are left out, errors are reported."""

import pipeline.core.extract as extract_module
from pipeline.core.extract import extract
from pipeline.core.model import Article


def _article(body: str) -> Article:
    return Article(article_id="a1", body=body)


def test_a_count_no_incident_can_have_is_left_out_and_counted():
    result = extract(_article(
        "Officials said 12,000,000,000 people were killed in the blast. "
        "Separately, police said 4 people were wounded."))
    values = sorted(c.low for c in result.claims)
    assert values == [4]
    assert result.n_implausible == 1
    assert result.error is None


def test_an_internal_error_gives_an_empty_result_that_says_why(monkeypatch):
    def broken(article, config):
        raise ValueError("tokeniser lost its place")

    monkeypatch.setattr(extract_module, "_extract", broken)
    result = extract(_article("Two soldiers were killed."))
    assert result.claims == [] and result.events == []
    assert result.error == "ValueError: tokeniser lost its place"
