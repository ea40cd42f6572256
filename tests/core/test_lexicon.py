"""A word list folded into a trie pattern matches what the plain alternation matches."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core import extract
from pipeline.core.lexicon import alternation, caseless_alternation


def _plain(words: set[str], space: str | None = None) -> str:
    alts = sorted(words, key=len, reverse=True)
    esc = [re.escape(w) if space is None else re.escape(w).replace(r"\ ", space) for w in alts]
    return "(?:" + "|".join(esc) + ")"


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        ({"Iran", "Iraq", "Islamic State"}, "Iraq, the Islamic State", ["Iraq", "Islamic State"]),
        # the longer word wins where both match
        ({"Sudan", "South Sudan"}, "in South Sudan", ["South Sudan"]),
        ({"a", "ab", "abc"}, "abc ab a", ["abc", "ab", "a"]),
        # characters the pattern language uses are matched as themselves
        ({"U.S.", "a+b", "(x)"}, "U.S. a+b (x) USS", ["U.S.", "a+b", "(x)"]),
    ],
)
def test_matches_the_words(words: set[str], text: str, found: list[str]) -> None:
    rx = re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)")
    assert [m.group() for m in rx.finditer(text)] == found


def test_space_pattern_stands_for_a_space() -> None:
    rx = re.compile(alternation({"a few", "a couple of"}, space=r"\s+"))
    assert rx.fullmatch("a couple\nof")
    assert rx.fullmatch("a  few")
    assert not rx.fullmatch("afew")


def test_empty_input_is_refused() -> None:
    with pytest.raises(ValueError):
        alternation([])
    with pytest.raises(ValueError):
        alternation(["a", ""])


_WORDS = st.sets(st.text(alphabet="ab .-", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(alphabet="ab .-x", max_size=40))
def test_same_matches_as_the_plain_alternation(words: set[str], text: str) -> None:
    # the same choice at every position, with a condition after the word that can force
    # a shorter word (backtracking)
    for tail in ("", r"(?![ab])", r"(?=\.|$)"):
        trie = re.compile(alternation(words) + tail)
        plain = re.compile(_plain(words) + tail)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


# phrases as word lists hold them: words of one or more characters, one space between
_PHRASES = st.sets(
    st.lists(st.text(alphabet="ab.-", min_size=1, max_size=3), min_size=1, max_size=3).map(
        " ".join
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(words=_PHRASES, text=st.text(alphabet="ab .-\n", max_size=40))
def test_a_space_pattern_keeps_the_plain_alternations_choice(words: set[str], text: str) -> None:
    trie = re.compile(alternation(words, space=r"\s+"))
    plain = re.compile(_plain(words, space=r"\s+"))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PHRASE_KEYS = sorted({k for k, _ in extract._PHRASE_KEY_PAIRS})


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.one_of(st.sampled_from(_PHRASE_KEYS), st.text(alphabet="abdeiklnorst .", max_size=6)),
        max_size=8,
    )
)
def test_one_scan_finds_every_phrase_key_a_substring_test_finds(parts: list[str]) -> None:
    # the phrase triggers worth trying in a sentence: one lookahead scan for the keys must
    # name the same triggers as testing each key as a substring
    text = " ".join(parts)
    by_substring = {i for k, i in extract._PHRASE_KEY_PAIRS if k in text}
    found = set(extract._PHRASE_KEY_RE.findall(text))
    assert {i for k in found for i in extract._PHRASE_KEY_TRIGGERS[k]} == by_substring


@settings(max_examples=300, deadline=None)
@given(
    words=_WORDS.filter(lambda ws: not any(w[0] == " " for w in ws)),
    text=st.text(alphabet="ab .-x\n", max_size=40),
)
def test_a_lookbehind_after_the_first_character_is_one_before_the_word(
    words: set[str], text: str
) -> None:
    for before in (r"\w", r"[\w-]", r"[.a]"):
        inside = re.compile(alternation(words, after_first=f"(?<!{before}.)") + r"(?![ab])")
        ahead = re.compile(f"(?<!{before})" + alternation(words) + r"(?![ab])")
        assert [m.span() for m in inside.finditer(text)] == [m.span() for m in ahead.finditer(text)]


def test_a_lookbehind_after_a_space_is_refused() -> None:
    with pytest.raises(ValueError):
        alternation({" a", "b"}, after_first=r"(?<!\w.)")


_NAMES = st.sampled_from(
    [
        *sorted(extract._TITLES),
        "Gaza",
        "Kyiv",
        "Israel",
        "US",
        "IS",
        "Hamas",
        "Ukraine",
        "al-Shabaab",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            _NAMES,
            st.sampled_from([" ", "  ", "-", "\n", "", "x", "é", "_", " Jane Doe ", "'s "]),
        ),
        max_size=10,
    ).map(lambda parts: "".join(w + s for w, s in parts))
)
def test_the_title_and_party_patterns_find_what_their_plain_forms_find(text: str) -> None:
    titled = re.compile(
        r"\b(?=["
        + "".join(sorted({t[0] for t in extract._TITLES}))
        + "])"
        + alternation(extract._TITLES, space=r"\s+")
        + r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
    )
    party = re.compile(
        r"(?<![\w-])" + alternation(set(extract.PARTY_NAMES) | set(extract.CAPITALS)) + r"(?![\w-])"
    )
    for new, old in ((extract._TITLED_NAME, titled), (extract._PARTY_RE, party)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


_CASELESS_WORDS = st.sets(
    st.text(alphabet="aiks .", min_size=1, max_size=4), min_size=1, max_size=10
)


@settings(max_examples=300, deadline=None)
@given(words=_CASELESS_WORDS, text=st.text(alphabet="aiksAIKS .İıſ\u212ax", max_size=30))
def test_caseless_alternation_matches_what_the_ignorecase_trie_matches(
    words: set[str], text: str
) -> None:
    words = {w for w in words if w[0].isalpha()} or {"a"}
    for tail in ("", r"(?![aiks])", r"(?=\.|$)"):
        caseless = re.compile(caseless_alternation(words) + tail)
        plain = re.compile("(?i:" + alternation(words) + ")" + tail)
        assert [m.span() for m in caseless.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_caseless_alternation_knows_every_letter_ignorecase_takes_for_an_ascii_one() -> None:
    import string

    from pipeline.core.lexicon import _FOLDS

    for ch in map(chr, range(0x110000)):
        if not re.fullmatch("[a-z]", ch, re.IGNORECASE):
            continue
        for c in string.ascii_lowercase:
            if re.fullmatch(c, ch, re.IGNORECASE):
                assert ch in c + c.upper() + _FOLDS.get(c, ""), hex(ord(ch))
    with pytest.raises(ValueError):
        caseless_alternation(["1st"])
