"""Word lists as regular expressions.

Python's ``re`` tries the branches of an alternation one after another at every position, so
a pattern of six hundred names (``a|b|c|...``) does six hundred comparisons at each capital
letter. Folding the list into a trie (``Isla(?:mabad|mic State)?``) leaves one branch per
next character to try, which matches the same strings about nine times faster.
"""

import re
from collections.abc import Iterable, Iterator


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


def scan(starts: re.Pattern[str], rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, trying ``rx`` only where ``starts`` (a lookahead that holds
    wherever a match of ``rx`` can begin) finds a start: the same matches, without trying a
    long pattern at every position of the text."""
    last = 0
    for start in starts.finditer(text):
        at = start.start()
        if at < last:
            continue
        m = rx.match(text, at)
        if m is not None:
            last = m.end()
            yield m
