"""Breakdowns: a figure that is a part of another figure of the same article (its
``parent_claim_id``), in one sentence or across sentences, and how badly some of the hurt are.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from tests.core.reading import article_totals, casualty_claims

PUBLISHED = date(2024, 5, 20)


def claims(body: str):
    return casualty_claims(body, PUBLISHED)


def tree(body: str) -> list[tuple]:
    """(metric, low, parent's (metric, low) or None) for every casualty claim."""
    found = claims(body)
    by_id = {c.claim_id: c for c in found}
    out = []
    for c in found:
        p = by_id.get(c.parent_claim_id) if c.parent_claim_id else None
        out.append((c.metric, c.low, (p.metric, p.low) if p else None))
    return sorted(out, key=lambda t: (t[0], t[1] or 0, str(t[2])))


# --- how badly some of the hurt are hurt -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "total", "part"),
    [
        ("Seventeen people were hospitalised, four of them in critical condition.", 17, 4),
        ("Thirty people were injured, 8 of them critically, the mayor said.", 30, 8),
        ("Police said 40 people were hurt, about 15 of them seriously.", 40, 15),
        ("The shelling wounded 19 civilians, three of them in a serious condition.", 19, 3),
        ("At least 26 were wounded, five of them severely injured, officials said.", 26, 5),
    ],
)
def test_how_badly_some_are_hurt_is_a_part(body, total, part):
    assert tree(body) == [("wounded", part, ("wounded", total)), ("wounded", total, None)]


def test_a_condition_part_of_people_taken_to_hospital_is_no_figure_of_its_own():
    body = "Eleven people were taken to hospital, three of them in critical condition."
    found = claims(body)
    (top,) = [c for c in found if c.parent_claim_id is None]
    assert top.low == 11
    assert [(c.low, c.parent_claim_id) for c in found if c is not top] == [(3, top.claim_id)]


# --- "including" after a toll or after the verb ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "By noon the number of injured had climbed to 31, including six children.",
            [("wounded", 6, ("wounded", 31)), ("wounded", 31, None)],
        ),
        (
            "The regional governor said the toll has risen to 18, including a baby.",
            [("killed", 1, ("killed", 18)), ("killed", 18, None)],
        ),
        (
            "The monitor said it had counted 57 dead, including 13 women.",
            [("killed", 13, ("killed", 57)), ("killed", 57, None)],
        ),
        (
            "More than 30 insurgents were killed in the raid, including four commanders.",
            [("killed", 4, ("killed", 31)), ("killed", 31, None)],
        ),
        (
            "At least 25 were wounded, including nine soldiers who were treated at a field clinic.",
            [("wounded", 9, ("wounded", 25)), ("wounded", 25, None)],
        ),
    ],
)
def test_including_after_the_verb_or_a_toll(body, expected):
    assert tree(body) == expected


def test_a_rank_part_of_militants_is_militant():
    found = claims("Troops killed more than 45 rebels in the hills, including three commanders.")
    assert {c.subject for c in found} == {"militant"}


def test_a_part_dying_in_a_relative_clause_is_not_made_hurt():
    found = claims("Seven people were hurt, including two guards who later died.")
    assert ("killed", 2) in {(c.metric, c.low) for c in found}


# --- a comma-led part after a place ----------------------------------------------------------


def test_a_partitive_after_a_place_phrase():
    body = "Drone strikes have killed more than 90 people in the valley, 40 of them civilians."
    assert tree(body) == [("killed", 40, ("killed", 91)), ("killed", 91, None)]


def test_a_place_phrase_does_not_make_a_plain_count_a_part():
    body = "The storm killed 12 people in the north, 30 houses were destroyed."
    assert [c.parent_claim_id for c in claims(body)] == [None]


# --- parts named after the total, in a later sentence ----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A rocket killed 14 people in the port. Among the dead were five children and "
            "a paramedic, the health office said.",
            [("killed", 1, ("killed", 14)), ("killed", 5, ("killed", 14)), ("killed", 14, None)],
        ),
        (
            "Shelling killed at least 20 people on Friday. The agency said the dead included "
            "seven women.",
            [("killed", 7, ("killed", 20)), ("killed", 20, None)],
        ),
        (
            "The raid killed 33 people, officials said. They said four police officers were "
            "among the dead.",
            [("killed", 4, ("killed", 33)), ("killed", 33, None)],
        ),
        (
            "The bomb killed two people and injured 48. Among the injured were 11 pupils.",
            [("killed", 2, None), ("wounded", 11, ("wounded", 48)), ("wounded", 48, None)],
        ),
        (
            "A strike killed 40 people. Among the 28 dead at the school were ten girls.",
            [
                ("killed", 10, ("killed", 28)),
                ("killed", 28, None),
                ("killed", 40, None),
            ],
        ),
    ],
)
def test_parts_named_among_the_dead(body, expected):
    assert tree(body) == expected


def test_parts_among_the_dead_are_not_added_to_the_totals():
    body = "Gunmen killed 16 villagers. Among the dead were six children and three women."
    assert article_totals(body, PUBLISHED) == (16, 0)


def test_a_part_larger_than_the_earlier_total_gets_no_parent():
    body = "A blast killed three people. Among the dead were 20 soldiers from another unit."
    assert all(c.parent_claim_id is None for c in claims(body))


def test_among_the_dead_with_no_total_stands_alone():
    found = claims("Among the dead were four firefighters, the city said.")
    assert [(c.metric, c.low, c.parent_claim_id) for c in found] == [("killed", 4, None)]


def test_a_count_with_an_of_phrase_among_the_dead():
    body = "The raid killed 33 people. Two of the village elders were among the dead."
    assert tree(body) == [("killed", 2, ("killed", 33)), ("killed", 33, None)]


@pytest.mark.parametrize(
    "body",
    [
        "At least 43 people, including 19 women and 9 children, were killed in the raid.",
        "Some 60 villagers, including 12 women and four children, have been killed.",
    ],
)
def test_a_total_whose_parts_are_a_list_before_the_verb(body):
    # "including A and B," between the total and its verb: the total and both parts
    found = casualty_claims(body)
    total = max(found, key=lambda c: c.low)
    kids = [c for c in found if c.parent_claim_id == total.claim_id]
    assert total.metric == "killed" and len(kids) == 2
