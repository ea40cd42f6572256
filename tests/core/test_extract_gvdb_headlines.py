"""Local-news headlines and "one more person" counts, judged by the article totals.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
The totals go through ``warehouse/sql/extracted_article_totals.sql`` as in the pipeline.
"""

import pytest

from tests.core.reading import article_totals as totals


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # a headline drops its articles after a clause word or a claim
        ("Manhunt under way after woman shot outside a laundromat\n\nThe store was closed.", 0, 1),
        ("Sheriff says farmer found dead in a barn\n\nDeputies were called at dawn.", 1, 0),
        # up to two words that describe the person come before the bare noun
        ("Elderly man hurt as stray round enters kitchen\n\nThe house was empty.", 0, 1),
        # a place before the noun may be a report of shots that missed: no reading
        ("Dayton officer shot at during a chase\n\nNobody was hit.", 0, 0),
        # a headline's present tense of "shoot"
        ("Girl shoots herself with an uncle's rifle\n\nThe rifle was later locked away.", 0, 1),
        # the bare noun must be the subject: "police shoot man" has no passive verb after it
        ("Troopers shoot man after a car chase\n\nThe chase began on Route 9.", 0, 0),
    ],
)
def test_headline_bare_subject(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "another" after a death in its own sentence is the one person hit besides the dead
        (
            "Reyes was found in a van, shot twice in the chest. Later Moss shot himself. The "
            "ambush left a driver dead and another with gunshot wounds to the leg.",
            1,
            1,
        ),
        # "a third" after "both died": the two hit were the dead
        (
            "Ana Ruiz, 16, and her cousin Tom Hale, 19, were shot outside a bakery on Elm "
            "Street. The two cousins were rushed to a clinic, where they died. A third cousin "
            "suffered injuries to the arm.",
            2,
            1,
        ),
        # "one man" in the body is one person, as "a man": a second victim is the second
        (
            "Deputies say one man was shot near the pier. A second victim was found nearby "
            "with a gunshot wound.",
            0,
            2,
        ),
        # "another" with no death before it still adds up
        ("A cyclist was shot on Oak Street. Another cyclist was shot on Elm Street.", 0, 2),
    ],
)
def test_one_more_person(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "mother of two": her children are no casualty count
        ("A father of four was killed in the robbery of his shop.", 1, 0),
        ("A grandmother of two was wounded by a stray bullet.", 0, 1),
        # a pronoun before a bare verb did the deed
        ("The robber told the clerk he killed people before.", 0, 0),
        # a place or a distance between "found" and the wound
        ("The victim was found two blocks away with a gunshot wound.", 0, 1),
        ("A teenager was found outside with a gunshot wound to the leg.", 0, 1),
    ],
)
def test_not_the_people_hit_and_found_with_a_wound(body, killed, wounded):
    assert totals(body) == (killed, wounded)
