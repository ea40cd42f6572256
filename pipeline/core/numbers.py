"""Numbers as news reports write them: digits, words, ranges, hedges and vague amounts.

``find_quantities`` returns every span of a text that reads as a count, with the range it
stands for (see the "Vocabulary for figures" table of the data contract). Spans that are
years, clock times, dates, ages, ordinals, money, measurements, calibres, phone numbers or
percentages are left out: they are never counts of people.
"""

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.core.lexicon import alternation, caseless_alternation, scan, starts_where

# --- configuration -----------------------------------------------------------------------


@dataclass(frozen=True)
class VagueAmounts:
    """Lower bounds given to vague amounts (no upper bound). Callers may override any."""

    dozens: int = 24
    scores: int = 24
    several: int = 3
    a_few: int = 3
    a_couple: int = 2
    a_handful: int = 3
    multiple: int = 2
    tens: int = 20
    hundreds: int = 200
    thousands: int = 2000
    tens_of_thousands: int = 20000
    hundreds_of_thousands: int = 200000
    millions: int = 2000000


DEFAULT_VAGUE = VagueAmounts()


@dataclass(frozen=True)
class Quantity:
    """A count found in a text: ``[start, end)`` is the whole phrase including its hedge."""

    low: float | None
    high: float | None
    qualifier: str  # exact | at_least | more_than | about | almost | up_to | vague
    start: int
    end: int
    text: str

    @property
    def value(self) -> float | None:
        """The best point value: low, else high."""
        return self.low if self.low is not None else self.high


# --- words -------------------------------------------------------------------------------

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"dozen"}

_W = alternation(_NUMBER_WORDS)
_WORDSEQ = (
    rf"(?:(?:a|an|half\s+a)\s+(?:dozen|hundred|thousand|million)|(?:{_W}))"
    rf"(?:(?:[\s-]+|\s+and\s+)(?:{_W}))*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:(?:{_DIGITS})(?:\s+(?:million|thousand|billion))?|{_WORDSEQ})"


def _parse_words(tokens: list[str]) -> tuple[int | None, int]:
    """Parse number-word tokens greedily; return (value, number of tokens used)."""
    total = 0
    current = 0
    used = 0
    last = ""  # kind of the last token: unit, teen, tens, scale, and
    for i, tok in enumerate(tokens):
        if tok == "and":
            if last != "scale":
                break
            last = "and"
            continue
        if tok in ("a", "an") and (i == 0 or (i == 1 and tokens[0] == "half")):
            # "a dozen", "half a dozen" (the half is applied at "dozen")
            current = 1
            last = "unit"
            used = i + 1
            continue
        if tok == "half" and i == 0:
            continue
        if tok in _UNITS:
            v = _UNITS[tok]
            if last in ("unit", "teen"):
                break
            if last == "tens" and v >= 10:
                break
            current += v
            last = "teen" if v >= 10 else "unit"
        elif tok in _TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += _TENS[tok]
            last = "tens"
        elif tok == "dozen":
            current = 6 if tokens[0] == "half" else (current or 1) * 12
            last = "scale"
        elif tok in _SCALES:
            scale = _SCALES[tok]
            if current == 0:
                current = 1
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            last = "scale"
        else:
            break
        used = i + 1
    if used == 0:
        return None, 0
    if tokens[0] == "half" and used > 2 and tokens[used - 1] in _SCALES:
        return (total + current) // 2, used  # "half a million"
    return total + current, used


_SPLIT_WORDS = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """Parse one number as written: ``1,200``, ``71``, ``Seventy-one``, ``a dozen``, ``a``."""
    s = text.strip().lower()
    if not s:
        return None
    m = re.fullmatch(rf"({_DIGITS})(?:\s+(million|thousand|billion))?", s)
    if m:
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= _SCALES[m.group(2)]
        return int(v) if v.is_integer() else v
    tokens = [t for t in _SPLIT_WORDS.split(s) if t]
    value, used = _parse_words(tokens)
    if value is None or used != len(tokens):
        return None
    return value


# --- hedges ------------------------------------------------------------------------------

_PRE = {
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "greater than": "more_than",
    "above": "more_than",
    "well over": "more_than",
    "well above": "more_than",
    "well in excess of": "more_than",
    "just over": "more_than",
    "just above": "more_than",
    "slightly more than": "more_than",
    "far more than": "more_than",
    "at least": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a total of": "exact",
    "exactly": "exact",
    "a further": "exact",
    "another": "exact",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "nearly": "almost",
    "almost": "almost",
    "close to": "almost",
    "just under": "almost",
    "just shy of": "almost",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "a maximum of": "up_to",
    "fewer than": "below",
    "less than": "below",
}
_PRE_RE = alternation(_PRE, space=r"\s+")

_VAGUE_PHRASES = {
    "several": "several",
    "a few": "a_few",
    "a couple of": "a_couple",
    "a couple": "a_couple",
    "multiple": "multiple",
    "a handful of": "a_handful",
    "a handful": "a_handful",
    "tens of": "tens",
    "dozens": "dozens",
    "scores": "scores",
    "hundreds": "hundreds",
    "thousands": "thousands",
    "tens of thousands": "tens_of_thousands",
    "hundreds of thousands": "hundreds_of_thousands",
    "millions": "millions",
}
_SCALABLE_VAGUE = {"several", "a_few", "a_couple", "a_handful"}
_VAGUE_RE = alternation(_VAGUE_PHRASES, space=r"\s+")

_QTY_RE = re.compile(
    rf"""
    (?<![\w$€£¥#.,-])
    (?:
      (?P<vague>(?:{_VAGUE_RE}))(?:\s+(?P<vscale>dozen|hundred|thousand))?(?:\s+of)?(?![\w-])
    |
      (?:(?P<pre>{_PRE_RE})\s+)?
      (?:between\s+|from\s+)?
      (?P<n1>{_NUM})
      (?:\s*(?:-|–|to|and|or)\s*(?P<n2>{_NUM})(?=\s|$|[,.;:!?)]))?
      (?P<post>\s+or\s+more|\s+or\s+so|\s*\+|-plus|\s+plus)?
    )
    (?![\w$%])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Most sentences hold no count at all: one cheap test skips the full pattern for them.
_QTY_HINT = re.compile(
    r"\d|"
    + "|".join(sorted(set(_UNITS) | set(_TENS) | {"dozen", "hundred", "thousand", "million"}))
    + "|"
    + "|".join(_VAGUE_PHRASES).replace(" ", r"\s+"),
    re.IGNORECASE,
)

# Where a count can begin: a digit, or a word that opens one. The full pattern is only tried
# at these places (scanning with it everywhere costs more than the matching itself).
# (A phrase's first two words: "a" and "at" alone would be tried at half the words of a text.
# A lookahead, so that one place found ("a dozen") does not hide the next ("dozens").)
# (``re.IGNORECASE`` spelt out on the words' first letters, see caseless_alternation)
_QTY_START = starts_where(
    r"\d|"
    + caseless_alternation(
        {" ".join(p.split()[:2]) for p in [*_VAGUE_PHRASES, *_PRE]}
        | _NUMBER_WORDS
        | {f"{a} {n}" for a in ("a", "an", "half a") for n in ("dozen", "hundred", *_SCALES)}
        | {"between", "from"},
        space=r"\s+",
    ),
    r"[\w$€£¥#.,-]",
)


def _counts(text: str) -> Iterator[re.Match[str]]:
    """``_QTY_RE.finditer(text)``, trying the pattern only where a count can begin."""
    return scan(_QTY_START, _QTY_RE, text)


# A range is only read as one when the words say so ("between", "to", a dash between digits,
# "two or three"); "5 and 6" in "aged 5 and 6" is two numbers. Checked after the match.
_RANGE_JOIN = re.compile(r"\s*(-|–|to|or)\s*$|^\s*and\s*$", re.IGNORECASE)

_PHONE = re.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"""^(?:
      \s*-?\s*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old
    | -(?:year|month|week|day|hour|minute|mile|foot|inch|yard|meter|metre|km|caliber|calibre|
        gauge|round|shot|story|storey|floor|point|page|game|man|member|strong)\b
    | \s*(?:%|percent\b|per\s+cent\b|pct\b)
    | \s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])
    | \s*(?:gmt|utc|cet|est|edt|pst|pdt|cst|cdt|bst|o'clock|hrs|hours\s+(?:gmt|utc|local))\b
    | \s*(?:mm|cm|km|kms|m|mi|ft|lbs?|kg|kgs|mph|kph|km/h|sq|km2|km²|ha|bn|mn|m2)\b
    # "6 in." or "4 in x 6 in" are inches; "wounded 41 in the capital" is a count
    | \s*in(?:\.(?!\s+(?-i:[A-Z]))|\s*[x×]\s*\d|\s*$)
    | \s*(?:kilomet|meters?\b|metres?\b|miles?\b|feet\b|foot\b|yards?\b|inch|acres?\b|
        hectares?\b|square\b|tons?\b|tonnes?\b|pounds?\b|kilos?\b|kilograms?\b|grams?\b|
        liters?\b|litres?\b|gallons?\b|barrels?\b|degrees?\b|calib|gauge\b|dollars?\b|
        euros?\b|cents?\b|usd\b|rupees?\b|yuan\b|rubles?\b|roubles?\b|shekels?\b|pesos?\b|
        block\b|blocks\b|votes?\b|seats?\b|points?\b|goals?\b|runs?\b)
    | :\d
    | (?:st|nd|rd|th|s)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# a proportion: "one in five", "1 in every 10" (only after "one": "killed 5 in two
# attacks" is a count)
_RATIO_AFTER = re.compile(
    r"\s+in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"fifty|hundred|a\s+hundred|a\s+thousand)\b(?!\s+(?:attacks?|strikes?|raids?|separate|"
    r"different|villages?|places|incidents?|districts?|provinces?|cities|towns))",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages(?:\s+of)?|age\s+of)\s*$", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z'’.-]+,\s*$")
_LABEL_BEFORE = re.compile(
    r"\b(?:No|Nos|Number|Route|Highway|Hwy|Interstate|I|US|Flight|Apartment|Apt|Room|Suite|"
    r"Unit|Channel|Station|Precinct|District|Ward|Gate|Level|Phase|Article|Section|Chapter|"
    r"Resolution|Amendment|Code|Bus|Line|Platform|Exit|Mile|Lot|Box|Building|Block|Sector|"
    r"Zone|Camp|Brigade|Battalion|Division|Regiment|Corps|Squadron|Army|Fleet|Company|Group|"
    r"Task Force|Team|Grade|Class|Year|Volume|Vol|Page|Season|Episode|Act|Bill|"
    r"Proposition|Prop|Measure|Question|Item|Case|Docket|Model|Type|Mark|Mk|Version|"
    r"Train|Train No|Road|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|"
    r"Kilometre|Kilometer|Km|Hill|Height|Heights|Checkpoint|Post|Outpost|Base|Pier|Berth|"
    r"Terminal|Hall|Floor|Bed|Cell|Wing|Tower)\.?\s*$"
)
_PERSON_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:people|persons|civilians|soldiers|troops|men|women|children|"
    r"residents|fighters|militants|servicemen|police|officers|victims|bodies|dead|killed|"
    r"wounded|injured)\b",
    re.IGNORECASE,
)
# "a mother of three", "father of two": the count of someone's children, no people hit
_PARENT_OF_BEFORE = re.compile(
    r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent)s?\s+of\s*$",
    re.IGNORECASE,
)
_YEARISH_BEFORE = re.compile(
    r"\b(?:in|since|of|by|from|until|till|to|year|summer|winter|spring|fall|autumn|early|late|"
    r"mid|during|before|after|between|and|the|fiscal|through|circa|c\.)\s*$",
    re.IGNORECASE,
)


def _is_excluded(text: str, s: int, e: int, raw: str, value: float) -> bool:
    """True when the number at [s, e) is not a count (year, time, date, age, unit...)."""
    before = text[max(0, s - 40) : s]
    after = text[e : e + 40]
    digits = raw[:1].isdigit()
    if digits:
        if before.endswith(("$", "€", "£", "¥", "#", "US$", "No.", ".")):
            return True
        if before[-1:].isalpha():
            return True
        if before.endswith("-") and before[-2:-1].isalnum():
            return True
        if after.startswith((":", ".", "/")) and after[1:2].isdigit():
            return True
        if before.endswith((":", "/")) and before[-2:-1].isdigit():
            return True
        plain = raw.replace(",", "")
        year_like = "," not in raw and plain.isdigit() and len(plain) == 4
        if (
            year_like
            and 1800 <= value <= 2099
            and (_YEARISH_BEFORE.search(before) or not _PERSON_AFTER.match(after))
        ):
            return True
        if after[:1] == "s" and not after[1:2].isalpha():
            return True  # decades: 1990s
        if _LABEL_BEFORE.search(before):
            return True
        if (
            after.startswith(")")
            and before.endswith("(")
            and _NAME_COMMA_BEFORE.search(before[:-1].rstrip() + ",")
        ):
            return True  # "Smith (23)": an age
    if _UNIT_AFTER.match(after):
        return True
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return True
    if _AGE_BEFORE.search(before):
        return True
    if _NAME_COMMA_BEFORE.search(before) and re.match(r"\s*,", after) and value < 120:
        return True  # "John Smith, 23,": an age
    if before.rstrip().endswith("of") and value < 20 and _PARENT_OF_BEFORE.search(before):
        return True
    low_before = before.lower()
    return raw.lower() == "one" and bool(
        re.search(r"\b(?:no|any|every|some|each|the)\s*$", low_before)
    )


def _hedge(n: float, qualifier: str) -> tuple[float | None, float | None, str]:
    if qualifier == "more_than":
        return (n + 1 if float(n).is_integer() else n), None, qualifier
    if qualifier == "at_least":
        return n, None, qualifier
    if qualifier == "almost":
        if n <= 1:
            return 0, 0, qualifier
        return n - max(1, math.ceil(n * 0.1)), n - 1, qualifier
    if qualifier == "up_to":
        return None, n, qualifier
    if qualifier == "below":
        return None, max(0, n - 1), "up_to"
    return n, n, qualifier


def find_quantities(
    text: str, vague: VagueAmounts | None = None, hinted: bool = False
) -> list[Quantity]:
    """Every count in ``text`` with its range; non-counts (years, ages, ...) are left out.
    ``hinted``: the caller already knows a word of the text can start a count."""
    vague = vague or DEFAULT_VAGUE
    out: list[Quantity] = []
    if not text or not (hinted or _QTY_HINT.search(text)):
        return out
    masked = _PHONE.sub(lambda m: "#" * len(m.group(0)), text) if "-" in text else text
    ratio_end = -1
    for m in _counts(masked):
        s, e = m.span()
        if m.group("vague"):
            key = _VAGUE_PHRASES.get(re.sub(r"\s+", " ", m.group("vague").lower()))
            if key is None:
                continue
            low = getattr(vague, key)
            high = None
            if key == "a_couple":
                high = low
            vscale = m.group("vscale")
            if vscale:
                if key not in _SCALABLE_VAGUE:
                    continue
                # "a few hundred", "several thousand", "a couple of dozen"
                mult = 12 if vscale.lower() == "dozen" else _SCALES[vscale.lower()]
                low *= mult
                high = None if high is None else high * mult
            out.append(Quantity(low, high, "vague" if high is None else "about", s, e, text[s:e]))
            continue
        n1_raw = m.group("n1")
        n1 = parse_number(n1_raw)
        n1_s, n1_e = m.span("n1")
        if n1 is None:
            # words that only partly form a number ("one and two"): keep the valid head
            toks = [t for t in _SPLIT_WORDS.split(n1_raw.lower()) if t]
            n1, used = _parse_words(toks)
            if n1 is None:
                continue
            mm = re.match(rf"\S+(?:[\s-]+\S+){{{used - 1}}}", n1_raw)
            n1_e = n1_s + (mm.end() if mm else len(n1_raw))
            e = n1_e
            n2_raw = None
        else:
            n2_raw = m.group("n2")
        if n1_raw.lower() in ("a", "an") or n1_raw.lower() in _SCALES:
            continue  # "a", or a bare "million" whose digits were money ("$5 million")
        pre = m.group("pre")
        if pre and pre[:2].lower() == "up" and _GONE_BEFORE.search(masked, 0, s):
            # "the toll has gone up to 31": the figure went up, it is no hedge
            pre = None
            s = n1_s
        qualifier = _PRE.get(re.sub(r"\s+", " ", pre.lower()), "exact") if pre else "exact"
        n2 = None
        if n2_raw:
            joiner = masked[n1_e : m.start("n2")]
            n2 = parse_number(n2_raw)
            ok = n2 is not None and (
                _RANGE_JOIN.search(joiner)
                and not ("and" in joiner.lower() and "between" not in m.group(0).lower())
            )
            if joiner.strip() in ("-", "–") and not (n1_raw[0].isdigit() and n2_raw[0].isdigit()):
                ok = False
            if not ok or n2 is None or n2 < n1 or (n2 > 20 * max(n1, 1) and n1 < 1000):
                n2 = None
                e = n1_e
        if _is_excluded(masked, n1_s, n1_e if n2 is None else e, n1_raw, float(n1)):
            continue
        if n1_s < ratio_end:
            continue  # the "five" of "one in five"
        if n1 == 1 and n2 is None:
            ratio = _RATIO_AFTER.match(masked, n1_e)
            if ratio is not None:
                ratio_end = ratio.end()
                continue  # "one in five of the dead were children": a proportion, not people
        if m.group("post") and n2 is None and e == m.end():
            post = m.group("post").strip().lower()
            qualifier = "about" if post == "or so" else "at_least"
            if post in ("+", "-plus", "plus"):
                qualifier = "more_than"
        if n2 is not None:
            # a range ("between 10 and 15", "10 to 15", "10-15") keeps both ends in low/high;
            # the contract has no "range" qualifier, and "about" is its nearest word: the
            # figure is approximate, with the bounds the text gives
            low, high, qual = float(n1), float(n2), "about"
            if qualifier == "up_to":
                low = None
        else:
            low, high, qual = _hedge(float(n1), qualifier)
        if pre and qualifier == "exact" and pre.lower() in ("another", "a further"):
            qual = "exact"
        low = whole(low)
        high = whole(high)
        if low is not None and high is not None and low > high:
            low, high = high, low
        if pre is None:
            s = n1_s if not m.group(0).lower().startswith(("between", "from")) else s
        out.append(Quantity(low, high, qual, s, e, text[s:e]))
    return out


# a figure that moves up: "has gone up to 31", "went up to 30"
_GONE_BEFORE = re.compile(r"\b(?:gone|went|goes|go|going|shot|moved)\s+$", re.IGNORECASE)


def whole(v: float | None) -> float | None:
    """A whole number as an int (``451.0`` -> ``451``), so a count is written the same way
    however it was computed."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
