"""Extractor 0.5.0: classes of errors found by reading the dev-set misses by hand.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
The totals go through ``warehouse/sql/extracted_article_totals.sql`` as in the pipeline.
"""

from datetime import date

import pytest

from tests.core.reading import article_totals as totals


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # care for someone who was not hurt is no casualty
        ("The driver was transported to a hospital for a medical evaluation, then jailed.", 0, 0),
        ("The arrested woman was taken to the hospital for medical clearance.", 0, 0),
        ("Both guards were taken to a clinic as a precaution, officials said.", 0, 0),
        ("Six residents were treated for shock after the drone struck the depot.", 0, 0),
        ("Four people were treated for anxiety at the scene.", 0, 0),
        ("The pilot was brought to a hospital to be checked, the army said.", 0, 0),
        # ... while care for a wound still counts
        ("Two farmers were taken to hospital with shrapnel wounds.", 0, 2),
        ("The guard was treated for a bullet wound in his arm.", 0, 1),
    ],
)
def test_precautionary_care_is_not_a_casualty(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the dead are some of the people hit
        ("Three shepherds were shot, one fatally.", 1, 2),
        ("Two medics were shot near the river, one of them fatally.", 1, 1),
        ("Four sailors were wounded in the raid, one of whom later died.", 1, 3),
        ("Five guards were wounded at the gate. One of them died in hospital.", 1, 4),
        ("Six soldiers were wounded; two of them died overnight.", 2, 4),
        # not a death
        ("Three workers were wounded, two of them seriously.", 0, 3),
        # the article's own larger death toll already holds them
        ("Nine miners were killed and 14 wounded; one of them died later.", 9, 14),
    ],
)
def test_dead_among_the_hurt_are_not_counted_twice(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "others" hit besides the dead are the wounded, not hit-killed-or-not
        ("Two herders were killed and three others were shot.", 2, 3),
        ("Raiders killed two traders. Four other traders were shot and taken to a clinic.", 2, 4),
        ("A fisherman was killed and two others were rushed to hospital.", 1, 2),
        # a plain "shot" figure still holds its dead
        ("Seven pilgrims were shot at the shrine; three died.", 3, 4),
    ],
)
def test_others_besides_the_dead_are_wounded(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "shot at" someone is fired upon, not hit
        ("The sniper fired a shot at the sentry and vanished into the trees.", 0, 0),
        ("A gunman shot at a convoy near the bridge, the ministry said.", 0, 0),
        ("The suspect shot twice at the ranger's truck.", 0, 0),
        # but a count after "shot at least" is people hit
        ("Raiders shot at least four herders near the well.", 0, 4),
        ("A sniper shot a corporal at the checkpoint.", 0, 1),
    ],
)
def test_shot_at_is_not_a_hit(body, killed, wounded):
    assert totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # an age standing for the person
        ("A 16-year-old was wounded when the shell landed.", 0, 1),
        ("The 70-year-old was killed in the strike on the bakery.", 1, 0),
        ("Rescuers found a 12-year-old with a bullet wound in his leg.", 0, 1),
        ("A 16-year-old student was wounded in the blast.", 0, 1),
        # a person left hurt or dead by an attack
        ("The raid left a shepherd wounded.", 0, 1),
        ("The blast left a clerk dead.", 1, 0),
        ("A border police officer was hurt in the exchange of fire.", 0, 1),
        # one dead and one more hurt
        ("The ambush left one ranger dead and another with serious injuries.", 1, 1),
        ("The shelling killed one nurse and left another in critical condition.", 1, 1),
        # a place before "with injuries" is no person
        ("The boy was found in Riverton with critical injuries.", 0, 1),
    ],
)
def test_people_without_a_person_noun(body, killed, wounded):
    assert totals(body) == (killed, wounded)


def test_rank_in_a_series_is_not_one_more_person():
    body = (
        "A gunman fatally shot a customs officer at the crossing. "
        "She was the fourth customs officer to be fatally shot this year."
    )
    assert totals(body) == (1, 0)


def test_appositive_then_relative_clause():
    body = "The brother of Ivo Marsh, 44, who was shot and killed at the farm, spoke to reporters."
    assert totals(body) == (1, 0)


def test_more_people_of_a_recalled_event_are_background():
    body = (
        "A drone struck the market on Tuesday, killing two vendors.\n\n"
        "In the 2011 war, 300 people were killed in the town. Another 900 were wounded."
    )
    assert totals(body, date(2024, 5, 1)) == (2, 0)


def test_more_people_now_are_not_background():
    body = (
        "In the 2011 war, 300 people were killed in the town.\n\n"
        "On Tuesday three other vendors were wounded by a drone."
    )
    assert totals(body, date(2024, 5, 1)) == (0, 3)
