"""Local-news classes of victims, judged by the article totals (killed, wounded).

Every sentence here was written for this file; none comes from the seeds or the dev sets.
The totals go through ``warehouse/sql/extracted_article_totals.sql`` as in the pipeline.
"""

import pytest

from pipeline.core.extract import extract
from pipeline.core.model import Article
from tests.core.reading import article_totals as totals


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # a death stated after a long relative clause
        ("A woman who was found shot behind a grocery store on Elm Street has died.", 1, 0),
        ("A teenager who was shot near the park, police said, later died at a hospital.", 1, 0),
        # ... but a relative clause alone is no death
        ("The man who was shot near the park is expected to survive.", 0, 1),
    ],
)
def test_death_after_a_relative_clause(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        ("Robert Allen Jr., a 31-year-old cook, died at the scene.", 1, 0),
        ("Deputies said Carl Brooks Sr. was shot in the arm during the robbery.", 0, 1),
    ],
)
def test_a_name_with_a_suffix_is_a_person(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # a new person "was also shot"
        ("A cashier was shot in the shoulder. Maria Lopez was also shot, police said.", 0, 2),
        ("A driver was killed on Oak Avenue. A passenger was also wounded.", 1, 1),
        # the same person again: named before
        ("Tom Reed was shot in the leg. Reed was also shot in the hand, his sister said.", 0, 1),
        # "also" about something else than the shooting
        ("A clerk was shot dead. Anna Berg also had a bruise on her arm.", 1, 0),
    ],
)
def test_also_shot_is_one_more_person(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the first is the wounded one when another is the dead one
        ("A man was shot outside the diner. Another man was killed.", 1, 1),
        ("A girl was shot on the porch. Another girl was shot and killed.", 1, 1),
        # "another" shot after a death is the wounded one (unchanged)
        ("A man was shot dead on Main Street. Another man was shot.", 1, 1),
    ],
)
def test_another_killed_leaves_the_first_wounded(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "the second victim" is the second person, the dead and the hurt together
        (
            "One man died and a second was hurt in the shooting. "
            "The second victim was taken to a hospital.",
            1,
            1,
        ),
        ("A man was shot in the chest. The second victim was treated for a graze.", 0, 2),
        # an ordinal of a series, not of this incident's victims
        ("Officer Dale was killed on Friday. He was the fourth officer to be killed.", 1, 0),
    ],
)
def test_ordinal_victims_count_once(body, killed, wounded):
    assert totals(body) == (killed, wounded)


def test_workers_are_civilians():
    body = "A missile strike on the depot killed four workers, the governor said."
    found = [c for c in extract(Article(article_id="g2", body=body)).claims if c.low == 4]
    assert [c.subject for c in found] == ["civilian"]


def test_claim_ids_stay_unique_when_a_title_figure_is_background():
    art = Article(article_id="g3", body='KILLED"0', title='KILLED"0:OF 2000')
    ids = [c.claim_id for c in extract(art).claims]
    assert len(ids) == len(set(ids))
