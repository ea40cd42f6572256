"""The side of people no word names, read from the place they were killed in, and the
army-communiqué verbs ("neutralised"). Every sentence was written for this file."""

from datetime import date

import pytest

from pipeline.core.extract import extract
from pipeline.core.model import RawDocument
from pipeline.core.parse import parse_article
from pipeline.core.places import countries_of_place
from tests.core.reading import article_totals, casualty_claims


def _country(name: str) -> str | None:
    return name


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("A drone strike killed four people in Sumy on Friday, officials said.", "Ukraine"),
        ("Shelling killed six villagers near the town of Djibo, residents said.", "Burkina Faso"),
        ("Gunmen killed nine farmers across Zamfara state.", "Nigeria"),
        # a possessive country before the place, a hyphenated holder before it
        ("At least 20 people died in Sudan's El Obeid after the attack.", "Sudan"),
        ("An air strike killed 7 civilians in Houthi-held Sanaa.", "Yemen"),
        # the place nearest the figure, not the first one the sentence names
        (
            "Officials in Kyiv said a missile killed three people in Odesa overnight.",
            "Ukraine",
        ),
        (
            "A Ukrainian drone killed two people in Belgorod, the regional governor said.",
            "Russia",
        ),
    ],
)
def test_people_of_no_named_side_take_the_country_of_the_place(body: str, party: str) -> None:
    found = casualty_claims(body)
    assert found and all(c.party == party for c in found), [(c.low, c.party) for c in found]
    assert all(c.party_source == "place" for c in found)


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # kinds of place the locative did not know, only the "a Sudanese village" rule did
        ("Shelling killed six villagers near the hamlet of Djibo, residents said.", "Burkina Faso"),
        ("Shelling killed six villagers in the countryside of Idlib, residents said.", "Syria"),
        ("Shelling killed six villagers across the settlement of Djibo.", "Burkina Faso"),
        # and one that rule did not know, only the locative did
        ("Gunmen killed nine farmers in the Palestinian enclave.", "Palestine"),
    ],
)
def test_every_place_rule_knows_every_kind_of_place(body: str, party: str) -> None:
    found = casualty_claims(body)
    assert [(c.party, c.party_source) for c in found] == [(party, "place")]


def test_a_city_stays_in_the_name_it_ends() -> None:
    # "York City" is no York (in England): only an area's kind is dropped from a name
    (c,) = casualty_claims(
        "Police said gunfire left a teenager wounded outside a bakery in York City."
    )
    assert c.party != "United Kingdom"


@pytest.mark.parametrize(
    "body",
    [
        # fighters of an armed group are no country's people
        "Troops killed 14 militants near Maiduguri, the army said.",
        # a demonym is no place: "near the Malian border" does not make the dead Malian
        "Nine civilians were killed near the Malian border.",
        # no place at all
        "Three people were killed in the attack, police said.",
        # a sea is no country's ("Gulf" is also a Papua New Guinea province)
        "A missile hit a cargo ship in the Gulf of Aden, killing two people on board.",
    ],
)
def test_no_place_or_no_country_people_keep_no_side(body: str) -> None:
    assert [c.party for c in casualty_claims(body)] == [None]


def test_a_side_the_words_name_is_kept_and_marked_as_text() -> None:
    (c,) = casualty_claims("Five Ukrainian soldiers were killed in Kursk.")
    assert (c.party, c.party_source) == ("Ukraine", "text")


def test_the_lead_places_a_figure_whose_sentence_names_no_place() -> None:
    body = (
        "An air strike hit a market in Khan Younis on Tuesday.\n\n"
        "Medics said 14 people were killed and 30 wounded."
    )
    assert {c.party for c in casualty_claims(body)} == {"Palestine"}


def test_an_earlier_event_takes_the_country_of_an_article_in_one_country() -> None:
    body = (
        "A drone struck a bus in Kherson on Monday, killing two people.\n\n"
        "In 2022, an attack killed 30 people."
    )
    bg = [c for c in casualty_claims(body) if c.is_background]
    assert [(c.low, c.party, c.party_source) for c in bg] == [(30, "Ukraine", "place")]


def test_an_earlier_event_takes_the_country_of_the_dateline_of_a_one_country_article() -> None:
    # the only place is the wire dateline's city, in the country the article names
    text = (
        "Soldiers die in border ambush\n\n"
        "Tamale, March 4 (Wire Service). Two Ghanaian soldiers were killed on Tuesday in an "
        "ambush, the army said.\n\n"
        "Since 2021, more than 60 soldiers have died in such attacks, the ministry said."
    )
    art = parse_article(RawDocument(doc_id="d1", source_file="d1.txt", raw_text=text))
    bg = [c for c in extract(art).claims if c.is_background]
    assert [(c.low, c.party) for c in bg] == [(61, "Ghana")]


@pytest.mark.parametrize(
    "body",
    [
        # the article's places are in two countries: which one the earlier event was in,
        # it does not say
        "A drone struck a bus in Kherson on Monday, killing two people. Another was shot down "
        "over Belgorod.\n\nIn 2022, an attack killed 30 people.",
        # the sentence names a side of its own
        "A drone struck a bus in Kherson on Monday, killing two people.\n\n"
        "In 2022, a Russian attack killed 30 people.",
    ],
)
def test_an_earlier_event_is_not_placed_otherwise(body: str) -> None:
    bg = [c for c in casualty_claims(body) if c.is_background]
    assert bg and all(c.party is None for c in bg)


def test_a_demonym_before_a_kind_of_place_is_a_place() -> None:
    body = (
        "Gunmen stormed a Sudanese village on Wednesday.\n\n"
        "Activists said 35 people had been killed."
    )
    assert {c.party for c in casualty_claims(body)} == {"Sudan"}


def test_the_one_armed_group_of_the_article_is_the_fighters_side() -> None:
    body = (
        "JNIM fighters attacked an army post near the border on Sunday.\n\n"
        "The army said it had neutralised 21 terrorists in the counter-attack."
    )
    (c,) = casualty_claims(body)
    assert (c.low, c.subject, c.party) == (21, "militant", "JNIM")


def test_fighters_of_an_article_with_two_armed_groups_stay_unnamed() -> None:
    body = (
        "JNIM and Islamic State fighters clashed near the border on Sunday.\n\n"
        "The army said it had neutralised 21 terrorists in the area."
    )
    (c,) = casualty_claims(body)
    assert c.party is None


def test_soldiers_that_an_armed_group_reports_are_not_its_own() -> None:
    body = (
        "The Baloch Liberation Army said its fighters had killed more than 100 security "
        "personnel in attacks across Pakistan's Balochistan province."
    )
    (c,) = casualty_claims(body)
    assert (c.claimant_party, c.party) == ("Balochistan Liberation Army", "Pakistan")


def test_a_shared_place_name_takes_the_country_the_article_is_about() -> None:
    assert len(countries_of_place("Windsor", _country)) > 1
    body = (
        "Police said a man was shot dead in Windsor on Sunday. Officers in Hartford "
        "joined the search."
    )
    (c,) = casualty_claims(body)
    assert c.party == "United States"


def test_a_placed_side_and_an_unplaced_figure_are_not_added_as_two_sides() -> None:
    body = (
        "Shelling killed five people in Kharkiv on Monday.\n\n"
        "The five were killed when shells hit a bus stop, the governor said."
    )
    assert article_totals(body) == (5, 0)


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Troops neutralised 12 bandits in the forest, the army said.", 12),
        ("Several dozen terrorists were neutralized, the ministry said.", 36),
        ("The air force said it had eliminated 30 fighters.", 30),
    ],
)
def test_neutralised_and_eliminated_people_are_killed(body: str, low: int) -> None:
    (c,) = casualty_claims(body)
    assert (c.metric, c.low, c.subject) == ("killed", low, "militant")


def test_an_eliminated_thing_is_no_casualty() -> None:
    assert casualty_claims("The threat was eliminated and 30 rifles were seized.") == []


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # a region that is no city and no ISO subdivision
        ("Gunmen killed 14 villagers in Darfur on Monday.", "Sudan"),
        ("Shelling killed three civilians in the Donbas overnight.", "Ukraine"),
        # a region naming the kind of place, and an Arabic article before the name
        ("Shelling killed 9 people in the besieged Kordofan city of Kadugli.", "Sudan"),
        ("Militiamen killed 31 villagers in al-Jazira state on Wednesday.", "Sudan"),
    ],
)
def test_regions_and_spellings_are_places(body: str, party: str) -> None:
    assert {c.party for c in casualty_claims(body)} == {party}


def test_a_namesake_of_a_country_the_article_never_names_is_no_place() -> None:
    # a market named after a town of another country: the article is about Sudan
    body = (
        "Sudanese officials said shelling hit the city on Sunday.\n\n"
        "Shells landed near the Eldoret market, killing 12 people."
    )
    assert {c.party for c in casualty_claims(body)} != {"Kenya"}


def test_a_country_whose_border_is_meant_is_no_place() -> None:
    body = "Jihadists killed 20 people in an attack near the Mali border."
    assert {c.party for c in casualty_claims(body)} == {None}


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # "Congo" alone is the Democratic Republic, as news copy uses it
        (
            "Rebels killed 17 villagers in eastern Congo on Friday.",
            "Democratic Republic of the Congo",
        ),
        ("Militants killed 8 people in the Republic of the Congo.", "Republic of the Congo"),
        # a place held by a country named with "of"
        (
            "Gunmen killed 9 people in the Democratic Republic of Congo's Ituri province.",
            "Democratic Republic of the Congo",
        ),
        # a compass point "of" a place, and a compound compass word
        ("A strike killed 12 people in a camp west of Khan Younis.", "Palestine"),
        ("Jihadists killed 30 soldiers in north-central Burkina Faso.", "Burkina Faso"),
    ],
)
def test_more_ways_of_naming_a_place(body: str, party: str) -> None:
    assert {c.party for c in casualty_claims(body)} == {party}


def test_the_dateline_places_the_story_when_the_article_names_its_country() -> None:
    from datetime import date

    from pipeline.core.extract import extract
    from pipeline.core.model import Article

    def party(dateline: str, body: str) -> set:
        art = Article(article_id="t", body=body, dateline=dateline, published_on=date(2024, 3, 14))
        return {c.party for c in extract(art).claims}

    body = "Sudanese activists said a drone strike on a market killed 14 people on Monday."
    assert party("KHARTOUM", body) == {"Sudan"}
    # a regional hub's dateline over a story about another country places nothing
    assert party("DUBAI", body) == {None}


def test_a_figure_with_no_place_takes_its_paragraphs_place() -> None:
    body = (
        "Attacks in Nigeria and Mexico\n\n"
        "Gunmen shot dead five traders in a market in Lagos, police said.\n\n"
        "In Mexico, cartel gunmen ambushed a patrol in Guerrero state and shot dead four police "
        "officers, the state prosecutor said. Two officers were wounded."
    )
    wounded = [c for c in casualty_claims(body) if c.metric == "wounded"]
    assert [(c.low, c.party) for c in wounded] == [(2, "Mexico")]


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("Sri Lanka's civil war killed about 100,000 people before it ended in 2009.", "Sri Lanka"),
        ("The Nepalese conflict left more than 17,000 people dead between 1996 and 2006.", "Nepal"),
    ],
)
def test_a_war_named_by_its_country_gives_its_dead_that_country(body: str, party: str) -> None:
    (c,) = casualty_claims(body, published=date(2024, 3, 1))
    assert (c.party, c.is_background) == (party, True)


def test_a_country_named_by_the_sentence_does_not_block_the_articles_only_country() -> None:
    body = (
        "Army repels attack on base\n\n"
        "Soldiers repelled an attack on a base near Gao in Mali on Monday, the army said.\n\n"
        "Mali has fought an insurgency since 2012 that has killed more than 10,000 people."
    )
    (c,) = [c for c in casualty_claims(body, published=date(2024, 3, 1)) if c.is_background]
    assert c.party == "Mali"


def test_fighters_take_the_group_of_the_lead_when_the_story_names_others() -> None:
    filler = "Residents said the market had reopened and traders had come back in recent weeks. "
    body = (
        "Militants storm army post\n\n"
        "ISWAP fighters attacked the post on Monday, a security source said. "
        + filler
        * 6
        + "\n\nThe army said troops neutralised 31 terrorists.\n\n"
        "Boko Haram has also stepped up attacks."
    )
    (c,) = casualty_claims(body)
    assert (c.low, c.party) == (31, "Islamic State West Africa Province")


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # a state's forces under their short name are the state
        (
            "Four FARDC soldiers were killed in the ambush, the governor said.",
            "Democratic Republic of the Congo",
        ),
        ("Three IRGC members died when the depot was hit, state TV said.", "Iran"),
        # armed groups of many wars, not only the ones the dev sets cover
        ("Police said 12 Maoists were killed in the encounter.", "Maoists"),
        ("The army said it killed nine Shining Path fighters.", "Shining Path"),
        ("Troops killed 14 Ambazonian separatists, the ministry said.", "Ambazonian separatists"),
    ],
)
def test_state_forces_and_armed_groups_of_many_wars(body: str, party: str) -> None:
    (c,) = casualty_claims(body)
    assert c.party == party


def test_a_facility_named_after_a_place_abroad_is_not_that_country() -> None:
    body = (
        "Soldiers buried\n\n"
        "LIMA - Coffins carrying four soldiers killed by a roadside bomb were flown to the "
        "Mendoza barracks in Lima on Thursday, the army said."
    )
    assert {c.party for c in casualty_claims(body)} == {"Peru"}


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # a place after "the outskirts of", "residential areas of"
        ("Three people were shot dead on the outskirts of Tamale, police said.", "Ghana"),
        ("Mortars killed five civilians in residential areas of Mazar-i-Sharif.", "Afghanistan"),
        # a name that ends on its kind of place: "the Upper West Region" is "Upper West"
        ("Nine villagers were killed in the Upper West Region on Sunday.", "Ghana"),
        # a headline that opens on its place
        ("Tamale: two killed, six hurt in clashes\n\nThe clashes began on Friday.", "Ghana"),
    ],
)
def test_more_ways_of_naming_the_place(body: str, party: str) -> None:
    found = casualty_claims(body)
    assert found and all(c.party == party for c in found), [(c.low, c.party) for c in found]


# a paragraph long enough to put what follows it beyond the lead, naming no place
_NO_PLACE = (
    "The road is the only way for traders to bring goods to the weekly market, and "
    "drivers say they now travel only in groups, by day, and pay for armed escorts when "
    "they can. Several transport unions have asked for more patrols, saying that the "
    "attacks have doubled the price of fuel and food in the towns along the route. "
    "Aid groups have suspended some deliveries, and schools in the area have closed "
    "early for the holidays. Local leaders met on Wednesday to discuss the situation.\n\n"
)


def test_a_figure_with_no_place_anywhere_near_takes_the_article_s_one_country() -> None:
    # the lead names no place; every place the article names is in one country
    body = (
        "Gunmen attacked a convoy on Tuesday, officials said.\n\n"
        "Nine civilians were killed, the officials said.\n\n"
        + _NO_PLACE
        + "Troops later searched villages near Maiduguri."
    )
    assert {(c.low, c.party) for c in casualty_claims(body)} == {(9, "Nigeria")}


def test_a_state_s_figure_does_not_take_another_country_from_the_article() -> None:
    # the story's places are in one country, but the figure is the other state's own
    body = (
        "Fighting on the border went on for a second day, officials said.\n\n"
        "Turkmenistan reported 14 casualties on Wednesday.\n\n"
        + _NO_PLACE
        + "Shells fell near Termez overnight."
    )
    (c,) = casualty_claims(body)
    assert c.party != "Uzbekistan"


def test_a_capitalised_word_that_names_a_small_town_is_no_place() -> None:
    assert countries_of_place("God", lambda name: name) == ()


def test_countries_outside_the_big_conflicts_are_sides() -> None:
    (c,) = casualty_claims("Four Papua New Guinean soldiers were killed on Monday.")
    assert c.party == "Papua New Guinea"


def test_a_country_s_rescue_service_counts_its_own_people_not_the_lead_s() -> None:
    body = (
        "Missiles struck a depot in Isfahan province on Monday, Iranian media said.\n\n"
        "Israel's ambulance service said 23 people were hurt as they ran for shelter."
    )
    (c,) = casualty_claims(body)
    assert (c.low, c.party) == (23, "Israel")


def test_an_army_s_figure_with_no_place_is_not_given_the_army_s_country() -> None:
    # an army may count the other side's people: whose they are, the words do not say
    body = (
        "Missiles struck a depot in Isfahan province on Monday, Iranian media said.\n\n"
        "The Israeli army said 23 people were hurt."
    )
    (c,) = casualty_claims(body)
    assert c.party != "Israel"


def test_a_place_after_its_or_their_is_a_place() -> None:
    body = (
        "Tehran said 14 people were killed in strikes on its northern Gilan province, "
        "while a missile killed three people in Haifa."
    )
    parties = {c.low: c.party for c in casualty_claims(body)}
    assert parties == {14: "Iran", 3: "Israel"}


@pytest.mark.parametrize(
    "body",
    [
        "Border talks resumed on Friday. In 2019, fighting between Kyrgyzstan and Tajikistan "
        "killed about 40 people in the valley.",
        "Kyrgyzstan and Tajikistan blamed each other. Skirmishes between the two Central Asian "
        "countries killed about 40 people last year.",
        "Kyrgyzstan and Tajikistan blamed each other. Shelling in 2019 killed about 40 "
        "troops and villagers on both sides.",
    ],
)
def test_a_toll_of_fighting_between_two_countries_is_both_sides(body: str) -> None:
    (c,) = casualty_claims(body)
    assert (c.low, c.party) == (40, "both")


def test_fighting_between_a_country_and_no_other_country_is_not_two_sided() -> None:
    (c,) = casualty_claims(
        "Clashes between police and protesters in Tajikistan killed about 40 people."
    )
    assert c.party == "Tajikistan"
