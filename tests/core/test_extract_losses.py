"""Losses and captives: "killed and wounded" as one casualties figure, the side that lost the
people, people captured, abducted or still held, and who they are.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from tests.core.reading import casualty_claims, top_claims

PUBLISHED = date(2025, 2, 11)

Row = tuple  # (metric, low, high, qualifier, party, subject)


def rows(body: str, title: str | None = None) -> list[Row]:
    found = top_claims(casualty_claims(body, PUBLISHED, title))
    return [(c.metric, c.low, c.high, c.qualifier, c.party, c.subject) for c in found]


# --- losses: both outcomes named together ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the loser, not the side that reports the loss
        (
            "Azerbaijan's defence ministry said Armenia had lost as many as 60 soldiers killed "
            "and wounded in the fighting near the border overnight.",
            ("casualties", None, 60, "up_to", "Armenia", "military"),
        ),
        (
            "Moscow said Ukraine had lost up to 230 servicemen killed and injured on the "
            "southern front in a day.",
            ("casualties", None, 230, "up_to", "Ukraine", "military"),
        ),
        (
            "Nine militiamen were killed or wounded when the convoy hit a mine, a spokesman said.",
            ("casualties", 9, 9, "exact", None, "militant"),
        ),
        (
            "The rebels claimed they had killed or wounded more than 40 government troops in "
            "the raid.",
            ("casualties", 41, None, "more_than", None, "military"),
        ),
        (
            "Some 300 Sudanese soldiers were dead or wounded after the siege, the group said.",
            ("casualties", 300, 300, "about", "Sudan", "military"),
        ),
    ],
)
def test_killed_and_wounded_together_are_one_casualties_figure(body, expected):
    got = rows(body)
    assert expected in got, got
    assert not [r for r in got if r[0] in ("killed", "wounded")], got


def test_lost_alone_stays_a_death_toll():
    assert rows("Hamas lost 40 fighters in the battle for the camp, the army said.") == [
        ("killed", 40, 40, "exact", "Hamas", "militant")
    ]


def test_the_side_that_suffered_the_casualties():
    got = rows(
        "The tally includes 840 casualties that Ethiopian forces suffered over the past week, "
        "the rebels said."
    )
    assert ("casualties", 840, 840, "exact", "Ethiopia", "military") in got


def test_nobody_harmed_is_a_zero_of_both_kinds():
    got = rows("The army said no villagers were harmed in the air strike.")
    assert [(m, lo) for m, lo, *_ in got] == [("casualties", 0)]


def test_a_zero_on_one_side():
    got = rows("An army spokesman said there had been no casualties on the Kenyan side.")
    assert got == [("casualties", 0, 0, "exact", "Kenya", "unspecified")]


# --- captured --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The insurgents overran the outpost on Tuesday, capturing 31 soldiers and a "
            "dozen trucks, a commander said.",
            ("captured", 31, 31, "exact", None, "military"),
        ),
        (
            "Moscow said its units had taken 23 Ukrainian marines prisoner near the river.",
            ("captured", 23, 23, "exact", "Ukraine", "military"),
        ),
        (
            "Officials believe 48 fishermen remain in captivity somewhere in the delta.",
            ("captured", 48, 48, "exact", None, "civilian"),
        ),
        (
            # (custody is no hint word on its own: it is read with the casualty word beside it)
            "Kyiv says about 6,000 Ukrainians remain in Russian custody and 900 are missing.",
            ("captured", 6000, 6000, "about", "Ukraine", "unspecified"),
        ),
    ],
)
def test_people_captured_or_still_held(body, expected):
    got = rows(body)
    assert expected in got, got


def test_a_headline_verb_of_capture():
    got = rows("The town fell after two days of fighting.", title="Rebels capture 35 soldiers")
    assert [(m, lo) for m, lo, *_ in got] == [("captured", 35)]
    got = rows("Gunmen struck a village at dawn.", title="Gunmen abduct 19 in Katsina raid")
    assert [(m, lo) for m, lo, *_ in got] == [("captured", 19)]


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen abducted 38 people from a village in the north-west, residents said.",
        "Bandits kidnapped 12 others on the highway on Sunday.",
        "At least 14 people were taken hostage by armed men near the border.",
    ],
)
def test_people_abducted_with_no_other_word_are_civilians(body):
    (row,) = [r for r in rows(body) if r[0] == "captured"]
    assert row[5] == "civilian"


def test_soldiers_abducted_stay_soldiers():
    (row,) = rows("Militants abducted nine soldiers from a checkpoint, the army said.")
    assert row[0::5] == ("captured", "military")


@pytest.mark.parametrize(
    "body",
    [
        "He remains in custody without bail, the sheriff said.",
        "Two suspects remain in custody after the robbery.",
        "Two people are in custody, police said.",
    ],
)
def test_an_arrest_is_no_capture(body):
    assert not [r for r in rows(body) if r[0] == "captured"]


def test_the_crew_of_a_seized_ship_held_in_detention():
    got = rows("The 17 sailors of the seized tanker remain in detention in the port.")
    assert [(m, lo) for m, lo, *_ in got] == [("captured", 17)]
