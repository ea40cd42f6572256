"""What was counted and how many: number words, captives, tolls, breakdowns, background.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from pipeline.core.numbers import find_quantities
from tests.core.reading import casualty_claims, top_claims

PUBLISHED = date(2024, 3, 14)


def claims(body: str):
    return casualty_claims(body, PUBLISHED)


def tops(body: str):
    return top_claims(claims(body))


def summary(body: str):
    return sorted((c.metric, c.low, c.high, c.qualifier) for c in tops(body))


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Half a dozen marines were hurt", 6),
        ("about half a dozen villagers", 6),
        ("half a million people fled", 500_000),
        ("a dozen guards", 12),
        ("a million refugees", 1_000_000),
    ],
)
def test_half_a_dozen_and_half_a_million(text, value):
    assert [q.low for q in find_quantities(text)] == [value]


def test_half_a_dozen_is_read_as_a_casualty_count():
    assert summary("Half a dozen police officers were wounded in the grenade attack.") == [
        ("wounded", 6, 6, "exact")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "roughly one in four of the victims were women",
        "One in every ten of the displaced is a child",
        "1 in 3 of those wounded needed surgery",
    ],
)
def test_a_proportion_is_no_count(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("One in Mosul was killed", [1]),
        ("gunmen killed 1 in 2 attacks", [1, 2]),
        ("killed 4 in 2 villages", [4, 2]),
    ],
)
def test_one_in_a_place_stays_a_count(text, values):
    assert [q.low for q in find_quantities(text)] == values


def test_a_proportion_sentence_yields_no_claim():
    assert tops("About one in three of the people killed in Kharkiv were pensioners.") == []


# --- captives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "low", "qualifier"),
    [
        ("Bandits took 31 travellers hostage on the Abuja-Kaduna road, police said.", 31, "exact"),
        ("Insurgents seized 18 farmers as hostages near Maiduguri.", 18, "exact"),
        (
            "The rebels took at least 25 soldiers prisoner when they overran the camp.",
            25,
            "at_least",
        ),
        ("Militants took about 40 herders captive in the raid, elders said.", 40, "about"),
        ("Nine sailors were detained as prisoners of war, the navy said.", 9, "exact"),
    ],
)
def test_taking_people_hostage_or_prisoner_is_a_capture(body, low, qualifier):
    (c,) = tops(body)
    assert (c.metric, c.low, c.qualifier) == ("captured", low, qualifier)


@pytest.mark.parametrize(
    "body",
    [
        "The army took control of 4 villages and seized 30 rifles.",
        "Police took 12 suspects to the station for questioning.",
    ],
)
def test_taking_things_or_places_is_no_capture(body):
    assert not [c for c in claims(body) if c.metric == "captured"]


@pytest.mark.parametrize(
    "body",
    [
        "Kyiv brought home 88 soldiers who had been held as prisoners in Russia.",
        "Troops freed 36 villagers who had been held captive by the militia, officials said.",
        "The two sides exchanged 110 prisoners of war on Friday.",
        "Moscow and Kyiv swapped 64 prisoners each under a deal brokered by Qatar.",
        "Police rescued 14 kidnapped passengers from a forest hideout.",
    ],
)
def test_a_release_or_swap_reports_no_new_capture(body):
    assert not [c for c in claims(body) if c.metric == "captured"]


def test_a_kidnapping_is_still_a_capture():
    assert summary("Gunmen kidnapped 14 passengers from a bus in Zamfara.") == [
        ("captured", 14, 14, "exact")
    ]


# --- headlines in the plural present --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Israeli strikes kill 33 in central Gaza", [("killed", 33, 33, "exact")]),
        ("Drone attacks kill at least nine in Sumy", [("killed", 9, None, "at_least")]),
        (
            "Jihadists kill 20, wound 14 in Burkina Faso raid",
            [("killed", 20, 20, "exact"), ("wounded", 14, 14, "exact")],
        ),
        ("Blasts injure 17 at Quetta market", [("wounded", 17, 17, "exact")]),
    ],
)
def test_plural_present_headline_verbs(body, expected):
    assert summary(body) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        "The device held enough explosive to kill 200 people.",
        "The militants said they would kill 15 hostages unless paid.",
        "Such a strike could kill hundreds of civilians, the agency warned.",
    ],
)
def test_a_plural_present_after_a_modal_or_to_is_not_a_report(body):
    assert not [c for c in tops(body) if c.metric in ("killed", "wounded")]


# --- tolls written with the plain plural ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "metric", "low"),
    [
        ("Fatalities from the ambush reached 27, a hospital official said.", "killed", 27),
        ("Deaths in the flooding of the camp have risen to 16.", "killed", 16),
        ("Casualties from the shelling climbed to 80 on Monday.", "casualties", 80),
        ("Deaths from Tuesday's bombing rose to 51, the ministry said.", "killed", 51),
    ],
)
def test_a_plural_noun_with_a_toll_verb_is_a_toll(body, metric, low):
    (c,) = tops(body)
    assert (c.metric, c.low) == (metric, low)


def test_a_plural_noun_without_a_toll_verb_is_not_a_toll():
    assert tops("Deaths were reported in four villages near the front.") == []


@pytest.mark.parametrize(
    ("body", "low", "subject"),
    [
        ("The monitor has recorded 740 civilian deaths in the province.", 740, "civilian"),
        ("The mission verified more than 3,000 child deaths.", 3001, "civilian"),
    ],
)
def test_a_person_noun_may_qualify_the_death_noun(body, low, subject):
    (c,) = tops(body)
    assert (c.metric, c.low, c.subject) == ("killed", low, subject)


# --- coordination and breakdowns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "total", "parts"),
    [
        ("A shell killed a farmer and his three sons near Zaporizhzhia.", 4, [1, 3]),
        ("The strike killed a nurse and her two daughters in Tyre.", 3, [1, 2]),
        ("A pensioner and his two grandchildren were killed in the attack.", 3, [1, 2]),
        ("Gunmen killed a village chief and five relatives in Benue.", 6, [1, 5]),
    ],
)
def test_a_possessive_second_group_is_added(body, total, parts):
    found = claims(body)
    (top,) = [c for c in found if c.parent_claim_id is None]
    assert (top.metric, top.low) == ("killed", total)
    assert sorted(c.low for c in found if c.parent_claim_id == top.claim_id) == parts


@pytest.mark.parametrize(
    ("body", "total", "part"),
    [
        ("The raid killed 41 people, 17 of them children, medics said.", 41, 17),
        ("Air strikes killed 23 Palestinians, nine of them women.", 23, 9),
        ("At least 30 people were killed, 11 of whom were children.", 30, 11),
        ("Of the 52 dead, 19 were women, the hospital said.", 52, 19),
        ("The shelling killed four members of one family, including two children.", 4, 2),
    ],
)
def test_a_part_after_a_comma_is_a_breakdown(body, total, part):
    found = claims(body)
    (top,) = [c for c in found if c.parent_claim_id is None]
    assert top.low == total
    kids = [c for c in found if c.parent_claim_id == top.claim_id]
    assert [(c.low, c.metric) for c in kids] == [(part, top.metric)]


@pytest.mark.parametrize(
    ("body", "total", "part"),
    [
        ("The blast wounded 25 people, six of them seriously.", 25, 6),
        ("The bombing killed 3 people and wounded 50 others, 12 of them critically.", 50, 12),
    ],
)
def test_how_badly_some_are_hurt_is_a_part_of_the_hurt(body, total, part):
    found = claims(body)
    (hurt,) = [c for c in found if c.parent_claim_id is None and c.low == total]
    kids = [c for c in found if c.parent_claim_id == hurt.claim_id]
    assert [(c.low, c.metric) for c in kids] == [(part, "wounded")]
    assert not [c for c in found if c.low == part and c.parent_claim_id is None]


# --- background -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The war has killed more than 25,000 people, according to the monitor.",
        "Myanmar's civil war has killed at least 5,000 civilians, the group said.",
        "The conflict has uprooted 9 million people and killed tens of thousands.",
        "More than 12,000 Palestinians have been killed in Israel's war on Gaza.",
        "Some 70,000 soldiers have been killed in the nearly three-year war, officials say.",
    ],
)
def test_a_war_running_total_is_background(body):
    found = tops(body)
    assert found and all(c.is_background for c in found)


def test_the_war_total_is_background_but_the_day_strike_is_not():
    found = tops(
        "A strike on a clinic in Deir al-Balah killed 9 people, medics said. "
        "The war has killed more than 30,000 people, the ministry says."
    )
    by_low = {c.low: c.is_background for c in found}
    assert by_low == {9: False, 30001: True}


@pytest.mark.parametrize(
    ("body", "current", "earlier"),
    [
        ("The bombing killed 19 people, the deadliest since a car bomb in May killed 60.", 19, 60),
        (
            "The raid killed 7 soldiers, two years after an ambush killed 40 in the same area.",
            7,
            40,
        ),
        (
            "Gunmen abducted 22 pupils, police said, weeks after 150 students were kidnapped.",
            22,
            150,
        ),
        (
            "The attack killed 14 people. In July, a similar raid killed about 90 people nearby.",
            14,
            90,
        ),
    ],
)
def test_another_event_s_figure_is_background(body, current, earlier):
    by_low = {c.low: c.is_background for c in tops(body)}
    assert by_low[current] is False
    assert by_low[earlier] is True


@pytest.mark.parametrize(
    "body",
    [
        "Twelve people were killed since the attack began at dawn, the governor said.",
        "The strike killed 8 people, the deadliest on the town this month.",
        "Fighting in the war zone killed 6 soldiers on Tuesday.",
    ],
)
def test_the_article_s_own_figure_is_not_background(body):
    found = tops(body)
    assert found and not any(c.is_background for c in found)


# --- zeros ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "There were no immediate reports of casualties.",
        "There was no initial information on injuries, the police said.",
        "There were no immediate reports of deaths after the blast.",
    ],
)
def test_information_not_yet_in_is_no_zero(body):
    assert tops(body) == []


@pytest.mark.parametrize(
    ("body", "metric"),
    [
        ("No casualties were reported, the ministry said.", "casualties"),
        ("There were no reports of injuries, a spokesman said.", "wounded"),
        ("Nobody was killed in the drone attack on the depot.", "killed"),
    ],
)
def test_an_explicit_zero_stays(body, metric):
    assert summary(body) == [(metric, 0, 0, "exact")]


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("The blast killed two people and injured at least 18 overnight.", 18),
        ("Shelling wounded 7 yesterday, the governor said.", 7),
        ("The raids injured 40 last week.", 40),
    ],
)
def test_a_time_word_after_a_bare_count_is_no_noun_of_it(body, low):
    # "injured at least 18 overnight": the count has no noun; "overnight" says when
    assert low in {c.low for c in claims(body) if c.metric == "wounded"}


def test_a_name_inside_the_people_s_description_counts_as_one_word() -> None:
    body = "Three members of the Lomarian Royal Army's border forces were killed overnight."
    assert summary(body) == [("killed", 3, 3, "exact")]


def test_a_toll_that_has_gone_up_to_a_figure_is_that_figure() -> None:
    assert summary("The toll from the raid has gone up to 23, officials said.") == [
        ("killed", 23, 23, "exact")
    ]
    # a hedge still reads as one
    assert summary("Up to 23 people were killed in the raid.") == [("killed", None, 23, "up_to")]


@pytest.mark.parametrize(
    "body",
    [
        "The toll of Shabaab fighters rose to 23 after the raid, the army said.",
        "The number of Shabaab killed in the raid has risen to 23, the army said.",
    ],
)
def test_a_toll_of_an_armed_group_s_people_is_theirs(body: str) -> None:
    (c,) = tops(body)
    assert (c.low, c.party, c.subject) == (23, "al-Shabaab", "militant")


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Nine people remained in hospital on Friday after the blast.", 9),
        ("Officials said 40 were hurt, 7 of whom are still in intensive care.", 7),
        ("The field hospital has treated 230 war-wounded patients since June.", 230),
    ],
)
def test_people_kept_in_hospital_and_the_war_wounded_are_wounded(body: str, low: int) -> None:
    assert ("wounded", low, low, "exact") in summary(body)


@pytest.mark.parametrize(
    "body",
    [
        "One of the four guards wounded in the raid has died, the prison service said.",
        "One of the guards injured on Friday died overnight, the prison service said.",
    ],
)
def test_a_part_of_the_people_hurt_who_has_died_is_a_death(body: str) -> None:
    assert ("killed", 1, 1, "exact") in summary(body)


def test_a_part_of_the_people_named_keeps_its_own_verb() -> None:
    assert summary("Two of the nine guards were wounded in the raid.") == [
        ("wounded", 2, 2, "exact")
    ]


def test_an_armed_group_s_cadres_are_militants() -> None:
    found = claims(
        "Police said 12 Maoists were killed in the gunfight, including five women cadres."
    )
    kids = [c for c in found if c.parent_claim_id is not None]
    assert [(c.low, c.subject, c.party) for c in kids] == [(5, "militant", "Maoists")]
