"""The records that flow between the layers, as plain dataclasses.

Column names match ``shared/design/data-contract.md``; the pandera contracts in
``pipeline.contracts`` are the source of truth for types.
"""

from dataclasses import asdict, dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RawDocument:
    """One input document as read from the inbox (a row of ``raw.documents``)."""

    doc_id: str
    source_file: str
    raw_text: str
    media_type: str = "text/plain"  # or "text/html"
    source_line: int | None = None
    source_id: str | None = None
    url: str | None = None
    outlet_hint: str | None = None
    published_hint: str | None = None  # ISO date or datetime string, as given
    title_hint: str | None = None
    language_hint: str | None = None
    encoding: str = "utf-8"
    byte_size: int = 0


@dataclass(frozen=True)
class Reject:
    """An input file or line that could not become a document (a row of ``raw.rejects``)."""

    source_file: str
    reason: str  # short code, e.g. "empty", "binary", "bad_json"
    detail: str  # a sentence a person can act on
    source_line: int | None = None


@dataclass(frozen=True)
class Article:
    """A parsed article (a row of ``parsed.articles``, without ``duplicate_of``)."""

    article_id: str
    body: str  # paragraphs separated by a blank line; claim spans index into this
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    credit: str | None = None  # the outlet or agency a dateline credits ("KYIV (Reuters) -")
    published_on: date | None = None
    published_on_source: str = "unknown"  # metadata | text | inferred | unknown
    language: str | None = "en"
    n_paragraphs: int = 0
    n_boilerplate_removed: int = 0
    n_duplicates_removed: int = 0


@dataclass
class Claim:
    """One figure an article states (a row of ``extracted.claims``)."""

    claim_id: str
    article_id: str
    kind: str  # casualty | territory
    metric: str  # killed | wounded | missing | captured | casualties | area_km2
    low: float | None
    high: float | None
    qualifier: str  # exact | at_least | more_than | about | almost | up_to | vague
    evidence: str  # the sentence
    span_start: int  # offsets of the figure's phrase in Article.body
    span_end: int
    party: str | None = None  # normalised name, "both" for a two-sided total
    # how the party was read: "text" (the figure's words or its speaker name the side),
    # "place" (no side named; the country of the place it happened); null with no party
    party_source: str | None = None
    subject: str = "unspecified"  # military | civilian | police | militant | unspecified
    claimant: str | None = None
    claimant_party: str | None = None
    said_on: date | None = None
    said_on_source: str = "unknown"  # explicit | weekday | published | unknown
    said_weekday: int | None = None  # 0=Monday; kept so undated articles can be resolved later
    is_background: bool = False
    parent_claim_id: str | None = None
    n_mentions: int = 1
    mention_spans: list[list[int]] = field(default_factory=list)  # [[start, end], ...] in body
    value_text: str = ""  # the figure as written, e.g. "Seventy-one"
    extractor_version: str = ""

    def to_row(self) -> dict:
        return asdict(self)


@dataclass
class Event:
    """A non-numeric happening (a row of ``extracted.events``)."""

    event_id: str
    article_id: str
    kind: str  # ceasefire | attack | accusation | ...
    evidence: str
    span_start: int
    span_end: int
    actor: str | None = None
    target: str | None = None
    occurred_at: datetime | None = None  # timezone-aware when a time is known
    occurred_on: date | None = None  # when only the day is known
    occurred_weekday: int | None = None  # 0=Monday; when the day is named but undated
    occurred_clock: str | None = None  # "20:00+04:00" / "16:00": the time, for later resolving
    claimant: str | None = None
    said_on: date | None = None
    extractor_version: str = ""

    def to_row(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None  # why extraction failed on this article, if it did
    n_implausible: int = 0  # casualty counts left out as impossible (e.g. above 10 million)
