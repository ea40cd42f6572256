import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core import numbers
from pipeline.core.numbers import VagueAmounts, find_quantities, parse_number


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.low, q.high, q.qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200),
        ("63", 63),
        ("Eighty-four", 84),
        ("thirty six", 36),
        ("a dozen", 12),
        ("three hundred", 300),
        ("two hundred and twelve", 212),
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("2.5 million", 2_500_000),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_rejects_non_numbers():
    assert parse_number("several") is None
    assert parse_number("") is None
    assert parse_number("two three") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eighty-four marines", (84, 84, "exact")),
        ("more than 300 villagers", (301, None, "more_than")),
        ("over 40 civilians", (41, None, "more_than")),
        ("nearly 200 fighters", (180, 199, "almost")),
        ("almost 100 people", (90, 99, "almost")),
        ("around 60 residents", (60, 60, "about")),
        ("some 12 miners", (12, 12, "about")),
        ("at least 17 pilgrims", (17, None, "at_least")),
        ("up to 35 people", (None, 35, "up_to")),
        ("between 20 and 25 rebels", (20, 25, "about")),
        ("12 to 14 sailors", (12, 14, "about")),
        ("three or four guards", (3, 4, "about")),
        ("dozens of protesters", (24, None, "vague")),
        ("scores of worshippers", (24, None, "vague")),
        ("several policemen", (3, None, "vague")),
        ("a few villagers", (3, None, "vague")),
        ("hundreds of migrants", (200, None, "vague")),
        ("40 or more students", (40, None, "at_least")),
        # the hedge's own adverb is part of it (the verb before the count stays next to it)
        ("well over 2,000 soldiers", (2001, None, "more_than")),
        ("just over 50 miners", (51, None, "more_than")),
        ("slightly more than 80 pupils", (81, None, "more_than")),
    ],
)
def test_hedges_and_ranges(text, expected):
    assert one(text) == expected


def test_vague_amounts_are_configurable():
    vague = VagueAmounts(dozens=36, several=4)
    assert find_quantities("dozens of guards", vague)[0].low == 36
    assert find_quantities("several guards", vague)[0].low == 4


@pytest.mark.parametrize(
    "text",
    [
        "the offensive of 1994",
        "at 6 am (0300 GMT)",
        "at 11:45 p.m.",
        "on March 3",
        "on 3 March",
        "a 19-year-old student",
        "aged 44",
        "Maria Lopez, 31, was",
        "a fifth victim",
        "a $4,000 reward",
        "15 km south",
        "a 7.62mm rifle",
        "a .22-caliber pistol",
        "call 555-201-7788",
        "turnout was 62%",
        "the 1980s",
        "Highway 9",
        "the 2300 block",
    ],
)
def test_non_counts_are_left_out(text):
    assert find_quantities(text) == []


def test_spans_point_at_the_phrase():
    text = "Officials said at least 17 pilgrims died."
    q = find_quantities(text)[0]
    assert text[q.start : q.end] == "at least 17"


# --- added with extractor 0.2.0: invented phrases from several conflicts -------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("forty two fighters", 42, 42, "exact"),
        ("Sixty-three villagers", 63, 63, "exact"),
        ("a dozen herders", 12, 12, "exact"),
        ("two hundred displaced people", 200, 200, "exact"),
        ("3,450 soldiers", 3450, 3450, "exact"),
        ("between 20 and 25 rebels", 20, 25, "about"),
        ("20 to 25 rebels", 20, 25, "about"),
        ("nearly 100 civilians", 90, 99, "almost"),
        ("some 30 miners", 30, 30, "about"),
        ("up to 20 fishermen", None, 20, "up_to"),
        ("scores of protesters", 24, None, "vague"),
        ("a few guards", 3, None, "vague"),
        ("hundreds of families", 200, None, "vague"),
        ("over 70 police officers", 71, None, "more_than"),
    ],
)
def test_counts_as_written(text, low, high, qualifier):
    q = find_quantities(text)[0]
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "the offensive began in 2022",
        "the strike hit at 4 pm local time",
        "on March 3 the convoy left",
        "a 25-year-old medic",
        "the 3rd Assault Brigade",
        "a $5 million reward",
        "12 km from the front",
        "a 7.62mm rifle",
        "call 555-123-4567 for help",
        "40 sq km of farmland",
        "the 2nd day of fighting",
        "50% of the town",
    ],
)
def test_not_counts_of_people(text):
    assert find_quantities(text) == []


_COUNT_VOCAB = (
    "12 1,200 3.5 twenty one a an half dozen dozens of between and to from at least more "
    "than up tens thousands several few couple another people killed $ - , . # ( ) 2024 "
    "no. US$ aged x half least most many as no fewer total estimated couple handful million"
)
_COUNT_WORDS = st.sampled_from(_COUNT_VOCAB.split())


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(_COUNT_WORDS, max_size=14),
    seps=st.lists(st.sampled_from([" ", "", "\n", "-", "  "]), min_size=14, max_size=14),
)
def test_counts_are_tried_wherever_the_pattern_would_find_one(words, seps) -> None:
    # the pattern is only tried where a count can begin: it must find what scanning
    # the whole text with it finds
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    assert [m.span() for m in numbers._counts(text)] == [
        m.span() for m in numbers._QTY_RE.finditer(text)
    ]
