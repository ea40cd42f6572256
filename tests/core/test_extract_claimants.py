"""Who states a figure: speakers after a quote, speakers with asides, two speakers in one
sentence, generic sources beside place names, tallies, ministries named with a place,
capitals and seats of government, a speaker carried to the next sentence, acronyms,
names given after a title or a description, and attribution that runs on through a
paragraph or a quote.

Every sentence here was written for this file; none comes from the seeds or the dev sets.
"""

from datetime import date

import pytest

from pipeline.core.extract import extract
from pipeline.core.model import RawDocument
from pipeline.core.parse import parse_article
from tests.core.reading import casualty_claims, readers

PUBLISHED = date(2024, 6, 9)  # a Sunday


claims, one, by_low = readers(PUBLISHED)


# --- 1. the speaker after a quote -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant", "claimant_party"),
    [
        (
            '"Rescue teams pulled 23 bodies from the rubble," said Yusuf Karimi, a spokesman '
            "for the Yemeni civil defence.",
            "Yusuf Karimi",
            "Yemen",
        ),
        (
            '"Six of our men were killed near the river," said Oleksandr Petrenko, a '
            "commander in Ukraine's border guard.",
            "Oleksandr Petrenko",
            "Ukraine",
        ),
        (
            "“The shelling killed nine children,” said Jean-Pierre Mbala, a nurse at a clinic "
            "in the east.",
            "Jean-Pierre Mbala",
            None,
        ),
        (
            "'Eleven police officers were killed,' said Carlos Herrera, 41, a councillor.",
            "Carlos Herrera",
            None,
        ),
        (
            '"They shot dead four of my neighbours," said Amina, 52, who reached the camp.',
            "Amina",
            None,
        ),
        (
            '"Our forces killed 40 fighters near the port," said the Saudi-led coalition.',
            "Saudi-led coalition",
            None,
        ),
        ('"We lost 15 men in the ambush," said a rebel commander.', "rebel commander", None),
    ],
)
def test_speaker_after_a_quote(body, claimant, claimant_party):
    c = one(body)
    assert c.claimant == claimant
    assert c.claimant_party == claimant_party


@pytest.mark.parametrize(
    ("body", "claimant", "claimant_party"),
    [
        (
            '"Militants killed 12 soldiers in the raid," the Pakistani military\'s media wing '
            "said in a statement.",
            "Pakistani military's media wing",
            "Pakistan",
        ),
        (
            '"Insurgents killed seven soldiers near the border," the Malian army\'s '
            "communication unit said.",
            "Malian army's communication unit",
            "Mali",
        ),
        (
            '"Gunmen shot dead 16 worshippers," the Nigerian police force\'s media office said.',
            "Nigerian police force's media office",
            "Nigeria",
        ),
        (
            "Israeli officials said 4 soldiers were wounded, while Hamas's armed wing said "
            "it had wounded 20 soldiers.",
            None,
            None,
        ),
    ],
)
def test_a_wing_or_unit_of_an_organisation_speaks(body, claimant, claimant_party):
    if claimant is None:
        found = by_low(body)
        assert found[20].claimant == "Hamas armed wing"
        assert found[20].claimant_party == "Hamas"
        assert found[4].claimant == "Israeli officials"
        return
    c = one(body)
    assert (c.claimant, c.claimant_party) == (claimant, claimant_party)


# --- 3. two speakers in one sentence ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "A spokesman for the Myanmar junta, Tun Aung Kyaw, said 14 soldiers had died in "
            "the clashes, while the Arakan Army claimed it had killed more than 50 troops.",
            (14, "Tun Aung Kyaw", "Myanmar"),
            (51, "Arakan Army", "Arakan Army"),
        ),
        (
            "A spokeswoman for the Sudanese army, Nabila Osman, said 25 soldiers had been "
            "killed, while the RSF claimed it had killed more than 200 troops.",
            (25, "Nabila Osman", "Sudan"),
            (201, "Rapid Support Forces", "Rapid Support Forces"),
        ),
        (
            "A Russian defence ministry spokesman, Pavel Orlov, said 60 Ukrainian troops were "
            "killed, while Kyiv said 12 of its soldiers died.",
            (60, "Pavel Orlov", "Russia"),
            (12, "Ukraine", "Ukraine"),
        ),
        (
            "Twelve soldiers were killed in the ambush, the army said, while the rebels said "
            "30 of their fighters died.",
            (12, "army", None),
            (30, "rebels", None),
        ),
        (
            "The army said 12 soldiers were killed, while 30 rebels died, the rebels said.",
            (12, "army", None),
            (30, "rebels", None),
        ),
        (
            "Nine police officers were killed, the governor said, but 40 attackers died, "
            "witnesses said.",
            (9, "governor", None),
            (40, "witnesses", None),
        ),
    ],
)
def test_each_figure_takes_the_speaker_of_its_clause(body, first, second):
    found = by_low(body)
    for low, claimant, party in (first, second):
        assert (found[low].claimant, found[low].claimant_party) == (claimant, party)


# --- 4. generic sources beside a place --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "Gunmen killed 15 people in an attack on a village in northern Burkina Faso, "
            "security sources said.",
            "security sources",
        ),
        (
            "Gunmen killed 22 villagers in a raid in northern Burkina Faso, local sources said.",
            "local sources",
        ),
        (
            "Jihadists killed 30 soldiers near a base in Niger, a military source said.",
            "military source",
        ),
        (
            "Fighters killed 13 people in Ituri province of the Democratic Republic of Congo, "
            "witnesses said.",
            "witnesses",
        ),
        ("A drone strike killed eight people in Khartoum, Sudan, medics said.", "medics"),
        ("Eight miners died in the blast in Cauca, Colombia, residents said.", "residents"),
        ("A shell killed five people in Kherson, Ukraine, officials said.", "officials"),
    ],
)
def test_generic_sources_win_over_a_place(body, claimant):
    c = one(body)
    assert c.claimant == claimant
    assert c.claimant_party is None


# --- 5. tallies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "At least 40 people were killed, according to a tally by AFP based on figures "
            "from local officials.",
            "AFP",
        ),
        ("At least 40 people were killed in Gaza, according to a Reuters tally.", "Reuters"),
        ("At least 40 people were killed in Darfur, according to an AFP count.", "AFP"),
        (
            "The war has killed more than 10,000 people, according to an AFP tally compiled "
            "from official sources.",
            "AFP",
        ),
        ("Some 35 soldiers died in the ambush in Mali, according to a count by ACLED.", "ACLED"),
        (
            "At least 60 civilians died in the strikes, according to an Associated Press count.",
            "Associated Press",
        ),
        (
            "At least 45 civilians were killed in El Geneina, according to a count by the "
            "Sudan Doctors Network.",
            "Sudan Doctors Network",
        ),
        (
            "At least 23 people died in Taiz, according to figures from local officials.",
            "local officials",
        ),
    ],
)
def test_the_tallier_is_the_claimant(body, claimant):
    assert one(body).claimant == claimant


# --- 6. ministries and staffs named with a place ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant", "claimant_party"),
    [
        (
            "The health ministry in the Hamas-run territory said at least 34,100 people have "
            "been killed.",
            "Ministry of Health",
            None,
        ),
        (
            "The health ministry in the rebel-held city said 41 people had been killed.",
            "Ministry of Health",
            None,
        ),
        (
            "The health ministry in Gaza said 73 people were killed in the past 24 hours.",
            "Palestine Ministry of Health",
            "Palestine",
        ),
        (
            "The Gaza health ministry said 73 people were killed in the past 24 hours.",
            "Palestine Ministry of Health",
            "Palestine",
        ),
        (
            "At least 23 people died, according to figures from the health ministry in Gaza.",
            "Palestine Ministry of Health",
            "Palestine",
        ),
        (
            "Ukraine's General Staff said 1,150 Russian troops were killed over the past day.",
            "Ukrainian General Staff",
            "Ukraine",
        ),
        ("Officials in Goma said 17 people were killed by shelling.", "Officials in Goma", None),
        (
            "Police in Karachi said 4 people were killed in the blast.",
            "Police in Karachi",
            None,
        ),
    ],
)
def test_sources_named_with_a_place(body, claimant, claimant_party):
    c = one(body)
    assert (c.claimant, c.claimant_party) == (claimant, claimant_party)


# --- 7. capitals and seats of government ------------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "claimant", "claimant_party"),
    [
        ("Kyiv", "Ukraine", "Ukraine"),
        ("Moscow", "Russia", "Russia"),
        ("The Kremlin", "Russia", "Russia"),
        ("Beijing", "China", "China"),
        ("Tehran", "Iran", "Iran"),
        ("Washington", "United States", "United States"),
        ("The Pentagon", "Pentagon", "United States"),
        ("The White House", "White House", "United States"),
        ("Downing Street", "Downing Street", "United Kingdom"),
    ],
)
def test_capitals_and_seats_speak_for_their_country(speaker, claimant, claimant_party):
    c = one(f"{speaker} said 11 civilians were killed in the strike.")
    assert (c.claimant, c.claimant_party) == (claimant, claimant_party)


def test_a_seat_named_inside_a_longer_speaker_gives_its_party():
    c = one("A Pentagon spokesman said two service members were wounded.")
    assert c.claimant_party == "United States"


# --- 8. an aside between the speaker and the verb ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The governor, who visited the site on Monday, said 12 people had died.", "governor"),
        (
            "Officials, who spoke on condition of anonymity, said 12 people had died.",
            "Officials",
        ),
        (
            "Officials, speaking on condition of anonymity, said 9 miners were killed in Ituri.",
            "Officials",
        ),
        (
            "The mayor, whose town was shelled overnight for the third time this week, said "
            "six residents were killed.",
            "mayor",
        ),
        (
            "The army, which has fought the rebels in the north since 2019, said 8 soldiers "
            "were killed.",
            "army",
        ),
        (
            "A local official in Mopti, who asked not to be named, said 31 villagers had been "
            "killed.",
            "local official in Mopti",
        ),
    ],
)
def test_speaker_behind_an_aside(body, claimant):
    found = [c for c in claims(body) if c.low and c.low > 1]
    assert len(found) == 1
    assert found[0].claimant == claimant


def test_a_date_in_the_aside_is_not_when_the_speaker_spoke():
    c = one("The governor, who visited the site on Monday, said 12 people had died.")
    assert c.said_on == PUBLISHED
    assert c.said_on_source == "published"


# --- 9. a speaker carried to the next sentence ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "The ministry said 14 of its servicemen were killed. It said 22 others were wounded.",
            "Ministry",
        ),
        (
            "The army said 14 soldiers were killed. The military added that 22 others were "
            "wounded.",
            "army",
        ),
        (
            "The military said 5 soldiers were killed near Kidal. The army added that 9 others "
            "were wounded.",
            "military",
        ),
        (
            "The Ukrainian military said 14 soldiers were wounded. The army added that 3 had died.",
            "Ukrainian military",
        ),
        (
            "Colombia's defence ministry said 7 soldiers died in the ambush. It said 4 others "
            "were wounded.",
            "Colombia Ministry of Defence",
        ),
    ],
)
def test_the_speaker_carries_over(body, claimant):
    found = claims(body)
    assert len(found) == 2
    assert {c.claimant for c in found} == {claimant}


def test_a_different_army_is_not_carried_over():
    found = by_low(
        "The Sudanese army said 14 soldiers were killed. "
        "Ethiopian officials said 3 border guards were wounded."
    )
    assert found[14].claimant == "Sudanese army"
    assert found[3].claimant == "Ethiopian officials"


# --- 10. acronyms -----------------------------------------------------------------------------


def test_an_acronym_in_parentheses_is_its_body():
    found = by_low(
        "The Kenya Defence Forces (KDF) said 12 soldiers were killed in the raid. In a later "
        "update, the KDF said 3 soldiers were wounded."
    )
    # the article names the body by its acronym, so the claimant is the acronym
    assert found[12].claimant == found[3].claimant == "KDF"


def test_an_acronym_of_a_body_named_before_is_that_body():
    found = by_low(
        "The Sudan Doctors Network said 9 people were killed.\n\n"
        "Later, the SDN said 4 children were wounded."
    )
    assert found[9].claimant == found[4].claimant == "Sudan Doctors Network"


def test_an_acronym_spelled_out_elsewhere_names_the_speaker():
    c = one(
        "Clashes between the Northern Liberation Front (NLF) and the army have spread. The NLF "
        "said 30 soldiers were killed."
    )
    assert c.claimant == "NLF"


def test_a_name_ending_in_a_lowercase_head_is_not_read_as_a_tally():
    c = one(
        "At least 300 people have been killed, according to the Conflict Event Data project (CEDP)."
    )
    assert c.claimant == "Conflict Event Data project"


# --- 11. the name after a title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The regional police chief, Anil Mehra, said 6 people were killed.", "Anil Mehra"),
        (
            "The Deputy Minister of Interior, Sara Kellerman, told reporters that 15 fighters "
            "were killed.",
            "Sara Kellerman",
        ),
        (
            "Army spokesman, Lt. Col. Tomas Brenner, said 22 insurgents had been killed.",
            "Tomas Brenner",
        ),
        (
            "Ruth Okafor, a leader of the Lakeside Vigilance Committee, a militia that guards "
            "the villages, said 3 of its members were killed.",
            "Ruth Okafor",
        ),
        (
            "Drones hit a fuel depot, killing 5 workers, said Ana Petrova, the deputy head of "
            "the district, after a visit.",
            "Ana Petrova",
        ),
    ],
)
def test_the_name_given_with_a_title_is_the_claimant(body, claimant):
    assert one(body).claimant == claimant


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "Shelling killed 9 villagers, a local rights group said. The Kivu Rights Network "
            "said the shells hit a school.",
            "Kivu Rights Network",
        ),
        (
            "Gunmen killed 7 people in the market, the district governor said. Governor Paul "
            "Onyango said the attackers fled on motorbikes.",
            "Paul Onyango",
        ),
    ],
)
def test_a_speaker_described_first_takes_the_name_given_next(body, claimant):
    assert one(body).claimant == claimant


def test_a_witness_named_next_is_not_the_described_official():
    c = one(
        'Gunmen killed 7 people in the market, a local official said. "They came at night," '
        "said Omar Haji, a trader."
    )
    assert c.claimant == "local official"


# --- 12. who is not a speaker -----------------------------------------------------------------


def test_a_place_after_a_long_phrase_is_not_the_speaker():
    c = one("Residents of a hamlet 10 km north of Gao told reporters that 5 civilians were killed.")
    assert c.claimant == "Residents"


def test_a_relative_pronoun_is_not_a_speaker():
    assert one("The toll includes 12 soldiers who were declared dead on Monday.").claimant is None


def test_a_place_before_a_trailing_speaker_is_not_its_name():
    c = one(
        "Bandits abducted 40 residents of a village in Birnin Local Government Area of Sokoto "
        "State, the village head has said."
    )
    assert c.claimant == "village head"


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "The governor of the Kherson region said 3 people were killed.",
            "governor of the Kherson region",
        ),
        ("Update: Horvath now says the number of injured has risen to 13.", "Horvath"),
        (
            "An officer at the checkpoint, who asked not to be named, said 17 fighters "
            "were killed overnight.",
            "officer at the checkpoint",
        ),
    ],
)
def test_more_speakers_before_their_verb(body, claimant):
    # the speaker of an aside may also be read as one person hit (see section 8)
    found = [c for c in claims(body) if c.low and c.low > 1]
    assert [c.claimant for c in found] == [claimant]


# --- 13. attribution that runs on -------------------------------------------------------------


def test_a_paragraph_goes_on_with_its_speaker():
    found = by_low(
        "Police said 4 officers were killed in the ambush. Six other officers were wounded."
    )
    assert found[4].claimant == found[6].claimant == "Police"


def test_a_new_paragraph_does_not_take_the_speaker():
    found = by_low(
        "Police said 4 officers were killed in the ambush.\n\n"
        "Six other officers were wounded in a separate attack."
    )
    assert found[6].claimant is None


def test_according_to_holds_only_its_own_sentence():
    found = by_low(
        "At least 40 people died in the floods, according to the UN. In March, rebels killed "
        "12 farmers."
    )
    assert found[40].claimant == "United Nations"
    assert found[12].claimant is None


def test_a_quote_over_two_sentences_takes_the_speaker_that_closes_it():
    found = by_low(
        '"We lost eight men on the ridge. Eleven more were wounded," the commander told reporters.'
    )
    assert found[8].claimant == found[11].claimant == "commander"


def test_a_participle_speaks_for_the_subject_of_its_clause():
    found = by_low(
        "The Mountain Defence Front gave its own toll, saying its fighters had killed 14 "
        "soldiers. It said 3 of its men were wounded."
    )
    assert found[14].claimant == found[3].claimant == "Mountain Defence Front"


def test_a_headline_names_its_source_after_a_colon():
    found = claims(
        "The shells landed near the market on Sunday.",
        title="Mortar fire kills 4 soldiers in border town: monitor",
    )
    assert [(c.low, c.claimant) for c in found] == [(4, "monitor")]


@pytest.mark.parametrize(
    "rebels",
    ["The Kayin Liberation Army", "The Arakan Army", "The People's Revolutionary Army"],
)
def test_a_later_the_army_is_not_an_insurgents_army(rebels):
    # an insurgents' "... Army" named first is not the army a later "the army said" means
    c = one(f"{rebels} said it attacked a convoy on Monday. The army said 12 soldiers were killed.")
    assert c.claimant == "army"


# --- 14. documents, findings, toll verbs, passives, scope across clauses -----------------------


def test_a_statement_speaks_for_the_body_that_spoke_last():
    found = by_low(
        "The border police said on Monday that 31 officers were killed. A first statement "
        "issued late on Sunday had reported 12 dead."
    )
    assert found[12].claimant == found[31].claimant == "border police"


def test_a_body_named_before_its_document_is_the_claimant():
    c = one("A UN inquiry found that the militia killed at least 63 villagers in the valley.")
    assert c.claimant == "United Nations"


def test_found_without_a_clause_states_nothing():
    assert one("Rescuers found the bodies of 5 fishermen on the beach.").claimant is None


def test_a_toll_given_or_raised_is_said():
    found = by_low(
        "A second official later gave a higher toll of 28 dead and said 9 guards were still "
        "missing."
    )
    assert found[28].claimant == found[9].claimant == "official"
    c = one("The regional health office later raised the toll to 44 as more bodies came in.")
    assert c.claimant == "regional health office"


def test_a_passive_speech_verb_names_its_speaker_after_by():
    found = by_low("The toll, first reported by district officials at 8 dead, later climbed to 19.")
    assert found[8].claimant == "district officials"
    assert found[19].claimant is None  # the aside says only its own figure


def test_according_to_ends_where_a_participle_clause_begins():
    c = one(
        "Nearly 3,000 people were killed in the uprising, according to a reconciliation "
        "commission set up by parliament in 2019."
    )
    assert c.claimant == "reconciliation commission"


def test_a_countrys_own_figures_are_its_claim():
    c = one("At least 70 soldiers have been killed since January, according to Armenian figures.")
    assert (c.claimant, c.claimant_party) == ("Armenia", "Armenia")


def test_a_scene_setting_when_clause_belongs_to_the_trailing_speaker():
    found = by_low(
        "The health ministry says 800 people have died since the siege began in May, when "
        "gunmen stormed the town, killing 45 guards, according to Malian figures."
    )
    assert found[800].claimant == "Ministry of Health"
    assert found[45].claimant == "Mali"


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # a body that counts from others' records states its own figure
        (
            "Twelve of the dead were children, the rescue agency said, citing records from the "
            "city morgue.",
            "rescue agency",
        ),
        # an outlet passes on the figures of the source it cites
        (
            "State television said 15 villagers were killed, citing figures from the Red Cross.",
            "Red Cross",
        ),
    ],
)
def test_citing_records_keeps_a_body_but_not_an_outlet(body, claimant):
    assert one(body).claimant == claimant


def test_an_official_takes_the_name_of_the_office_holder_given_next():
    c = one(
        "A landmine killed 6 herders on Tuesday, a local official said. Abebe Kebede, the "
        "administrator of the district, said the blast happened at dawn."
    )
    assert c.claimant == "Abebe Kebede"


def test_a_paragraph_that_opens_on_the_figure_keeps_its_speaker():
    found = by_low(
        "The navy said 140 sailors had died since March.\n\n"
        "This number includes 22 cadets killed in training."
    )
    assert found[22].claimant == "navy"
    found = by_low(
        "The navy said 140 sailors had died since March.\n\n"
        "Twenty-two cadets were killed in a separate accident."
    )
    assert found[22].claimant is None


def test_an_acronym_the_party_table_knows_names_the_party():
    c = one(
        "The Group for Support of Islam and Muslims (JNIM) said its fighters killed 30 soldiers."
    )
    assert c.claimant == "JNIM"


def test_dotted_country_and_un_abbreviations():
    c = one("The U.K. Defence Ministry estimates that 2,000 fighters were killed in the offensive.")
    assert c.claimant_party == "United Kingdom"
    assert one("At least 17 people were killed in the raid, the U.N. said.").claimant == (
        "United Nations"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Residents are urged to stay alert and report 3 missing hikers to police.",
        "A woman was wounded; she was treated and released the same day.",
    ],
)
def test_a_verb_after_and_that_is_not_a_statement_has_no_speaker(body):
    assert all(c.claimant is None for c in claims(body))


def test_who_the_pronoun_is_not_part_of_the_speaker():
    c = one("A driver, who investigators say ran a red light, was killed.")
    assert c.claimant == "investigators"


def test_a_state_that_believes_a_figure_claims_it():
    c = one("Kabul believes 40 fighters were killed in the raid.")
    assert (c.claimant, c.claimant_party) == ("Afghanistan", "Afghanistan")


# --- 15. acronyms as names, described speakers, asides that name, "with X saying" -----------


@pytest.mark.parametrize(
    "body",
    [
        "The Lakeland Peace Institute (LPI) said 40 civilians were killed this year.",
        "According to the Lakeland Peace Institute (LPI), 40 civilians were killed this year.",
        "The Lakeland Peace Institute (LPI), a research group, says 40 civilians were killed.",
        "The Lakeland Peace Institute (LPI) opened an office. The Lakeland Peace Institute "
        "said 40 civilians were killed this year.",
    ],
)
def test_a_body_the_article_names_by_its_acronym_is_the_acronym(body):
    assert one(body).claimant == "LPI"


def test_a_ministry_keeps_its_normalised_name_beside_an_acronym():
    c = one("The Kenya Ministry of Defence (MoD) said 4 soldiers were killed.")
    assert c.claimant == "Kenya Ministry of Defence"


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("A conflict analyst, Tomas Varga, said 8 soldiers were abducted.", "Tomas Varga"),
        ("A school official in Ruvina, Jane Holm, told reporters that 5 pupils died.", "Jane Holm"),
        ("The regional relief mission, LAKMIS, said 14 wounded were flown out.", "LAKMIS"),
        (
            "In a statement, the Director of Naval Information, Capt. Piet Moss, said 3 "
            "sailors were missing.",
            "Piet Moss",
        ),
    ],
)
def test_a_description_then_the_name(body, claimant):
    assert one(body).claimant == claimant


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("Another villager, who asked not to be named, said 6 people were hurt.", "villager"),
        ("Our reporter, speaking from the port, said 20 people were wounded.", "reporter"),
        ("A farm worker, sheltering near the dam, said 9 people were killed.", "worker"),
    ],
)
def test_a_plain_speaker_behind_an_aside(body, claimant):
    assert one(body).claimant == claimant


@pytest.mark.parametrize(
    "body",
    [
        '"They killed 12 people," said one villager, who gave only his first name, Oskar.',
        "A militia leader, who gave his name as Oskar Lind, said 12 people were killed.",
    ],
)
def test_an_aside_that_gives_the_speakers_name(body):
    assert one(body).claimant.startswith("Oskar")


def test_with_a_source_saying():
    c = one("Troops retook the mall by dawn, with police saying 11 people were killed.")
    assert c.claimant == "police"


def test_a_name_then_a_plain_description_of_the_body():
    c = one("The Valeria Lifeline rescue service said it treated 33 injured people.")
    assert c.claimant == "Valeria Lifeline rescue service"
    c = one("A day later the state-run Morning Herald newspaper reported 7 soldiers were killed.")
    assert c.claimant == "Morning Herald newspaper"


def test_he_points_back_to_a_described_official():
    found = by_low(
        "The provincial governor said 5 people were killed in the shelling. Another 9 were "
        "wounded, he said."
    )
    assert found[5].claimant == found[9].claimant == "provincial governor"


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "At least 60 civilians have been killed since May, according to humanitarian partners.",
            "humanitarian partners",
        ),
        # a bare head points back to the one body of that head the article names
        (
            "The Kebbi Farmers Association condemned the raid. Eleven villagers were killed, "
            "the association said.",
            "Kebbi Farmers Association",
        ),
        (
            "The 4th Infantry Division said troops clashed with rebels. A fifth rebel was "
            "captured, the division said.",
            "4th Infantry Division",
        ),
        # a monitor described, not named, is the monitoring body the article names
        (
            "The Yemen Observatory for Civil Rights recorded the raids. At least 16 people "
            "were killed, the London-based monitor said.",
            "Yemen Observatory for Civil Rights",
        ),
        # where a body sits is no part of its name
        (
            "The Geneva-based Sahel Observatory for Peace said 21 herders were killed.",
            "Sahel Observatory for Peace",
        ),
        # a name that goes on after its head
        (
            "The Council of Elders condemned the raid. Eleven villagers were killed, the "
            "council said.",
            "Council of Elders",
        ),
        # any organisation's or armed body's head, not only an association's or a council's
        (
            "The Regional Human Rights Office documented the raid. Eleven villagers were "
            "killed, the office said.",
            "Regional Human Rights Office",
        ),
        (
            "The Lakeside Relief Agency sent teams to the camp. Eleven villagers were killed, "
            "the agency said.",
            "Lakeside Relief Agency",
        ),
        (
            "The Hill Country Militia attacked the post. Eleven soldiers were killed, the "
            "militia said.",
            "Hill Country Militia",
        ),
    ],
)
def test_more_kinds_of_source_and_bodies_named_once_give_tolls(body: str, claimant: str) -> None:
    (c,) = casualty_claims(body)
    assert c.claimant == claimant


@pytest.mark.parametrize(
    "body",
    [
        # the army that lost soldiers is not the armed group named as the attacker
        "Kachin Independence Army fighters attacked a base in Hpakant. Eleven soldiers were "
        "killed, the army said.",
        # "the group" is the armed group the story is about
        "Al-Shabaab fighters stormed the base, according to the International Crisis Group. "
        "Eleven soldiers were killed, the group said.",
    ],
)
def test_a_bare_army_or_group_is_not_the_one_named_body_of_that_kind(body: str) -> None:
    (c,) = casualty_claims(body)
    assert c.claimant not in ("Kachin Independence Army", "International Crisis Group")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the letterhead names the body that issues the release
        (
            "Troops repel raid on border post\n\nMINISTRY OF DEFENCE\n\nPRESS RELEASE\n\n"
            "Troops of the northern sector repelled an attack on a border post on Monday. "
            "Four soldiers were killed and six were wounded in the fighting.",
            "Ministry of Defence",
        ),
        # the body that "informs public opinion"
        (
            "Communique on the attack at Kora\n\nCOMMUNIQUE\n\n"
            "The National Police Directorate informs public opinion that an attack took place "
            "at Kora on Sunday. Two officers were killed.",
            "National Police Directorate",
        ),
        # the acronym the title opens on, defined in the text
        (
            "NRC evacuates staff after shelling\n\nPress release\n\n"
            "The Northern Relief Corps (NRC) evacuated its staff from the camp on Friday "
            "after shelling in which 12 displaced people were killed.",
            "NRC",
        ),
    ],
)
def test_a_press_release_speaks_for_its_issuer(text: str, claimant: str) -> None:
    art = parse_article(RawDocument(doc_id="r1", source_file="r1.txt", raw_text=text))
    found = [c for c in extract(art).claims if c.kind == "casualty"]
    assert found and all(c.claimant == claimant for c in found), [
        (c.low, c.claimant) for c in found
    ]


@pytest.mark.parametrize(
    "label",
    [
        # a bare "Communiqué" line, which the parser keeps as the document's label
        "Communiqué",
        "Official Communiqué",
        # a label the extractor knew but the parser dropped as a heading
        "Situation Report",
    ],
)
def test_every_label_line_the_parser_keeps_makes_a_release(label: str) -> None:
    text = (
        f"Clash at a river crossing\n\n{label}\n\n"
        "The Lakeside Defence Force informs public opinion that its post at a river crossing "
        "came under attack on Sunday. Three soldiers were killed."
    )
    art = parse_article(RawDocument(doc_id="r3", source_file="r3.txt", raw_text=text))
    assert label in art.body.split("\n\n")
    found = [c for c in extract(art).claims if c.kind == "casualty"]
    assert [(c.low, c.claimant) for c in found] == [(3, "Lakeside Defence Force")]


def test_a_communique_named_in_a_sentence_makes_no_release() -> None:
    text = (
        "Clash at a river crossing\n\n"
        "Communiqué 4 of the Lakeside Defence Force, read on radio, described the attack. "
        "Three soldiers were killed at the crossing on Sunday, a local official said."
    )
    art = parse_article(RawDocument(doc_id="r4", source_file="r4.txt", raw_text=text))
    assert {c.claimant for c in extract(art).claims if c.kind == "casualty"} == {"local official"}


def test_a_news_story_quoting_no_one_has_no_issuer() -> None:
    text = (
        "Troops repel raid on border post\n\nBy Jane Roe\n\n"
        "Troops of the northern sector repelled an attack on a border post on Monday. "
        "Four soldiers were killed and six were wounded in the fighting."
    )
    art = parse_article(RawDocument(doc_id="r2", source_file="r2.txt", raw_text=text))
    assert {c.claimant for c in extract(art).claims if c.kind == "casualty"} == {None}


# --- a role noun that points back to the person who holds it ---------------------------------


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # the title before the name, then the bare role
        (
            "Coast guard spokesman Captain Tomas Lindqvist said the ferry had been boarded. "
            "Three crew members were wounded in the raid, the spokesman said.",
            "Tomas Lindqvist",
        ),
        # an abbreviated rank between the office and the name
        (
            "Army spokesman Maj. Ruben Okafor said the bridge was held. Nine attackers were "
            "killed overnight, the army spokesman added.",
            "Ruben Okafor",
        ),
        (
            "Regional ombudsman Ilse Brandt said 16 villagers had been killed. The ombudsman "
            "said 52 others were wounded.",
            "Ilse Brandt",
        ),
        (
            "Interior Minister Pavel Dusek told reporters the convoy was ambushed. Four "
            "policemen were killed, the interior minister said.",
            "Pavel Dusek",
        ),
    ],
)
def test_the_role_noun_is_the_person_named_with_it(body: str, claimant: str) -> None:
    found = claims(body)
    assert found and all(c.claimant == claimant for c in found), [
        (c.low, c.claimant) for c in found
    ]


@pytest.mark.parametrize(
    "body",
    [
        # another office than the one named
        "Interior Minister Pavel Dusek told reporters the convoy was ambushed. Four policemen "
        "were killed, the defence minister said.",
        # someone else's spokesman
        "Army spokesman Maj. Ruben Okafor said the bridge was held. Nine soldiers were killed "
        "overnight, the rebel spokesman said.",
        # an indefinite one is anybody
        "Coast guard spokesman Captain Tomas Lindqvist said the ferry had been boarded. Three "
        "crew members were wounded, a spokesman for the shipping firm said.",
    ],
)
def test_a_role_noun_that_does_not_fit_is_not_the_named_person(body: str) -> None:
    found = claims(body)
    assert found and all(
        c.claimant not in ("Pavel Dusek", "Ruben Okafor", "Tomas Lindqvist") for c in found
    ), [(c.low, c.claimant) for c in found]


def test_a_name_with_a_lowercase_particle_is_the_he_of_the_next_quote() -> None:
    body = (
        "Troops beat back an assault on Sunday, killing 20 insurgents, a military source said. "
        "Col. Hamid al-Tikriti, commander of the eastern front, said the insurgents came at "
        'night. "We lost two men and seven were wounded," he said.'
    )
    later = [c for c in claims(body) if c.low in (2, 7)]
    assert len(later) == 2 and all(c.claimant == "Hamid al-Tikriti" for c in later), [
        (c.low, c.claimant) for c in later
    ]


def test_according_to_him_is_the_person_just_quoted() -> None:
    body = (
        "Col. Ivan Sokol said the attack began at dawn. According to him, four soldiers "
        "were killed."
    )
    (c,) = claims(body)
    assert c.claimant == "Ivan Sokol"
