from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pipeline.core.extract import EXTRACTOR_VERSION, ExtractConfig, extract, split_sentences
from pipeline.core.model import Article
from pipeline.core.numbers import VagueAmounts
from tests.core.reading import casualty_claims


def run(body: str, published: date | None = None, title: str | None = None, **cfg):
    config = ExtractConfig(**cfg) if cfg else None
    return extract(Article(article_id="t1", body=body, published_on=published, title=title), config)


def casualties(body: str, published: date | None = None, title: str | None = None, **cfg):
    config = ExtractConfig(**cfg) if cfg else None
    return casualty_claims(body, published, title, config)


def only(body: str, **kw):
    claims = [c for c in casualties(body, **kw) if c.low != 0]
    assert len(claims) == 1, [(c.metric, c.low, c.party, c.evidence) for c in claims]
    return claims[0]


# --- sentences -----------------------------------------------------------------------------


def test_sentences_keep_offsets():
    body = "Gen. Diaz spoke at 9 a.m. Monday. Rebels attacked.\n\nA second paragraph."
    spans = split_sentences(body)
    texts = [body[s:e] for s, e in spans]
    assert texts == ["Gen. Diaz spoke at 9 a.m. Monday.", "Rebels attacked.", "A second paragraph."]


# --- metrics and voice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "metric", "low"),
    [
        ("Nineteen Malian soldiers were killed near the border.", "killed", 19),
        ("The blast killed 14 people in the market.", "killed", 14),
        ("The shelling left 6 civilians dead.", "killed", 6),
        ("Rescuers said 22 people died in the collapse.", "killed", 22),
        ("The death toll rose to 31 on Friday.", "killed", 31),
        ("Eleven rebels lost their lives in the ambush.", "killed", 11),
        ("Police said 4 men were shot dead at a checkpoint.", "killed", 4),
        ("At least 9 fighters became martyrs, the group said.", "killed", 9),
        ("Two guards were fatally shot outside the depot.", "killed", 2),
        ("Thirty villagers were injured in the raid.", "wounded", 30),
        ("The strike wounded 12 people.", "wounded", 12),
        ("Five children were hospitalised after the attack.", "wounded", 5),
        ("Seven aid workers are missing after the convoy was hit.", "missing", 7),
        ("Rebels abducted 40 students from the school.", "captured", 40),
        ("Three sailors were taken prisoner by the coast guard.", "captured", 3),
        ("The fighting caused 80 casualties.", "casualties", 80),
        ("A gunman shot and killed two men at a bus stop.", "killed", 2),
    ],
)
def test_metric_and_voice(body, metric, low):
    c = only(body)
    assert (c.metric, c.low) == (metric, low)
    assert c.evidence == body
    assert body[c.span_start : c.span_end]


def test_singular_person_counts_as_one():
    c = only("A taxi driver was shot and killed on Elm Street late Friday.")
    assert (c.metric, c.low, c.high) == ("killed", 1, 1)


def test_explicit_zero():
    claims = casualties("Shots hit the embassy wall but no one was hurt.")
    assert [(c.metric, c.low, c.high) for c in claims] == [("wounded", 0, 0)]
    claims = casualties("The drone struck an empty depot and nobody was killed.")
    assert [(c.metric, c.low) for c in claims] == [("killed", 0)]


def test_active_subject_is_not_a_victim():
    # the officer did the shooting: one person killed, not the officer
    claims = casualties("The officer shot and killed a burglar inside the shop.")
    assert [(c.metric, c.low) for c in claims] == [("killed", 1)]
    assert "burglar" in claims[0].evidence[claims[0].span_start : claims[0].span_end]


def test_hypothetical_is_not_a_claim():
    assert casualties("The militia threatened to kill 50 hostages.") == []


def test_not_people():
    body = "Gunmen torched 12 houses and 3 cars in 2019 and fired 40 rounds at 10 p.m."
    assert casualties(body) == []


# --- parties and subjects ------------------------------------------------------------------


def test_party_from_demonym_and_subject():
    c = only("Fourteen Sudanese soldiers were killed in the clashes.")
    assert (c.party, c.subject) == ("Sudan", "military")
    c = only("Eight Palestinians were killed in the raid.")
    assert (c.party, c.subject) == ("Palestine", "unspecified")
    c = only("The strikes killed 9 Syrian civilians.")
    assert (c.party, c.subject) == ("Syria", "civilian")


def test_both_sides():
    c = only("The battle killed 240 fighters on both sides.")
    assert c.party == "both"


def test_possessive_owner_is_the_speaker():
    c = only("Ukraine said on Monday that 12 of its soldiers had been killed.")
    assert c.party == "Ukraine"


# --- claimants and dates -------------------------------------------------------------------


def test_claimant_after_and_before():
    c = only("Eighteen Ethiopian troops were killed, the Ethiopian Defence Ministry said.")
    assert c.claimant == "Ethiopia Ministry of Defence"
    assert c.claimant_party == "Ethiopia"
    c = only("According to Kenyan police chief Amos Otieno, 6 officers died in the ambush.")
    assert c.claimant == "Amos Otieno"


def test_claimant_carried_over_and_normalised():
    body = (
        "Mexico's Defence Ministry said cartel gunmen ambushed a patrol.\n\n"
        "The ministry said on Thursday that 13 Mexican soldiers were killed."
    )
    c = only(body, published=date(2024, 5, 10))  # a Friday
    assert c.claimant == "Mexico Ministry of Defence"
    assert c.said_on == date(2024, 5, 9)
    assert c.said_on_source == "weekday"


def test_person_surname_resolves_to_full_name():
    body = (
        "Colombian President Elena Ruiz visited the region.\n\n"
        "Ruiz said 7 Colombian police officers were killed."
    )
    c = only(body)
    assert c.claimant == "Elena Ruiz"
    assert c.claimant_party == "Colombia"


def test_said_on_defaults():
    c = only("Four soldiers were killed in the north.", published=date(2024, 1, 3))
    assert (c.said_on, c.said_on_source) == (date(2024, 1, 3), "published")
    c = only("The army said on Tuesday that 4 soldiers were killed.")
    assert c.said_on is None and c.said_on_source == "unknown" and c.said_weekday == 1
    c = only("The army said on March 2 that 4 soldiers were killed.", published=date(2024, 3, 5))
    assert (c.said_on, c.said_on_source) == (date(2024, 3, 2), "explicit")


# --- one claim per figure ------------------------------------------------------------------


def test_repeated_and_hedged_mentions_merge():
    body = (
        "More than 30 Nigerian soldiers killed in ambush\n\n"
        "Thirty-two Nigerian soldiers were killed in an ambush, the army said.\n\n"
        "The army said 32 Nigerian soldiers were killed and buried on Sunday."
    )
    claims = casualties(body)
    assert len(claims) == 1
    c = claims[0]
    assert (c.low, c.high, c.qualifier, c.n_mentions) == (32, 32, "exact", 3)
    assert len(c.mention_spans) == 3
    assert c.claimant == "Nigerian army"  # the army of the soldiers it counts


def test_title_outside_the_body_counts_as_a_mention():
    ex = run("Seven Chadian soldiers were killed in the attack.", title="7 soldiers killed")
    claims = [c for c in ex.claims if c.kind == "casualty"]
    assert len(claims) == 1 and claims[0].n_mentions == 2
    assert claims[0].mention_spans == [[claims[0].span_start, claims[0].span_end]]


def test_breakdown_children_point_at_the_total():
    body = "Twenty police officers, including 15 constables and five inspectors, died in the raid."
    claims = casualties(body)
    by_low = {c.low: c for c in claims}
    assert set(by_low) == {20, 15, 5}
    assert by_low[20].parent_claim_id is None
    assert by_low[15].parent_claim_id == by_low[20].claim_id
    assert by_low[5].parent_claim_id == by_low[20].claim_id


def test_background_figures():
    body = "Two soldiers were killed on Monday.\n\nThe war of 2008 killed more than 800 people."
    claims = {c.low: c for c in casualties(body, published=date(2024, 2, 1))}
    assert claims[2].is_background is False
    assert claims[801].is_background is True


def test_link_lines_are_background():
    body = "Four soldiers were killed on Monday.\n\n- **Earlier clashes killed 300 troops**"
    claims = {c.low: c for c in casualties(body)}
    assert claims[300].is_background


@pytest.mark.parametrize(
    "line",
    [
        # labels the line rule did not know, only the parser or the flattened-page rule did
        "Must read: Blast at a market kills 12 people.",
        "Video: Blast at a market kills 12 people.",
        "Top stories | Blast at a market kills 12 people.",
    ],
)
def test_a_line_under_any_link_label_is_another_story(line: str) -> None:
    body = f"Two soldiers were killed on Monday.\n\n{line}"
    claims = {c.low: c for c in casualties(body)}
    assert not claims[2].is_background
    assert claims[12].is_background


def test_a_flattened_page_link_under_a_label_the_parser_knows_is_another_story() -> None:
    body = (
        "Police said two men were killed in the shooting on Monday. "
        "Video: Gunman kills 3 in mall shooting Police are still searching for the suspect."
    )
    claims = {c.low: c for c in casualties(body)}
    assert not claims[2].is_background
    assert claims[3].is_background


@pytest.mark.parametrize(
    "line",
    [
        # a label word opening a longer word, or a sentence, with no separator after it
        "Watchdog groups said 40 civilians were killed in the strikes.",
        "Listeners reported that 40 civilians were killed in the strikes.",
        "More than 40 civilians were killed in the strikes.",
    ],
)
def test_a_sentence_opening_on_a_label_word_is_the_storys_own(line: str) -> None:
    body = f"Two soldiers were killed on Monday.\n\n{line}"
    assert [c.is_background for c in casualties(body) if c.low != 2] == [False]


def test_claim_ids_are_stable():
    body = "Nine Somali soldiers were killed, the army said."
    a = [c.claim_id for c in casualties(body)]
    b = [c.claim_id for c in casualties(body)]
    assert a == b and len(set(a)) == len(a)


def test_config_vague_amounts():
    c = only("Dozens of Yemeni fighters were killed.", vague=VagueAmounts(dozens=30))
    assert (c.low, c.high, c.qualifier) == (30, None, "vague")


def test_version_is_stamped():
    c = only("Five Afghan police officers were killed.")
    assert c.extractor_version == EXTRACTOR_VERSION


# --- territory and ceasefires --------------------------------------------------------------


def test_territory_with_conversion_is_one_claim():
    body = "Kenya says Somali militants seized 25 sq km (10 sq miles) of Kenyan territory."
    terr = [c for c in run(body).claims if c.kind == "territory"]
    assert len(terr) == 1
    assert (terr[0].metric, terr[0].low, terr[0].party) == ("area_km2", 25, "Kenya")


def test_territory_square_miles_converted():
    body = "Rebels captured 100 square miles of land in Ethiopia."
    terr = [c for c in run(body).claims if c.kind == "territory"][0]
    assert terr.low == pytest.approx(258.999)


def test_ceasefire_with_time_and_zone():
    body = (
        "A spokesman for Sudan's army, Omar Bashir, said a truce took effect "
        "at 6 pm (1600 GMT) Saturday."
    )
    ev = run(body, published=date(2024, 6, 10)).events  # a Monday
    assert len(ev) == 1
    e = ev[0]
    assert e.kind == "ceasefire"
    assert e.occurred_at == datetime(2024, 6, 8, 16, 0, tzinfo=UTC)
    assert e.occurred_at.utcoffset() == timedelta(hours=2)
    assert e.occurred_at.tzinfo == timezone(timedelta(hours=2))


def test_ceasefire_without_date_keeps_weekday():
    body = "Officials announced a ceasefire that took effect on Friday."
    e = run(body).events[0]
    assert e.occurred_at is None and e.occurred_weekday == 4
