"""Extractor 0.3.0: revised tolls, claimants after the figure, ministries, sides in a
coordination, and separate single victims across sentences.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from tests.core.reading import casualty_claims, top_claims

PUBLISHED = date(2024, 6, 9)  # a Sunday


def claims(body: str, published: date | None = PUBLISHED):
    return casualty_claims(body, published)


def tops(body: str, **kw):
    return [c for c in top_claims(claims(body, **kw)) if not c.is_background]


# --- a toll revised in the text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "metric", "value"),
    [
        ("The death toll from the fighting near the old dam has risen to 40.", "killed", 40),
        (
            "The toll from Tuesday's drone strike on a crowded market in the north of the "
            "province has now climbed to 23, rescuers said.",
            "killed",
            23,
        ),
        ("The number of dead stood at 17 on Saturday evening.", "killed", 17),
        ("The injury toll increased to 54 overnight.", "wounded", 54),
        ("Medics put the number of dead at 31.", "killed", 31),
        ("The death toll reached 12 by nightfall.", "killed", 12),
    ],
)
def test_toll_revisions(body, metric, value):
    found = tops(body)
    assert [(c.metric, c.low, c.high) for c in found] == [(metric, value, value)]
    c = found[0]
    assert c.span_end > c.span_start
    assert body[c.span_start : c.span_end].endswith(str(value))


def test_raised_the_figure_keeps_the_articles_metric():
    body = (
        "Shelling of the port killed 9 people on Friday, the governor said.\n\n"
        "On Saturday officials raised the figure to 15."
    )
    values = sorted(c.low for c in tops(body) if c.metric == "killed")
    assert values == [9, 15]


def test_a_bare_figure_without_a_casualty_before_it_is_not_a_toll():
    assert tops("Exporters raised the figure to 15 percent.") == []


# --- who says so, after the figure -----------------------------------------------------------


def test_long_toll_sentence_gets_the_ministry_after_it():
    body = (
        "The death toll from an assault by the militia on the market town of Kerbala Wells "
        "in the eastern hills has risen to 52, Chad's health ministry said on Saturday, "
        "adding that 70 people had been wounded."
    )
    by_metric = {c.metric: c for c in tops(body)}
    assert by_metric["killed"].low == 52
    assert by_metric["wounded"].low == 70
    for c in by_metric.values():
        assert c.claimant == "Chad Ministry of Health"
        assert c.claimant_party == "Chad"
        assert c.said_on == date(2024, 6, 8)


def test_an_earlier_statement_is_not_background():
    body = (
        "The toll rose to 40, the health ministry said.\n\n"
        "Volunteers had earlier put the number of dead at 28."
    )
    found = {c.low: c for c in tops(body)}
    assert set(found) == {40, 28}
    assert found[28].claimant == "Volunteers"
    assert not found[28].is_background


@pytest.mark.parametrize(
    ("speaker", "claimant"),
    [
        ("the state security ministry", "State security ministry"),
        ("the ministry of state security", "Ministry of state security"),
        ("the health ministry", "Ministry of Health"),
    ],
)
def test_a_ministry_without_a_country_keeps_its_qualifier(speaker, claimant):
    c = tops(f"Six guards were killed in the raid, {speaker} said.")[0]
    assert c.claimant == claimant
    assert c.claimant_party is None


def test_a_ministry_with_a_country_keeps_both():
    c = tops("Kenya's state security ministry said four officers were killed.")[0]
    assert c.claimant == "Kenya state security ministry"
    assert c.claimant_party == "Kenya"


# --- a demonym does not spread across a coordination ------------------------------------------


def test_demonym_stays_with_its_own_people():
    found = claims("Three Malian soldiers and five villagers were killed in the ambush.")
    total = [c for c in found if c.parent_claim_id is None]
    parts = {c.subject: c for c in found if c.parent_claim_id is not None}
    assert [(c.low, c.party) for c in total] == [(8, None)]
    assert (parts["military"].low, parts["military"].party) == (3, "Mali")
    assert (parts["civilian"].low, parts["civilian"].party) == (5, None)


def test_a_shared_demonym_still_names_the_total():
    found = claims("Four Somali soldiers and two Somali police officers were killed.")
    total = [c for c in found if c.parent_claim_id is None]
    assert [(c.low, c.party) for c in total] == [(6, "Somalia")]


# --- separate single victims ------------------------------------------------------------------


def test_another_victim_in_a_later_sentence_is_added():
    body = (
        "A taxi driver was shot in the shoulder near the depot.\n\n"
        "Another man was shot in the hip a block away."
    )
    wounded = [c for c in tops(body) if c.metric in ("wounded", "casualties")]
    assert max(c.low for c in wounded) == 2


def test_a_second_victim_is_added():
    body = "One guard was killed and a second was wounded when the convoy was hit."
    found = {c.metric: c.low for c in tops(body)}
    assert found == {"killed": 1, "wounded": 1}


def test_another_as_an_object_is_not_a_new_victim():
    body = "A ranger was shot dead on Monday.\n\nPolice say the poacher killed another man."
    killed = [c for c in tops(body) if c.metric == "killed"]
    assert max(c.low for c in killed) == 1


def test_the_same_person_twice_is_not_added():
    body = "A farmer was shot near the river.\n\nThe farmer was shot again as he fled."
    hurt = [c for c in tops(body) if c.metric in ("wounded", "casualties")]
    assert max(c.low for c in hurt) == 1


# --- wounds and deaths in other words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "metric"),
    [
        ("Medics found a shepherd with a gunshot wound to the leg.", "casualties"),
        ("A guard was grazed by a bullet at the crossing.", "wounded"),
        ("The driver was later pronounced deceased.", "killed"),
        ("A gunman shot the 30-year-old guard who died at the scene.", "killed"),
    ],
)
def test_wounds_and_deaths_in_other_words(body, metric):
    found = tops(body)
    assert [(c.metric, c.low) for c in found] == [(metric, 1)]


def test_the_body_of_a_man_with_a_wound_is_a_death():
    found = tops("Fishermen found the body of a man with a gunshot wound in the lake.")
    assert [(c.metric, c.low) for c in found] == [("killed", 1)]


# --- one speaker's figure, rounded once and given once exactly --------------------------------


def test_a_speakers_rounded_figure_and_its_exact_one_are_one_claim():
    body = (
        "More than 100 soldiers have been killed in the border fighting, the defence minister "
        "said.\n\nAddressing parliament, the defence minister said 104 soldiers had been killed."
    )
    (c,) = tops(body)
    assert (c.low, c.high, c.qualifier, c.n_mentions) == (104, 104, "exact", 2)


@pytest.mark.parametrize(
    "body",
    [
        # the toll moved: two statements
        "At least 31 people were killed in the strike, the health ministry said.\n\n"
        "By evening the health ministry said the toll had risen to 36.",
        # two speakers: two claims
        "More than 100 soldiers have been killed, the defence minister said.\n\n"
        "Rebels said 104 soldiers had been killed.",
        # the exact figure is too far from the rounded one to be it
        "At least two people were hurt, the governor said.\n\n"
        "The governor said six people were hurt.",
    ],
)
def test_a_hedged_figure_stays_apart_from_another_exact_one(body):
    assert len(tops(body)) == 2
