"""A shooter's own death, related-story links in a flattened page, and more people of an
earlier incident recalled a few sentences back, judged by the article totals (killed,
wounded).

Every sentence here was written for this file; none comes from the seeds or the dev sets.
The totals go through ``warehouse/sql/extracted_article_totals.sql`` as in the pipeline.
"""

from datetime import date

import pytest

from tests.core.reading import article_totals as totals


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the shooter is one more dead person than those he killed
        (
            "A man killed his wife and two sons at their farmhouse. He then took his own "
            "life, deputies said.",
            4,
            0,
        ),
        # nobody else died: the people he shot are the wounded
        ("A gunman wounded two people outside a tavern. He then took his own life.", 1, 2),
        ("A gunman shot three people at a diner and then turned the gun on himself.", 1, 3),
        ("The gunman turned the gun on himself in the parking lot.", 1, 0),
        # a toll that already holds him is not raised
        (
            "Four people are dead after a shooting at a ranch. The man who shot three "
            "relatives then killed himself.",
            4,
            0,
        ),
        # told twice, counted once
        (
            "A man shot and killed his brother on Friday. He then took his own life. "
            "Neighbors heard two shots before he took his own life.",
            2,
            0,
        ),
        # no suicide: a threat, an attempt
        ("The man threatened to take his own life before officers arrived.", 0, 0),
        ("A woman was shot in the arm. Her husband tried to turn the gun on himself.", 0, 1),
    ],
)
def test_shooter_suicide_is_one_more_dead(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        (
            "Deputies are searching for the driver of a gray van. Read: Suspect in highway "
            "chase shot himself Watch: Crews battle barn fire",
            0,
            0,
        ),
        (
            "A clerk was shot in the leg during a robbery. Related: Two wounded at a gas "
            "station on Fifth Street",
            0,
            1,
        ),
    ],
)
def test_related_story_label_in_a_flat_page_is_background(body, killed, wounded):
    assert totals(body) == (killed, wounded)


def test_more_people_of_an_earlier_incident_three_sentences_on():
    body = (
        "A man was shot dead at the Oak Terrace apartments on Sunday. The complex is where a "
        "gunman killed two men at a birthday party in 2019. Its owners renamed it after that "
        "shooting. A jury convicted the gunman in March. Three other people were wounded."
    )
    assert totals(body, published=date(2024, 6, 3)) == (1, 0)
