"""Figures and events from an article's body: casualty counts, territory, ceasefires.

Pure Python over one ``Article``: no Dagster, no database, no file system. The reading is
rule based and fast: split the body into sentences (keeping offsets), look only at the
sentences that hold a casualty word, link each count to the word that says what happened to
those people, then decide whose people they are, who says so and when. Repeated mentions of
one figure (headline, standfirst, body) become one claim with several mentions.
"""

import bisect
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import accumulate, compress, count
from operator import itemgetter

from pipeline.core.lexicon import (
    LINK_LABEL,
    LINK_SEPARATOR,
    NAME_END_KINDS,
    PLACE_KINDS,
    RELEASE_LABEL,
    RELEASE_WORDS,
    alternation,
    caseless_alternation,
    scan,
    starts_where,
)
from pipeline.core.model import Article, Claim, Event, Extraction
from pipeline.core.numbers import DEFAULT_VAGUE, VagueAmounts, find_quantities, whole
from pipeline.core.places import countries_of_place, is_own_name

EXTRACTOR_VERSION = "0.11.0"


@dataclass(frozen=True)
class ExtractConfig:
    """How the extractor reads figures; the defaults follow the data contract."""

    vague: VagueAmounts = field(default_factory=lambda: DEFAULT_VAGUE)
    # "a man was killed", "he died": a singular person counts as one.
    implicit_singular: bool = True
    # Lines that read as links to other stories (bullets, "READ MORE", short unpunctuated
    # lines deep in the page) hold background figures.
    link_lines_are_background: bool = True
    # Non-empty lines at the top of the body that may be a headline or standfirst.
    headline_lines: int = 4
    # A casualty count above this is not a count of people in one incident ("10^30
    # killed", a misread phone number): such a figure is not kept as a claim.
    max_people: float = 10_000_000


DEFAULT_CONFIG = ExtractConfig()

# --- lexicon -------------------------------------------------------------------------------

# "Country name|demonyms and other names (comma separated)|capital and metonyms"
_COUNTRIES = """\
Afghanistan|Afghan,Afghans|Kabul
Albania|Albanian,Albanians|Tirana
Algeria|Algerian,Algerians|Algiers
Angola|Angolan,Angolans|Luanda
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
Armenia|Armenian,Armenians|Yerevan
Australia|Australian,Australians|Canberra
Austria|Austrian,Austrians|Vienna
Azerbaijan|Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku
Bahamas|Bahamian,Bahamians|
Bahrain|Bahraini,Bahrainis|Manama
Bangladesh|Bangladeshi,Bangladeshis|Dhaka
Belarus|Belarusian,Belarusians,Belarussian|Minsk
Belgium|Belgian,Belgians|Brussels
Belize|Belizean,Belizeans|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian,Bolivians|La Paz
Bosnia and Herzegovina|Bosnian,Bosnians,Bosnia|Sarajevo
Botswana|Motswana,Batswana|Gaborone
Brazil|Brazilian,Brazilians|Brasilia
Brunei|Bruneian,Bruneians|Bandar Seri Begawan
Bulgaria|Bulgarian,Bulgarians|Sofia
Burkina Faso|Burkinabe,Burkinabé|Ouagadougou
Burundi|Burundian,Burundians|Gitega
Cambodia|Cambodian,Cambodians|Phnom Penh
Cameroon|Cameroonian,Cameroonians|Yaounde
Canada|Canadian,Canadians|Ottawa
Cape Verde|Cape Verdean,Cape Verdeans,Cabo Verde|Praia
Central African Republic|Central African,Central Africans,CAR|Bangui
Chad|Chadian,Chadians|N'Djamena
Chile|Chilean,Chileans|Santiago
China|Chinese|Beijing
Colombia|Colombian,Colombians|Bogota,Bogotá
Comoros|Comorian,Comorians|Moroni
Costa Rica|Costa Rican,Costa Ricans|
Croatia|Croatian,Croatians,Croat,Croats|Zagreb
Cuba|Cuban,Cubans|Havana
Cyprus|Cypriot,Cypriots|Nicosia
Czech Republic|Czech,Czechs,Czechia|Prague
Democratic Republic of the Congo|Congolese,DRC,DR Congo,Congo,Democratic Republic of Congo|Kinshasa
Denmark|Danish,Dane,Danes|Copenhagen
Djibouti|Djiboutian|
Dominican Republic|Dominican,Dominicans|Santo Domingo
East Timor|Timorese,Timor-Leste|Dili
Ecuador|Ecuadorian,Ecuadorians|Quito
Egypt|Egyptian,Egyptians|Cairo
El Salvador|Salvadoran,Salvadorans|San Salvador
Equatorial Guinea|Equatoguinean,Equatoguineans|Malabo
Eritrea|Eritrean,Eritreans|Asmara
Estonia|Estonian,Estonians|Tallinn
Eswatini|Swazi,Swazis,Swaziland|Mbabane
Ethiopia|Ethiopian,Ethiopians|Addis Ababa
Fiji|Fijian,Fijians|Suva
Finland|Finnish,Finn,Finns|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Gambia|Gambian,Gambians|Banjul
Georgia|Georgian,Georgians|Tbilisi
Germany|German,Germans|Berlin
Ghana|Ghanaian,Ghanaians|Accra
Greece|Greek,Greeks|Athens
Guatemala|Guatemalan,Guatemalans|Guatemala City
Guinea|Guinean,Guineans|Conakry
Guinea-Bissau|Bissau-Guinean,Bissau-Guineans|Bissau
Guyana|Guyanese|
Haiti|Haitian,Haitians|Port-au-Prince
Honduras|Honduran,Hondurans|Tegucigalpa
Hungary|Hungarian,Hungarians|Budapest
Iceland|Icelandic,Icelander,Icelanders|Reykjavik
India|Indian,Indians|New Delhi
Indonesia|Indonesian,Indonesians|Jakarta
Iran|Iranian,Iranians|Tehran
Iraq|Iraqi,Iraqis|Baghdad
Ireland|Irish|Dublin
Israel|Israeli,Israelis|Jerusalem,Tel Aviv
Italy|Italian,Italians|Rome
Ivory Coast|Ivorian,Ivorians,Cote d'Ivoire|Abidjan
Jamaica|Jamaican,Jamaicans|
Japan|Japanese|Tokyo
Jordan|Jordanian,Jordanians|Amman
Kazakhstan|Kazakh,Kazakhs,Kazakhstani|Astana
Kenya|Kenyan,Kenyans|Nairobi
Kosovo|Kosovar,Kosovars|Pristina
Kuwait|Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao,Laotian|Vientiane
Latvia|Latvian,Latvians|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian,Liberians|Monrovia
Libya|Libyan,Libyans|Tripoli
Lithuania|Lithuanian,Lithuanians|Vilnius
Luxembourg|Luxembourger,Luxembourgers|
Madagascar|Malagasy|Antananarivo
Malawi|Malawian,Malawians|Lilongwe
Malaysia|Malaysian,Malaysians|Kuala Lumpur
Maldives|Maldivian,Maldivians|
Mali|Malian,Malians|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian,Mauritanians|Nouakchott
Mauritius|Mauritian,Mauritians|Port Louis
Mexico|Mexican,Mexicans|Mexico City
Moldova|Moldovan,Moldovans|Chisinau
Mongolia|Mongolian,Mongolians|Ulaanbaatar
Montenegro|Montenegrin,Montenegrins|Podgorica
Morocco|Moroccan,Moroccans|Rabat
Mozambique|Mozambican,Mozambicans|Maputo
Myanmar|Burmese,Myanmar's,Burma|Naypyidaw,Naypyitaw
Namibia|Namibian,Namibians|Windhoek
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch,Holland|Amsterdam,The Hague
New Zealand|New Zealander,New Zealanders|Wellington
Nicaragua|Nicaraguan,Nicaraguans|Managua
Niger|Nigerien,Nigeriens|Niamey
Nigeria|Nigerian,Nigerians|Abuja
North Korea|North Korean,North Koreans,DPRK|Pyongyang
North Macedonia|Macedonian,Macedonians|Skopje
Norway|Norwegian,Norwegians|Oslo
Oman|Omani,Omanis|Muscat
Pakistan|Pakistani,Pakistanis|Islamabad
Palestine|Palestinian,Palestinians,Gazan,Gazans,Gaza,West Bank|Ramallah
Panama|Panamanian,Panamanians|Panama City
Papua New Guinea|Papua New Guinean,Papua New Guineans,PNG|Port Moresby
Paraguay|Paraguayan,Paraguayans|Asuncion
Peru|Peruvian,Peruvians|Lima
Philippines|Filipino,Filipinos,Philippine|Manila
Poland|Polish,Pole,Poles|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari,Qataris|Doha
Republic of the Congo|Congo Republic,Congo-Brazzaville,Republic of Congo|Brazzaville
Romania|Romanian,Romanians|Bucharest
Russia|Russian,Russians,Russian Federation|Moscow,Kremlin
Rwanda|Rwandan,Rwandans|Kigali
Saudi Arabia|Saudi,Saudis|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean,Singaporeans|
Slovakia|Slovak,Slovaks|Bratislava
Slovenia|Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
Solomon Islands|Solomon Islander,Solomon Islanders|Honiara
Somalia|Somali,Somalis|Mogadishu
South Africa|South African,South Africans|Pretoria
South Korea|South Korean,South Koreans|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish,Spaniard,Spaniards|Madrid
Sri Lanka|Sri Lankan,Sri Lankans|Colombo
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Sweden|Swedish,Swede,Swedes|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian,Syrians|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik,Tajiks|Dushanbe
Tanzania|Tanzanian,Tanzanians|Dodoma
Thailand|Thai,Thais|Bangkok
Togo|Togolese|Lome
Trinidad and Tobago|Trinidadian,Trinidadians|Port of Spain
Tunisia|Tunisian,Tunisians|Tunis
Turkey|Turkish,Turk,Turks,Türkiye,Turkiye|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan,Ugandans|Kampala
Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|Emirati,Emiratis,UAE|Abu Dhabi
United Kingdom|British,Briton,Britons,UK,U.K.,Britain,Great Britain|London
United States|American,Americans,US,U.S.,USA,U.S.A.,United States of America|Washington
Uruguay|Uruguayan,Uruguayans|Montevideo
Uzbekistan|Uzbek,Uzbeks|Tashkent
Venezuela|Venezuelan,Venezuelans|Caracas
Vietnam|Vietnamese|Hanoi
Western Sahara|Sahrawi,Sahrawis|Laayoune
Yemen|Yemeni,Yemenis|Sanaa,Sana'a
Zambia|Zambian,Zambians|Lusaka
Zimbabwe|Zimbabwean,Zimbabweans|Harare
"""

# A state's forces and their short names, read as the state: "IDF soldiers", "FARDC troops",
# "the Islamic Emirate's border forces" (Afghanistan's Taliban government)
_STATE_FORCES = """\
Afghanistan|Islamic Emirate
Burkina Faso|VDP,Volunteers for the Defence of the Homeland
Democratic Republic of the Congo|FARDC
Ethiopia|ENDF
Iran|IRGC,Revolutionary Guards,Revolutionary Guard Corps,Islamic Revolutionary Guard Corps
Israel|IDF,Zionist
Mali|FAMa
Myanmar|Tatmadaw
"""

# Armed groups: canonical name -> other names. Short names that are also common words or
# other things' initials ("AA", "KIA" = killed in action, "SNA") are left out: only the
# full name of such a group is read.
_GROUPS = """\
Hamas|Hamas's,Qassam Brigades,al-Qassam Brigades,Ezzedine al-Qassam
Hezbollah|Hizbollah,Hizbullah
Islamic Jihad|Palestinian Islamic Jihad
Rapid Support Forces|RSF
Taliban|Talibans
Pakistani Taliban|TTP,Tehreek-e-Taliban Pakistan,Tehrik-i-Taliban Pakistan,Tehrik-e-Taliban
al-Shabaab|al-Shabab,Al Shabaab,Shabaab,Shabab
Islamic State|ISIS,ISIL,IS,Daesh
Islamic State West Africa Province|ISWAP,Islamic State West Africa
Islamic State Sahel Province|ISSP,ISGS,Islamic State in the Greater Sahara
Islamic State Khorasan Province|ISKP,IS-K,ISIS-K
al-Qaeda|al-Qaida,Al Qaeda,AQAP,AQIM
JNIM|Jama'at Nusrat al-Islam wal-Muslimin,Jamaat Nusrat al-Islam wal-Muslimin,GSIM
Houthis|Houthi,Ansar Allah,Ansarullah
Boko Haram|JAS
Wagner|Wagner Group,Africa Corps
PKK|Kurdistan Workers' Party
Syrian Democratic Forces|SDF,YPG
Hayat Tahrir al-Sham|HTS,Hay'at Tahrir al-Sham
M23|M23 rebels,March 23 Movement
Allied Democratic Forces|ADF
CODECO
Tigray People's Liberation Front|TPLF,Tigrayan,Tigrayans
Fano|Fano militia
Oromo Liberation Army|OLA
Balochistan Liberation Army|BLA,Baloch Liberation Army
Lashkar-e-Taiba|LeT,Lashkar-e-Toiba
Jaish-e-Mohammed|JeM,Jaish-e-Muhammad
People's Defence Force|PDF,PDFs,People's Defense Force,People's Defence Forces
Arakan Army
Kachin Independence Army
Myanmar National Democratic Alliance Army|MNDAA
Ta'ang National Liberation Army|TNLA
ELN|Ejército de Liberación Nacional
FARC|FARC dissidents,Revolutionary Armed Forces of Colombia,Estado Mayor Central
Clan del Golfo|Gulf Clan,Gaitanista Army
New People's Army|NPA
Abu Sayyaf
Ansar al-Sunna
Popular Mobilisation Forces|PMF,Popular Mobilization Forces,Hashd al-Shaabi
Kataib Hezbollah|Kata'ib Hezbollah
Polisario Front|Polisario
Lord's Resistance Army|LRA
Maoists|Maoist,Naxalites,Naxalite,Naxals,CPI (Maoist),Communist Party of India (Maoist)
Shining Path|Sendero Luminoso,MPCP,Militarized Communist Party of Peru
Comando Vermelho|Red Command
Primeiro Comando da Capital
Jalisco New Generation Cartel|CJNG,Jalisco cartel,Jalisco Cartel
Sinaloa Cartel|Sinaloa cartel
Los Choneros
Los Lobos
Tren de Aragua
MS-13|Mara Salvatrucha
Viv Ansanm
Gran Grif
400 Mawozo
Ambazonian separatists|Amba fighters,Amba boys,Ambazonia Defence Forces,Ambazonian fighters
Ansaru
Lakurawa
Ansar Dine
Azawad Liberation Front|FLA,CSP-DPA,MNLA
FACT|Front for Change and Concord in Chad
Coalition of Patriots for Change|CPC,3R,UPC,anti-balaka,Anti-balaka
SPLA-IO|SPLM-IO
FDLR|Democratic Forces for the Liberation of Rwanda
Mai-Mai|Mai Mai
Wazalendo
RED-Tabara|Red Tabara
Syrian National Army
Hurras al-Din
Jaish al-Adl
PJAK
Lashkar-e-Jhangvi
Baloch Liberation Front|BLF
The Resistance Front|TRF
Hizbul Mujahideen
United National Liberation Front|UNLF
Arambai Tenggol
Karen National Union|KNU,Karen National Liberation Army,KNLA
Karenni Army
Chin National Army
Barisan Revolusi Nasional|BRN
Free Papua Movement|OPM,TPNPB,West Papua National Liberation Army,TPNPB-OPM
Bangsamoro Islamic Freedom Fighters|BIFF
Dawlah Islamiyah|Maute group
Moro Islamic Liberation Front|MILF
Segunda Marquetalia
Indigenous People of Biafra|IPOB,Eastern Security Network,ESN
SPLM-N
Al-Aqsa Martyrs' Brigades|al-Aqsa Martyrs Brigade,Al-Aqsa Martyrs Brigades
Popular Front for the Liberation of Palestine|PFLP
Asa'ib Ahl al-Haq
Harakat al-Nujaba
Islamic Resistance in Iraq
Libyan National Army|LNA
Russian Volunteer Corps|RDK
"""


# the armed groups' table names (each group's canonical party)
_GROUP_NAMES = frozenset(line.partition("|")[0] for line in _GROUPS.strip().splitlines())

# the country table's rows: (country, its other names, its capitals and metonyms)
_COUNTRY_ROWS = [
    (row[0], [d for d in row[1].split(",") if d], [c for c in row[2].split(",") if c])
    for row in ((line.split("|") + ["", ""])[:3] for line in _COUNTRIES.strip().splitlines())
]


def _build() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}  # surface form -> canonical party
    capitals: dict[str, str] = {}
    for country, others, caps in _COUNTRY_ROWS:
        names[country] = country
        for d in others:
            names[d] = country
        for c in caps:
            capitals[c] = country
    for line in _STATE_FORCES.strip().splitlines():
        country, _, others_line = line.partition("|")
        for o in others_line.split(","):
            names[o] = country
    for line in _GROUPS.strip().splitlines():
        name, _, others_line = line.partition("|")
        for o in [name, *others_line.split(",")]:
            if o:
                names[o] = name
                if o.startswith("al-"):
                    names["Al-" + o[3:]] = name  # "Al-Shabab" opening a sentence
    return names, capitals


PARTY_NAMES, CAPITALS = _build()
COUNTRY_NAMES = frozenset(country for country, _, _ in _COUNTRY_ROWS)
# country -> its first demonym ("Ukraine" -> "Ukrainian"), to write claimants one way
_DEMONYM = {country: others[0] for country, others, _ in _COUNTRY_ROWS if others}
# "Malian", "Israeli": the words of a country that name no place ("Gaza", "West Bank" do)
_DEMONYMS = frozenset(
    d
    for _, others, _ in _COUNTRY_ROWS
    for d in others
    if " " not in d and d.endswith(("an", "ans", "ese", "i", "is", "sh", "ch", "ss"))
)

# Singular nouns for a person; plural forms are derived below.
_PERSON_SING = """
man woman boy girl child kid baby infant toddler teen teenager youth juvenile minor adult
person individual victim civilian resident villager passerby bystander pedestrian motorist
driver passenger rider cyclist customer clerk cashier employee worker owner homeowner
tenant neighbor neighbour friend relative cousin father mother dad mom son daughter husband
wife brother sister grandmother grandfather grandson granddaughter uncle aunt nephew niece
boyfriend girlfriend fiance fiancee partner student pupil teacher doctor nurse medic
paramedic firefighter journalist reporter photographer official guard soldier trooper
serviceman servicewoman conscript reservist marine sailor airman paratrooper commander
officer deputy policeman policewoman cop constable agent detective sheriff sergeant
lieutenant captain colonel general major private corporal fighter militant insurgent rebel
militiaman gunman shooter attacker assailant suspect jihadist terrorist combatant
peacekeeper volunteer pilot farmer shepherd fisherman miner worshipper pilgrim protester
demonstrator activist inmate prisoner detainee hostage patient tourist migrant refugee
national foreigner citizen local male female member staffer contractor security
burglar robber intruder thief carjacker inspector ranger warden
shopkeeper vendor trader merchant labourer laborer herder herdsman imam priest pastor monk nun
cleric elder councillor councilman lawmaker politician candidate athlete player singer rapper
musician artist chef cook waiter waitress bartender engineer technician mechanic electrician
builder plumber janitor cleaner baker butcher tailor barber hairdresser lawyer judge diplomat
schoolchild schoolgirl schoolboy
cadet recruit gendarme guardsman sniper crewman separatist mercenary rescuer shopper
correspondent chief chieftain headman mayor pensioner retiree seminarian grandchild
dissident paramilitary guerrilla captive bandit kidnapper abductor raider operative apostate
extremist worshiper vigilante signatory
porter seafarer mariner trucker courier smuggler logger nomad herdsboy
"""
_IRREGULAR = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "grandchild": "grandchildren",
    "person": "people",
    "serviceman": "servicemen",
    "servicewoman": "servicewomen",
    "policeman": "policemen",
    "policewoman": "policewomen",
    "militiaman": "militiamen",
    "gunman": "gunmen",
    "fisherman": "fishermen",
    "herdsman": "herdsmen",
    "schoolchild": "schoolchildren",
    "councilman": "councilmen",
    "passerby": "passersby",
    "airman": "airmen",
    "guardsman": "guardsmen",
    "crewman": "crewmen",
    "youth": "youths",
    "security": "security",
}


def _plural(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _forms(singulars: str) -> set[str]:
    """The words of a space-separated list and their plurals."""
    words = singulars.split()
    return set(words) | {_plural(w) for w in words}


PERSON_SING = set(_PERSON_SING.split())
PERSON_PLURAL = {_plural(w) for w in PERSON_SING} | {
    "persons",
    "police",
    "personnel",
    "staff",
    "troops",
    "forces",
    "others",
    "crew",
    "family",
    "families",
    "servicemembers",
    "siblings",
    "dead",
    "wounded",
    "injured",
    "elderly",
}
PERSON_SING -= {"security"}

MILITARY = _forms(
    """
    airman cadet colonel combatant commander conscript gendarme general guard guardsman
    marine paratrooper peacekeeper pilot recruit reservist sailor serviceman servicewoman
    soldier troop
    """
) | {
    "army",
    "corporal",
    "crew",
    "forces",
    "lieutenant",
    "military",
    "personnel",
    "private",
    "sergeant",
    "servicemembers",
}
# people held or helped in a war are not party to the fighting
CIVILIAN = _forms(
    """
    baby boy bystander captive child civilian demonstrator doctor family farmer fisherman
    girl herder herdsman hostage infant journalist kid mariner medic migrant miner nurse
    paramedic passenger patient pedestrian pilgrim protester pupil refugee reporter rescuer
    resident schoolchild seafarer shepherd shopper student teacher toddler tourist trader
    vendor villager woman worker worshiper worshipper
    """
) | {"displaced", "elderly", "schoolboys", "schoolgirls"}
POLICE = _forms(
    """
    agent constable cop deputy detective gendarme officer policeman trooper
    """
) | {"police", "policewoman", "sheriff"}
MILITANT = _forms(
    """
    abductor apostate assailant attacker bandit dissident extremist fighter guerrilla gunman
    insurgent jihadist kidnapper mercenary militant militiaman operative paramilitary raider
    rebel separatist terrorist cadre gangster trafficker narco-terrorist
    """
) | {"militia"}

# Speech and report verbs that introduce who states a figure.
SPEECH_VERBS = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "announces",
    "announce",
    "reported",
    "reports",
    "report",
    "stated",
    "claimed",
    "claims",
    "claim",
    "confirmed",
    "confirms",
    "confirm",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "published",
    "publishes",
    "released",
    "releases",
    "estimated",
    "estimates",
    "counted",
    "accused",
    "accuses",
    "alleged",
    "alleges",
    "revealed",
    "reveals",
    "noted",
    "notes",
    "declared",
    "declares",
    "insisted",
    "acknowledged",
    "admitted",
    "disclosed",
    "put",
    "puts",
    "recorded",
    "registered",
    "documented",
    "updated",
    "listed",
    "warned",
    "explained",
    "indicated",
    "showed",
    "shows",
    "quoted",
    "cited",
    "according",
    # a belief held is a claim too: "Israel believes 134 hostages remain in Gaza"
    "believes",
    "believe",
}
# verbs that state something only in one construction: a finding ("the UN found that ...",
# "the inquiry concluded that ...") or a toll given or changed ("later raised the toll to
# 36", "gave a higher toll of 40"); elsewhere they say nothing ("bodies were found")
_FINDING_VERBS = {"found", "finds", "concluded", "concludes"}
_TOLL_VERBS_SAID = {"raised", "revised", "lowered", "gave", "gives"}
_COND_SPEECH = _FINDING_VERBS | _TOLL_VERBS_SAID

# a verb of speech that hangs on the clause before it: ", saying", ", adding"
_PARTICIPLES = {"saying", "adding", "claiming", "stating"}
# Nouns that make a noun phrase a plausible source of a statement.
SOURCE_NOUNS = {
    "activists",
    "monitors",
    "observers",
    "junta",
    "regime",
    "volunteers",
    "workers",
    "network",
    "ministry",
    "minister",
    "officials",
    "official",
    "authorities",
    "authority",
    "police",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "army",
    "military",
    "government",
    "office",
    "service",
    "agency",
    "department",
    "sources",
    "source",
    "chief",
    "commander",
    "president",
    "secretary",
    "governor",
    "mayor",
    "coroner",
    "sheriff",
    "examiner",
    "hospital",
    "hospitals",
    "doctors",
    "medics",
    "witnesses",
    "witness",
    "residents",
    "council",
    "committee",
    "commission",
    "command",
    "staff",
    "headquarters",
    "forces",
    "group",
    "organization",
    "organisation",
    "observatory",
    "monitor",
    "mission",
    "un",
    "who",
    "ngo",
    "red",
    "crescent",
    "cross",
    "officers",
    "investigators",
    "prosecutor",
    "prosecutors",
    "media",
    "news",
    "outlet",
    "statement",
    "report",
    "data",
    "figures",
    "tally",
    "count",
    "paramedics",
    "rescuers",
    "director",
    "team",
    "unit",
    "militants",
    "rebels",
    "insurgents",
    "groups",
    # armed groups speak for themselves: "Pro-Russian separatists said", "the jihadists
    # claimed"
    "separatists",
    "jihadists",
    "fighters",
    "militia",
    "militias",
    "paramilitaries",
    "officer",
    "lawyer",
    "attorney",
    "family",
    "relatives",
    "mother",
    "father",
    "deputies",
    "troopers",
    "detectives",
    "administration",
    "cabinet",
    "presidency",
    "kremlin",
    "pentagon",
    "parliament",
    "leader",
    "leaders",
    "head",
    "general",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "defence",
    "defense",
    "civil",
    "rescue",
    "emergency",
    "services",
    "wing",
    # outlets and bodies that report: "the state broadcaster reported", "the navy said"
    "broadcaster",
    "newspaper",
    "correspondent",
    "journalist",
    "resident",
    "villager",
    "reporter",
    "worker",
    "doctor",
    "television",
    "radio",
    "navy",
    "bureau",
    # more bodies and people that give tolls: "according to humanitarian partners"
    "partners",
    "agencies",
    "responders",
    "humanitarians",
    "researchers",
    "ombudsman",
    "envoy",
    "chairman",
    "chairperson",
    "elders",
    "survivors",
    "villagers",
    "locals",
    "nurses",
    "morgue",
    "mortuary",
    "coalition",
    "alliance",
    "movement",
    "charity",
    "association",
    "society",
    "directorate",
    "gendarmerie",
    "corps",
    "brigade",
    "battalion",
    "division",
    "diplomats",
    "diplomat",
    "representative",
    "aide",
    "adviser",
    "advisor",
}

TITLE_WORDS = {
    # ranks that stand before a name: "Superintendent Jane Doe", "Brigadier John Roe"
    "superintendent",
    "brigadier",
    "commissioner",
    "inspector",
    "prime",
    "minister",
    "president",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ombudsman",
    "general",
    "gen",
    "gen.",
    "colonel",
    "col",
    "col.",
    "lt",
    "lt.",
    "lieutenant",
    "captain",
    "capt",
    "capt.",
    "major",
    "maj",
    "sgt",
    "sgt.",
    "sergeant",
    "governor",
    "gov",
    "gov.",
    "mayor",
    "chief",
    "deputy",
    "defence",
    "defense",
    "foreign",
    "interior",
    "health",
    "officer",
    "commander",
    "head",
    "director",
    "sheriff",
    "police",
    "detective",
    "det",
    "det.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "senator",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "representative",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "prince",
    "emir",
    "sheikh",
    "ayatollah",
    "supreme",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "attorney",
    "district",
    "state",
    "security",
    "council",
    "of",
    "the",
    "national",
    "adviser",
    "advisor",
    "vice",
    "assistant",
    "cpl",
    "corporal",
    "private",
    "pvt",
    "admiral",
    "marshal",
    "field",
    "press",
    "affairs",
    "armed",
    "forces",
    "staff",
    "joint",
    "chiefs",
    "army",
    "navy",
    "air",
    "force",
    "military",
    "official",
    "officials",
    "coroner",
    "medical",
    "examiner",
    "county",
    "city",
    "department",
    "dept",
    "ministry",
    "lawmaker",
    "mp",
    "member",
}

# --- casualty words ----------------------------------------------------------------------
# word -> (metric, roles). Roles: P follows the people ("5 soldiers were killed"),
# A precedes them ("killed 5 soldiers"), N is itself the head ("5 deaths", "the dead").
TRIGGERS: dict[str, tuple[str, str]] = {
    "killed": ("killed", "PA"),
    "kills": ("killed", "A"),
    "killing": ("killed", "A"),
    "slew": ("killed", "A"),
    "slain": ("killed", "P"),
    "dead": ("killed", "PN"),
    "died": ("killed", "P"),
    "dies": ("killed", "P"),
    "succumbed": ("killed", "P"),
    "deceased": ("killed", "P"),
    "perished": ("killed", "P"),
    "murdered": ("killed", "PA"),
    "massacred": ("killed", "PA"),
    "executed": ("killed", "PA"),
    "assassinated": ("killed", "PA"),
    "martyred": ("killed", "P"),
    "beheaded": ("killed", "PA"),
    "lynched": ("killed", "P"),
    # army communiqués (Sahel, Nigeria, Russia): "troops neutralised 30 terrorists",
    # "several dozen fighters were eliminated"; the object must read as people
    "neutralised": ("killed", "PA"),
    "neutralized": ("killed", "PA"),
    "neutralising": ("killed", "A"),
    "neutralizing": ("killed", "A"),
    "eliminated": ("killed", "PA"),
    "eliminating": ("killed", "A"),
    "deaths": ("killed", "N"),
    "fatalities": ("killed", "N"),
    "bodies": ("killed", "N"),
    "corpses": ("killed", "N"),
    "martyrs": ("killed", "PN"),
    "shehids": ("killed", "PN"),
    "shahids": ("killed", "PN"),
    "shaheeds": ("killed", "PN"),
    "martyr": ("killed", "P"),
    "shehid": ("killed", "P"),
    "shahid": ("killed", "P"),
    "wounded": ("wounded", "PAN"),
    "injured": ("wounded", "PAN"),
    # a medical charity's "142 war-wounded patients"
    "war-wounded": ("wounded", "PAN"),
    "hurt": ("wounded", "P"),
    "wounding": ("wounded", "A"),
    # a headline's verb ("Strike kills 7, wounds 20"); only before the people, so the noun of
    # "died of his wounds" is no trigger
    "wounds": ("wounded", "A"),
    "injuring": ("wounded", "A"),
    "injures": ("wounded", "A"),
    "injuries": ("wounded", "N"),
    "hospitalized": ("wounded", "P"),
    "hospitalised": ("wounded", "P"),
    "maimed": ("wounded", "PA"),
    "missing": ("missing", "PN"),
    "captured": ("captured", "PA"),
    "abducted": ("captured", "PA"),
    "kidnapped": ("captured", "PA"),
    "abducting": ("captured", "A"),
    "capturing": ("captured", "A"),
    "kidnapping": ("captured", "A"),
    "captives": ("captured", "N"),
    "casualties": ("casualties", "N"),
    "shot": ("casualties", "PA"),
    "grazed": ("wounded", "PA"),
}
_HEADLINE_VERB = (
    r"(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bmay )"
    r"(?<!\bmight )(?<!\bshould )(?<!\bdid )(?<!\bdo )(?<!\bnot )(?<!\bhelp )"
    r"\b(?:{v})\b(?= (?:at least |more than |over |nearly |almost |some |about |around |"
    r"up to )?(?:\d|dozens\b|scores\b|hundreds\b|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))"
)
# (pattern, metric, roles, keys): a pattern is only tried on a sentence holding one of its
# key strings (see _phrases)
# the shooter's own death, one more dead person besides those he shot (_count_additional):
# "he then took his own life", "turned the gun on herself" (not "tried to take his own life":
# only the forms of a thing done)
_SUICIDE = re.compile(
    r"\b(?:took|takes|taking|taken) (?:his|her) own life\b|"
    r"\bturn(?:ed|s|ing) (?:the|a|his|her) (?:gun|weapon|rifle|firearm|pistol|handgun|"
    r"shotgun) on (?:himself|herself)\b"
)
_SUICIDE_KEYS = ("own life", "himself", "herself", "self-inflicted")
# "killed himself", "before killing herself": the same death, read by the verb's own rule
_SELF_KILLED = re.compile(
    r"\b(?:killed|killing|kills|fatally shot|shot and killed|shooting and killing) "
    r"(?:himself|herself)\b"
)
_PHRASE_TRIGGERS: list[tuple[re.Pattern[str], str, str, tuple[str, ...]]] = [
    (re.compile(r"\blost (?:their|his|her|its) lives?\b"), "killed", "P", ("lost",)),
    # "we lost 12 of our men", "the army lost 30 soldiers": people only (the object must read
    # as people; "lost 300 square kilometres" is territory)
    (
        re.compile(
            r"\blost\b(?= (?:[\w,-]+ ){1,3}?(?:of (?:its|their|our|his|her|the) )?(?:[\w-]+ )?"
            r"(?:soldiers|troops|men|servicemen|fighters|officers|personnel|comrades|people|"
            r"civilians|sons|daughters|children|members|policemen|militants|guards|marines|"
            r"combatants)\b)"
        ),
        "killed",
        "A",
        ("lost",),
    ),
    (
        re.compile(
            r"\b(?:shot|stabbed|beaten|burned|burnt|hacked|bludgeoned|strangled|choked|"
            r"crushed) to death\b"
        ),
        "killed",
        "P",
        ("to death",),
    ),
    (re.compile(r"\bshot dead\b"), "killed", "PA", ("shot dead",)),
    (re.compile(r"\bgunned down\b"), "killed", "PA", ("gunned down",)),
    (re.compile(r"\bpronounced dead\b"), "killed", "P", ("pronounced dead",)),
    (re.compile(r"\bclaim(?:ed|ing)? the lives of\b"), "killed", "A", ("lives of",)),
    (re.compile(r"\btak(?:e|en|ing) the lives? of\b"), "killed", "A", ("lives of", "life of")),
    (
        re.compile(
            r"\b(?:taken|seized|held|detained) (?:as )?(?:prisoners?|hostages?|captives?)\b"
        ),
        "captured",
        "P",
        ("prisoner", "hostage", "captive"),
    ),
    # a headline's plural present ("Israeli strikes kill 40 in Rafah", "Gunmen kill 12,
    # wound 30"): only with a count right after it, and never after an infinitive or modal
    # ("enough explosives to kill 100", "could kill thousands")
    (re.compile(_HEADLINE_VERB.format(v="kill")), "killed", "A", ("kill ",)),
    (re.compile(_HEADLINE_VERB.format(v="wound|injure")), "wounded", "A", ("wound ", "injure ")),
    (
        re.compile(_HEADLINE_VERB.format(v="capture|captures|abduct|abducts|kidnap|kidnaps")),
        "captured",
        "A",
        ("capture", "abduct", "kidnap"),
    ),
    # both outcomes named together ("killed and wounded", "dead or injured") are one figure
    # of people hit, killed or not: the loose casualties, not a death toll
    (
        re.compile(
            r"\b(?:killed|dead) (?:and|or|and/or) (?:wounded|injured)\b"
            r"|\b(?:wounded|injured) (?:and|or|and/or) (?:killed|dead)\b"
        ),
        "casualties",
        "PA",
        (
            "killed and",
            "killed or",
            "dead and",
            "dead or",
            "ed and killed",
            "ed or killed",
            "ed and dead",
            "ed or dead",
        ),
    ),
    # still held: "12 sailors remain in captivity", "40 villagers are still held in captivity",
    # "8,000 prisoners remain in Russian custody" (custody and detention only with "remain":
    # "two people are in custody" is an arrest)
    (
        re.compile(
            r"\b(?:remain|remains|remained|are|were|is|was|been|being|still|held|kept) "
            r"(?:still )?(?:held )?in (?:[\w'-]+ ){0,2}?captivity\b"
            r"|\b(?:remain|remains|remained) (?:held )?in (?:[\w'-]+ ){0,2}?(?:custody|detention)\b"
        ),
        "captured",
        "P",
        ("captivity", "custody", "detention"),
    ),
    # "took 25 passengers hostage", "seized 40 villagers as hostages", "took at least 30
    # soldiers prisoner": the people sit between the verb and the captive noun
    (
        re.compile(
            r"\b(?:took|take|takes|taking|taken|seized|seize|seizes|seizing)\b(?= (?!as )"
            r"(?:[\w,-]+ ){1,5}?(?:as )?(?:prisoners?|hostages?|captives?)\b)"
        ),
        "captured",
        "A",
        ("prisoner", "hostage", "captive"),
    ),
    (
        re.compile(
            r"\b(?:suffered|suffering|sustained|received) (?:[\w-]+ ){0,3}?(?:injuries|"
            r"injury|wounds|wound)\b"
        ),
        "casualties",
        "P",
        ("injur", "wound"),
    ),
    (
        re.compile(
            r"\b(?:taken|transported|rushed|airlifted|flown|driven|brought|carried|"
            r"evacuated) (?:himself |herself |themselves )?to (?:an? |the )?(?:[\w'-]+ ){0,3}?"
            r"(?:hospitals?|clinics?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\b"
        ),
        "casualties",
        "P",
        ("hospital", "clinic", "medical cent", "trauma cent"),
    ),
    (
        re.compile(
            r"\bin (?:a )?(?:critical|serious|stable|fair|grave|good|guarded)"
            r"(?: but stable| and stable)? condition\b"
        ),
        "casualties",
        "P",
        ("condition",),
    ),
    # "eight of whom remain in hospital", "four are still in intensive care"
    (
        re.compile(
            r"\b(?:remain|remains|remained|remaining|still) in (?:the |a )?"
            r"(?:hospital|intensive care|icu)\b"
        ),
        "wounded",
        "P",
        ("remain", "still in"),
    ),
    # "treated at the hospital", "still being treated in Kaya", "receiving treatment"
    (
        re.compile(
            r"\btreated (?:and released|for|at|in)\b"
            r"|\b(?:receiving|received|undergoing|getting) (?:medical )?treatment\b"
        ),
        "wounded",
        "P",
        ("treated", "treatment"),
    ),
    # "one man dead and another with life-threatening injuries"
    (
        re.compile(r"\bwith (?:(?:minor|serious|severe|critical|non-)?[\w-]+ ){0,2}?injuries\b"),
        "wounded",
        "P",
        ("injuries",),
    ),
    (
        re.compile(
            r"\b(?:with|had|has|have|suffering from) (?:an? |two |multiple |several |one )?"
            r"(?:apparent )?(?:[\w-]+ )?(?:gunshot|gun shot|bullet|shrapnel|stab) wounds?\b"
        ),
        "casualties",
        "P",
        ("gunshot", "gun shot", "bullet", "shrapnel", "stab"),
    ),
    (re.compile(r"\bunaccounted for\b"), "missing", "P", ("unaccounted",)),
    # "about 10 people believed trapped under the rubble": not yet found, dead or alive
    (
        re.compile(
            r"\b(?:trapped|buried) (?:under|beneath|in|inside) (?:the )?"
            r"(?:rubble|debris|ruins)\b"
        ),
        "missing",
        "P",
        ("rubble", "debris", "ruins"),
    ),
    # "the insurgency has claimed more than 40,000 lives", "the war has cost 9,000 lives": a
    # toll, not a speaker's claim
    (
        re.compile(
            r"\b(?:claimed|claiming|claims|claim|cost|costing|costs)\b"
            r"(?= (?:[\w,-]+ ){1,3}?lives\b(?! (?:were|was|are|is|had|have|will|would|could)\b))"
        ),
        "killed",
        "A",
        (" lives",),
    ),
    (
        re.compile(
            r"(?:['’]s )?\b(?:body|remains) (?:was |has been |had been |is |were )?(?:\w+ )?"
            r"(?:found|discovered|recovered|located|pulled|identified)\b"
        ),
        "killed",
        "P",
        ("body", "remains"),
    ),
    (
        re.compile(
            r"\b(?:found|discovered|recovered|located|identified) the (?:body|remains) of\b"
        ),
        "killed",
        "A",
        ("body", "remains"),
    ),
    (
        re.compile(
            r"\b(?:(?:shooting|violent) )?(?:death|killing|murder|slaying|assassination) of\b"
        ),
        "killed",
        "A",
        ("death of", "killing of", "murder of", "slaying of", "assassination of"),
    ),
    (re.compile(r"\bfatal(?:ly)? shoot(?:ing|s)?(?: of)?\b"), "killed", "A", ("fatal",)),
    (
        re.compile(r"\b(?:bodies|corpses|remains) of\b"),
        "killed",
        "A",
        ("bodies of", "corpses of", "remains of"),
    ),
    # (not "shooting at a car", "shoots into a crowd": the shots may hit no one)
    (
        re.compile(
            r"\bshoot(?:ing|s)(?: and kill(?:ing|s))?\b(?! (?:at|into|toward|towards|through)\b)"
        ),
        "casualties",
        "A",
        ("shoot",),
    ),
]
_TRIGGER_HINT = re.compile(
    r"kill|dead|die|death|slain|perish|murder|massacr|execut|assassin|martyr|shehid|shahid|"
    r"shaheed|behead|lynch|fatal|bodies|corpse|wound|injur|hurt|hospital|clinic|maim|missing|captur|"
    r"abduct|kidnap|captiv|detention|casualt|shot|lives|gunned|condition|treated|treatment|"
    r"prisoner|hostage|"
    r"unaccounted|rubble|debris|ruins|\btoll\b|harmed|succumb|deceased|grazed|gunshot|\blost\b|"
    r"^(?:himself|herself|life)$|"
    # a headline's present tense ("Boy shoots himself"), not "shooting" (a word of every
    # crime report, with no count of its own)
    r"^shoots$",
    re.IGNORECASE,
)
# Past forms that read both ways: "were killed" (people first) or "killed a man" (verb first).
_BOTH_WAYS = {
    "killed",
    "shot",
    "wounded",
    "injured",
    "murdered",
    "executed",
    "assassinated",
    "beheaded",
    "massacred",
    "captured",
    "abducted",
    "kidnapped",
    "maimed",
    "hurt",
    "neutralised",
    "neutralized",
    "eliminated",
}
_OBJECT_START = {
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "him",
    "them",
    "himself",
    "herself",
    "themselves",
    "another",
    "two",
    "three",
    "four",
    "five",
    "one",
    "at",
    "more",
    "dozens",
    "several",
    "my",
    "our",
    "your",
    "us",
    "me",
    "you",
    "it",
    "this",
    "that",
    "these",
    "those",
}
_NOT_SHOT_BEFORE = {
    "fired",
    "fire",
    "fires",
    "firing",
    "heard",
    "hear",
    "returned",
    "return",
    "took",
    "take",
    "a",
    "the",
    "single",
    "another",
    "warning",
    "first",
    "last",
    "one",
}
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}
_ORDINAL_N = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_HEADLESS_OK = {"more", "other", "others", "additional", "further", "all", "of", "them", "each"}
# words that stand for the noun of the people counted before: "killed two soldiers and
# wounded five more", "14 were killed and 22 others hurt"
_MORE_WORDS = {"more", "other", "others", "additional", "further"}
_HYPOTHETICAL = {
    "could",
    "would",
    "might",
    "may",
    "threatened",
    "tried",
    "attempted",
    "attempting",
    "plotting",
    "plotted",
    "planned",
    "planning",
    "wanted",
    "intended",
    "vowed",
    "nearly",
    "almost",
    "not",
    "never",
    "no",
    "n't",
    "unless",
    "if",
    "should",
    "risk",
    "feared",
}
_STREET_NOUNS = frozenset(
    {"street", "streets", "avenue", "avenues", "road", "roads", "boulevard", "drive", "lane"}
    | {"st", "ave", "rd", "blvd", "place", "way", "court", "highway", "parkway"}
)
# street words that are no one's surname, and the words a street name follows
_STREET_ONLY = frozenset(
    {"streets", "avenue", "avenues", "road", "roads", "boulevard", "highway", "parkway"}
    | {"st", "ave", "rd", "blvd"}
)
_STREET_PREPS = frozenset({"at", "on", "near", "along", "off", "and", "of", "from", "to"})
# units of a short distance: "came within inches of killing the driver", "was found four
# blocks away with a gunshot wound"
_DISTANCE_UNITS = frozenset(
    {"inches", "inch", "feet", "foot", "yards", "centimetres", "centimeters"}
    | {"blocks", "block", "miles", "mile", "metres"}
)
_AUX = {
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "got",
    "get",
    "gets",
    "reportedly",
    "also",
    "all",
    "both",
    "later",
    "subsequently",
    "allegedly",
    "confirmed",
    "believed",
    "thought",
    "to",
    "became",
    "become",
    "becomes",
    "remain",
    "remained",
    "remains",
    "listed",
    "initially",
    "each",
    "apparently",
    "eventually",
    "then",
    "now",
    "already",
    "just",
    "reported",
    "found",
    "left",
    "tragically",
    "instantly",
    "immediately",
    "either",
    "said",
    "officially",
    "presumed",
    "feared",  # "are feared dead"
    "pronounced",
    "declared",
    "known",
    "so",
    "far",
    "still",
    "ultimately",
    "too",
    "likely",
    "possibly",
    "probably",
    "since",
    "further",
    "may",  # "may have been killed" (see _hypothetical)
    "might",
}
# "feared dead", "presumed dead", "believed to have been killed": deaths not confirmed, read as
# killed with the hedged qualifier "vague" (the contract has no "unconfirmed")
# where the subject of "lost" ends on its left: "the ministry said Ukraine had lost ..."
_LOSER_STOP = {"said", "says", "that", "and", "but", "while", "as", "after", "claimed", "the"}
_OF_DETS = {"the", "its", "their", "our", "his", "her", "these", "those"}
_UNCONFIRMED = {"feared", "presumed", "believed", "thought"}
_UNCONFIRMED_GAP = {"to", "have", "be", "been"}
_RELATIVE = {"who", "that", "which"}
_PREPS = {"of", "from", "in", "on", "at", "inside", "near", "among", "with", "aboard", "for"}
_DETS_OBJ = {
    "his",
    "her",
    "their",
    "its",
    "the",
    "all",
    "another",
    "our",
    "my",
    "your",
    "at",
    "least",
    "nearly",
    "some",
    "about",
    "a",
    "an",
}
# "injured at least 34 overnight", "wounded 12 last week": when, not a noun of the count
_TIME_AFTER_COUNT = {
    "overnight",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "early",
    "late",
    "respectively",
    "altogether",
    "apiece",
}
_BAD_HEADS = {
    "days",
    "day",
    "hours",
    "hour",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "minutes",
    "minute",
    "seconds",
    "times",
    "time",
    "rounds",
    "round",
    "shots",
    "bullets",
    "vehicles",
    "vehicle",
    "cars",
    "car",
    "trucks",
    "houses",
    "homes",
    "buildings",
    "villages",
    "settlements",
    "towns",
    "cities",
    "km",
    "miles",
    "tanks",
    "drones",
    "rockets",
    "missiles",
    "shells",
    "guns",
    "weapons",
    "points",
    "incidents",
    "attacks",
    "strikes",
    "locations",
    "counts",
    "charges",
    "places",
    "sites",
    "positions",
    "blocks",
    "rooms",
    "floors",
    "percent",
    "dollars",
    "suspects'",
    "cases",
    "games",
    "calls",
    "reports",
    "occasions",
    "stories",
    "pieces",
    "feet",
    "yards",
    "inches",
    "meters",
    "metres",
    "kilometers",
    "kilometres",
    "cents",
    "episodes",
    "shootings",
    "murders",
    "homicides",
    "killings",
}
_BOTH_SIDES = re.compile(
    r"\b(?:from|on|of|for|among) (?:both|either|the two|all) sides\b|"
    r"\bon each side\b|\bfrom each side\b",
    re.IGNORECASE,
)
_SIDE = re.compile(r"\bon the ([A-Z][\w'-]+) side\b")
_QUOTES = {'"', "“", "”", "‘", "’", "'", "«", "»", "*", "(", ")"}
_PRONOUN_SING = {"he", "she"}
_OBJ_SELF = {"himself", "herself"}
_AGENT_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})
_POSSESSIVE_DET = {"his", "her", "their", "its", "our"}

# (possessive where nothing after the run could make it give back: the same tokens, with no
# backtracking state kept. A repeated group is spelt to be entered only once its first piece
# matched — "A.B." for "(?:[A-Za-z]\.){2,}", ",000" for "(?:,\d{3})+", a hyphen for the
# parts of a word, with "(?:X|)" for "(?:X)?" — as sre sets up a repeat context each time it
# enters one, at every word: a sixth of the tokenizer's time.)
_TOKEN_RE = re.compile(
    r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*+"
    r"|\d{1,3},\d{3}(?:,\d{3})*+(?:\.\d+|)"
    r"|[^\W_]++(?:[-‐][^\W_]++(?:[-‐][^\W_]++)*+|)"
    r"|['’][^\W_]+|\S"
)
# (the first stop spelt apart from the rest: a pattern that opens on a repeat is tried at every
# position of the line, one that opens on a character class only where that class matches)
_SENT_BOUNDARY = re.compile(r"[.!?][.!?]*[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
# The same, opening on "." alone, for a line holding no "!" and no "?" (most lines): sre skips
# to the next one of a single character several times faster than to the next of a set of
# three.
_SENT_BOUNDARY_DOT = re.compile(_SENT_BOUNDARY.pattern.replace("[.!?]", r"\.", 1))
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "gov",
    "sen",
    "rep",
    "lt",
    "sgt",
    "col",
    "gen",
    "capt",
    "maj",
    "cpl",
    "pvt",
    "no",
    "ft",
    "mt",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
    "vs",
    "ave",
    "blvd",
    "rd",
    "det",
    "insp",
    "supt",
    "prof",
    "rev",
    "hon",
    "cmdr",
    "adm",
    "approx",
    "est",
    "dept",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_WORD = re.compile(rf"{_MONTH_RE}\.?$")
_DATE_RE = re.compile(
    rf"\b(?P<since>since\s+|until\s+|from\s+|by\s+)?(?:(?:late|early)\s+(?:on\s+)?)?(?:on\s+)?"
    rf"(?:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?P<rel>yesterday|today|tonight|last night|this morning|this afternoon|this evening)"
    rf"|(?P<m1>{_MONTH_RE})\.?\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_RE})\b\.?"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?)",
    re.IGNORECASE,
)
# Where a date can begin: the first words of _DATE_RE's branches, or a digit. Most positions
# fail this lookahead at once, where the whole pattern would try each of its branches.
# (``re.IGNORECASE`` spelt out on the words' first letters, see caseless_alternation)
_DATE_START = starts_where(
    r"\d|"
    + caseless_alternation(
        {"since", "until", "from", "by", "late", "early", "on", "last night", "this"}
        | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
        | {"yesterday", "today", "tonight"}
        | {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
    ),
    r"\w",
)


_YEAR_RE = re.compile(r"(?<![\d,.$])\b(1[89]\d\d|20\d\d)\b(?![\d,])")
# Figures about another or earlier event. A toll since a past year, since a war / conflict /
# invasion / campaign began ("bringing to 225 the number of troops killed since the ground
# offensive began": the tally clause only, see _tally_start) or over a past period is
# background; the day's own running toll ("has risen to 36", "since Monday") is not.
_BACKGROUND_RE = re.compile(
    # (a birth year is no event's: "a sergeant, born in 2003, was killed")
    r"\b(?<!born )(?:since|in|of|during|until|by|from|before|between|on)\s+"
    r"(?:(?:early|late|mid|the\s+"
    r"(?:spring|summer|fall|autumn|winter)\s+of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)\w*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?"
    # a named day of a past year: "on Christmas Eve 2023"
    r"|(?-i:[A-Z][\w'’]+)(?:\s+(?-i:[A-Z][\w'’]+)){0,2})[\s-]+)?(?P<y>1[89]\d\d|20\d\d)\b"
    # "the 2020 war", "the 1993-2005 civil war"
    r"|\b(?P<y2>1[89]\d\d|20\d\d)(?:\s*[-–]\s*(?:1[89]\d\d|20\d\d|\d\d))?\s+"
    r"(?:(?:civil|border|ethnic|sectarian|guerrilla|bush|liberation|independence)\s+)?"
    r"(?:war|conflict|clashes|fighting|offensive|invasion|"
    r"massacre|attacks?|shooting|bombing|uprising|genocide|war's|conflict's|earthquake)"
    r"|\b(?:in|during|since)\s+the\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)?\d0s\b"
    r"|\blast\s+(?:year|decade|century)\b|\b(?:years|decades)\s+(?:ago|earlier|before)\b"
    # "last month", "two weeks earlier", "months ago", "earlier this month": another event,
    # but in the lead the article's own (a follow-up's "the man shot last month")
    # (every branch opens on a word boundary, which keeps the scan fast)
    r"|\b(?P<recent>last\s+(?:month|week)\b|earlier\s+this\s+month\b"
    r"|(?:months|weeks|a\s+(?:month|week))\s+(?:ago|earlier|before)\b)"
    # a period's tally: "in the first six months of the year", "over the same period"
    r"|\b(?:in|during|over)\s+the\s+(?:first\s+(?:[\w-]+\s+)?(?:months?|weeks?|half|quarter)"
    r"\s+of\b|same\s+period\b)"
    r"|\b(?:in|over|during)\s+the\s+(?:past\b(?!\s+(?:\w+\s+)?(?:days?|hours?|weeks?|nights?|"
    r"24|48|72)\b)"
    # "over the previous month", "in the last two years": a period's total, not one event
    r"|(?:previous|last)\s+(?:[\w-]+\s+)?(?:months?|years?|decades?)\b)"
    r"|\bprevious\s+(?:war|wars|conflict|conflicts|clashes|fighting)\b"
    r"|\b(?:first|second|third|previous|last)\s+[\w-]+\s+war\b"
    r"|\bsince\s+(?:the\s+(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|its\s+|this\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:war|conflict|invasion|insurgency|uprising|"
    r"crisis|revolution|rebellion|offensive|campaign)\b"
    # "since the conflict between the army and the RSF began": a few words may name the sides;
    # a campaign's running toll too ("the number of troops killed since the ground offensive
    # began"): the figure is the whole campaign's, not the day's
    r"|(?:war|conflict|invasion|insurgency|uprising|crisis|offensive|campaign|"
    r"(?:ground|military)\s+operation)\s+"
    r"(?:[\w'’-]+\s+){0,12}?(?:began|started|erupted|broke\s+out|was\s+launched)\b"
    # a regime's time in power: "killed by the military since the coup"
    r"|(?:military|army|junta)\s+(?:seized|took)\s+power\b)"
    r"|(?:the|its|a)\s+(?:military\s+)?(?:coup|takeover)\b)"
    r"|\b(?:in|since|during)\s+the\s+(?:war|conflict)\s+(?:that|which)\s+(?:began|started|"
    r"erupted|broke\s+out)\b"
    r"|\b(?P<after>(?:hours|days|weeks|months|a\s+day|a\s+week|a\s+month)\s+after\s+(?:an?|the)"
    r"\s+(?:similar|previous|earlier|separate|other)\b)",
    re.IGNORECASE,
)
# Where a match of _BACKGROUND_RE can begin: the first words of its branches, or a year.
_BACKGROUND_START = starts_where(
    r"[12]|"
    + caseless_alternation(
        {"since", "in", "of", "during", "until", "by", "from", "before", "between", "on"}
        | {"last", "years", "decades", "earlier", "months", "weeks", "a", "over", "previous"}
        | {"first", "second", "third", "hours", "days"}
    ),
    r"\w",
)
# Other events' figures the main pattern leaves out, each behind a cheap word test (one long
# alternation is tried at every position of every sentence). (pattern, gate words, where the
# background begins: "at" the match; "all" the whole sentence; "superlative" at the match
# after a superlative only; "dated" the whole sentence, or at the match after a superlative,
# an ordinal or the news's own day)
_BACKGROUND_MORE = [
    # "two years after a raid killed 70": that far back it is another event, similar or not;
    # "days after 287 pupils were kidnapped": a count right after "after" is that event's;
    # "it is a year since gunmen killed 1,200": an anniversary recalls the event
    (
        re.compile(
            r"\b(?:(?:years|a\s+year|decades|a\s+decade)\s+after\s+(?:an?|the|another)\b"
            r"|(?:hours|days|weeks|months|a\s+day|a\s+week|a\s+month)\s+after\s+(?:at\s+"
            r"least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?\d"
            r"|(?:years|a\s+year|decades|a\s+decade)\s+since\b)",
            re.IGNORECASE,
        ),
        ("after", "since"),
        "at",
    ),
    # the article's violent event set after another: "the raid came two days after a roadside
    # bomb killed a soldier", "the attack comes months after gunmen seized 130 pupils", "it
    # follows a bombing that killed 12" (an arrest or a funeral that "came after" a shooting
    # is the sequel of the article's own event)
    (
        re.compile(
            r"\b(?:attacks?|strikes?|raids?|bombings?|blasts?|explosions?|shelling|ambush|assault|"
            r"killings?|massacre|violence|fighting|clashes|abductions?|kidnappings?|shooting|"
            r"it|this|that)\s+(?:[\w-]+\s+)?"
            r"(?:(?:came|comes|come)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+"
            r"than\s+|about\s+|nearly\s+)?(?:(?:an?|one|two|three|four|five|six|several|a\s+few|"
            r"\d+)\s+)?(?:(?:hours?|days?|weeks?|months?|years?)\s+)?after"
            r"|follows\s+(?:an?|another|the|weeks|days|months|years))\b",
            re.IGNORECASE,
        ),
        ("came", "come", "follows"),
        "at",
    ),
    # a strike "in retaliation for an attack in which nine soldiers were killed": the
    # figures after it are the attack avenged
    (
        re.compile(
            r"\bin\s+(?:retaliation|revenge|reprisal|reprisals)\s+(?:for|against)\b"
            r"|\bin\s+response\s+to\b",
            re.IGNORECASE,
        ),
        ("retaliation", "revenge", "reprisal", "response"),
        "at",
    ),
    # a war's running total, not the day's incident: "the war has killed more than 31,000",
    # "Sudan's civil war has displaced millions and killed tens of thousands"; its figures
    # follow the war
    (
        re.compile(
            # "Yemen's war, which pits the Houthis against ..., has killed 150,000"
            r"\b(?:war|conflict|invasion|insurgency)(?:,\s+[^,;]{1,160},)?\s+(?:has|have)\s+"
            r"(?:(?:so\s+far|now|"
            r"already)\s+)?(?:[\w,-]+\s+){0,6}?(?:killed|claimed|left|cost)\b"
            # a past war's whole toll: "the internal conflict killed more than 200,000"
            r"|\b(?:war|conflict|insurgency)\s+(?:that\s+|which\s+)?(?:killed|claimed)\b",
            re.IGNORECASE,
        ),
        ("war", "conflict", "invasion", "insurgency"),
        "at",
    ),
    # "more than 31,000 Palestinians have been killed in Israel's war": figures before it
    (
        re.compile(
            r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+(?:killed|wounded|injured)\s+"
            r"(?:so\s+far\s+)?(?:in|during|over\s+the\s+course\s+of)\s+(?:the\s+|this\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?(?:war|conflict|invasion|insurgency)\b"
            r"(?!\s+(?:zone|front))",
            re.IGNORECASE,
        ),
        ("war", "conflict", "invasion", "insurgency"),
        "all",
    ),
    # a whole war's or campaign's toll: "killed during the 14-month conflict", "raising the
    # death toll in the ground offensive to 232", "the number of troops wounded in the war"
    (
        re.compile(
            r"\b(?:during|in|throughout|over)\s+the\s+(?:[\w-]+\s+)?(?:[\w]+-(?:year|month)"
            r"(?:-long|-old)?|(?:years|decades|months)-long)\s+(?:[\w-]+\s+)?(?:war|conflict|"
            r"insurgency|campaign|offensive)\b"
            r"|\b(?:toll|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|wounded|injured))"
            r"\s+(?:in|during|of|since)\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:war|offensive|"
            r"campaign|invasion|ground\s+operation)\b",
            re.IGNORECASE,
        ),
        ("war", "conflict", "insurgency", "campaign", "offensive", "invasion", "operation"),
        "all",
    ),
    # "scores have died in the months since the massacre": a tally of the time since another
    # event (the weeks after the article's own may still count its wounded who died)
    (
        re.compile(
            r"\b(?:in|over|during)\s+the\s+(?:[\w-]+\s+)?(?:months|years|decades)\s+since\b",
            re.IGNORECASE,
        ),
        ("since",),
        "all",
    ),
    # "the spate of shootings, which began on May 2 with the killing of a teen": the series'
    # first event, not the one the article reports
    (
        re.compile(
            r"\b(?:spate|string|series|rash|wave)\s+of\s+(?:[\w-]+\s+){0,2}?(?:violence|"
            r"shootings|killings|attacks|homicides|murders|stabbings)\b[^.;]{0,60}?"
            r"\b(?:began|started)\b",
            re.IGNORECASE,
        ),
        ("spate", "string", "series", "rash", "wave"),
        "at",
    ),
    # "No one was hurt in that incident": a demonstrative points back at another incident
    (
        re.compile(
            r"\b(?:in|during|from|by)\s+that\s+(?:incident|attack|strike|raid|bombing|blast|"
            r"explosion|ambush|shooting|assault)\b",
            re.IGNORECASE,
        ),
        ("that",),
        "all",
    ),
    # "In June, a similar attack killed about 100": the article's event is not "similar"
    (
        re.compile(
            r"\b(?:an?|another)\s+similar\s+(?:[\w-]+\s+)?(?:attack|raid|strike|bombing|"
            r"assault|massacre|ambush|incident|explosion|blast|shooting|operation)\b",
            re.IGNORECASE,
        ),
        ("similar",),
        "all",
    ),
    # "the deadliest since a bombing in January killed 84", "the worst since late December,
    # when 32 died": after a superlative, a "since" names another event (a bare "since the
    # attack" is the article's own)
    (re.compile(r"\bsince\b", re.IGNORECASE), ("since",), "superlative"),
    # a calendar year's tally, not one event: "killed across the country this year", "since
    # the start of the year", "since January 1"; after a superlative or an ordinal ("the
    # deadliest this year", "the city's 12th shooting this year") only what follows
    (
        re.compile(
            r"\b(?:this|so\s+far\s+this|earlier\s+this)\s+year\b(?!['’]s)"
            r"|\bsince\s+(?:the\s+(?:start|beginning|turn)\s+of\s+(?:(?:the|this)\s+year\b|"
            r"(?:19|20)\d\d\b)"
            r"|1(?:st)?\s+(?:of\s+)?jan(?:uary|\.)?|jan(?:uary|\.)?\s+1(?:st)?\b)",
            re.IGNORECASE,
        ),
        ("this year", "since"),
        "dated",
    ),
]
# "the deadliest attack since 2014, when 300 died": the marker dates the comparison, not the
# figure before it
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|highest|largest|biggest|heaviest|most\s+\w+)\b"
    r"(?:\s+[\w'-]+){0,5}\s*$",
    re.IGNORECASE,
)
# "the city's 12th shooting this year": an ordinal ranks the event within the period
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b(?:\s+[\w'-]+){0,4}\s*$",
    re.IGNORECASE,
)
_LINK_LINE = re.compile(
    # a bracket opens a link only as "[Related: ...]" or "[text](url)": a live blog's
    # "[Update 12:22 a.m.]" or "[Previous story 11:56 ET]" heads the story's own text
    rf"^\s*(?:[-*•▪►>]\s|\*\*|\[?\s*{LINK_LABEL}{LINK_SEPARATOR})|\]\(",
    re.IGNORECASE,
)
# a bulleted full sentence: a marker, at least eight words, a closing stop
_BULLET_SENTENCE = re.compile(r"^(?:[-*•▪►]\s+)(?=[\w\"“'‘(]).*?(?:\S+\s+){7}\S.*[.!?][\"”’')]?$")
_ZERO_RES = [
    re.compile(
        r"\b(?:no\s+one|nobody|no-one|none(?:\s+of\s+(?:the|them|those)(?:\s+[\w-]+){0,3}"
        r")?|no\s+other\s+(?:people|persons|one)|no\s+(?:[\w-]+\s+){0,2}?(?:civilians|"
        r"soldiers|officers|students|children|residents|passengers|people|troops|"
        r"personnel|servicemen|fighters|workers|staff|employees|guards|customers|"
        r"bystanders|pupils|patients|villagers|members|others|individuals|persons|"
        r"casualties|deaths)"
        # "not a single guard of the post was killed", "not one civilian died"
        r"|not\s+(?:a\s+single|one)\s+(?:[\w-]+\s+){0,2}?(?:soldier|civilian|person|officer|"
        r"fighter|serviceman|servicemember|member|resident|child|one)"
        r"(?:\s+of\s+(?:the|our|its|their)(?:\s+[\w-]+){0,3}?)?)(?:\s+else)?"
        # "no officers or anyone else at the store was injured"
        r"(?:\s+or\s+(?:anyone|anybody|any\s+[\w-]+)(?:\s+else)?)?"
        r"(?:\s+(?:at|in|on|inside|aboard|from)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
        r"(?:\s+(?:was|were|got|has|have|had|been|is|are|appeared|appears|to|be|"
        r"seriously|reportedly|physically|else))*\s+(?P<w>killed|hurt|injured|wounded|"
        r"harmed|struck|hit|shot|died|dead)\b",
        re.IGNORECASE,
    ),
    re.compile(
        # "there were no immediate reports of casualties" is not a zero: the wire says the
        # information is not in yet ("no reports of injuries" without it stays a zero)
        r"\bno\s+(?!(?:immediate|initial|early|confirmed)\s+(?:reports?|word|information|"
        r"details|indication|news)\b)(?:[\w-]+\s+){0,3}?(?:of\s+)?(?P<w>injuries|casualties|deaths|"
        r"fatalities|one\s+hurt|one\s+injured)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:was|were)\s+not\s+(?:\w+ly\s+)?(?P<w>injured|hurt|wounded|harmed|struck|"
        r"hit)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:escaped|were|was)\s+(?:\w+\s+)?(?P<w>unharmed|uninjured|unhurt)\b", re.IGNORECASE
    ),
]
# every pattern of _ZERO_RES holds one of these words
# (the word boundary after the first letter, as ``(?<!\w.)``: the scan skips to the n's and u's)
_ZERO_HINT = re.compile(
    r"n(?<!\w.)o(?:t|ne|body)?\b|n(?<!\w.)o-one|u(?<!\w.)n(?:harmed|injured|hurt)\b"
)
_ZERO_METRIC = {
    "killed": "killed",
    "died": "killed",
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "casualties": "casualties",
    "harmed": "casualties",  # "no civilians were harmed": neither killed nor hurt
}
_TOLL_RE = re.compile(
    r"\b(?P<kind>death|injury|casualty|civilian death|civilian)?\s*toll\b"
    r"|\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?(?:confirmed\s+|reported\s+)?"
    # "the number of troops killed", "the total number of Palestinians wounded"
    r"(?P<what>dead|deaths|fatalities|casualties|victims|(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:killed|injured|wounded)|injuries)\b"
    r"|\bcasualty\s+(?:figures?|count|tally)\b"
    # the plain plural as the toll: "fatalities in the attack reached 44", "deaths from the
    # blast have risen to 19" (only with a toll verb, so "deaths were reported" stays a noun)
    r"|\b(?P<bare>fatalities|deaths|casualties)\b(?=(?:\s+(?:in|from|of|on|at|among|after)"
    r"\s+(?:the\s+|this\s+|that\s+|last\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)?\s+"
    r"(?:has\s+|have\s+|had\s+|later\s+|now\s+)?(?:rose|risen|climbed|reached|increased|"
    r"jumped|stood|stands|hit|surged|soared|mounted|grew|grown)\b)",
    re.IGNORECASE,
)
# What each branch of _TOLL_RE needs, in the lowercase text: "toll", "casualty", a plural
# ("casualt" holds "casualties"), or a word counting with "of". A sentence holding none (and
# no letter lower() keeps from its ASCII letter, see _ODD_CASES) has no toll phrase. (A test
# after _TOLL_WORD's, which most sentences fail faster.)
_TOLL_KEYS = re.compile(r"toll|casualt|fatalities|deaths|(?:number|count|tally|total)\s+of\b")
# whose toll: "the toll of Naxalites", "the death toll of the rebels" (two words at most, up to
# a preposition or a verb)
_TOLL_OF = re.compile(
    r"\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+(?!rose|rises|risen|has|had|is|was|in|at|on|from|to)[\w'’-]+)?"
)
# verbs that carry a toll to its new value: "has risen to 40", "stood at 12"
_TOLL_VERBS = {
    "rose",
    "risen",
    "rises",
    "rising",
    "climbed",
    "climbs",
    "climbing",
    "increased",
    "increases",
    "jumped",
    "jumps",
    "reached",
    "reaches",
    "stood",
    "stands",
    "hit",
    "hits",
    "mounted",
    "surged",
    "soared",
    "grew",
    "grown",
    "raised",
    "revised",
    "updated",
    "put",
    "puts",
    "brought",
    "brings",
    "bringing",
    "lifted",
    "pushed",
}
# a toll that goes beyond its count: "pushed the toll past 300", "the toll topped 1,000"
_TOLL_PAST = {"past", "beyond", "passed", "topped", "exceeded", "surpassed", "crossed"}
# "raised the figure to 15", "the tally climbed to 12": a revision of the figure the article
# is already about (the metric of its last casualty figure)
_FIGURE_RE = re.compile(
    r"\b(?:rais|revis|updat|lift|push|brought|bring|put)\w*\s+(?:the|its|their|this)\s+"
    r"(?:[\w-]+\s+)?(?:figure|tally|count)\s+(?:up\s+|down\s+)?(?:to|at)\b"
    r"|\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:figure|tally|count)\s+(?:has\s+|had\s+|later\s+)?"
    r"(?:rose|risen|climbed|increased|jumped|reached|grew|stood|surged|soared)\b",
    re.IGNORECASE,
)


def _toll_metric(kind: str | None, what: str | None, phrase: str) -> str | None:
    kind = (kind or "").lower()
    what = (what or "").lower().rsplit(None, 1)[-1] if what else ""
    if "injur" in kind or what in ("injured", "wounded", "injuries"):
        return "wounded"
    if "casualt" in kind or what in ("casualties", "victims") or "casualty" in phrase.lower():
        return "casualties"
    return "killed"


_CEASEFIRE_RE = re.compile(r"\b(?:cease-?fire|truce|armistice)\b", re.IGNORECASE)
_CEASEFIRE_ACT = re.compile(
    r"\b(?:agreed|agreement|took effect|take effect|taking effect|came into (?:effect|force)|"
    r"come into (?:effect|force)|went into effect|entered into force|took hold|announced|"
    r"reached|brokered|declared|signed|started|began|begins|starts|effective|in effect)\b",
    re.IGNORECASE,
)
_CLOCK_RE = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|\b(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?:hours\s+)?(?P<tz>GMT|UTC)\b",
    re.IGNORECASE,
)
_TERRITORY_RE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:[-\s][A-Za-z]+)?)\s*"
    r"(?P<unit>sq(?:uare)?\.?\s*(?:km|kilomet(?:er|re)s?|mi(?:les?)?)\b|km2|km²|"
    r"square\s+(?:kilomet(?:er|re)s?|miles?)\b|hectares?\b|acres?\b)"
    r"(?P<conv>\s*\([^)]{0,40}\))?",
    re.IGNORECASE,
)
_TERRITORY_CONTEXT = re.compile(
    r"\b(?:territor\w*|land|occup\w*|seiz\w*|captur\w*|control|advanc\w*|gain\w*|lost|"
    r"recaptur\w*|liberat\w*|took|taken|annex\w*)\b",
    re.IGNORECASE,
)
_UNIT_KM2 = {"km": 1.0, "kilomet": 1.0, "mi": 2.58999, "hectare": 0.01, "acre": 0.00404686}
# (not after a word character or a hyphen: the lookbehind after the first letter, so that the
# scan skips to the names' first letters)
_PARTY_RE = re.compile(
    alternation(set(PARTY_NAMES) | set(CAPITALS), after_first=r"(?<![\w-].)") + r"(?![\w-])"
)
# Which sentences deserve a closer look: each word of a sentence is classified once (and
# remembered, the vocabulary is small), then a sentence's hints are a set intersection.
# Every one-word trigger is a casualty word to the hint, so none is out of its reach. (Phrase
# keys are not added: "shooting", "body", "remains" are in most local-news sentences and
# reading them all costs about a fifth of the speed; a phrase needs a listed word near it.)
_TABLE_HINT = r"^(?:" + "|".join(sorted(map(re.escape, TRIGGERS), key=len, reverse=True)) + r")$"
_HINT_CLASSES = [
    (
        "t",
        re.compile(
            _TRIGGER_HINT.pattern.replace(r"\btoll\b", r"^(?:tolls?|figure|tally)$")
            + "|"
            + _TABLE_HINT
        ),
    ),
    ("s", re.compile(r"^(?:" + "|".join(SPEECH_VERBS | _PARTICIPLES) + r")$")),
    # a verb that speaks only in some constructions: looked for speakers, but its sentence
    # does not end a speaker carried over from the one before
    ("v", re.compile(r"^(?:" + "|".join(_COND_SPEECH) + r")$")),
    ("c", re.compile(r"^(?:cease-?fire|ceasefires|cease|truce|truces|armistice)$")),
    ("a", re.compile(r"^(?:sq|square|hectares?|km2|km²|acres?)$")),
]
# (possessive: nothing follows that a shorter run would let match)
_HINT_WORD = re.compile(r"[a-z0-9²]++(?:-[a-z]++)?+")
_HINT_OF: dict[str, frozenset[str]] = {}
_HINT_SEEN: set[str] = set()
_HINT_WORDS: set[str] = set()


def _hints_of(text_low: str) -> set[str]:
    """The hint classes (t: casualty word, s: speech verb, c: ceasefire, a: area) in a text."""
    words = _HINT_WORD.findall(text_low)
    # (a sentence's words are seldom new: the list is tested as it is, with no set built)
    if not _HINT_SEEN.issuperset(words):
        for w in set(words) - _HINT_SEEN:
            cls = frozenset(k for k, rx in _HINT_CLASSES if rx.search(w))
            if cls:
                _HINT_OF[w] = cls
                _HINT_WORDS.add(w)
            if len(_HINT_SEEN) < 500_000:  # bounded: a vocabulary, not the texts
                _HINT_SEEN.add(w)
    out: set[str] = set()
    for w in _HINT_WORDS.intersection(words):
        out |= _HINT_OF[w]
    if "t" not in out and "shooting " in text_low and any(map(text_low.__contains__, _DEED_OF)):
        # "accused of shooting a man", "arrested after shooting his neighbor": a gerund with
        # its victim, which a bare "shooting" (a word of every crime report) is not
        out.add("t")
    return out


# the words that put "shooting" to a deed done to someone (see _hints_of)
_DEED_OF = ("of shooting ", "after shooting ", "for shooting ")


# A phrase trigger is only tried on a sentence holding its key word (a substring test is far
# cheaper than a scan with the whole alternation); matches are then taken left to right,
# the earlier pattern winning at one position, as one alternation would.
_PHRASE_KEY_PAIRS = [(k, i) for i, (_, _, _, keys) in enumerate(_PHRASE_TRIGGERS) for k in keys]
# The keys found in one scan: at every position the longest key starting there (a lookahead,
# so keys may overlap), each standing for itself and every shorter key inside it.
_PHRASE_KEY_RE = re.compile("(?=(" + alternation({k for k, _ in _PHRASE_KEY_PAIRS}) + "))")
_PHRASE_KEY_TRIGGERS = {
    key: frozenset(i for k, i in _PHRASE_KEY_PAIRS if k in key)
    for key in {k for k, _ in _PHRASE_KEY_PAIRS}
}


def _phrases(text_low: str) -> list[tuple[int, int, str, str]]:
    """Phrase triggers in a lowercased sentence: (start, end, metric, roles)."""
    found: list[tuple[int, int, int]] = []  # (start, trigger index, end)
    keys = set(_PHRASE_KEY_RE.findall(text_low))
    for i in sorted({i for k in keys for i in _PHRASE_KEY_TRIGGERS[k]}):
        rx = _PHRASE_TRIGGERS[i][0]
        found.extend((m.start(), i, m.end()) for m in rx.finditer(text_low))
    if not found:
        return []
    found.sort()
    out: list[tuple[int, int, str, str]] = []
    last = -1
    for start, i, end in found:
        if start >= last:
            _rx, metric, roles, _keys = _PHRASE_TRIGGERS[i]
            out.append((start, end, metric, roles))
            last = end
    return out


_MINISTRY_TYPES = [
    (re.compile(r"defen[cs]e|military|war", re.I), "Ministry of Defence"),
    (re.compile(r"foreign|external", re.I), "Ministry of Foreign Affairs"),
    (re.compile(r"health", re.I), "Ministry of Health"),
    (re.compile(r"interior|home|internal", re.I), "Ministry of Interior"),
    (re.compile(r"emergenc", re.I), "Ministry of Emergency Situations"),
]
_NAME_STOP_LOW = {"he", "she", "it", "they", "we", "i", "according", "on", "in", "at", "after"}
_NAME_STOP = {
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "Police",
    "Officers",
    "Officials",
    "Authorities",
    "According",
    "On",
    "In",
    "At",
    "But",
    "And",
    "After",
    "Before",
    "Earlier",
    "Later",
    "Late",
    "Meanwhile",
    "Also",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "One",
    "Two",
    "When",
    "While",
    "As",
    "If",
    "Both",
    "All",
    "Some",
    "No",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Today",
    "Yesterday",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Investigators",
    "Witnesses",
    "Sources",
    "Residents",
    "Deputies",
    "Troopers",
    "Detectives",
}


# --- small structures ----------------------------------------------------------------------


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    line_no: int  # index of the non-empty line it sits on
    link_line: bool
    virtual: bool = False  # the title, kept out of the body: spans (0, 0)


@dataclass
class _Tokens:
    starts: list[int]
    ends: list[int]
    text: list[str]
    low: list[str]


@dataclass
class _Cand:
    """A count (explicit or a singular person) at tokens [ts, te)."""

    ts: int
    te: int
    low: float | None
    high: float | None
    qualifier: str
    cs: int  # chars, relative to the sentence
    ce: int
    text: str
    implicit: bool = False
    head: int = -1  # token index of the head noun, when already known


@dataclass
class _Speaker:
    pos: int  # token index of the verb (or "according")
    claimant: str
    party: str | None
    cs: int  # chars (sentence-relative) spanning the speaker phrase
    ce: int
    # ", the army said." and '"...," said X': the verb ends its clause, so the speaker
    # governs the figures before it, back to the last change of clause
    trailing: bool = False
    # an aside between the speaker and its verb ("who visited the site on Monday"): its dates
    # are not when the speaker spoke
    aside: tuple[int, int] = (0, 0)
    # a relative clause's speaker ("M23, which claimed ..."): it says nothing before itself
    forward_only: bool = False
    # the token its say ends at, when less than the sentence: "The toll, first reported by
    # local officials at 11, rose to 15" (-1: no end)
    until: int = -1


@dataclass
class _Mention:
    metric: str
    low: float | None
    high: float | None
    qualifier: str
    span: tuple[int, int]
    sent: int
    evidence: tuple[int, int]
    value_text: str
    party: str | None = None
    subject: str = "unspecified"
    claimant: str | None = None
    claimant_party: str | None = None
    said_on: date | None = None
    said_on_source: str = "unknown"
    said_weekday: int | None = None
    party_from_place: bool = False  # see _party_from_place
    background: bool = False
    parent: int | None = None  # index of the parent mention (breakdown)
    kind: str = "casualty"
    trigger: str = ""
    virtual: bool = False
    evidence_text: str | None = None
    # no word says what kind of people ("40 casualties on our side", "the toll rose to 30")
    headless: bool = False
    # a total of coordinated people of different sides ("two Ukrainian soldiers and three
    # civilians"): neither takes the other's side through it
    mixed_sides: bool = False
    single: bool = False  # one person, named or described ("a man", "Jane Doe", "he")
    additional: bool = False  # a person beyond those counted so far ("another man")
    suicide: bool = False  # the shooter's own death ("then turned the gun on himself")
    ordinal: int = 0  # "the second victim": the n-th person of the article
    name_key: str = ""  # a named person's last name, to tell a new person from a repeat
    # "one of them died", "..., one fatally": dead people among a figure just given
    subset_of_prev: bool = False
    # "the victim died": one of them too, named by a word that points back to the people hit
    refers_back: bool = False
    # "among the dead were four children": a part of a total given earlier (_parts_of_earlier)
    part_of_earlier: bool = False
    # "it said it had killed 70 soldiers": the speaker's side did it, the dead are not its own
    by_speaker: bool = False
    # the count's noun is left out: 1 for a bare count ("five were killed and seven injured"),
    # 2 for one that points back ("22 others", "dozens more"); see _inherit_elided
    elided: int = 0

    @property
    def own_figure(self) -> bool:
        """A casualty figure of the article's own event, not a part of a breakdown: what the
        whole-article passes (_resolve_article) count with."""
        return self.kind == "casualty" and not self.background and self.parent is None


@dataclass
class _Context:
    """What the article has said so far: speakers to carry over, names to complete."""

    surnames: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    last_person: tuple[str, str | None] | None = None
    by_head: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    last_org: tuple[str, str | None] | None = None
    # an acronym and the body it stands for: "the Ethiopian National Defense Force (ENDF)"
    # makes a later "the ENDF said" the same claimant
    acronyms: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # the bodies the article names by their acronym: "the Ethiopian Human Rights Commission"
    # -> "EHRC" (see _by_acronym)
    short: dict[str, str] = field(default_factory=dict)
    body: str = ""  # the article's text, for _named_body
    named_bodies: dict[str, str | None] | None = None
    # the speakers each role noun described, latest last, with the words they were
    # described in: "Navy spokesman Captain Jane Doe said" makes a later "the spokesman
    # said" Jane Doe (see _by_role)
    roles: dict[str, list[tuple[tuple[str, str | None], frozenset[str]]]] = field(
        default_factory=dict
    )
    # where each titled name stands in the body (see _titled_names, _office_of)
    titles: dict[str, list[int]] = field(default_factory=dict)


def _party_of_name(name: str) -> str | None:
    found = _parties_in(name, include_capitals=True)
    return found[0][2] if found else None


def _named_body(ctx: _Context, head: str) -> str | None:
    """The one body the article names with this head ("the Kebbi Farmers Association" for a
    bare "the association"), None when it names none or several."""
    if ctx.named_bodies is None:
        found: dict[str, set[str]] = {}
        for m in _NAMED_BODY.finditer(ctx.body):
            words = m.group(1).split()
            while words and (words[0] in ("The", "A", "An") or words[0].endswith("-based")):
                words = words[1:]  # (not "the Britain-based" of "the Britain-based Observatory")
            if (words and words[-1] not in ("of", "for", "and", "the")) or (
                not words and m.group(3)  # "the Council of Elders"
            ):
                name = " ".join([*words, m.group(2)])
                tail = " ".join(m.group(3).split())
                found.setdefault(m.group(2).lower(), set()).add(f"{name} {tail}".strip())
        ctx.named_bodies = {k: _only(v) for k, v in found.items()}
    return ctx.named_bodies.get(head)


# words without which no count can be read: a digit aside, every count holds one of them
# ("a dozen", "half a dozen", "a few" and "a couple" hold "dozen", "few", "couple")
_TOLL_WORD = re.compile(r"toll|casualt|figure|tally|count|number|total|fatalit|deaths")
_QTY_START = {
    "several",
    "few",
    "couple",
    "multiple",
    "handful",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "tens",
    "millions",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "dozen",
}


# --- sentences and tokens ------------------------------------------------------------------


_DAY_AFTER = re.compile(r"(?:on\s+)?(?:[A-Z][a-z]+day|" + _MONTH_RE + ")", re.IGNORECASE)


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``body``; lines always end a sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(body)
    while pos < n:
        nl = body.find("\n", pos)
        line_end = n if nl < 0 else nl
        line = body[pos:line_end]
        if line.strip():
            start = 0
            stops = _SENT_BOUNDARY if "!" in line or "?" in line else _SENT_BOUNDARY_DOT
            for m in stops.finditer(line):
                cut = m.start()
                k = cut  # the word before the stop (a backward scan: a regex search is slow)
                while k > start and (line[k - 1].isalnum() or line[k - 1] in "._"):
                    k -= 1
                w = line[k:cut].lower()
                abbrev = w in _ABBREV or (
                    len(w) == 1 and w.isalpha() and line[cut - 1 : cut].isupper()
                )
                # "9 a.m. Monday" goes on; "at 9 a.m. Rebels then..." ends a sentence
                if abbrev and (w not in ("a.m", "p.m") or _DAY_AFTER.match(line, m.end())):
                    continue
                seg_end = m.end()
                _add_span(spans, body, pos + start, pos + seg_end)
                start = seg_end
            _add_span(spans, body, pos + start, pos + len(line))
        pos = line_end + 1
    return spans


def _add_span(spans: list[tuple[int, int]], body: str, s: int, e: int) -> None:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


# the tokens at the odd places of a split, what lies between them at the even ones
_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")
# The same for an ASCII text (most), made from _TOKEN_RE: its letters and digits spelt out,
# as the classes "[^\W_]" and "\d" make sre ask Unicode about every character of a word,
# where a class of ASCII ranges is one table lookup; its hyphens and apostrophes as the one
# ASCII character. ("\S" is kept: Unicode counts "\x1c".."\x1f" as space.)
_TOKEN_SPLIT_ASCII = re.compile(
    "("
    + _TOKEN_RE.pattern.replace(r"[^\W_]", "[0-9A-Za-z]")
    .replace(r"\d", "[0-9]")
    .replace("[-‐]", "-")
    .replace("['’]", "'")
    + ")"
)


def _tokenize(text: str) -> _Tokens:
    # one pass, and the offsets are running sums of the parts' lengths: no Python-level work
    # per match object
    parts = (_TOKEN_SPLIT_ASCII if text.isascii() else _TOKEN_SPLIT).split(text)
    pos = list(accumulate(map(len, parts), initial=0))
    starts = pos[1:-1:2]
    ends = pos[2::2]
    words = parts[1::2]
    # (str.lower called unbound: the compiled build's own lower() gives a Greek capital sigma
    # no final form, and tokens must be what Python's lower() makes of them)
    text_low = str.lower(text).replace("’", "'")
    if len(text_low) == len(text):
        low = [text_low[a:b] for a, b in zip(starts, ends, strict=True)]
    else:  # a letter whose lower case is longer ("İ"): lower each token instead
        low = [str.lower(w).replace("’", "'") for w in words]
    return _Tokens(starts, ends, words, low)


def _tok_at(toks: _Tokens, char: int) -> int:
    """Index of the first token that ends after ``char``."""
    return bisect.bisect_right(toks.ends, char)


# --- parties -------------------------------------------------------------------------------


def _parties_in(text: str, include_capitals: bool = False) -> list[tuple[int, int, str]]:
    out = []
    for m in _PARTY_RE.finditer(text):
        name = m.group(0)
        party = PARTY_NAMES.get(name)
        if party is None:
            if not include_capitals:
                continue
            party = CAPITALS.get(name)
        if party is None:
            continue
        if name in ("US", "IS", "UK", "CAR") and text[m.start() - 1 : m.start()] == "-":
            continue
        out.append((m.start(), m.end(), party))
    return out


def _subject_of(words: list[str]) -> str:
    for w in reversed(words):
        if w in MILITARY:
            return "military"
        if w in POLICE:
            return "police"
        if w in MILITANT:
            return "militant"
        if w in CIVILIAN:
            return "civilian"
    return "unspecified"


# --- claimants -----------------------------------------------------------------------------


def _is_cap(word: str) -> bool:
    """A capitalised word, or an Arabic name with its lowercase article: "al-Burhan",
    "el-Sisi" are as much a name as "Burhan"."""
    return word[:1].isupper() or (
        word[2:3] == "-" and word[:3] in _NAME_PARTICLES and word[3:4].isupper()
    )


_NAME_PARTICLES = {"al-", "el-", "ad-", "as-", "ar-", "an-"}


def _normalise_claimant(
    words: list[str], ctx: _Context, sentence_text: str
) -> tuple[str, str | None] | None:
    """Turn a speaker phrase into a claimant name and its country."""
    acr = None
    if len(words) >= 4 and words[-1] == ")" and words[-3] == "(" and _is_acronym(words[-2]):
        # "the Syrian Democratic Forces (SDF)": the name, and the acronym for later
        acr, words = words[-2], words[:-3]
    if acr is not None and acr in PARTY_NAMES and any(_is_cap(w) for w in words):
        # a party known by its acronym is named as the table names it, the same claimant as
        # a bare "JNIM said": "the Group for the Support of Islam and Muslims (JNIM)"
        res: tuple[str, str | None] | None = (PARTY_NAMES[acr], PARTY_NAMES[acr])
    else:
        res = _normalise_name(words, ctx, sentence_text)
    if res is not None and acr is not None:
        if (
            acr not in PARTY_NAMES
            and _initials(res[0].split()) == acr.lower()
            and ("Ministry" not in res[0])
        ):
            ctx.short.setdefault(res[0], acr)
        ctx.acronyms.setdefault(acr, res)
    if res is not None and ctx.short:
        res = _by_acronym(res, ctx)
    return res


def _by_acronym(res: tuple[str, str | None], ctx: _Context) -> tuple[str, str | None]:
    """A body the article names by its acronym is that acronym, however it is written out:
    after "the Ethiopian Human Rights Commission (EHRC)", "the EHRC said", "the commission"
    and "the Ethiopian Human Rights Commission said" are all the EHRC. The acronym is the
    name news goes on using, and one spelling across outlets that spell the name out
    differently ("Inter-Services" or "Inter Services Public Relations" is the ISPR)."""
    name = res[0]
    acr = ctx.short.get(name)
    if acr is None:
        acr = next((a for full, a in ctx.short.items() if name.endswith(" " + full)), None)
    return (acr, res[1]) if acr is not None else res


def _is_acronym(word: str) -> bool:
    """ "ENDF", "CENTCOM", "FAMa": two or more capitals, no longer than a name's acronym."""
    return 2 <= len(word) <= 8 and word.isalpha() and sum(c.isupper() for c in word) >= 2


def _initials(words: list[str]) -> str:
    """The capitals a name's acronym is made of: "Inter-Services Public Relations" -> "ISPR"
    ("of", "and" and lowercase words give none)."""
    return "".join(p[0] for w in words for p in re.split(r"[-‐]", w) if p[:1].isupper()).lower()


def _abbreviates(acr: str, words: list[str]) -> bool:
    """Whether ``acr`` is an acronym of the name ``words``: its initials ("Israel Defense
    Forces" = IDF) or, from the same first letter, letters of it in order ("Central Command"
    = CENTCOM)."""
    a = acr.lower()
    ini = _initials(words)
    if not ini or a == ini:
        return bool(ini)
    if len(a) < 4 or a[0] != ini[0]:
        return False
    rest = iter(" ".join(words).lower())
    return all(ch in rest for ch in a)


def _normalise_name(
    words: list[str], ctx: _Context, sentence_text: str
) -> tuple[str, str | None] | None:
    words = _tallier(words)
    placed = _placed_source(words, ctx, sentence_text)
    if placed is not None:
        return placed
    if words and words[0].lower() == "the" and ctx.roles:
        known = _by_role(words[1:], ctx)
        if known is not None:
            return known
    while words and words[0].lower() in (
        "the",
        "a",
        "an",
        "another",
        "our",
        "one",
        "on",
        "late",
        "early",
        "earlier",
        "later",
        "and",
        "but",
        "in",
        "while",
        "when",
    ):
        words = words[1:]
    while words and (
        words[0].lower() in _WEEKDAYS
        or words[0] in (",", "'s", "’s")
        # "the Britain-based Syrian Observatory": where it sits is no part of its name
        or (words[0].endswith("-based") and len(words) > 1 and _is_cap(words[1]))
    ):
        words = words[1:]
    while words and words[-1] in (",", "'s", "’s", "the"):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and words[0] in ctx.acronyms:
        # "the IDF said" after "the Israel Defense Forces said": one body, one claimant
        return ctx.acronyms[words[0]]
    if len(words) == 1 and words[0] in ("UN", "U.N."):
        # one claimant however it is written: "the UN", "the U.N.", "the United Nations"
        return ("United Nations", None)
    if words[-1].lower() in _DOC_NOUNS and not any(
        w.islower() and w in SOURCE_NOUNS for w in words[:-1]
    ):
        # a document speaks for who issued it: "A UN inquiry found" is the UN's finding;
        # "the statement", "a first report" for the body that spoke last
        body = words[:-1]
        if (
            any(w.replace(".", "").isupper() for w in body)
            or sum(map(_is_cap, body)) >= 2
            or (any(w in PARTY_NAMES or w in CAPITALS for w in body))
        ):
            return _normalise_name(body, ctx, sentence_text)
        if all(w.lower() in _DOC_MODS for w in body):
            if words[-1].lower() in _ISSUED_DOCS:
                return ctx.last_org
            return None  # "Additional investigation revealed": no one named
    lows = [w.lower().replace("’", "'") for w in words]
    phrase = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
    parties = _parties_in(phrase, include_capitals=True)
    party = parties[0][2] if parties else None
    if party is None:
        # "the Pentagon", "the White House": a seat of government speaks for its country
        seat = next((k for k in _SEATS if k in phrase), None)
        if seat is not None:
            party = _SEATS[seat]
            if phrase == seat:
                return (seat, party)
    if (
        party is not None
        and len(words) >= 2
        and lows[-1] in _TALLY_NOUNS
        and all(w in PARTY_NAMES or w in CAPITALS for w in words[:-1])
    ):
        # "according to Israeli tallies": a country's own count is the country's claim
        return (party, party)
    if len(lows) == 1 and lows[0] in ("he", "she", "him", "her"):  # "according to him"
        return ctx.last_person
    if len(lows) == 1 and lows[0] in ("it", "they"):
        return ctx.last_org
    if lows[0] in ("i", "we", "you"):
        return None
    if "ministry" in lows:
        kind = "Ministry"
        for rx, name in _MINISTRY_TYPES:
            if rx.search(phrase):
                kind = name
                break
        if party is None:
            prior = ctx.by_head.get(kind) or ctx.by_head.get("ministry")
            if prior and (kind == "Ministry" or prior[0].endswith(kind)):
                return prior
        if kind == "Ministry":
            # a ministry of no known type keeps its own words: "the state security ministry"
            # is the "State security ministry", not any ministry
            qual = [
                w
                for w in words
                if w not in PARTY_NAMES and w not in CAPITALS and w not in ("'s", "’s", ",")
            ]
            if len(qual) > 1:
                kind = " ".join(qual).lower()
                if party is None:
                    kind = kind[:1].upper() + kind[1:]
        if party is None:
            return (kind, None)
        return (f"{party} {kind}", party)
    # a named organisation: "the Sudan Doctors Network", "Syrian Observatory for Human Rights"
    org: list[str] = []
    for x in range(len(words) - 1, -1, -1):
        w = words[x]
        if (
            _is_cap(w)
            or (org and w.lower() in ("of", "for", "and", "on"))
            # "the Group for the Support of Islam and Muslims"
            or (w == "the" and org and _is_cap(org[0]) and x > 0 and words[x - 1] in ("of", "for"))
            # "the Armed Conflict Location and Event Data project": a lowercase head closes it
            or (not org and w.lower() in _ORG_HEADS and x > 1 and _is_cap(words[x - 1]))
            # "the Magen David Adom ambulance service": a plain word between name and head
            or (
                len(org) == 1
                and org[0].islower()
                and w.isalpha()
                and w.islower()
                and x > 1
                and _is_cap(words[x - 1])
                and w not in TRIGGERS
            )
        ):
            org.insert(0, w)
        else:
            break
    while org and not _is_cap(org[0]):
        org = org[1:]
    if len(org) >= 2 and any(w.lower() in _ORG_HEADS for w in org):
        return (" ".join(org), party)
    # a person: the phrase ends with capitalised words that are not titles or places
    run: list[str] = []
    for w in reversed(words):
        if (
            _is_cap(w)
            and w.lower() not in TITLE_WORDS
            and w not in PARTY_NAMES
            and w not in CAPITALS
            and w not in _NAME_STOP
            and w.lower() not in SOURCE_NOUNS
            and not w.isupper()
        ):
            run.insert(0, w)
        else:
            break
    if run:
        if len(run) == 1:
            known = ctx.surnames.get(run[0])
            if known:
                return known[0], known[1] or party
            if len(words) == 1 and not parties:
                return (run[0], None)
        if len(run) >= 2 or len(words) > len(run):
            known = ctx.surnames.get(run[-1])
            if party is None and known and known[0] == " ".join(run):
                party = known[1]
            return (" ".join(run), party)
    if not any(
        (_is_cap(w) and w not in _NAME_STOP) or lw in SOURCE_NOUNS
        for w, lw in zip(words, lows, strict=True)
    ):
        return None
    # a country or its capital standing for its government
    if (
        party is not None
        and parties
        and len(parties) == 1
        and parties[0][1] - parties[0][0] >= len(phrase) - 3
    ):
        return (party, party)
    # "the Pakistani military's media wing ISPR", "state news agency SANA": the acronym
    # after the description is the body's name
    last = words[-1]
    if (
        len(words) >= 2
        and len(last) >= 3
        and last.isupper()
        and last.isalpha()
        and words[-2].isalpha()
        and words[-2].islower()
    ):
        return (last, party)
    head = lows[-1]
    if party is None and head in _REMEMBERED_HEADS:
        prior = ctx.by_head.get(head)
        if prior is None and len(lows) == 1 and head in _HEAD_ALIAS:
            # "The army said ... The military added": one speaker under two names
            alias = ctx.by_head.get(_HEAD_ALIAS[head])
            if alias and alias[0].lower().endswith(_HEAD_ALIAS[head]):
                prior = alias
        if prior:
            return prior
        if len(lows) == 1 and head in ("army", "military", "forces"):
            own = _own_troops(sentence_text)
            if own is not None:
                return (f"{_DEMONYM.get(own, own)} {head}", own)
    if lows[-1] in ("monitor", "watchdog") and all(
        w in ("war", "rights", "human") or w.endswith("-based") for w in lows[:-1]
    ):
        # "the Britain-based war monitor": the monitoring body the article names
        named = _named_body(ctx, "observatory") or _named_body(ctx, "network")
        if named is not None:
            return (named, _party_of_name(named))
    if len(lows) == 1 and party is None and head in _BODY_HEADS:
        named = _named_body(ctx, head)
        if named is not None:
            return (named, _party_of_name(named))
    if head in ("data", "figures", "sources", "information", "statistics", "reports") and (
        "official" in lows
    ):
        demonym = next((w for w in words if w in PARTY_NAMES), None)
        if demonym:
            return (f"{demonym} officials", party)
    # "Myanmar's military" and "the Burmese military" are one claimant
    if len(words) >= 3 and words[1] in ("'s", "’s") and words[0] in PARTY_NAMES:
        words = [_DEMONYM.get(PARTY_NAMES[words[0]], words[0]), *words[2:]]
    text = " ".join(w for w in words).replace(" 's", "'s").replace(" ’s", "’s")
    return (text, party)


# "Sudanese soldiers", "Nigerian troops": a country's word right before a soldiers' noun
_TROOPS_AFTER = re.compile(
    r"\s+(?:army\s+)?(?:soldiers?|troops|servicemen|forces|army|military)\b", re.IGNORECASE
)


def _own_troops(sentence_text: str) -> str | None:
    """The one country whose soldiers a sentence names: "Sudanese soldiers killed 30 RSF
    fighters, the army said" is the Sudanese army speaking. None when soldiers of two
    countries (or none) are named."""
    found = {
        party
        for ps, pe, party in _parties_in(sentence_text)
        if party in _DEMONYM and _TROOPS_AFTER.match(sentence_text, pe)
    }
    return found.pop() if len(found) == 1 else None


# "the army" and "the military" of one article are the same speaker
_HEAD_ALIAS = {"army": "military", "military": "army"}
# seats of government that stand for their country when they speak
_SEATS = {
    "Pentagon": "United States",
    "White House": "United States",
    "State Department": "United States",
    "Downing Street": "United Kingdom",
    "Elysee": "France",
    "Élysée": "France",
}
# a count by someone: "a tally by AFP", "a Reuters tally", "figures from local officials"
_TALLY_NOUNS = {
    "tally",
    "tallies",
    "count",
    "toll",
    "figures",
    "figure",
    "data",
    "estimate",
    "estimates",
    "statistics",
    "numbers",
    "records",
    "database",
    "calculations",
    "compilation",
    "analysis",
}
_TALLY_BY = {"by", "from", "of"}
_TALLY_SKIP = {"compiled", "kept", "collected", "gathered", "the", "a", "an"}
_TALLY_STOP = {
    "based",
    "on",
    "in",
    "at",
    "since",
    "which",
    "that",
    "as",
    "compiled",
    "released",
    "published",
    "from",
    "by",
    "for",
    ",",
    "over",
    "during",
    "after",
    "before",
    "with",
}


def _placed_source(
    words: list[str], ctx: _Context, sentence_text: str
) -> tuple[str, str | None] | None:
    """A source named with where it sits: "the health ministry in Gaza" is Gaza's ministry
    of health; "officials in Goma" keep their place, and take its country when it has one."""
    p = next(
        (
            i
            for i, w in enumerate(words)
            if 0 < i < len(words) - 1
            and w.lower() in ("in", "at")
            and words[i - 1].lower() in SOURCE_NOUNS
        ),
        -1,
    )
    if p < 0:
        return None
    pre, place = words[:p], words[p + 1 :]
    ps = _parties_in(" ".join(place), include_capitals=True)
    if any(w.lower() == "ministry" for w in pre):
        named = [w for w in place if w in PARTY_NAMES or w in CAPITALS][:1] if ps else []
        return _normalise_claimant(named + pre, ctx, sentence_text)
    while pre and pre[0].lower() in ("the", "a", "an"):
        pre = pre[1:]
    if not pre:
        return None
    return (" ".join(pre + words[p:]), ps[0][2] if ps else None)


def _tallier(words: list[str]) -> list[str]:
    """Who keeps the count a speaker phrase names: "a tally by AFP based on figures from
    local officials" and "a Reuters tally" are AFP's and Reuters' words."""
    lows = [w.lower() for w in words]
    # a lowercase count: "Event Data" in a body's name is no tally
    t = next((i for i, lw in enumerate(lows) if lw in _TALLY_NOUNS and words[i].islower()), -1)
    if t < 0:
        return words
    # "a Reuters tally", "AFP's count", "Health Ministry figures": the name before the count
    e = t
    while e > 0 and lows[e - 1] in ("'s", "’s"):
        e -= 1
    s = e
    while s > 0 and (_is_cap(words[s - 1]) or (s < e and lows[s - 1] in ("of", "for", "and"))):
        s -= 1
    while s < e and not _is_cap(words[s]):
        s += 1
    named = s < e and not all(w in PARTY_NAMES or w in CAPITALS for w in words[s:e])
    k = t + 1
    if k < len(lows) and lows[k] in _TALLY_SKIP - {"the", "a", "an"}:
        k += 1
    # "a tally by AFP based on figures from local officials": the tallier, not its sources
    if k < len(lows) and lows[k] in _TALLY_BY and (lows[k] == "by" or not named):
        k += 1
        while k < len(lows) and lows[k] in _TALLY_SKIP:
            k += 1
        f = k
        while f < len(lows) and f < k + 8:
            nxt_cap = f + 1 < len(words) and _is_cap(words[f + 1])
            if lows[f] in _TALLY_STOP and not (lows[f] in ("in", "at") and nxt_cap):
                break
            if lows[f] == "of" and not nxt_cap:
                break
            f += 1
        of_lower = lows[k - 1] == "of" and (k >= len(words) or not _is_cap(words[k]))
        if f > k and not of_lower and (_is_cap(words[f - 1]) or lows[f - 1] in SOURCE_NOUNS):
            return words[k:f]
    return words[s:e] if named else words


_ORG_HEADS = {
    "network",
    "observatory",
    "committee",
    "council",
    "union",
    "society",
    "federation",
    "agency",
    "office",
    "organisation",
    "organization",
    "foundation",
    "institute",
    "center",
    "centre",
    "watch",
    "coalition",
    "front",
    "movement",
    "association",
    "crescent",
    "cross",
    "programme",
    "program",
    "mission",
    "service",
    "services",
    "command",
    "commission",
    "directorate",
    "bureau",
    "department",
    "project",
    "cell",
    "newspaper",
}


# The title is matched first (a literal start keeps the scan fast); the demonym or country
# before it ("Armenian Prime Minister", "Ukraine's Defence Minister") is read backwards.
_TITLE_LIST = (
    "Prime Minister,Deputy Prime Minister,President,Vice President,Minister,Defence Minister,"
    "Defense Minister,Foreign Minister,Interior Minister,Secretary,Secretary of State,General,"
    "Gen.,Commander,Colonel,Col.,Major,Maj.,Lieutenant,Lt.,Sergeant,Sgt.,Captain,Capt.,"
    "Governor,Gov.,Mayor,Chief,Sheriff,spokesman,spokeswoman,spokesperson,Senator,Sen.,"
    "Ambassador,King,Queen,Prince,Emir,ombudsman,Ombudsman"
)
_TITLES = _TITLE_LIST.split(",")
# the name a title opens: "Colonel Jane Doe", "Minister John Roe Smith"
_NAME_AFTER_TITLE = r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
_TITLED_NAME = re.compile(
    # (the word boundary after the first letter: the scan skips to the titles' first letters)
    alternation(_TITLES, space=r"\s+", after_first=r"(?<!\w.)") + _NAME_AFTER_TITLE
)
# The same for a body holding none of the lowercase titles (the first word of each, which any
# match of one holds): opening on capitals only, the scan passes over every "o" and "s".
_LOWER_TITLE_KEYS = tuple(sorted({t.split()[0] for t in _TITLES if not t[0].isupper()}))
_TITLED_NAME_CAPS = re.compile(
    alternation([t for t in _TITLES if t[0].isupper()], space=r"\s+", after_first=r"(?<!\w.)")
    + _NAME_AFTER_TITLE
)
_DEM_BEFORE = re.compile(r"([A-Z][\w'’-]+?)(?:['’]s)?\s+$")


def _titled_names(body: str, ctx: _Context) -> None:
    """Register "Armenian Prime Minister Jane Doe" so that a later "Doe" is Jane Doe."""
    lower = any(map(body.__contains__, _LOWER_TITLE_KEYS))
    for m in (_TITLED_NAME if lower else _TITLED_NAME_CAPS).finditer(body):
        name = m.group("name")
        parts = name.split()
        if any(p in PARTY_NAMES or p in CAPITALS or p.lower() in TITLE_WORDS for p in parts):
            continue
        dm = _DEM_BEFORE.search(body, max(0, m.start() - 40), m.start())
        dem = dm.group(1) if dm else None
        party = PARTY_NAMES.get(dem) or CAPITALS.get(dem) if dem else None
        if parts[-1] not in ctx.surnames or (party and not ctx.surnames[parts[-1]][1]):
            ctx.surnames[parts[-1]] = (name, party)
        # where the office is written: see _office_of
        ctx.titles.setdefault(name, []).append(m.start("name"))


# an acronym given with its body: "the Ethiopian National Defense Force (ENDF)", "the
# National Liberation Army, or ELN,"
# (two patterns, each opening on a literal that re finds with a fast search, where one
# alternation of the two would stop at every space)
_ACRONYM_PAREN = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_ACRONYM_OR = re.compile(r" or ([A-Z][A-Za-z]{1,7})\b(?=[,.;)]| and)")


def _acronym_defs(body: str) -> list[tuple[int, str]]:
    """(start, acronym) of every "(ACR)" and " or ACR," in order: what one scan with the two
    patterns as an alternation finds, as their matches cannot overlap (one holds no space, the
    other no parenthesis)."""
    found = [(m.start(), m.group(1)) for m in _ACRONYM_PAREN.finditer(body)]
    if " or " in body:
        found += [(m.start(), m.group(1)) for m in _ACRONYM_OR.finditer(body)]
        found.sort()
    return found


_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*|of|for|and|the|de|on)$")


def _defined_acronyms(body: str, ctx: _Context) -> None:
    """Register the acronyms the article spells out, so that "the ENDF said" is the Ethiopian
    National Defense Force it named before."""
    for start, acr in _acronym_defs(body):
        if not _is_acronym(acr) or acr in ctx.acronyms:
            continue
        words = body[max(0, start - 90) : start].split()
        name: list[str] = []
        for w in reversed(words):
            # "the Armed Conflict Location and Event Data project (ACLED)": a body's own noun
            if _NAME_WORD.match(w) or (not name and w.lower() in _ORG_HEADS):
                name.insert(0, w)
            else:
                break
        # the shortest run of the name the acronym stands for: "the Kurdish-led Syrian
        # Democratic Forces (SDF)" is the Syrian Democratic Forces
        for k in range(len(name) - 1, -1, -1):
            if _is_cap(name[k]) and _abbreviates(acr, name[k:]):
                # the name as written: its initials vouch for every word of it
                full = " ".join(name[k:])
                ps = _parties_in(full, include_capitals=True)
                ctx.acronyms[acr] = (full, ps[0][2] if ps else None)
                if (
                    acr not in PARTY_NAMES
                    and _initials(name[k:]) == acr.lower()
                    and "Ministry" not in full
                ):
                    # the body's initials: the article names it by its acronym (an
                    # armed group keeps its table name, a ministry its normalised one)
                    ctx.short[full] = acr
                    ctx.acronyms[acr] = (acr, ctx.acronyms[acr][1])
                break


def _by_role(words: list[str], ctx: _Context) -> tuple[str, str | None] | None:
    """ "the spokesman", "the army spokesman", "the interior minister": the latest speaker
    the article described with that role noun and every other word of the phrase ("Army
    spokesman Col. Jane Doe", "Interior Minister John Roe"). Only a definite phrase in
    lowercase words: "a spokesman" is someone else, "the Defence Ministry" a body."""
    if not words or len(words) > 4 or not all(w.islower() for w in words):
        return None
    told = ctx.roles.get(words[-1])
    if not told:
        return None
    lows = {w.lower() for w in words}
    return next((c for c, seen in reversed(told) if lows <= seen), None)


def _office_of(ctx: _Context, name: str) -> set[str]:
    """The words of a titled name's office, back to its clause's start ("Army spokesman Col.
    Jane Doe"): what a later "the army spokesman" may call the same person."""
    office: set[str] = set()
    for at in ctx.titles.get(name, ()):
        pre = ctx.body[max(0, at - 40) : at]
        cut = max(pre.rfind(c) for c in ',;:"“”()\n')
        office.update(w.lower() for w in pre[cut + 1 :].split())
    return office


def _remember_role(ctx: _Context, claimant: tuple[str, str | None], lows: set[str]) -> None:
    for role in lows & _ROLE_NOUNS:
        ctx.roles.setdefault(role, []).append((claimant, frozenset(lows)))


def _remember(ctx: _Context, claimant: tuple[str, str | None], words: list[str]) -> None:
    name, party = claimant
    parts = name.split()
    if parts[-1].lower() in _ORG_HEADS or parts[-1].lower() in _ARMED_HEADS:
        # "The Israel Defense Forces said ... the IDF said": its initials name it too
        ini = _initials(parts).upper()
        if len(ini) >= 2:
            ctx.acronyms.setdefault(ini, claimant)
    lows = {w.lower() for w in words}
    if "Ministry" in name:
        ctx.by_head["ministry"] = claimant
        for _, kind in _MINISTRY_TYPES:
            if name.endswith(kind):
                ctx.by_head[kind] = claimant
        ctx.last_org = claimant
        return
    parts = name.split()
    if (
        len(parts) >= 2
        # (a name may hold a lowercase particle: "Omar al-Rashidi")
        and all(_is_cap(p) for p in parts)
        and name not in PARTY_NAMES
        and (not lows & SOURCE_NOUNS or lows & TITLE_WORDS)
        and not any(p.lower() in SOURCE_NOUNS for p in parts)
    ):
        ctx.surnames[parts[-1]] = claimant
        ctx.last_person = claimant
        _remember_role(ctx, claimant, lows | _office_of(ctx, name))
        return
    if _person_head(name):
        # one person described, not named: "the regional governor said ... he said", "a
        # member of the village administration ... he said"
        ctx.last_person = claimant
        _remember_role(ctx, claimant, lows)
        return
    # an insurgents' army is not the one a later "the army said" means
    insurgent = (party is not None and party not in COUNTRY_NAMES) or bool(
        lows & _INSURGENT_NAME_WORDS
    )
    for head in _REMEMBERED_HEADS:
        if head in lows and not (insurgent and head in ("army", "military", "forces")):
            ctx.by_head[head] = claimant
    ctx.last_org = claimant


# the noun of a speaker described as one person ("a local official, Name, said")
_DESC_PERSON = {
    "governor",
    "official",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "officer",
    "mayor",
    "administrator",
    "chief",
    "leader",
    "director",
    "commissioner",
}
# one person described by what they are: "a security source", "the regional governor"
_PERSON_HEADS = (_DESC_PERSON - {"head", "leader"}) | {
    "resident",
    "witness",
    "doctor",
    "nurse",
    "member",
    "worker",
    "correspondent",
    "journalist",
    "villager",
    "reporter",
    "source",
    "farmer",
    "survivor",
    "medic",
    "paramedic",
}


# the nouns of a person's office that a later "the <noun> said" points back to (see _by_role)
_ROLE_NOUNS = frozenset(
    (_DESC_PERSON - {"head", "leader"})
    | {"ombudsman", "minister", "president", "prosecutor", "envoy", "ambassador"}
    | {"coordinator", "chairman", "chairwoman", "sheriff"}
)


def _person_head(name: str) -> bool:
    """Whether a claimant is one person described in lowercase words ("regional governor",
    "member of the village administration"), not a name or a body."""
    if not name[:1].islower():
        return False
    ws = name.split()
    k = next((x for x, w in enumerate(ws) if w in ("of", "in", "at", "for", "from")), len(ws))
    return k > 0 and ws[k - 1] in _PERSON_HEADS


_INSURGENT_NAME_WORDS = {"liberation", "independence", "resistance", "revolutionary", "rebel"}


# bare speaker heads remembered with the full name they were last given, so a later "the
# army said" is that army (a ministry is remembered by its type, in _remember)
_REMEMBERED_HEADS = (
    "army",
    "military",
    "government",
    "forces",
    "authorities",
    "officials",
    "command",
    "presidency",
    "agency",
)
_LEFT_SKIP = {
    "has",
    "have",
    "had",
    "also",
    "further",
    "later",
    "earlier",
    "again",
    "previously",
    "separately",
    "reportedly",
    "officially",
    "initially",
    "first",
    "then",
    "subsequently",
    "would",
    "will",
    "did",
    "does",
    "do",
    "'d",
    "is",
    "was",
    "were",
    "are",
    "being",
    "been",
    "in",
    "turn",
    "however",
    "now",
    "late",
}
# a document that speaks for the body that issued it: "the statement said", "a first
# report had put the toll at 17", "a UN inquiry found that"
_DOC_NOUNS = {
    "statement",
    "report",
    "update",
    "communique",
    "communiqué",
    "bulletin",
    "investigation",
    "inquiry",
    "probe",
    "study",
    "findings",
    "assessment",
}
# what may stand before a document that points back to its issuer: "a first statement"
_DOC_MODS = {
    "its",
    "their",
    "his",
    "her",
    "first",
    "second",
    "new",
    "latest",
    "earlier",
    "later",
    "initial",
    "previous",
    "separate",
    "final",
    "preliminary",
    "same",
    "this",
    "that",
    "further",
    "additional",
    "subsequent",
    "updated",
    "revised",
    "brief",
    "written",
    "joint",
}
_ISSUED_DOCS = {"statement", "report", "update", "communique", "communiqué", "bulletin"}
_ISSUED = {"issued", "released", "published", "posted", "read", "aired", "broadcast"}
_NP_INNER = {"of", "for", "the", "'s", "de", "al", "al-", "and", "on"}
# words that start a new clause, and so may start a new speaker's figures
_CLAUSE_SWITCH = {"while", "whereas", "but", ";", "meanwhile"}
# a quote just closed before the verb: '"...," said Jane Doe' puts the speaker after the verb
_CLOSE_QUOTES = {'"', "”", "’", "'", "»"}
# a speaker after the verb begins with a capital or a determiner: "said a military source"
_INVERTED_DETS = {"the", "a", "an", "one", "another"}
# words that open an aside between a speaker and its verb: "The governor, who ..., said"
_ASIDE_OPENERS = {
    "who",
    "which",
    "whose",
    "whom",
    "speaking",
    "citing",
    "themselves",
    "himself",
    "herself",
    "itself",
}
# after the verb, these end a statement with nothing said: ", the army said." governs what
# came before it, not what follows
_STATEMENT_END = {".", ";", ",", "!", "?", ")", "”", '"', "’", "'"}
_AFTER_VERB_SKIP = {
    "in",
    "a",
    "an",
    "the",
    "statement",
    "on",
    "late",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "separately",
    "also",
    "too",
    "again",
}
# where a speaker after the verb ends: 'said a rebel commander in a statement'
_INVERTED_END = {
    ",",
    ".",
    ";",
    ":",
    "in",
    "on",
    "at",
    "who",
    "that",
    "which",
    "late",
    "earlier",
    "citing",
    "adding",
    "and",
    "but",
    "while",
    "after",
    "when",
    "as",
    "to",
    "of",
    "for",
}
# generic sources: a place named before them is where things happened, not who speaks
# ("..., in northern Burkina Faso, security sources said")
_GENERIC_SOURCES = {
    "sources",
    "source",
    "officials",
    "witnesses",
    "witness",
    "medics",
    "residents",
    "activists",
    "doctors",
    "rescuers",
    "paramedics",
    "volunteers",
    "monitors",
    "observers",
    "workers",
    "relatives",
    "locals",
    "survivors",
}
# words that narrow a source down ("local sources", "senior officials"), kept with it
_SOURCE_ADJ = {
    "local",
    "medical",
    "humanitarian",
    "diplomatic",
    "tribal",
    "aid",
    "intelligence",
    "informed",
    "senior",
    "regional",
    "provincial",
    "district",
    "village",
    "community",
    "western",
    "unnamed",
    "anonymous",
    "hospital",
    "rescue",
    "relief",
}
# a source described by where it sits: "the health ministry in Gaza", "officials in Goma"
_SOURCE_PREPS = {"in", "at", "from", "based"}
# ... or whose office it heads: "the governor of the Moscow region said"
_PLACE_PREPS = _SOURCE_PREPS | {"of"}
_PP_STOP = (
    _AUX
    | _RELATIVE
    | _PRONOUN_SING
    | {",", ";", ":", ".", "and", "but", "while", "said", "where", "when", "it", "they", "we"}
)


def _is_aside(low: list[str], words: list[str], k: int) -> bool:
    """Whether the comma at ``k`` opens an aside ("who visited the site on Monday",
    "speaking on condition of anonymity") between a speaker and its verb."""
    if k + 1 >= len(low) or k == 0:
        return False
    if low[k + 1] not in _ASIDE_OPENERS:
        # a participle clause after a source: "Our correspondent, reporting from the city,"
        return (
            low[k + 1].endswith("ing")
            and words[k + 1].isalpha()
            and words[k + 1].islower()
            and low[k + 1] not in TRIGGERS
            and low[k - 1] in SOURCE_NOUNS
        )
    if low[k - 1] in SOURCE_NOUNS or low[k - 1] in TITLE_WORDS or _is_cap(words[k - 1]):
        return True
    # "A military officer at the front, who asked not to be named,": a source and its place
    for x in range(k - 1, max(-1, k - 6), -1):
        if low[x] in _STATEMENT_END or low[x] in TRIGGERS:
            return False
        if low[x] in SOURCE_NOUNS and x + 1 < k and low[x + 1] in _SOURCE_PREPS:
            return True
    return False


def _opening_comma(low: list[str], j: int, limit: int) -> int:
    """The comma before the one at ``j``, at most ``limit`` tokens back, else -1."""
    k = j - 1
    while k >= 0 and k > j - limit and low[k] not in (",", ".", ";", ":"):
        k -= 1
    return k if k >= 0 and low[k] == "," else -1


def _is_trailing(low: list[str], i: int) -> bool:
    """ "..., the army said." and '"...," said X': the verb ends the clause, so its speaker
    governs the words before it rather than after it."""
    n = len(low)
    k = i + 1
    # "..., state media reported on Monday.": the day the statement was made ends it too
    while k < n and k < i + 6 and (low[k] in _AFTER_VERB_SKIP or low[k] in _WEEKDAYS):
        k += 1
    return k >= n or low[k] in _STATEMENT_END


def _inverted_np(words: list[str], low: list[str], i: int) -> tuple[int, int]:
    """The speaker after an inverting verb: 'said Jane Doe', 'said the Kenyan army'."""
    n = len(low)
    k = i + 1
    if k < n and low[k] in _INVERTED_DETS:
        k += 1
        while k < n and k < i + 8 and low[k] not in _INVERTED_END and low[k] not in _QUOTES:
            k += 1
        last = low[k - 1]
        if k - 1 > i + 1 and (
            last in SOURCE_NOUNS or last in TITLE_WORDS or last in _ORG_HEADS or _is_cap(last)
        ):
            return i + 1, k
        return -1, -1
    while k < n and k < i + 6 and _is_cap(words[k]):
        k += 1
    return (i + 1, k) if k > i + 1 else (-1, -1)


def _place_party(words: list[str]) -> str | None:
    """The country of the first place in ``words`` that is not part of a hyphenated word
    ("Gaza" counts, "Hamas-run" does not)."""
    ps = _parties_in(" ".join(words), include_capitals=True)
    return ps[0][2] if ps else None


def _source_with_place(words: list[str], low: list[str], te: int) -> int:
    """Start of a source described by a place before the verb at ``te``: "the health
    ministry in the Hamas-run territory said". -1 if there is none."""
    k = te - 1
    while k >= 0 and k > te - 7 and low[k] not in _PP_STOP and low[k] not in _PLACE_PREPS:
        if low[k][:1].isdigit() or low[k] in TRIGGERS:
            return -1
        k -= 1
    if k < 1 or k == te - 1 or low[k] not in _PLACE_PREPS or low[k - 1] == ",":
        return -1
    head = k - 1
    if low[head] not in SOURCE_NOUNS or low[head] in ("statement", "report", "news", "media"):
        return -1
    s = head
    while (
        s > 0
        and s > head - 6
        and (
            _is_cap(words[s - 1])
            or low[s - 1] in _NP_INNER
            or low[s - 1] in SOURCE_NOUNS
            or low[s - 1] in TITLE_WORDS
            or low[s - 1] in _SOURCE_ADJ
        )
    ):
        s -= 1
    return s


_SUBJECT_WORDS = _NP_INNER | SOURCE_NOUNS | _SOURCE_ADJ | {"a", "an", "(", ")"}


def _clause_subject(words: list[str], low: list[str], i: int) -> tuple[int, int]:
    """The subject that opens the sentence of a participle at ``i``, when it is a source:
    "The Baloch Liberation Army (BLA) claimed ..., saying" -> "The Baloch Liberation Army
    (BLA)". (0, 0) when the sentence opens with anything else ("Gunmen killed ...")."""
    e = 0
    while (
        e < i
        and low[e] not in _NAME_STOP_LOW
        and (
            _is_cap(words[e])
            or low[e] in _SUBJECT_WORDS
            # one plain adjective after the article: "The banned Baloch Liberation Army"
            or (
                e == 1
                and low[0] in ("the", "a", "an")
                and words[e].isalpha()
                and words[e].islower()
            )
        )
    ):
        e += 1
    b = 0
    while e > b and low[e - 1] in _NP_INNER:
        e -= 1
    if e <= b:
        return 0, 0
    head = e - 1
    if low[head] == ")" and head >= 3:
        head -= 3
    ok = (
        low[head] in SOURCE_NOUNS
        # "The Group for the Support of Islam and Muslims (JNIM)": a name with its acronym
        or (low[e - 1] == ")" and _is_acronym(words[e - 2]))
        or low[head] in _ORG_HEADS
        or low[head] in _ARMED_HEADS
        or words[head] in PARTY_NAMES
        or _is_acronym(words[head])
        or _is_name([w for w in words[b : head + 1] if w.lower() not in ("the", "a", "an")])
    )
    return (b, e) if ok else (0, 0)


def _source_before_pp(low: list[str], p: int) -> int:
    """The source noun a long place phrase ending at the preposition ``p`` hangs on:
    "Residents of a village about 20 km south of Kidal" -> "Residents". -1 if none."""
    for x in range(p - 1, max(-1, p - 14), -1):
        if low[x] in _PP_STOP or low[x] in TRIGGERS:
            return -1
        if low[x] in _GENERIC_SOURCES and x + 1 < p and low[x + 1] in _PREPS:
            return x
    return -1


# what opens a speaker described in plain words: "a counter-insurgency analyst", "our
# correspondent", "another resident"
_DESCRIBED_DETS = {"a", "an", "the", "another", "our"}
# what may come before "the ... service said" when the source is described in plain words
_DESC_BEFORE = {",", "that", "and", "but", "while", ";", ":", '"', "“", "”"}
_DESC_STOP = _AUX | _RELATIVE | _PREPS | {"and", "or", "but", "not", "also", "who"}


def _described_source(words: list[str], low: list[str], j: int) -> int:
    """Where a source described in lowercase words starts, the index before its "the":
    "the government communication service said", "the regional health bureau said".
    Up to three plain words (no verbs, no casualty words) between the article and the
    source noun; ``j`` itself when there is no such description."""
    k = j
    while (
        k >= 0
        and j - k < 3
        and words[k].isalpha()
        and words[k].islower()
        and low[k] != "the"
        and low[k] not in _DESC_STOP
        and low[k] not in TRIGGERS
        and not low[k].endswith(("ed", "ing"))
    ):
        k -= 1
    if k < j and k > 0 and _is_cap(words[k]) and low[k] not in _NAME_STOP_LOW:
        # the body's name before its plain description: "the Magen David Adom ambulance
        # service said", "the state-run Kayhan newspaper reported"
        c = k
        while (
            c >= 0
            and k - c < 6
            and low[c] != "the"
            and (_is_cap(words[c]) or low[c] in ("of", "for", "-"))
        ):
            c -= 1
        if c >= 0 and low[c] == "the" and (c == 0 or low[c - 1] in _DESC_BEFORE):
            return c
    if k < 0 or k == j or low[k] != "the" or (k > 0 and low[k - 1] not in _DESC_BEFORE):
        return j
    return k


_SPEECH_WORDS = SPEECH_VERBS | _PARTICIPLES
# verbs of saying that share the subject of the verb before "and" ("gave a toll of 40 and
# said ..."); not a base form ("asked to stay alert and report") nor one that is passive
# as often ("was treated and released")
_SAID_AFTER_AND = {
    "said",
    "says",
    "told",
    "added",
    "reported",
    "claimed",
    "stated",
    "announced",
    "confirmed",
    "wrote",
    "noted",
    "warned",
    "insisted",
    "acknowledged",
    "admitted",
    "declared",
    "estimated",
    "alleged",
    "revealed",
    "disclosed",
    "explained",
    "indicated",
    "gave",
    "raised",
    "revised",
    "lowered",
    "found",
    "concluded",
}
# a sentence where a verb of _COND_SPEECH may state something (_speaks_here decides)
_COND_SAID = re.compile(
    r"\b(?:found|finds|concluded|concludes) that\b|\b(?:raised|revised|lowered|gave|gives)"
    r"\b(?:\W+\w+){0,3}?\W+(?:toll|tally|figures?|count|number|estimate)\b",
    re.IGNORECASE,
)
_TOLL_NOUNS_SAID = {"toll", "tally", "figure", "figures", "count", "number", "estimate"}


# participles that open a clause after a noun without "ed": "a commission set up in 2017"
_PARTICIPLES_IRREGULAR = {"set", "run", "led", "held", "known", "made", "built", "sent", "kept"}


def _reduced_relative(words: list[str], low: list[str], s: int, j: int) -> bool:
    """Whether the word at ``j`` opens a participle clause after the source named from
    ``s``: "according to a truth commission set up under the peace deal" ends at "set".
    Not after a count noun, whose clause names who keeps it ("figures compiled by AFP")."""
    w = words[j]
    if j < s + 2 or not w.isalpha() or not w.islower():
        return False
    if not (w.endswith("ed") or w in _PARTICIPLES_IRREGULAR):
        return False
    prev = low[s:j]
    return not any(p in _TALLY_NOUNS for p in prev) and any(
        p in SOURCE_NOUNS or p in _ORG_HEADS for p in prev
    )


def _speaks_here(low: list[str], i: int) -> bool:
    """Whether a verb of ``_COND_SPEECH`` states something here: a finding followed by its
    clause ("found that"), a toll verb followed by the toll it gives ("raised the death toll
    to 36", "gave a higher toll of 40")."""
    if low[i] in _FINDING_VERBS:
        return i + 1 < len(low) and low[i + 1] == "that"
    return any(t in _TOLL_NOUNS_SAID for t in low[i + 1 : i + 5])


_SPEAKING_WORDS = _SPEECH_WORDS | _COND_SPEECH


def _speech_verbs(low: list[str]) -> list[int]:
    """The tokens that are verbs of saying here."""
    # (the few candidates are picked out with no Python-level step per token)
    return [
        i
        for i in compress(count(), map(_SPEAKING_WORDS.__contains__, low))
        if low[i] in _SPEECH_WORDS or _speaks_here(low, i)
    ]


def _find_speakers(st: _Sentence, toks: _Tokens, ctx: _Context) -> list[_Speaker]:
    out: list[_Speaker] = []
    low = toks.low
    words = toks.text
    n = len(low)
    # (the verbs first: a sentence has one or two among its thirty words)
    for i in _speech_verbs(low):
        w = low[i]
        if w in _PARTICIPLES and i > 1 and low[i - 1] == ",":
            # "The Security Media Cell ... gave a lower toll, saying two officers were killed":
            # the subject of the clause says what follows
            found = None
            b, e = _clause_subject(words, low, i)
            if out and out[-1].pos < i:
                found = (out[-1].claimant, out[-1].party)
            elif e > b:
                found = _normalise_claimant(words[b:e], ctx, st.text)
                if found is not None:
                    _remember(ctx, found, words[b:e])
            if found is not None:
                out.append(
                    _Speaker(i, found[0], found[1], toks.starts[i], toks.ends[i], forward_only=True)
                )
            continue
        if w in _PARTICIPLES and i > 1 and low[i - 1] in SOURCE_NOUNS:
            # "..., with police saying 17 people were killed": the source the participle
            # hangs on says what follows
            b = next((x for x in range(i - 2, max(-1, i - 6), -1) if low[x] == "with"), -1)
            res = (
                _normalise_claimant(words[b + 1 : i], ctx, st.text)
                if b >= 0 and all(low[x] not in _PP_STOP for x in range(b + 1, i))
                else None
            )
            if res is not None:
                _remember(ctx, res, words[b + 1 : i])
                out.append(
                    _Speaker(i, res[0], res[1], toks.starts[b + 1], toks.ends[i], forward_only=True)
                )
            continue
        if w not in SPEECH_VERBS and w not in _COND_SPEECH:
            continue
        if w in _PASSIVE_SAID and i + 2 < n and low[i + 1] == "by":
            sp = _passive_agent(words, low, i, toks, ctx, st.text)
            if sp is not None:
                out.append(sp)
            continue
        np_ts = np_te = -1
        app: list[str] = []
        gap = (0, 0)
        if w == "according":
            if i + 1 < n and low[i + 1] == "to":
                j = i + 2
                while (
                    j < n
                    and j < i + 14
                    and low[j] not in (",", ".", ";", "that", ":", "who")
                    and (low[j] not in _QUOTES)
                    and not _reduced_relative(words, low, i + 2, j)
                ):
                    j += 1
                if j + 2 < n and low[j] == "(" and low[j + 2] == ")":
                    j += 3  # its acronym, however long the name: "... project (ACLED)"
                np_ts, np_te = i + 2, j
        else:
            j = i - 1
            while j >= 0 and (
                low[j] in _LEFT_SKIP
                or low[j] in _WEEKDAYS
                or (low[j] == "on" and j + 1 < i)
                # "A first statement issued late on Thursday had reported": the document
                # and when it came out
                or (low[j] in _ISSUED and j > 0 and low[j - 1] in _DOC_NOUNS)
            ):
                j -= 1
            if j >= 1 and words[j] in ("which", "who") and (low[j - 1] == "," or j >= 2):
                # "clashes with M23, which claimed it had killed 30 soldiers": the speaker is
                # the name the relative clause hangs on; "29 who were declared dead" has none
                e = j - 1 if low[j - 1] == "," else j
                b = e
                while (
                    b > 0
                    and b > e - 8
                    and (
                        _is_cap(words[b - 1])
                        or low[b - 1] in SOURCE_NOUNS
                        or low[b - 1] in _NP_INNER
                    )
                ):
                    b -= 1
                while b < e and low[b] in _NP_INNER:
                    b += 1
                res = _normalise_claimant(words[b:e], ctx, st.text) if b < e else None
                if res is not None:
                    _remember(ctx, res, words[b:e])
                    out.append(
                        _Speaker(
                            i,
                            res[0],
                            res[1],
                            toks.starts[j],
                            toks.ends[i],
                            False,
                            forward_only=True,
                        )
                    )
                continue
            if j >= 1 and low[j] == "and" and w in _SAID_AFTER_AND:
                # "A second source gave a higher toll and said ...": two verbs, one subject,
                # the speaker of the verb before or the subject that opens the sentence
                if out and out[-1].pos < i:
                    prev = out[-1]
                    out.append(
                        _Speaker(
                            i,
                            prev.claimant,
                            prev.party,
                            toks.starts[i],
                            toks.ends[i],
                            _is_trailing(low, i),
                        )
                    )
                    continue
                b, e = _clause_subject(words, low, i)
                res = _normalise_claimant(words[b:e], ctx, st.text) if e > b else None
                if res is not None:
                    _remember(ctx, res, words[b:e])
                    out.append(_Speaker(i, res[0], res[1], toks.starts[b], toks.ends[i]))
                    continue
            aside = False
            if j >= 0 and low[j] == ",":
                # an aside: "The governor, who visited the site on Monday, said"
                k = _opening_comma(low, j, 26)
                if k >= 0 and _is_aside(low, words, k):
                    gap = (toks.starts[k], toks.ends[j])
                    j, aside = k - 1, True
            if j >= 0 and low[j] in _CLOSE_QUOTES and not aside:
                # inverted after a quote: '"...," said Jane Doe, a spokesman for X'
                np_ts, np_te = _inverted_np(words, low, i)
                if np_ts < 0:
                    continue
            elif j >= 0 and low[j] == "," and not aside:
                # appositive: "Name, the secretary of X's council, said"
                k = j - 1
                while k >= 0 and k > j - 14 and low[k] != ",":
                    k -= 1
                if k >= 0 and low[k] == "," and k < j - 1:
                    app = words[k + 1 : j]
                    j2 = k - 1
                    te = j2 + 1
                    if (
                        k >= 4
                        and low[k - 1] == ")"
                        and low[k - 3] == "("
                        and _is_acronym(words[k - 2])
                    ):
                        j2 = k - 4  # "The X Association (XA), a rights group, says"
                    while j2 >= 0 and (_is_cap(words[j2]) or low[j2] in _NP_INNER):
                        j2 -= 1
                    while (
                        (j2 < 0 or low[j2] in (",", ";", ":"))
                        and j2 + 2 < te
                        and low[j2 + 1] in _INVERTED_DETS
                    ):
                        j2 += 1  # "In a statement, the Director of X, Jane Doe, said"
                    named = _strip_ranks(app)
                    # a description that ends on a place: "A civil society coordinator in
                    # Komanda, Jane Doe, said" (the place is not the speaker)
                    desc_head = te - 1
                    if j2 >= 1 and low[j2] in _SOURCE_PREPS and te - (j2 + 1) >= 1:
                        desc_head = j2 - 1
                    elif te - (j2 + 1) >= 1 and _is_cap(words[j2 + 1]):
                        pre = words[j2 + 1 : te]
                        res = _normalise_claimant(pre, ctx, st.text)
                        if _is_name(named) and (
                            not _is_name(_strip_ranks(pre))
                            and any(
                                w.lower() in TITLE_WORDS and w.lower() not in ("the", "of")
                                for w in pre
                            )
                            # "the Director of Army Public Relations, Jane Doe, said"
                            or (len(pre) > 2 and pre[1] == "of" and pre[0].lower() in SOURCE_NOUNS)
                        ):
                            # the title, then the name: "The Deputy Minister of Information,
                            # Jane Doe, said" is Jane Doe
                            party = res[1] if res else None
                            res = _normalise_claimant(named, ctx, st.text)
                            if res is not None:
                                res = (res[0], res[1] or party or _place_party(pre))
                        if res:
                            app_parties = _parties_in(" ".join(app), include_capitals=True)
                            if res[1] is None and app_parties:
                                res = (res[0], app_parties[0][2])
                            _remember(ctx, res, words[j2 + 1 : te] + app)
                            out.append(
                                _Speaker(i, res[0], res[1], toks.starts[j2 + 1], toks.ends[i])
                            )
                        continue
                    # "A spokesman for the army, General Jane Doe, said": the rank is
                    # not part of the name
                    app = named
                    d = desc_head
                    while d > 0 and d > te - 9 and low[d - 1] not in (",", ";", ":"):
                        d -= 1
                    if (
                        (_is_name(app) or (len(app) == 1 and _is_acronym(app[0])))
                        and desc_head >= 0
                        and (
                            low[desc_head] in SOURCE_NOUNS
                            or low[desc_head] in TITLE_WORDS
                            # any one person or body the clause opens on: "A counter-
                            # insurgency analyst, Jane Doe, said", "The UN peacekeeping
                            # mission, MONUSCO, said"
                            or (
                                low[d] in _DESCRIBED_DETS
                                and d < desc_head
                                and words[desc_head].isalpha()
                                and words[desc_head].islower()
                                and low[desc_head] not in TRIGGERS
                            )
                        )
                    ):
                        # a description, then the name: "A spokesman for the junta, Jane
                        # Doe, said"
                        res = _normalise_claimant(app, ctx, st.text)
                        if res:
                            party = res[1] or _place_party(words[d:te])
                            res = (res[0], party)
                            _remember(ctx, res, words[d:te] + app)
                            out.append(
                                _Speaker(
                                    i,
                                    res[0],
                                    res[1],
                                    toks.starts[d],
                                    toks.ends[i],
                                    _is_trailing(low, i),
                                )
                            )
                        continue
                    # two appositives: "Jane Doe, a leader of the X Task Force, a militia
                    # that fights beside the army, said" is Jane Doe
                    k2 = k - 1
                    while k2 >= 0 and k2 > k - 14 and low[k2] not in (",", ".", ";", ":"):
                        k2 -= 1
                    if k2 >= 2 and low[k2] == ",":
                        b = k2
                        while b > 0 and b > k2 - 5 and _is_cap(words[b - 1]):
                            b -= 1
                        if _is_name(words[b:k2]) and (b == 0 or not _is_cap(words[b - 1])):
                            res = _normalise_claimant(words[b:k2], ctx, st.text)
                            if res:
                                _remember(ctx, res, words[b:j])
                                out.append(
                                    _Speaker(i, res[0], res[1], toks.starts[b], toks.ends[i])
                                )
                                continue
                    if not (i + 1 < n and _is_cap(words[i + 1])):
                        continue
                    # no speaker before the verb: "..., after a week of fighting, said Jane
                    # Doe, a spokesman" names it after
                # inverted: '"...," said John Smith'
                np_ts, np_te = _inverted_np(words, low, i)
                if np_ts < 0:
                    continue
            else:
                te = j + 1
                if j >= 3 and low[j] == ")" and low[j - 2] == "(" and _is_acronym(words[j - 1]):
                    # "the Syrian Democratic Forces (SDF) said": the name before its acronym
                    j -= 3
                head, lim = j, 10 + te - 1 - j
                while (
                    j >= 0
                    and te - j <= lim
                    and (
                        _is_cap(words[j])
                        or low[j] in _NP_INNER
                        # (not "who" the pronoun: "children who investigators believe")
                        or (low[j] in SOURCE_NOUNS and words[j] != "who")
                        or low[j] in TITLE_WORDS
                        or (j == te - 1 and low[j] in _DOC_NOUNS)
                        or low[j] in ("he", "she", "it", "they")
                        or (j < te - 1 and low[j] in _SOURCE_ADJ)
                        or (j >= 2 and low[j].isalpha() and "'s" in low[max(0, j - 3) : j])
                    )
                ):
                    if low[j] in ("he", "she", "it", "they"):
                        j -= 1
                        break
                    j -= 1
                if 0 <= j < head and low[head] in SOURCE_NOUNS:
                    j = _described_source(words, low, j)
                np_ts, np_te = j + 1, te
                while np_ts < np_te and low[np_ts] in _NP_INNER - {"the"}:
                    np_ts += 1
                if 0 < np_ts <= head and low[np_ts - 1] in _PREPS and _is_cap(words[head]):
                    # the name is where the source is from, not the source: "Residents of a
                    # village south of Kidal told" are the residents
                    s = _source_with_place(words, low, te)
                    if s >= 0:  # "Officials in Goma said", "the hospital in Khan Younis said"
                        np_ts = s
                    else:
                        s = _source_before_pp(low, np_ts - 1)
                        if s < 0 and (np_te - np_ts > 1 or words[np_ts] not in PARTY_NAMES):
                            continue
                        if s >= 0:
                            np_ts, np_te = s, s + 1
                            while np_ts > 0 and low[np_ts - 1] in _SOURCE_ADJ:
                                np_ts -= 1
                if (
                    (np_ts > 0 and low[np_ts - 1] in _SOURCE_PREPS)
                    or np_ts > head
                    or not (
                        low[head] in SOURCE_NOUNS
                        or low[head] in _DOC_NOUNS
                        or low[head] in TITLE_WORDS
                        or _is_cap(words[head])
                        or low[head] in ("he", "she", "it", "they")
                    )
                ):
                    s = _source_with_place(words, low, te)
                    if s >= 0:
                        np_ts = s
                if (
                    np_ts >= 2
                    and low[np_ts - 1] == ","
                    and np_te > np_ts
                    and (low[np_ts] == "the" or low[np_ts] in TITLE_WORDS)
                    and low[np_te - 1] not in _GENERIC_SOURCES
                ):
                    k = np_ts - 2
                    while k >= 0 and _is_cap(words[k]) and words[k] not in _NAME_STOP:
                        k -= 1
                    # the name opens its clause; "a village of Kaduna State, the village head
                    # has said" is a place, then the speaker
                    if np_ts - 2 - k >= 2 and (k < 0 or low[k] in _DESC_BEFORE):
                        app = words[np_ts:np_te]
                        res = _normalise_claimant(words[k + 1 : np_ts - 1], ctx, st.text)
                        if res and res[0] != res[1]:
                            app_parties = _parties_in(" ".join(app), include_capitals=True)
                            if res[1] is None and app_parties:
                                res = (res[0], app_parties[0][2])
                            _remember(ctx, res, words[k + 1 : np_ts - 1] + app)
                            out.append(
                                _Speaker(i, res[0], res[1], toks.starts[k + 1], toks.ends[i])
                            )
                            continue
        if np_ts < 0 or np_te <= np_ts:
            continue
        np_words = words[np_ts:np_te]
        res = _normalise_claimant(np_words, ctx, st.text)
        inverted = np_ts > i
        if res is None and not inverted and w != "according":
            # "the health ministry in the rebel-held city said": "city" alone says nothing
            s = _source_with_place(words, low, np_te)
            if s >= 0:
                np_ts, np_words = s, words[s:np_te]
                res = _normalise_claimant(np_words, ctx, st.text)
        if res is None:
            continue
        if inverted and np_te < n and low[np_te] == ",":
            # the inverted speaker's appositive gives its side: 'said Jane Doe, a spokesman
            # for Gaza's civil defence'
            k = np_te + 1
            while k < n and k < np_te + 14 and low[k] not in (",", ".", ";", ":"):
                k += 1
            app = words[np_te + 1 : k]
            if res[1] is None:
                res = (res[0], _place_party(app))
        if gap[1] > gap[0] or inverted:
            # "A commander, who gave his name as Jane Doe, said", '"...," said one resident,
            # who gave only his first name, Jane': the person the aside names
            at = gap[0] if gap[1] > gap[0] else toks.ends[np_te - 1]
            gm = _GIVEN_NAME.match(st.text, at)
            if gm is not None:
                res = (gm.group(1), res[1])
        _remember(ctx, res, np_words + app)
        if inverted:
            out.append(_Speaker(i, res[0], res[1], toks.starts[i], toks.ends[np_te - 1], True))
        else:
            out.append(
                _Speaker(
                    i,
                    res[0],
                    res[1],
                    toks.starts[np_ts],
                    toks.ends[max(i, np_te - 1)],
                    _is_trailing(low, i),
                    gap,
                )
            )
    if "citing" in low:
        _cited(words, low, ctx, st.text, toks, out)
    return out


# an aside that names the speaker: ", who gave his name as Jane Doe", ", who gave only her
# first name, Jane,"
_GIVEN_NAME = re.compile(
    r",\s*who (?:gave|identified) (?:only )?(?:his|her|their|(?:him|her)self) "
    r"(?:first |full |last )?(?:name,? (?:as )?|as )([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)
# speech verbs whose passive names the speaker after "by": "as reported by local media"
_PASSIVE_SAID = {
    "reported",
    "announced",
    "confirmed",
    "released",
    "published",
    "recorded",
    "registered",
    "documented",
    "estimated",
    "counted",
    "put",
    "updated",
    "listed",
    "posted",
    "given",
}
_AGENT_END = {
    ",",
    ".",
    ";",
    ":",
    "at",
    "on",
    "as",
    "and",
    "with",
    "to",
    "that",
    "which",
    "who",
    "after",
    "before",
    "since",
    "when",
    "while",
    "but",
    "of",
}


def _passive_agent(
    words: list[str], low: list[str], i: int, toks: _Tokens, ctx: _Context, text: str
) -> _Speaker | None:
    """The speaker of a passive speech verb, after "by": "11 deaths were reported by local
    authorities", "The toll, initially put by officials at 11, rose to 15". In an aside
    between commas it says only what the aside holds."""
    n = len(low)
    k = i + 2
    while k < n and k < i + 12 and low[k] not in _AGENT_END and low[k] not in _QUOTES:
        if low[k][:1].isdigit() or low[k] in TRIGGERS:
            break
        k += 1
    if k == i + 2:
        return None
    res = _normalise_claimant(words[i + 2 : k], ctx, text)
    if res is None:
        return None
    _remember(ctx, res, words[i + 2 : k])
    until = -1
    b = i - 1
    while b >= 0 and b > i - 4 and low[b] not in (",", ".", ";", ":") and words[b].islower():
        b -= 1
    if b >= 0 and low[b] == ",":
        # ", initially reported by X at 11 dead,": the aside closes at the next comma
        until = next((x for x in range(k, n) if low[x] in (",", ";")), -1)
    return _Speaker(
        i,
        res[0],
        res[1],
        toks.starts[i],
        toks.ends[k - 1],
        _is_trailing(low, k - 1),
        until=until,
    )


def _cited(
    words: list[str],
    low: list[str],
    ctx: _Context,
    text: str,
    toks: _Tokens,
    out: list[_Speaker],
) -> None:
    """ "Al Jazeera reported ..., citing the health ministry" and "Citing police, the agency
    said": the outlet passes the figure on, the source it cites is who claims it."""
    i = low.index("citing")
    j = i + 1
    while j < len(low) and j < i + 12 and low[j] not in _CITED_END and low[j] not in _QUOTES:
        j += 1
    if j == i + 1:
        return
    res = _normalise_claimant(words[i + 1 : j], ctx, text)
    if res is None:
        return
    if out and (low[i + 1] in _TALLY_NOUNS or (i + 2 < len(low) and low[i + 2] in _TALLY_NOUNS)):
        # "the civil defence agency said, citing records from the hospital": a body that
        # counts from others' records states its own figure; an outlet passes it on
        out = [sp for sp in out if _passes_on(sp.claimant)]
        if not out:
            return
    _remember(ctx, res, words[i + 1 : j])
    if not out:
        out.append(_Speaker(i, res[0], res[1], toks.starts[i], toks.ends[j - 1], i > 0))
        return
    for sp in out:
        sp.claimant, sp.party = res


_MEDIA_WORDS = {
    "media",
    "news",
    "television",
    "tv",
    "radio",
    "broadcaster",
    "outlet",
    "newspaper",
    "channel",
    "press",
    "agency",
}
_NOT_MEDIA_BEFORE = {"defence", "defense", "protection", "emergency", "rescue", "relief", "aid"}


def _passes_on(claimant: str) -> bool:
    """Whether a speaker is a news outlet, which passes on the figures of the source it
    cites: "state television", "the news agency" (not "the civil defence agency")."""
    lows = claimant.lower().split()
    return any(
        w in _MEDIA_WORDS and not (w == "agency" and x > 0 and lows[x - 1] in _NOT_MEDIA_BEFORE)
        for x, w in enumerate(lows)
    )


# where the source after "citing" ends
_CITED_END = {",", ".", ";", ":", "that", "as", "who", "which", "and", "in", "on", "to"}


def _strip_ranks(ws: list[str]) -> list[str]:
    """A name without the ranks before it: "Lt. Col. Jane Doe" and "Maj.-Gen. Jane Doe"
    are Jane Doe."""
    t = 0
    while t < len(ws) - 2 and (ws[t] in (".", "-") or ws[t].lower() in TITLE_WORDS):
        t += 1
    return ws[t:]


def _is_name(ws: list[str]) -> bool:
    """Two to four capitalised words that are not titles, places or sources: a person."""
    return 2 <= len(ws) <= 4 and all(
        _is_cap(w)
        and w.lower() not in TITLE_WORDS
        and w not in PARTY_NAMES
        and w not in CAPITALS
        and w not in _NAME_STOP
        and w.lower() not in SOURCE_NOUNS
        for w in ws
    )


# --- dates ---------------------------------------------------------------------------------


@dataclass
class _DateRef:
    cs: int
    ce: int
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    rel: int | None = None  # days before published (yesterday = 1)


# cheap tests that let most sentences skip the full date and background patterns
_DATE_HINT = re.compile(
    r"day|night|morning|afternoon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
)
# (every word the patterns below need, from its first letter, and a year or a decade: not any
# digit, which most casualty sentences hold; the word boundary skips "chicago", "toward" and
# lets the scan test few positions)
_BACKGROUND_HINT = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|\d0s|last|ago|earlier|before|past|previous|war|since|conflict"
    r"|invasion|insurgen|after|this year|came|come|follows|retaliat|revenge|reprisal|similar"
    r"|response|offensive|campaign|ground operation|(?:months|weeks|half|quarter) of"
    r"|(?:spate|string|series|rash|wave) of"
    r"|same period|that (?:incident|attack|strike|raid|bombing|blast|explosion|ambush|shooting"
    r"|assault))"
)
# a running tally the sentence's own incident adds to: "two soldiers died on Saturday, bringing
# to 326 the number killed since the offensive began": only the tally is the campaign's
_TALLY_CLAUSE = re.compile(
    r",\s+(?:bringing|raising|taking|pushing|lifting|putting)\b", re.IGNORECASE
)


_WHERE_CLAUSE = re.compile(r",\s+where\b[^,;]*$")


# a past year as the sentence's subject: "2023 was the deadliest year for ..."
_YEAR_SUBJECT = re.compile(
    r"\W*(?P<y>1[89]\d\d|20\d\d)\s+(?:was|were|saw|had|became|remains)\b", re.IGNORECASE
)


def _tally_start(text: str, at: int) -> int:
    """Where the background of a marker at ``at`` begins: the running-tally clause it stands
    in, else the whole sentence (0)."""
    if "ing" not in text:
        return 0
    begin = 0
    for m in _TALLY_CLAUSE.finditer(text, 0, at):
        begin = m.start() + 1
    return begin


# An earlier event dated by its month alone ("In January, gunmen killed 20", "a truce last
# November"): news dates its own incident by the weekday or the day, so a month other than
# the article's is another event's (needs the article's date, but "last" needs none). Month
# names are matched capitalised only ("in may" is no month).
_MONTH_ONLY_RE = re.compile(
    r"\b(?P<pre>[Ii]n|[Dd]uring|[Ll]ast|[Ss]ince)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<m>Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?!\s*\d{1,2}\b)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
# every date _dated_before reads names a month, capitalised
_MONTH_HINT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# a day this many days before the article's date is another event's ("On May 17, a strike
# killed 11" in a paper of June 8); a wire's own incident is days old at most
_OLD_DAY = 10


def _dates_in(text: str, since: bool = False) -> list[_DateRef]:
    """The dates the sentence names; ``since``: also those after "since" (the start of a
    period, not a day of news)."""
    out: list[_DateRef] = []
    if not _DATE_HINT.search(text.lower()):
        return out
    for m in scan(_DATE_START, _DATE_RE, text):
        if m.group("since") and not (since and m.group("since")[:5].lower() == "since"):
            continue
        if m.group("wd"):
            out.append(_DateRef(m.start(), m.end(), weekday=_WEEKDAYS.index(m.group("wd").lower())))
        elif m.group("rel"):
            rel = 1 if m.group("rel").lower() == "yesterday" else 0
            out.append(_DateRef(m.start(), m.end(), rel=rel))
        else:
            mon = (m.group("m1") or m.group("m2"))[:3].lower()
            day = int(m.group("d1") or m.group("d2"))
            year = m.group("y1") or m.group("y2")
            if 1 <= day <= 31:
                out.append(
                    _DateRef(
                        m.start(),
                        m.end(),
                        month=_MONTHS[mon],
                        day=day,
                        year=int(year) if year else None,
                    )
                )
    return out


def _resolve_date(ref: _DateRef, published: date | None) -> tuple[date | None, str, int | None]:
    """(said_on, said_on_source, said_weekday)."""
    if ref.weekday is not None:
        if published is None:
            return None, "unknown", ref.weekday
        back = (published.weekday() - ref.weekday) % 7
        return published - timedelta(days=back), "weekday", ref.weekday
    if ref.rel is not None:
        if published is None:
            return None, "unknown", None
        return published - timedelta(days=ref.rel), ("weekday" if ref.rel else "published"), None
    year = ref.year or (published.year if published else None)
    if year is None or ref.month is None or ref.day is None:
        return None, "unknown", None
    try:
        d = date(year, ref.month, ref.day)
    except ValueError:
        return None, "unknown", None
    if ref.year is None and published is not None and d > published + timedelta(days=1):
        try:
            d = date(year - 1, ref.month, ref.day)
        except ValueError:
            return None, "unknown", None
    return d, "explicit", None


# --- the per-sentence reading --------------------------------------------------------------


def _can_open_count(text: str, low: list[str]) -> bool:
    """Whether a token of ``text`` (lowercased: ``low``) can open a count: a number word, a
    digit, a hyphenated number word ("twenty-one")."""
    # (each test runs in C over the tokens; the hyphenated words are only looked for in a
    # sentence with a hyphen)
    return (
        not _QTY_START.isdisjoint(low)
        or any(map(str.isdigit, map(itemgetter(0), low)))
        or ("-" in text and any(w.partition("-")[0] in _QTY_START for w in low if "-" in w))
    )


def _word_triggers(low: list[str]) -> dict[int, tuple[str, str, int]]:
    """The one-word triggers among the tokens: token -> (metric, roles, span 1)."""
    # (the few trigger words are picked out with no Python-level step per token)
    return {i: (*TRIGGERS[low[i]], 1) for i in compress(count(), map(TRIGGERS.get, low))}


class _SentenceReader:
    """Links counts to casualty words within one sentence."""

    def __init__(self, st: _Sentence, cfg: ExtractConfig):
        self.st = st
        self.cfg = cfg
        self.toks = _tokenize(st.text)
        self.low = self.toks.low
        self.n = len(self.low)
        self.trig: dict[int, tuple[str, str, int]] = _word_triggers(self.low)
        text_low = st.text.lower()
        self.text_low = text_low
        self.merchant = False  # the article's ship is a merchant ship: its crew are civilians
        # the metric of the article's last casualty figure, for "raised the figure to 15"
        self.prev_metric: str | None = None
        for ms, me, metric, roles in _phrases(text_low):
            i = _tok_at(self.toks, ms)
            j = _tok_at(self.toks, me - 1) + 1
            if i < self.n:
                self.trig[i] = (metric, roles, max(1, j - i))
        # counts only matter next to a casualty word or in a toll ("the toll rose to 30")
        if self.trig or _TOLL_WORD.search(text_low):
            self.cands = self._candidates()
        else:
            self.cands = []
        self.cand_at = {c.ts: c for c in self.cands}
        self.cands_end = {c.te: c for c in self.cands}

    # counts
    def _before_name(self, j: int) -> int:
        """The token before the titles and age that open a name ending its run at ``j``:
        "killed Police Sgt. Jane Doe", "the death of 38-year-old Jane Doe"."""
        low = self.low
        while j > 0 and (
            (low[j] == "." and low[j - 1] in TITLE_WORDS)
            or (low[j] in TITLE_WORDS and _is_cap(self.toks.text[j]))
            or _AGE_NOUN.match(low[j])
        ):
            j -= 1
        return j

    def _object_of_trigger(self, i: int) -> bool:
        """The name at token ``i`` is the object of a verb-first trigger that ends just before
        it, maybe with an age between ("killed Jane Doe", "the shooting death of 38-year-old
        Jane Doe")."""
        j = self._before_name(i - 1)
        for k in range(max(0, j - 3), j + 1):
            t = self.trig.get(k)
            if t is not None and "A" in t[1] and k + t[2] == j + 1:
                return True
        return False

    def _person_follows(self, j: int, covered: set[int]) -> bool:
        """A second person starts at token ``j`` ("... and (16-year-old) Jane Doe", "... and
        his brother", "... and three friends"), so the name before "and" is the first of
        several people."""
        if j + 1 >= self.n:
            return False
        if j in covered or self.low[j] in _POSSESSIVE_DET:
            return True
        if _AGE_NOUN.match(self.low[j]):
            j += 1
        return j + 1 < self.n and _is_cap(self.toks.text[j]) and _is_cap(self.toks.text[j + 1])

    def _candidates(self) -> list[_Cand]:
        out: list[_Cand] = []
        covered: set[int] = set()
        # the full count pattern only runs when a token can start a count
        has_count = _can_open_count(self.st.text, self.low)
        for q in find_quantities(self.st.text, self.cfg.vague, hinted=True) if has_count else ():
            ts = _tok_at(self.toks, q.start)
            te = _tok_at(self.toks, q.end - 1) + 1
            if ts >= te:
                continue
            out.append(_Cand(ts, te, q.low, q.high, q.qualifier, q.start, q.end, q.text))
            covered.update(range(ts, te))
        if not self.cfg.implicit_singular:
            return out
        low = self.low
        words = self.toks.text
        n = self.n
        # (only the tokens that can open a person: a determiner, a pronoun, a capital)
        skip_to = 0
        # a headline drops its articles: "Gunman sought after man shot at a bar"
        headline = self.st.virtual or self.st.line_no == 0
        for i in [
            i
            for i, w in enumerate(low)
            if w in _SINGULAR_STARTS
            or words[i][:1].isupper()
            or (headline and i > 0 and w in PERSON_SING and self._bare_subject(i))
        ]:
            if i < skip_to or i in covered:
                continue
            w = low[i]
            if (
                w == "another"
                and i + 1 < n
                and (low[i + 1] in _AUX or (i + 1 in self.trig and "P" in self.trig[i + 1][1]))
                or w in ("a", "the")
                and i + 2 < n
                and low[i + 1] in _ORDINALS
                and low[i + 2] in _AUX
            ):
                # "another was shot", "a second was wounded": one more person
                out.append(self._one(i, i + 1 if w == "another" else i + 2, i))
            elif (
                w in ("a", "an", "the", "another")
                or w in _POSSESSIVE_DET
                or (w == "'s" and i > 0 and _is_cap(words[i - 1]))
            ):
                # a/the + up to 4 modifiers + a singular person noun
                j = i + 1
                while j < n and j < i + 6:
                    lw = low[j]
                    if lw in PERSON_SING:
                        if j + 1 < n and (
                            low[j + 1] in PERSON_SING
                            or (low[j + 1] in PERSON_PLURAL and low[j + 1] not in TRIGGERS)
                        ):
                            # "a police officer", "a security guard"; not "a man injured"
                            j += 1
                            continue
                        if (
                            w in ("a", "an", "the")
                            and j + 2 < n
                            and low[j + 1] == "and"
                            and low[j + 2] in PERSON_SING
                            and (j + 3 >= n or low[j + 3] not in PERSON_SING)
                        ):
                            # "a man and woman", "the male and female": one article for two
                            # people (the second noun has none of its own to start a count)
                            pair = self._one(i, j + 3, j + 2)
                            pair.low = pair.high = 2
                            out.append(pair)
                            break
                        out.append(self._one(i if w != "'s" else i - 1, j + 1, j))
                        break
                    if (
                        lw.endswith("-old")
                        and _AGE_NOUN.match(lw)
                        and (j + 1 >= n or low[j + 1] in _AGE_NOUN_NEXT or low[j + 1] in TRIGGERS)
                    ):
                        # "a 17-year-old was wounded": the age stands for the person
                        out.append(self._one(i if w != "'s" else i - 1, j + 1, j))
                        break
                    if lw in PERSON_PLURAL and j + 1 < n and low[j + 1] in PERSON_SING:
                        j += 1  # "a police officer"
                        continue
                    if (
                        lw in PERSON_PLURAL
                        or lw in _BAD_HEADS
                        or lw in ("a", "an", "the", "another")
                        or lw in TRIGGERS
                        or lw in _NP_BREAK
                        or j in covered
                    ):
                        break
                    j += 1
            elif (
                w in _PRONOUN_SING
                or w in _OBJ_SELF
                or w == "him"
                or (w in ("his", "her") and i + 1 < n and low[i + 1] in ("body", "remains"))
            ):
                out.append(self._one(i, i + 1, i))
            elif (
                w == "both"
                and (i == 0 or low[i - 1] not in _PREPS)
                and i + 1 < n
                and (low[i + 1] in _AUX or low[i + 1] in PERSON_PLURAL)
            ):
                c = self._one(i, i + 1, i if low[i + 1] in _AUX else -1)
                c.low = c.high = 2
                out.append(c)
            elif (
                i == 0 or low[i - 1] in ("|", ":", "-", "–") or (headline and self._bare_subject(i))
            ) and w in PERSON_SING:
                # a headline's bare noun: "Man shot, killed on ..."
                out.append(self._one(i, i + 1, i))
            elif (
                words[i][:1].isupper()
                and words[i] not in _NAME_STOP
                and not self._date_at(i)
                and w not in TITLE_WORDS
                and (words[i] not in PARTY_NAMES and words[i] not in CAPITALS)
                and words[i][1:2].islower()
                # "Corporal Dan Webb", "Officer Jane Doe": a title before the name is not part
                # of another name
                and (i == 0 or not _is_cap(words[i - 1]) or low[i - 1] in TITLE_WORDS)
            ):
                # a person's name: a run of capitalised words
                j = i + 1
                while (
                    j < n
                    and j < i + 4
                    and _is_cap(words[j])
                    and words[j][1:2].islower()
                    and (low[j] not in TITLE_WORDS)
                ):
                    j += 1
                # "John Smith Jr., 28, died": the suffix's stop belongs to the name
                suffix = j < n and low[j] == "." and low[j - 1] in ("jr", "sr")
                if suffix:
                    j += 1
                nxt = low[j] if j < n else ""
                if " ".join(words[i:j]) in PARTY_NAMES:
                    pass  # "the Revolutionary Guards were hit": a side, not one person
                elif low[j - 1] in _STREET_NOUNS and (
                    low[j - 1] in _STREET_ONLY or (i > 0 and low[i - 1] in _STREET_PREPS)
                ):
                    pass  # "at Oak Avenue and Main Street": a place, not a person
                elif (
                    nxt in _AUX
                    or nxt == ","
                    or (nxt == "and" and self._person_follows(j + 1, covered))
                    or (
                        j in self.trig
                        and "P" in self.trig[j][1]
                        # "airlifted to Springfield with injuries": a place, not a person
                        and not (low[j] == "with" and self.trig[j][0] == "wounded")
                    )
                    or self._object_of_trigger(i)
                ):
                    out.append(self._one(i, j, j - 2 if suffix else j - 1))
                skip_to = j
        out.sort(key=lambda c: c.ts)
        # drop singular readings that overlap a count
        res: list[_Cand] = []
        last_end = -1
        for c in out:
            if c.ts < last_end:
                continue
            res.append(c)
            last_end = c.te
        return res

    def _bare_subject(self, i: int) -> bool:
        """A headline's person noun at ``i`` with no article, as the subject of a casualty
        verb after a clause word or a claim ("Gunman sought after man shot", "Police say
        woman found dead in car")."""
        low = self.low
        if i == 0 or low[i - 1] in _DETERMINERS or low[i - 1] in TRIGGERS:
            return False
        j = i + 1
        if j < self.n and low[j] in _BARE_AUX:
            j += 1
        if j >= self.n or not (
            (j in self.trig and "P" in self.trig[j][1])
            or (low[j] in TRIGGERS and "P" in TRIGGERS[low[j]][1])
        ):
            return False
        # up to two words that describe the person ("teen boy", "young person"; not a
        # place or a school, "Springfield officer shot" may tell of a shot that missed)
        b = i - 1
        while b >= 0 and b >= i - 2 and low[b] in _BARE_MODS:
            b -= 1
        return b < 0 or low[b] in _HEAD_OPENERS

    def _one(self, ts: int, te: int, head: int) -> _Cand:
        cs = self.toks.starts[ts]
        ce = self.toks.ends[te - 1]
        return _Cand(ts, te, 1, 1, "exact", cs, ce, self.st.text[cs:ce], True, head)

    def _hypothetical(self, k: int) -> bool:
        low = self.low
        for j in range(max(0, k - 3), k):
            if low[j] in _HYPOTHETICAL:
                # "may have been killed": a hedged report of a past event, not a hypothesis
                if low[j] in ("may", "might") and j + 1 < k and low[j + 1] == "have":
                    continue
                if low[j] == "may" and self._month_may(j):
                    continue  # "a car bomb in May killed 60": the month
                if low[j] in ("nearly", "almost") and (j in self.cand_at or j + 1 in self.cand_at):
                    continue  # "and nearly 90 wounded": the count's hedge, not a near miss
                # "30 miners are feared dead": an unconfirmed death, not a fear of one
                if low[j] == "feared" and self.unconfirmed(k):
                    continue
                return True
            if (
                low[j] == "of"
                and j > 1
                and low[j - 1] in _DISTANCE_UNITS
                and low[j - 2] == "within"
            ):
                return True  # "the round passed within inches of killing the guard"
        return False

    def _street_corner(self, k: int) -> bool:
        """The "and" at ``k`` joins two street names of one corner ("Elm and Fifth streets",
        "Oak Avenue and Main Street"), not two people or two clauses."""
        words = self.toks.text
        return (
            k > 0
            and k + 2 < self.n
            and _is_cap(words[k - 1])
            and _is_cap(words[k + 1])
            and (
                self.low[k + 2] in _STREET_NOUNS
                or (k + 3 < self.n and _is_cap(words[k + 2]) and self.low[k + 3] in _STREET_NOUNS)
            )
        )

    def _month_may(self, j: int) -> bool:
        """ "May" at ``j`` is the month: capitalised after a preposition or before a day."""
        if self.toks.text[j] != "May":
            return False
        before = self.low[j - 1] if j > 0 else ""
        after = self.low[j + 1] if j + 1 < self.n else ""
        return before in _MONTH_BEFORE_WORDS or after[:1].isdigit()

    def unconfirmed(self, k: int) -> bool:
        """ "feared dead", "presumed killed", "believed to have been killed": the casualty
        verb at ``k`` reports deaths nobody has confirmed yet."""
        low = self.low
        j = k - 1
        while j >= 0 and j > k - 4 and low[j] in _UNCONFIRMED_GAP:
            j -= 1
        return j >= 0 and low[j] in _UNCONFIRMED

    def _shot_metric(self, k: int, span: int) -> tuple[str, int]:
        """Refine "shot": "shot and killed", "fatally shot", "shot ... and later died"."""
        low = self.low
        if k > 0 and low[k - 1] == "fatally" or k > 1 and low[k - 2] == "fatally":
            return "killed", k + span
        j = k + span
        stop = min(self.n, j + 7)
        # "a man who was found shot along a path near the river has died": the verb of the
        # main clause comes after the whole relative clause
        relative = any(w in ("who", "that") for w in low[max(0, k - 4) : k])
        if relative:
            stop = min(self.n, j + 16)
        while j < stop:
            w = low[j]
            if w == "," and relative:
                j += 1
                continue
            if w == "who" and j + 1 < self.n and low[j + 1] in ("died", "later"):
                stop = min(self.n, j + 5)  # "shot the man who died at the scene"
                j += 1
                continue
            if w in (".", ";", "but", "while", "after", "when", "who"):
                break
            if w in ("killed", "died", "dead", "dies") or (w == "death" and low[j - 1] == "to"):
                if not self._hypothetical(j):
                    return "killed", j + 1
                break
            if w in ("wounded", "injured") and low[j - 1] == "and":
                return "wounded", j + 1
            if w == "," and j + 1 < self.n and low[j + 1] in ("killing", "wounding"):
                break
            if w == "," and j + 1 < self.n and (j + 1) in self.cand_at:
                break  # "three shot, one dead": another count has its own word
            j += 1
        return "casualties", k + span

    def _part_verb(self, k: int, t: tuple[str, str, int]) -> int | None:
        """The trigger of another metric that ends the clause begun by the participle at
        ``k`` ("... injured in the blast on Friday has since died"): the main verb, after an
        auxiliary or as a past tense, before a comma or the sentence's end."""
        low = self.low
        v = k + t[2]
        while v < min(self.n, k + 12) and low[v] not in (".", ";", ",", "but", "while"):
            t2 = self.trig.get(v)
            if t2 is not None and "P" in t2[1] and t2[0] != t[0] and t2[0] == "killed":
                return v if low[v - 1] in _AUX or low[v] in ("died", "succumbed") else None
            v += 1
        return None

    def hurt_phrase(self, k: int) -> bool:
        """The trigger at ``k`` tells of people hurt and alive: "taken to (the) hospital",
        "in critical condition", "sustained (gunshot) injuries"."""
        span = self.trig[k][2]
        return (
            span > 1
            and self.low[k] in _HURT_PHRASE_START
            and self.low[k + span - 1] in _HURT_PHRASE_END
        )

    def _trigger_metric(self, k: int) -> tuple[str, int]:
        metric, _, span = self.trig[k]
        if metric == "casualties" and self.low[k] == "shot":
            return self._shot_metric(k, span)
        if metric == "wounded" and "fatal" in " ".join(self.low[k : k + span]):
            return "killed", k + span
        if metric == "casualties" and span > 1:  # taken to hospital, where he died
            j = k + span
            while j < min(self.n, k + span + 6):
                if self.low[j] in ("died", "dead"):
                    return "killed", j + 1
                if self.low[j] in (".", ";", "but"):
                    break
                j += 1
        return metric, k + span

    def link_forward(self, c: _Cand, depth: int = 0) -> tuple[int, str, int, list[int]] | None:
        """Count first: "5 soldiers were killed". Returns (trigger, metric, end, coordinated)."""
        low = self.low
        n = self.n
        k = c.te
        if depth == 0 and self.partitive_whole(c):
            return None
        partitive = False
        state = "post" if c.head >= 0 else "np"
        mods = 0
        headless_ok = True
        pp = 0
        aux = False
        part_of = False  # "one of the officers ...": a part of people named after it
        coord: list[int] = []
        cur = c  # the count whose noun phrase is being read (a coordinated one after "and")
        limit = k + 16
        while k < n and k < limit:
            w = low[k]
            if w in _QUOTES:
                k += 1
                continue
            t = self.trig.get(k)
            if state == "np":
                if (
                    cur.implicit
                    and w not in _AUX
                    and not (w in PERSON_PLURAL and low[cur.ts] == "both")
                ):
                    return None  # ("both men were shot" reads on to its noun)
                if t and ("P" in t[1] or "N" in t[1]):
                    if mods and not headless_ok and "N" not in t[1]:
                        return None
                    if w == "shot" and (mods or (c.ts > 0 and low[c.ts - 1] in _NOT_SHOT_BEFORE)):
                        return None
                    if low[k - 2 : k] == ["of", "the"]:
                        # "one of the wounded later died": the word names the group the
                        # count is taken from; a verb after it says what befell the part
                        v = k + t[2]
                        while v < min(n, k + 6) and low[v] not in _CLAUSE_END:
                            t2 = self.trig.get(v)
                            if t2 is not None and "P" in t2[1] and t2[0] != t[0]:
                                return self._finish(c, v, coord, aux, partitive)
                            v += 1
                    return self._finish(c, k, coord, aux, partitive)
                if w in PERSON_PLURAL or w in PERSON_SING or w in PARTY_NAMES_LOW_PLURAL:
                    state = "post"
                    k += 1
                    continue
                if w == "of" and mods == 0:
                    # "five of the 34 passengers were killed": the five, out of a whole
                    at = k + 2 if k + 1 < n and low[k + 1] in _OF_DETS else k + 1
                    whole = self.cand_at.get(at)
                    if whole is not None and not whole.implicit:
                        k = whole.te
                        partitive = True
                        continue
                if (
                    w == "of"
                    and k + 1 < n
                    and low[k + 1]
                    in ("them", "whom", "those", "these", "us", "its", "their", "our")
                ):
                    if low[k + 1] in ("its", "their", "our"):
                        k += 2
                        mods += 1
                        continue
                    state = "post"
                    k += 2
                    continue
                if w == "of" and k + 1 < n and low[k + 1] == "the" and mods == 0:
                    k += 2
                    part_of = True
                    continue
                if w in _AUX or (w in _RELATIVE and k + 1 < n and low[k + 1] in _AUX):
                    if mods and not headless_ok:
                        return None
                    state = "post"
                    continue
                if w in _BAD_HEADS:
                    return None
                if (
                    w[:1].isalpha()
                    and mods < 3
                    and w not in _PREPS
                    and w not in ("and", "or", "but", "who", "that", "which", "when", "after", "as")
                ):
                    mods += 1
                    if w not in _HEADLESS_OK and w not in PARTY_NAMES_LOW:
                        headless_ok = False
                    k += 1
                    continue
                return None
            # post: after the people, before what happened to them
            if t and "P" in t[1]:
                if w == "shot" and self._shot_at(k):
                    return None
                if (partitive or part_of) and not aux and low[k - 1] in PERSON_PLURAL:
                    # "two of the five guards injured in the blast have died": the word
                    # after the whole says what befell the whole, the verb after it the part
                    later = self._part_verb(k, t)
                    if later is not None:
                        return self._finish(c, later, coord, True, partitive)
                return self._finish(c, k, coord, aux, partitive)
            if t and "N" in t[1] and k > 0 and low[k - 1] in ("became", "become", "as"):
                return k, t[0], k + t[2], coord
            if (
                t
                and "N" in t[1]
                and k - 1 >= c.te
                and low[k - 1] in PERSON_SING
                and not pp
                and not aux
                and not coord
            ):
                # "more than 10,000 civilian deaths": the person noun as a modifier
                return self._finish(c, k, coord, aux, partitive)
            if (
                (w in PERSON_PLURAL or w in PERSON_SING)
                and k > 0
                and (low[k - 1] in PERSON_PLURAL or low[k - 1] in PERSON_SING)
            ):
                k += 1  # "police officers", "border guards"
                continue
            if w in _AUX or (w.endswith("ly") and len(w) > 4):
                aux = aux or w in ("was", "were", "been", "be", "being", "is", "are", "got")
                k += 1
                continue
            if w in _WHERE_ADVERBS and aux:
                k += 1  # "was found nearby with a gunshot wound"
                continue
            if aux and k + 2 < n and low[k + 1] in _DISTANCE_UNITS and low[k + 2] == "away":
                k += 3  # "was found four blocks away with a gunshot wound"
                continue
            after = self._after_being(k)
            if after is not None:
                # "the victim is recovering after being shot in the arm"
                return self._finish(c, after, coord, True, partitive)
            if w in _RELATIVE and k + 1 < n and low[k + 1] in _AUX:
                k += 1
                continue
            if w in _PREPS:
                pp = 1
                k += 1
                continue
            if (
                not pp
                and w.endswith("ing")
                and k + 1 < n
                and low[k + 1] in _PREPS
                and (low[k - 1] in PERSON_PLURAL or low[k - 1] in PERSON_SING)
                and not t
            ):
                # a reduced relative: "two peacekeepers serving with the mission were killed"
                pp = 1
                k += 2
                continue
            if (
                pp
                and self.toks.text[k][:1].isupper()
                and self.toks.text[k - 1][:1].isupper()
                and not t
            ):
                # a name is one word: "members of the Lomarian Royal Army's border forces",
                # "serving with the African Union Mission in Somalia"
                k += 1
                limit += 1
                continue
            if (
                pp
                and pp < 6
                and (w[:1].isalnum() or w in ("'s",))
                and w
                not in (
                    "and",
                    "or",
                    "but",
                    "when",
                    "after",
                    "while",
                    "as",
                    "because",
                    "who",
                    "that",
                    "which",
                )
                and not t
            ):
                pp += 1
                k += 1
                continue
            if pp and pp < 6 and w == "and" and self._street_corner(k):
                pp += 1  # "found at Elm and Fifth streets with a gunshot wound": one place
                k += 1
                continue
            if w == "," and depth == 0:
                # a short appositive: "John Smith, 23, a student, was killed"
                j = self._appositive_end(k)
                if j is not None:
                    k = j
                    state = "post"
                    continue
            if w in ("and", ",", "plus", "&") and depth == 0:
                nxt = k + 1
                while nxt < n and low[nxt] in _QUOTES:
                    nxt += 1
                if nxt + 1 < n and _AGE_NOUN.match(low[nxt]) and nxt + 1 in self.cand_at:
                    nxt += 1  # "... and 16-year-old Jane Doe"
                elif (
                    w == "and"
                    and nxt + 1 < n
                    and low[nxt] in _POSSESSIVE_DET
                    and nxt + 1 in self.cand_at
                ):
                    nxt += 1  # "a man and his two sons", "a mother and her four children"
                other = self.cand_at.get(nxt)
                if (
                    other is not None
                    and w == ","
                    and low[other.te : other.te + 2] in (["of", "them"], ["of", "whom"])
                ):
                    other = None  # "19 civilians, three of them in serious condition": a part
                if other is not None and not (w == "," and nxt + 1 < n and low[nxt] == "and"):
                    coord.append(other.ts)
                    if w != ",":
                        # a comma may end an introductory phrase ("According to Jane Doe,
                        # 6 officers died"): only "and" makes the count after it a partner
                        cur = other
                    k = other.te
                    state = "post" if other.head >= 0 else "np"
                    mods = 0
                    pp = 0
                    limit = k + 14
                    continue
            if w in ("and", "or") and not pp and depth == 0 and not cur.implicit:
                j = self._more_people(k + 1)
                if j is not None:
                    k = j  # "70 soldiers and civilians were killed": one count, two nouns
                    continue
            if w == "," and k + 1 < n and low[k + 1] in ("including", "among"):
                return None  # handled by the breakdown reading
            if w == "," and coord and k + 1 < n:
                # "15 constables and five inspectors, died", "19 women and 9 children, were
                # killed" (the end of an "including" list)
                j = k + 1
                while j < n and j < k + 4 and low[j] in _AUX:
                    j += 1
                if j in self.trig and "P" in self.trig[j][1]:
                    k += 1
                    continue
            if w == "," and depth == 0:
                # skip a short appositive: "John Smith, 23, of Springfield, was killed"
                j = k + 1
                while j < n and j < k + 17 and low[j] != ",":
                    j += 1
                if (
                    j < n
                    and low[j] == ","
                    and j + 1 < n
                    and (low[j + 1] in _AUX or j + 1 in self.trig)
                ):
                    k = j + 1
                    state = "post"
                    continue
            return None
        return None

    def _more_people(self, j: int) -> int | None:
        """After "and": a second noun of people with no count of its own ("soldiers and
        civilians", "Malian soldiers and Russian Wagner mercenaries"); where it ends."""
        low = self.low
        end = None
        for i in range(j, min(self.n, j + 5)):
            w = low[i]
            if i in self.trig or i in self.cand_at or w in _AUX or w in _PREPS:
                break
            if w in PERSON_PLURAL or w in PERSON_SING or w in PARTY_NAMES_LOW_PLURAL:
                end = i + 1  # "border guards": the last person noun heads it
            elif end is not None or not w[:1].isalpha() or w in _NP_BREAK:
                break
        return end

    def split_changes(self) -> None:
        """ "the toll rose from 24 to 36": a change of a figure, not a range; the old value
        and the new one are two counts."""
        low = self.low
        out: list[_Cand] = []
        for c in self.cands:
            j = next((i for i in range(c.ts + 2, c.te - 1) if low[i] == "to"), -1)
            if (
                low[c.ts] != "from"
                or j < 0
                or c.ts == 0
                or low[c.ts - 1] not in _TOLL_VERBS
                or c.low is None
                or c.high is None
            ):
                out.append(c)
                continue
            starts, ends, text = self.toks.starts, self.toks.ends, self.st.text
            a_ce, b_cs = ends[j - 1], starts[j + 1]
            a = _Cand(c.ts, j, c.low, c.low, "exact", c.cs, a_ce, text[c.cs : a_ce])
            b = _Cand(j + 1, c.te, c.high, c.high, "exact", b_cs, c.ce, text[b_cs : c.ce])
            out.extend((a, b))
        if len(out) != len(self.cands):
            self.cands = out
            self.cand_at = {c.ts: c for c in out}
            self.cands_end = {c.te: c for c in out}

    def partitive_whole(self, c: _Cand) -> bool:
        """ "five of the 34 passengers", "30 of 34 drones": ``c`` is the whole the part is
        taken from, not the people the verb counts."""
        j = c.ts - 1
        if j >= 0 and self.low[j] in _OF_DETS:
            j -= 1
        if j < 1 or self.low[j] != "of":
            return False
        part = self.cands_end.get(j)
        # the part takes the verb only when a finite verb follows ("five of the 34 passengers
        # were killed"); "one of two men fatally shot" counts the two
        return part is not None and not part.implicit and self.link_forward(part, 1) is not None

    def _appositive_end(self, k: int) -> int | None:
        """After the comma at ``k``: the index past a closing comma that is followed by a verb
        ("..., a 24-year-old man, was shot"), else None. Up to three segments."""
        low = self.low
        j = k + 1
        commas = 0
        while j < self.n and j < k + 25:
            w = low[j]
            if w in (".", ";", "and", "but") or (j in self.trig and "P" in self.trig[j][1]):
                return None
            if w == ",":
                commas += 1
                if j + 1 < self.n and (
                    low[j + 1] in _AUX
                    or (j + 1 in self.trig and "P" in self.trig[j + 1][1])
                    # "Jon Doe, 51, who was shot": the relative clause says what happened
                    or (low[j + 1] == "who" and j + 2 < self.n and low[j + 2] in _AUX)
                ):
                    return j + 1
                if commas >= 3:
                    return None
            j += 1
        return None

    def _precaution(self, k: int, end: int) -> bool:
        """ "taken to hospital for an evaluation", "treated for shock", "checked at a
        hospital as a precaution": care for someone who was not hurt."""
        if self.low[k] not in _CARE_VERBS:
            return False
        if self.low[end - 1] == "for":
            end -= 1  # "treated for" holds the "for" of "for shock"
        if end >= self.n:
            return False
        rest = self.st.text[self.toks.starts[end] :]
        return bool(_PRECAUTION.match(rest))

    def _after_being(self, k: int) -> int | None:
        """ "(recovering) after being shot", "died from being stabbed": the index of the
        passive casualty verb the people suffered, read from ``k`` ("after", "from", or one
        -ing verb of the main clause before it), else None."""
        low = self.low
        if low[k].endswith("ing") and k + 1 < self.n and low[k + 1] in ("after", "from"):
            k += 1
        if low[k] not in ("after", "from") or k + 2 >= self.n or low[k + 1] != "being":
            return None
        t = self.trig.get(k + 2)
        return k + 2 if t is not None and "P" in t[1] else None

    def _shot_at(self, k: int) -> bool:
        """ "shot at the officers" (fired upon), unlike "shot at a party" (hit there)."""
        low = self.low
        if k + 2 < self.n and low[k + 1] in ("once", "twice", "repeatedly", "again"):
            k += 1  # "shot twice at the house"
        if k + 1 >= self.n or low[k + 1] not in ("at", "toward", "towards"):
            return False
        j = k + 2
        while j < self.n and low[j] in ("a", "an", "the", "his", "her", "their", "two", "an"):
            j += 1
        return (
            j >= self.n
            or low[j] in PERSON_SING
            or low[j] in PERSON_PLURAL
            or low[j]
            in (
                "him",
                "her",
                "them",
                "us",
                "me",
                "police",
                "vehicle",
                "car",
                "truck",
                "officers",
                "troops",
                "cars",
                "vehicles",
                "house",
                "home",
                "window",
                "windows",
                "patrol",
                "squad",
                "unmarked",
                "each",
                "one",
            )
        )

    def _finish(self, c: _Cand, k: int, coord: list[int], aux: bool, partitive: bool = False):
        low = self.low
        if self._hypothetical(k):
            return None
        if partitive and not aux and low[k] in _BOTH_WAYS:
            # "one of two men fatally shot": the participle describes the whole, not the part
            return None
        metric, end = self._trigger_metric(k)
        if metric in ("casualties", "wounded") and self._precaution(k, end):
            return None
        if not aux and low[k] in _BOTH_WAYS and c.te == k and low[c.ts] in _AGENT_PRONOUNS:
            # "he killed people", "she shot at the car": a pronoun before the bare verb is the
            # one who did it (a headline's bare passive never opens on a pronoun)
            return None
        if not aux and low[k] in _BOTH_WAYS:
            # no "was/were": "X killed a man" is X doing the killing
            nxt = end
            while nxt < self.n and low[nxt] in _QUOTES:
                nxt += 1
            if nxt < self.n and (
                low[nxt] in _OBJECT_START or nxt in self.cand_at or self._names_object(k, nxt)
            ):
                return None
        return k, metric, end, coord

    def _date_at(self, i: int) -> bool:
        """A month name with its day ("September 14"): a date, not a person's name."""
        return (
            _MONTH_WORD.match(self.low[i]) is not None
            and i + 1 < self.n
            and self.low[i + 1][:1].isdigit()
        )

    def _names_object(self, k: int, nxt: int) -> bool:
        """ "A sniper killed Sgt. Ivan Petrenko": a lower-case verb followed by a capitalised
        word that is no day, month or title-case function word has a named object."""
        words = self.toks.text
        w = self.low[nxt]
        return (
            words[k][:1].islower()
            and _is_cap(words[nxt])
            and w not in _WEEKDAYS
            and not self._date_at(nxt)
            and w not in _PREPS
            and w not in _NAMED_OBJECT_STOP
        )

    def link_backward(self, c: _Cand) -> tuple[int, str, int] | None:
        """Verb first: "killed 5 soldiers", "killing his wife"."""
        low = self.low
        j = c.ts - 1
        skipped = 0
        if c.implicit:
            j = self._before_name(j)
        while (
            j >= 0
            and skipped < 3
            and (low[j] in _DETS_OBJ or low[j] in _QUOTES)
            and (low[j] not in ("a", "an") or c.implicit)
        ):
            if c.implicit and j == c.ts - 1 and low[j] in _POSSESSIVE_DET:
                break
            j -= 1
            skipped += 1
        if j < 0:
            return None
        # the trigger may span several tokens ("claimed the lives of")
        for k in range(max(0, j - 4), j + 1):
            t = self.trig.get(k)
            if t and "A" in t[1] and k + t[2] - 1 == j:
                if k > 0 and low[k - 1] in ("was", "were", "been", "be", "being", "is", "are"):
                    return None
                if self._hypothetical(k):
                    return None
                if not self._np_ok(c):
                    return None
                metric, _ = self._trigger_metric(k)
                if (
                    low[k] == "shot"
                    and t[2] == 1
                    and (
                        # "fired a shot at the officer": a noun, nobody hit
                        (k > 0 and low[k - 1] in _NOT_SHOT_BEFORE)
                        # "shot at a patrol": fired upon, not hit
                        or (
                            low[k + 1] in ("at", "toward", "towards")
                            and (k + 2 >= self.n or low[k + 2] != "least")
                        )
                    )
                ):
                    return None
                return k, metric, c.te
        return None

    def _np_ok(self, c: _Cand) -> bool:
        """After a count: a person noun (or nothing), not "3 days" or "5 cars"."""
        if c.implicit:
            return True
        low = self.low
        k = c.te
        mods = 0
        more = 0  # "wounded dozens more", "injuring 30 others": the noun is left out
        while k < self.n and mods <= 3:
            w = low[k]
            if w in PERSON_PLURAL or w in PERSON_SING or w in PARTY_NAMES_LOW_PLURAL:
                return True
            if w == "lives" and mods == more:
                # "has claimed more than 40,000 lives": the lives are the people
                return True
            if w in _BAD_HEADS:
                return False
            if (
                not w[:1].isalpha()
                or w in _PREPS
                or w in ("and", "or", "in", "since", "during", "when", "while", "after")
                or w in _TIME_AFTER_COUNT
            ):
                return mods == more
            if w in _MORE_WORDS and mods == more:
                more += 1
            if w == "of" and k + 1 < self.n and low[k + 1] in ("them", "whom"):
                return True
            mods += 1
            k += 1
        return mods == more

    def party_and_subject(self, c: _Cand, trig_end: int, trig_pos: int) -> tuple[str | None, str]:
        toks = self.toks
        lo = min(c.ts, trig_pos)
        hi = max(c.te, trig_end)
        # the noun phrase of the people (plus what follows the verb up to a clause break)
        stop = hi
        while (
            stop < self.n
            and stop < hi + 8
            and (
                self.low[stop] not in (",", ";", ".", "and", "while", "but")
                # "troops and villagers on both sides": one noun phrase
                or (
                    self.low[stop] == "and"
                    and self.low[stop - 1] in PERSON_PLURAL
                    and stop + 1 < self.n
                    and self.low[stop + 1] in PERSON_PLURAL
                )
            )
        ):
            stop += 1
        seg_s = toks.starts[lo]
        seg_e = toks.ends[stop - 1] if stop > lo else toks.ends[hi - 1]
        seg = self.st.text[seg_s:seg_e]
        party: str | None = None
        if "side" not in seg.lower():  # (both patterns need the word)
            pass
        elif _BOTH_SIDES.search(seg):
            party = "both"
        else:
            m = _SIDE.search(seg)
            if m and m.group(1) in PARTY_NAMES:
                party = PARTY_NAMES[m.group(1)]
        if party is None:
            np_end = toks.ends[max(c.te, min(trig_pos, self.n) - 1)] if trig_pos > c.ts else seg_e
            np_s = toks.starts[c.ts]
            np_text = self.st.text[np_s : max(np_end, np_s)]
            found = []
            for s, _e, p in _parties_in(np_text):
                # "near the Afghan border", "in the Malian town": where, not whose
                if _WHERE_BEFORE.search(np_text, max(0, s - 12), s):
                    continue
                found.append(p)
            if found:
                party = found[0]
        words = self.low[c.ts : max(trig_end, c.te)]
        if trig_pos > c.ts:
            words = words[: max(1, (trig_pos - c.ts) + 1)]
        elif "of" in self.low[c.te : c.te + 2]:
            # "killed eight of the group's operatives", "10 members of the security forces":
            # the people are named after "of", a few words on
            j = self.low.index("of", c.te) + 1
            while j < min(self.n, c.te + 7) and self.low[j] not in _OF_NP_END:
                j += 1
            words = self.low[c.ts : j]
        else:
            words = self.low[c.ts : c.te + 4]
        # "two soldiers and three civilians": each count's own noun phrase
        for i in range(c.te - c.ts, len(words)):
            if words[i] in ("and", ",", "or", "as"):
                words = words[:i]
                break
        subject = _subject_of(words)
        if (
            subject == "military"
            and ("crew" in words or "crews" in words)
            and self.merchant
            and not any(w in MILITARY for w in words if w not in ("crew", "crews"))
        ):
            # the crew of a merchant ship are civilians ("a Liberian-flagged bulk carrier")
            subject = "civilian"
        return party, subject

    def loser(self, k: int) -> str | None:
        """Who "lost" the people of the verb at ``k``: the party named by the clause's subject
        ("Ukraine had lost up to 140 servicemen", "Hamas lost 30 fighters"), "" when the
        subject is the speaker ("it said it had lost 12 soldiers"), else None. The loser's
        side wins over the nationality of whoever reports the loss."""
        low = self.low
        j = k - 1
        while j >= 0 and (low[j] in _AUX or (low[j].endswith("ly") and len(low[j]) > 4)):
            j -= 1
        if j < 0:
            return None
        if low[j] in _SPEAKER_AGENT:
            return ""
        i = j
        while i > 0 and i > j - 3 and low[i - 1] not in _LOSER_STOP and low[i - 1][:1].isalnum():
            i -= 1
        toks = self.toks
        found = _parties_in(self.st.text[toks.starts[i] : toks.ends[j]])
        return found[-1][2] if found else None

    def abduction(self, c: _Cand, k: int, end: int) -> bool:
        """The capture read at ``k`` is an abduction: "abducted 40 people", "were kidnapped",
        "took 25 passengers hostage"."""
        words = self.low[min(k, c.ts) : min(self.n, max(end, c.te) + 2)]
        return any(w.startswith(_ABDUCTION) for w in words)

    def sufferer(self, j: int, subject: str) -> tuple[str | None, str]:
        """The side and kind of the people of "casualties that Russian forces suffered",
        "losses which the army sustained", read from the relative clause opening at ``j``."""
        low = self.low
        if j >= self.n or low[j] not in ("that", "which"):
            return None, subject
        for v in range(j + 2, min(self.n, j + 6)):
            if low[v] in _SUFFER_VERBS:
                toks = self.toks
                found = _parties_in(self.st.text[toks.starts[j + 1] : toks.ends[v - 1]])
                if subject == "unspecified":
                    subject = _subject_of(low[j + 1 : v])
                return (found[0][2] if found else None), subject
            if low[v] in _CLAUSE_BREAK:
                break
        return None, subject

    def in_custody(self, c: _Cand, k: int) -> bool:
        """ "He remains in custody", "two suspects remain in detention": an arrest, not people
        captured (a count of people held in custody or detention is: "8,000 prisoners remain
        in Russian custody")."""
        words = self.low[k : k + self.trig[k][2]] if k in self.trig else []
        if not words or words[-1] not in ("custody", "detention"):
            return False
        return c.implicit or any(w in _ACCUSED for w in self.low[c.ts : min(k, c.te + 3)])

    def lost_before(self, c: _Cand) -> int | None:
        """The "lost" right before the count ``c`` ("had lost up to 490 troops killed and
        wounded"), else None."""
        j = c.ts - 1
        return j if j >= 0 and self.low[j] == "lost" else None

    def possessive_owner(self, c: _Cand) -> bool:
        """ "71 of its troops", "their soldiers": the people belong to the speaker's side."""
        window = self.low[c.ts : min(self.n, c.te + 3)]
        return any(w in ("its", "their", "our") for w in window)


# a place word before a country's name: the people are there, not necessarily its own
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|along|across|inside|outside|on|over|into)\s+(?:the\s+)?$|near$",
    re.IGNORECASE,
)
# "a 17-year-old", "the 6-month-old": an age used as the noun for a person, when what follows
# is a verb, a clause or the end of the phrase (not "a 17-year-old boy")
_AGE_NOUN = re.compile(r"^\d{1,3}-(?:year|month|week)s?-old$")
_AGE_NOUN_NEXT = _AUX | _RELATIVE | {",", ".", ";", ":", "with", "in", "at", "on", "and", "from"}
# "three other people", "another 17": more people than a figure just given
# ("dozens more", "five more": not the hedge "more than")
_MORE_PEOPLE = re.compile(
    r"\b(?:other|others|another|additional|further|more(?!\s+than))\b", re.IGNORECASE
)
# the time of the news itself ("on Monday", "today"): a figure of this event, not a past one
_NEWS_TIME = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|overnight)\b"
    r"|\bthis\s+(?:morning|afternoon|evening|week)\b",
    re.IGNORECASE,
)
# a running total in the present perfect: "have been killed", "it has killed", "has lost"
_PERFECT_TOLL = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+)?(?:been\s+)?(?:killed|"
    r"lost|died|wounded|injured)\b",
    re.IGNORECASE,
)
# one incident named: "in an air strike", "in the attack on the market"
_ONE_INCIDENT = re.compile(
    r"\b(?:an?|the|this|that)\s+(?:[\w'-]+\s+){0,2}?(?:strike|attack|raid|bombing|blast|"
    r"explosion|shelling|ambush|assault|shooting|clash)\b",
    re.IGNORECASE,
)
_PARTITIVE_PRONOUNS = {"them", "whom", "those", "these"}
# an incident ranked in a series ("the second police shooting on Saturday", "the city's 5th
# homicide this week"): the ones before it are other incidents
_SERIES_RANK = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shootings?|incidents?|attacks?|killings?|homicides?|stabbings?)\b",
    re.IGNORECASE,
)
# where the noun phrase after "N of" ends: "eight of the group's operatives, including ..."
_OF_NP_END = frozenset(
    {
        ",",
        ";",
        ".",
        ":",
        "and",
        "or",
        "but",
        "while",
        "who",
        "which",
        "that",
        "in",
        "on",
        "at",
        "near",
        "from",
        "after",
        "as",
        "when",
        "during",
        "with",
        "by",
    }
)
# a ship whose crew are civilians
_MERCHANT_SHIP = re.compile(
    r"-flagged\b|\b(?:merchant|cargo|bulk|container|commercial) (?:ship|vessel|carrier)s?\b|"
    r"\b(?:tanker|freighter)s?\b",
    re.IGNORECASE,
)
_HIT_PEOPLE = {"victims", "wounded", "injured", "casualties"}


def _one_of_those_hit(words: list[str], size: int) -> bool:
    """ "the victim", "the 19-year-old victim", "two of the wounded": people the article has
    already counted among the people hit (``words``: the count's ``size`` words and the
    three after them)."""
    if words[size : size + 2] == ["of", "the"]:
        return len(words) > size + 2 and words[size + 2] in _HIT_PEOPLE
    if words[:1] != ["the"] or (len(words) > 1 and words[1] in _ORDINALS):
        return False  # "the second victim" is one more person
    head = next((i for i, w in enumerate(words) if w in ("victim", "victim's")), None)
    return head is not None and head <= 2


# words before a month name ("in May", "since early May", "last May")
_MONTH_BEFORE_WORDS = {
    "in",
    "since",
    "of",
    "last",
    "early",
    "late",
    "mid",
    "until",
    "by",
    "from",
    "during",
    "this",
    "next",
    "on",
    "between",
    "and",
}
_ABDUCTION = ("abduct", "kidnap", "hostage")
# the first and last words of the phrases that count people hurt and alive (see hurt_phrase)
_HURT_PHRASE_START = frozenset(
    {"in", "suffered", "suffering", "sustained", "received", "taken", "transported", "rushed"}
    | {"airlifted", "flown", "driven", "brought", "carried", "evacuated"}
)
_HURT_PHRASE_END = frozenset(
    {"condition", "injuries", "injury", "wounds", "wound", "hospital", "hospitals", "clinic"}
    | {"clinics", "center", "centre", "centers", "centres"}
)
_SUFFER_VERBS = {"suffered", "sustained", "incurred", "suffers", "sustains", "took"}
_ACCUSED = {"suspect", "suspects", "accused", "defendant", "defendants", "gunman", "gunmen"}
_RELEASE_VERBS = {
    "freed",
    "frees",
    "freeing",
    "released",
    "releases",
    "releasing",
    "rescued",
    "rescues",
    "rescuing",
    "swapped",
    "swap",
    "swaps",
    "exchanged",
    "exchange",
    "exchanging",
    "repatriated",
    "returned",
    "home",
    "handed",
    "traded",
    "liberated",
}
# what may follow the people noun of a comma-led part ("12 of them children, the ministry")
_BREAKDOWN_END = {",", ".", ";", ":", "and", "according", "said", "in", "officials", ")"}
_CLAUSE_END = {",", ".", ";", ":", "and", "but", "while", "after", "when", "in", "on", "at"}
_CARE_VERBS = frozenset(
    {"taken", "transported", "rushed", "airlifted", "flown", "driven", "brought", "carried"}
    | {"evacuated", "treated", "hospitalized", "hospitalised"}
)
# what follows "taken to hospital" / "treated" when the person was not hurt
_PRECAUTION = re.compile(
    r"(?:and\s+released\s+)?(?:\w+\s+){0,2}?(?:"
    r"(?:for|after)\s+(?:an?\s+)?(?:medical\s+|mental\s+|psychiatric\s+|routine\s+)?"
    r"(?:clearance|evaluation|evaluations|examination|check-?ups?|checks?|observation|"
    r"assessment|precaution|precautionary|shock|anxiety|panic|stress|smoke\s+inhalation|"
    r"emotional|psychological|mental\s+health)"
    r"|as\s+a\s+precaution|to\s+be\s+(?:checked|evaluated|examined|cleared|assessed))\b",
    re.IGNORECASE,
)
# "was also shot": the words between a person and the verb that make one more person
_ALSO_GAP = {"also", "was", "were", "is", "has", "had", "been"}
# first words of a singular reading that are not a person's name
_NOT_A_NAME = {"a", "an", "the", "another", "he", "she", "him", "his", "her", "both"}
# words that end "a/the + modifiers" before any person noun
# capitalised words after a verb that do not start its object ("killed Tuesday", "killed In")
_NAMED_OBJECT_STOP = frozenset(
    {"after", "as", "during", "while", "when", "by", "near", "outside", "overnight", "amid"}
    | {"over", "and", "but", "the", "early", "late", "last", "this", "today", "yesterday"}
)
_CLAUSE_BREAK = frozenset({",", ".", ";", ":", "but", "while", "who", "which"})
_NP_BREAK = frozenset(
    {",", ".", "of", "and", "who", "was", "were", "is", "has", "in", "at", "on", "with"}
    | {"for", "to", "by", "from", "after"}
)
# the lower-case words that can start a reading of one person in _candidates (any
# capitalised word can too: a name)
# the words that open a headline's clause, after which its subject comes bare
_HEADLINE_CLAUSE = frozenset({"after", "as", "when", "where", "while", "before", ":", ","})
_CLAIM_VERBS = frozenset({"says", "say", "said", "claims", "claim", "believe", "believes"})
_WHERE_ADVERBS = frozenset({"nearby", "away", "outside", "inside", "there", "downstairs"})
_HEAD_OPENERS = _HEADLINE_CLAUSE | _CLAIM_VERBS | {"|", "-", "–"}
_BARE_MODS = frozenset(
    {
        "young", "teen", "teenage", "elderly", "old", "unarmed", "pregnant", "local", "off-duty",
        "police", "security", "army", "female", "male", "homeless", "innocent", "armed",
    }
)  # fmt: skip
_BARE_AUX = frozenset({"found", "was", "is", "reported", "being", "left"})
_DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that", "his", "her", "their"})
_SINGULAR_STARTS = (
    {"another", "a", "an", "the", "'s", "him", "his", "her", "both"}
    | _POSSESSIVE_DET
    | _PRONOUN_SING
    | _OBJ_SELF
    | PERSON_SING
)
PARTY_NAMES_LOW_PLURAL = {k.lower() for k in PARTY_NAMES if k.endswith("s") and k[:1].isupper()}
PARTY_NAMES_LOW = {k.lower() for k in PARTY_NAMES}


# --- the article ---------------------------------------------------------------------------


def _claim_id(
    article_id: str,
    kind: str,
    metric: str,
    party: str | None,
    subject: str,
    low: float | None,
    high: float | None,
    span_start: int,
) -> str:
    key = f"{article_id}|{kind}|{metric}|{party}|{subject}|{low}|{high}|{span_start}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _sentences(body: str, cfg: ExtractConfig) -> list[_Sentence]:
    out: list[_Sentence] = []
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", body)]
    line_info: dict[int, tuple[int, bool]] = {}  # line start -> (non-empty index, link line)
    idx = 0
    for s in line_starts:
        e = body.find("\n", s)
        e = len(body) if e < 0 else e
        stripped = body[s:e].strip()
        if not stripped:
            continue
        # bullets, "READ MORE", markdown links, or a short unpunctuated line deep in the page;
        # a bullet that is a whole sentence is a highlight of the story ("• At least 15
        # civilians were killed when shells struck the camp."), a linked headline has no stop
        link = cfg.link_lines_are_background and bool(
            (_LINK_LINE.search(stripped[:40]) and not _BULLET_SENTENCE.match(stripped))
            or "](" in stripped
            or (
                idx >= cfg.headline_lines
                and stripped[-1:] not in ".!?\"”’'):"
                and len(stripped) < 120
                and len(stripped.split()) <= 14
            )
        )
        line_info[s] = (idx, link)
        idx += 1
    # a teaser of another story that opens a line and is cut off before the article's own
    # dateline: "... a verdict is expected soon. Jurors… SPRINGFIELD, Ill. — Police ..."
    teaser_ends: list[int] = []
    if "…" in body and cfg.link_lines_are_background:
        for m in _TEASER_CUT.finditer(body):
            start = body.rfind("\n", 0, m.start()) + 1
            if m.start() - start < 400:
                teaser_ends.append(m.start())
    for s, e in split_sentences(body):
        li = bisect.bisect_right(line_starts, s) - 1
        line_no, link = line_info.get(line_starts[li], (0, False))
        if teaser_ends and any(line_starts[li] <= s and e <= t for t in teaser_ends):
            link = True
        if (
            not link
            and out
            and cfg.link_lines_are_background
            and ":" in body[s : s + 16]
            and _LINK_LABEL.match(body, s) is not None
        ):
            # a page flattened into one line: "... approached. Read: Suspect shot himself
            # Watch: ...", a label and a colon open a link to another story
            link = True
        out.append(_Sentence(s, e, body[s:e], line_no, link))
    return out


# a word cut short by an ellipsis, then an upper-case dateline ("SPRINGFIELD, Ill."): where a
# teaser of another story ends and the article begins
_TEASER_CUT = re.compile(r"\b\w+…\s*(?=[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*, [A-Z])")
# a related-story label opening a sentence (not the article's first: a video headline
# "Watch: ..." is the story itself)
_LINK_LABEL = re.compile(rf"[\[(]?\s*{LINK_LABEL}\s*:", re.IGNORECASE)


def extract(article: Article, config: ExtractConfig | None = None) -> Extraction:
    """Read the casualty figures, territory claims and ceasefires an article states.

    Never raises: an internal error on one odd text gives an empty result whose ``error``
    says what went wrong (the pipeline records it), so one article cannot stop a run.
    """
    cfg = config or DEFAULT_CONFIG
    try:
        result = _extract(article, cfg)
    except Exception as error:  # noqa: BLE001 - reported, not hidden
        return Extraction(error=f"{type(error).__name__}: {error}"[:500])
    return _drop_implausible(result, cfg.max_people)


def _drop_implausible(result: Extraction, max_people: float) -> Extraction:
    """Leave out casualty counts no single incident can have; their breakdown children
    lose their parent rather than point at a claim that is not there."""
    implausible = {
        c.claim_id
        for c in result.claims
        if c.kind == "casualty"
        and any(v is not None and (v > max_people or v < 0) for v in (c.low, c.high))
    }
    if not implausible:
        return result
    kept = [c for c in result.claims if c.claim_id not in implausible]
    for claim in kept:
        if claim.parent_claim_id in implausible:
            claim.parent_claim_id = None
    return Extraction(claims=kept, events=result.events, n_implausible=len(implausible))


def _attribute(
    pos: int,
    speakers: list[_Speaker],
    toks: _Tokens,
    dates: list[_DateRef],
    published: date | None,
    text: str = "",
) -> tuple[_Speaker | None, tuple[date | None, str, int | None]]:
    """Who states the figure at token ``pos`` (the nearest speaker before it, else the first
    after it) and when (a date said next to that speaker, else the publication date).

    A speaker that ends its clause (", the rebels said.") takes the figures before it that
    no earlier speaker holds: those after a speaker that also ended its clause, or after a
    change of clause ("while", "but", ";") that follows an earlier speaker's verb."""
    before = [s for s in speakers if s.pos <= pos and (s.until < 0 or pos < s.until)]
    after = [s for s in speakers if s.pos > pos and not s.forward_only]
    sp = before[-1] if before else (after[0] if after else None)
    if before and after and after[0].trailing:
        prev = before[-1]
        between = toks.low[prev.pos + 1 : min(pos, len(toks.low))]
        if (
            prev.trailing
            or any(t in _CLAUSE_SWITCH for t in between)
            or any(
                # "... since the war began on Oct. 7, when militants attacked, killing 1,200,
                # according to Israeli tallies": a clause that sets the scene for the first
                # statement is the later speaker's
                t == "when" and x > 0 and between[x - 1] == ","
                for x, t in enumerate(between)
            )
        ):
            sp = after[0]
    when: tuple[date | None, str, int | None] = (
        (published, "published", None) if published else (None, "unknown", None)
    )
    if sp is not None:
        best = _speaker_date(sp, toks, dates, text)
        if best is None and text:
            # "The rebels said 16 fighters were killed, their spokesman said on Friday" and
            # "..., state media reported on Monday": a later speaker that closes the clause
            # dates the same statement
            for s2 in after:
                if s2.trailing and not any(
                    t in _CLAUSE_SWITCH for t in toks.low[sp.pos + 1 : s2.pos]
                ):
                    best = _speaker_date(s2, toks, dates, text)
                    break
        if best is not None:
            when = _resolve_date(best, published)
        elif text and _VAGUE_WHEN.search(text, max(0, sp.cs - 25), sp.ce + 40):
            # "Earlier this week, the ministry said": a day the reader cannot pin down
            when = (None, "unknown", None)
    return sp, when


# "said in a statement released on Wednesday", "said in a speech on state television late
# on Monday", "reported on Telegram on Sunday": the words between a speech verb and a date
# that keep the date on the statement
_SAID_PP = re.compile(
    r"(?:\s|,|'s\b|’s\b|\b(?:in|on|via|at|through|during|an?|the|its|his|her|their|"
    r"state|national|official|televised|broadcast|statement|statements|speech|address|"
    r"post|posting|briefing|interview|message|video|news|conference|television|tv|radio|"
    r"media|channel|account|page|website|telegram|x|facebook|twitter|social|released|"
    r"issued|published|posted|read|aired|carried|late|early|separate|joint|written|"
    r"daily|evening|morning|update)\b)*",
    re.IGNORECASE,
)
# a time no day can be read from: the statement's day stays unknown
_VAGUE_WHEN = re.compile(
    r"\b(?:earlier|later|late|early) (?:this|last|in the) (?:week|month)\b|"
    r"\b(?:over|during) the weekend\b|\brecently\b",
    re.IGNORECASE,
)


def _speaker_date(sp: _Speaker, toks: _Tokens, dates: list[_DateRef], text: str) -> _DateRef | None:
    """The date said next to a speaker: close to its words, or after its verb across
    nothing but the statement's setting ("said in a statement released on Wednesday")."""
    vpos = toks.starts[sp.pos] if sp.pos < len(toks.starts) else sp.cs
    vend = toks.ends[sp.pos] if sp.pos < len(toks.ends) else sp.ce
    best = None
    for d in dates:
        if sp.aside[0] <= d.cs < sp.aside[1]:
            continue
        near = sp.cs - 20 <= d.cs <= max(sp.ce, vpos) + 30
        if not near and text and max(sp.ce, vend) <= d.cs <= vend + 90:
            start = max(sp.ce, vend)
            if sp.trailing and text.startswith(",", start):
                # 'said Jane Doe, a resident of the town, on Monday': past the appositive
                c = text.find(",", start + 1, d.cs)
                start = c if c > 0 else start
            m = _SAID_PP.match(text, start)
            near = m is not None and m.end() >= d.cs
        if not near and text and d.cs > vend:
            # ", in a statement released on Wednesday": wherever it stands, the day the
            # statement came out
            near = _STATEMENT_ON.search(text, max(vend, d.cs - 60), d.cs) is not None
        if near and (best is None or abs(d.cs - vpos) < abs(best.cs - vpos)):
            best = d
    return best


_STATEMENT_ON = re.compile(
    r"\bin an? (?:statement|post|speech|video|briefing|message|communiqu[eé])"
    r"(?: (?:released|issued|published|posted|read|aired|broadcast))?"
    r"(?: (?:late|early))?(?: on)? $",
    re.IGNORECASE,
)


def _extract(article: Article, cfg: ExtractConfig) -> Extraction:
    body = article.body or ""
    published = article.published_on
    sents = _sentences(body, cfg)
    title = (article.title or "").strip()
    if title and not body.lstrip().startswith(title[: min(len(title), 40)]):
        sents.insert(0, _Sentence(0, 0, title, -1, False, virtual=True))
    ctx = _Context(body=body)
    _titled_names(body, ctx)
    _defined_acronyms(body, ctx)
    mentions: list[_Mention] = []
    events: list[Event] = []
    # the year the article is about: its date, else the latest year it names
    ref_year: int | None | _Lazy = (
        published.year if published else _Lazy(lambda: _latest_year(body))
    )

    # which sentences hold a casualty word, a speech verb, a ceasefire, an area
    hints = [_hints_of(st.text.lower()) for st in sents]
    # the article is about a merchant ship, whose crew are civilians (asked only of a crew)
    merchant = _Lazy(lambda: _MERCHANT_SHIP.search(title) or _MERCHANT_SHIP.search(body))
    # speakers are only remembered for later figures: none are needed after the last one
    last = max((i for i, h in enumerate(hints) if h - {"s", "v"}), default=-1)
    prev_metric: str | None = None
    named: list[tuple[int, str, str | None]] = []  # (sentence, claimant, its side)
    # the last day each claimant was said to speak on, and in which sentence
    dated: dict[str, tuple[int, tuple[date | None, str, int | None]]] = {}
    # the speaker a paragraph goes on quoting: "X said 3 were killed. Five others were hurt."
    carry: _Speaker | None = None
    carry_line = -1
    # figures of a quote the next sentence closes: '"... 29 dead. ... were neutralised," the
    # ministry said.'
    quoted: tuple[int, list[_Mention]] = (-2, [])
    spoken: list[tuple[int, _Speaker]] = []  # every speaker, with its sentence

    for si, st in enumerate(sents[: last + 1]):
        h = hints[si]
        if "v" in h and _COND_SAID.search(st.text) is None:
            h = h - {"v"}  # "bodies were found": no finding, no toll given
        if not h:
            continue
        has_speech = "s" in h
        has_trigger = "t" in h
        has_cf = "c" in h
        has_terr = "a" in h
        reader = _SentenceReader(st, cfg) if (has_trigger or has_terr) else None
        if reader is not None and "crew" in reader.text_low:
            reader.merchant = bool(merchant.get())
        toks = reader.toks if reader else _tokenize(st.text)
        speakers = _find_speakers(st, toks, ctx) if has_speech or "v" in h else []
        named.extend((si, sp.claimant, sp.party) for sp in speakers if sp.party)
        if not speakers and (st.virtual or st.line_no == 0) and ":" in st.text:
            speakers = _headline_source(toks, ctx, st.text)
        spoken.extend((si, sp) for sp in speakers)
        if st.virtual or st.line_no != carry_line:
            # a new paragraph has its own speaker, unless it opens on the figure just given:
            # "This number includes 1,630 casualties" is the speaker's figure still
            if carry is not None and not st.virtual and _POINTS_BACK.match(st.text):
                carry_line = st.line_no
            else:
                carry = None
        if quoted[1] and quoted[0] == si - 1 and not st.virtual:
            shut = min((st.text.find(q) for q in '"”' if q in st.text), default=-1)
            closer = next((sp for sp in speakers if sp.cs >= shut), None) if shut >= 0 else None
            if closer is not None and st.text.lstrip()[:1] not in _QUOTES:
                for qm in quoted[1]:
                    if qm.claimant is None:
                        qm.claimant, qm.claimant_party = closer.claimant, closer.party
        quoted = (-2, [])
        dates = _dates_in(st.text) if (speakers or has_cf) else []
        # where the sentence's other-event part begins: only worked out once a figure or
        # an event is read (most sentences with a casualty word hold none)
        # the first sentence with a figure is the lead: a date there is the article's own
        # subject ("no charges for the officer who shot a man last January")
        lead = not any(x.kind == "casualty" and not x.virtual for x in mentions)
        bg = _Lazy(
            lambda _st=st, _lead=lead: (
                0 if _st.link_line else _background_from(_st.text, ref_year, published, _lead)
            )
        )

        if reader and has_trigger:
            reader.prev_metric = prev_metric
            first_new = len(mentions)
            last_cas = next(
                (x for x in reversed(mentions) if x.kind == "casualty" and not x.virtual), None
            )
            for m in _read_casualties(reader, st, si):
                bg_from = bg.get()
                background = bg_from == 0
                sp, when = _attribute(m.pos, speakers, toks, dates, published, st.text)
                if sp is not None:
                    when = _carry_date(sp, st, si, when, dated)
                mm = m.mention
                if sp is None and not has_speech:
                    sp = carry
                if sp is not None:
                    mm.claimant, mm.claimant_party = sp.claimant, sp.party
                mm.said_on, mm.said_on_source, mm.said_weekday = when
                mm.background = (
                    background
                    or (bg_from is not None and mm.span[0] - st.start >= bg_from and not st.virtual)
                    or (
                        # "In the 2014 war 2,200 were killed. Another 11,000 were wounded.": more
                        # people of the earlier event the article just recalled (a sentence or
                        # two about that event, its trial or its place, may come between)
                        last_cas is not None
                        and last_cas.background
                        and not st.link_line
                        and si - last_cas.sent <= 3
                        and _MORE_PEOPLE.search(body, mm.span[0], mm.span[1]) is not None
                        and _NEWS_TIME.search(st.text) is None
                    )
                    or (
                        # "Since the war began, 25 civilians have died in the east. More
                        # than 400 have been killed in Lebanon.": a running total right after
                        # another, with no time or incident of its own, continues the tallies
                        last_cas is not None
                        and last_cas.background
                        and not st.link_line
                        and si - last_cas.sent <= 1
                        and _PERFECT_TOLL.search(st.text) is not None
                        and _PERFECT_TOLL.search(sents[last_cas.sent].text) is not None
                        and _NEWS_TIME.search(st.text) is None
                        and _ONE_INCIDENT.search(st.text) is None
                    )
                    or (
                        # "The insurgency began in 2015. 20,000 have been killed since then.":
                        # "then" is the earlier sentence's past time
                        "then" in st.text
                        and si > 0
                        and not st.virtual
                        and not sents[si - 1].virtual
                        and _SINCE_THEN.search(st.text) is not None
                        and _background_from(sents[si - 1].text, ref_year, published) == 0
                    )
                    or (
                        # "It was the city's second shooting of the day. Earlier, two men were
                        # wounded on Oak Street.": the one before is another incident
                        si > 0
                        and st.text.startswith("Earlier")
                        and _SERIES_RANK.search(sents[si - 1].text) is not None
                    )
                )
                if (
                    mm.party is None
                    and sp is not None
                    and sp.party in _DEMONYM
                    and not mm.by_speaker
                    and not mm.mixed_sides
                    and mm.subject in ("civilian", "unspecified")
                    and _enemy_fire(st.text, sp.party)
                ):
                    # "Ukraine's air force said Russian missiles killed 11 people": a state
                    # that blames another's weapons counts its own people
                    mm.party = sp.party
                if m.owned and mm.party is None:
                    if sp is not None and sp.party:
                        mm.party = sp.party
                    elif sp is not None and mm.subject == "militant" and _is_org_name(sp.claimant):
                        # "the Kachin Independence Army said it lost three fighters": an
                        # armed group no table knows is its own side
                        mm.party = sp.claimant
                    else:
                        # a speaker of no known side: look no further back than its words,
                        # so an earlier clause's country is not taken for it
                        at = m.mention.span[0] - st.start
                        since = sp.cs if sp is not None and sp.cs < at else 0
                        ps = _parties_in(st.text[since:at], include_capitals=True)
                        if ps:
                            mm.party = ps[-1][2]
                if m.parent_local is not None:
                    mm.parent = m.parent_local  # relative; made absolute by _fix_parents
                if st.virtual:
                    mm.virtual = True
                    mm.span = (0, 0)
                    mm.evidence = (0, 0)
                    mm.evidence_text = st.text
                if not background and mm.metric in ("killed", "wounded", "casualties"):
                    prev_metric = mm.metric
                mentions.append(mm)
            _fix_parents(mentions, first_new)
            if not speakers and _open_quote(st.text):
                quoted = (si, mentions[first_new:])
        if not st.virtual and speakers:
            # "according to X" holds its own clause; a speaker that said it goes on
            carry = None if toks.low[speakers[-1].pos] == "according" else speakers[-1]
            carry_line = st.line_no
        elif has_speech:
            carry = None  # someone else speaks, and who is not known
        if reader and has_terr:
            for terr, pos in _read_territory(st, reader):
                sp, when = _attribute(pos, speakers, toks, dates, published, st.text)
                if sp is not None:
                    terr.claimant, terr.claimant_party = sp.claimant, sp.party
                terr.said_on, terr.said_on_source, terr.said_weekday = when
                terr.background = bg.get() == 0
                if st.virtual:
                    terr.virtual, terr.span, terr.evidence = True, (0, 0), (0, 0)
                    terr.evidence_text = st.text
                mentions.append(terr)
        if has_cf and not st.virtual and _CEASEFIRE_ACT.search(st.text) and bg.get() != 0:
            ev = _read_ceasefire(article, st, toks, speakers, dates, published)
            if ev is not None:
                events.append(ev)

    if any(m.claimant and m.claimant.lower() in _BARE_HEADS for m in mentions):
        for si in range(last + 1, len(sents)):
            if "s" in hints[si]:
                st = sents[si]
                for sp in _find_speakers(st, _tokenize(st.text), ctx):
                    if sp.party:
                        named.append((si, sp.claimant, sp.party))
        _name_bare_claimants(mentions, named)
    if any(m.claimant and _desc_head(m.claimant) for m in mentions):
        # "..., a local medical group said. The X Network said the shells hit a school.": the
        # name may come in a sentence with no figure of its own
        for si in range(last + 1, min(len(sents), last + 3)):
            if "s" in hints[si]:
                st = sents[si]
                spoken.extend((si, sp) for sp in _find_speakers(st, _tokenize(st.text), ctx))
        _name_described(mentions, spoken, sents)
    # a document a body issues in its own name: its figures no one else is said to give are
    # its own
    # (the label's pattern is tried at every position: only where one of its words is)
    head = body[:600]
    if (
        any(map(head.__contains__, RELEASE_WORDS))
        and RELEASE_LABEL.search(body, 0, 600) is not None
    ):
        issuer = _issuer(body, title, ctx)
        if issuer is not None:
            for mm in mentions:
                if mm.kind == "casualty" and mm.claimant is None:
                    mm.claimant, mm.claimant_party = issuer
    _resolve_article(mentions, body, title, article.dateline or "")
    claims = _merge(article, mentions, body, sents)
    return Extraction(claims=claims, events=_dedupe_events(events))


_BARE_HEADS = {"ministry", "army", "military"}
_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.IGNORECASE)
# a sentence that opens on the figure the one before gave
_POINTS_BACK = re.compile(
    r"(?:(?:This|That|These|Those) (?:numbers?|figures?|tolls?|tally|total|count)|"
    r"The (?:numbers?|figures?|tally|total|count) includes?)\b"
)


def _headline_source(toks: _Tokens, ctx: _Context, text: str) -> list[_Speaker]:
    """A headline that names its source after a colon: "Strike kills 14 soldiers: monitor",
    "Two civilians killed along the border: ISPR"."""
    low = toks.low
    c = len(low) - 1
    while c >= 0 and low[c] != ":":
        c -= 1
    tail = toks.text[c + 1 :]
    if c < 1 or not 1 <= len(tail) <= 4 or any(not w.isalpha() for w in tail):
        return []
    if not (_is_cap(tail[-1]) or low[-1] in SOURCE_NOUNS):
        return []
    res = _normalise_claimant(tail, ctx, text)
    if res is None:
        return []
    return [_Speaker(c, res[0], res[1], toks.starts[c + 1], toks.ends[-1], True)]


def _open_quote(text: str) -> bool:
    """A sentence that opens a quote it does not close: '"We lost 12 men.' goes on in the
    next sentence, which names who said it."""
    t = text.lstrip()
    if t[:1] == "“":
        return "”" not in t
    return t[:1] == '"' and t.count('"') % 2 == 1


def _is_org_name(name: str) -> bool:
    """A proper name of two or more capitalised words: "Kachin Independence Army"."""
    parts = [p for p in name.split() if p not in ("of", "for", "the", "and")]
    return (
        len(parts) >= 2
        and all(p[:1].isupper() for p in parts)
        and (parts[-1].lower() in _ORG_HEADS or parts[-1].lower() in _ARMED_HEADS)
    )


_ARMED_HEADS = {"army", "forces", "brigade", "brigades", "alliance", "militia", "group"}
# a body a later "the association said" points back to: "the Kebbi Farmers Association", and
# any other head of an organisation's or armed body's name; an army's units are named bodies
# too ("the 3rd Division"). Not a bare "the army", "the forces" or "the group": that is a
# country's army or the armed group the story is about more often than the one named body of
# that kind ("Kachin Independence Army fighters attacked ... 11 soldiers were killed, the army
# said"; "according to the International Crisis Group ... the group said").
_BODY_HEADS = (_ORG_HEADS | _ARMED_HEADS | {"division", "battalion"}) - {"army", "forces", "group"}
_NAMED_BODY = re.compile(
    r"\b((?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+(?:(?:of|for|and|the)\s+){0,2}){1,6})("
    + alternation(h.title() for h in _BODY_HEADS)
    # "the Syrian Observatory for Human Rights": the name may go on after its head
    + r")\b((?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)"
)
# a speaker that points back to one just named: "It added", "the ministry said"
_ANAPHOR = re.compile(
    r"(?:it|he|she|they|the (?:ministry|army|military|group|agency|spokes(?:man|woman)))\b",
    re.IGNORECASE,
)


def _carry_date(
    sp: _Speaker,
    st: _Sentence,
    si: int,
    when: tuple[date | None, str, int | None],
    dated: dict[str, tuple[int, tuple[date | None, str, int | None]]],
) -> tuple[date | None, str, int | None]:
    """ "The army said on Tuesday ... It added that seven soldiers were wounded": a speaker
    that points back to the one of the sentence before goes on with the same statement, on
    the same day. Remembers the days speakers are said to speak on."""
    if when[1] in ("weekday", "explicit"):
        dated[sp.claimant] = (si, when)
        return when
    prev = dated.get(sp.claimant)
    if (
        prev is not None
        and 0 < si - prev[0] <= 2
        and sp.cs < len(st.text)
        and _ANAPHOR.match(st.text, sp.cs)
    ):
        return prev[1]
    return when


def _name_bare_claimants(
    mentions: list[_Mention], named: list[tuple[int, str, str | None]]
) -> None:
    """ "The ministry said 12 soldiers were killed. ... Armenia's Defence Ministry later
    confirmed": a source first named by its head alone is the one the article names in full
    next."""
    for m in mentions:
        if m.claimant is None or m.claimant_party or m.claimant.lower() not in _BARE_HEADS:
            continue
        head = m.claimant.lower()
        for si, name, party in named:
            if si > m.sent and (
                ("Ministry" in name) if head == "ministry" else name.lower().endswith(head)
            ):
                m.claimant, m.claimant_party = name, party
                break


# speakers first described, then named: "a local medical group said ... The Sudan Doctors
# Network said", "the regional governor said ... Governor Jane Doe said"
_DESC_ORG = {
    "group",
    "monitor",
    "wing",
    "agency",
    "organisation",
    "organization",
    "network",
    "body",
    "watchdog",
    "charity",
    "observatory",
}


def _desc_head(claimant: str) -> str | None:
    """The noun of a speaker described in plain words ("regional governor", "local medical
    group", "governor of the X province"), None for a name or a body of many people."""
    if not claimant[:1].islower():
        return None
    ws = claimant.split()
    k = next((x for x, w in enumerate(ws) if w in ("of", "in", "at", "for")), len(ws))
    head = ws[k - 1] if k else ""
    return head if head in _DESC_PERSON or head in _DESC_ORG else None


def _name_described(
    mentions: list[_Mention], spoken: list[tuple[int, _Speaker]], sents: list[_Sentence]
) -> None:
    """A speaker first described ("a local medical group said") and named within the next
    two sentences ("The Sudan Doctors Network said") is one claimant, by its name. A group
    takes the next speaker when that is a body's proper name; a person takes the next named
    person whose title repeats the description ("the regional governor" ... "Governor Jane
    Doe"), so a witness quoted in between is not taken for the official."""
    names: dict[str, tuple[str, str | None]] = {}
    for k, (sd, d) in enumerate(spoken):
        head = _desc_head(d.claimant)
        if head is None or d.claimant in names:
            continue
        for si, sp in spoken[k + 1 :]:
            if si > sd + 2:
                break
            if sp.claimant == d.claimant or (_desc_head(sp.claimant) == head):
                continue
            caps = [p for p in sp.claimant.split() if p[:1].isupper() and p not in PARTY_NAMES]
            last = sp.claimant.split()[-1].lower()
            if head in _DESC_ORG:
                if (
                    (len(caps) >= 2 or (len(caps) == 1 and _is_acronym(caps[0])))
                    and "Ministry" not in sp.claimant
                    and (head == "group" or last not in _ARMED_HEADS)
                ):
                    names[d.claimant] = (sp.claimant, sp.party or d.party)
                break
            text = sents[si].text
            near = text[max(0, sp.cs - 80) : sp.ce + 80].lower()
            if (
                len(caps) >= 2
                and last not in _ORG_HEADS
                and last not in _ARMED_HEADS
                and "Ministry" not in sp.claimant
                and (
                    re.search(rf"\b{head}\b", near)
                    # "an official" is any office holder: "X, an administrator in the district"
                    or (
                        head == "official"
                        and not _DESC_PERSON.isdisjoint(re.findall(r"[a-z]+", near))
                    )
                )
            ):
                names[d.claimant] = (sp.claimant, sp.party or d.party)
                break
    if names:
        for m in mentions:
            if m.claimant in names:
                m.claimant, m.claimant_party = names[m.claimant]


# "Russian missiles", "Israeli strikes", "Azerbaijani shelling": a country's weapons
_WEAPONS_AFTER = re.compile(
    r"\s+(?:air\s+|drone\s+|missile\s+|artillery\s+|rocket\s+)?(?:strikes?|missiles?|"
    r"shelling|drones?|bombardment|bombing|rockets?|airstrikes?|attacks?|fire)\b",
    re.IGNORECASE,
)


def _enemy_fire(text: str, own: str) -> bool:
    """Whether a sentence blames the weapons of a country other than ``own`` (and of none
    of ``own``)."""
    other = False
    for _s, e, party in _parties_in(text):
        if _WEAPONS_AFTER.match(text, e):
            if party == own:
                return False
            other = True
    return other


# ", where they later died", "and both died at the scene": the people just named died
_THEY_DIED = re.compile(
    r"[^.;:]{0,80}?,? (?:where|and|but) (?:they|both|all)(?: of them)?(?: (?:later|"
    r"subsequently|eventually|both|all|each))? (?:died|succumbed|(?:were|was) "
    r"(?:pronounced|declared) dead)\b",
    re.IGNORECASE,
)


# the article calls what happened a killing without a death verb near the victim
_FATAL_WORDS = re.compile(
    r"\b(?<!attempted )(?:homicide|murder(?:ed)?|"
    # "a deadly Christmas Day shooting"
    r"(?:fatal|deadly) (?:[A-Za-z]+ ){0,3}?(?:shooting|attack|stabbing)|"
    r"shooting death)\b",
    re.IGNORECASE,
)
# ... unless it is another event's ("a separate homicide") or the person is said to live
_FATAL_OTHER = re.compile(
    r"\b(?:separate|another|unrelated|earlier|previous|similar)\W+(?:\w+\W+)?$"
)
_SURVIVES = re.compile(
    r"\b(?:stable|fair|good|satisfactory) condition|expected to (?:survive|recover)|"
    r"non-?life-?threatening|treated and released|(?:is|was) recovering\b",
    re.IGNORECASE,
)


# The key words of _SURVIVES's and _FATAL_WORDS's branches: a body with none of them is not
# scanned (the patterns try their branches at every position of the whole article).
_SURVIVES_KEYS = (" condition", "expected to ", "threatening", "treated and released", "recovering")
_FATAL_KEYS = ("homicide", "murder", "fatal ", "deadly ", "shooting death")
# the letters re.IGNORECASE takes for an ASCII letter that lower() does not turn into it
_ODD_CASES = ("İ", "ı", "ſ")


def _holds_none(keys: tuple[str, ...], text: str) -> bool:
    """No case-insensitive occurrence of the lowercase ASCII ``keys`` is in ``text``, so a
    pattern that needs one cannot match it."""
    if any(map(text.__contains__, _ODD_CASES)):
        return False
    low = text.lower()
    return not any(map(low.__contains__, keys))


def _fatal_single_victim(mentions: list[_Mention], body: str) -> None:
    """ "Jane Doe, 35, was found shot in the chest. Police are treating it as a homicide":
    when the only people the article reads are one person hit (fate not said) and it calls
    the event a homicide, murder, fatal or deadly shooting, that person is the dead one."""
    own = [m for m in mentions if m.kind == "casualty" and not m.background and m.low != 0]
    if not own or any(m.metric != "casualties" or not m.single for m in own):
        return
    if any(m.additional for m in own) or (
        not _holds_none(_SURVIVES_KEYS, body) and _SURVIVES.search(body) is not None
    ):
        return
    if _holds_none(_FATAL_KEYS, body) or not any(
        _FATAL_OTHER.search(body, max(0, f.start() - 25), f.start()) is None
        for f in _FATAL_WORDS.finditer(body)
    ):
        return
    for m in own:
        m.metric = "killed"


# "The General Staff informs public opinion", "The Presidency informs
# national and international public opinion"
_INFORMS = re.compile(
    r"(?:^|\n)(?:\d+\.\s*)?(?:The\s+)?(?P<who>[A-Z][^\n]{1,150}?)\s+(?:informs|announces\s+to)\b"
    r"[^\n]{0,40}?\bpublic\s+opinion"
)
# a letterhead line: "MINISTRY OF NATIONAL DEFENCE", "UGANDA PEOPLES' DEFENCE FORCES"
_LETTERHEAD = re.compile(
    r"^(?P<who>[A-Z][A-Z'’ .,-]{3,80}\b(?:MINISTRY|FORCES|COMMAND|ARMY|POLICE|GOVERNMENT|OFFICE|"
    r"AGENCY|SERVICE|PRESIDENCY|DEFENCE|DEFENSE|COMMISSION|COMMITTEE|CROSS|CRESCENT)\b"
    r"[A-Z'’ .,-]{0,60})$",
    re.MULTILINE,
)
# "UPDF neutralises 11 ...", "MSF: teams treat 48 wounded", "SNAI reports 11 deaths"
_TITLE_ACRONYM = re.compile(r"^(?:[A-Z][\w ]{0,20}:\s+)?(?P<who>[A-Z]{2,8})\b")
# (what an official letterhead names that is only its part, not the issuing body)
_LETTERHEAD_SKIP = re.compile(r"\b(?:PRESS|RELEASE|COMMUNIQU|SPOKESPERSON|SPOKESMAN|BULLETIN)")


def _issuer(body: str, title: str, ctx: _Context) -> tuple[str, str | None] | None:
    """Who issued a press release, communiqué or bulletin: the body that "informs public
    opinion", else its letterhead, else the acronym its title opens on ("UPDF neutralises ...")
    when the article defines it."""
    head = body[:1500]
    found = _INFORMS.search(head)
    words: list[str] | None = None
    if found is not None:
        words = found.group("who").split()
    else:
        for lh in _LETTERHEAD.finditer(head):
            if not _LETTERHEAD_SKIP.search(lh.group("who")):
                words = [
                    w.lower() if w in ("OF", "AND", "THE", "FOR") else w.title()
                    for w in lh.group("who").strip(" ,.-").split()
                ]
                break
    if words is None:
        acr = _TITLE_ACRONYM.match(title or body.lstrip().split("\n", 1)[0])
        return ctx.acronyms.get(acr.group("who")) if acr is not None else None
    res = _normalise_claimant(words, ctx, head)
    if res is not None and res[0].lower() in ("government", "the government"):
        country = _only(_countries_in(head))
        if country is not None:
            return (f"{_DEMONYM.get(country, country)} government", country)
    return res


def _resolve_article(
    mentions: list[_Mention], body: str, title: str = "", dateline: str = ""
) -> None:
    """What a reader settles only with the whole article in view, in this order: the parts of
    an earlier total, the noun of a bare count, the hit who died, a homicide's one victim, one
    more person, the dead among the hit, the hurt besides the dead, the side of soldiers a side
    reports, the kind of people of a figure that names none, and the side of people killed in
    a known place."""
    _parts_of_earlier(mentions)
    _inherit_elided(mentions, body)
    _where_they_died(mentions, body)
    _both_of_the_dead(mentions)
    _fatal_single_victim(mentions, body)
    _count_additional(mentions, body)
    _dead_among_hurt(mentions)
    _others_than_dead(mentions, body)
    # people of no named side, counted as military, belong to the country that reports them
    # (an armed group reporting soldiers killed is reporting its enemy's)
    for m in mentions:
        if (
            m.kind == "casualty"
            and m.party is None
            and m.subject == "military"
            and m.claimant_party in COUNTRY_NAMES
            and m.claimant is not None
            and not m.by_speaker
        ):
            m.party = m.claimant_party
    # a figure that names no kind of people ("casualties on the X side were 40") is about
    # the people the article counts for that side (or, failing that, for every side)
    _inherit_subject(mentions)
    _party_from_place(mentions, body, title, dateline)


# "in Kharkiv", "near the northern town of Metula", "across Borno state", "in Sudan's El
# Fasher": a capitalised place after a locative preposition (the place is the group "p")
_LOCATIVE_WORDS = (
    {"in", "near", "outside", "around", "across", "at", "on", "inside", "into", "over"}
    | {"throughout"}
    # "suburbs of Bawku", "the outskirts of Goma"
    | {
        f"{w} of"
        for w in ("suburb", "suburbs", "outskirts", "environs", "area", "areas", "part", "parts")
        + ("village", "villages", "town", "towns", "city", "district")
    }
    # "west of Khan Younis", "15 km north of Goma"
    | {
        f"{w} of"
        for w in ("north", "south", "east", "west", "north-east", "north-west", "south-east")
        + ("south-west", "northeast", "northwest", "southeast", "southwest")
    }
)
# what follows the word. (Tried after thousands of words, so spelt for sre: possessive where
# giving back cannot help — the spaces, an article and the modifiers never start a place; a
# modifier that cannot be empty; and an optional group as "(?:X|)", which matches what
# "(?:X)?" matches, without the repeat context sre sets up for each "?" on a group.)
_LOCATIVE_TAIL = (
    r"\s++"
    # "on its northern Gilan province"
    r"(?:(?:the|its|their)\s++)?+"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?(?:-central)?"
    r"|-?(?:east|west)(?:ern)?(?:-central)?|ern(?:-central)?|-central|central|besieged|occupied|"
    r"embattled|front-?line|restive|neighbouring|neighboring)\s++)*+"
    # "the besieged Kordofan city of Kadugli": a region may name the kind of place
    rf"(?:(?:[A-Z][\w'’-]+\s+|){alternation(PLACE_KINDS)}\s+of\s+|)"
    r"(?P<p>(?:(?:al|el|ad|an|as|ar)-|)[A-Z][\w'’-]+"
    r"(?: (?:al-|el-|de |of |of the |)[A-Z][\w'’-]+){0,3})"
)
_LOCATIVE = re.compile(
    # (the word boundary after the first letter, as ``(?<!\w.)``: the scan only stops at the
    # words' first letters; no word is another's start followed by a space, so the trie picks
    # the word the plain alternation picked)
    alternation(_LOCATIVE_WORDS, space=r"\s+", after_first=r"(?<!\w.)") + _LOCATIVE_TAIL
)
# "a Sudanese village", "the eastern Congo town of Sake", "Nigeria's northeastern state": a
# country or its demonym before a kind of place is a place in that country
_PLACE_KINDS = rf" {alternation(PLACE_KINDS)}s?\b"
# (Spelt for sre: opening on the capital, with the word boundary after it, so that the scan
# skips to capitals; the name possessive, as a shorter name or none at all is followed by a
# letter or an apostrophe where a space must follow, which spares the backtracking through
# every capitalised word of the sentence; the direction's "?" as "|)", see _LOCATIVE_TAIL.)
_COUNTRY_PLACE = re.compile(
    r"(?P<c>[A-Z](?<!\w.)[\w'’.-]++(?: [A-Z][\w'’.-]++)?+)(?:'s|’s)?+(?: (?:north|south|east|"
    r"west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?|)" + _PLACE_KINDS
)
_PLACE_KIND = re.compile(_PLACE_KINDS)  # most sentences have none: the cheap test first


# a headline or lead that opens on its place: "Bawku: 5 shot dead in renewed clashes"
_PLACE_OPENING = re.compile(r"(?P<p>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?):\s")


# Nearly every locative word follows a space. A pattern opening on that space (a literal: the
# scan skips to the next one in a fast loop, where _LOCATIVE stops at each of its words' first
# letters, half the letters of a text) finds the same places, as long as no locative word
# opens the text or follows another character that is no letter, digit or "_" ("-in", "(at",
# or "éin", which is a word) — texts holding one, a few in a hundred, take _LOCATIVE. (Its
# matches then start a character early: only the group "p" is read.)
_LOCATIVE_WORD = re.compile(alternation(_LOCATIVE_WORDS, space=r"\s+"))
_LOCATIVE_SPACED = re.compile(" " + _LOCATIVE_WORD.pattern + _LOCATIVE_TAIL)
_LOCATIVE_ODD = re.compile("[^ 0-9A-Z_a-z]" + _LOCATIVE_WORD.pattern)


def _locatives(text: str) -> Iterator[re.Match[str]]:
    """``_LOCATIVE.finditer(text)``, with the same groups "p"."""
    if _LOCATIVE_WORD.match(text) or _LOCATIVE_ODD.search(text):
        return _LOCATIVE.finditer(text)
    return _LOCATIVE_SPACED.finditer(text)


def _chain_locatives(text: str, opening: bool = True) -> Iterator[re.Match[str]]:
    first = _PLACE_OPENING.match(text) if opening else None
    if first is not None:
        yield first
    yield from _locatives(text)


def _places(text: str, opening: bool = True) -> list[tuple[int, tuple[str, ...], bool]]:
    """Where ``text`` puts something, as (offset, the countries the place could be in, whether
    the name is strong evidence: a country, a capital, a place's own name): "killed in
    Kharkiv" -> Ukraine, "in
    Sudan's El Fasher" -> Sudan, "in Windsor" -> (Canada, United States, United Kingdom), "a
    Sudanese village" -> Sudan; from the country and capital tables, then the gazetteer
    (pipeline.core.places). A demonym alone is no place ("near the Malian border"), nor is a
    country whose border is meant ("near the Mali border"). ``opening``: whether ``text``
    opens a headline or a paragraph, where a name before a colon is a place ("Bawku: ...")."""
    out: list[tuple[int, tuple[str, ...], bool]] = []
    for m in _COUNTRY_PLACE.finditer(text) if _PLACE_KIND.search(text) else ():
        country = PARTY_NAMES.get(m.group("c"))
        if country in COUNTRY_NAMES:
            out.append((m.start(), (country,), True))
    for m in _chain_locatives(text, opening):
        words = m.group("p").split()
        # the whole name; a possessive country before a place ("Sudan's El Fasher"); a
        # place after a hyphenated holder ("Houthi-held Sanaa", "Russian-occupied Melitopol")
        names = [" ".join(words)]
        if len(words) > 1 and words[-1] in _KIND_WORDS:
            names.append(" ".join(words[:-1]))  # "the Upper East Region": "Upper East"
        if words[0][2:3] == "-" and words[0][:2].lower() in ("al", "el", "ad", "an", "as", "ar"):
            # "al-Jazira", "El-Fasher": also as GeoNames writes such names
            rest = " ".join([words[0][3:], *words[1:]])
            names += [f"{words[0][:2].capitalize()} {rest}", rest, f"Al {rest}"]
        own = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
        if own is not None:
            # "Sudan's El Fasher", "the Democratic Republic of Congo's Ituri province": the
            # possessor, then the place it holds
            names.append(" ".join(words[: own + 1])[:-2])
            if own + 1 < len(words):
                names.append(" ".join(words[own + 1 :]))
        elif "-" in words[0] and len(words) > 1:
            names.append(" ".join(words[1:]))
        # a country or capital that a capitalised word follows ("in Kyiv Governor ...")
        names.extend(w for w in words[:1] if len(words) > 1 and (w in CAPITALS or w in PARTY_NAMES))
        for bare in names:
            country = PARTY_NAMES.get(bare) or CAPITALS.get(bare)
            if country is not None:
                if (
                    country in COUNTRY_NAMES
                    and (bare == country or bare not in _DEMONYMS)
                    and not _BORDER_AFTER.match(text, m.end("p"))
                ):
                    out.append((m.start("p"), (country,), True))
                break  # an armed group's name is no place
            countries = countries_of_place(bare, _country_name)
            if countries:
                # a name followed by a facility ("near the Eldoret market") is the
                # facility's: weak evidence, like a variant spelling
                strong = is_own_name(bare, _country_name) and not _FACILITY_AFTER.match(
                    text, m.end("p")
                )
                out.append((m.start("p"), countries, strong))
                break
    out.sort()
    return out


# the kind of place a name may end on ("Enga Province", "Upper East Region")
_KIND_WORDS = frozenset(k.title() for k in NAME_END_KINDS)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b")
_FACILITY_AFTER = re.compile(
    r"\s+(?:market|road|street|avenue|highway|bridge|square|roundabout|junction|mosque|"
    r"church|school|hospital|clinic|hotel|stadium|mall|station|airport|air\s+base|airbase|"
    r"base|barracks|camp|prison|jail|port|terminal|university|college|refinery|checkpoint|"
    r"crossing)s?\b"
)


def _pick_country(
    places: list[tuple[int, tuple[str, ...], bool]],
    named: "_Lazy",
    placed: "_Lazy",
    at: int = 0,
) -> str | None:
    """The country of the place nearest ``at`` (the first one after it, else the last one
    before it). Of a name several countries share, the one the article names or its other
    places agree on ("Windsor" in an article about Connecticut), else the likeliest when the
    article names no country at all. A weak name (a variant spelling, a facility's name) of a
    country the article never names is passed over when it names others ("the Eldoret
    market" in an article about Sudan is not in Kenya)."""
    after = [p for p in places if p[0] >= at]
    before = [p for p in places if p[0] < at]
    for _, countries, strong in after + before[::-1]:
        if len(countries) == 1 and (strong or countries[0] in named.get() or not named.get()):
            return countries[0]
        if len(countries) == 1:
            continue
        # (the article's countries and places are only looked up for a shared name)
        in_article: set[str] = named.get()
        if in_article and not in_article.intersection(countries):
            continue  # a shared name the article gives no country of
        return next((c for c in countries if c in in_article or c in placed.get()), countries[0])
    return None


def _country_name(name: str) -> str | None:
    """A gazetteer's country name as the party table writes it."""
    return PARTY_NAMES.get(name, name)


def _party_from_place(mentions: list[_Mention], body: str, title: str, dateline: str = "") -> None:
    """ "An airstrike killed 12 people in Khan Younis": people of no named side killed in a
    place belong to that place's country (civilians, police, and soldiers whose reporting
    side is that country, an armed group or unknown, or that the speaker says its side
    killed: "the BLA said it killed 100 soldiers in Balochistan"). The place is the one nearest the
    figure in its own sentence, else (not for an earlier event) the first one the title or
    the lead names, else the dateline's. An earlier event with no place of its own takes
    the article's country when all the article's places are in one country.

    The fighters of armed groups take the one armed group the article names, if it names
    only one ("the army said it killed 21 militants"). Soldiers are never given Palestine,
    which has no army: soldiers killed in Gaza are another side's."""
    # the countries of the places only one country has, over the whole article
    text_all = title + "\n" + body
    head = title + "\n" + body[:600]
    in_all = _Lazy(lambda: _parties_in(text_all, True))
    named = _Lazy(lambda: {p for _, _, p in in_all.get() if p in COUNTRY_NAMES})
    # (a weak name of a country the article never names is not one of its places)
    head_places = _Lazy(lambda: _places(head))
    placed = _Lazy(
        lambda: {
            p[0]
            for _, p, strong in _places_after_head(text_all, head, head_places.get())
            if len(p) == 1 and (strong or p[0] in named.get())
        }
    )
    # the lead's place, else the dateline's when the article names its country ("GOMA, Congo
    # (AP)"; not "DUBAI (Reuters)" over a story about Yemen)
    lead = _Lazy(
        lambda: (
            _pick_country(head_places.get(), named, placed) or _dateline_country(dateline, named)
        )
    )
    # (places, not any country the article names: "the Sudanese health ministry said" names
    # who counts, not where)
    only_country = _Lazy(
        lambda: _only(placed.get() | set(filter(None, [_dateline_country(dateline, named)])))
    )
    # (else the one the title and lead name: "ISWAP fighters kill 11 soldiers" over a story
    # that also recalls Boko Haram)
    only_group = _Lazy(
        lambda: (
            _only({p for _, _, p in in_all.get() if p not in COUNTRY_NAMES})
            or _only({p for _, _, p in _parties_in(head) if p not in COUNTRY_NAMES})
        )
    )
    sentence_places: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
    # a paragraph's places, read up to where an earlier figure of it needed them
    para_places: dict[int, tuple[int, list[tuple[int, tuple[str, ...], bool]]]] = {}
    for m in mentions:
        if m.kind != "casualty" or m.party is not None or m.mixed_sides:
            continue
        if m.subject == "militant":
            group = only_group.get()
            if group is not None and group != m.claimant_party:
                m.party = group
                m.party_from_place = True
            continue
        text = m.evidence_text
        if text is None:
            text = body[m.evidence[0] : m.evidence[1]]
        # "fighting between the two countries killed 100 people": a two-sided toll, in an
        # article that names two countries or more
        if (
            m.subject in ("unspecified", "civilian")
            and " between " in text
            and len(named.get()) >= 2
        ):
            fight = _BETWEEN_SIDES.search(text)
            at = m.span[0] - m.evidence[0] if m.evidence_text is None else len(text)
            if fight is not None and fight.start() < at and _two_sides(fight, named.get()):
                m.party = "both"
                continue
        places = sentence_places.get(text)
        if places is None:  # (several figures of a sentence: its places once)
            places = sentence_places[text] = _places(text)
        at = m.span[0] - m.evidence[0] if m.evidence_text is None else 0
        country = _pick_country(places, named, placed, at)
        if country is None and m.subject not in ("military", "militant"):
            country = _war_country(text, at)
        if country is None and not places and m.evidence_text is None:
            # "In Mexico, gunmen shot dead six officers. Two more were wounded.": the place of
            # the paragraph's sentences before, when the figure's own names none
            line = body.rfind("\n", 0, m.evidence[0]) + 1
            if line < m.evidence[0] and not _countries_in(text):
                before = _places_between(body, line, m.evidence[0], para_places)
                country = _pick_country(before, named, placed, m.evidence[0] - line)
        if country is None and not m.background:
            # (an earlier event's place is its own sentence's, if any)
            country = lead.get()
            if (
                country is not None
                and m.claimant_party in COUNTRY_NAMES
                and m.claimant_party != country
                and not m.by_speaker
                and m.subject in ("civilian", "unspecified")
            ):
                # the lead's place is weak evidence: "Ruritania's rescue service said 40 people
                # were hurt" in a story led by strikes on Borduria counts its own country's hurt;
                # a state or its forces may count the other side's dead
                country = None if _armed_or_state(m.claimant) else m.claimant_party
            if country is None and not places and m.claimant_party in (None, only_country.get()):
                # no place near the figure or in the lead: the article's, if all its places
                # are in one country (not when a state gives the figure: "Azerbaijan claimed
                # 71 casualties" in a story whose places are in Armenia is its own)
                country = only_country.get()
        elif country is None and not places:
            # (a sentence naming only that country, or armed groups, is still about it:
            # "Burkina Faso is battling an insurgency that has killed 20,000")
            country = only_country.get()
            if country is not None and _countries_in(text) - {country}:
                country = None
        if country is None or (m.by_speaker and m.claimant_party == country):
            # "the army said it killed 20 people in Borno": the speaker's side killed them
            continue
        if m.subject == "military" and (
            country == "Palestine"
            or (
                not m.by_speaker
                and m.claimant_party in COUNTRY_NAMES
                and m.claimant_party != country
            )
        ):
            continue  # "Russia said 30 soldiers were killed in Kharkiv": whose, it does not say
        m.party = country
        m.party_from_place = True


def _places_after_head(
    text: str, head: str, head_places: list[tuple[int, tuple[str, ...], bool]]
) -> list[tuple[int, tuple[str, ...], bool]]:
    """``_places(text)`` for a text that opens with ``head``, whose places are known: only the
    text after the head's last full sentence is read again (no place name runs across the
    ". " that ends a sentence, so the places before it are the same)."""
    cut = text.rfind(". ", 0, len(head) - 1)
    if cut < 0:
        return _places(text)
    cut += 2
    rest = _places(text[cut:], opening=False)
    return [p for p in head_places if p[0] < cut] + [(at + cut, c, s) for at, c, s in rest]


def _places_between(
    body: str,
    line: int,
    end: int,
    cache: dict[int, tuple[int, list[tuple[int, tuple[str, ...], bool]]]],
) -> list[tuple[int, tuple[str, ...], bool]]:
    """``_places(body[line:end])``, for the paragraph opening at ``line``: each figure of a
    long paragraph only reads the text after the last one's (so a paragraph is read once,
    not once per figure)."""
    upto, places = cache.get(line, (line, []))
    if end > upto:
        more = _places(body[upto:end], opening=upto == line)
        places = places + [(at + upto - line, c, strong) for at, c, strong in more]
        cache[line] = (end, places)
    return [p for p in places if p[0] < end - line]


# "Syria's civil war has killed 500,000", "the Sudanese conflict": a war named by its country
_COUNTRY_WAR = re.compile(
    r"\b("
    + alternation(
        {c for c, _, _ in _COUNTRY_ROWS}
        | {d for _, others, _ in _COUNTRY_ROWS for d in others if d[:1].isupper() and " " not in d}
    )
    + r")(?:['’]s)?\s+(?:[a-z0-9][\w–-]*\s+){0,3}?"
    r"(?:war|conflict|insurgency|uprising|revolution|fighting|violence|crisis)\b"
)


# "clashes between the two countries", "fighting between Kyrgyz and Tajik border guards",
# "the war between Armenia and Azerbaijan"
_BETWEEN_SIDES = re.compile(
    r"\b(?i:fighting|clash(?:es)?|war|conflict|hostilities|skirmish(?:es)?|battles?|"
    r"exchanges? of fire|shelling)\s+(?:\w+\s+){0,3}?between\s+(?:the\s+)?"
    r"(?:(?P<two>two\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|sides|neighbou?rs|armies|"
    r"republics|states|militaries))|(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"(?:\s+[a-z]+){0,2}\s+and\s+(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))"
)


def _two_sides(fight: re.Match[str], countries: set[str]) -> bool:
    """Whether a "fighting between ..." names two of the article's countries (or "the two
    countries" of an article that names two)."""
    if fight.group("two"):
        return len(countries) == 2
    a = PARTY_NAMES.get(fight.group("a")) or CAPITALS.get(fight.group("a"))
    b = PARTY_NAMES.get(fight.group("b")) or CAPITALS.get(fight.group("b"))
    return a is not None and b is not None and a != b and {a, b} <= countries


_ARMED_WORDS = frozenset({"army", "military", "command", "forces", "force", "troops", "idf"})


def _armed_or_state(claimant: str | None) -> bool:
    """Whether a claimant is a state itself ("Israel") or its armed forces ("Central
    Command", "the Israeli army"): one that may speak of the other side's people."""
    if claimant is None:
        return False
    return claimant in COUNTRY_NAMES or not _ARMED_WORDS.isdisjoint(claimant.lower().split())


def _war_country(text: str, before: int) -> str | None:
    """The one country whose war the sentence names before ``before``."""
    found = {PARTY_NAMES.get(g, g) for g in _COUNTRY_WAR.findall(text, 0, before)}
    return _only(found & COUNTRY_NAMES)


def _dateline_country(dateline: str, named: "_Lazy") -> str | None:
    for part in re.split(r"[/,]", dateline):
        name = part.strip().title()
        if not name:
            continue
        country = CAPITALS.get(name) or PARTY_NAMES.get(name)
        countries = (country,) if country else countries_of_place(name, _country_name)
        for c in countries:
            if c in named.get():
                return c
    return None


def _countries_in(text: str) -> set[str]:
    return {p for _, _, p in _parties_in(text, True) if p in COUNTRY_NAMES}


def _only(values: set[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _where_they_died(mentions: list[_Mention], body: str) -> None:
    """ "Both teens were taken to hospital, where they died": the people counted as hit
    (taken to hospital, shot, wounded) died, so their figure is a death toll. Only a count of
    two or more ("they"), read in the same sentence just after the people."""
    for m in mentions:
        if (
            m.kind != "casualty"
            or m.background
            or m.virtual
            or m.metric not in ("casualties", "wounded")
            or m.low is None
            or m.low < 2
        ):
            continue
        end = m.evidence[1]
        if _THEY_DIED.match(body, m.span[1], end) is not None:
            m.metric = "killed"


def _both_of_the_dead(mentions: list[_Mention]) -> None:
    """ "Two men were found dead in a car. Both had suffered gunshot wounds.": "both" points
    at the two dead just counted, so their wounds are how they died and make no wounded.
    The figure becomes "casualties" (people hit, killed or not), which the article totals
    take the dead out of."""
    prev: _Mention | None = None
    for m in mentions:
        if not m.own_figure:
            continue
        if (
            prev is not None
            and m.metric == "wounded"
            and m.low == 2
            and m.value_text.lower() == "both"
            and prev.metric == "killed"
            and prev.low == prev.high == 2
            and 0 < m.sent - prev.sent <= 1
        ):
            m.metric = "casualties"
        prev = m


def _dead_among_hurt(mentions: list[_Mention]) -> None:
    """ "Three soldiers were wounded, one of whom later died": the three are the people hit,
    killed or not, so their figure becomes "casualties" (the article totals then count
    3 - 1 = 2 wounded, not 3 wounded and 1 killed). Only the figure given just before, at
    most three sentences back ("Two people were wounded. They were taken to hospital. The
    19-year-old victim died there."), and only when it is at least as large, and not when the
    article gives a larger death toll of its own (which the dead may already be part of)."""
    for i, m in enumerate(mentions):
        if not m.subset_of_prev or m.metric != "killed" or m.background or m.low is None:
            continue
        if any(
            o.metric == "killed"
            and not o.background
            and not o.subset_of_prev
            and o.kind == "casualty"
            and (o.low if o.low is not None else o.high or 0) > m.low
            for o in mentions
        ):
            continue
        for p in reversed(mentions[:i]):
            if not p.own_figure:
                continue
            if p.sent < m.sent - 3:
                break
            if p.metric == "killed":
                break
            if p.metric in ("wounded", "casualties"):
                if (
                    m.refers_back
                    and any(
                        o.own_figure
                        and o.metric == "killed"
                        and o.sent < m.sent
                        and (o.sent > 0 or o.sent >= p.sent)  # a headline's dead are these
                        for o in mentions[:i]
                    )
                ):
                    break  # "one died and a second was hurt ... where the victim was killed"
                big = p.low if p.low is not None else p.high
                if big is not None and big >= m.low and not (p.low == 0 and p.high == 0):
                    # the same people stated before ("Two people were wounded ... found two
                    # victims with gunshot wounds") are one figure: all of it counts the hit
                    for q in mentions[:i]:
                        if (
                            q.own_figure
                            and q.metric in ("wounded", "casualties")
                            and (q.low, q.high) == (p.low, p.high)
                            and q.party == p.party
                        ):
                            q.metric = "casualties"
                break


def _others_than_dead(mentions: list[_Mention], body: str) -> None:
    """ "Two people were killed and three others were shot": the three are people hit besides
    the dead, so they are the wounded (read as "casualties", hit killed or not, the article
    totals would take the two dead out of them a second time)."""
    dead_seen = False
    for m in mentions:
        if not m.own_figure:
            continue
        if m.metric == "killed" and (m.low or m.high):
            dead_seen = True
        elif (
            dead_seen
            and m.metric == "casualties"
            and not m.single
            and _MORE_PEOPLE.search(body, m.span[0], m.span[1]) is not None
        ):
            m.metric = "wounded"


_TOLL_STATES = frozenset({"dead", "died", "dies", "deaths", "death", "toll", "deceased"})


def _not_the_shooter(m: _Mention, shooter: _Mention, body: str) -> bool:
    """The dead person ``m`` is told apart from the shooter whose own death ``shooter`` is: a
    name not used in the sentence of his death, or a word for a victim ("the nurse", "the
    victim"), not a pronoun or a word for the attacker."""
    first = m.value_text.split(" ", 1)[0].lower()
    if first in _PRONOUN_SING or first in _OBJ_SELF or first in ("him", "his", "her"):
        return False
    if m.name_key:
        a, b = shooter.evidence
        return re.search(rf"\b{re.escape(m.name_key)}\b", body[a:b]) is None
    head = m.value_text.rsplit(" ", 1)[-1].lower()
    return head in PERSON_SING and head not in _SHOOTER_WORDS


# words for the person who did the shooting
_SHOOTER_WORDS = frozenset(
    {"man", "woman", "gunman", "shooter", "attacker", "assailant", "suspect", "killer"}
    | {"husband", "wife", "boyfriend", "girlfriend", "father", "mother", "male", "female"}
)


def _count_additional(mentions: list[_Mention], body: str) -> None:
    """ "A man was shot ... Another man was shot": the second is a new person, so it stands
    for the people counted so far plus one (and is not merged into the first). Killed people
    are counted apart from the others; "another man was shot" with no death is a wounded
    one."""
    # k: the dead, h: the wounded, c: people shot, killed or not (the dead may be among them)
    seen = {"k": 0, "h": 0, "c": 0}
    # counts stated in the sentence at hand ("one died and a second was hurt"); a count in
    # another sentence (a headline's total) may already hold the person
    local = {"k": 0, "h": 0, "c": 0}
    local_sent = -1
    dead = 0  # the largest death toll given so far, for "a third victim" after "two died"
    head_end = body.find("\n")  # the end of the first line (a headline, when more follow)
    shot: list[_Mention] = []  # single people shot (hit, killed or not) so far
    suicide: int | None = None  # the dead counted with the shooter's own death
    # (sentence, count) of people killed by someone ("killing his wife and two sons"), not a
    # toll ("four people are dead", which may hold the shooter)
    victims: list[tuple[int, int]] = []
    # a shooter's death told before any other: (its mention, how many he had hit, how many of
    # them are said to die after it)
    lone: tuple[_Mention, int] | None = None
    later_dead = 0
    for m in mentions:
        if not m.own_figure or m.metric not in ("killed", "wounded", "casualties"):
            continue
        fam = "k" if m.metric == "killed" else "h"
        hit = "c" if m.metric == "casualties" else fam
        if m.sent != local_sent:
            local = {"k": 0, "h": 0, "c": 0}
            local_sent = m.sent
        if (
            lone is not None
            and suicide is not None
            and fam == "k"
            and m.single
            and not m.suicide
            and not m.additional
            and m.sent > lone[0].sent
            and later_dead < lone[1]
            and _not_the_shooter(m, lone[0], body)
        ):
            # "A doctor was shot ... The gunman was found dead of a self-inflicted wound ...
            # The doctor died that night": one of the people he shot dies after him
            later_dead += 1
            m.low = m.high = seen["k"] = suicide + later_dead
            continue
        if m.suicide:
            # "killed his wife and two sons, then took his own life": the shooter is one more
            # dead person than those he killed (counted once, however often it is told)
            if suicide is None:
                # only the dead told just before: an earlier incident's suicide recalled late
                # in the article adds to none of them
                base = max([local["k"]] + [v for s, v in victims if 0 <= m.sent - s <= 1])
                suicide = base + 1
                if base == 0 and not dead:
                    lone = (m, max(seen["c"], seen["h"], local["c"], local["h"]))
                if base == 0:
                    # "shot three people and then turned the gun on himself": nobody else
                    # died, so the people he shot are the wounded (not 3 hit, 1 of them dead);
                    # only in its sentence (people shot earlier may be said to die later)
                    for x in mentions:
                        if x is m:
                            break
                        if x.own_figure and x.metric == "casualties" and x.low and x.sent == m.sent:
                            x.metric = "wounded"
                seen["k"] = suicide
            m.low = m.high = suicide
            continue
        if not m.single:
            if m.low is not None and m.low == m.high and m.low < 100:
                local[hit] = max(local[hit], int(m.low))
                if fam == "k" and not m.virtual:
                    dead = max(dead, int(m.low))
                    if m.trigger.lower() not in _TOLL_STATES:
                        victims.append((m.sent, int(m.low)))
                if m.low == 1 and not m.virtual and not 0 <= m.span[0] < head_end:
                    # "one man was shot" in the body (not the headline's "one dead"): one
                    # person, as "a man"
                    seen[hit] = max(seen[hit], 1)
            continue
        if (
            m.additional
            and m.name_key
            and not m.virtual
            and re.search(rf"\b{re.escape(m.name_key)}\b", body[: m.span[0]])
        ):
            m.additional = False  # "Doe was also shot": a person named before
        if not m.additional:
            seen[hit] = max(seen[hit], 1)
            if hit == "k":
                victims.append((m.sent, 1))
            if m.metric == "casualties":
                shot.append(m)
            continue
        if fam == "k":
            # "a man was shot ... another man was killed": the first is the wounded one
            for x in shot:
                x.metric = "wounded"
            shot.clear()
            seen["h"] = max(seen["h"], seen["c"])
            seen["c"] = 0
        for f in seen:
            seen[f] = max(seen[f], local[f])
        if fam == "h":
            # "left one man dead and another wounded", "both teens died ... a third teenager
            # was hurt": people shot before who are among the dead are no wounded to add to
            kk = max(seen["k"], dead) if m.ordinal else seen["k"]
            seen["h"] = max(seen["h"], seen["c"] - kk)
        if m.ordinal:
            # "the second victim": the n-th person counting the dead and the hurt together
            # (at most one more than counted so far)
            other = max(seen["k"], dead) if fam == "h" else seen["h"]
            seen[fam] = min(seen[fam] + 1, max(seen[fam], m.ordinal - other, 1))
        else:
            if seen[fam] == 0 and fam == "h" and m.metric == "casualties" and seen["k"]:
                # "a man was shot dead ... another man was shot": he is the wounded one
                seen[fam] = 0
            seen[fam] += 1
        m.low = m.high = seen[fam]
        if fam == "k":
            victims.append((m.sent, seen["k"]))
        if m.metric == "casualties":
            m.metric = "wounded"
    if lone is not None and later_dead == 0 and lone[1]:
        # "A nurse was shot ... The gunman then killed himself.": no one he shot is said to
        # die, so they are the wounded (not people hit, one of them the dead shooter)
        shooter = lone[0]
        if not any(
            x.own_figure
            and x.metric == "killed"
            and not x.suicide
            and (x.sent < shooter.sent or _not_the_shooter(x, shooter, body))
            for x in mentions
        ):
            for x in mentions:
                if x.own_figure and x.metric == "casualties" and x.sent < shooter.sent:
                    x.metric = "wounded"


@dataclass
class _Linked:
    mention: _Mention
    pos: int  # token index used to pick the speaker
    owned: bool  # "its/their troops"
    parent_local: int | None = None


def _earlier_value(r: _SentenceReader, linked: dict[int, tuple[int, str, int]]) -> None:
    """ "has killed at least 80 people, up from 60 a day earlier": the count after "up from"
    / "down from" is an earlier value of the figure before it."""
    low = r.low
    for c in r.cands:
        if c.ts in linked or c.ts < 2:
            continue
        j = c.ts if low[c.ts] == "from" else c.ts - 1
        if low[j] != "from" or j < 1 or low[j - 1] not in ("up", "down"):
            continue
        before = [ts for ts in linked if ts < j - 1]
        if before:
            linked[c.ts] = linked[max(before)]


_SELF_HURT_VERBS = frozenset({"injured", "injuring", "injures", "hurt", "hurting", "hurts"})


def _self_hurt(low: list[str], c: _Cand, k: int) -> bool:
    """ "the rider injured himself when he fell", "she had hurt herself earlier": a person
    hurt by his own doing (a fall, a crash, a fit) is no casualty of the violence reported;
    "shot and injured himself" keeps its gun."""
    return (
        k == c.ts - 1
        and c.te == c.ts + 1
        and low[c.ts] in _OBJ_SELF
        and low[k] in _SELF_HURT_VERBS
        and not (k >= 2 and low[k - 1] == "and" and low[k - 2] in ("shot", "shooting"))
    )


# a list of charges that holds a killing: "charged with murder, robbery and ...", "counts of
# manslaughter and ..." (an attempted murder leaves its victim alive)
_CHARGES_WITH_KILLING = re.compile(
    r"\b(?:charged\s+with|charges?\s+of|counts?\s+of|suspicion\s+of|convicted\s+of|"
    r"guilty\s+to)\s+(?:[^.;]*?\W)?(?<!attempted\s)(?:murder|homicide|manslaughter)\b"
    # still in the list: "... after injuring a man" tells what he did
    r"(?:(?!\b(?:after|when|while|following|for|by|before|because)\b)[^.;])*$",
    re.IGNORECASE,
)
_KILLING_CHARGES = ("murder", "homicide", "manslaughter")


def _charged_with_killing(r: "_SentenceReader", k: int) -> bool:
    """ "was charged with murder, robbery and injuring a spouse": a wounding named among the
    charges of a killing is the name of a crime (the law's word for harm done to the same
    victim), not one more person hurt."""
    if not any(map(r.text_low.__contains__, _KILLING_CHARGES)):
        return False
    return _CHARGES_WITH_KILLING.search(r.st.text, 0, r.toks.starts[k]) is not None


def _read_casualties(r: _SentenceReader, st: _Sentence, si: int) -> list["_Linked"]:
    out: list[_Linked] = []
    linked: dict[int, tuple[int, str, int]] = {}  # cand.ts -> (trigger, metric, trig_end)
    coord_groups: list[list[int]] = []  # counts joined by "and" that share one verb
    for c in r.cands:
        res = r.link_forward(c)
        if res is not None and res[1] == "casualties" and c.ts > 0:
            # "found the body of a man with a gunshot wound": the body says he is dead
            back = r.link_backward(c)
            # ("lost 490 troops killed and wounded": "lost" alone only guesses at the dead)
            if back is not None and back[1] == "killed" and r.low[back[0]] != "lost":
                res = None
        elif res is not None and res[3] and c.ts > 0:
            # "we lost 7 of our men and 9 others were hurt": the first count is the
            # object of the verb before it, the passive's subject only the second
            back = r.link_backward(c)
            if back is not None and back[1] != res[1]:
                res = None
        if res is not None:
            k, metric, end, coord = res
            linked[c.ts] = (k, metric, end)
            for ots in coord:
                linked.setdefault(ots, (k, metric, end))
            if coord:
                group = [c.ts]
                for ots in coord:
                    o = r.cand_at.get(ots)
                    prev = r.cand_at.get(group[-1])
                    if o is None or prev is None or not _coordinated(r, prev, o):
                        break
                    group.append(ots)
                if len(group) > 1:
                    coord_groups.append(group)
            continue
        res2 = r.link_backward(c)
        if res2 is not None:
            linked[c.ts] = res2
            # "killed two soldiers and three civilians": the later counts share the verb
            group = [c.ts]
            prev = c
            for o in r.cands:
                if o.ts <= prev.ts or o.ts in linked:
                    continue
                if not _object_coordinated(r, prev, o) or not r._np_ok(o):
                    break
                linked[o.ts] = res2
                group.append(o.ts)
                prev = o
            if len(group) > 1:
                coord_groups.append(group)
    # "two people were shot, one fatally", "three were hurt, two of them fatally": the
    # dead are some of the people just counted
    subset: set[int] = set()
    refers_back: set[int] = set()
    if "fatally" in r.text_low:
        for c in r.cands:
            if c.ts in linked or c.ts == 0 or r.low[c.ts - 1] not in (",", "and", ";"):
                continue
            j = c.te
            if j + 1 < r.n and r.low[j] == "of" and r.low[j + 1] in _PARTITIVE_PRONOUNS:
                j += 2
            if (
                j < r.n
                and r.low[j] == "fatally"
                and (j + 1 >= r.n or r.low[j + 1] in _CLAUSE_END)
                and any(x[1] in ("casualties", "wounded") and x[0] < c.ts for x in linked.values())
            ):
                linked[c.ts] = (j, "killed", j + 1)
                subset.add(c.ts)
    for c in r.cands:
        if (
            c.ts in linked
            and linked[c.ts][1] == "killed"
            and c.te + 1 < r.n
            and r.low[c.te] == "of"
            and r.low[c.te + 1] in _PARTITIVE_PRONOUNS
        ):
            subset.add(c.ts)  # "one of them later died"
        elif (
            c.ts in linked
            and linked[c.ts][1] == "killed"
            and _one_of_those_hit(r.low[c.ts : c.te + 3], c.te - c.ts)
        ):
            refers_back.add(c.ts)  # "the 19-year-old victim died", "one of the wounded died"
    # breakdowns: "50 servicemen, including 42 soldiers and 8 border guards, died"
    parents: dict[int, int] = {}
    for c in r.cands:
        if c.ts in linked or c.implicit:
            continue
        k = c.te
        while k < r.n and k < c.te + 8 and r.low[k] not in ("including", "among"):
            if r.low[k] in (".", ";") or k in r.cand_at:
                break
            k += 1
        if k < r.n and r.low[k] in ("including", "among"):
            # the parts follow "including" at once ("including 42 soldiers and 8 guards")
            kid_starts: list[int] = []
            for o in r.cands:
                if o.ts <= k or o.ts in kid_starts:
                    continue
                if not kid_starts and o.ts > k + 3:
                    break
                if kid_starts and not _coordinated(r, r.cand_at[kid_starts[-1]], o):
                    break
                kid_starts.append(o.ts)
            kids = [r.cand_at[t] for t in kid_starts if t in linked]
            if kids:
                kid_link = linked[kids[0].ts]
                linked[c.ts] = kid_link
                for kid in kids:
                    if linked[kid.ts][0] == kid_link[0]:
                        parents[kid.ts] = c.ts
    # "was killed along with her brother": the companion shares the verb and adds up
    for c in list(r.cands):
        if c.ts not in linked:
            continue
        end = linked[c.ts][2]
        j = end
        while j < r.n and j < end + 6 and r.low[j] not in ("along", "together", "as"):
            if r.low[j] in (".", ";", ",", "and", "but", "after", "when", "while"):
                j = r.n
                break
            j += 1
        if j + 1 >= r.n or r.low[j + 1] not in ("with", "well"):
            continue
        nxt = j + 2 if r.low[j + 1] == "with" else j + 3
        o = r.cand_at.get(nxt)
        if o is None or o.ts in linked or not r._np_ok(o):
            continue
        linked[o.ts] = linked[c.ts]
        coord_groups.append([c.ts, o.ts])
    # toll sentences: "the death toll rose to 30", "the toll from the attack on the
    # village has risen to 40", "put the number of dead at 28"
    tl = r.text_low
    tolls = (
        [
            (
                m.start(),
                m.end(),
                _toll_metric(m.group("kind"), m.group("what") or m.group("bare"), m.group(0)),
            )
            for m in _TOLL_RE.finditer(st.text)
        ]
        # (the pattern is slow to scan: not without a word it needs, or a letter that keeps
        # the lowercase text from telling)
        if _TOLL_WORD.search(tl)
        and (_TOLL_KEYS.search(tl) or any(map(st.text.__contains__, _ODD_CASES)))
        else []
    )
    if r.prev_metric and any(w in r.text_low for w in ("figure", "tally", "count")):
        # "officials raised the figure to 15": the figure the article is about
        tolls.extend((m.start(), m.end(), r.prev_metric) for m in _FIGURE_RE.finditer(st.text))
    toll_linked: set[int] = set()  # counts read as a toll: their noun is not left out
    toll_past: set[int] = set()  # "the toll passed 300": more than the count
    toll_phrase: dict[int, tuple[int, int]] = {}  # count -> its toll's words (chars)
    if tolls and "from" in tl:
        r.split_changes()
    for start_char, end_char, toll_metric in tolls:
        if toll_metric is None:
            continue
        ti = _tok_at(r.toks, end_char - 1)
        # "bringing to 225 the number of troops killed": the new value comes first
        si_tok = _tok_at(r.toks, start_char)
        if si_tok > 0 and r.low[si_tok - 1] in ("the", "its", "their", "this"):
            si_tok -= 1
        before = next((c for c in r.cands if c.te == si_tok), None)
        if (
            before is not None
            and before.ts >= 2
            and before.ts not in linked
            and r.low[before.ts - 1] == "to"
            and r.low[before.ts - 2] in _TOLL_VERBS
        ):
            linked[before.ts] = (ti, toll_metric, before.te)
            toll_linked.add(before.ts)
            toll_phrase[before.ts] = (start_char, end_char)
            continue
        verb = False
        after_from = -1  # "rose from 24 ...": the token after the old value
        for c in r.cands:
            if c.ts <= ti:
                continue
            if after_from >= 0 and (c.ts > after_from + 8 or r.low[c.ts - 1] != "to"):
                break
            if any(r.low[j] in (".", ";") for j in range(ti, c.ts)):
                break
            verb = verb or any(r.low[j] in _TOLL_VERBS for j in range(ti + 1, c.ts))
            far = c.ts > ti + 14
            # far from its noun, a count is the toll's only when a verb brings it there
            if far and not (verb and c.ts <= ti + 40 and r.low[c.ts - 1] in ("to", "at")):
                continue
            if c.implicit or c.ts in linked:
                continue
            # "rose to 54 overnight": no person noun needed, only not "3 days"
            next_word = r.low[c.te] if c.te < r.n else ""
            prev_word = r.low[c.ts - 1]
            after_verb = prev_word in ("to", "at") or prev_word in _TOLL_VERBS
            if next_word not in _BAD_HEADS and (after_verb or r._np_ok(c)):
                linked[c.ts] = (ti, toll_metric, c.te)
                toll_linked.add(c.ts)
                toll_phrase[c.ts] = (start_char, end_char)
                if prev_word in _TOLL_PAST and c.qualifier == "exact" and c.low is not None:
                    toll_past.add(c.ts)
                if after_from < 0 and (r.low[c.ts] == "from" or prev_word == "from"):
                    # "rose from 24 on Tuesday to 36": the old value, then the new one
                    after_from = c.te
                    continue
            break
    if " from " in tl and linked:
        _earlier_value(r, linked)
    earlier = _among_the_hit(r, linked, parents) if "among" in tl or "includ" in tl else set()
    _read_parts(r, linked, parents)
    ts_to_index: dict[int, int] = {}
    owned_by_speaker: set[int] = set()
    for c in r.cands:
        if c.ts not in linked:
            continue
        k, metric, end = linked[c.ts]
        if metric == "captured" and any(
            r.low[j] in _RELEASE_VERBS for j in range(max(0, c.ts - 3), c.ts)
        ):
            # "brought home 75 soldiers held as prisoners", "freed 49 people who had been
            # held captive": a release or swap ends a captivity, it reports no new capture
            continue
        if metric == "captured" and r.in_custody(c, k):
            continue
        if _self_hurt(r.low, c, k):
            continue
        if metric == "wounded" and k < c.ts and _charged_with_killing(r, k):
            continue
        if metric == "casualties" and not (c.implicit and c.low == 1) and r.hurt_phrase(k):
            # "nine people were taken to hospital", "two officers sustained gunshot injuries",
            # "12 remain in serious condition": people counted alive and hurt are the wounded
            # (one person is left hit: "he was taken to hospital" tells of a victim who
            # often dies later in the story)
            metric = "killed" if "fatal" in " ".join(r.low[k:end]) else "wounded"
        party, subject = r.party_and_subject(c, end, k)
        if party is None and k > c.ts:
            # "1,200 casualties that Russian forces suffered": whose, from the relative clause
            party, subject = r.sufferer(end, subject)
        if metric == "captured" and subject == "unspecified" and r.abduction(c, k, end):
            # armies capture soldiers; people abducted, kidnapped or taken hostage with no word
            # for what they are ("abducted 40 people") are civilians
            subject = "civilian"
        if c.ts in toll_phrase:
            # "the number of Palestinian civilians killed rose to 57": the toll names them
            ps, pe = toll_phrase[c.ts]
            phrase = st.text[ps:pe]
            whose = _TOLL_OF.match(st.text, pe)
            if whose is not None:
                phrase += whose.group(0)  # "the toll of Naxalites rose to 31"
            if subject == "unspecified":
                subject = _subject_of(phrase.lower().split())
            if party is None:
                found = _parties_in(phrase)
                party = found[0][2] if found else None
        if subject == "unspecified" and party is not None and party in _GROUP_NAMES:
            subject = "militant"  # "the number of Maoists killed": an armed group's people
        # "Ukraine lost 140 servicemen", "had lost up to 490 troops killed and wounded": the
        # loser is the verb's subject, also when another word names what befell them
        lost = k if k < c.ts and r.low[k] == "lost" else r.lost_before(c)
        owner = r.loser(lost) if lost is not None else None
        if owner == "":
            owned_by_speaker.add(c.ts)  # "it said it had lost 12 soldiers": its own
        elif owner is not None and party is None:
            party = owner  # "Ukraine lost 140 servicemen", whoever reports it
        s_tok = min(c.ts, k)
        e_tok = max(c.te, end)
        cs = r.toks.starts[s_tok]
        ce = r.toks.ends[min(e_tok, r.n) - 1]
        if c.ts in toll_past and c.low is not None:
            # "pushed the toll past 300" reads as "more than 300" (the contract's 301/null)
            c = replace(c, low=c.low + 1, high=None, qualifier="more_than")
        ment = _Mention(
            metric=metric,
            low=c.low,
            high=c.high,
            qualifier=c.qualifier,
            span=(st.start + cs, st.start + ce),
            sent=si,
            evidence=(st.start, st.end),
            value_text=c.text,
            party=party,
            subject=subject,
            trigger=" ".join(r.toks.text[k : k + r.trig.get(k, ("", "", 1))[2]]),
        )
        if (
            metric == "killed"
            and c.qualifier in ("exact", "about")
            and not c.implicit
            and r.unconfirmed(k)
        ):
            # "between 10 and 15 soldiers were feared dead": the range stays, hedged
            ment.qualifier = "vague"
        ment.elided = 0 if c.ts in toll_linked else _elided(r, c, k)
        ment.subset_of_prev = c.ts in subset or c.ts in refers_back
        ment.refers_back = c.ts in refers_back
        ment.part_of_earlier = c.ts in earlier
        ment.by_speaker = (
            k < c.ts
            and c.ts not in owned_by_speaker
            and r.low[k] != "lost"
            and _by_speaker(r.low[max(0, k - 4) : k])
        )
        np_words = r.low[c.ts : max(c.te, k if k > c.ts else c.te + 4)]
        ment.headless = (
            not c.implicit
            and not any(
                w in PERSON_SING or w in PERSON_PLURAL or w in PARTY_NAMES_LOW_PLURAL
                for w in np_words
            )
            and (c.ts not in toll_phrase or subject == "unspecified")
        )
        if c.implicit and c.low == 1:
            ment.single = True
            first = r.low[c.ts]
            # only as the subject: in "he shot another man" the other is the shooter
            ordinal = first in ("a", "the") and c.te - c.ts > 1 and r.low[c.ts + 1] in _ORDINALS
            word = r.toks.text[c.ts]
            named = _is_cap(word) and first not in _NOT_A_NAME
            if named:
                ment.name_key = r.toks.text[c.te - 1]
            between = r.low[c.te : k]
            also_before = r.low[max(0, k - 5) : k]
            ment.additional = (
                (
                    k > c.ts
                    and (
                        first == "another"
                        # "the third officer to be (fatally) shot": a rank in a series, not one more
                        or (
                            ordinal and not any(w in ("to", "be") for w in r.low[max(0, k - 3) : k])
                        )
                        # "Jane Doe was also shot", "a woman was also wounded": one more person
                        or (
                            (named or first in ("a", "an"))
                            and "also" in between
                            and _ALSO_GAP.issuperset(between)
                            and r.low[k] in TRIGGERS
                        )
                    )
                )
                or (
                    # "the gunman also shot and killed a neighbour": one more person, as object
                    k < c.ts
                    and (named or first in ("a", "an"))
                    and "also" in also_before
                    and not _CLAUSE_BREAK.intersection(also_before)
                    and r.low[k] in TRIGGERS
                )
            )
            if ordinal and ment.additional:
                ment.ordinal = _ORDINAL_N[r.low[c.ts + 1]]
        ts_to_index[c.ts] = len(out)
        out.append(_Linked(ment, c.ts, r.possessive_owner(c) or c.ts in owned_by_speaker))
    parent_of: dict[int, _Linked] = {}  # id(child) -> parent
    for kid_ts, par_ts in parents.items():
        if kid_ts in ts_to_index and par_ts in ts_to_index:
            kid_m, par_m = out[ts_to_index[kid_ts]], out[ts_to_index[par_ts]]
            parent_of[id(kid_m)] = par_m
            armed = (kid_m.mention.subject, par_m.mention.subject)
            if armed in (("military", "militant"), ("militant", "military")):
                # "70 militants, including two commanders": a rank names no other side
                kid_m.mention.subject = par_m.mention.subject
    out = _coordinated_totals(out, coord_groups, ts_to_index, parent_of, st)
    index = {id(x): i for i, x in enumerate(out)}
    for i, x in enumerate(out):
        par = parent_of.get(id(x))
        if par is not None and id(par) in index:
            x.parent_local = index[id(par)] - i  # relative offset
    # explicit zeros (each pattern holds "no", "not" or "un-": most sentences skip them)
    zeros: list[_Linked] = []
    for rx in _ZERO_RES if _ZERO_HINT.search(tl) else ():
        for m in rx.finditer(st.text):
            w = m.group("w").lower()
            metric = _ZERO_METRIC.get(w, "wounded")
            if w == "casualties":
                metric = "casualties"
            ment = _Mention(
                metric=metric,
                low=0,
                high=0,
                qualifier="exact",
                span=(st.start + m.start(), st.start + m.end()),
                sent=si,
                evidence=(st.start, st.end),
                value_text=m.group(0),
                trigger=w,
            )
            # "no Ukrainian troops were killed": whose people, and what kind
            zp = _parties_in(m.group(0))
            ment.party = zp[0][2] if zp else None
            side = _SIDE.match(st.text, m.end() + 1) if ment.party is None else None
            if side is not None and side.group(1) in PARTY_NAMES:
                ment.party = PARTY_NAMES[side.group(1)]  # "no casualties on the Indian side"
            ment.subject = _subject_of(m.group(0).lower().split())
            zeros.append(_Linked(ment, _tok_at(r.toks, m.start()), False))
    if any(map(tl.__contains__, _SUICIDE_KEYS)):
        out = _suicides(r, st, si, out)
    if zeros:
        # a count read inside a negated phrase ("no one at the Walmart was injured": not
        # one Walmart) is not a count
        spans = [z.mention.span for z in zeros]
        out = [x for x in out if not any(a <= x.mention.span[0] < b for a, b in spans)]
    return out + zeros


def _suicides(r: _SentenceReader, st: _Sentence, si: int, out: list[_Linked]) -> list[_Linked]:
    """The shooter's own death ("then turned the gun on himself", "killed herself", "was found
    dead of a self-inflicted gunshot wound"): one dead person, flagged so that the article
    counts it on top of the people he shot (_count_additional). The death a verb already read
    ("killed himself") is flagged; a phrase no verb rule reads becomes a figure of its own."""
    tl = r.text_low
    spans = [(m.start(), m.end()) for m in _SUICIDE.finditer(tl)]
    spans += [(m.start(), m.end()) for m in _SELF_KILLED.finditer(tl)]
    self_inflicted = "self-inflicted" in tl
    for a, b in spans:
        hit = next(
            (
                x
                for x in out
                if x.mention.metric == "killed"
                and x.mention.low == 1
                and a <= x.mention.span[1] - st.start
                and x.mention.span[0] - st.start < b
            ),
            None,
        )
        if hit is not None:
            hit.mention.suicide = True
            continue
        ment = _Mention(
            metric="killed",
            low=1,
            high=1,
            qualifier="exact",
            span=(st.start + a, st.start + b),
            sent=si,
            evidence=(st.start, st.end),
            value_text=st.text[a:b],
            trigger=st.text[a:b],
        )
        ment.single = ment.suicide = True
        out.append(_Linked(ment, _tok_at(r.toks, a), False))
    if self_inflicted and not spans:
        for x in out:
            if x.mention.metric == "killed" and x.mention.single and x.mention.low == 1:
                x.mention.suicide = True  # "the suspect was found dead of a self-inflicted..."
    return out


_ELIDED_STOP = {"and", "or", "but", "while", "as", "when", "after", "before", "since", "during"}


# "two of them critically", "three of them in serious condition": how badly some of the people
# just counted as hurt are hurt
_SEVERITY_ADVERBS = frozenset({"critically", "seriously", "severely", "gravely", "badly"})
_CONDITION_WORDS = frozenset(
    {"a", "critical", "serious", "grave", "stable", "but", "and", "very", "life-threatening"}
)
_HURT_WORDS = frozenset({"injured", "wounded", "hurt"})
# a short place or time phrase between a total and its comma-led part ("killed 80 people in
# the province, 30 of them civilians")
_PART_GAP_PREPS = frozenset({"in", "across", "near", "around", "on", "at", "since", "during"})


def _condition_end(low: list[str], j: int) -> int:
    """The end of a "how badly hurt" phrase starting at token ``j`` ("critically", "seriously
    injured", "in critical condition", "were in a serious condition"), else -1."""
    n = len(low)
    if j < n and low[j] in ("were", "are", "remain", "remained"):
        j += 1
    if j < n and low[j] in _SEVERITY_ADVERBS:
        j += 1
        return j + 1 if j < n and low[j] in _HURT_WORDS else j
    if j < n and low[j] == "in":
        k = j + 1
        while k < n and k < j + 6 and low[k] in _CONDITION_WORDS:
            k += 1
        if k > j + 1 and k < n and low[k] in ("condition", "conditions"):
            return k + 1
    return -1


# "among the dead", "those injured included": people already counted, named by what befell them
_HIT_NOUN_METRIC = {
    "dead": "killed",
    "killed": "killed",
    "fatalities": "killed",
    "injured": "wounded",
    "wounded": "wounded",
}
_BE_FORMS = frozenset({"was", "were", "is", "are"})
_INCLUDE_FORMS = frozenset({"included", "include", "includes"})


def _parts_start(r: "_SentenceReader", k: int, lim: int) -> int:
    """The token after the verb that opens a list of parts ("were", "included"), looking past a
    short place or time phrase ("among the dead in the town were"), else -1."""
    while k < r.n and k < lim:
        w = r.low[k]
        if w in _BE_FORMS or w in _INCLUDE_FORMS:
            return k + 1
        if w in _CLAUSE_BREAK or w == "and" or k in r.trig:
            return -1
        if k in r.cand_at and not r.cand_at[k].implicit:
            return -1  # another count; a place name read as a person is none
        k += 1
    return -1


def _among_the_hit(
    r: "_SentenceReader", linked: dict[int, tuple[int, str, int]], parents: dict[int, int]
) -> set[int]:
    """ "Among the dead were four children and two women", "the dead included a nurse", "six
    soldiers were among the dead": parts of a total. With the total in the phrase ("among the
    22 dead were ...") they get it as their parent here; else they are returned, to be given
    the article's last total of their kind (_parts_of_earlier)."""
    earlier: set[int] = set()
    low = r.low
    for h in range(1, r.n):
        metric = _HIT_NOUN_METRIC.get(low[h])
        if metric is None:
            continue
        # "the dead", "those killed", "the 22 dead"
        total = next((c for c in r.cands if c.te == h and not c.implicit), None)
        d = total.ts - 1 if total is not None else h - 1
        if d < 0 or low[d] not in ("the", "those"):
            continue
        if d > 0 and low[d - 1] == "among":
            if d > 1 and low[d - 2] in _BE_FORMS:
                # "six soldiers were among the dead": the count just before the verb
                # ("five members of the local council were among the dead")
                before = [c for c in r.cands if c.ts < d - 2]
                one = next((c for c in reversed(before) if c.te == d - 2), None) or next(
                    (c for c in reversed(before) if not c.implicit), None
                )
                if one is None or (one.ts in linked and linked[one.ts][0] != h):
                    continue
                gap = low[one.te : d - 2]
                while gap and (gap[0] in PERSON_PLURAL or gap[0] in PARTY_NAMES_LOW_PLURAL):
                    gap = gap[1:]  # the count's own noun: "six soldiers"
                if (
                    not (one.implicit or r._np_ok(one))
                    or len(gap) > 6
                    or (gap and gap[0] != "of")
                    or any(w in _CLAUSE_BREAK or w in ("and", "that") for w in gap)
                ):
                    continue
                kids = [one]
            else:
                s = _parts_start(r, h + 1, h + 7)  # "among the dead (in the town) were"
                kids = _listed_parts(r, s) if s > 0 else []
        elif h + 1 < r.n and low[h + 1] in _INCLUDE_FORMS:
            kids = _listed_parts(r, h + 2)  # "the dead included"
        else:
            continue
        for o in kids:
            if o.ts in linked and linked[o.ts][0] != h:
                break
            if total is not None and total.low is not None and (o.low or 0) > total.low:
                break
            linked[o.ts] = (h, metric, h + 1)
            if total is not None:
                linked.setdefault(total.ts, (h, metric, h + 1))
                parents[o.ts] = total.ts
            else:
                earlier.add(o.ts)
    return earlier


def _listed_parts(r: "_SentenceReader", s: int) -> list[_Cand]:
    """The counts listed from token ``s``: "four children and two women"."""
    kids: list[_Cand] = []
    for o in r.cands:
        if o.ts < s:
            continue
        if not kids:
            if o.ts > s + 1 or not (o.implicit or r._np_ok(o)):
                break
        elif not _coordinated(r, kids[-1], o):
            break
        kids.append(o)
    return kids


def _parts_of_earlier(mentions: list[_Mention]) -> None:
    """ "A strike killed 12 people. Among the dead were four children": the part's total is
    the last figure of its kind given before it (at most three sentences back) that is at
    least as large; with none, the part stands as a figure of its own."""
    for i, m in enumerate(mentions):
        if not m.part_of_earlier or m.parent is not None or m.low is None:
            continue
        for j in range(i - 1, -1, -1):
            p = mentions[j]
            if p.sent < m.sent - 3:
                break
            if (
                p.kind != "casualty"
                or p.parent is not None
                or p.part_of_earlier
                or p.background != m.background
                or p.metric not in (m.metric, "casualties")
            ):
                continue
            big = p.low if p.low is not None else p.high
            if big is not None and big >= m.low:
                m.parent = j
                break


def _including_after(r: "_SentenceReader", k: int) -> int:
    """The "including" / "among" that opens the parts of a total whose words end at ``k``,
    else -1."""
    lim = k + 8
    # the total's noun phrase may run on: "five members of the same family, including"
    while k < r.n and k < lim and r.low[k] not in ("including", "among"):
        if r.low[k] in (".", ";") or k in r.trig:
            return -1
        if k in r.cand_at and not (r.low[k - 1] == "of" and r.cand_at[k].low == 1):
            return -1  # another count ("of one family" is still the total's noun phrase)
        k += 1
    return k if k < r.n and r.low[k] in ("including", "among") else -1


def _relative_link(r: "_SentenceReader", o: _Cand, linked: dict[int, tuple[int, str, int]]) -> bool:
    """ "including 23 soldiers who were treated at a base": the part was linked to the verb of
    its own relative clause, which tells no figure of its own."""
    k = linked[o.ts][0]
    return k > o.te and any(r.low[j] in ("who", "whom") for j in range(o.te, k))


def _read_parts(
    r: "_SentenceReader", linked: dict[int, tuple[int, str, int]], parents: dict[int, int]
) -> None:
    """The parts of a total read in the same sentence, once every total is linked (tolls too):
    "killed 12 people, including three children", "the toll rose to 40, including 9 women",
    "32 people were killed, 12 of them children", "22 were hurt, 9 of them critically"."""
    # "killed 12 people, including three children": the parts share their total's verb
    for c in r.cands:
        if c.ts not in linked or c.ts in parents:
            continue
        k = _including_after(r, c.te)
        if k < 0 and linked[c.ts][2] > c.te:
            # after a verb or toll that follows the count: "40 militants were killed in the
            # raid, including", "80 dead, including"
            k = _including_after(r, linked[c.ts][2])
        if k < 0:
            continue
        for kid in r.cands:
            if kid.ts <= k or kid.ts > k + 12:
                continue
            if kid.implicit and not (kid.ts == k + 1 and kid.low == 1):
                continue  # "including a child" names one part; later "a man" may not be one
            if (
                kid.ts in linked
                and linked[kid.ts] != linked[c.ts]
                # "including 23 soldiers who were treated": the part's own relative clause
                and not (
                    _relative_link(r, kid, linked)
                    and linked[kid.ts][1] in (linked[c.ts][1], "casualties")
                )
            ):
                break
            if not r._np_ok(kid) or (kid.low is not None and c.low is not None and kid.low > c.low):
                break
            linked[kid.ts] = linked[c.ts]
            parents[kid.ts] = c.ts
    # "killed 32 people, 12 of them children", "of the 40 dead, 15 were children": a part
    # named after a comma, as a "whom"/"them" partitive or a "were" + people noun
    for c in r.cands:
        if c.ts not in linked or c.ts in parents or c.implicit:
            continue
        comma = max(c.te, linked[c.ts][2])
        while comma < min(r.n, c.te + 3) and (
            r.low[comma] in PERSON_PLURAL or r.low[comma] in PARTY_NAMES_LOW_PLURAL
        ):
            comma += 1  # the total's own noun: "32 people", "9 Palestinians"
        gap = comma
        if comma < r.n and r.low[comma] in _PART_GAP_PREPS:
            # "killed 80 people in the province, 30 of them": only before a partitive
            while gap < r.n and gap < comma + 6 and r.low[gap] not in _CLAUSE_BREAK:
                if gap in r.cand_at or gap in r.trig or r.low[gap] == "and":
                    break
                gap += 1
        o = r.cand_at.get(gap + 1)
        if gap >= r.n or r.low[gap] != "," or o is None or o.implicit:
            continue
        if o.low is None or c.low is None or o.low > c.low:
            continue
        j = o.te
        partitive = j + 1 < r.n and r.low[j] == "of" and r.low[j + 1] in ("them", "whom")
        if gap > comma and not partitive:
            continue
        if partitive:
            j += 2
        hurt = linked[c.ts][1] in ("wounded", "casualties")
        cond = _condition_end(r.low, j) if partitive and hurt else -1
        if o.ts in linked:
            # "two of them in critical condition" was read as hurt on its own
            if cond < 0 or linked[o.ts][1] not in ("wounded", "casualties"):
                continue
            if not o.te <= linked[o.ts][0] < cond:
                continue
        if cond >= 0:
            j = cond
        else:
            if j < r.n and r.low[j] in ("were", "are", "was"):
                j += 1
            if j == o.te or j >= r.n or r.low[j] not in PERSON_PLURAL:
                continue
            j += 1
        if j < r.n and r.low[j] not in _BREAKDOWN_END:
            continue
        linked[o.ts] = linked[c.ts]
        parents[o.ts] = c.ts


def _elided(r: "_SentenceReader", c: _Cand, k: int) -> int:
    """Whether the count's noun is left out (see ``_Mention.elided``): nothing but "others" /
    "more" (and auxiliaries) between the count and its verb ("seven were injured"), or after
    the count that follows its verb ("wounded 41 in the capital", "injuring dozens more")."""
    if c.implicit:
        return 0
    low = r.low
    more = 0
    if k >= c.te:
        if r.trig.get(k, ("", "", 1))[1] == "N":
            return 0  # "20 deaths": the verb is itself the noun
        for w in low[c.te : k]:
            if w in _MORE_WORDS:
                more = 1
            elif not (w in _AUX or w in _QUOTES or (w.endswith("ly") and len(w) > 4)):
                return 0
        return 1 + more
    j = c.te
    while j < r.n and low[j] in _MORE_WORDS:
        more = 1
        j += 1
    if j < r.n and low[j][:1].isalpha() and low[j] not in _PREPS and low[j] not in _ELIDED_STOP:
        return 0  # "killed 16 people", "wounded 41 Yemeni soldiers"
    return 1 + more


_NP_MODS = {
    "more",
    "other",
    "others",
    "civilian",
    "military",
    "security",
    "border",
    "police",
    "army",
    "young",
    "old",
    "elderly",
    "local",
    "foreign",
    "male",
    "female",
    "armed",
    "unarmed",
}
_COORD_GAP = {"and", ",", "as", "well", "plus", "along", "with", "together"}


def _coordinated(r: "_SentenceReader", a: _Cand, b: _Cand) -> bool:
    """``b`` is joined to ``a`` by "and" / "," / "as well as" after ``a``'s noun phrase, which
    may end in a short phrase of where or whose ("1,200 people in Lebanon and 158 Israelis",
    "28 fighters from the Turkish-backed SNA and six members of the SDF")."""
    if b.ts - a.te > 12:
        return False
    # a comma alone is an apposition ("Jane Doe, a 24-year-old woman,"), not a second person
    joined = False
    prev = ""
    for i in range(a.te, b.ts):
        w = r.low[i]
        if w in _COORD_GAP:
            if w in ("and", "plus") or (w == "with" and prev in ("along", "together")):
                joined = True
            elif w == "with":
                return False
            prev = w
            continue
        if joined and _AGE_NOUN.match(w):
            continue  # "... and 16-year-old Jane Doe": the age opens the second person
        if joined and i == b.ts - 1 and w in _POSSESSIVE_DET:
            continue  # "a man and his two sons": the count after the possessive
        # only the first people's noun phrase may sit between the two
        if joined or not (
            w in PERSON_SING
            or w in PERSON_PLURAL
            or w in _NP_MODS
            or w in ("'s", "of", "the", "(", ")")
            or _is_cap(r.toks.text[i])
            or (w in _WHERE_WHOSE and i + 1 < b.ts and _is_cap(r.toks.text[i + 1]))
            or (w in _WHERE_WHOSE and i + 2 < b.ts and r.low[i + 1] == "the")
            or w.endswith(("-backed", "-led", "-linked", "-aligned", "-allied"))
        ):
            return False
        prev = w
    return joined


_WHERE_WHOSE = {"in", "from", "near", "inside", "across", "at", "of"}


def _object_coordinated(r: "_SentenceReader", a: _Cand, b: _Cand) -> bool:
    """As ``_coordinated``, for objects of one verb: "killed a man and a woman"."""
    if b.implicit and b.low == 2:
        return False  # "... and both suspects fled": a new clause
    if r.low[b.ts] in _PRONOUN_SING:
        return False  # "glass cut him and he drove off": a subject, so a new clause
    nxt = r.low[b.te] if b.te < r.n else ""
    return nxt not in _AUX and _coordinated(r, a, b)


def _coordinated_totals(
    out: list[_Linked],
    groups: list[list[int]],
    ts_to_index: dict[int, int],
    parent_of: dict[int, _Linked],
    st: _Sentence,
) -> list[_Linked]:
    """People joined by "and" under one verb are added up: "a man and a woman were shot" is
    2; "two soldiers and three civilians were killed" is a total of 5 with its two parts as
    a breakdown."""
    drop: set[int] = set()
    before: dict[int, _Linked] = {}  # id(first member) -> total to insert before it
    for g in groups:
        members = [out[ts_to_index[t]] for t in g if t in ts_to_index]
        if len(members) < 2 or any(id(m) in parent_of or id(m) in drop for m in members):
            continue
        ms = [m.mention for m in members]
        if len({m.metric for m in ms}) != 1 or any(m.low is None for m in ms):
            continue
        if any(m.qualifier not in ("exact", "at_least", "more_than", "about") for m in ms):
            continue
        low = sum(m.low or 0.0 for m in ms)  # none is None: checked above
        exact = all(m.high == m.low for m in ms)
        first = ms[0]
        span = (min(m.span[0] for m in ms), max(m.span[1] for m in ms))
        subjects = {m.subject for m in ms}
        parties = {m.party for m in ms}
        total = _Mention(
            metric=first.metric,
            low=low,
            high=low if exact else None,
            qualifier="exact" if exact else "at_least",
            span=span,
            sent=first.sent,
            evidence=first.evidence,
            value_text=st.text[span[0] - st.start : span[1] - st.start],
            party=parties.pop() if len(parties) == 1 else None,
            subject=subjects.pop() if len(subjects) == 1 else "unspecified",
            trigger=first.trigger,
            mixed_sides=len(parties) > 1,
        )
        if all(m.low == 1 and m.high == 1 for m in ms):
            # separate single people: the total alone, no breakdown of ones
            members[0].mention = total
            drop.update(id(m) for m in members[1:])
            continue
        lk = _Linked(total, members[0].pos, members[0].owned)
        before[id(members[0])] = lk
        for m in members:
            parent_of[id(m)] = lk
    res: list[_Linked] = []
    for x in out:
        if id(x) in drop:
            continue
        if id(x) in before:
            res.append(before[id(x)])
        res.append(x)
    return res


_SPEAKER_AGENT = {"it", "they", "we", "its", "our"}


def _by_speaker(before: list[str]) -> bool:
    """The words before an active casualty verb name the speaker as the doer: "it had",
    "its forces", "we", "claimed to have"."""
    if not before:
        return False
    if before[-2:] == ["to", "have"] or before[-1:] == ["having"]:
        return True
    return any(w in _SPEAKER_AGENT for w in before)


def _fix_parents(mentions: list[_Mention], start: int = 0) -> None:
    """Turn relative parent offsets (set while reading a sentence) into absolute indices,
    for the mentions from ``start`` on (earlier ones are already absolute)."""
    for i in range(start, len(mentions)):
        m = mentions[i]
        if m.parent is not None and m.parent < 0 and i + m.parent >= 0:
            m.parent = i + m.parent
        elif m.parent is not None and m.parent >= 0 and m.parent >= i:
            m.parent = None


class _Lazy:
    """A value computed on first use (most articles never need it)."""

    __slots__ = ("_fn", "_done", "_value")

    def __init__(self, fn):
        self._fn = fn
        self._done = False
        self._value = None

    def get(self):
        if not self._done:
            self._value = self._fn()
            self._done = True
        return self._value


def _latest_year(body: str) -> int | None:
    years = [int(y) for y in _YEAR_RE.findall(body)]
    return max(years) if years else None


def _dated_before(text: str, published: date | None) -> int | None:
    """Where a date of an earlier event stands in the sentence: a month other than the
    article's ("In June, an attack killed 100"), "last November", or a day over two weeks
    before the article ("abducted on October 7" in a February paper); None if none. Not in
    a sentence that also gives the news's own time ("on Monday", "today")."""
    if published is None and "ast " not in text and "ince " not in text:
        return None  # without the article's date only "last November" is read
    if _NEWS_TIME.search(text):
        return None
    for m in _MONTH_ONLY_RE.finditer(text):
        if m.group("pre").lower() == "last" or (
            # "since October" with no date to the article: a tally of months
            published is None and m.group("pre").lower() == "since"
        ):
            return m.start()
        if published is None:
            continue
        month = _MONTHS[m.group("m")[:3].lower()]
        year = int(m.group("y")) if m.group("y") else None
        if (year is None and month != published.month) or (
            year is not None and (year, month) < (published.year, published.month)
        ):
            return m.start()
    if published is None:
        return None
    # "killed since October 7" in a July paper: a tally of the months since
    for ref in _dates_in(text, since="ince " in text):
        if ref.day is None:
            continue
        when, _, _ = _resolve_date(ref, published)
        if when is not None and (published - when).days > _OLD_DAY:
            return ref.cs
    return None


def _background_from(
    text: str, ref_year, published: date | None = None, lead: bool = False
) -> int | None:
    """Where in the sentence the figures about another or earlier event begin: 0 for the
    whole sentence, an offset when only what follows a comparison ("the deadliest since
    2014, when ...", "days after a similar attack ...") is about that event; None if none.
    ``lead``: the article's first figure, whose month or day names its own event."""
    at = None if lead or not _MONTH_HINT.search(text) else _dated_before(text, published)
    low = text.lower()
    if at is None and not _BACKGROUND_HINT.search(low):
        return None
    start: int | None = None
    if at is not None:
        if not _SUPERLATIVE_BEFORE.search(text, 0, at):
            return 0
        start = at
    ys = _YEAR_SUBJECT.match(text)
    if ys is not None:
        if isinstance(ref_year, _Lazy):
            ref_year = ref_year.get()
        if ref_year is not None and int(ys.group("y")) < ref_year:
            return 0
    for m in scan(_BACKGROUND_START, _BACKGROUND_RE, text):
        if m.group("recent") and (
            # "held in Kursk, where troops crossed the border last week": the relative
            # clause's own time, not the figure's
            lead or _WHERE_CLAUSE.search(text, 0, m.start())
        ):
            continue
        y = m.group("y") or m.group("y2")
        if y is not None:
            year = int(y)
            if isinstance(ref_year, _Lazy):
                ref_year = ref_year.get()
            if ref_year is not None and year >= ref_year:
                continue
        if m.group("after") or _SUPERLATIVE_BEFORE.search(text, 0, m.start()):
            pos = m.start()
        else:
            pos = _tally_start(text, m.start())
            if pos == 0:
                return 0
        start = pos if start is None else min(start, pos)
    for rx, gates, where in _BACKGROUND_MORE:
        if not any(map(low.__contains__, gates)):
            continue
        for m in rx.finditer(text):
            if start is not None and m.start() >= start:
                break  # already inside the other event's part ("days after a similar ...")
            pos = m.start()
            if where == "superlative" and not _SUPERLATIVE_BEFORE.search(text, 0, m.start()):
                continue
            if where == "all" or (
                where == "dated"
                and not (
                    _SUPERLATIVE_BEFORE.search(text, 0, m.start())
                    or _ORDINAL_BEFORE.search(text, 0, m.start())
                    # "three were shot on Monday, and shootings are up this year": the day's own
                    or _NEWS_TIME.search(text, 0, m.start())
                )
            ):
                pos = _tally_start(text, m.start())
                if pos == 0:
                    return 0
            start = pos if start is None else min(start, pos)
            break
    return start


def _read_territory(st: _Sentence, r: _SentenceReader) -> list[tuple[_Mention, int]]:
    out: list[tuple[_Mention, int]] = []
    if not _TERRITORY_CONTEXT.search(st.text):
        return out
    from pipeline.core.numbers import parse_number

    for m in _TERRITORY_RE.finditer(st.text):
        raw = m.group("num")
        val = parse_number(raw)
        if val is None:
            # word numbers: keep the trailing number word only ("of some ten")
            parts = re.split(r"[\s-]+", raw)
            val = parse_number(parts[-1]) if parts else None
            if val is None:
                continue
        unit = m.group("unit").lower()
        factor = 1.0
        for key, f in _UNIT_KM2.items():
            if key in unit:
                factor = f
                if key == "km" or key == "kilomet":
                    break
        if "mi" in unit and "km" not in unit and "kilomet" not in unit:
            factor = _UNIT_KM2["mi"]
        km2 = whole(round(float(val) * factor, 3))
        before = st.text[max(0, m.start() - 25) : m.start()].lower()
        qualifier = "exact"
        low: float | None = km2
        high: float | None = km2
        for word, q in (
            ("more than", "more_than"),
            ("over", "more_than"),
            ("at least", "at_least"),
            ("about", "about"),
            ("around", "about"),
            ("some", "about"),
            ("nearly", "almost"),
            ("almost", "almost"),
            ("up to", "up_to"),
        ):
            if before.rstrip().endswith(word):
                qualifier = q
                if q in ("more_than", "at_least"):
                    high = None
                elif q == "up_to":
                    low = None
                break
        # whose territory: the party named nearest "territory"/"land", else after the figure
        tail = st.text[m.end() :]
        party = None
        for pm in re.finditer(
            r"(?:of|on|inside|into|in)\s+([A-Z][\w-]+)(?:['’]s)?\b|"
            r"([A-Z][\w-]+)(?:['’]s)?\s+(?:\w+\s+)?(?:territory|land|soil)",
            tail,
        ):
            name = pm.group(1) or pm.group(2)
            if name in PARTY_NAMES or name in CAPITALS:
                party = PARTY_NAMES.get(name) or CAPITALS.get(name)
                break
        start = st.start + m.start()
        end = st.start + (m.end("unit") if m.group("conv") else m.end())
        ment = _Mention(
            metric="area_km2",
            low=low,
            high=high,
            qualifier=qualifier,
            span=(start, end),
            sent=0,
            evidence=(st.start, st.end),
            value_text=m.group(0).strip(),
            party=party,
            kind="territory",
            trigger="territory",
        )
        out.append((ment, _tok_at(r.toks, m.start())))
    return out


def _read_ceasefire(
    article: Article,
    st: _Sentence,
    toks: _Tokens,
    speakers: list[_Speaker],
    dates: list[_DateRef],
    published: date | None,
) -> Event | None:
    m = _CEASEFIRE_RE.search(st.text)
    if m is None or re.search(r"\bsince the\s+$", st.text[max(0, m.start() - 12) : m.start()]):
        return None
    day: date | None = None
    weekday: int | None = None
    for d in dates:
        resolved, _src, wd = _resolve_date(d, published)
        if resolved is not None:
            day = resolved
            break
        if wd is not None and weekday is None:
            weekday = wd
    local: tuple[int, int] | None = None
    utc: tuple[int, int] | None = None
    for cm in _CLOCK_RE.finditer(st.text):
        if cm.group("tz"):
            utc = (int(cm.group("h24")), int(cm.group("m24")))
        else:
            h = int(cm.group("h"))
            mi = int(cm.group("m") or 0)
            ap = cm.group("ap").lower()
            if h > 12 or mi > 59:
                continue
            if ap.startswith("p") and h < 12:
                h += 12
            if ap.startswith("a") and h == 12:
                h = 0
            local = (h, mi)
    occurred_at = None
    if day is not None and local is not None and utc is not None:
        offset = ((local[0] * 60 + local[1]) - (utc[0] * 60 + utc[1])) % (24 * 60)
        if offset > 14 * 60:
            offset -= 24 * 60
        tz = timezone(timedelta(minutes=offset))
        occurred_at = datetime.combine(day, time(local[0], local[1]), tzinfo=tz)
    elif day is not None and utc is not None:
        occurred_at = datetime.combine(day, time(utc[0], utc[1]), tzinfo=UTC)
    clock = None
    if local is not None and utc is not None:
        off = ((local[0] * 60 + local[1]) - (utc[0] * 60 + utc[1])) % (24 * 60)
        if off > 14 * 60:
            off -= 24 * 60
        sign = "+" if off >= 0 else "-"
        clock = f"{local[0]:02d}:{local[1]:02d}{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d}"
    elif utc is not None:
        clock = f"{utc[0]:02d}:{utc[1]:02d}+00:00"
    elif local is not None:
        clock = f"{local[0]:02d}:{local[1]:02d}"
    claimant = speakers[0].claimant if speakers else None
    eid = hashlib.sha1(f"{article.article_id}|ceasefire|{st.start}".encode()).hexdigest()[:16]
    ev = Event(
        event_id=eid,
        article_id=article.article_id,
        kind="ceasefire",
        evidence=st.text,
        span_start=st.start,
        span_end=st.end,
        occurred_at=occurred_at,
        occurred_on=day if occurred_at is None else occurred_at.date(),
        claimant=claimant,
        occurred_weekday=weekday if day is None else day.weekday(),
        occurred_clock=clock,
        said_on=published,
        extractor_version=EXTRACTOR_VERSION,
    )
    return ev


def _dedupe_events(events: list[Event]) -> list[Event]:
    """One ceasefire per day: the first report with an announcer, completed with the most
    precise time any report of that day gives."""
    if not events:
        return events
    dated = [e for e in events if e.occurred_at or e.occurred_on or e.occurred_weekday is not None]
    if not dated:
        with_claimant = [e for e in events if e.claimant]
        return [(with_claimant or events)[0]]
    groups: dict = {}
    for e in sorted(dated, key=lambda e: e.span_start):
        key = e.occurred_on if e.occurred_on is not None else ("weekday", e.occurred_weekday)
        groups.setdefault(key, []).append(e)
    out = []
    for evs in groups.values():
        base = next((e for e in evs if e.claimant), evs[0])
        for e in evs:
            if base.occurred_at is None and e.occurred_at is not None:
                base.occurred_at = e.occurred_at
            if base.occurred_clock is None and e.occurred_clock is not None:
                base.occurred_clock = e.occurred_clock
        out.append(base)
    return sorted(out, key=lambda e: e.span_start)


# --- one claim per figure ------------------------------------------------------------------


def _said_rank(m: _Mention) -> int:
    if m.said_on_source == "explicit":
        return 3
    if m.said_weekday is not None or m.said_on_source == "weekday":
        return 2
    return 1 if m.said_on_source == "published" else 0


def _score(m: _Mention) -> tuple:
    return (
        not m.virtual,
        m.claimant is not None,
        m.claimant is not None and (" " in m.claimant or "Ministry" in m.claimant),
        _said_rank(m),
        m.qualifier == "exact",
        m.party is not None,
        -m.span[0],
    )


def _inherit_elided(mentions: list[_Mention], body: str) -> None:
    """A count whose noun is left out counts the people of the figure before it: "five police
    officers were killed and seven injured" (seven police officers), "killed two Ukrainian
    soldiers and wounded four" (four Ukrainian soldiers); "22 others were wounded" also
    across a sentence break. It takes their kind of people and side, unless another side is
    named in between ("... killed 20 Palestinians, and Hamas rockets wounded three")."""
    for i, m in enumerate(mentions):
        if not m.elided or m.kind != "casualty" or m.parent is not None:
            continue
        ante: _Mention | None = None
        for a in reversed(mentions[:i]):
            if a.sent != m.sent and (m.elided < 2 or a.sent < m.sent - 1 or ante is not None):
                break
            if a.kind != "casualty" or a.parent is not None or (a.low == 0 and a.high == 0):
                continue
            ante = a
            break
        if (
            ante is None
            or ante.background != m.background
            or ante.mixed_sides
            or ante.virtual != m.virtual
            or (ante.single and m.elided < 2)
        ):
            continue
        if not m.virtual and ante.span[1] <= m.span[0]:
            between = {p for _s, _e, p in _parties_in(body[ante.span[1] : m.span[0]])}
            if between - {ante.party}:
                continue
        if m.subject == "unspecified":
            m.subject = ante.subject
        if m.party is None:
            m.party = ante.party
        if ante.sent == m.sent:
            m.by_speaker = m.by_speaker or ante.by_speaker


def _inherit_subject(mentions: list[_Mention]) -> None:
    known = [
        m
        for m in mentions
        if m.kind == "casualty" and not m.background and m.subject != "unspecified"
    ]
    if not known:
        return
    everyone = {m.subject for m in known}
    for m in mentions:
        if m.kind != "casualty" or m.subject != "unspecified" or not m.headless:
            continue
        if m.party is None or m.background:
            continue
        own = {k.subject for k in known if k.party == m.party}
        if len(own) == 1:
            m.subject = own.pop()
        elif not own and len(everyone) == 1:
            m.subject = next(iter(everyone))


# a toll that moved: "rose to", "has climbed to", "reached", "now stands at", near a count
_UPDATE_WORDS = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|reached|reaches|jumped|increased|"
    r"raised|raising|revised|now\s+stands|up\s+from)\b",
    re.IGNORECASE,
)


def _merge(
    article: Article, mentions: list[_Mention], body: str, sents: list[_Sentence]
) -> list[Claim]:
    if not mentions:
        return []
    # children inherit their parent's side
    for m in mentions:
        if m.parent is not None and 0 <= m.parent < len(mentions):
            p = mentions[m.parent]
            if p.party is None and m.party is not None and not p.mixed_sides:
                p.party = m.party
    kid_subjects: dict[int, set[str]] = {}
    for m in mentions:
        if m.parent is not None and 0 <= m.parent < len(mentions):
            p = mentions[m.parent]
            if m.party is None and not p.mixed_sides:
                m.party = p.party
            if m.subject == "unspecified" and m.headless and not p.headless:
                # "twelve soldiers were wounded, two of them seriously": the part is of
                # the people its whole names
                m.subject = p.subject
            kid_subjects.setdefault(m.parent, set()).add(m.subject)
    for pi, subjects in kid_subjects.items():
        # a total takes its parts' kind of people only when they all agree
        if mentions[pi].subject == "unspecified" and mentions[pi].headless and len(subjects) == 1:
            mentions[pi].subject = next(iter(subjects))
    groups: dict[tuple, list[int]] = {}
    order: list[tuple] = []
    for i, m in enumerate(mentions):
        key = (
            m.kind,
            m.metric,
            m.party,
            m.subject,
            # (a count is an int however it was computed: the compiled build does sums and
            # "past 300" -> 301 in floats, and a claim's id is made from its number's text)
            whole(m.low),
            whole(m.high),
            m.background,
            m.parent is not None,
        )
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(i)

    def exact(key: tuple) -> bool:
        return key[4] is not None and key[4] == key[5]

    def in_headline(m: _Mention) -> bool:
        if m.virtual:
            return True
        st = sents[m.sent]
        return st.line_no == 0 and st.text.rstrip()[-1:] not in ".!?\"”’')"

    def title_only(key: tuple) -> bool:
        return all(in_headline(mentions[i]) for i in groups[key])

    def same_statement(hedged: tuple, exact_key: tuple) -> bool:
        """ "More than 60 soldiers have been killed, the minister said" and "the minister
        said 64 had been killed": one speaker's one figure, rounded once, unless either is a toll
        that moved ("rose to 36") or more people ("dozens more")."""
        hm = [mentions[i] for i in groups[hedged]]
        em = [mentions[i] for i in groups[exact_key]]
        if hedged[7] or any(m.qualifier == "vague" for m in hm):
            return False  # a part of another figure, or no figure one could round
        low, value = hedged[4], exact_key[4]
        if low is not None and value > max(low * 1.2, low + 2):
            return False  # "at least two" of "6 of the injured" is not 6 rounded
        said = {m.claimant for m in hm} & {m.claimant for m in em}
        if not said - {None}:
            return False
        return not any(
            m.elided == 2
            or m.additional
            or _UPDATE_WORDS.search(body, max(0, m.span[0] - 60), m.span[1])
            for m in hm + em
        )

    merged_into: dict[tuple, tuple] = {}
    # hedged or vague mentions join an exact figure they agree with when one of the two is
    # the headline's: its rounding ("More than 30 killed") covers the body's 32, its bare
    # "kills 32" the body's "at least 32"; or when one speaker gives both (same_statement).
    # Otherwise they are two figures: "dozens more were injured" and "the number of wounded
    # reached 43", "at least 31 were killed" and a later "the toll rose to 36"
    for key in order:
        kind, metric, party, subject, low, high, bg, child = key
        if exact(key):
            continue
        if low == 0 and high == 0:
            continue
        headline = title_only(key)
        targets = [
            k
            for k in order
            if k != key
            and exact(k)
            and k[0] == kind
            and k[1] == metric
            and k[2] == party
            and k[3] == subject
            and k[6] == bg
            and not k[7]
            and k[4] != 0
            and (low is None or k[4] >= low)
            and (high is None or k[4] <= high)
            and (headline or (k[4] == low and title_only(k)) or same_statement(key, k))
        ]
        if not targets:
            continue
        target = max(targets, key=lambda k: k[4])
        if not headline and title_only(target) and target not in merged_into:
            # a headline's bare "kills 32" of the body's "at least 32": the body's hedge holds
            merged_into[target] = key
        else:
            merged_into[key] = target

    def join_the_one(
        joins: Callable[[tuple], bool],
        fits: Callable[[tuple, tuple], bool],
        which: Callable[[tuple], object],
    ) -> None:
        """Each figure ``joins`` picks (not a part, not a zero) joins the top-level figure of
        its kind, metric and background that it ``fits``, when those it fits are all one
        (``which`` tells them apart)."""
        for key in order:
            if key in merged_into or key[7] or (key[4] == 0 and key[5] == 0) or not joins(key):
                continue
            targets = [
                k
                for k in order
                if k != key
                and k not in merged_into
                and k[0] == key[0]
                and k[1] == key[1]
                and k[6] == key[6]
                and not k[7]
                and fits(key, k)
            ]
            if len({which(k) for k in targets}) == 1:
                merged_into[key] = targets[0]

    # a figure of no named side joins the one named figure with the same value
    join_the_one(
        lambda key: key[2] is None,
        lambda key, k: (
            k[2] is not None
            and (k[4], k[5]) == (key[4], key[5])
            and (key[3] == "unspecified" or k[3] == key[3])
        ),
        lambda k: k[2],
    )
    # a headline's figure says less than the body's: "Drones kill three" is the body's "killed
    # three civilians", "kills at least 31" its "killed at least 31 civilians"
    join_the_one(
        lambda key: key[3] == "unspecified" and title_only(key),
        lambda key, k: (
            not title_only(k)
            and (key[2] is None or k[2] == key[2])
            and (
                (k[4], k[5]) == (key[4], key[5])
                or (
                    exact(k)
                    and (key[4] is None or k[4] >= key[4])
                    and (key[5] is None or k[4] <= key[5])
                )
                or (exact(key) and k[4] == key[4])
            )
        ),
        lambda k: (k[2], k[3]),
    )
    # "casualties" that repeat a killed (or wounded) figure are that figure
    for key in order:
        if key in merged_into or key[1] != "casualties" or key[7]:
            continue
        kind, metric, party, subject, low, high, bg, child = key
        if low == 0 and high == 0:
            continue
        for target_metric in ("killed", "wounded"):
            targets = [
                k
                for k in order
                if k != key
                and k[1] == target_metric
                and k[4] == low
                and k[5] == high
                and k[6] == bg
                and not k[7]
                and (party is None or k[2] in (party, None))
                and k not in merged_into
            ]
            if targets:
                named = [k for k in targets if k[2] is not None]
                merged_into[key] = (named or targets)[0]
                break

    def root(key: tuple) -> tuple:
        seen = set()
        while key in merged_into and key not in seen:
            seen.add(key)
            key = merged_into[key]
        return key

    final: dict[tuple, list[int]] = {}
    for key in order:
        final.setdefault(root(key), []).extend(groups[key])

    claims: list[Claim] = []
    used_ids: set[str] = set()
    claim_of_mention: dict[int, Claim] = {}
    for key, idxs in final.items():
        kind, metric, party, subject, low, high, bg, child = key
        ms = [mentions[i] for i in idxs]
        own = [m for m in ms if m.metric == metric and m.low == low and m.high == high] or ms
        best = max(own, key=_score)
        best_claimant = best
        said = best_claimant
        for m in ms:
            if m.claimant == best_claimant.claimant and _said_rank(m) > _said_rank(said):
                said = m
        spans = sorted({m.span for m in ms if not m.virtual})
        ev = best.evidence
        claim_id = _claim_id(
            article.article_id, kind, metric, party, subject, low, high, best.span[0]
        )
        salt = 0
        while claim_id in used_ids:
            # two figures alike but for background / breakdown (a title's figure has no span
            # of its own): the later one gets an id of its own
            salt += 1
            claim_id = _claim_id(article.article_id, kind, metric, party, subject, low, high, -salt)
        used_ids.add(claim_id)
        c = Claim(
            claim_id=claim_id,
            article_id=article.article_id,
            kind=kind,
            metric=metric,
            low=low,
            high=high,
            qualifier=best.qualifier,
            evidence=(best.evidence_text or "") if best.virtual else body[ev[0] : ev[1]],
            span_start=best.span[0],
            span_end=best.span[1],
            party=party,
            party_source=None
            if party is None
            else "place"
            if all(m.party_from_place for m in ms if m.party == party)
            else "text",
            subject=subject,
            claimant=best_claimant.claimant,
            claimant_party=best_claimant.claimant_party,
            said_on=said.said_on,
            said_on_source=said.said_on_source,
            said_weekday=said.said_weekday,
            is_background=bg,
            n_mentions=len(spans) + sum(1 for m in ms if m.virtual),
            mention_spans=[[s, e] for s, e in spans],
            value_text=best.value_text,
            extractor_version=EXTRACTOR_VERSION,
        )
        claims.append(c)
        for i in idxs:
            claim_of_mention[i] = c
    for i, m in enumerate(mentions):
        if m.parent is not None and i in claim_of_mention and m.parent in claim_of_mention:
            child_claim = claim_of_mention[i]
            parent_claim = claim_of_mention[m.parent]
            if child_claim is not parent_claim:
                child_claim.parent_claim_id = parent_claim.claim_id
    claims.sort(key=lambda c: (c.span_start, c.metric))
    return claims
