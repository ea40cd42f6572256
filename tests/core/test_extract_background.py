"""Figures about another or earlier event (background) against the article's own figures.

Every sentence here was written for this file; none comes from the seeds, the dev sets or the
probe articles. Each body opens with the article's own incident, then gives the other one.
"""

from datetime import date

import pytest

from tests.core.reading import casualty_claims, top_claims

PUBLISHED = date(2024, 3, 14)  # a Thursday


def flags(body: str, published: date | None = PUBLISHED) -> dict[float, bool]:
    """Each top-level figure's low value -> whether it is background."""
    return {c.low: c.is_background for c in top_claims(casualty_claims(body, published))}


OWN = "Shelling killed 9 people in the market town on Tuesday, the governor said. "


@pytest.mark.parametrize(
    "other",
    [
        # after a superlative, "since" dates the comparison: what follows is the other event
        "It was the deadliest strike on the town since early autumn, when a missile killed "
        "23 people.",
        # a month other than the article's
        "In January, militia fighters killed 23 herders near the same village.",
        "In October, gunmen killed 23 miners in the same district.",
        "A car bomb killed 23 recruits at the base last September.",
        "In a report released in February, the commission said 23 civilians had died.",
        # a day weeks before the article
        "On February 2, a missile killed 23 people at the port.",
        "The army says 23 soldiers captured on 4 January are still held.",
        # a period's total
        "The army said its operations over the previous month had killed 23 rebels.",
        "Police say 23 people have been shot dead across the province so far this year.",
        "Since 1 January, at least 23 civilians have been killed in the district.",
        "At least 23 people were killed in political violence this year, a monitor said.",
        # a regime's or a war's whole toll
        "Rights groups say 23 protesters have been killed by security forces since the coup.",
        "Since the war between the army and the northern rebels began, 23,000 people have died.",
        "The civil war killed about 23,000 people between 1990 and 2002.",
        "The insurgency killed 23,000 people in the valley.",
        # an event the article's own is set after, avenges, or marks the anniversary of
        "The shelling came a week after a landmine killed 23 soldiers on the same road.",
        "The attack comes months after rebels abducted 23 pupils from a boarding school.",
        "It is two years since militiamen killed 23 villagers in the valley.",
        "The raid follows a drone attack that killed 23 people at a wedding.",
        "Medics say 23,000 people have been killed over the past 12 months.",
        # a war dated by its years, with its kind between
        "The 1975-1990 civil war killed some 120,000 people.",
        "Memories of the 1998–2000 border war, which killed about 80,000, run deep.",
        # more people of the earlier event, a while after it
        "The worst riot, in May 2019, left 41 dead. Two weeks later, dozens more were killed.",
    ],
)
def test_the_other_event_is_background(other: str) -> None:
    found = flags(OWN + other)
    assert found.pop(9) is False
    assert found and all(found.values()), found


def test_retaliation_names_the_event_avenged() -> None:
    found = flags(
        "Jets killed 12 fighters on Sunday in retaliation for an ambush in which 3 guards "
        "were killed."
    )
    assert found == {12: False, 3: True}


@pytest.mark.parametrize(
    "own",
    [
        # the article's month, a day of this week, a recent day
        "In March, gunmen killed 14 miners in the district, police said.",
        "On March 11, a missile killed 14 people at the port.",
        # an ordinal or the news's own day ranks the event within the year
        "A man was shot dead and 14 were wounded, the city's fourth mass shooting this year.",
        "Fourteen people were shot on Monday night, as shootings rose sharply this year.",
        # the article's own current toll uses the same words
        "The death toll from the shelling has risen to 14 since Monday, the ministry said.",
        "Gunmen killed at least 14 people on Sunday in the north of the state.",
        "On March 6, a missile killed 14 people at the port, and rescuers are still digging.",
        # a relative clause's own time is not the figure's
        "Troops captured 14 soldiers near the town, where the incursion began last week.",
    ],
)
def test_the_articles_own_date_and_toll_are_not_background(own: str) -> None:
    found = flags(own)
    assert 14 in found and found[14] is False, found


def test_a_month_needs_the_articles_date() -> None:
    body = OWN + "In January, militia fighters killed 23 herders near the same village."
    assert flags(body, published=None) == {9: False, 23: False}


def test_a_date_in_the_lead_is_the_articles_subject() -> None:
    # a follow-up (a verdict, an inquiry) reports an old incident in its first sentence
    found = flags(
        "Prosecutors will not charge the officer who shot 2 men during a chase last July. "
        "A car bomb killed 23 recruits at the base last September."
    )
    assert found == {2: False, 23: True}


def test_a_bulleted_sentence_is_a_highlight_a_bulleted_headline_a_link() -> None:
    body = (
        "HIGHLIGHTS\n\n"
        "• At least 9 people were killed when a shell hit the market on Tuesday morning.\n\n"
        "Aid agencies sent two mobile clinics to the town.\n\n"
        "• Shelling kills 23 in border town\n"
    )
    assert flags(body) == {9: False, 23: True}


def test_a_running_total_after_another_continues_the_tallies() -> None:
    body = (
        "A drone killed two farmers near the border on Tuesday. "
        "Since the war began, 60 soldiers have been killed on the northern front. "
        "About 300 militants have been killed across the border, according to a monitor."
    )
    assert flags(body) == {2: False, 60: True, 300: True}


def test_a_named_incident_after_a_running_total_is_its_own() -> None:
    body = (
        "Since the war began, 60 soldiers have been killed on the northern front. "
        "At least 14 people have been killed in an air strike on a fuel depot, medics said."
    )
    assert flags(body) == {60: True, 14: False}


def test_a_sequel_that_came_after_the_event_is_not_another_event() -> None:
    # only a violent event "comes after" another; an arrest comes after the article's own
    body = "Police arrested a man on Tuesday. The arrest came after officers found 3 bodies."
    assert flags(body) == {3: False}


# --- tallies of a period, earlier incidents, a campaign's running toll -----------------------


@pytest.mark.parametrize(
    "other",
    [
        # a recent earlier incident named by its distance from the news
        "Last month, a roadside bomb killed 23 police officers on the same highway.",
        "Earlier this month, 23 fighters were killed in a clash near the river.",
        "Three weeks earlier, militiamen killed 23 farmers in a nearby village.",
        "In a separate attack last week, 23 soldiers were killed when their convoy was hit.",
        "On March 1, a suicide bomber killed 23 worshippers at a mosque in the capital.",
        # a named day of a past year, a past year as the subject
        "On New Year's Eve 2022, gunmen killed 23 people at a bar.",
        "2023 was the bloodiest year for the police, with 23 officers killed on duty.",
        # a period's tally
        "Bandits killed 23 people in the province in the first four months of the year.",
        "The rebels said 23 of their fighters died over the same period.",
        "Since November, drone strikes have killed 23 people in the hills.",
        "A monitor says 23,000 people have been killed since January 20.",
        "Some 23 villagers have been killed in the months since the massacre at the mine.",
        # a war's toll behind a relative clause or its length
        "The civil war, which began when the army split into rival factions, has killed 23,000 "
        "people.",
        "About 23,000 people were killed during the 18-month conflict, officials say.",
        # the event the article's own answers, and one pointed back at
        "Jets struck the town in response to a rocket attack that killed 23 people.",
    ],
)
def test_a_period_or_an_earlier_incident_is_background(other: str) -> None:
    found = flags(OWN + other)
    assert found.pop(9) is False
    assert found and all(found.values()), found


def test_no_one_hurt_in_that_incident_is_the_other_incidents() -> None:
    body = (
        OWN + "The army said a patrol had come under fire near the border a day earlier. "
        "No one was injured in that attack, it said."
    )
    found = flags(body)
    assert found == {9: False, 0: True}, found


def test_a_campaigns_running_toll_is_background_the_days_own_is_not() -> None:
    found = flags(
        "Two soldiers were killed in an ambush on Tuesday, bringing to 230 the number of troops "
        "killed since the offensive began."
    )
    assert found == {2: False, 230: True}, found
    found = flags(
        "The army said 4 soldiers died in a tunnel blast on Tuesday, raising its death toll in "
        "the ground offensive to 230."
    )
    assert found == {4: False, 230: True}, found


def test_since_then_follows_the_earlier_sentences_time() -> None:
    past = OWN + "The rebels took up arms in 2011. More than 23,000 people have died since then."
    assert flags(past) == {9: False, 23001: True}
    # the article's own event: its wounded who died later are its own
    own = OWN + "Two more people have died in hospital since then, a doctor said."
    assert flags(own) == {9: False, 2: False}


def test_a_month_since_needs_no_date_to_be_a_tally() -> None:
    body = OWN + "Since October, air strikes have killed 23 people in the valley."
    assert flags(body, published=None) == {9: False, 23: True}


def test_a_recent_date_in_the_lead_is_the_articles_subject() -> None:
    found = flags(
        "The family of two men police shot dead last month wants answers. "
        "Earlier this month, 23 fighters were killed in a clash near the river."
    )
    assert found == {2: False, 23: True}, found


def test_a_birth_year_dates_no_event() -> None:
    body = (
        "A border guard, born in 2004, was killed on Tuesday. Three more guards were wounded, "
        "the service said."
    )
    assert flags(body) == {1: False, 3: False}


def test_more_people_after_the_dead_are_the_hurt() -> None:
    (dead, hurt) = top_claims(casualty_claims("Two people were killed and 14 more were shot."))
    assert (dead.metric, hurt.metric, hurt.low) == ("killed", "wounded", 14)


def test_a_country_s_war_dated_by_its_years_gives_its_dead_that_country() -> None:
    body = OWN + "Lebanon's 1975-1990 civil war killed some 120,000 people."
    bg = [c for c in casualty_claims(body, PUBLISHED) if c.is_background]
    assert [(c.low, c.party) for c in bg] == [(120000, "Lebanon")]
