"""Turn a raw document into a clean article: metadata plus a body of real paragraphs.

Plain text is split into units (one per line, hard-wrapped lines re-joined). The units before
the first prose paragraph form the header, where the headline, date line, byline, outlet,
share widgets, photo credits and captions live. Every unit is then classified with general
patterns for classes of boilerplate (widgets, credits, captions, section labels, link lists,
related-story blocks, trailing fragments); what is left is de-duplicated and joined with one
blank line between paragraphs. HTML goes through trafilatura first, then the same clean-up.

``parse_article`` never raises: on an unexpected error it falls back to the text's non-empty
lines as the body (an empty body for HTML).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from pipeline.core.lexicon import LINK_LABEL, LINK_SEPARATOR, RELEASE_LABEL
from pipeline.core.model import Article, RawDocument

PARSER_VERSION = "parse-1.2.0"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Header units inspected for the headline, date line, byline and outlet.
_MAX_HEADER_UNITS = 14
# Date lines further down than this are not the publication date.
_MAX_DATE_UNIT = 12
_CAPTION_MAX_WORDS = 25
_HEADLINE_MAX_WORDS = 30

# --- normalisation -------------------------------------------------------------------------

_ODD_NEWLINES = ("\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Control and invisible characters are dropped; odd blanks (tab, no-break space) become spaces.
# (Two regex passes: str.translate with a dict is slow on non-ASCII text.)
_INVISIBLE_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad]")
_ODD_BLANK_RE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTISPACE_RE = re.compile(r" {2,}")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if any(c in text for c in _ODD_NEWLINES):
        text = _NEWLINES_RE.sub("\n", text)
    # (every character the two patterns take is unprintable: a text printable but for its line
    # breaks, as most are, needs neither pass)
    if not text.replace("\n", " ").isprintable():
        text = _ODD_BLANK_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    if "  " in text:
        text = _MULTISPACE_RE.sub(" ", text)
    return text


_TERMINAL_STRIP = "\"'”’»)]*_ "
_KEY_RE = re.compile(r"[\W_]+")


# (The key of ASCII text by one byte translation, about twice as fast as the pattern; the
# typographic punctuation of news copy is spaced out first so that most text is ASCII.)
_KEY_PUNCT = ("’", "‘", "“", "”", "—", "–", "…", "\u00a0")
_KEY_BYTES = bytes(ord(chr(c).lower()) if chr(c).isalnum() else 32 for c in range(128)) + bytes(
    [32] * 128
)


def _key(text: str) -> str:
    """Comparison key: case, punctuation and spacing do not matter."""
    for ch in _KEY_PUNCT:
        if ch in text:
            text = text.replace(ch, " ")
    if text.isascii():
        return " ".join(text.encode().translate(_KEY_BYTES).decode().split())
    return _KEY_RE.sub(" ", text.casefold()).strip()


def _ends_sentence(unit: str) -> bool:
    tail = unit.rstrip(_TERMINAL_STRIP)
    return bool(tail) and tail[-1] in ".!?…"


def _is_prose(unit: str, n_words: int) -> bool:
    return n_words >= 20 or (n_words >= 12 and _ends_sentence(unit))


# --- markdown ------------------------------------------------------------------------------

_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")
_MD_EMPH_RE = re.compile(r"\*\*|__")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_BULLET_RE = re.compile(r"^(?:[-*•▪►·]|\d{1,2}[.)])\s+")
_LINK_LEFTOVER_RE = re.compile(r"[\s|•·,;/\-–—*>»]+")
_URL_LINE_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_BOLD_ONLY_RE = re.compile(r"^(?:[-*•▪►·]\s*)?(?:\*\*|__)[^*_]+(?:\*\*|__)$")


def _is_link_line(unit: str) -> bool:
    if "](" in unit:
        rest = _MD_LINK_RE.sub("", unit)
        return not _LINK_LEFTOVER_RE.sub("", rest)
    return bool(_URL_LINE_RE.match(unit))


def _demarkdown(unit: str) -> str:
    if "](" in unit:
        unit = _MD_LINK_RE.sub(r"\1", unit)
    if "**" in unit or "__" in unit:
        unit = _MD_EMPH_RE.sub("", unit)
    if unit.startswith("#"):
        unit = _MD_HEADING_RE.sub("", unit)
    return unit.strip()


# --- dates ---------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_RE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})"  # 15.09.2022 is day first
    r"|(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>\d{4}))(?![\d])",
    re.I,
)
_DATE_NOISE_RE = re.compile(
    r"\b(?:published|updated|posted|last|first|modified|date|created|on|at|and"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\b\.?"
    r"|\b[ap]\.?m\b\.?"
    r"|T?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\b(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|(?-i:\b[A-Z]{2,5}\b)"
    r"|\b\d+\s*min(?:ute)?s?(?:\s*read)?\b"
    r"|[\s,|:/()\-–—•·]+",
    re.I,
)


def _date_of(m: re.Match) -> date | None:
    try:
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        if m.group("y4"):
            return date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        if m.group("y5"):
            # 09/15/2022 or 15/09/2022: only when one of the two cannot be a month
            a, b = int(m.group("a5")), int(m.group("b5"))
            if a > 12 >= b:
                return date(int(m.group("y5")), b, a)
            if b > 12 >= a:
                return date(int(m.group("y5")), a, b)
            return None
        if m.group("y1"):
            y, mon, d = m.group("y1"), m.group("m1"), m.group("d1")
        else:
            y, mon, d = m.group("y2"), m.group("m2"), m.group("d2")
        return date(int(y), _MONTHS[mon[:3].lower()], int(d))
    except (ValueError, KeyError):
        return None


def _date_line(unit: str, n_words: int) -> date | None:
    """The date when the whole unit is a date line such as 'Updated 15 Sep 2022, 10:05 GMT'."""
    if n_words > 12 or not _DIGIT_RE.search(unit):
        return None
    m = _DATE_RE.search(unit)
    if not m:
        return None
    rest = unit[: m.start()] + " " + unit[m.end() :]
    if _DATE_NOISE_RE.sub("", rest):
        return None
    return _date_of(m)


def _date_from_hint(hint: str | None) -> date | None:
    if not hint:
        return None
    hint = hint.strip()
    try:
        return datetime.fromisoformat(hint).date()
    except ValueError:
        pass
    m = _DATE_RE.search(hint)
    return _date_of(m) if m else None


# --- boilerplate classes -------------------------------------------------------------------

# Words that make up share / font-size / navigation widgets when a line holds nothing else.
_WIDGET_WORDS = _words(
    "share shares shared save saved print email e-mail mail tweet twitter x facebook whatsapp "
    "linkedin telegram reddit pinterest flipboard messenger sms copy copied link links url "
    "comment comments bookmark bookmarks listen follow subscribe a+ a- a font size text "
    "+ - | • · this article story page on via gift close menu search more less aa with "
    "vk viber threads bluesky mastodon instagram youtube tiktok google news"
)
_WIDGET_TOKEN_STRIP = ".,:;!?()[]{}\"'“”‘’"

_BOILER_RE = re.compile(
    r"^\(?(?:"
    r"(?:you can )?share (?:this|the) (?:story|article|post|page|video)\b.{0,60}"
    r"|(?:share|follow)(?: us)? on (?:social media|facebook|twitter|x)\b.{0,40}"
    r"|comments? (?:are|is) (?:closed|disabled|off)\.?"
    r"|(?:leave|post|add|view|show|read|see|load) (?:a |the |all |more )?(?:\d+ )?comments?"
    r"\b.{0,30}"
    r"|\d+ comments?"
    r"|(?:sign up|subscribe|register)\b.{0,120}"
    r"\b(?:newsletter|updates|alerts|e-?mails?|inbox)\b.{0,60}"
    r"|(?:advertisement|advertising|advert|sponsored|ad|promoted|paid content)"
    r"(?:\s*[-–—:|]\s*.{0,40})?|scroll (?:down )?to continue\b.{0,40}"
    r"|(?:sign up|subscribe|register|log ?in|sign in)(?: here| now| today| for free)?\W*"
    r"|save (?:this )?(?:articles?|stories) (?:to|for) read(?:ing)? later\b.{0,80}"
    r"|.{0,40}\bexternal links?\b.{0,40}\bnew (?:window|tab)\b.{0,10}"
    r"|opens? in (?:a )?new (?:window|tab)"
    r"|support (?:our|independent|us|quality) (?:journalism|reporting|work)\b.{0,150}"
    r"|become a (?:member|patron|subscriber|supporter)\b.{0,100}|donate(?: now| today)?\W*"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|GMT|UTC)?(?:\s*[+-]\s*\d{1,2})?"
    r"|(?:about |updated )?\d+\s*(?:minutes?|mins?|hours?|hrs?|h|m|days?|d)\s+ago"
    r"|skip to (?:main )?content|skip (?:ad|advertisement)"
    r"|(?:follow|like|find) us on\b.{0,60}"
    r"|click (?:here|to)\b.{0,100}"
    r"|(?:continue|keep) reading\b.{0,40}|(?:story|article) continues(?: below)?\b.{0,30}"
    r"|loading\W*"
    r"|(?:image|photo|picture|media|video) (?:source|caption|copyright)\b.{0,200}"
    r"|copyright\b.{0,120}|©.{0,120}|.{0,80}\ball rights reserved\b.{0,40}"
    r"|(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.{0,160}"
    r"|our standards\b.{0,80}"
    r"|(?:tags?|topics?|filed under|categories|keywords)\s*:.{0,200}"
    r"|(?:font|text) size\b.{0,20}"
    r"|listen to (?:this|the) (?:article|story)\b.{0,40}"
    r"|\d+\s*min(?:ute)?s?(?: read| listen)?|(?:estimated )?reading time\b.{0,30}"
    r"|(?:download|get) (?:the|our) (?:\w+ )?app\b.{0,60}"
    r"|(?:we use cookies|this (?:site|website) uses cookies)\b.{0,200}"
    r"|accept(?: all)?(?: cookies)?"
    r"|(?:next|previous|prev) (?:article|story|post)\b.{0,120}"
    r"|back to top|go to top|top of page"
    r"|(?:please )?enable javascript\b.{0,80}"
    r"|(?:report|suggest) (?:a |an )?(?:error|correction|typo)\b.{0,40}"
    r"|(?:have|got) a (?:news )?tip\b.{0,100}"
    r")\)?$",
    re.I,
)
# First words of the lines _BOILER_RE can match: a cheap test before the big regex.
_BOILER_STARTS = _words(
    "you share follow comment comments leave post add view show read see load sign subscribe "
    "register advertisement advertising advert sponsored ad promoted paid scroll log login save "
    "opens open support become donate about updated skip like find click continue keep story "
    "article loading image photo picture media video copyright © additional reporting writing "
    "editing compiled produced our tags tag topics topic filed categories keywords font text "
    "listen estimated reading download get we this accept next previous prev back go top please "
    "enable report suggest have got these"
)


def _looks_like_script(unit: str) -> bool:
    # (the words the pattern needs, tested first: it scans the whole unit)
    if not (
        unit.startswith(("function", "var", "let", "const"))
        or "googletag" in unit
        or "window." in unit
        or "document." in unit
    ):
        return False
    return _SCRIPT_RE.search(unit) is not None


_SCRIPT_RE = re.compile(
    r"^(?:function|var|let|const)\s+\w*\s*[({=]|\b(?:googletag|window\.\w+\s*[(=]"
    r"|document\.\w+\s*\()"
)
# "READ MORE: <headline>" and friends: a pointer to another story, whatever follows.
_READ_MORE_RE = re.compile(f"^{LINK_LABEL}{LINK_SEPARATOR}", re.I)
# A heading that opens a block of links to other stories.
_RELATED_HEAD_RE = re.compile(
    r"^(?:related(?: (?:articles?|stories|story|content|news|topics|coverage|reading|links|posts"
    r"|videos?|internet links))?"
    r"|more (?:from|on|in|stories|news|like this|to explore|coverage)\b.{0,40}"
    r"|you (?:may|might) (?:also )?(?:like|be interested in|want to (?:read|watch))"
    r"|recommended(?: for you| stories| articles| reading)?"
    r"|most (?:read|popular|viewed|shared|watched)(?: stories| articles)?"
    r"|top (?:stories|news|headlines)|trending(?: now| stories| news)?"
    r"|latest (?:news|stories|articles|headlines|videos?)|editor'?s'? (?:picks|choice)"
    r"|read next|up next|don'?t miss|what to read next|popular now|around the web"
    r"|further reading|explore more|in other news|elsewhere on \w+"
    r"|(?:more )?related (?:links|reading)|other stories|also in (?:the )?news)\s*:?$",
    re.I,
)

# Photo credits: a line that only names who took or supplied a picture.
_CREDIT_WORDS = _words(
    "getty images image imagery photo photos photograph photographs picture pictures archive "
    "archives file handout supplied via reuters afp ap epa efe epa-efe anadolu agency aa tass "
    "sputnik ria novosti xinhua shutterstock alamy pa wire bloomberg courtesy of the / - "
    "pool dpa ansa upi sipa nurphoto zuma press creative commons wikimedia wikipedia getty "
    "istock stock associated"
)
_CREDIT_CORE = _words(
    "getty images photo photos photograph picture pictures archive file handout shutterstock "
    "alamy courtesy pool istock supplied"
)
_AGENCIES = _words(
    "reuters afp ap epa efe epa-efe anadolu tass sputnik xinhua dpa ansa upi sipa aa bloomberg "
    "nurphoto zuma ria novosti getty"
)
_CREDIT_RE = re.compile(
    r"^(?:(?:photo|photograph|picture|image|foto|file photo|photo credit|image credit|credit"
    r"|source|illustration|video|graphic)s?\s*(?:credit|source)?\s*[:©/|]\s*.{1,80}"
    r"|(?:\w+ )?(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty|Sputnik|TASS|Anadolu)\s*"
    r"(?:Photo|Images?)?\s*/\s*[\w .'’-]{2,60}"
    r"|[\w .'’-]{2,60}/\s*(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Sputnik|TASS"
    r"|Anadolu Agency|Anadolu|Shutterstock|Xinhua|Alamy|dpa|Handout)(?: via [\w .'-]+)?"
    r"|.{0,60}\bvia getty images|\(c\)\s*.{1,60})$",
    re.I,
)
# A caption that carries its own credit at the end: "... in Kyiv. (AP Photo/Jane Doe)".
_CAPTION_CREDIT_TAIL_RE = re.compile(
    r"(?:\((?:[^()]{0,40}\b(?:photo|image|picture|credit)s?\b[^()]{0,60}|(?:AP|AFP|Reuters|EPA"
    r"|Getty Images)[^()]{0,40})\)"
    r"|\b(?:photo|photograph|image|picture)s?(?: credit)?\s*:\s*[^.]{2,60}"
    r"|\|\s*(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock)[^.]{0,40}"
    r"|\((?=[A-Z])[^()\d]{2,60}/[^()\d]{2,40}\))\s*\.?$",
    re.I,
)
_CAPTION_PREFIX_RE = re.compile(r"^(?:image |photo |media |video )?caption\s*[:,]", re.I)

# Outlet names: a modest table of well-known outlets, plus a general shape for the rest.
_KNOWN_OUTLETS = frozenset(
    k.casefold()
    for k in (
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "BBC News",
        "BBC World Service", "CNN", "Al Jazeera", "Al Jazeera English", "The Guardian",
        "Guardian", "The New York Times", "New York Times", "The Washington Post",
        "Washington Post", "Bloomberg", "Sputnik", "Sputnik International", "TASS", "RIA Novosti",
        "Interfax", "Xinhua", "Anadolu Agency", "Anadolu", "TRT World", "Daily Sabah",
        "France 24", "DW", "Deutsche Welle", "Euronews", "Kyiv Independent",
        "The Kyiv Independent", "Ukrinform", "Ukrainska Pravda", "RT", "RFE/RL",
        "Radio Free Europe/Radio Liberty", "Armenpress", "Azertac", "Trend", "APA",
        "Eurasianet", "OC Media", "JAMnews", "The Times of Israel", "Times of Israel", "Haaretz",
        "The Jerusalem Post", "Middle East Eye", "Al Arabiya", "Al-Monitor", "The Hindu", "Dawn",
        "NDTV", "Sky News", "ITV News", "NPR", "PBS NewsHour", "CBS News", "NBC News",
        "ABC News", "Fox News", "The Independent", "The Telegraph", "Financial Times",
        "The Economist", "Politico", "Axios", "VOA", "Voice of America", "Le Monde", "Meduza",
        "The Moscow Times", "Hurriyet Daily News", "Kommersant", "Iran International", "IRNA",
        "Press TV", "Arab News", "The National", "Asharq Al-Awsat", "Rudaw", "Kurdistan24",
        "Daily Nation", "Premium Times", "Sudan Tribune", "Radio Dabanga", "Addis Standard",
        "The Irrawaddy", "Myanmar Now", "Los Angeles Times", "Chicago Tribune", "USA Today",
        "The Wall Street Journal", "Wall Street Journal", "Newsweek", "The Hill", "Yonhap",
        "Kyodo News", "ANI", "PTI", "The Straits Times", "South China Morning Post", "ABC",
    )
)  # fmt: skip
_OUTLET_SHAPE_RE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}(?:News|Times|Post|Press|Herald|Tribune|Journal"
    r"|Gazette|Telegraph|Guardian|Independent|Observer|Chronicle|Express|Mirror|Mail|Standard"
    r"|Star|Sun|Today|Agency|Network|Radio|TV|Television|Online|Insider|Monitor|Courier"
    r"|Bulletin|Dispatch|Wire|Media|Daily|Weekly|Report|Register|Record|Sentinel|Inquirer"
    r"|Examiner|Enquirer|Pravda|Izvestia|World)(?:\s+(?:Online|International|English|Today"
    r"|Digital|UK|US))?$"
    r"|^(?:[\w-]+\.)+(?:com|net|org|co\.uk|ru|az|am|ua|info|news|tv|in|ng|ke|il|ge)$",
)
# "Local News", "World News": section names that have an outlet's shape but are not outlets.
_SECTION_WORDS = _words(
    "local world national international breaking latest top us u.s. uk regional crime metro "
    "politics business sport sports home news europe asia africa americas middle east live "
    "video opinion analysis more"
)

_PARTICLES = "de|da|del|della|van|von|der|den|al|el|bin|ibn|la|le|di|du|dos|das|ter|ten|y"
_NAME_RE = re.compile(
    rf"^(?:[A-Z][\w'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’.\-]*|{_PARTICLES})){{1,3}}$"
)
_IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}$")
_NAME_LIST_RE = re.compile(r"\s*(?:,|&|\band\b)\s*")
_BYLINE_RE = re.compile(r"^(?:by|written by|words by)\s*:?\s+(?P<who>.{3,120})$", re.I)
_BYLINE_ROLE_RE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|contributor|staff|columnist|journalist|producer"
    r"|analyst|bureau|chief|special to|in [A-Z]\w+)\b",
    re.I,
)
_SPLIT_OUTLET_RE = re.compile(r"\s+(?:\||[-–—]|for)\s+|\s*,\s*")

_TITLE_SEP_RE = re.compile(r"\s+(?:\||«|»|::|[-–—])\s+")

_DATELINE_CAPS_STOP = _words(
    "update updated breaking watch exclusive live video photos opinion analysis editorial "
    "new urgent warning correction"
)
_DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3})"
    rf"(?:,\s*(?:(?i:{_MONTH})\s+\d{{1,2}}|(?P<region>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){{0,2}})))?"
    rf"(?:,\s*(?i:{_MONTH})\s+\d{{1,2}})?"
    r"\s*(?:\((?P<outlet>[^()]{2,40})\)\s*)?(?:[-–—]{1,2}|:)"
)
# a wire dateline with the city in title case: "Quito, Aug. 9 (Agency).", "Kabul, May 3
# (Agency) -". A capitalised word and a comma open many sentences, so the day and the
# agency in brackets must both follow.
_TITLE_CASE_DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][a-zà-ÿ'’\-]+(?:\s[A-Z][a-zà-ÿ'’\-]+){0,2}),\s*"
    rf"(?i:{_MONTH})\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*"
    r"\((?P<outlet>[^()]{2,40})\)\s*(?:[-–—]{1,2}|:|\.)"
)
_LEADING_DATE_RE = re.compile(r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?=\w)")
_OUTLET_ONLY_DATELINE_RE = re.compile(r"^\((?P<outlet>[A-Z][^()]{1,30})\)\s*[-–—]{1,2}")

_HARD_WRAP_MIN = 40
_DIGIT_RE = re.compile(r"\d")


@dataclass
class _Parsed:
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    credit: str | None = None  # the outlet or agency the dateline credits: "KYIV (Reuters) -"
    published_on: date | None = None
    units: list[str] = field(default_factory=list)
    n_boilerplate: int = 0
    n_duplicates: int = 0


def _split_units(text: str) -> list[str]:
    """One unit per non-empty line; a hard-wrapped line is joined to the one before it."""
    units: list[str] = []
    prev_blank = True
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            prev_blank = True
            continue
        if (
            units
            and not prev_blank
            and line[0].islower()
            and len(units[-1]) >= _HARD_WRAP_MIN
            and not _BYLINE_RE.match(line)
            and not _ends_sentence(units[-1])
            and not units[-1].endswith(":")
        ):
            units[-1] = units[-1] + " " + line
        else:
            units.append(line)
        prev_blank = False
    return units


def _widget(unit: str, n_words: int) -> bool:
    if ("(" in unit or "=" in unit) and _looks_like_script(unit):
        return True  # a line of JavaScript that leaked into the text
    if n_words > 30:
        return False
    if n_words <= 8:
        tokens = [t.strip(_WIDGET_TOKEN_STRIP).lower() for t in unit.split()]
        tokens = [t for t in tokens if t]
        if tokens and all(t in _WIDGET_WORDS for t in tokens):
            return True
    head = unit[:40].split(None, 1)
    first = head[0].strip(_WIDGET_TOKEN_STRIP).lower() if head else ""
    if (
        first in _BOILER_STARTS
        or first[:1].isdigit()
        or first[:1] == "©"
        or "rights reserved" in unit
        or "Rights Reserved" in unit
        or "RIGHTS RESERVED" in unit
        or "new window" in unit
        or "new tab" in unit
    ):
        return bool(_BOILER_RE.match(unit))
    return False


def _credit(unit: str, n_words: int) -> bool:
    if n_words > 14:
        return False
    if n_words <= 6:
        tokens = [t.strip(_WIDGET_TOKEN_STRIP).lower() for t in unit.split()]
        tokens = [t for t in tokens if t]
        if (
            tokens
            and all(t in _CREDIT_WORDS for t in tokens)
            and any(t in _CREDIT_CORE for t in tokens)
        ):
            return True
    return bool(_CREDIT_RE.match(unit))


def _agency(unit: str) -> bool:
    """A lone news-agency name: the outlet in a header, a photo credit elsewhere."""
    low = unit.strip(_WIDGET_TOKEN_STRIP).lower()
    return low in _AGENCIES or low in ("associated press", "anadolu agency", "ria novosti")


def _outlet_name(text: str) -> str | None:
    """``text`` when it reads as an outlet's name, else None."""
    text = text.strip().strip(_WIDGET_TOKEN_STRIP).strip()
    if not text or len(text) > 60:
        return None
    if text.casefold() in _KNOWN_OUTLETS:
        return text
    if _OUTLET_SHAPE_RE.match(text):
        words = [w.lower() for w in text.split()]
        if all(w in _SECTION_WORDS for w in words):
            return None
        return text
    return None


def _name(text: str) -> bool:
    """A person's name, optionally with where they write from ('Jane Roe in Kyiv')."""
    m = _IN_PLACE_RE.search(text)
    if m:
        text = text[: m.start()]
    if not _NAME_RE.match(text):
        return False
    words = {w.lower() for w in text.split()}
    return not (words & _SECTION_WORDS)


def _byline_names(who: str) -> tuple[str | None, str | None]:
    """'Jane Doe and John Roe, Reuters' -> ('Jane Doe and John Roe', 'Reuters')."""
    parts = [p.strip() for p in _SPLIT_OUTLET_RE.split(who) if p.strip()]
    if not parts:
        return None, None
    names: list[str] = []
    outlet = None
    for part in parts:
        if outlet is None and names and _outlet_name(part):
            outlet = _outlet_name(part)
            continue
        if _BYLINE_ROLE_RE.search(part) or (names and not _name_list(part)):
            continue
        names.append(part)
    if not names or not all(_name_list(n) for n in names):
        return None, outlet
    return ", ".join(names), outlet


def _name_list(text: str) -> bool:
    parts = [p for p in _NAME_LIST_RE.split(text) if p]
    return bool(parts) and all(_name(p) or p.isupper() and _name(p.title()) for p in parts)


def _split_site(title: str) -> tuple[str, str | None]:
    """'Headline | Site' -> ('Headline', 'Site') when the tail names an outlet.

    After ``|`` or ``«`` any short tail that is not a section name or a date is taken as the
    site; after a dash the tail must read as an outlet's name ("- Cabinet" is an attribution).
    """
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) < 2:
        return title, None
    seps = [sep.strip() for sep in _TITLE_SEP_RE.findall(title)]
    for i in range(len(parts) - 1, 0, -1):
        part = parts[i].strip(" |«»:-–—")
        if "," in part:  # "Gazette, News": a section name after the site's name
            name, _, rest = part.rpartition(",")
            if all(w.lower() in _SECTION_WORDS for w in rest.split()):
                part = name.strip()
        outlet = _outlet_name(part)
        if (
            outlet is None
            and seps[i - 1] in ("|", "«", "»", "::")
            and 1 <= len(part.split()) <= 5
            and not all(w.lower() in _SECTION_WORDS for w in part.split())
            and not _DATE_RE.search(part)
        ):
            outlet = part
        if outlet:
            head = parts[:i]
            # drop section names left between the headline and the site ("- News -")
            while len(head) > 1 and all(w.lower() in _SECTION_WORDS for w in head[-1].split()):
                head.pop()
            rebuilt = head[0]
            for sep, part in zip(_TITLE_SEP_RE.findall(title), head[1:], strict=False):
                rebuilt += sep + part
            return rebuilt.strip(), outlet
    return title, None


def _headline_like(unit: str, n_words: int) -> bool:
    if not 3 <= n_words <= _HEADLINE_MAX_WORDS:
        return False
    tail = unit.rstrip(_TERMINAL_STRIP)
    return bool(tail) and tail[-1] not in ".:;,"


def _kicker(unit: str, n_words: int, nxt: str, nxt_words: int, nxt_kind: str) -> bool:
    """A short topic line directly above a longer headline."""
    return (
        n_words <= 4
        and nxt_kind == "text"
        and nxt_words > n_words + 2
        and _headline_like(nxt, nxt_words)
        and not _ends_sentence(nxt)
    )


def _fragment(unit: str, n_words: int) -> bool:
    """A short line that is not a sentence: a caption, a teaser, a map legend, a label."""
    return n_words < _CAPTION_MAX_WORDS and not _ends_sentence(unit)


def _dateline(units: list[str]) -> tuple[str | None, str | None, date | None]:
    """City, outlet and date of a dateline such as 'KYIV, Ukraine (AP) —' at the body's start.

    A date right at the start of the body ('Monday, May 2, 2016 KYIV --') or in the dateline's
    brackets ('GOMA (May 2, 2016) -') is taken as the publication date.
    """
    for unit in units[:3]:
        when = None
        lead = _LEADING_DATE_RE.match(unit)
        if lead:
            m = _DATE_RE.match(unit, lead.end())
            when = _date_of(m) if m else None
            unit = unit[m.end() :].lstrip(" ,-–—|") if m else unit
        m = _DATELINE_RE.match(unit) or _TITLE_CASE_DATELINE_RE.match(unit)
        if m:
            city = m.group("city").strip(" .-")
            outlet = m.group("outlet")
            if outlet:
                in_brackets = _DATE_RE.search(outlet)
                if in_brackets:
                    when = when or _date_of(in_brackets)
                    outlet = None
            if city.casefold() in _KNOWN_OUTLETS and not outlet:
                return None, city, when  # "CNN —": the outlet in place of a city
            if (
                len(city) >= 3
                and city.lower() not in _DATELINE_CAPS_STOP
                and (outlet or len(unit) > len(m.group(0)) + 20)
            ):
                return city, outlet.strip() if outlet else None, when
        m = _OUTLET_ONLY_DATELINE_RE.match(unit)
        if m:
            return None, m.group("outlet").strip(), when
        if when:
            return None, None, when
    return None, None, None


def _strip_title_prefix(units: list[str], candidates: list[str]) -> None:
    """Drop a leading unit that is the title, or cut the title glued to the first line."""
    if not units:
        return
    first = units[0]
    for cand in candidates:
        if not cand:
            continue
        if _key(first) == _key(cand):
            units.pop(0)
            return
        if first.startswith(cand) and len(first) > len(cand):
            rest = first[len(cand) :].lstrip(" :|-–—")
            units[0] = rest
            if not rest:
                units.pop(0)
            return


def _n_words(unit: str) -> int:
    """``len(unit.split())`` of a unit of ``_split_units(_normalise(...))``: its only blanks are
    single spaces, none at either end, so the spaces count the words (with no list built)."""
    return unit.count(" ") + 1


def _clean(text: str, title_hint: str | None) -> _Parsed:
    out = _Parsed()
    units = _split_units(_normalise(text))
    title_candidates: list[str] = []
    if title_hint:
        hint = _normalise(title_hint).strip()
        head, site = _split_site(hint)
        out.title = head or hint
        out.outlet = site
        title_candidates = [hint, head]
        _strip_title_prefix(units, title_candidates)
    title_key = _key(out.title) if out.title else None
    title_from_text = False

    words = [_n_words(u) for u in units]
    n = len(units)
    first_prose = next((i for i in range(n) if _is_prose(units[i], words[i])), n)
    header_end = min(first_prose, _MAX_HEADER_UNITS)

    # Base classes, computed once; the header is resolved with its neighbours in view.
    kinds: list[str] = []
    for i in range(n):
        u, w = units[i], words[i]
        if (
            (w > 40 or (w > 25 and _ends_sentence(u) and not _READ_MORE_RE.match(u)))
            and "](" not in u
            and not (("(" in u or "=" in u) and _looks_like_script(u))
        ):
            kind = "text"  # long prose: none of the short boilerplate classes apply
        elif w <= 6 and RELEASE_LABEL.search(u):
            kind = "text"  # "PRESS RELEASE": kept, the extractor reads whose document it is
        elif _is_link_line(u):
            kind = "link"
        elif _BOLD_ONLY_RE.match(u) and u[0] in "-*•▪►·" and not u.startswith("**"):
            kind = "link"  # a bulleted bold line is a related-story link without its URL
        elif _date_line(u, w):
            kind = "date"
        elif _BYLINE_RE.match(u) and w <= 14 and (w <= 6 or not _ends_sentence(u)):
            kind = "byline"
        elif _RELATED_HEAD_RE.match(u) and w <= 8:
            kind = "related"
        elif _READ_MORE_RE.match(u) and w <= 40:
            kind = "readmore"
        elif _widget(u, w):
            kind = "widget"
        elif _agency(u):
            kind = "agency"
        elif _credit(u, w):
            kind = "credit"
        elif w <= 6 and _outlet_name(u):
            kind = "outlet"
        elif w <= 8 and _name(u):
            kind = "name"
        elif w <= 10 and _SPLIT_OUTLET_RE.search(u) and all(_byline_names(u)):
            kind = "name_outlet"  # "Jane Doe | Example News"
        elif w <= 2 and not _ends_sentence(u) and not _DIGIT_RE.search(u):
            kind = "label"
        elif _CAPTION_PREFIX_RE.match(u) or (
            w <= 40
            and (u[-1] == ")" or "|" in u or ":" in u[-100:])
            and _CAPTION_CREDIT_TAIL_RE.search(u[-100:])
        ):
            kind = "caption"
        else:
            kind = "text"
        kinds.append(kind)

    header_outlet: str | None = None
    keep: list[str] = []
    after_credit = after_label = in_related = False
    prev_kind = ""
    for i in range(n):
        u, w, kind = units[i], words[i], kinds[i]
        in_header = i < header_end
        drop = True
        if kind == "date":
            if out.published_on is None and i < _MAX_DATE_UNIT:
                out.published_on = _date_line(u, w)
        elif kind == "byline" and (in_header or i < _MAX_DATE_UNIT):
            m = _BYLINE_RE.match(u)
            who, outlet = _byline_names(m.group("who")) if m else (None, None)
            if who is None and outlet is None:
                drop = False
            else:
                out.byline = out.byline or who
                header_outlet = header_outlet or outlet
        elif kind in ("link", "widget", "readmore"):
            pass
        elif kind == "related":
            in_related = True
        elif kind == "agency":
            neighbours = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < n}
            if in_header and neighbours & {"name", "byline", "date"}:
                header_outlet = header_outlet or u.strip(_WIDGET_TOKEN_STRIP)
            else:
                kind = "credit"
        elif kind == "outlet":
            if in_header:
                header_outlet = header_outlet or _outlet_name(u)
        elif kind == "name":
            neighbours = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < n}
            if (
                in_header
                and out.title is not None
                and out.byline is None
                and neighbours & {"outlet", "agency", "date"}
            ):
                m = _IN_PLACE_RE.search(u)
                out.byline = u[: m.start()] if m else u
            elif w <= 2:
                kind = "label"
            else:
                drop = False
        elif kind == "name_outlet":
            if in_header and out.title is not None and out.byline is None:
                out.byline, outlet = _byline_names(u)
                header_outlet = header_outlet or outlet
            else:
                drop = False
        elif kind == "caption" or kind == "credit" or kind == "label":
            pass
        else:
            drop = False

        if not drop:
            if title_key is not None and abs(len(u) - len(title_key)) < 12 and _key(u) == title_key:
                out.n_duplicates += 1
            elif after_credit and _fragment(u, w) and w > 2:
                out.n_boilerplate += 1  # a photo caption
            elif after_label and not in_header and _fragment(u, w) and _headline_like(u, w):
                out.n_boilerplate += 1  # a teaser for another story under a section label
            elif (in_related and not _is_prose(u, w)) or (
                prev_kind == "link" and _BOLD_ONLY_RE.match(u)
            ):
                out.n_boilerplate += 1  # the rest of a related-stories block
            elif (
                out.title is None
                and in_header
                and _headline_like(u, w)
                and not _ends_sentence(u)
                and i + 1 < n
            ):
                if _kicker(u, w, units[i + 1], words[i + 1], kinds[i + 1]):
                    out.n_boilerplate += 1  # "Ukraine war latest" above the real headline
                else:
                    out.title = u
                    title_key = _key(u)
                    title_from_text = True
            else:
                keep.append(u)
                in_related = in_related and not _is_prose(u, w)
        else:
            out.n_boilerplate += 1
        after_credit = kind == "credit"
        after_label = kind == "label"
        prev_kind = kind

    # Trailing fragments (map legends, teasers, "Route 6"): nothing after the last sentence.
    end = len(keep)
    while end > 0 and _fragment(keep[end - 1], len(keep[end - 1].split())):
        end -= 1
    if end > 0:
        out.n_boilerplate += len(keep) - end
        keep = keep[:end]

    seen: set[str] = set()
    for u in keep:
        clean = _demarkdown(u)
        k = _key(clean)
        if not k:
            out.n_boilerplate += 1
            continue
        if k in seen:
            out.n_duplicates += 1
            continue
        seen.add(k)
        out.units.append(clean)

    if not out.units and title_from_text and out.title:
        out.units = [out.title]
    if out.title and title_from_text:
        head, site = _split_site(_demarkdown(out.title))
        out.title = head
        header_outlet = header_outlet or site
    out.dateline, dateline_outlet, dateline_date = _dateline(out.units)
    out.credit = dateline_outlet
    out.published_on = out.published_on or dateline_date
    out.outlet = header_outlet or dateline_outlet or out.outlet
    return out


def _language(hint: str | None) -> str:
    if not hint or not hint.strip():
        return "en"
    return hint.strip().lower().replace("_", "-").split("-")[0] or "en"


def _from_html(doc: RawDocument) -> tuple[str, dict]:
    return html_main_text(doc.raw_text, doc.url)


def html_main_text(html: str, url: str | None = None) -> tuple[str, dict]:
    """Main text and metadata of an HTML page via trafilatura (no network).

    The text is empty when the page has none (only scripts, styles or navigation); ingest uses
    the same call to reject such pages.
    """
    import trafilatura  # imported lazily: plain-text parsing should not pay for it

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
        )
    except Exception:  # trafilatura can fail on pathological markup; the body is then empty
        return "", {}
    if result is None:
        return "", {}
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return meta.get("text") or "", meta


def _meta_str(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if isinstance(value, str) and value.strip():
        return _normalise(value).strip()
    return None


def parse_article(doc: RawDocument) -> Article:
    """Parse one raw document into an article (``article_id`` = ``doc_id``)."""
    try:
        return _parse(doc)
    except Exception:  # never fail a whole batch on one odd document
        raw = "" if doc.media_type == "text/html" else (doc.raw_text or "")
        paragraphs = [p for p in raw.split("\n") if p.strip()]
        return Article(
            article_id=doc.doc_id,
            body="\n\n".join(p.strip() for p in paragraphs),
            title=doc.title_hint,
            outlet=doc.outlet_hint,
            language=_language(doc.language_hint),
            n_paragraphs=len(paragraphs),
        )


def _parse(doc: RawDocument) -> Article:
    text = doc.raw_text or ""
    title_hint = doc.title_hint
    meta: dict = {}
    if doc.media_type == "text/html":
        text, meta = _from_html(doc)
        title_hint = title_hint or _meta_str(meta, "title")

    parsed = _clean(text, title_hint)

    outlet = doc.outlet_hint or _meta_str(meta, "sitename") or parsed.outlet
    byline = _meta_str(meta, "author") or parsed.byline
    published_on = _date_from_hint(doc.published_hint)
    source = "metadata"
    if published_on is None:
        published_on = _date_from_hint(_meta_str(meta, "date"))
    if published_on is None:
        published_on, source = parsed.published_on, "text"
    if published_on is None:
        source = "unknown"

    # The headline stays the body's first paragraph: a figure in it is a mention with a span
    # in the body like any other (and `title` repeats it for display).
    title = " ".join(parsed.title.split()) if parsed.title else None  # one line
    units = parsed.units
    if title and (not units or _key(units[0]) != _key(title)):
        units = [title, *units]

    return Article(
        article_id=doc.doc_id,
        body="\n\n".join(units),
        title=title,
        outlet=outlet,
        byline=byline,
        dateline=parsed.dateline,
        credit=parsed.credit,
        published_on=published_on,
        published_on_source=source,
        language=_language(doc.language_hint or _meta_str(meta, "language")),
        n_paragraphs=len(units),
        n_boilerplate_removed=parsed.n_boilerplate,
        n_duplicates_removed=parsed.n_duplicates,
    )
