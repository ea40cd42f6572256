"""Word lists as regular expressions, and the word lists more than one module reads (each defined
once, here).

Python's ``re`` tries the branches of an alternation one after another at every position, so
a pattern of six hundred names (``a|b|c|...``) does six hundred comparisons at each capital
letter. Folding the list into a trie (``Isla(?:mabad|mic State)?``) leaves one branch per
next character to try, which matches the same strings about nine times faster.
"""

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple


def alternation(words: Iterable[str], space: str | None = None, after_first: str = "") -> str:
    r"""A non-capturing pattern matching exactly the given strings, as a trie.

    At one position it prefers the longest string that lets the rest of the pattern match, the
    same choice as ``"|".join(sorted(words, key=len, reverse=True))``. ``space``, when given,
    is the pattern a space in a word stands for (``r"\s+"``: "a  few" across a line break).

    ``after_first``, when given, is a lookbehind put after the first character of every word,
    two characters wide: ``(?<!\w.)`` is ``(?<!\w)`` before the word. Opening on the words'
    first letters, the pattern lets ``re`` skip to the next of those letters in one fast scan,
    where an assertion in front would be tried at every position (worth it when those letters
    are rare, as capitals are).
    """
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            raise ValueError("an empty string would match everywhere")
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        raise ValueError("no words")
    if after_first and (" " in trie or "\n" in trie):
        raise ValueError("a word opening on a space or a line break is not one character wide")
    return _emit(trie, re.escape(" ") if space is None else space, after_first)


def _emit(node: dict[str, dict], space: str, after: str = "") -> str:
    kids = [
        (space if ch == " " else re.escape(ch)) + after + _emit(sub, space)
        for ch, sub in sorted(node.items())
        if ch
    ]
    if not kids:
        return ""
    if len(kids) > 1:
        body = "(?:" + "|".join(kids) + ")"
    elif "" in node and len(kids[0]) > 1:
        body = "(?:" + kids[0] + ")"
    else:
        body = kids[0]
    # a word ends here and longer ones go on: try the longer first (greedy ``?``)
    return body + "?" if "" in node else body


# The characters other than its lowercase and upper case that re.IGNORECASE matches to an
# ASCII letter (the Kelvin sign is a "k", the long s an "s", a dotted and a dotless I an "i").
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def caseless_alternation(words: Iterable[str], space: str | None = None) -> str:
    """``(?i:alternation(words, space))``, each branch opening on a letter in one case.

    ``re`` tries a case-insensitive branch by jumping into it, where it passes over a branch
    opening on a plain letter with one comparison: tried at every word of a text, the words'
    first letters spelt in both cases make the pattern several times faster. The words open
    on ASCII letters (other first characters are refused)."""
    rests: dict[str, set[str]] = {}
    for w in words:
        if not w or not (w[0].isascii() and w[0].isalpha()):
            raise ValueError(f"{w!r} does not open on an ASCII letter")
        rests.setdefault(w[0].lower(), set()).add(w[1:])
    if not rests:
        raise ValueError("no words")
    branches: list[str] = []
    for first, ends in sorted(rests.items()):
        longer = {e for e in ends if e}
        rest = f"(?i:{alternation(longer, space)})" if longer else ""
        if rest and "" in ends:
            rest += "?"
        branches += (re.escape(c) + rest for c in first + first.upper() + _FOLDS.get(first, ""))
    return "(?:" + "|".join(branches) + ")"


class Starts(NamedTuple):
    """Where matches of a pattern can begin, as two patterns for :func:`scan`: ``head``, a
    lookahead tried at the start of a text only, and ``after``, which matches the character
    before each other start (the start is where the match ends)."""

    head: re.Pattern[str]
    after: re.Pattern[str]


def starts_where(opening: str, before: str) -> Starts:
    """The places where ``opening`` (a pattern) holds and the character before is not in
    ``before`` (a character class, such as ``[\\w$]``, holding every character ``opening``
    may open on), or the text begins.

    A pattern opening on an assertion is tried at every position of a text; one opening on
    a character class lets ``re`` skip to the next character of it in a fast loop. So
    ``after`` opens on every character but the ASCII ones ``before`` holds (a non-ASCII one is
    then checked against ``before`` itself), and its match ends where the start is."""
    held = "".join(c for c in map(chr, range(128)) if re.fullmatch(before, c))
    other = "[^" + "".join(re.escape(c) for c in held) + "]" if held else "[\\s\\S]"
    return Starts(
        re.compile(f"(?={opening})"),
        re.compile(f"{other}(?={opening})(?<!{before})"),
    )


def scan(starts: Starts, rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, trying ``rx`` only where ``starts`` (see :class:`Starts`)
    finds a place where a match of ``rx`` can begin: the same matches, without trying a long
    pattern at every position of the text."""
    last = 0
    if starts.head.match(text):
        m = rx.match(text)
        if m is not None:
            last = m.end()
            yield m
    for start in starts.after.finditer(text):
        at = start.end()
        if at < last:
            continue
        m = rx.match(text, at)
        if m is not None:
            last = m.end()
            yield m


# The label of a document a body issues in its own name: "PRESS RELEASE", "COMMUNIQUÉ No. 41",
# "Bulletin No. 87", "Flash Update No. 2". The parser keeps a short line holding one (it is no
# boilerplate) and the extractor then reads the document's figures as its issuer's, so both
# read the label with this one pattern. A "Communiqué" without its number counts only where it
# opens a line: in a sentence it is a mention ("Communiqué 12, issued on Friday, said").
RELEASE_LABEL = re.compile(
    r"\b(?:PRESS\s+RELEASE|Press\s+[Rr]elease|COMMUNIQU[EÉ]|[Cc]ommuniqu[eé]\s+[Nn]o|"
    r"Bulletin\s+[Nn]o|Flash\s+Update|Situation\s+Report|SITUATION\s+REPORT)\b"
    r"|^[^\w\n]*(?:Official\s+)?Communiqu[eé]\b",
    re.MULTILINE,
)
# A piece of text every match of RELEASE_LABEL holds: a cheap test before the pattern, which
# opens on a word boundary or a line start and so is tried at every position of a text.
RELEASE_WORDS = (
    "PRESS",
    "Press",
    "COMMUNIQU",
    "ommuniqu",
    "Bulletin",
    "Flash",
    "Situation",
    "SITUATION",
)

# The words that label a link to another story: "READ MORE: ...", "Related | ...", "Watch: ...",
# lower case (the patterns built on it ignore case). The parser drops a line they open, the
# extractor reads one as another story's (a line, or a sentence of a page flattened into one
# line). Each pattern wants a separator after the words (LINK_SEPARATOR): "More", "Read" and
# "Video" also open an article's own sentences ("More than 20 people were killed").
LINK_LABEL = alternation(
    (
        "read",
        "read more",
        "read also",
        "also read",
        "must read",
        "see also",
        "more",
        "more from",
        "more stories",
        "related",
        "related story",
        "related stories",
        "related article",
        "related coverage",
        "recommended",
        "most read",
        "top stories",
        "trending",
        "don't miss",
        "dont miss",
        "watch",
        "watch now",
        "video",
        "listen",
    )
)
# what ends a link label on a line of its own: "READ MORE: ...", "Watch | ...", "Related » ..."
LINK_SEPARATOR = r"\s*(?::|>>|»|\|| -|–|—)"

# Kinds of place, lower case, as a phrase names them: "the Kordofan city of Kadugli", "a
# Sudanese village", "Nigeria's northeastern state". Settlements and sites first: a name ending
# on one of them keeps it ("York City" is not York, "Cape Town" is not Cape).
_SETTLEMENT_KINDS = (
    "village",
    "hamlet",
    "settlement",
    "town",
    "city",
    "capital",
    "port",
    "camp",
    "area",
    "countryside",
    "enclave",
    "strip",
)
# Administrative areas: a name ending on one names the area without it too ("Enga Province" is
# Enga, "the Upper East Region" is Upper East).
_AREA_KINDS = (
    "region",
    "province",
    "state",
    "district",
    "county",
    "governorate",
    "oblast",
    "prefecture",
    "municipality",
    "regency",
)
PLACE_KINDS = _SETTLEMENT_KINDS + _AREA_KINDS
# The kinds of place a name may end on ("Rutshuru Territory", "Cauca Department"): the areas,
# and three kinds read only there, as alone they often mean an office, a country's land or an
# army unit ("the department of Defense", "shelling of Armenian territory", "a Russian
# division").
NAME_END_KINDS = (*_AREA_KINDS, "department", "territory", "division")
