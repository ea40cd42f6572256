"""Extraction phenomena on invented wire-style and local-news sentences from several conflicts.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from pipeline.core.extract import extract
from pipeline.core.model import Article
from tests.core.reading import readers

PUBLISHED = date(2024, 3, 14)  # a Thursday


claims, one, _ = readers(PUBLISHED)


# --- coordinated people are added up ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "metric", "value"),
    [
        ("Police said a 19-year-old man and a 40-year-old woman were shot outside a bar.", "", 2),
        ("A farmer and his nephew were killed when a mine exploded near Kherson.", "killed", 2),
        ("The drone strike killed a teacher and a nurse in Sittwe, residents said.", "killed", 2),
        ("A shopkeeper was killed along with his brother in Culiacan.", "killed", 2),
    ],
)
def test_separately_named_people_are_added(body, metric, value):
    c = one(body)
    assert c.low == c.high == value
    if metric:
        assert c.metric == metric


def test_counts_joined_by_and_make_a_total_with_a_breakdown():
    found = claims("Two Malian soldiers and three civilians were killed in the ambush near Mopti.")
    total = [c for c in found if c.parent_claim_id is None]
    parts = [c for c in found if c.parent_claim_id is not None]
    assert [(c.metric, c.low) for c in total] == [("killed", 5)]
    assert sorted((c.low, c.subject) for c in parts) == [(2, "military"), (3, "civilian")]
    assert all(p.parent_claim_id == total[0].claim_id for p in parts)


def test_verb_first_counts_joined_by_and_share_the_verb():
    found = claims("Insurgents killed four policemen and two children in Kupwara on Sunday.")
    total = [c for c in found if c.parent_claim_id is None]
    assert [(c.metric, c.low) for c in total] == [("killed", 6)]


def test_an_apposition_is_not_a_second_person():
    c = one("Jorge Ruiz, a 34-year-old taxi driver, was shot dead in Tijuana late on Monday.")
    assert (c.metric, c.low) == ("killed", 1)


def test_breakdown_after_a_linked_total():
    found = claims("The shelling killed 12 people, including three children, in Kharkiv.")
    total = next(c for c in found if c.parent_claim_id is None)
    kid = next(c for c in found if c.parent_claim_id is not None)
    assert (total.low, total.subject) == (12, "unspecified")
    assert (kid.low, kid.subject, kid.parent_claim_id) == (3, "civilian", total.claim_id)


def test_including_far_from_the_parts_is_no_breakdown():
    # "three suspects, including two teenagers" were charged, not shot
    found = claims(
        "Prosecutors charged three suspects, including two teenagers, after a cashier was shot."
    )
    assert [(c.metric, c.low) for c in found] == [("casualties", 1)]


def test_several_counts_after_shot_keep_their_own_words():
    found = claims("Five shot, one dead after gunfire at a wedding in Cali")
    assert sorted((c.metric, c.low) for c in found) == [("casualties", 5), ("killed", 1)]


# --- claimants --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "At least 40 civilians were killed in El Fasher, according to local activists.",
            "local activists",
        ),
        (
            "At least 40 civilians were killed in Omdurman, according to the Khartoum Medics "
            "Network.",
            "Khartoum Medics Network",
        ),
        ("Seven soldiers were killed, Myanmar's military said.", "Burmese military"),
        ("Seven soldiers were killed, the Burmese military said.", "Burmese military"),
        ("The junta said 20 rebels died in the fighting.", "junta"),
    ],
)
def test_claimants_are_normalised(body, claimant):
    assert one(body).claimant == claimant


def test_defence_ministry_spellings_are_one_claimant():
    body = (
        "Ukraine's Defence Ministry said 12 Russian soldiers were killed near Avdiivka. "
        "The Ukrainian Defense Ministry said four of its troops were wounded. "
        "The ministry said two more were missing."
    )
    found = claims(body)
    assert {c.claimant for c in found} == {"Ukraine Ministry of Defence"}
    killed = next(c for c in found if c.metric == "killed")
    assert (killed.party, killed.subject, killed.low) == ("Russia", "military", 12)


# --- explicit zeros ----------------------------------------------------------------------


def test_zero_with_a_demonym_keeps_party_and_subject():
    found = claims("The ministry said no Ukrainian troops were killed in the overnight strike.")
    assert [(c.metric, c.low, c.high, c.party, c.subject) for c in found] == [
        ("killed", 0, 0, "Ukraine", "military")
    ]


# --- subject from the article's context ------------------------------------------------------


def test_headless_figure_takes_the_subject_of_its_side():
    body = (
        "Eritrean commanders said 30 Ethiopian soldiers were killed on Tuesday.\n\n"
        "The number of casualties on the Ethiopian side was 30, according to Eritrean commanders."
    )
    found = [c for c in claims(body) if c.party == "Ethiopia"]
    assert found and all(c.subject == "military" for c in found)


def test_named_people_of_a_side_do_not_take_its_soldiers_subject():
    body = (
        "Several Colombian soldiers were killed on Monday.\n\n"
        "Officials said at least 12 Colombians died in the attacks."
    )
    twelve = next(c for c in claims(body) if c.low == 12)
    assert twelve.subject == "unspecified"


# --- background ----------------------------------------------------------------------------


def test_cumulative_war_toll_is_background():
    body = (
        "Paramilitary fighters killed at least 40 villagers in Gezira on Tuesday. "
        "Sudan's war has killed tens of thousands of people since April 2023."
    )
    found = claims(body)
    current = [c for c in found if not c.is_background]
    assert [(c.low, c.qualifier) for c in current] == [(40, "at_least")]
    assert any(c.is_background and c.low == 20000 for c in found)


@pytest.mark.parametrize(
    ("body", "background"),
    [
        # a live blog's bracketed time stamps head the story's own text
        ("[Update 9:10 a.m. ET] Three medics were killed in the strike, officials said.", False),
        ("[Earlier story 8:02 ET] Three medics were killed in the strike, officials said.", False),
        # a bracketed or markdown link is another story's
        ("[Related: Three medics killed in strike on clinic]", True),
        ("Read more: [Three medics killed in strike](https://example.org/a)", True),
    ],
)
def test_bracket_at_sentence_start_is_no_link_by_itself(body: str, background: bool) -> None:
    assert [c.is_background for c in claims(body)] == [background]


# --- when it was said ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "said_on", "source"),
    [
        ("on Tuesday", date(2024, 3, 12), "weekday"),
        ("late on Monday", date(2024, 3, 11), "weekday"),
        ("on March 9", date(2024, 3, 9), "explicit"),
        ("on Mar. 9", date(2024, 3, 9), "explicit"),
    ],
)
def test_said_on_from_the_sentence(phrase, said_on, source):
    c = one(f"The Sudanese army said {phrase} that 14 of its soldiers were killed in Bahri.")
    assert (c.said_on, c.said_on_source) == (said_on, source)


def test_undated_article_keeps_the_weekday():
    c = one("Hamas said on Tuesday that 9 of its fighters were killed.", published=None)
    assert c.said_on is None
    assert c.said_weekday == 1


# --- one claim per figure; two statements of one claimant ----------------------------------------


def test_a_repeated_figure_is_one_claim_with_several_mentions():
    body = (
        "Sixty-one Congolese soldiers killed in M23 offensive\n\n"
        "Sixty-one Congolese soldiers were killed in fighting with M23 rebels, the army said.\n\n"
        "The army said the 61 soldiers died near Goma."
    )
    found = claims(body)
    assert len(found) == 1
    assert found[0].low == 61 and found[0].n_mentions == 3


def test_a_hedged_and_an_exact_figure_of_one_claimant_are_kept_apart():
    body = (
        "Kenya's interior ministry said more than 20 police officers were killed by al-Shabaab "
        "on Monday.\n\nThe ministry said on Wednesday that 23 police officers were killed."
    )
    found = sorted(claims(body), key=lambda c: c.span_start)
    assert [(c.low, c.high, c.qualifier) for c in found] == [(23, 23, "exact")] or [
        (c.low, c.qualifier) for c in found
    ] == [(21, "more_than"), (23, "exact")]
    assert {c.claimant for c in found} == {"Kenya Ministry of Interior"}


# --- parties -------------------------------------------------------------------------------


def test_capital_as_metonym_is_the_claimant_country():
    c = one("Kyiv said 8 Ukrainian servicemen were captured near Robotyne.")
    assert (c.metric, c.party, c.claimant, c.claimant_party) == (
        "captured",
        "Ukraine",
        "Ukraine",
        "Ukraine",
    )


def test_both_sides_total():
    c = one("More than 300 fighters from both sides were killed in the battle for Marib.")
    assert (c.party, c.low, c.qualifier) == ("both", 301, "more_than")


@pytest.mark.parametrize(
    ("body", "metric"),
    [
        ("Fourteen fishermen remain missing after the attack on Lake Chad.", "missing"),
        ("Militants abducted 25 schoolchildren in Kaduna state.", "captured"),
        ("Eleven soldiers were taken prisoner near Bakhmut.", "captured"),
        ("Nine civilians were hospitalised after the shelling of Nikopol.", "wounded"),
        ("Three policemen lost their lives in the ambush.", "killed"),
        ("The bodies of 17 migrants were recovered near the border.", "killed"),
    ],
)
def test_metrics(body, metric):
    assert one(body).metric == metric


# --- other events ----------------------------------------------------------------------------


def test_ceasefire_time_with_its_zone():
    art = Article(
        article_id="cf",
        body="A truce took effect at 9 pm (1900 GMT) on Friday, the mediators announced.",
        published_on=PUBLISHED,
    )
    ev = next(e for e in extract(art).events if e.kind == "ceasefire")
    assert ev.occurred_clock == "21:00+02:00"


def test_territory_with_a_converted_unit_is_one_claim():
    art = Article(
        article_id="tr",
        body="Rebels seized 25 square kilometres (10 sq miles) of territory, the army said.",
        published_on=PUBLISHED,
    )
    terr = [c for c in extract(art).claims if c.kind == "territory"]
    assert [(c.metric, c.low) for c in terr] == [("area_km2", 25)]
