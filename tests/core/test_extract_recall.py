"""Figures stated plainly that the extractor used to miss (recall on conflict news).

Every sentence here was written for this file; none comes from the probe or the dev sets.
"""

from datetime import date

import pytest

from tests.core.reading import article_totals as totals
from tests.core.reading import casualty_claims, readers

claims, one, by_low = readers(date(2024, 6, 4))


def figures(body: str, title: str | None = None) -> set[tuple]:
    return {
        (c.metric, c.low, c.high, c.qualifier)
        for c in claims(body, title=title)
        if c.parent_claim_id is None
    }


# --- people counted alive and hurt are the wounded ---------------------------------------


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("A mortar hit the market, killing a vendor. Eleven people were taken to hospital.", 11),
        ("After the blast, 14 residents were rushed to a hospital in the city, police said.", 14),
        ("Seven villagers remain in a critical condition after the raid.", 7),
        ("Five soldiers were in serious condition after the ambush, the army said.", 5),
        ("Three more guards sustained minor injuries in the assault.", 3),
        ("Two constables suffered gunshot injuries and are being treated.", 2),
    ],
)
def test_hurt_alive_counts_as_wounded(body, low):
    got = [c for c in top(body) if c.low == low]
    assert [c.metric for c in got] == ["wounded"]


def top(body: str):
    return [c for c in claims(body) if c.parent_claim_id is None]


def test_hospital_and_the_dead_are_not_taken_from_each_other():
    body = (
        "A drone struck a bus near the border, killing the driver and three passengers. "
        "Eight people were taken to hospital, the governor said."
    )
    assert totals(body) == (4, 8)


def test_one_person_taken_to_hospital_stays_hit():
    # a single victim "taken to hospital" often dies later in the story: still one person
    body = "A man was shot on Main Street. He was taken to a hospital, where he died."
    assert totals(body) == (1, 0)


def test_fatal_injuries_are_deaths():
    assert figures("Four miners sustained fatal injuries in the blast.") == {
        ("killed", 4, 4, "exact")
    }


def test_how_badly_after_a_comma_is_a_part():
    got = claims("The strike wounded 23 people, four of them in critical condition.")
    by = {c.low: c for c in got}
    assert by[23].metric == "wounded" and by[23].parent_claim_id is None
    assert by[4].parent_claim_id == by[23].claim_id


# --- hedges ---------------------------------------------------------------------------------


def test_nearly_before_a_count_is_no_near_miss():
    assert ("wounded", 81, 89, "almost") in figures(
        "Twelve people were killed and nearly 90 wounded in the shelling."
    )
    assert figures("A sniper nearly killed two medics.") == set()


def test_headline_bare_figure_takes_the_body_hedge():
    got = figures(
        "Drone strike on convoy kills 18\n\nAt least 18 people were killed when drones hit "
        "a convoy near the river, officials said."
    )
    assert got == {("killed", 18, None, "at_least")}


def test_headline_rounding_still_joins_the_body_figure():
    got = figures(
        "More than 20 villagers killed in raid\n\nTwenty-three villagers were killed in a raid on "
        "Tuesday, officials said."
    )
    assert got == {("killed", 23, 23, "exact")}


@pytest.mark.parametrize(
    "body",
    [
        # the headline's people are unnamed, the body's are civilians
        "Drone strike kills 14 in Kharkiv\n\nA drone strike killed 14 civilians in Kharkiv on "
        "Friday, the mayor said.",
        "Rocket fire kills at least 9 in Kiryat Shmona\n\nRocket fire killed at least nine "
        "farmers near Kiryat Shmona on Sunday, local officials said.",
    ],
)
def test_a_headline_figure_with_fewer_words_is_the_bodys_figure(body):
    found = casualty_claims(body)
    assert [c.subject for c in found] == ["civilian"], [(c.low, c.subject) for c in found]


def test_body_hedge_and_later_figure_are_two_claims():
    body = (
        "At least 15 people were killed in the shelling of the town, medics said.\n\n"
        "The health office later put the toll at 19."
    )
    assert {("killed", 15, None, "at_least"), ("killed", 19, 19, "exact")} <= figures(body)


def test_vague_count_is_not_swallowed_by_an_exact_one():
    body = (
        "Shells hit the square, killing six people and injuring dozens more, officials said.\n\n"
        "By evening the number of injured had reached 41."
    )
    got = figures(body)
    assert ("wounded", 24, None, "vague") in got and ("wounded", 41, 41, "exact") in got
    assert totals(body) == (6, 41)


# --- two nouns under one count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("More than 40 soldiers and civilians have been killed, officials said.", 41),
        ("Officials said 9 police officers and soldiers were killed in the ambush.", 9),
        ("Dozens of Sudanese troops and allied militiamen were killed in the fighting.", 24),
    ],
)
def test_two_person_nouns_share_one_count(body, low):
    got = [c for c in top(body) if c.metric == "killed"]
    assert [c.low for c in got] == [low]


def test_a_man_and_woman_are_not_one_person():
    # two single people: not read as one count of one
    assert all(c.low != 1 for c in claims("A man and woman were shot dead late on Friday."))


def test_more_person_nouns():
    assert one("The gang killed a 45-year-old vigilante, residents said.").low == 1
    assert one("Four signatories of the accord were killed last week.").low == 4


# --- a toll that changes --------------------------------------------------------------------


def test_toll_rising_from_one_value_to_another():
    got = figures("The death toll climbed from 17 on Monday to 25 by Tuesday evening.")
    assert got == {("killed", 17, 17, "exact"), ("killed", 25, 25, "exact")}
    got = figures("The death toll has risen from 8 to 13, the ministry said.")
    assert got == {("killed", 8, 8, "exact"), ("killed", 13, 13, "exact")}


def test_between_is_still_a_range():
    assert figures("Between 6 and 9 people were killed.") == {("killed", 6, 9, "about")}


def test_up_from_an_earlier_value():
    got = figures("The floods and clashes have killed 52 people, up from 38 a day earlier.")
    assert got == {("killed", 52, 52, "exact"), ("killed", 38, 38, "exact")}
    assert totals("The clashes have killed 52 people, up from 38 a day earlier.") == (52, 0)


@pytest.mark.parametrize(
    ("body", "metric", "low"),
    [
        ("Another 12 people are receiving treatment at the district hospital.", "wounded", 12),
        ("Officials said dozens of people were still being treated in the town.", "wounded", 24),
        ("A porter was also injured in the encounter.", "wounded", 1),
        ("Two seafarers were killed when the missile hit the ship.", "killed", 2),
    ],
)
def test_more_words_for_the_hurt_and_for_people(body, metric, low):
    assert (metric, low) in {(c.metric, c.low) for c in claims(body)}


# --- missing under rubble, tolls in lives, reduced relatives, kinds of people ---------------


@pytest.mark.parametrize(
    ("body", "metric", "low", "high"),
    [
        (
            "Crews dug for some 12 residents believed trapped beneath the debris of the school.",
            "missing",
            12,
            12,
        ),
        ("Up to 30 people are still buried under the ruins of the market.", "missing", None, 30),
        (
            "The separatist revolt has claimed at least 9,000 lives since 2004.",
            "killed",
            9000,
            None,
        ),
        ("The border war cost about 70,000 lives.", "killed", 70000, 70000),
        ("Three medics working at the clinic were wounded by shelling.", "wounded", 3, 3),
        (
            "Four peacekeepers serving with the Joint Border Observation Force were injured.",
            "wounded",
            4,
            4,
        ),
    ],
)
def test_more_ways_a_figure_is_stated(body, metric, low, high):
    assert any((c.metric, c.low, c.high) == (metric, low, high) for c in claims(body))


def test_lives_that_were_saved_are_no_toll():
    assert claims("The coast guard claimed 40 lives were saved by the new boats.") == []


@pytest.mark.parametrize(
    ("body", "low", "subject"),
    [
        (
            "Militiamen ambushed the convoy and killed 9 members of the security forces.",
            9,
            "military",
        ),
        ("The army said it had killed six of the cell's operatives near the river.", 6, "militant"),
        ("Three Indonesian seafarers were among the dead, the agency said.", 3, "civilian"),
    ],
)
def test_the_noun_says_the_kind_of_people(body, low, subject):
    (c,) = [c for c in claims(body) if c.low == low and c.parent_claim_id is None]
    assert c.subject == subject


def test_a_part_is_of_the_people_its_whole_names():
    got = claims("Eighteen gendarmes were wounded in the ambush, five of them seriously.")
    assert {(c.low, c.subject) for c in got} == {(18, "military"), (5, "military")}


def test_the_crew_of_a_merchant_ship_are_civilians():
    body = (
        "A drone hit a Panama-flagged tanker off the coast on Friday, killing four crew members."
        "\n\nThe navy said two crew members of its patrol boat were hurt in a separate attack."
    )
    subj = {c.low: c.subject for c in claims(body)}
    assert subj[4] == "civilian"
    assert claims("Five crew members of the frigate were wounded, the navy said.")[0].subject == (
        "military"
    )


def test_a_verb_before_a_hedge_with_an_adverb_still_holds_the_count():
    found = casualty_claims("The insurgency has killed well over 9,000 people since 2016.")
    assert [(c.metric, c.low, c.qualifier) for c in found] == [("killed", 9001, "more_than")]


@pytest.mark.parametrize(
    "body",
    [
        "Not a single soldier from the outpost was killed in the raid, the army said.",
        "Not one civilian was hurt when the shell hit the square.",
    ],
)
def test_not_a_single_person_is_a_zero(body):
    found = casualty_claims(body)
    assert [(c.low, c.high) for c in found] == [(0, 0)]


def test_a_side_named_in_capitals_is_no_one_person():
    found = casualty_claims("Eleven members of the Revolutionary Guards were killed in the raid.")
    assert [(c.low, c.party) for c in found] == [(11, "Iran")]
