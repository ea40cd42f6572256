"""Who claims a figure, whose people they are, and when it was said: dates after the
statement's setting ("said in a statement released on Wednesday"), a later speaker that
dates the same statement, vague times, speakers after "citing" and in relative clauses,
ranks before a name, Arabic names, acronyms after a description, plain-word sources, bare
"the army" named by the soldiers it counts or by a later full name, the side of a health
ministry's count, of enemy fire, of a group no table knows, and people by their role.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from tests.core.reading import readers

PUBLISHED = date(2024, 3, 14)  # a Thursday


claims, one, by_low = readers(PUBLISHED)


# --- said_on: the statement's setting between verb and day -----------------------------------


@pytest.mark.parametrize(
    ("body", "said_on"),
    [
        (
            "The interior ministry said in a statement read on state radio on Tuesday that 9 "
            "police officers were killed.",
            date(2024, 3, 12),
        ),
        (
            "Rebel spokesman Paul Kamau said in a televised address late on Monday that 31 "
            "soldiers were killed.",
            date(2024, 3, 11),
        ),
        (
            "The Arakan Army said in a post on its Telegram channel on Saturday that 40 junta "
            "troops were killed.",
            date(2024, 3, 9),
        ),
        (
            "The army said it killed 26 fighters in the hills, in a statement issued on Wednesday.",
            date(2024, 3, 13),
        ),
        (
            '"They shot 8 of our herders," said Musa Bello, a community leader in the area, on '
            "Monday.",
            date(2024, 3, 11),
        ),
    ],
)
def test_day_after_the_statement_setting(body, said_on):
    c = one(body)
    assert (c.said_on, c.said_on_source) == (said_on, "weekday")


def test_day_of_an_event_after_the_figure_is_not_the_speaking_day():
    c = one("Rebels said they killed 19 soldiers in a raid near the river on Monday.")
    assert c.said_on_source == "published"


@pytest.mark.parametrize(
    ("body", "said_on"),
    [
        (
            "The armed group said 13 of its members were killed, its commander Ali Dore said on "
            "Friday.",
            date(2024, 3, 8),
        ),
        (
            "The junta said its troops killed 52 insurgents in the delta, the state broadcaster "
            "reported on Tuesday.",
            date(2024, 3, 12),
        ),
    ],
)
def test_later_speaker_closing_the_clause_dates_the_statement(body, said_on):
    assert one(body).said_on == said_on


@pytest.mark.parametrize(
    "body",
    [
        "Earlier this week, the ministry said 44 civilians had been killed in the province.",
        "Late last week the regional governor said 7 civilians were wounded.",
    ],
)
def test_vague_time_leaves_the_day_unknown(body):
    c = one(body)
    assert c.said_on is None and c.said_on_source == "unknown"


@pytest.mark.parametrize(
    ("body", "said_on"),
    [
        (
            "The navy said on Tuesday that 3 sailors were missing. It added that 11 sailors "
            "were wounded.",
            date(2024, 3, 12),
        ),
        (
            "Police chief Omar Diallo said on Sunday that 4 officers died. He said 9 officers "
            "were wounded.",
            date(2024, 3, 10),
        ),
    ],
)
def test_pronoun_speaker_goes_on_with_the_same_statement(body, said_on):
    wounded = [c for c in claims(body) if c.metric == "wounded"]
    assert len(wounded) == 1 and wounded[0].said_on == said_on


def test_new_named_speaker_does_not_take_the_earlier_day():
    body = (
        "The navy said on Tuesday that 3 sailors were missing. The coast guard said 11 "
        "sailors were wounded."
    )
    wounded = [c for c in claims(body) if c.metric == "wounded"]
    assert wounded[0].said_on_source == "published"


# --- claimant: citing, relative clauses, ranks, names ----------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "The Kyiv Post reported that 6 civilians were killed in the city, citing Governor "
            "Ivan Fedorov.",
            "Ivan Fedorov",
        ),
        (
            "Citing the Somali National Army, state radio reported that 27 militants were killed.",
            "Somali National Army",
        ),
        (
            "Local television said 15 villagers were killed, citing the Red Cross.",
            "Red Cross",
        ),
    ],
)
def test_cited_source_is_the_claimant(body, claimant):
    assert one(body).claimant == claimant


@pytest.mark.parametrize(
    ("body", "low", "claimant"),
    [
        (
            "Four soldiers died on Friday in fighting with the Kachin Independence Army, which "
            "said on Sunday that it had killed 50 soldiers.",
            50,
            "Kachin Independence Army",
        ),
        (
            "Troops clashed with the Islamic State, which claimed it had killed 11 soldiers.",
            11,
            "Islamic State",
        ),
    ],
)
def test_relative_clause_speaker(body, low, claimant):
    got = by_low(body)
    assert got[low].claimant == claimant
    # it says nothing about the figures before it
    for other, c in got.items():
        if other != low:
            assert c.claimant != claimant


def test_relative_clause_speaker_is_dated():
    got = by_low(
        "Two policemen were killed on Friday by the Islamic State, which said on Monday that "
        "it had killed 14 soldiers."
    )
    assert got[14].said_on == date(2024, 3, 11)


@pytest.mark.parametrize(
    ("body", "claimant", "claimant_party"),
    [
        (
            "A spokesman for the Malian army, Colonel Souleymane Dembele, said 20 jihadists "
            "were killed.",
            "Souleymane Dembele",
            "Mali",
        ),
        (
            "A spokeswoman for the Nigerian police, Superintendent Grace Okafor, said 5 "
            "officers were killed.",
            "Grace Okafor",
            "Nigeria",
        ),
    ],
)
def test_rank_before_an_appositive_name(body, claimant, claimant_party):
    c = one(body)
    assert (c.claimant, c.claimant_party) == (claimant, claimant_party)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ('"We lost 9 men," General Hamid al-Tayeb said.', "Hamid al-Tayeb"),
        ("Brigadier Yasser el-Amin said 17 fighters were killed.", "Yasser el-Amin"),
    ],
)
def test_arabic_name_with_lowercase_article(body, claimant):
    assert one(body).claimant == claimant


@pytest.mark.parametrize(
    ("body", "claimant", "claimant_party"),
    [
        (
            "Three soldiers were killed, the Indian army's public relations wing ADGPI said.",
            "ADGPI",
            "India",
        ),
        ("Official news agency WAFA reported that 12 people were killed.", "WAFA", None),
    ],
)
def test_acronym_after_a_description(body, claimant, claimant_party):
    c = one(body)
    assert (c.claimant, c.claimant_party) == (claimant, claimant_party)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "Federal troops killed 40 militiamen, the government communication service said.",
            "government communication service",
        ),
        (
            "At least 9 civilians were killed, the regional health bureau said.",
            "regional health bureau",
        ),
    ],
)
def test_source_described_in_plain_words(body, claimant):
    assert one(body).claimant == claimant


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("Separatists said 6 of their fighters were killed overnight.", "Separatists"),
        ("The jihadists claimed they killed 12 soldiers.", "jihadists"),
        ("Pro-Moscow fighters said 4 of their fighters were wounded.", "Pro-Moscow fighters"),
    ],
)
def test_armed_group_speaks_for_itself(body, claimant):
    assert one(body).claimant == claimant


# --- claimant: bare heads named by context ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant", "claimant_party"),
    [
        ("Kenyan soldiers killed 15 militants, the army said.", "Kenyan army", "Kenya"),
        (
            "Eight Malian troops were wounded in the ambush, the military said.",
            "Malian military",
            "Mali",
        ),
    ],
)
def test_bare_army_takes_the_country_of_the_soldiers_named(body, claimant, claimant_party):
    c = one(body)
    assert (c.claimant, c.claimant_party) == (claimant, claimant_party)


def test_bare_army_stays_bare_with_soldiers_of_two_countries():
    got = claims("Ugandan troops killed 15 Congolese soldiers, the army said.")
    assert got and all(c.claimant == "army" for c in got)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "The ministry said 30 soldiers had been killed.\n\nGeorgia's Defence Ministry "
            "later confirmed the figure.",
            "Georgia Ministry of Defence",
        ),
        (
            "The army said 14 soldiers were wounded. The Chadian army said the attack was "
            "repelled.",
            "Chadian army",
        ),
    ],
)
def test_bare_head_named_in_full_later(body, claimant):
    assert one(body).claimant == claimant


# --- party ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "An air strike killed 19 people, the Sudanese health ministry said.",
        "Nine civilians were killed, Syria's civil defence said.",
    ],
)
def test_a_counting_source_does_not_give_its_country_to_the_dead(body):
    # whose people they are comes from the words about them, not from who counts them: an
    # activists' count and the ministry's count of the same dead must stay one figure
    c = one(body)
    assert c.party is None
    assert c.claimant_party is not None


def test_health_ministry_does_not_own_the_enemy_fighters():
    c = one("The Syrian health ministry said the army killed 40 jihadists.")
    assert c.party != "Syria"


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("Ukraine's interior ministry said Russian drones killed 4 people in Sumy.", "Ukraine"),
        ("Azerbaijan said Armenian shelling wounded 3 civilians.", "Azerbaijan"),
    ],
)
def test_state_blaming_enemy_fire_counts_its_own(body, party):
    assert one(body).party == party


def test_own_weapons_do_not_make_the_dead_its_own():
    c = one("Israel's military said Israeli strikes killed 12 people in Gaza.")
    assert c.party != "Israel"


@pytest.mark.parametrize(
    "body",
    [
        "The Chadian army said its soldiers killed 24 rebels near the Libyan border.",
        "The army said 11 militants were killed in the Nigerien town of Diffa.",
        "Troops killed 8 jihadists along the Malian frontier, officials said.",
    ],
)
def test_country_of_a_place_is_not_the_side(body):
    c = one(body)
    assert c.party not in ("Libya", "Niger", "Mali")


def test_unknown_armed_group_owns_its_fighters_not_the_earlier_country():
    got = by_low(
        "The Burmese military said 14 of its soldiers died, while the Shan State Army "
        "said it lost 6 fighters."
    )
    assert got[14].party == "Myanmar"
    assert got[6].party == "Shan State Army"


def test_person_speaker_does_not_become_a_side():
    c = one('"We lost 6 fighters," Karim Haddad said.')
    assert c.party != "Karim Haddad"


# --- subject ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Two hostages were killed in the raid, the group said.", "civilian"),
        ("Four captives died in detention, the monitor said.", "civilian"),
        ("Nine herders were killed by gunmen, police said.", "civilian"),
        ("Twelve dissidents were killed in the bombing, the army said.", "militant"),
        ("Seven paramilitaries were killed in the clashes, the army said.", "militant"),
        ("Six guerrillas were killed in the jungle, the army said.", "militant"),
    ],
)
def test_subject_from_the_noun(body, subject):
    assert one(body).subject == subject
