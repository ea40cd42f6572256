"""The extractor's safety nets: impossible counts are left out, errors are reported."""

import pipeline.core.extract as extract_module
from pipeline.core.extract import extract
from pipeline.core.model import Article


def _article(body: str) -> Article:
    return Article(article_id="a1", body=body)


def test_a_count_no_incident_can_have_is_left_out_and_counted():
    result = extract(
        _article(
            "Officials said 12,000,000,000 people were killed in the blast. "
            "Separately, police said 4 people were wounded."
        )
    )
    values = sorted(c.low for c in result.claims)
    assert values == [4]
    assert result.n_implausible == 1
    assert result.error is None


class _Unreadable(Article):
    """An article one of whose fields fails when read, as a bug deep in the reader would."""

    def __getattribute__(self, name: str):
        if name == "published_on":
            raise ValueError("tokeniser lost its place")
        return super().__getattribute__(name)


def test_an_internal_error_gives_an_empty_result_that_says_why():
    # (no monkeypatching of the module: the compiled extractor calls its functions directly)
    result = extract(_Unreadable(article_id="a1", body="Two soldiers were killed."))
    assert result.claims == [] and result.events == []
    assert result.error == "ValueError: tokeniser lost its place"


def test_a_negated_phrase_with_a_place_is_a_zero_not_a_person():
    result = extract(
        _article(
            "A guard was shot dead at the depot. No workers or anyone else at the Northgate "
            "depot were injured, the company said."
        )
    )
    wounded = [c for c in result.claims if c.metric == "wounded"]
    assert [(c.low, c.high) for c in wounded] == [(0, 0)]
    assert [c.low for c in result.claims if c.metric == "killed"] == [1]


def test_every_one_word_trigger_is_within_the_sentence_hint():
    # the hint decides which sentences are read at all; a trigger it does not cover can never
    # fire ("Gunmen slew five villagers" was once skipped whole)
    hints = extract_module._hints_of
    assert [w for w in extract_module.TRIGGERS if "t" not in hints(w)] == []


def test_a_rare_past_tense_trigger_is_read():
    claims = extract(_article("Gunmen slew five villagers on Sunday, police said.")).claims
    assert [(c.metric, c.low) for c in claims] == [("killed", 5)]
