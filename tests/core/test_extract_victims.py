"""Counting separate victims: one more person named as an object after "also", and pairs of
named people with their ages. Every sentence was written for this file."""

import pytest

from tests.core.reading import article_totals


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # "also" before the verb: the object is one more person
        (
            "A trooper fatally shot the driver after a chase. The trooper also shot and "
            "killed a passenger, 30-year-old Dana Reyes.",
            2,
            0,
        ),
        (
            "The gunman killed a clerk at the counter. He also shot a customer, who was taken "
            "to hospital.",
            1,
            1,
        ),
        (
            "Militiamen shot dead a village elder on Monday. They also killed a teacher who "
            "tried to flee.",
            2,
            0,
        ),
        # without "also" the object may be the same person again
        (
            "A sniper killed a medic near the front line. Officials said the sniper killed a "
            "medic who was treating the wounded.",
            1,
            0,
        ),
        # "also" in another clause does not make the object a new person
        (
            "The officer shot a man on the porch, and neighbours also said they heard a "
            "second volley.",
            0,
            1,
        ),
    ],
)
def test_also_before_the_verb_adds_a_person(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        ("Police said 19-year-old Sam Ortiz and 22-year-old Lee Park were shot dead.", 2, 0),
        ("Officers found 41-year-old Rosa Diaz and 15-year-old Ana Diaz dead in a car.", 2, 0),
        ("Medics said Omar Haddad and Yusuf Karim were wounded by shrapnel.", 0, 2),
        # a name before "and" with no second name is not a pair
        ("Omar Haddad and his brother were wounded by shrapnel.", 0, 2),
        ("Sam Ortiz and 3 friends were shot outside a club; all survived.", 0, 4),
    ],
)
def test_named_pairs_with_ages_are_two_people(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        (
            "Three soldiers were wounded by a roadside bomb and flown to a field hospital, "
            "where they later died, the army said.",
            3,
            0,
        ),
        (
            "Two fishermen were shot near the pier. Both men were rushed to a clinic, where "
            "they were pronounced dead.",
            2,
            0,
        ),
        # the people taken to hospital did not die
        ("Four civilians were wounded, and all of them were taken to hospital.", 0, 4),
        ("Two guards were hurt and taken to hospital, where they are in stable condition.", 0, 2),
        # "both" followed by its noun reads as two people
        ("Gunmen opened fire on two guards. Both men were wounded.", 0, 2),
        ("Both cadets were killed instantly when the shell landed.", 2, 0),
    ],
)
def test_the_hit_who_died_and_both_with_a_noun(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)


def test_a_third_person_after_two_dead_is_one_more() -> None:
    body = (
        "Two teenagers were shot outside a party. Both teens were taken to hospital, where "
        "they died. A third teenager received minor injuries."
    )
    assert article_totals(body) == (2, 1)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        ("Corporal Dan Webb was killed by a sniper near the river crossing.", 1, 0),
        ("Officer Jane Holt suffered two gunshot wounds in the exchange.", 0, 1),
        ("Police Chief Tom Hale said Officer Jon Ruiz was shot twice.", 0, 1),
        # a title alone before a verb is no person of its own
        ("Sergeant Ali Demir said no one was hurt.", 0, 0),
    ],
)
def test_a_titled_name_is_a_person(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # a titled or aged name as the object of the verb is the victim, not the subject
        ("A sniper killed Sgt. Ivan Marchenko near the river.", 1, 0),
        ("Gunmen killed Mayor Ana Ruiz outside her office on Friday.", 1, 0),
        ("A teen was charged in the shooting death of 38-year-old Rosa Quill.", 1, 0),
        ("The drone strike killed Colonel Samir Haddad and two of his guards.", 3, 0),
        # a capitalised day or a title-case headline is no object
        ("Man killed Tuesday in shooting near the river", 1, 0),
        ("Soldier Killed Near Front Line", 1, 0),
        # a month with its day is a date, not a named object or victim
        ("Two soldiers killed September 14 near the border, army says", 2, 0),
    ],
)
def test_a_named_object_is_the_victim(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        ("Ray Tull, 35, was found shot in the chest at a home. Police called it a homicide.", 1, 0),
        ("A man was found shot in a parked car. Detectives are investigating the murder.", 1, 0),
        # attempted murder, a separate homicide, or a victim said to live: still hit only
        ("A man was shot in the leg on a bus. He was charged with attempted murder.", 0, 1),
        (
            "A man was shot outside a shop. Police are also investigating a separate homicide "
            "across town.",
            0,
            1,
        ),
        ("A guard was shot in the deadly attack and is in stable condition.", 0, 1),
        # words between "deadly" and the event
        ("Pat Lane, 40, was found shot at a farm after a deadly Sunday night shooting.", 1, 0),
        # more than one person: the article must say who died
        ("Two men were shot on the corner. Police are investigating the homicide.", 0, 2),
    ],
)
def test_a_homicide_with_one_person_hit(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        # the people hit, then one of them dies a few sentences on
        (
            "Two people were wounded early Friday in a shooting at a motel. Both were taken "
            "to a hospital. The 20-year-old victim died there.",
            1,
            1,
        ),
        (
            "Five soldiers were wounded in the shelling, the army said. One of the wounded "
            "later died in hospital.",
            1,
            4,
        ),
        # "the second victim" is one more person, not one of those counted
        ("One man was wounded in the shooting. The second victim was pronounced dead.", 1, 1),
        # the victim who died is the one already reported dead
        (
            "One person died and a second was injured in the robbery. The shooting happened "
            "at a shop where the victim was killed.",
            1,
            1,
        ),
        # hurt, recovering after being shot
        ("The 31-year-old victim is recovering after being shot in the arm.", 0, 1),
        ("Three soldiers were hospitalised after being injured by shrapnel.", 0, 3),
    ],
)
def test_the_victim_is_one_of_the_people_hit(body: str, killed: int, wounded: int) -> None:
    assert article_totals(body) == (killed, wounded)
