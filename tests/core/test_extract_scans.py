"""Cheaper scans of the extractor give what the plain forms they replace give."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core import extract, numbers
from pipeline.core.extract import _Tokens
from pipeline.core.lexicon import (
    PLACE_KINDS,
    RELEASE_LABEL,
    RELEASE_WORDS,
    Starts,
    alternation,
    scan,
)

# words and marks the tokenizer, the hints and the speaker scan treat apart
_PIECES = st.sampled_from(
    [
        "U.S.",
        "a.m.",
        "A.B.C.D.",
        "1,200",
        "1,234,567.89",
        "12,34",
        "1234,567",
        "3.5",
        "a-b-c",
        "x--y",
        "12",
        "well-known",
        "x‐y",
        "'s",
        "’s",
        "don't",
        "İstanbul",
        "ΟΔΟΣ",
        "_",
        "killed",
        "Killed",
        "wounded",
        "said",
        "found",
        "that",
        "raised",
        "toll",
        "ceasefire",
        "km²",
        "sq",
        ",",
        ".",
        "(",
        "—",
        "é",
        "2-year-old",
        "twenty-one",
        "two",
        "٣",
        "²",
        "since",
        "Monday",
        "Jan.",
        "5th",
        "of",
        "March",
        "2021",
        "last night",
        "this morning",
        "today",
        "late",
        "on",
        "mayor",
    ]
)


def _joined(
    pieces: st.SearchStrategy[str], seps: list[str], max_size: int
) -> st.SearchStrategy[str]:
    """Texts of up to ``max_size`` pieces, each followed by one of ``seps``."""
    return st.lists(st.tuples(pieces, st.sampled_from(seps)), max_size=max_size).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


_TEXT = _joined(_PIECES, [" ", "", "  ", "\n", "-", "\t", "\x1c", "'"], 16)


# the token pattern with no possessive quantifier
_PLAIN_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_]+(?:[-‐][^\W_]+)*|['’][^\W_]+|\S"
)


def _tokenize_by_matches(text: str) -> _Tokens:
    # the plain form: one match object per token
    ms = list(_PLAIN_TOKEN_RE.finditer(text))
    starts = [m.start() for m in ms]
    ends = [m.end() for m in ms]
    words = [m.group() for m in ms]
    text_low = text.lower().replace("’", "'")
    if len(text_low) == len(text):
        low = [text_low[a:b] for a, b in zip(starts, ends, strict=True)]
    else:
        low = [w.lower().replace("’", "'") for w in words]
    return _Tokens(starts, ends, words, low)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_tokens_by_a_split_are_the_matches(text: str) -> None:
    assert extract._tokenize(text) == _tokenize_by_matches(text)
    # an ASCII text is split with ASCII classes
    ascii_text = text.encode("ascii", "replace").decode()
    assert extract._tokenize(ascii_text) == _tokenize_by_matches(ascii_text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_hints_are_the_classes_of_the_words(text: str) -> None:
    low = text.lower()
    words = set(re.findall(r"[a-z0-9²]+(?:-[a-z]+)?", low))  # (with no possessive quantifier)
    expected = {k for w in words for k, rx in extract._HINT_CLASSES if rx.search(w)}
    assert extract._hints_of(low) == expected
    assert extract._hints_of(low) == expected  # the words now seen before


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_trigger_and_speech_words_are_picked_out_as_by_a_loop(text: str) -> None:
    low = extract._tokenize(text).low
    trig = {}
    for i, w in enumerate(low):
        t = extract.TRIGGERS.get(w)
        if t:
            trig[i] = (t[0], t[1], 1)
    assert extract._word_triggers(low) == trig
    speaking = [
        i
        for i, w in enumerate(low)
        if w in extract._SPEECH_WORDS
        or (w in extract._COND_SPEECH and extract._speaks_here(low, i))
    ]
    assert extract._speech_verbs(low) == speaking


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_count_can_open_where_a_token_can_start_one(text: str) -> None:
    low = extract._tokenize(text).low
    plain = not extract._QTY_START.isdisjoint(low) or any(
        w[:1].isdigit() or ("-" in w and w.partition("-")[0] in extract._QTY_START) for w in low
    )
    assert extract._can_open_count(text, low) == plain


# phrases each branch of the date pattern matches, and words around them
_DATE_TEXT = _joined(
    st.sampled_from(
        [
            "since Monday",
            "until Tuesday",
            "from Jan. 5",
            "by Wednesday",
            "late Thursday",
            "early on Friday",
            "on Saturday",
            "Sunday",
            "Friday",
            "yesterday",
            "today",
            "tonight",
            "last night",
            "this morning",
            "this evening",
            "Feb 3",
            "March 4th, 2021",
            "5 April",
            "6th of May",
            "June 7",
            "July 8",
            "Aug. 9",
            "Sept. 10",
            "October 11",
            "Nov 12",
            "Dec. 13",
            "14 January 2020",
            "killed",
            "mayor",
            "x",
        ]
    ),
    [" ", "  ", "-", "\n", "", ", "],
    8,
)


@settings(max_examples=600, deadline=None)
@given(_DATE_TEXT)
def test_dates_are_tried_wherever_the_pattern_would_find_one(text: str) -> None:
    assert [m.span() for m in scan(extract._DATE_START, extract._DATE_RE, text)] == [
        m.span() for m in extract._DATE_RE.finditer(text)
    ]


# phrases each branch of the background pattern matches, and words around them
_BACKGROUND_TEXT = _joined(
    st.sampled_from(
        [
            "since 2014",
            "until 2019",
            "in Jan. 5, 2020",
            "on Christmas Eve 2023",
            "during the summer of 2010",
            "2014 war",
            "in the 1990s",
            "during the mid-80s",
            "last year",
            "decades earlier",
            "last week",
            "earlier this month",
            "a month ago",
            "weeks before",
            "over the same period",
            "in the first six months of",
            "in the past",
            "over the previous two years",
            "previous wars",
            "second world war",
            "since the start of the war",
            "since the conflict began",
            "since the military seized power",
            "since the coup",
            "in the war that began",
            "hours after a similar",
            "days after the previous",
            "before 2010",
            "between 2011",
            "by 2015",
            "from 2012",
            "first world war",
            "third Chechen war",
            "months ago",
            "years ago",
            "killed",
            "the",
            "x",
        ]
    ),
    [" ", "  ", "-", "\n", "", ", "],
    8,
)


@settings(max_examples=600, deadline=None)
@given(_BACKGROUND_TEXT)
def test_background_is_tried_wherever_the_pattern_would_find_one(text: str) -> None:
    found = scan(extract._BACKGROUND_START, extract._BACKGROUND_RE, text)
    assert [m.span() for m in found] == [m.span() for m in extract._BACKGROUND_RE.finditer(text)]


def test_the_odd_cases_are_all_the_letters_lowercase_misses() -> None:
    # a letter re.IGNORECASE matches to an ASCII letter is that letter's lowercase or upper
    # case, the Kelvin sign (whose lowercase is "k"), or one of _ODD_CASES
    import re
    import string

    for ch in map(chr, range(0x110000)):
        if ch in extract._ODD_CASES or not re.fullmatch("[a-z]", ch, re.IGNORECASE):
            continue
        letters = [c for c in string.ascii_lowercase if re.fullmatch(c, ch, re.IGNORECASE)]
        assert letters == [ch.lower()], hex(ord(ch))


# the patterns' phrases, parts of them, and the letters case-insensitive matching bends
_KEYED_TEXT = st.lists(
    st.sampled_from(
        [
            "stable condition",
            "in Good Condition",
            "expected to survive",
            "EXPECTED TO RECOVER",
            "non-life-threatening",
            "nonlife threatening",
            "treated and released",
            "was recovering",
            "homicide",
            "MURDERED",
            "fatal shooting",
            "deadly  attack",
            "a deadly Christmas Day stabbing",
            "shooting death",
            "attempted murder",
            "HOMİCİDE",
            "ſhooting death",
            "was recoverıng",
            "İ",
            "ı",
            "ſ",
            "K",
            "s",
            "i",
            " ",
            "-",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_KEYED_TEXT, st.sampled_from(["", "x", "deadly shooting"]))
def test_a_body_without_the_keys_is_not_matched(text: str, more: str) -> None:
    for keys, rx in (
        (extract._SURVIVES_KEYS, extract._SURVIVES),
        (extract._FATAL_KEYS, extract._FATAL_WORDS),
    ):
        for t in (text, text + more, text.upper(), text.title()):
            if extract._holds_none(keys, t):
                assert rx.search(t) is None, t


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "(SDF)",
                "(Sdf)",
                "(X)",
                " or ELN,",
                " or ELN and",
                " or ELN)",
                "or",
                " ",
                "(",
                ")",
                "A",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_acronym_definitions_are_what_one_alternation_finds(text: str) -> None:
    import re

    one = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)| or ([A-Z][A-Za-z]{1,7})\b(?=[,.;)]| and)")
    assert extract._acronym_defs(text) == [
        (m.start(), m.group(1) or m.group(2)) for m in one.finditer(text)
    ]


# the plain forms of patterns rewritten to open on a character the scan can skip to
_PLAIN_SENT_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_PLAIN_ZERO_HINT = re.compile(r"\bno(?:t|ne|body)?\b|\bno-one|\bun(?:harmed|injured|hurt)\b")
_PLAIN_LOCATIVE_HEAD = (
    r"\b(?:in|near|outside|around|across|at|on|inside|into|over|throughout|"
    r"(?:suburbs?|outskirts|environs|areas?|parts?|villages?|towns?|city|district)\s+of|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)"
)
_PLACE_PIECES = st.sampled_from(
    [
        *sorted(extract._LOCATIVE_WORDS),
        "inside",
        "Tin",
        "within",
        "the",
        "its",
        "northern",
        "besieged",
        "Darfur",
        "city of",
        "El Fasher",
        "al-Jazira",
        "Khan Younis",
        "of the",
        "no",
        "not",
        "none",
        "nobody",
        "no-one",
        "unhurt",
        "unharmed",
        "piano",
        "U.S.",
        "?!",
        "!",
        "?",
        "...",
        '."',
        ")",
        "2",
        "é",
        "_",
    ]
)
_PLACE_TEXT = _joined(_PLACE_PIECES, [" ", "", "  ", "\n", "-", ". ", ", "], 12)
# the tail of the locative pattern with no possessive quantifier, a modifier that may be empty
_PLAIN_LOCATIVE_TAIL = (
    r"\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)?(?:-central)?|central|besieged|occupied|"
    r"embattled|front-?line|restive|neighbouring|neighboring)\s+)*"
    rf"(?:(?:[A-Z][\w'’-]+\s+)?{alternation(PLACE_KINDS)}\s+of\s+)?"
    r"(?P<p>(?:(?:al|el|ad|an|as|ar)-)?[A-Z][\w'’-]+"
    r"(?: (?:al-|el-|de |of |of the )?[A-Z][\w'’-]+){0,3})"
)


@settings(max_examples=600, deadline=None)
@given(_PLACE_TEXT)
def test_patterns_opening_on_a_letter_find_what_their_plain_forms_find(text: str) -> None:
    locative = re.compile(_PLAIN_LOCATIVE_HEAD + _PLAIN_LOCATIVE_TAIL)
    for new, old in (
        (extract._SENT_BOUNDARY, _PLAIN_SENT_BOUNDARY),
        (extract._ZERO_HINT, _PLAIN_ZERO_HINT),
        (extract._LOCATIVE, locative),
    ):
        found = [(m.span(), m.groupdict()) for m in new.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in old.finditer(text)]
    # a line with no "!" and no "?" is scanned for full stops only
    if "!" not in text and "?" not in text:
        found = [m.span() for m in extract._SENT_BOUNDARY_DOT.finditer(text)]
        assert found == [m.span() for m in _PLAIN_SENT_BOUNDARY.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_PLACE_TEXT, st.sampled_from(["", "PRESS RELEASE", "Communiqué No. 4", "Flash Update"]))
def test_a_release_label_holds_one_of_its_words(text: str, label: str) -> None:
    for t in (text, label + "\n" + text, text + " " + label):
        if RELEASE_LABEL.search(t) is not None:
            assert any(w in t for w in RELEASE_WORDS)


# the words of the locative tail, and what may stand before a locative word
_LOCATIVE_TEXT = _joined(
    st.sampled_from(
        [
            *sorted(extract._LOCATIVE_WORDS),
            "inside",
            "Tin",
            "the",
            "their",
            "its",
            "north-eastern",
            "southern",
            "western",
            "east",
            "-central",
            "ern",
            "central",
            "front-line",
            "besieged",
            "Kordofan",
            "city of",
            "town",
            "state of",
            "El Fasher",
            "al-Jazira",
            "of the",
            "Sudan's",
            "Gaza",
            "é",
            "2",
            "_",
        ]
    ),
    # (mostly spaces: a text with a locative word after anything else takes the plain pattern)
    [" ", " ", " ", " ", "", "  ", "\n", "-", "(", "“", "é", "_", ", ", " \t"],
    10,
)


@settings(max_examples=800, deadline=None)
@given(_LOCATIVE_TEXT)
def test_locatives_after_a_space_are_the_places_the_plain_pattern_finds(text: str) -> None:
    plain = re.compile(_PLAIN_LOCATIVE_HEAD + _PLAIN_LOCATIVE_TAIL)
    expected = [m.span("p") for m in plain.finditer(text)]
    assert [m.span("p") for m in extract._locatives(text)] == expected


# the lookahead start patterns the two-pattern Starts replace (re.IGNORECASE, tried at every
# position), and text holding their words in every case, after every kind of character
def _plain_starts() -> list[tuple[re.Pattern[str], Starts]]:
    qty_words = (
        {" ".join(p.split()[:2]) for p in [*numbers._VAGUE_PHRASES, *numbers._PRE]}
        | numbers._NUMBER_WORDS
        | {f"{a} {n}" for a in ("a", "an", "half a") for n in ("dozen", "hundred")}
        | {f"{a} {n}" for a in ("a", "an", "half a") for n in numbers._SCALES}
        | {"between", "from"}
    )
    date_words = (
        {"since", "until", "from", "by", "late", "early", "on", "last night", "this"}
        | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
        | {"yesterday", "today", "tonight"}
        | {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
    )
    background_words = (
        {"since", "in", "of", "during", "until", "by", "from", "before", "between", "on"}
        | {"last", "years", "decades", "earlier", "months", "weeks", "a", "over", "previous"}
        | {"first", "second", "third", "hours", "days"}
    )
    return [
        (
            re.compile(
                r"(?<![\w$€£¥#.,-])(?=\d|" + alternation(qty_words, space=r"\s+") + ")",
                re.IGNORECASE,
            ),
            numbers._QTY_START,
        ),
        (
            re.compile(r"\b(?=\d|" + alternation(date_words) + ")", re.IGNORECASE),
            extract._DATE_START,
        ),
        (
            re.compile(r"\b(?=[12]|" + alternation(background_words) + ")", re.IGNORECASE),
            extract._BACKGROUND_START,
        ),
    ]


_START_TEXT = _joined(
    st.sampled_from(
        [
            "a dozen",
            "A  Dozen",
            "an estimated",
            "half a million",
            "SEVEN",
            "ſeven",
            "ſince",
            "İn",
            "ın",
            "\u212aILLED",
            "Killed",
            "twenty-one",
            "12",
            "٣",
            "2019",
            "since",
            "Last Night",
            "monday",
            "Dec",
            "during",
            "a",
            "in",
            "of",
            "x",
            "é",
            "the",
        ]
    ),
    [" ", "", "  ", "\n", "-", ".", ",", "$", "€", "#", "(", "“", "é", "_", "/"],
    10,
)


@settings(max_examples=800, deadline=None)
@given(_START_TEXT)
def test_starts_are_where_the_caseless_lookahead_holds(text: str) -> None:
    for plain, found in _plain_starts():
        head = [0] if found.head.match(text) else []
        assert head + [m.end() for m in found.after.finditer(text)] == [
            m.start() for m in plain.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(_START_TEXT)
def test_counts_dates_and_background_are_what_their_patterns_find(text: str) -> None:
    for found, rx in (
        (numbers._QTY_START, numbers._QTY_RE),
        (extract._DATE_START, extract._DATE_RE),
        (extract._BACKGROUND_START, extract._BACKGROUND_RE),
    ):
        assert [m.span() for m in scan(found, rx, text)] == [m.span() for m in rx.finditer(text)]


# the plain form of the country-before-a-kind-of-place pattern: no possessive, a "?" group
_PLAIN_COUNTRY_PLACE = re.compile(
    r"\b(?P<c>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)(?:'s|’s)?(?: (?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|central)(?:ern)?)?" + extract._PLACE_KINDS
)
_COUNTRY_PLACE_TEXT = _joined(
    st.sampled_from(
        [
            "Sudan",
            "Sudan's",
            "Nigeria’s",
            "Sudanese",
            "South Sudan",
            "Kordofan",
            "Gaza's's",
            "U.S.",
            "Al-Jazira",
            "north",
            "northern",
            "north-eastern",
            "northeast",
            "southwestern",
            "central",
            "state",
            "states",
            "village",
            "city",
            "statesman",
            "Town",
            "s",
            "x",
            "é",
            "2",
        ]
    ),
    [" ", " ", "", "  ", "'s ", "’", "-", ".", ", ", "\n", "é"],
    10,
)


@settings(max_examples=800, deadline=None)
@given(_COUNTRY_PLACE_TEXT)
def test_country_places_are_what_the_plain_pattern_finds(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in extract._COUNTRY_PLACE.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _PLAIN_COUNTRY_PLACE.finditer(text)
    ]


_TITLE_TEXT = _joined(
    st.sampled_from(
        [
            "spokesman",
            "Spokesman",
            "spokeswoman",
            "ombudsman",
            "Ombudsman",
            "President",
            "Prime Minister",
            "Gen.",
            "Sen.",
            "King",
            "Jane",
            "Doe",
            "Smith",
            "O'Neil",
            "also",
            "s",
            "o",
        ]
    ),
    [" ", " ", "", "\n", "-", ", ", "é"],
    10,
)


@settings(max_examples=600, deadline=None)
@given(_TITLE_TEXT)
def test_a_body_without_a_lowercase_title_finds_the_titled_names_with_capitals_only(
    text: str,
) -> None:
    if not any(k in text for k in extract._LOWER_TITLE_KEYS):
        assert [(m.span(), m.groupdict()) for m in extract._TITLED_NAME_CAPS.finditer(text)] == [
            (m.span(), m.groupdict()) for m in extract._TITLED_NAME.finditer(text)
        ]


_TOLL_TEXT = _joined(
    st.sampled_from(
        [
            "death toll",
            "TOLL",
            "tolls",
            "civilian",
            "injury",
            "İNJURY",
            "casualty",
            "Casualty figures",
            "casualties",
            "fatalities",
            "FATALITIES",
            "deaths",
            "deathſ",
            "the number",
            "Number",
            "count",
            "tally",
            "total",
            "of",
            "ıf",
            "the",
            "confirmed",
            "dead",
            "people",
            "killed",
            "wounded",
            "injuries",
            "in",
            "attack",
            "has",
            "rose",
            "risen",
            "stood",
            "figure",
            "x",
        ]
    ),
    [" ", " ", "", "\n", "  ", "-", ", "],
    10,
)


@settings(max_examples=800, deadline=None)
@given(_TOLL_TEXT)
def test_a_sentence_without_the_toll_keys_holds_no_toll_phrase(text: str) -> None:
    if extract._TOLL_RE.search(text) is not None:
        assert extract._TOLL_KEYS.search(text.lower()) or any(c in text for c in extract._ODD_CASES)
