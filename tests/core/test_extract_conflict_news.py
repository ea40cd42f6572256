"""Hedges, background figures, claimants and sides in invented wire-style conflict reports.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from pipeline.core.numbers import find_quantities
from tests.core.reading import casualty_claims

PUBLISHED = date(2024, 3, 14)


def claims(body: str):
    return casualty_claims(body, PUBLISHED)


def by_value(body: str) -> dict:
    return {c.value_text.lower(): c for c in claims(body)}


# --- hedges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "metric", "low", "high", "qualifier"),
    [
        (
            "As many as 40 people were killed in a Russian missile strike on Dnipro.",
            "killed",
            None,
            40,
            "up_to",
        ),
        (
            "Over 70 civilians were killed in an RSF attack on a village in Gezira state.",
            "killed",
            71,
            None,
            "more_than",
        ),
        (
            "Nearly 100 people were wounded in the shelling of Kharkiv, the mayor said.",
            "wounded",
            90,
            99,
            "almost",
        ),
        (
            "Almost 30 soldiers were killed when militants attacked an army post near Djibo.",
            "killed",
            27,
            29,
            "almost",
        ),
        (
            "Some 50 fighters were killed in clashes near Goma, military sources said.",
            "killed",
            50,
            50,
            "about",
        ),
        (
            "Up to 15 civilians may have been killed in the drone strike, a UN official said.",
            "killed",
            None,
            15,
            "up_to",
        ),
        (
            "Dozens of people were killed in an air strike on a market in Sagaing, residents said.",
            "killed",
            24,
            None,
            "vague",
        ),
        (
            "Scores of civilians were wounded in the bombardment of El Fasher, medics said.",
            "wounded",
            24,
            None,
            "vague",
        ),
        (
            "Hundreds of people have been killed in fighting in Khartoum this week.",
            "killed",
            200,
            None,
            "vague",
        ),
        (
            "Several soldiers were wounded when their convoy hit a roadside bomb in Idlib.",
            "wounded",
            3,
            None,
            "vague",
        ),
        (
            "A handful of police officers were wounded in the attack in Anantnag district.",
            "wounded",
            3,
            None,
            "vague",
        ),
        (
            "Between 10 and 15 people were killed in the raid on the village, witnesses said.",
            "killed",
            10,
            15,
            "about",
        ),
        (
            "Local officials said 10 to 15 villagers were killed in the attack in Mali.",
            "killed",
            10,
            15,
            "about",
        ),
        (
            "The strike killed 20-25 civilians, according to the local health office.",
            "killed",
            20,
            25,
            "about",
        ),
        (
            "More than a dozen people were killed in a strike on a school in Gaza City.",
            "killed",
            13,
            None,
            "more_than",
        ),
        (
            "Nearly two dozen soldiers were killed in an ambush in the Tigray region.",
            "killed",
            21,
            23,
            "almost",
        ),
        (
            "Tens of people were killed in the attack on the camp in North Kivu.",
            "killed",
            20,
            None,
            "vague",
        ),
        (
            "A few hundred people have been wounded since the fighting began on Monday.",
            "wounded",
            300,
            None,
            "vague",
        ),
        (
            "Several thousand troops were killed in the offensive, a Western official said.",
            "killed",
            3000,
            None,
            "vague",
        ),
    ],
)
def test_hedged_figures(body, metric, low, high, qualifier):
    (c,) = claims(body)
    assert (c.metric, c.low, c.high, c.qualifier) == (metric, low, high, qualifier)
    assert not c.is_background


@pytest.mark.parametrize(
    "body",
    [
        "Civilians may be killed if the offensive goes ahead.",
        "Up to 200 people could have been killed had the bomb gone off.",
        "Thousands may die if aid does not arrive.",
    ],
)
def test_hypothetical_deaths_are_no_claims(body):
    assert claims(body) == []


def test_vague_scaled_amounts():
    got = {
        q.text.lower(): (q.low, q.high, q.qualifier)
        for q in find_quantities("a few hundred, several dozen, a handful of, tens of thousands")
    }
    assert got["a few hundred"] == (300, None, "vague")
    assert got["several dozen"] == (36, None, "vague")
    assert got["a handful of"] == (3, None, "vague")
    assert got["tens of thousands"] == (20000, None, "vague")


# --- background figures --------------------------------------------------------------------


def test_cumulative_war_toll_is_background_but_the_strike_is_not():
    found = by_value(
        "An Israeli strike on a house in Rafah killed 14 people, the Hamas-run health ministry "
        "said. The war has killed more than 40,000 Palestinians since October 2023, according "
        "to the ministry."
    )
    assert not found["14"].is_background
    war = found["more than 40,000"]
    assert (war.low, war.qualifier, war.is_background) == (40001, "more_than", True)


def test_deadliest_since_splits_the_sentence():
    found = by_value("The attack killed 31 people, the deadliest since 2014, when 300 died.")
    assert not found["31"].is_background
    assert found["300"].is_background


def test_days_after_a_similar_attack_is_background():
    found = by_value(
        "The explosion killed 12 people, days after a similar attack in Kabul killed 50."
    )
    assert not found["12"].is_background
    assert found["50"].is_background


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "A car bomb killed 9 soldiers in Mogadishu on Sunday. Last year 1,200 people were "
            "killed in al-Shabaab attacks.",
            "1,200",
        ),
        (
            "At least 20 civilians were killed in the shelling on Wednesday. The UN says at least "
            "10,000 civilians have been killed in Ukraine since the start of the full-scale "
            "invasion.",
            "at least 10,000",
        ),
        (
            "In total, more than 150,000 people have been killed since the start of the war in "
            "2023, according to US envoy Tom Perriello.",
            "more than 150,000",
        ),
        (
            "The strike was the deadliest on the city since March 2023, when 23 people "
            "were killed.",
            "23",
        ),
        ("During the 2014 war, 2,251 Palestinians were killed.", "2,251"),
    ],
)
def test_background_figures(body, value):
    found = by_value(body)
    assert found[value].is_background
    for text, c in found.items():
        if text != value:
            assert not c.is_background, text


@pytest.mark.parametrize(
    "body",
    [
        "Russia's defence ministry said its forces had killed up to 300 Ukrainian soldiers in "
        "the past day.",
        "A few hundred people have been wounded since the fighting began on Monday.",
        "Fighting in El Fasher killed 45 people this week, the UN said.",
    ],
)
def test_recent_figures_are_not_background(body):
    assert claims(body) and not any(c.is_background for c in claims(body))


# --- claimants and sides --------------------------------------------------------------------


def test_two_claimants_in_one_sentence():
    found = by_value(
        "The Hamas-run health ministry said 27 people were killed, while the Israeli military "
        "said it had killed 10 militants."
    )
    assert found["27"].claimant == "Ministry of Health"
    assert (found["10"].claimant, found["10"].subject) == ("Israeli military", "militant")


def test_capitals_as_claimants_and_demonyms_as_parties():
    found = by_value(
        "Moscow said 40 Ukrainian troops were killed, while Kyiv said 25 Russian soldiers died."
    )
    assert (found["40"].party, found["40"].claimant, found["40"].subject) == (
        "Ukraine",
        "Russia",
        "military",
    )
    assert (found["25"].party, found["25"].claimant) == ("Russia", "Ukraine")


def test_the_speaker_who_did_the_killing_is_not_the_side_of_the_dead():
    found = by_value(
        "Sudanese army sources said 30 RSF fighters were killed, and the RSF claimed to have "
        "killed 70 soldiers."
    )
    assert found["30"].party == "Rapid Support Forces"
    assert found["70"].claimant == "Rapid Support Forces"
    assert found["70"].party is None
    (c,) = claims("The RSF said it captured 60 army soldiers in the battle for the base.")
    assert (c.metric, c.subject, c.party) == ("captured", "military", None)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "According to the Syrian Observatory for Human Rights, 18 pro-government fighters "
            "were killed in the clashes.",
            "Syrian Observatory for Human Rights",
        ),
        (
            'A spokesperson for the Myanmar military said 35 "terrorists" had been killed.',
            "spokesperson for the Myanmar military",
        ),
        ("Medics said 8 people were killed in the strike on the market.", "Medics"),
        (
            "More than a dozen people were killed in a strike on a school in Gaza City, civil "
            "defence said.",
            "civil defence",
        ),
        (
            "The Houthis said 22 people were killed in US and British strikes on Hodeidah.",
            "Houthis",
        ),
    ],
)
def test_claimants(body, claimant):
    (c,) = claims(body)
    assert c.claimant == claimant


def test_the_army_lost_soldiers():
    (c,) = claims("The army lost 30 soldiers in the battle for the town, a commander said.")
    assert (c.metric, c.low, c.subject) == ("killed", 30, "military")
    assert claims("The team lost 3-1 on Sunday.") == []
    assert claims("Armenia lost 300 square kilometres of territory.") == []


def test_sides_and_subjects():
    found = claims(
        "Eight Indian soldiers and four militants were killed in a gunfight, police said."
    )
    total = next(c for c in found if c.parent_claim_id is None)
    assert (total.low, total.claimant) == (12, "police")
    parts = sorted((c.low, c.party, c.subject) for c in found if c.parent_claim_id)
    assert parts == [(4, None, "militant"), (8, "India", "military")]
    (c,) = claims("Both sides suffered heavy losses, with dozens killed on both sides.")
    assert (c.party, c.low, c.qualifier) == ("both", 24, "vague")
    (c,) = claims(
        "Six police officers were killed in an ELN attack in Arauca, the national police said."
    )
    assert (c.subject, c.low) == ("police", 6)


# --- captured, missing, abducted ----------------------------------------------------------


def test_captured_and_missing():
    found = by_value(
        "At least 25 soldiers were captured by the Taliban, while 12 others were missing, "
        "officials said."
    )
    assert (found["at least 25"].metric, found["at least 25"].subject) == ("captured", "military")
    assert found["12"].metric == "missing"
    (c,) = claims("Gunmen abducted 87 villagers in Kaduna state on Thursday, residents said.")
    assert (c.metric, c.low, c.subject, c.claimant) == ("captured", 87, "civilian", "residents")
    (c,) = claims("More than 100 people remain missing after the attack, the Red Cross said.")
    assert (c.metric, c.low, c.qualifier) == ("missing", 101, "more_than")
    (c,) = claims("Jihadists kidnapped more than 50 women near Arbinda, the government said.")
    assert (c.metric, c.low, c.subject) == ("captured", 51, "civilian")
