"""Harm that is no casualty of the shooting (a self-inflicted fall, a near miss, a charge's
name), people a sentence names without a count or a kill verb, a shooter's death told before
his victim's, and other incidents or stories beside the reported one, judged by the article
totals (killed, wounded).

Every sentence here was written for this file; none comes from the seeds or the dev sets.
The totals go through ``warehouse/sql/extracted_article_totals.sql`` as in the pipeline.
"""

import pytest

from tests.core.reading import article_totals as totals


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # hurt by his own doing: no casualty
        ("The farmhand injured himself when his tractor overturned in a ditch.", 0, 0),
        (
            "Relatives phoned the sheriff because the boy had injured himself and was raving. "
            "A deputy later shot the boy in the yard, and he died.",
            1,
            0,
        ),
        # a gun did it: still a wounding
        ("A hunter shot and injured himself while climbing into a tree stand.", 0, 1),
    ],
)
def test_self_inflicted_harm_that_is_no_shooting(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # one article for two people
        ("Firefighters discovered a man and woman deceased in the cabin on Oak Ridge.", 2, 0),
        ("A boy and girl were wounded when rounds pierced the duplex wall.", 0, 2),
        # "both" right after two dead are those dead: their wounds are how they died
        (
            "Two brothers were found dead in a pickup by a hiker. Both had suffered one "
            "gunshot wound to the chest.",
            2,
            0,
        ),
    ],
)
def test_people_named_together_and_the_wounds_of_the_dead(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the victim dies after the shooter's own death is told
        (
            "A nurse was shot at a strip mall in Renton. Police found the gunman dead of "
            "a self-inflicted gunshot wound behind the store. The nurse died of her injuries "
            "late that night.",
            2,
            0,
        ),
        (
            "A clerk was shot inside the depot. The gunman then turned the gun on himself. "
            "Hours later, Lorna Pike died at the county hospital.",
            2,
            0,
        ),
        # nobody he shot dies: they are the wounded
        (
            "A clerk was shot inside the depot. The gunman then turned the gun on himself. "
            "He died at the scene.",
            1,
            1,
        ),
    ],
)
def test_a_victim_who_dies_after_the_shooter(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the name of a crime in a list of a killing's charges
        (
            "Gomez was shot dead in her kitchen. Her ex-husband was charged with murder, "
            "burglary and injuring a child's parent, prosecutors said.",
            1,
            0,
        ),
        # outside the list, the deed is a wounding
        ("Tate was charged with murder after injuring a guard in the jail yard.", 0, 1),
    ],
)
def test_a_wounding_named_among_murder_charges(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # a near miss
        (
            "A deputy was hurt by broken glass. The sergeant said the slug passed within "
            "inches of possibly killing her.",
            0,
            1,
        ),
        # a subject pronoun after "and" opens a clause: one person, not two
        ("Shards from the windshield injured him and he stopped the cruiser.", 0, 1),
    ],
)
def test_near_misses_and_a_clause_after_and(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the corner's "and" joins two streets
        (
            "A teen was shot and badly hurt near the school. A second victim was found at "
            "Birch and Ninth streets with one gunshot wound in the hip.",
            0,
            2,
        ),
        # a street's name is no person
        ("A cyclist was found at Alder Avenue and Lake Road with a gunshot wound.", 0, 1),
    ],
)
def test_a_street_corner_between_the_victim_and_the_wound(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the first incident of a series is another incident
        (
            "A cook was shot in the arm behind a diner on Friday. Leaders will meet about "
            "the spate of shootings, which began on May 9 with the killing of a 40-year-old "
            "man at a bus stop.",
            0,
            1,
        ),
        # the one before an incident ranked in a series
        (
            "A courier was wounded on Pine Road. It was the third drive-by shooting in the "
            "county Sunday. Earlier, a mechanic and his son were shot dead at a garage.",
            0,
            1,
        ),
    ],
)
def test_other_incidents_of_a_series(body, killed, wounded):
    assert totals(body) == (killed, wounded)


def test_a_teaser_cut_short_before_the_dateline_is_background():
    body = (
        "Local news\n"
        "DALTON, Ga. (AP) — A jury will weigh the case of a coach accused of killing his "
        "brother in 2011. Jurors… ASHBY, Minn. — Officers answered a call about a rifle "
        "that went off in a garage. Nobody was hurt."
    )
    assert totals(body) == (0, 0)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "shooting" with its victim, after "of", "after", "for"
        (
            "A 20-year-old woman accused of shooting a 31-year-old man in the thigh is now "
            "in jail.",
            0,
            1,
        ),
        ("Deputies arrested a roofer for shooting his neighbor.", 0, 1),
        # shots at someone may hit no one
        ("A trucker was jailed, accused of shooting at a state trooper on Route 4.", 0, 0),
    ],
)
def test_a_shooting_done_to_someone(body, killed, wounded):
    assert totals(body) == (killed, wounded)
