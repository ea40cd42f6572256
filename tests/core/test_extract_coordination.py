"""Coordinated figures, left-out nouns, unconfirmed deaths, ranges, losers, running tolls,
headline shorthand and partitives ("five of the 34").

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from pipeline.core.extract import extract
from pipeline.core.model import Article
from pipeline.core.numbers import find_quantities
from tests.core.reading import casualty_claims

PUBLISHED = date(2024, 6, 20)

Row = tuple  # (metric, low, high, qualifier, party, subject)


def rows(body: str) -> list[Row]:
    """Every claim of a one-paragraph article, as (metric, low, high, qualifier, party,
    subject)."""
    ex = extract(Article(article_id="t", body=body, published_on=PUBLISHED))
    return [(c.metric, c.low, c.high, c.qualifier, c.party, c.subject) for c in ex.claims]


def claims(body: str):
    return extract(Article(article_id="t", body=body, published_on=PUBLISHED)).claims


def check(body: str, expected: list[Row]) -> None:
    got = rows(body)
    for row in expected:
        assert row in got, f"{row} not in {got}"


# --- 1. "killed X and wounded Y": the second verb of an active coordination ------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Rebel officials said a Saudi-led air raid killed 12 people and wounded 37 in "
            "the port city of Hodeidah.",
            [
                ("killed", 12, 12, "exact", "Yemen", "unspecified"),
                ("wounded", 37, 37, "exact", "Yemen", "unspecified"),
            ],
        ),
        (
            "Russian drones killed three civilians and injured nine in the Sumy region "
            "overnight, the regional governor said.",
            [
                ("killed", 3, 3, "exact", "Ukraine", "civilian"),
                ("wounded", 9, 9, "exact", "Ukraine", "civilian"),
            ],
        ),
        (
            "A strike on a school killed 22 people, including eight children, and wounded "
            "dozens more, rescuers said.",
            [
                ("killed", 22, 22, "exact", None, "unspecified"),
                ("wounded", 24, None, "vague", None, "unspecified"),
            ],
        ),
        (
            "The car bomb killed at least 14 people and wounded more than 40, police said.",
            [
                ("killed", 14, None, "at_least", None, "unspecified"),
                ("wounded", 41, None, "more_than", None, "unspecified"),
            ],
        ),
        (
            "Insurgents overran the outpost, killing six soldiers and wounding 11 more.",
            [
                ("killed", 6, 6, "exact", None, "military"),
                ("wounded", 11, 11, "exact", None, "military"),
            ],
        ),
        (
            "Artillery fire killed nearly 30 villagers and injured about 60 others, a "
            "local chief said.",
            [
                ("killed", 27, 29, "almost", None, "civilian"),
                ("wounded", 60, 60, "about", None, "civilian"),
            ],
        ),
        (
            "The double suicide bombing left at least 18 people dead and scores injured.",
            [
                ("killed", 18, None, "at_least", None, "unspecified"),
                ("wounded", 24, None, "vague", None, "unspecified"),
            ],
        ),
        (
            "The blast left 7 dead and 25 wounded, the interior ministry said.",
            [
                ("killed", 7, 7, "exact", None, "unspecified"),
                ("wounded", 25, 25, "exact", None, "unspecified"),
            ],
        ),
        (
            "A landmine killed two Malian soldiers and injured five on the road to Gao.",
            [
                ("killed", 2, 2, "exact", "Mali", "military"),
                ("wounded", 5, 5, "exact", "Mali", "military"),
            ],
        ),
        (
            "The gunmen killed four and injured at least ten at the market.",
            [
                ("killed", 4, 4, "exact", None, "unspecified"),
                ("wounded", 10, None, "at_least", None, "unspecified"),
            ],
        ),
    ],
)
def test_second_active_verb_keeps_its_figure(body, expected):
    check(body, expected)


# --- 2. a left-out noun: the figure before it says who the people are ------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Four border guards were killed and nine injured in the clash.",
            [
                ("killed", 4, 4, "exact", None, "military"),
                ("wounded", 9, 9, "exact", None, "military"),
            ],
        ),
        (
            "Three Nigerian policemen were killed and 11 wounded when bandits stormed the station.",
            [
                ("killed", 3, 3, "exact", "Nigeria", "police"),
                ("wounded", 11, 11, "exact", "Nigeria", "police"),
            ],
        ),
        (
            "Two Ukrainian marines were captured and four are missing, the brigade said.",
            [
                ("captured", 2, 2, "exact", "Ukraine", "military"),
                ("missing", 4, 4, "exact", "Ukraine", "military"),
            ],
        ),
        (
            "Five Syrian soldiers were killed, seven wounded and two are missing after "
            "the ambush near Deir ez-Zor.",
            [
                ("killed", 5, 5, "exact", "Syria", "military"),
                ("wounded", 7, 7, "exact", "Syria", "military"),
                ("missing", 2, 2, "exact", "Syria", "military"),
            ],
        ),
        (
            "The defence ministry said nine of its soldiers were killed. It said 31 others "
            "were wounded.",
            [
                ("killed", 9, 9, "exact", None, "military"),
                ("wounded", 31, 31, "exact", None, "military"),
            ],
        ),
        (
            "Bandits killed 15 farmers in Katsina state, officials said, adding that 40 "
            "others were abducted.",
            [
                ("killed", 15, 15, "exact", "Nigeria", "civilian"),
                ("captured", 40, 40, "exact", "Nigeria", "civilian"),
            ],
        ),
        (
            "Two Indian soldiers were killed in the shelling. Six others were wounded, "
            "the army said.",
            [
                ("killed", 2, 2, "exact", "India", "military"),
                ("wounded", 6, 6, "exact", "India", "military"),
            ],
        ),
        (
            # the speaker's own strike: the wounded are not its people either
            "The army said it had killed 60 insurgents and wounded 90 in the offensive.",
            [
                ("killed", 60, 60, "exact", None, "militant"),
                ("wounded", 90, 90, "exact", None, "militant"),
            ],
        ),
    ],
)
def test_left_out_noun_inherits_subject_and_party(body, expected):
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another side named in between: the three are not Palestinians
        (
            "Israeli strikes killed 20 Palestinians, and Hezbollah rockets wounded three.",
            ("wounded", 3, 3, "exact", None, "unspecified"),
        ),
        # one person before a bare count: the count is not "three soldiers"
        (
            "A soldier was killed and three were wounded in the attack.",
            ("wounded", 3, 3, "exact", None, "unspecified"),
        ),
        # a bare count in the next sentence does not look back
        (
            "Two Ukrainian soldiers were killed, the ministry said. Five were wounded.",
            ("wounded", 5, 5, "exact", None, "unspecified"),
        ),
        # a noun of its own
        (
            "Two soldiers were killed and five civilians were wounded.",
            ("wounded", 5, 5, "exact", None, "civilian"),
        ),
    ],
)
def test_left_out_noun_guards(body, expected):
    check(body, [expected])


# --- 3. deaths feared, presumed or believed -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Between 12 and 20 soldiers were feared dead after the column was ambushed.",
            ("killed", 12, 20, "vague", None, "military"),
        ),
        (
            "Forty miners are feared dead after the tunnel collapsed.",
            ("killed", 40, 40, "vague", None, "civilian"),
        ),
        (
            "25 feared dead in Darfur village raid",
            ("killed", 25, 25, "vague", "Sudan", "unspecified"),
        ),
        (
            "Eight fishermen were presumed dead after the drone hit their boat.",
            ("killed", 8, 8, "vague", None, "civilian"),
        ),
        (
            "Three hostages are believed to be dead, the army said.",
            ("killed", 3, 3, "vague", None, "civilian"),
        ),
        (
            "Around 70 people were thought to have died in the fire.",
            ("killed", 70, 70, "vague", None, "unspecified"),
        ),
        (
            "Nine crew members are feared to have been killed.",
            ("killed", 9, 9, "vague", None, "military"),
        ),
        # already hedged: the hedge stays
        (
            "At least 50 people are believed to have been killed in the raid.",
            ("killed", 50, None, "at_least", None, "unspecified"),
        ),
    ],
)
def test_unconfirmed_deaths_are_hedged_kills(body, expected):
    check(body, [expected])


@pytest.mark.parametrize(
    "body",
    [
        "Residents feared that 20 people would be killed.",
        "Aid groups feared 300 civilians could be killed if the assault went ahead.",
    ],
)
def test_fear_of_deaths_is_no_claim(body):
    assert [c for c in claims(body) if c.metric == "killed"] == []


# --- 4. ranges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Between 30 and 45 people were killed in the raid.",
            ("killed", 30, 45, "about", None, "unspecified"),
        ),
        ("Rebels killed 8 to 12 soldiers on Sunday.", ("killed", 8, 12, "about", None, "military")),
        (
            "The shelling killed 5-9 civilians, residents said.",
            ("killed", 5, 9, "about", None, "civilian"),
        ),
        (
            "Between 100 and 150 fighters were wounded, the group said.",
            ("wounded", 100, 150, "about", None, "militant"),
        ),
    ],
)
def test_ranges_keep_both_ends(body, expected):
    check(body, [expected])


# --- 5. the side that lost people, not the one reporting it ----------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia's defence ministry said Ukraine had lost up to 310 servicemen over the "
            "past day.",
            ("killed", None, 310, "up_to", "Ukraine", "military"),
        ),
        (
            "Ukraine lost 95 servicemen near Avdiivka, Moscow said.",
            ("killed", 95, 95, "exact", "Ukraine", "military"),
        ),
        (
            "Israel's army said Hamas lost 40 fighters in the battle for the camp.",
            ("killed", 40, 40, "exact", "Hamas", "militant"),
        ),
        (
            "Kyiv's general staff said Russian forces had lost about 1,100 soldiers in a day.",
            ("killed", 1100, 1100, "about", "Russia", "military"),
        ),
        (
            "Azerbaijan's ministry said Armenia lost 150 troops.",
            ("killed", 150, 150, "exact", "Armenia", "military"),
        ),
        # the speaker's own losses
        (
            "Israel's military said it had lost 9 soldiers in the fighting.",
            ("killed", 9, 9, "exact", "Israel", "military"),
        ),
    ],
)
def test_loser_is_the_party(body, expected):
    check(body, [expected])


# --- 6. running tolls -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected", "background"),
    [
        (
            "Two soldiers died in clashes on Monday, the army said, bringing to 310 the "
            "number of troops killed since the ground offensive began.",
            ("killed", 310, 310, "exact", None, "military"),
            True,  # the whole campaign's toll (the day's two stay the article's own)
        ),
        (
            "The shelling raised to 64 the number of civilians killed in the city this week.",
            ("killed", 64, 64, "exact", None, "civilian"),
            False,
        ),
        (
            "The raid brings the total number of people killed in the province since March "
            "to more than 2,000.",
            ("killed", 2001, None, "more_than", None, "unspecified"),
            False,
        ),
        (
            "A wounded policeman died overnight, raising the death toll to 27.",
            ("killed", 27, 27, "exact", None, "unspecified"),
            False,
        ),
        (
            "Renewed air strikes pushed the overall toll past 450.",
            ("killed", 451, None, "more_than", None, "unspecified"),
            False,
        ),
        (
            "The death toll from the flooding topped 1,200 on Friday.",
            ("killed", 1201, None, "more_than", None, "unspecified"),
            False,
        ),
        (
            "The number of soldiers wounded rose to 140, the ministry said.",
            ("wounded", 140, 140, "exact", None, "military"),
            False,
        ),
        # a toll since the war began stays background (the existing rule)
        (
            "The strike brought the number of Palestinians killed since the war began to 35,000.",
            ("killed", 35000, 35000, "exact", "Palestine", "unspecified"),
            True,
        ),
    ],
)
def test_running_tolls(body, expected, background):
    found = [c for c in claims(body) if (c.metric, c.low, c.high, c.qualifier) == expected[:4]]
    assert found, rows(body)
    c = found[0]
    assert (c.party, c.subject) == expected[4:]
    assert c.is_background is background


# --- 7. headline shorthand ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "4 killed, 15 injured in Odesa missile strike",
            [
                ("killed", 4, 4, "exact", "Ukraine", "unspecified"),
                ("wounded", 15, 15, "exact", "Ukraine", "unspecified"),
            ],
        ),
        (
            "Death toll rises to 52 in Khartoum market shelling",
            [("killed", 52, 52, "exact", "Sudan", "unspecified")],
        ),
        (
            "Air strike kills 9, wounds 23 in Rafah",
            [
                ("killed", 9, 9, "exact", "Palestine", "unspecified"),
                ("wounded", 23, 23, "exact", "Palestine", "unspecified"),
            ],
        ),
        (
            "Drone attack kills one, injures three more in Kherson",
            [
                ("killed", 1, 1, "exact", "Ukraine", "unspecified"),
                ("wounded", 3, 3, "exact", "Ukraine", "unspecified"),
            ],
        ),
        (
            "At least 11 dead as gunmen storm hotel in Mogadishu",
            [("killed", 11, None, "at_least", "Somalia", "unspecified")],
        ),
        (
            "3 soldiers dead, 6 hurt in rebel ambush",
            [
                ("killed", 3, 3, "exact", None, "military"),
                ("wounded", 6, 6, "exact", None, "military"),
            ],
        ),
    ],
)
def test_headline_shorthand(body, expected):
    check(body, expected)


# --- 8. partitives --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine's air force said it had destroyed 41 of 47 drones launched overnight.",
        "Air defences shot down 25 of the 31 missiles, the army said.",
    ],
)
def test_shot_down_drones_are_no_casualties(body):
    assert claims(body) == []


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        (
            "Six of the 38 passengers were killed when the bus was hit.",
            ("killed", 6, 6, "exact", None, "civilian"),
            38,
        ),
        (
            "At least 4 of the 15 soldiers were killed.",
            ("killed", 4, None, "at_least", None, "military"),
            15,
        ),
        (
            "Two of its 12 crew members were wounded, the navy said.",
            ("wounded", 2, 2, "exact", None, "military"),
            12,
        ),
        # a participle after the whole describes the whole: two were killed
        (
            "Ali Hassan, 30, one of two men fatally shot outside the checkpoint, was buried today.",
            ("killed", 2, 2, "exact", None, "unspecified"),
            1,
        ),
    ],
)
def test_partitive_counts_the_part(body, expected, absent):
    got = rows(body)
    assert expected in got, got
    assert all(r[1] != absent for r in got), got


# --- numbers: "in" is a preposition, not inches ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("wounded 41 in the capital", [41]),
        ("injured five in the Kherson region", [5]),
        ("a 6 in. blade", []),
        ("a 4 in x 6 in. photo", []),
    ],
)
def test_in_is_not_inches(text, values):
    assert [q.low for q in find_quantities(text)] == values


def test_the_first_of_two_objects_may_end_in_a_place():
    # "killed A in X and B": the second count shares the verb
    found = claims("The 2006 war killed about 1,100 people in Lebanon and 160 Israelis.")
    assert {1100, 160} <= {c.low for c in found if c.metric == "killed"}


def test_a_count_right_after_its_verb_is_not_the_next_passives_subject() -> None:
    found = casualty_claims(
        '"We lost nine of our men and 12 others were injured," the commander said.'
    )
    assert sorted((c.metric, c.low) for c in found) == [("killed", 9), ("wounded", 12)]
